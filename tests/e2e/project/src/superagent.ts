import superagent from 'superagent';

export async function user(id: string): Promise<unknown> {
  const res = await superagent.get(`https://users.internal/users/${id}`).set('Accept', 'application/json'); // expect: http-hygiene/require-request-timeout
  return res.body;
}

export async function order(id: string): Promise<unknown> {
  const res = await superagent.get(`https://orders.internal/orders/${id}`).timeout({ response: 2_000, deadline: 10_000 });
  return res.body;
}
