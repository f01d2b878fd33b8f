// Once for all e2e test files: build and pack the plugin, then install the tarball, in parallel, into
// - the peer matrix: a copy of tests/e2e/project per (ESLint, TypeScript) pair, with typescript-eslint;
//   the HTTP clients, their types and the SARIF formatter are installed once, in the folder above;
// - the README's projects: its install commands run as written, in fresh projects.
// Needs the npm registry (npm's cache answers what it has). KEEP_E2E=1 keeps the folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { block, namedBlocks, withTarball } from './support/readme-blocks.js';
import { inParallel, NPM_QUIET, runOk, runShell } from './support/run.js';
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

async function installCombo(combo: Combo, tarball: string): Promise<void> {
  const layouts = path.join(projectTemplate, 'readme-layouts');
  cpSync(projectTemplate, combo.dir, { recursive: true, filter: (source) => !source.startsWith(layouts) });
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

export default async function setup(project: TestProject): Promise<() => void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'http-hygiene-e2e-'));
  await runOk('npm', ['run', 'build'], repositoryRoot);
  const pack = await runOk(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir],
    repositoryRoot,
  );
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(workDir, packed!.filename);

  const matrixDir = path.join(workDir, 'matrix');
  const combos = matrix(matrixDir);
  writePackageJson(matrixDir, 'http-hygiene-e2e-shared', {
    '@types/node': lockedVersion('@types/node'),
    undici: lockedVersion('undici'),
    axios: lockedVersion('axios'),
    got: lockedVersion('got'),
    '@microsoft/eslint-formatter-sarif': '^3',
  });

  const readme = namedBlocks(path.join(repositoryRoot, 'README.md'));
  const readmeTypescriptDir = path.join(workDir, 'readme', 'typescript');
  const readmeJavascriptDir = path.join(workDir, 'readme', 'javascript');

  await inParallel(3, [
    () => runOk('npm', ['install'], matrixDir, NPM_QUIET).then(() => undefined),
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
    ...combos.map((combo) => () => installCombo(combo, tarball)),
  ]);

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
