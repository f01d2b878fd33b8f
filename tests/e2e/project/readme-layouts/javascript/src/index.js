// A JavaScript project without TypeScript: the rules recognise clients by import and global name.
async function ping(url) {
  const res = await fetch(url); // expect: http-hygiene/consume-response-body, http-hygiene/require-request-timeout
  return res.status;
}

async function getJson(url) {
  const res = await fetch(url, { timeout: 5000 }); // expect: http-hygiene/no-ignored-request-options
  return res.json();
}

module.exports = { ping, getJson };
