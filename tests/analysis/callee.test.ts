import { describe, expect, it } from 'vitest';

import { resolveDeclaredCallee, resolveImportOrigin, type ImportOrigin } from '../../src/analysis/callee.js';
import { getTypeServices } from '../../src/analysis/services.js';
import { findCall, runProbe } from './harness.js';

function originOf(code: string): ImportOrigin | undefined {
  let result: ImportOrigin | undefined;
  runProbe(code, (context) => ({
    'Program:exit'(program) {
      result = resolveImportOrigin(findCall(program, 'probe').arguments[0]!, context.sourceCode);
    },
  }));
  return result;
}

const prelude = `declare function probe(value: unknown): void;\n`;

const table: [name: string, code: string, expected: ImportOrigin | undefined][] = [
  ['a global', `probe(fetch);`, { module: null, path: ['fetch'] }],
  ['globalThis member', `probe(globalThis.fetch);`, { module: null, path: ['fetch'] }],
  [
    'named import, node: prefix dropped',
    `import { request } from 'node:http'; probe(request);`,
    { module: 'http', path: ['request'] },
  ],
  ['renamed named import', `import { fetch as f } from 'undici'; probe(f);`, { module: 'undici', path: ['fetch'] }],
  [
    'default import member',
    `import axios from 'axios'; probe(axios.get);`,
    { module: 'axios', path: ['default', 'get'] },
  ],
  [
    'namespace import member',
    `import * as undici from 'undici'; probe(undici.request);`,
    { module: 'undici', path: ['request'] },
  ],
  [
    'require with destructuring',
    `const { request } = require('undici'); probe(request);`,
    { module: 'undici', path: ['request'] },
  ],
  ['require member', `const http = require('http'); probe(http.get);`, { module: 'http', path: ['get'] }],
  [
    'const alias',
    `import got from 'got'; const client = got; probe(client.stream);`,
    { module: 'got', path: ['default', 'stream'] },
  ],
  ['a parameter is unknown', `function f(fetch: unknown) { probe(fetch); }`, undefined],
  ['a let never reassigned is its value', `let f = fetch; probe(f);`, { module: null, path: ['fetch'] }],
  [
    'a let also assigned from a parameter is unknown',
    `function g(h: typeof fetch) { let f = fetch; f = h; probe(f); }`,
    undefined,
  ],
  [
    'a module chosen at run time is each of them',
    `import http from 'node:http'; import https from 'node:https'; declare const tls: boolean; probe((tls ? https : http).get);`,
    {
      module: 'https',
      path: ['default', 'get'],
      alternatives: [
        { module: 'https', path: ['default', 'get'] },
        { module: 'http', path: ['default', 'get'] },
      ],
    },
  ],
  [
    'a let assigned only from modules',
    `import http from 'node:http'; import https from 'node:https'; declare const tls: boolean; let t = http; if (tls) t = https; probe(t);`,
    {
      module: 'http',
      path: ['default'],
      alternatives: [
        { module: 'http', path: ['default'] },
        { module: 'https', path: ['default'] },
      ],
    },
  ],
  [
    'require of a chosen specifier',
    `declare const require: (id: string) => unknown; declare const tls: boolean; probe(require(tls ? 'https' : 'http'));`,
    {
      module: 'https',
      path: [],
      alternatives: [
        { module: 'https', path: [] },
        { module: 'http', path: [] },
      ],
    },
  ],
  [
    'a choice with an unknown side is unknown',
    `import https from 'node:https'; declare const lib: unknown; probe(lib ?? https);`,
    undefined,
  ],
  ['computed member is unknown', `declare const k: string; probe(globalThis[k]);`, undefined],
];

describe('resolveImportOrigin', () => {
  for (const [name, code, expected] of table) {
    it(name, () => {
      expect(originOf(prelude + code)).toEqual(expected);
    });
  }
});

describe('resolveDeclaredCallee', () => {
  const declared = (code: string) => {
    let result: { origin: unknown; name: string; owner: string | undefined } | undefined;
    runProbe(
      prelude + code,
      (context) => ({
        'Program:exit'(program) {
          const services = getTypeServices(context)!;
          const found = resolveDeclaredCallee(services, findCall(program, 'probe').arguments[0]!);
          result = found && { origin: found.origin, name: found.name, owner: found.owner };
        },
      }),
      { typed: true },
    );
    return result;
  };

  it('names the package and owner of an undici import', () => {
    expect(declared(`import { request } from 'undici'; probe(request);`)).toMatchObject({
      origin: { from: 'package', package: 'undici' },
      name: 'request',
    });
  });
  it("a method on axios's instance type", () => {
    expect(declared(`import axios from 'axios'; probe(axios.get);`)).toMatchObject({
      origin: { from: 'package', package: 'axios' },
      name: 'get',
      owner: 'Axios',
    });
  });
  it("the user's own function is from a file", () => {
    expect(declared(`function mine() {} probe(mine);`)).toMatchObject({ origin: { from: 'file' }, name: 'mine' });
  });
});
