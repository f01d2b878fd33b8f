import needle from 'needle';

// `timeout` is needle's `open_timeout`: it bounds the connection, not the response.
export async function feed(url: string): Promise<unknown> {
  const resp = await needle('get', url, { compressed: true, timeout: 10_000 }); // expect: http-hygiene/require-request-timeout
  return resp.body;
}

export async function page(url: string): Promise<unknown> {
  const resp = await needle('get', url, { response_timeout: 5_000, read_timeout: 10_000 });
  return resp.body;
}

// Without a callback, needle.get() returns a stream that nobody reads here.
export function watch(url: string, onDone: (err?: Error) => void): void {
  const stream = needle.get(url, { response_timeout: 5_000, read_timeout: 30_000 }); // expect: http-hygiene/consume-response-body
  stream.on('done', onDone);
}
