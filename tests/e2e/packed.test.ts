// End to end: the plugin as a user gets it. `npm pack` the built plugin, install the tarball with
// eslint, typescript-eslint and the HTTP clients into a fresh temporary copy of tests/e2e/project/,
// run the eslint CLI there, and compare what it reports with the `// expect: <rule ids>` markers in
// the project's src/*.ts; then run `eslint --fix` in a copy and compare with fixed/*.ts.
// Files are discovered, never listed: a new src/<topic>.ts (and fixed/<topic>.ts) is picked up.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const projectTemplate = path.join(root, 'tests', 'e2e', 'project');
const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  devDependencies: Record<string, string>;
};

/** What the temporary project installs beside the tarball. */
const PROJECT_DEPENDENCIES = ['eslint', 'typescript-eslint', 'typescript', '@types/node', 'undici', 'axios', 'got'];

const SETUP_TIMEOUT = 600_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment without the variables `npm test` sets for its own package, so a nested npm acts on the temp project. */
function childEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || keep.has(key.toLowerCase())),
  );
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runOk(command: string, args: readonly string[], cwd: string): Promise<Run> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.code}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** The installed version of a devDependency (what the lock file resolved, so npm's cache has it), else its range. */
function versionOf(name: string): string {
  const installed = path.join(root, 'node_modules', name, 'package.json');
  if (existsSync(installed)) return (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version;
  const range = rootPackage.devDependencies[name];
  if (!range) throw new Error(`${name} is not a devDependency of the plugin`);
  return range;
}

function tsFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.ts'))
        .sort()
    : [];
}

/** `file:line:ruleId` for every `// expect: id, id` marker at the end of a line of src/*.ts. */
function expectedReports(projectDir: string): string[] {
  const expected = new Set<string>();
  for (const file of tsFiles(path.join(projectDir, 'src'))) {
    const lines = readFileSync(path.join(projectDir, 'src', file), 'utf8').split(/\r?\n/);
    lines.forEach((line, index) => {
      const marker = /\/\/\s*expect:\s*(.+?)\s*$/.exec(line);
      if (!marker) return;
      for (const id of marker[1]!.split(',')) {
        if (id.trim()) expected.add(`src/${file}:${index + 1}:${id.trim()}`);
      }
    });
  }
  return [...expected].sort();
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fatal?: boolean;
}
interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
}

function parseLintOutput(run: Run): LintResult[] {
  try {
    return JSON.parse(run.stdout) as LintResult[];
  } catch {
    throw new Error(`eslint printed no JSON (exit ${run.code})\n${run.stdout}\n${run.stderr}`);
  }
}

/** A copy of the e2e project with the tarball and its dependencies installed (`versions` overrides some). */
async function createProject(dir: string, tarball: string, versions: Readonly<Record<string, string>>): Promise<void> {
  cpSync(projectTemplate, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'http-hygiene-e2e-project', private: true, type: 'module' }, null, 2)}\n`,
  );
  await runOk(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarball,
      ...PROJECT_DEPENDENCIES.map((name) => `${name}@${versions[name] ?? versionOf(name)}`),
    ],
    dir,
  );
}

/** `file:line:ruleId` for every report of an eslint JSON run. */
function reportedEntries(results: readonly LintResult[], dir: string): string[] {
  const reported = new Set<string>();
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId)
        reported.add(
          `${path.relative(dir, result.filePath).split(path.sep).join('/')}:${message.line}:${message.ruleId}`,
        );
    }
  }
  return [...reported].sort();
}

/** The oldest ESLint and TypeScript the peer ranges allow (`meta.defaultOptions` arrived in ESLint 9.15). */
const OLDEST_ESLINT = '9.15.0';
const OLDEST_TYPESCRIPT = '5.4.5';

describe('the packed plugin in a fresh project, through the eslint CLI', () => {
  let workDir = '';
  let projectDir = '';
  let tarballEntries: string[] = [];
  let lint: Run = { code: null, stdout: '', stderr: '' };
  let results: LintResult[] = [];
  let tarballPath = '';

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'http-hygiene-e2e-'));
    await runOk('npm', ['run', 'build'], root);
    const pack = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], root);
    const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
    const tarball = path.join(workDir, packed!.filename);
    tarballEntries = (await runOk('tar', ['-tzf', tarball], workDir)).stdout.split('\n').filter(Boolean);

    tarballPath = tarball;
    projectDir = path.join(workDir, 'project');
    await createProject(projectDir, tarball, {});

    lint = await run(path.join(projectDir, 'node_modules', '.bin', 'eslint'), ['--format', 'json', 'src'], projectDir);
    results = parseLintOutput(lint);
  }, SETUP_TIMEOUT);

  afterAll(() => {
    if (workDir && !process.env.KEEP_E2E) rmSync(workDir, { recursive: true, force: true });
  });

  it('the tarball ships dist and docs, not src or tests', () => {
    const files = tarballEntries.map((entry) => entry.replace(/^package\//, ''));
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('tests/'))).toEqual([]);
    for (const rule of Object.keys(rules)) {
      expect(files, `dist/rules/${rule}.js`).toContain(`dist/rules/${rule}.js`);
    }
  });

  it('dist/index.js loads with import() by package name and carries meta, rules and configs', async () => {
    const script = `
      const plugin = (await import('eslint-plugin-http-hygiene')).default;
      const configs = Object.fromEntries(Object.entries(plugin.configs).map(([name, config]) =>
        [name, { plugin: config.plugins?.['http-hygiene'] === plugin, rules: Object.keys(config.rules ?? {}) }]));
      console.log(JSON.stringify({ meta: plugin.meta, rules: Object.keys(plugin.rules), configs }));`;
    const loaded = JSON.parse((await runOk('node', ['--input-type=module', '-e', script], projectDir)).stdout) as {
      meta: { name: string; version: string };
      rules: string[];
      configs: Record<string, { plugin: boolean; rules: string[] }>;
    };
    expect(loaded.meta.name).toBe(rootPackage.name);
    expect(loaded.meta.version).toBe(rootPackage.version);
    expect(loaded.rules.sort()).toEqual(Object.keys(rules).sort());
    for (const name of ['recommended', 'strict', 'all']) {
      expect(loaded.configs[name], `configs.${name}`).toBeDefined();
      expect(loaded.configs[name]!.plugin, `configs.${name} registers the plugin as http-hygiene`).toBe(true);
    }
    expect(loaded.configs.all!.rules.sort()).toEqual(
      Object.keys(rules)
        .map((rule) => `http-hygiene/${rule}`)
        .sort(),
    );
    expect(loaded.configs.recommended!.rules.length).toBeGreaterThan(0);
  });

  it('the project has files to lint, and its markers name rules of the recommended config', async () => {
    expect(tsFiles(path.join(projectDir, 'src')).length).toBeGreaterThan(0);
    const recommended = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => `http-hygiene/${name}`);
    const markerIds = new Set(expectedReports(projectDir).map((entry) => entry.split(':')[2]!));
    expect([...markerIds].filter((id) => !recommended.includes(id))).toEqual([]);
  });

  it('every rule of the recommended config is expected somewhere in the project', () => {
    const markerIds = new Set(expectedReports(projectDir).map((entry) => entry.split(':')[2]!));
    const recommended = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => `http-hygiene/${name}`);
    expect(recommended.filter((id) => !markerIds.has(id))).toEqual([]);
  });

  it('reports no fatal or parse error', () => {
    const fatal = results.flatMap((result) =>
      result.messages
        .filter((message) => message.fatal === true || message.ruleId === null)
        .map((message) => `${path.relative(projectDir, result.filePath)}:${message.line}: ${message.message}`),
    );
    expect(fatal).toEqual([]);
  });

  it('exits 1 when markers expect reports, 0 otherwise', () => {
    expect(lint.code, lint.stderr).toBe(expectedReports(projectDir).length > 0 ? 1 : 0);
  });

  it('reports exactly the (file, line, rule) the `// expect:` markers name', () => {
    const reported = new Set<string>();
    for (const result of results) {
      for (const message of result.messages) {
        if (message.ruleId)
          reported.add(
            `${path.relative(projectDir, result.filePath).split(path.sep).join('/')}:${message.line}:${message.ruleId}`,
          );
      }
    }
    const details = results
      .flatMap((result) =>
        result.messages.map(
          (message) =>
            `${path.relative(projectDir, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        ),
      )
      .join('\n');
    expect([...reported].sort(), details).toEqual(expectedReports(projectDir));
  });

  it('npm run demo (with the dist built above) exits 0 and every recommended rule reports in the example service', async () => {
    const demo = await run('node', [path.join(root, 'scripts', 'demo.js')], root);
    expect(demo.code, `${demo.stdout}\n${demo.stderr}`).toBe(0);
    const silent = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => `http-hygiene/${name}`)
      .filter((id) => new RegExp(`^\\s+${id}\\s+no reports$`, 'm').test(demo.stdout));
    expect(silent, demo.stdout).toEqual([]);
    expect(demo.stdout).toMatch(/^Total: \d+ reports? from \d+ of \d+ recommended rules\.$/m);
  });

  it(
    'eslint --fix rewrites each src/<f>.ts that has a fixed/<f>.ts into exactly that file',
    async () => {
      const fixDir = path.join(workDir, 'project-fix');
      mkdirSync(fixDir);
      for (const entry of readdirSync(projectDir)) {
        if (entry !== 'node_modules')
          cpSync(path.join(projectDir, entry), path.join(fixDir, entry), { recursive: true });
      }
      symlinkSync(path.join(projectDir, 'node_modules'), path.join(fixDir, 'node_modules'), 'dir');
      const fix = await run(
        path.join(fixDir, 'node_modules', '.bin', 'eslint'),
        ['--fix', '--format', 'json', 'src'],
        fixDir,
      );
      // 0 or 1: 1 only says problems without a fix remain; 2 is a crash or a configuration error.
      expect([0, 1], `${fix.stdout}\n${fix.stderr}`).toContain(fix.code);
      const fatal = parseLintOutput(fix).flatMap((result) =>
        result.messages.filter((message) => message.fatal === true || message.ruleId === null),
      );
      expect(fatal).toEqual([]);
      for (const file of tsFiles(path.join(projectTemplate, 'fixed'))) {
        const fixedSource = path.join(fixDir, 'src', file);
        expect(existsSync(fixedSource), `fixed/${file} has a src/${file}`).toBe(true);
        expect(readFileSync(fixedSource, 'utf8'), `src/${file} after eslint --fix`).toBe(
          readFileSync(path.join(projectTemplate, 'fixed', file), 'utf8'),
        );
      }
    },
    SETUP_TIMEOUT,
  );

  it(
    `reports the same with the oldest supported ESLint (${OLDEST_ESLINT}) and TypeScript (${OLDEST_TYPESCRIPT})`,
    async () => {
      const oldDir = path.join(workDir, 'project-oldest-peers');
      await createProject(oldDir, tarballPath, { eslint: OLDEST_ESLINT, typescript: OLDEST_TYPESCRIPT });
      const tsVersion = (
        await runOk('node', ['-e', "console.log(require('typescript').version)"], oldDir)
      ).stdout.trim();
      expect(tsVersion).toBe(OLDEST_TYPESCRIPT);
      const version = (
        await runOk(path.join(oldDir, 'node_modules', '.bin', 'eslint'), ['--version'], oldDir)
      ).stdout.trim();
      expect(version).toBe(`v${OLDEST_ESLINT}`);
      const oldLint = await run(
        path.join(oldDir, 'node_modules', '.bin', 'eslint'),
        ['--format', 'json', 'src'],
        oldDir,
      );
      const oldResults = parseLintOutput(oldLint);
      expect(oldLint.code, oldLint.stderr).toBe(expectedReports(oldDir).length > 0 ? 1 : 0);
      expect(reportedEntries(oldResults, oldDir)).toEqual(expectedReports(oldDir));
    },
    SETUP_TIMEOUT,
  );
});
