import ts from 'typescript';
import type * as TypeScript from 'typescript';
import { describe, expect, it } from 'vitest';

import { packageReach } from '../../src/analysis/package-reach.js';
import type { TypeSpecifier } from '../../src/analysis/types.js';

/** A package that declares `Client`, and a file of it that only augments `http` (as got's timed-out does). */
const PACKAGE: Record<string, string> = {
  '/p/node_modules/client/package.json': '{ "name": "client", "types": "index.d.ts" }',
  '/p/node_modules/client/index.d.ts': `export * from './types'; export { default as timed } from './timed';`,
  '/p/node_modules/client/types.d.ts': `export interface Client { (url: string): Promise<unknown>; }`,
  '/p/node_modules/client/timed.d.ts': `declare const timed: () => void; export default timed;\ndeclare module 'http' { interface ClientRequest { timedOut: boolean } }`,
  '/p/node_modules/@types/node/package.json': '{ "name": "@types/node", "types": "index.d.ts" }',
  '/p/node_modules/@types/node/index.d.ts': `declare module 'http' { interface ClientRequest { path: string } }`,
};

const CLIENT: TypeSpecifier[] = [{ name: 'Client', from: 'package', package: ['client'] }];

/** Which of the user's files (`/p/src/*.ts`) the `Client` type can reach. */
function reached(files: Record<string, string>, specifiers: readonly TypeSpecifier[] = CLIENT): string[] {
  const all: Record<string, string> = { ...PACKAGE, ...files };
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: ['node'],
    noLib: true,
  };
  const host = ts.createCompilerHost(options);
  host.fileExists = (name) => name in all;
  host.readFile = (name) => all[name];
  host.directoryExists = (name) => Object.keys(all).some((file) => file.startsWith(`${name}/`));
  host.getCurrentDirectory = () => '/p';
  host.getSourceFile = (name, version) =>
    name in all ? ts.createSourceFile(name, all[name]!, version, true) : undefined;
  const roots = Object.keys(files).filter((name) => name.startsWith('/p/src/'));
  const program = ts.createProgram(roots, options, host);
  // The default import is the module object the namespace type describes.
  const reach = packageReach(ts as unknown as typeof TypeScript, program, specifiers);
  return roots.filter((name) => reach.reaches(program.getSourceFile(name)!)).map((name) => name.slice(7));
}

describe('packageReach', () => {
  it('reaches a file importing the package, and one importing it through a wrapper', () => {
    expect(
      reached({
        '/p/src/direct.ts': `import type { Client } from 'client'; export declare const api: Client;`,
        '/p/src/wrapper.ts': `import { api } from './direct'; export const get = () => api;`,
        '/p/src/user.ts': `import { get } from './wrapper'; get()('x');`,
        '/p/src/apart.ts': `export const sum = (a: number, b: number) => a + b;`,
        '/p/src/other.ts': `import { sum } from './apart'; sum(1, 2);`,
      }),
    ).toEqual(['direct.ts', 'wrapper.ts', 'user.ts']);
  });

  it('follows re-exports, dynamic imports and import types', () => {
    expect(
      reached({
        '/p/src/reexport.ts': `export * from 'client';`,
        '/p/src/dynamic.ts': `export async function load() { return (await import('./reexport')); }`,
        '/p/src/typed.ts': `export declare function make(): import('./reexport').Client;`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['reexport.ts', 'dynamic.ts', 'typed.ts']);
  });

  it('reaches every file when a global declaration can name the type', () => {
    expect(
      reached({
        '/p/src/global.ts': `export {}; declare global { var api: import('client').Client; }`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['global.ts', 'none.ts']);
    expect(
      reached({
        '/p/src/script.ts': `declare var api: import('client').Client;`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['script.ts', 'none.ts']);
    expect(
      reached({
        '/p/src/augment.ts': `import type { Client } from 'client'; declare module 'http' { interface Agent { api: Client } }`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['augment.ts', 'none.ts']);
  });

  it('does not reach every file through a package file that augments a module but cannot name the type', () => {
    expect(
      reached({
        '/p/src/timed.ts': `import { timed } from 'client'; timed();`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['timed.ts']);
  });

  it('a namespace inside a module is no global declaration', () => {
    expect(
      reached({
        '/p/src/space.ts': `import type { Client } from 'client'; export namespace N { export declare const api: Client; }`,
        '/p/src/none.ts': `export const none = 1;`,
      }),
    ).toEqual(['space.ts']);
  });

  it('reaches no file when the program holds no file of the package', () => {
    expect(
      reached({ '/p/src/a.ts': `export const a = 1;` }, [{ name: 'Other', from: 'package', package: ['other'] }]),
    ).toEqual([]);
  });

  it('reaches every file for a type of the default library or of the user', () => {
    const files = { '/p/src/a.ts': `export const a = 1;`, '/p/src/b.ts': `export const b = 2;` };
    expect(reached(files, [{ name: 'Response', from: 'lib' }])).toEqual(['a.ts', 'b.ts']);
    expect(reached(files, [{ name: 'Mine', from: 'file' }])).toEqual(['a.ts', 'b.ts']);
  });
});
