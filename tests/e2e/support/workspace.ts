// What the end-to-end global setup builds once and every e2e test file shares: the packed plugin, the
// installed peer matrix and the README's projects. Installs are the slow part, so each happens once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { inject } from 'vitest';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const projectTemplate = path.join(repositoryRoot, 'tests', 'e2e', 'project');

export interface RootPackageJson {
  readonly name: string;
  readonly version: string;
  readonly files: readonly string[];
  readonly repository: { readonly url: string };
  readonly homepage: string;
  readonly bugs: { readonly url: string };
  readonly license: string;
  readonly devDependencies: Readonly<Record<string, string>>;
}

export const rootPackage = JSON.parse(
  readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'),
) as RootPackageJson;

/** The version of a devDependency the lock file installed (so npm's cache has it), else its range. */
export function lockedVersion(name: string): string {
  const installed = path.join(repositoryRoot, 'node_modules', name, 'package.json');
  if (existsSync(installed)) return (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version;
  const range = rootPackage.devDependencies[name];
  if (!range) throw new Error(`${name} is not a devDependency of the plugin`);
  return range;
}

/** One cell of the peer matrix: an ESLint and a TypeScript, as npm specs, and the project installed with them. */
export interface Combo {
  readonly id: string;
  readonly eslint: string;
  readonly typescript: string;
  /** The `major.minor` the installed version must start with (`9.` for ESLint's latest 9). */
  readonly eslintVersionPrefix: string;
  readonly typescriptVersionPrefix: string;
  readonly dir: string;
}

export interface Workspace {
  readonly workDir: string;
  readonly tarball: string;
  /** Paths inside the tarball, without the leading `package/`. */
  readonly tarballFiles: readonly string[];
  /** The folder above the matrix projects; its node_modules has the HTTP clients and the SARIF formatter. */
  readonly matrixDir: string;
  readonly combos: readonly Combo[];
  /** The README's TypeScript install, done in this project. */
  readonly readmeTypescriptDir: string;
  /** The README's JavaScript install without TypeScript, done in this project. */
  readonly readmeJavascriptDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eWorkspace: Workspace;
  }
}

export function workspace(): Workspace {
  return inject('e2eWorkspace');
}

/** The newest peers: the lock file's ESLint and TypeScript, as the main project of the e2e tests. */
export function newestCombo(space: Workspace): Combo {
  return space.combos[space.combos.length - 1]!;
}

/** The oldest peers the ranges allow. */
export function oldestCombo(space: Workspace): Combo {
  return space.combos[0]!;
}

export function eslintBin(dir: string): string {
  return path.join(dir, 'node_modules', '.bin', 'eslint');
}
