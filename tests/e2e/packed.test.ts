// The plugin as a user gets it: the packed tarball, installed with the newest peers into a copy of
// tests/e2e/project/ (by the global setup), loaded by package name, run with the eslint CLI; what it
// reports is compared with the `// expect: <rule ids>` markers in the project's src/*.ts, and
// `eslint --fix` with fixed/*.ts. Files are discovered, never listed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import {
  describeResults,
  expectedReports,
  fatalMessages,
  type LintResult,
  parseLintOutput,
  reportedEntries,
  sourceFiles,
} from './support/lint-results.js';
import { run, runOk, type Run } from './support/run.js';
import {
  eslintBin,
  newestCombo,
  projectTemplate,
  repositoryRoot,
  rootPackage,
  workspace,
} from './support/workspace.js';

const recommendedIds = Object.entries(rules)
  .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
  .map(([name]) => `http-hygiene/${name}`);

describe('the packed plugin in a fresh project, through the eslint CLI', () => {
  const space = workspace();
  const projectDir = newestCombo(space).dir;
  let lint: Run = { code: null, stdout: '', stderr: '' };
  let results: LintResult[] = [];

  beforeAll(async () => {
    lint = await run(eslintBin(projectDir), ['--format', 'json', 'src'], projectDir);
    results = parseLintOutput(lint);
  });

  it('the tarball ships dist, the docs and the license, not src or tests', () => {
    const files = space.tarballFiles;
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('tests/'))).toEqual([]);
    for (const rule of Object.keys(rules)) {
      expect(files, `dist/rules/${rule}.js`).toContain(`dist/rules/${rule}.js`);
      expect(files, `docs/rules/${rule}.md`).toContain(`docs/rules/${rule}.md`);
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

  it("require() gives the plugin as the module's default (the README's CommonJS line)", async () => {
    const script = `
      const plugin = require('eslint-plugin-http-hygiene').default;
      console.log(JSON.stringify({ name: plugin.meta.name, recommended: plugin.configs.recommended.plugins['http-hygiene'] === plugin }));`;
    const required = await runOk('node', ['-e', script], projectDir);
    expect(JSON.parse(required.stdout)).toEqual({ name: rootPackage.name, recommended: true });
    expect(required.stderr).toBe('');
  });

  it('the markers name rules of the recommended config, and every recommended rule is expected somewhere', () => {
    expect(sourceFiles(path.join(projectDir, 'src')).length).toBeGreaterThan(0);
    const markerIds = new Set(expectedReports(projectDir).map((entry) => entry.split(':')[2]!));
    expect([...markerIds].filter((id) => !recommendedIds.includes(id))).toEqual([]);
    expect(recommendedIds.filter((id) => !markerIds.has(id))).toEqual([]);
  });

  it('reports no fatal or parse error, and exits 1', () => {
    expect(fatalMessages(results, projectDir)).toEqual([]);
    expect(lint.code, lint.stderr).toBe(1);
  });

  it('reports exactly the (file, line, rule) the `// expect:` markers name', () => {
    expect(reportedEntries(results, projectDir), describeResults(results, projectDir)).toEqual(
      expectedReports(projectDir),
    );
  });

  it('npm run demo (with the dist the setup built) exits 0 and every recommended rule reports in the example service', async () => {
    const demo = await run('node', [path.join(repositoryRoot, 'scripts', 'demo.js')], repositoryRoot);
    expect(demo.code, `${demo.stdout}\n${demo.stderr}`).toBe(0);
    const silent = recommendedIds.filter((id) => new RegExp(`^\\s+${id}\\s+no reports$`, 'm').test(demo.stdout));
    expect(silent, demo.stdout).toEqual([]);
    expect(demo.stdout).toMatch(/^Total: \d+ reports? from \d+ of \d+ recommended rules\.$/m);
  });

  it('eslint --fix rewrites each src/<f>.ts that has a fixed/<f>.ts into exactly that file', async () => {
    const fixDir = path.join(space.workDir, 'project-fix');
    mkdirSync(fixDir);
    for (const entry of readdirSync(projectDir)) {
      if (entry !== 'node_modules') cpSync(path.join(projectDir, entry), path.join(fixDir, entry), { recursive: true });
    }
    symlinkSync(path.join(projectDir, 'node_modules'), path.join(fixDir, 'node_modules'), 'dir');
    const fix = await run(eslintBin(fixDir), ['--fix', '--format', 'json', 'src'], fixDir);
    // 0 or 1: 1 only says problems without a fix remain; 2 is a crash or a configuration error.
    expect([0, 1], `${fix.stdout}\n${fix.stderr}`).toContain(fix.code);
    expect(fatalMessages(parseLintOutput(fix), fixDir)).toEqual([]);
    const fixedFiles = sourceFiles(path.join(projectTemplate, 'fixed'));
    expect(fixedFiles.length).toBeGreaterThan(0);
    for (const file of fixedFiles) {
      const fixedSource = path.join(fixDir, 'src', file);
      expect(existsSync(fixedSource), `fixed/${file} has a src/${file}`).toBe(true);
      expect(readFileSync(fixedSource, 'utf8'), `src/${file} after eslint --fix`).toBe(
        readFileSync(path.join(projectTemplate, 'fixed', file), 'utf8'),
      );
    }
  });
});
