// Miss class 3 of issue 13: `node:http` or `node:https`, chosen at run time. Each shape below is
// one real code uses: an isomorphic `request()` helper picking the module by protocol, a
// `(secure ? https : http).get()` call, the same with `require`, and a `let` assigned only from the
// two modules. Every rule that reads `node:http` calls treats them as that client.
import rulePerRequestAgent from '../../../src/rules/no-per-request-agent.js';
import ruleIgnored from '../../../src/rules/no-ignored-request-options.js';
import ruleKeepAlive from '../../../src/rules/prefer-keep-alive.js';
import ruleTimeout from '../../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';

const UNBOUNDED = '`node:http` requests have no timeout';
const REMEDY = 'Pass `signal: AbortSignal.timeout(ms)` in its options';
const ONLY_EMITS =
  "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted";

const timeoutValid = [
  // A signal in the options of the chosen module's request.
  `import http from 'node:http';
import https from 'node:https';
export function request(url: URL, options: http.RequestOptions, callback: (res: http.IncomingMessage) => void) {
  const module = url.protocol === 'https:' ? https : http;
  return module.request(url, { ...options, signal: AbortSignal.timeout(5000) }, callback);
}`,
  // The socket timeout with a listener that destroys the request.
  `import http from 'node:http';
import https from 'node:https';
export function get(url: URL, secure: boolean): void {
  const req = (secure ? https : http).get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy(new Error('timeout')));
}`,
  // A module that may come from the caller: not known to be node:http.
  `import https from 'node:https';
import type http from 'node:http';
export function get(url: string, lib?: typeof http) {
  const transport = lib ?? https;
  return transport.get(url, (res) => res.resume());
}`,
  // A let also assigned from something else than the two modules.
  `import http from 'node:http';
import https from 'node:https';
export function get(url: string, injected: typeof http) {
  let transport = http;
  if (url.startsWith('https:')) transport = https;
  else transport = injected;
  return transport.get(url, (res) => res.resume());
}`,
];

const timeoutInvalid = [
  {
    // The isomorphic helper: the module picked by the URL's protocol.
    code: `import http from 'node:http';
import https from 'node:https';
export function post(url: URL, body: string, callback: (res: http.IncomingMessage) => void): void {
  const module = url.protocol === 'https:' ? https : http;
  const req = module.request(url, { method: 'POST' }, callback);
  req.end(body);
}`,
    errors: [
      {
        messageId: 'missing' as const,
        line: 5,
        column: 15,
        data: { callee: 'module.request()', unbounded: UNBOUNDED, remedy: REMEDY },
        suggestions: [
          {
            messageId: 'addSignal' as const,
            data: { ms: '10_000' },
            output: `import http from 'node:http';
import https from 'node:https';
export function post(url: URL, body: string, callback: (res: http.IncomingMessage) => void): void {
  const module = url.protocol === 'https:' ? https : http;
  const req = module.request(url, { method: 'POST', signal: AbortSignal.timeout(10_000) }, callback);
  req.end(body);
}`,
          },
        ],
      },
    ],
  },
  {
    // The choice written inline.
    code: `import * as http from 'node:http';
import * as https from 'node:https';
export function ping(url: string, secure: boolean): void {
  (secure ? https : http).get(url, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'missing' as const,
        line: 4,
        column: 3,
        suggestions: [
          {
            messageId: 'addSignal' as const,
            data: { ms: '10_000' },
            output: `import * as http from 'node:http';
import * as https from 'node:https';
export function ping(url: string, secure: boolean): void {
  (secure ? https : http).get(url, { signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // A let assigned only from the two modules.
    code: `import http from 'node:http';
import https from 'node:https';
export function download(address: string, done: (body: string) => void): void {
  let transport = http;
  if (address.startsWith('https:')) transport = https;
  transport.get(address, (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => done(body));
  });
}`,
    errors: [
      {
        messageId: 'missing' as const,
        line: 6,
        column: 3,
        suggestions: [
          {
            messageId: 'addSignal' as const,
            data: { ms: '10_000' },
            output: `import http from 'node:http';
import https from 'node:https';
export function download(address: string, done: (body: string) => void): void {
  let transport = http;
  if (address.startsWith('https:')) transport = https;
  transport.get(address, { signal: AbortSignal.timeout(10_000) }, (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => done(body));
  });
}`,
          },
        ],
      },
    ],
  },
];

typedRuleTester().run('runtime module: require-request-timeout', ruleTimeout, {
  valid: timeoutValid,
  invalid: timeoutInvalid,
});

typedRuleTester().run('runtime module: no-ignored-request-options', ruleIgnored, {
  valid: [
    `import http from 'node:http';
import https from 'node:https';
export function get(url: URL): void {
  const lib = url.protocol === 'https:' ? https : http;
  const req = lib.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}`,
  ],
  invalid: [
    {
      code: `import http from 'node:http';
import https from 'node:https';
export function get(url: URL): void {
  const lib = url.protocol === 'https:' ? https : http;
  lib.get(url, { timeout: 5000 }, (res) => res.resume());
}`,
      errors: [
        {
          messageId: 'ignored',
          line: 5,
          column: 18,
          data: { name: 'timeout', reason: ONLY_EMITS, where: '' },
          suggestions: [
            {
              messageId: 'useSignal',
              data: { value: '5000' },
              output: `import http from 'node:http';
import https from 'node:https';
export function get(url: URL): void {
  const lib = url.protocol === 'https:' ? https : http;
  lib.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
}`,
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester().run('runtime module: prefer-keep-alive', ruleKeepAlive, {
  valid: [
    // A keep-alive agent of the chosen module.
    `import http from 'node:http';
import https from 'node:https';
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
export function get(url: URL): void {
  const secure = url.protocol === 'https:';
  (secure ? https : http).get(url, { agent: secure ? agents.https : agents.http }, (res) => res.resume());
}`,
  ],
  invalid: [
    {
      code: `import http from 'node:http';
import https from 'node:https';
export function probe(url: URL): void {
  const transport = url.protocol === 'https:' ? https : http;
  transport.get(url, { agent: false }, (res) => res.resume());
}`,
      errors: [
        {
          messageId: 'requestOptionOff',
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: 'removeOption',
              output: `import http from 'node:http';
import https from 'node:https';
export function probe(url: URL): void {
  const transport = url.protocol === 'https:' ? https : http;
  transport.get(url, {}, (res) => res.resume());
}`,
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester().run('runtime module: no-per-request-agent', rulePerRequestAgent, {
  valid: [
    // One agent per module, made once.
    `import http from 'node:http';
import https from 'node:https';
const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });
export function get(url: URL): void {
  const secure = url.protocol === 'https:';
  (secure ? https : http).get(url, { agent: secure ? httpsAgent : httpAgent }, (res) => res.resume());
}`,
  ],
  invalid: [
    {
      code: `import http from 'node:http';
import https from 'node:https';
export function get(url: URL): void {
  const transport = url.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true });
  transport.get(url, { agent }, (res) => res.resume());
}`,
      errors: [{ messageId: 'perCallUnclosed', line: 5, column: 17 }],
    },
  ],
});

// Without type information: CommonJS, the shapes of published JavaScript.
untypedRuleTester().run('runtime module: require-request-timeout (no type information)', ruleTimeout, {
  valid: [
    `const http = require('http');
const https = require('https');
module.exports = function get(url, done) {
  const client = url.startsWith('https') ? https : http;
  client.get(url, { signal: AbortSignal.timeout(5000) }, done);
};`,
  ],
  invalid: [
    {
      code: `module.exports = function get(url, done) {
  const client = url.startsWith('https') ? require('https') : require('http');
  client.get(url, (res) => res.pipe(done));
};`,
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `module.exports = function get(url, done) {
  const client = url.startsWith('https') ? require('https') : require('http');
  client.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => res.pipe(done));
};`,
            },
          ],
        },
      ],
    },
    {
      code: `const lib = require(process.env.TLS ? 'https' : 'http');
exports.ping = (host) => lib.request({ host, path: '/ping' }, (res) => res.resume()).end();`,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 26,
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `const lib = require(process.env.TLS ? 'https' : 'http');
exports.ping = (host) => lib.request({ host, path: '/ping', signal: AbortSignal.timeout(10_000) }, (res) => res.resume()).end();`,
            },
          ],
        },
      ],
    },
  ],
});

untypedRuleTester().run('runtime module: no-per-request-agent (no type information)', rulePerRequestAgent, {
  valid: [
    `const http = require('http');
const https = require('https');
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
exports.get = (url, done) => {
  const { protocol } = new URL(url);
  (protocol === 'https:' ? https : http).get(url, { agent: agents[protocol] }, done);
};`,
  ],
  invalid: [
    {
      code: `const http = require('http');
const https = require('https');
exports.get = (url, done) => {
  const transport = url.startsWith('https:') ? https : http;
  const agent = new transport.Agent({ keepAlive: true });
  transport.get(url, { agent }, (res) => res.pipe(done));
};`,
      errors: [{ messageId: 'perCallUnclosed', line: 5, column: 17 }],
    },
  ],
});
