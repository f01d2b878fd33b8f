// The README's Install and Setup, as written, in fresh projects (`npm init -y`, then the README's
// install command with the tarball for the package name: done by the global setup), for three
// layouts from tests/e2e/project/readme-layouts/:
// - typescript: a tsconfig that includes only src/, so the config file is outside it;
// - mixed: TypeScript and JavaScript side by side (allowJs), sharing the TypeScript install;
// - javascript: no TypeScript at all, installed the README's way that keeps TypeScript out.
// Each must lint with no parse error and give exactly the reports its `// expect:` markers name.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  describeResults,
  fatalMessages,
  type LintResult,
  parseLintOutput,
  reportedEntries,
} from './support/lint-results.js';
import { block, namedBlocks } from './support/readme-blocks.js';
import { run, type Run } from './support/run.js';
import { eslintBin, projectTemplate, repositoryRoot, workspace } from './support/workspace.js';

const space = workspace();
const readme = namedBlocks(path.join(repositoryRoot, 'README.md'));
const layouts = path.join(projectTemplate, 'readme-layouts');
/** The README names the config file; the test writes the setup block under that name. */
const CONFIG_FILE = 'eslint.config.mjs';

/** Files of a layout that carry `// expect:` markers, relative to it, outside node_modules. */
function sourceFilesOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFilesOf(dir, relative);
    return /\.(ts|js)$/.test(entry.name) ? [relative] : [];
  });
}

function markers(dir: string): string[] {
  const expected = new Set<string>();
  for (const file of sourceFilesOf(dir)) {
    readFileSync(path.join(dir, file), 'utf8')
      .split(/\r?\n/)
      .forEach((line, index) => {
        const marker = /\/\/\s*expect:\s*(.+?)\s*$/.exec(line);
        for (const id of marker?.[1]!.split(',') ?? []) expected.add(`${file}:${index + 1}:${id.trim()}`);
      });
  }
  return [...expected].sort();
}

/** The layout's files and the README's setup block written into an installed project. */
function prepare(layout: string, dir: string, setupBlock: string): void {
  cpSync(path.join(layouts, layout), dir, { recursive: true });
  writeFileSync(path.join(dir, CONFIG_FILE), block(readme, setupBlock));
}

async function lintJson(dir: string, extra: readonly string[] = []): Promise<{ lint: Run; results: LintResult[] }> {
  const lint = await run(eslintBin(dir), ['--format', 'json', ...extra, '.'], dir);
  return { lint, results: parseLintOutput(lint) };
}

it(`the README names ${CONFIG_FILE} for both setup blocks`, () => {
  const setup = readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8').split('## Setup')[1]!.split('\n## ')[0]!;
  expect(setup.match(/`eslint\.config\.\w+` in a (TypeScript|JavaScript)/g)).toEqual([
    `\`${CONFIG_FILE}\` in a TypeScript`,
    `\`${CONFIG_FILE}\` in a JavaScript`,
  ]);
});

describe('a TypeScript project whose tsconfig includes only src/', () => {
  const dir = space.readmeTypescriptDir;
  let first: { lint: Run; results: LintResult[] };

  beforeAll(async () => {
    prepare('typescript', dir, 'setup-typescript');
    first = await lintJson(dir);
  });

  it('the install pinned a TypeScript that typescript-eslint supports, not npm latest', () => {
    const saved = (
      JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies;
    expect(saved.typescript).toMatch(/^~6\.0(\.\d+)?$/);
    const installed = JSON.parse(readFileSync(path.join(dir, 'node_modules', 'typescript', 'package.json'), 'utf8'));
    expect(installed.version).toMatch(/^6\.0\./);
  });

  it('npx eslint . lints the config file and src/ with no parse error, and gives the marked reports', () => {
    expect(fatalMessages(first.results, dir)).toEqual([]);
    expect(first.results.map((result) => path.relative(dir, result.filePath))).toContain(CONFIG_FILE);
    expect(first.lint.code, first.lint.stderr).toBe(1);
    expect(reportedEntries(first.results, dir), describeResults(first.results, dir)).toEqual(markers(dir));
  });

  it("the default formatter prints the README's example report", async () => {
    const stylish = await run(eslintBin(dir), ['.'], dir);
    const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ').trim();
    const example = block(readme, 'first-report').trim().split('\n');
    expect(example.length).toBe(2);
    for (const line of example) expect(squeeze(stylish.stdout)).toContain(squeeze(line));
  });

  it('npx eslint . --fix releases both bodies, and the fixed code lints clean', async () => {
    // Both reports of this layout are consume-response-body's, which has an autofix.
    expect(new Set(markers(dir).map((entry) => entry.split(':')[2]))).toEqual(
      new Set(['http-hygiene/consume-response-body']),
    );
    const fix = await lintJson(dir, ['--fix']);
    expect(fatalMessages(fix.results, dir)).toEqual([]);
    expect(reportedEntries(fix.results, dir), describeResults(fix.results, dir)).toEqual([]);
    expect(fix.lint.code, fix.lint.stderr).toBe(0);
    for (const file of ['events.ts', 'api-client.ts']) {
      expect(readFileSync(path.join(dir, 'src', file), 'utf8'), file).toMatch(/await res\.body\?\.cancel\(\);/);
    }
  });
});

describe('a mixed JavaScript and TypeScript project', () => {
  const dir = path.join(space.workDir, 'readme', 'mixed');
  let first: { lint: Run; results: LintResult[] };

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    // The same install as the TypeScript project: its package.json and node_modules.
    cpSync(path.join(space.readmeTypescriptDir, 'package.json'), path.join(dir, 'package.json'));
    symlinkSync(path.join(space.readmeTypescriptDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    prepare('mixed', dir, 'setup-typescript');
    first = await lintJson(dir);
  });

  it('npx eslint . lints .ts and .js files with no parse error, and gives the marked reports', () => {
    expect(fatalMessages(first.results, dir)).toEqual([]);
    const linted = first.results.map((result) => path.relative(dir, result.filePath)).sort();
    expect(linted).toEqual([CONFIG_FILE, 'src/api-client.ts', 'src/legacy.js']);
    expect(first.lint.code, first.lint.stderr).toBe(1);
    expect(reportedEntries(first.results, dir), describeResults(first.results, dir)).toEqual(markers(dir));
  });
});

describe('a JavaScript project, installed without TypeScript', () => {
  const dir = space.readmeJavascriptDir;
  let first: { lint: Run; results: LintResult[] };

  beforeAll(async () => {
    prepare('javascript', dir, 'setup-javascript');
    first = await lintJson(dir);
  });

  it('has no TypeScript installed, and the plugin and ESLint are', () => {
    expect(existsSync(path.join(dir, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(path.join(dir, 'node_modules', 'eslint-plugin-http-hygiene', 'package.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'node_modules', 'eslint', 'package.json'))).toBe(true);
  });

  it('npx eslint . runs with no parse error, and gives the marked reports', () => {
    expect(fatalMessages(first.results, dir)).toEqual([]);
    expect(first.lint.code, first.lint.stderr).toBe(1);
    expect(reportedEntries(first.results, dir), describeResults(first.results, dir)).toEqual(markers(dir));
  });
});
