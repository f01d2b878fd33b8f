import noPerRequestAgent from '../../src/rules/no-per-request-agent.js';
import requireRequestTimeout from '../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

// superagent: a request is a builder sent when awaited, `.then()`/`.end()`/`.pipe()`d or given a
// callback; `.timeout(ms)` is a deadline, `.timeout({ response })` bounds only the first byte.
for (const [name, tester] of [
  ['typed', typedRuleTester()],
  ['untyped', untypedRuleTester()],
] as const) {
  tester.run(`require-request-timeout: superagent (${name})`, requireRequestTimeout, {
    valid: [
      // A deadline in the chain.
      `import superagent from 'superagent';
export async function user(id: string): Promise<unknown> {
  const res = await superagent.get(\`https://api.internal/users/\${id}\`).set('Accept', 'application/json').timeout(5000);
  return res.body;
}`,
      // The docs' object form with a deadline.
      `import request from 'superagent';
export function report(body: object): void {
  request
    .post('https://api.internal/reports')
    .send(body)
    .timeout({ response: 5000, deadline: 60_000 })
    .end((err) => {
      if (err) console.error(err);
    });
}`,
      // A builder handed back to the caller, who may still set its timeout.
      `import superagent from 'superagent';
export function base(path: string) {
  return superagent.get(\`https://api.internal\${path}\`).set('Accept', 'application/json');
}`,
      // A builder stored in a variable.
      `import superagent from 'superagent';
export async function load(url: string): Promise<unknown> {
  const req = superagent.get(url);
  req.timeout(5000);
  return (await req).body;
}`,
    ],
    invalid: [
      {
        // Awaited with no timeout at all.
        code: `import superagent from 'superagent';
export async function user(id: string): Promise<unknown> {
  const res = await superagent.get(\`https://api.internal/users/\${id}\`).set('Accept', 'application/json');
  return res.body;
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 21,
            data: {
              callee: 'superagent.get()',
              unbounded: 'superagent has no timeout by default',
              remedy: 'Call `.timeout(ms)`',
            },
            suggestions: [
              {
                messageId: 'addOption',
                data: { option: '.timeout(10_000)' },
                output: `import superagent from 'superagent';
export async function user(id: string): Promise<unknown> {
  const res = await superagent.get(\`https://api.internal/users/\${id}\`).timeout(10_000).set('Accept', 'application/json');
  return res.body;
}`,
              },
            ],
          },
        ],
      },
      {
        // `.end()` sends it; only the first byte is bounded.
        code: `import request from 'superagent';
export function report(body: object): void {
  request
    .post('https://api.internal/reports')
    .send(body)
    .timeout({ response: 5000 })
    .end((err) => {
      if (err) console.error(err);
    });
}`,
        errors: [{ messageId: 'partial', line: 3, column: 3, suggestions: [] }],
      },
      {
        // A callback passed to the method sends it at once.
        code: `import superagent from 'superagent';
export function ping(url: string, done: (ok: boolean) => void): void {
  superagent.head(url, (err, res) => done(!err && res.status === 200));
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 3,
            suggestions: [
              {
                messageId: 'addOption',
                data: { option: '.timeout(10_000)' },
                output: `import superagent from 'superagent';
export function ping(url: string, done: (ok: boolean) => void): void {
  superagent.head(url, (err, res) => done(!err && res.status === 200)).timeout(10_000);
}`,
              },
            ],
          },
        ],
      },
      {
        // Returned from an async function: sent there, no timeout.
        code: `import superagent from 'superagent';
export async function user(id: string) {
  return superagent.get('https://api.internal/users/' + id).retry(2);
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 10,
            suggestions: [
              {
                messageId: 'addOption',
                data: { option: '.timeout(10_000)' },
                output: `import superagent from 'superagent';
export async function user(id: string) {
  return superagent.get('https://api.internal/users/' + id).timeout(10_000).retry(2);
}`,
              },
            ],
          },
        ],
      },
    ],
  });

  tester.run(`no-per-request-agent: superagent (${name})`, noPerRequestAgent, {
    valid: [
      `import superagent from 'superagent';
import https from 'node:https';
const agent = new https.Agent({ keepAlive: true });
export async function user(id: string): Promise<unknown> {
  return (await superagent.get('https://api.internal/users/' + id).agent(agent).timeout(5000)).body;
}`,
    ],
    invalid: [],
  });
}
