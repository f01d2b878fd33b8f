// Lints hostile and odd input with every rule of the plugin, typed and untyped, in a scratch project
// of its own (a temp dir whose node_modules is the plugin's, so the HTTP clients' types resolve).
// HTTP_HYGIENE_DEBUG=1 makes the rules' guard rethrow what it would swallow: a crash fails the test.
import {
  copyFileSync,
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

import { Linter } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

import plugin from '../../src/index.js';

process.env.HTTP_HYGIENE_DEBUG = '1';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const RULE_NAMES: readonly string[] = Object.keys(plugin.rules).sort();

export type Mode = 'typed' | 'untyped';
export const MODES: readonly Mode[] = ['typed', 'untyped'];

const DEFAULT_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'ESNext.Disposable', 'DOM'],
  types: ['node'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  jsx: 'preserve',
  allowJs: true,
  checkJs: false,
} as const;

export interface ScratchProject {
  readonly dir: string;
  /** Writes `text` to `name` in the project and returns its absolute path. */
  write(name: string, text: string): string;
  remove(): void;
}

/** A temp project with its own tsconfig.json (by default: every .ts, .tsx and .js file in it). */
export function scratchProject(tsconfig: object = { compilerOptions: DEFAULT_COMPILER_OPTIONS }): ScratchProject {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'http-hygiene-hostile-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'hostile', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ include: ['*.ts', '*.tsx', '*.js'], ...tsconfig }, null, 2),
  );
  return {
    dir,
    write(name, text) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface LintInput {
  readonly code: string;
  /** File name in the project; its extension picks TSX or JavaScript parsing. Default `file.ts`. */
  readonly filename?: string;
  readonly sourceType?: 'module' | 'script' | 'commonjs';
  /** ESLint's own parser (espree) instead of typescript-eslint's; untyped only. */
  readonly espree?: boolean;
  /** Parser options for the typed mode instead of `projectService` over the project's tsconfig. */
  readonly typedParserOptions?: Record<string, unknown>;
  /** Rule options, by rule name; default options otherwise. */
  readonly options?: Readonly<Record<string, readonly unknown[]>>;
}

const allRules = (options: LintInput['options'] = {}): Linter.RulesRecord =>
  Object.fromEntries(RULE_NAMES.map((name) => [`http-hygiene/${name}`, ['error', ...(options[name] ?? [])]]));

/**
 * Every rule over `input`, as ESLint runs them. A rule exception is not caught: ESLint rethrows it
 * with the rule's name and the line, and the calling test fails with that stack.
 */
export function lintWithEveryRule(project: ScratchProject, input: LintInput, mode: Mode): Linter.LintMessage[] {
  const filename = input.filename ?? 'file.ts';
  const file = project.write(filename, input.code);
  const parserOptions =
    mode === 'typed'
      ? (input.typedParserOptions ?? { projectService: true, tsconfigRootDir: project.dir })
      : { ecmaFeatures: { jsx: filename.endsWith('x') } };
  const languageOptions: Linter.LanguageOptions = input.espree
    ? { sourceType: input.sourceType ?? 'module', ecmaVersion: 'latest' }
    : { parser: tseslint.parser, parserOptions, sourceType: input.sourceType ?? 'module' };
  const linter = new Linter({ configType: 'flat', cwd: project.dir });
  return linter.verify(
    input.code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs'],
        languageOptions,
        plugins: { 'http-hygiene': plugin as never },
        rules: allRules(input.options),
      },
    ],
    file,
  );
}

/** `line:rule` for each report, in order; a fatal (parse) error is `line:PARSE <message>`. */
export function summarize(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map((message) =>
    message.fatal || message.ruleId === null
      ? `${message.line}:PARSE ${message.message}`
      : `${message.line}:${message.ruleId.replace(/^http-hygiene\//, '')}`,
  );
}

/** The `// expect: rule rule` markers of `code`, as `line:rule`, in the order `summarize` gives for reports on distinct lines. */
export function expectedMarkers(code: string): string[] {
  return code.split('\n').flatMap((text, index) => {
    const marker = /\/\/ expect: ([\w -]+)$/.exec(text);
    return marker
      ? marker[1]!
          .trim()
          .split(/\s+/)
          .sort()
          .map((rule) => `${index + 1}:${rule}`)
      : [];
  });
}

/** Sorted by line, then rule: reports on one line come out in rule order. */
export function byLineThenRule(entries: readonly string[]): string[] {
  return [...entries].sort((a, b) => {
    const [lineA, ruleA] = [Number.parseInt(a, 10), a.slice(a.indexOf(':') + 1)];
    const [lineB, ruleB] = [Number.parseInt(b, 10), b.slice(b.indexOf(':') + 1)];
    return lineA - lineB || ruleA.localeCompare(ruleB);
  });
}

/**
 * The plugin's sources (src/), transpiled to JavaScript under `dir`/plugin, for a plain Node child
 * process that cannot load TypeScript; `dir` must resolve the plugin's dependencies (a scratch
 * project does). Returns the entry file.
 */
export function transpiledPlugin(dir: string): string {
  const sourceRoot = path.join(root, 'src');
  const outRoot = path.join(dir, 'plugin');
  for (const file of readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const { outputText } = ts.transpileModule(readFileSync(path.join(sourceRoot, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    const out = path.join(outRoot, 'src', file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  copyFileSync(path.join(root, 'package.json'), path.join(outRoot, 'package.json'));
  return path.join(outRoot, 'src', 'index.js');
}
