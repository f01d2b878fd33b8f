// Once for all e2e test files: build and pack the plugin, then install the tarball, in parallel, into
// - the peer matrix: a copy of tests/e2e/project per (ESLint, TypeScript) pair, with typescript-eslint;
//   one npm install per ESLint, the other TypeScript versions swapped into copies of it; the HTTP
//   clients, their types and the SARIF formatter are installed once, in the folder above;
// - the README's projects: its install commands run as written, in fresh projects.
// Needs the npm registry (npm's cache answers what it has). KEEP_E2E=1 keeps the folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { block, namedBlocks, withTarball } from './support/readme-blocks.js';
import { inParallel, NPM_QUIET, run, runOk, runShell } from './support/run.js';
import {
  type Combo,
  lockedVersion,
  projectTemplate,
  repositoryRoot,
  rootPackage,
  type Workspace,
} from './support/workspace.js';

/** The oldest ESLint and TypeScript the peer ranges allow (`meta.defaultOptions` arrived in ESLint 9.15). */
const OLDEST_ESLINT = '9.15.0';
const OLDEST_TYPESCRIPT = '5.4.5';

function writePackageJson(dir: string, name: string, devDependencies: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name, private: true, type: 'module', devDependencies }, null, 2)}\n`,
  );
}

function matrix(matrixDir: string): Combo[] {
  const newestEslint = lockedVersion('eslint');
  const newestTypescript = lockedVersion('typescript');
  const majorMinor = (version: string) => version.split('.').slice(0, 2).join('.');
  const eslints = [
    { spec: OLDEST_ESLINT, prefix: `${majorMinor(OLDEST_ESLINT)}.` },
    { spec: '^9', prefix: '9.' },
    { spec: newestEslint, prefix: `${majorMinor(newestEslint)}.` },
  ];
  const typescripts = [
    { spec: OLDEST_TYPESCRIPT, prefix: `${majorMinor(OLDEST_TYPESCRIPT)}.` },
    { spec: '~5.9', prefix: '5.9.' },
    { spec: newestTypescript, prefix: `${majorMinor(newestTypescript)}.` },
  ];
  return eslints.flatMap((eslint) =>
    typescripts.map((typescript) => {
      const id = `eslint-${eslint.spec.replace('^', 'latest-')}_typescript-${typescript.spec.replace('~', '')}`;
      return {
        id,
        eslint: eslint.spec,
        typescript: typescript.spec,
        eslintVersionPrefix: eslint.prefix,
        typescriptVersionPrefix: typescript.prefix,
        dir: path.join(matrixDir, id),
      };
    }),
  );
}

/** A new user's project: `npm init -y`, plus what the project already had. */
async function freshProject(dir: string, devDependencies: Record<string, string> = {}): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await runOk('npm', ['init', '-y'], dir, NPM_QUIET);
  const packageJson = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (Object.keys(devDependencies).length > 0) packageJson.devDependencies = devDependencies;
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
}

function copyProjectTemplate(dir: string): void {
  const layouts = path.join(projectTemplate, 'readme-layouts');
  cpSync(projectTemplate, dir, { recursive: true, filter: (source) => !source.startsWith(layouts) });
}

/** One npm install per ESLint: the tarball, that ESLint, typescript-eslint and the newest TypeScript. */
async function installCombo(combo: Combo, tarball: string): Promise<void> {
  copyProjectTemplate(combo.dir);
  writePackageJson(combo.dir, combo.id);
  await runOk(
    'npm',
    [
      'install',
      tarball,
      `eslint@${combo.eslint}`,
      `typescript@${combo.typescript}`,
      `typescript-eslint@${lockedVersion('typescript-eslint')}`,
    ],
    combo.dir,
    NPM_QUIET,
  );
}

/**
 * The other TypeScript versions share that install: its node_modules copied (hard links where the
 * system has `cp -al`), with node_modules/typescript replaced by the packed TypeScript version.
 * TypeScript has no dependencies, so the tree is the one npm would build.
 */
async function deriveCombo(combo: Combo, base: Combo, typescriptTarball: string): Promise<void> {
  copyProjectTemplate(combo.dir);
  writePackageJson(combo.dir, combo.id);
  const modules = path.join(combo.dir, 'node_modules');
  const linked = await run('cp', ['-al', path.join(base.dir, 'node_modules'), modules], combo.dir);
  if (linked.code !== 0) {
    rmSync(modules, { recursive: true, force: true });
    cpSync(path.join(base.dir, 'node_modules'), modules, { recursive: true, verbatimSymlinks: true });
  }
  const typescriptDir = path.join(modules, 'typescript');
  rmSync(typescriptDir, { recursive: true, force: true });
  mkdirSync(typescriptDir);
  await runOk('tar', ['-xzf', typescriptTarball, '-C', typescriptDir, '--strip-components=1'], combo.dir);
}

/** `npm pack typescript@<spec>`: the tarball's path. */
async function packTypescript(spec: string, destination: string): Promise<string> {
  mkdirSync(destination, { recursive: true });
  const pack = await runOk(
    'npm',
    ['pack', '--json', `typescript@${spec}`, '--pack-destination', destination],
    destination,
    NPM_QUIET,
  );
  const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
  return path.join(destination, packed!.filename);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const started = performance.now();
  const seconds = () => `${Math.round((performance.now() - started) / 1000)} s`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'http-hygiene-e2e-'));
  await runOk('npm', ['run', 'build'], repositoryRoot);
  const pack = await runOk(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir],
    repositoryRoot,
  );
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(workDir, packed!.filename);

  console.log(`e2e setup: built and packed in ${seconds()}`);
  const matrixDir = path.join(workDir, 'matrix');
  const combos = matrix(matrixDir);
  writePackageJson(matrixDir, 'http-hygiene-e2e-shared', {
    '@types/node': lockedVersion('@types/node'),
    undici: lockedVersion('undici'),
    axios: lockedVersion('axios'),
    got: lockedVersion('got'),
    ofetch: lockedVersion('ofetch'),
    superagent: lockedVersion('superagent'),
    '@types/superagent': lockedVersion('@types/superagent'),
    needle: lockedVersion('needle'),
    '@types/needle': lockedVersion('@types/needle'),
    '@microsoft/eslint-formatter-sarif': '^3',
  });

  const readme = namedBlocks(path.join(repositoryRoot, 'README.md'));
  const readmeTypescriptDir = path.join(workDir, 'readme', 'typescript');
  const readmeJavascriptDir = path.join(workDir, 'readme', 'javascript');

  const newestTypescript = combos[combos.length - 1]!.typescript;
  const bases = combos.filter((combo) => combo.typescript === newestTypescript);
  const derived = combos.filter((combo) => combo.typescript !== newestTypescript);
  const typescriptSpecs = [...new Set(derived.map((combo) => combo.typescript))];
  const typescriptTarballs = new Map<string, string>();

  await inParallel(3, [
    () => runOk('npm', ['install'], matrixDir, NPM_QUIET).then(() => undefined),
    ...typescriptSpecs.map(
      (spec) => async () =>
        void typescriptTarballs.set(spec, await packTypescript(spec, path.join(workDir, 'typescript'))),
    ),
    // A TypeScript project has its Node.js types already; the README's command adds the rest.
    async () => {
      await freshProject(readmeTypescriptDir, { '@types/node': `^${lockedVersion('@types/node')}` });
      await runShell(withTarball(block(readme, 'install-typescript'), rootPackage.name, tarball), readmeTypescriptDir);
    },
    async () => {
      await freshProject(readmeJavascriptDir);
      await runShell(
        withTarball(block(readme, 'install-javascript-without-typescript'), rootPackage.name, tarball),
        readmeJavascriptDir,
      );
    },
    ...bases.map((combo) => () => installCombo(combo, tarball)),
  ]);
  await inParallel(
    3,
    derived.map((combo) => () => {
      const base = bases.find((candidate) => candidate.eslint === combo.eslint)!;
      return deriveCombo(combo, base, typescriptTarballs.get(combo.typescript)!);
    }),
  );

  console.log(`e2e setup: ${bases.length + 3} installs, ${derived.length} derived, ${seconds()} in all (${workDir})`);
  const space: Workspace = {
    workDir,
    tarball,
    tarballFiles: packed!.files.map((file) => file.path).sort(),
    matrixDir,
    combos,
    readmeTypescriptDir,
    readmeJavascriptDir,
  };
  project.provide('e2eWorkspace', space);
  return () => {
    if (!process.env.KEEP_E2E) rmSync(workDir, { recursive: true, force: true });
  };
}
