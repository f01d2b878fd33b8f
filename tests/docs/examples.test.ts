// Lints every example in docs/rules/*.md with its rule on (default options), as a typed file of the
// fixture project: each `incorrect` block must report the rule, each `correct` block nothing.
// Rules, pages and examples are discovered, never listed: a new rule and its page are picked up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { fixturesDir } from '../rule-tester.js';

const docsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules');

type Kind = 'incorrect' | 'correct';

interface Example {
  readonly language: 'ts' | 'js';
  readonly kind: Kind;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
  readonly code: string;
}

/** Fenced code blocks whose info string is `ts|js incorrect|correct` (extra words after it are allowed). */
function extractExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { fence: string; indent: number; info: string; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length) {
        const info = /^(ts|js)\s+(incorrect|correct)(?:\s|$)/.exec(open.info);
        if (info) {
          const body = open.body.map((bodyLine) => bodyLine.replace(new RegExp(`^ {0,${open!.indent}}`), ''));
          examples.push({ language: info[1] as 'ts' | 'js', kind: info[2] as Kind, line: open.line, code: `${body.join('\n')}\n` });
        }
        open = undefined;
      } else {
        open.body.push(text);
      }
      return;
    }
    const start = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/.exec(text);
    if (start) open = { indent: start[1]!.length, fence: start[2]!, info: start[3]!.trim(), line: index + 1, body: [] };
  });
  return examples;
}

const pages = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length))
  .sort();
const ruleNames = Object.keys(rules).sort();

/** Typed TypeScript examples are linted as this file of the fixture project; JavaScript ones untyped. */
const typedFile = path.join(fixturesDir, 'docs-example.ts');
const untypedFile = path.join(fixturesDir, 'docs-example.js');

function linterFor(ruleName: string, language: Example['language']): ESLint {
  const ruleConfig: Linter.Config = {
    plugins: { 'http-hygiene': plugin as unknown as ESLint.Plugin },
    rules: { [`http-hygiene/${ruleName}`]: 'error' },
  };
  const languageConfig: Linter.Config =
    language === 'ts'
      ? {
          files: ['**/*.ts'],
          languageOptions: {
            parser: tseslint.parser as Linter.Parser,
            parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
          },
        }
      : { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } };
  return new ESLint({ cwd: fixturesDir, overrideConfigFile: true, overrideConfig: [languageConfig, ruleConfig], ignore: false });
}

function describeMessages(messages: readonly Linter.LintMessage[]): string {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'parse error'}: ${message.message}`).join('\n');
}

describe('docs/rules pages and rules match', () => {
  it('has at least one rule', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
  });
  it('every rule in src/rules/index.ts has a page in docs/rules', () => {
    expect(ruleNames.filter((name) => !pages.includes(name))).toEqual([]);
  });
  it('every page in docs/rules documents a rule of src/rules/index.ts', () => {
    expect(pages.filter((name) => !ruleNames.includes(name))).toEqual([]);
  });
  it('the plugin exports every rule of src/rules/index.ts', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleNames);
  });
});

describe.each(pages)('docs/rules/%s.md', (page) => {
  const markdown = readFileSync(path.join(docsDir, `${page}.md`), 'utf8');
  const examples = extractExamples(markdown);

  it('has at least one incorrect and one correct example', () => {
    expect(examples.filter((example) => example.kind === 'incorrect').length, 'incorrect examples').toBeGreaterThan(0);
    expect(examples.filter((example) => example.kind === 'correct').length, 'correct examples').toBeGreaterThan(0);
  });

  const isRule = ruleNames.includes(page);
  examples.forEach((example) => {
    it.runIf(isRule)(`${example.language} ${example.kind} example at line ${example.line}`, async () => {
      const eslint = linterFor(page, example.language);
      const [result] = await eslint.lintText(example.code, {
        filePath: example.language === 'ts' ? typedFile : untypedFile,
      });
      const messages = result!.messages;
      const context = `${page}.md line ${example.line}:\n${example.code}\n${describeMessages(messages)}`;
      expect(
        messages.filter((message) => message.fatal === true || message.ruleId === null),
        `parse errors in ${context}`,
      ).toEqual([]);
      if (example.kind === 'incorrect') {
        expect(
          messages.some((message) => message.ruleId === `http-hygiene/${page}`),
          `expected http-hygiene/${page} to report in ${context}`,
        ).toBe(true);
      } else {
        expect(messages, `expected no report in ${context}`).toEqual([]);
      }
    });
  });
});
