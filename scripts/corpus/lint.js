// Lints one corpus package with every rule of the built plugin (the `all` config) through ESLint's
// Node API, file by file so that one crash does not hide the next. A file with a fixable report is
// linted once more with `fix: true`, and its fixed text is returned for the fix check.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

import { packageDir } from './install.js';
import { ROOT, TSCONFIG_DIR } from './paths.js';

const PREFIX = 'http-hygiene/';
const TYPED_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/**
 * @typedef {{ package: string, file: string, line: number, column: number, rule: string, message: string }} Report
 * @typedef {{ package: string, file: string, stage: 'lint' | 'fix', error: string }} Crash
 * @typedef {{ package: string, file: string, stage: 'lint' | 'fix', message: string }} ParseError
 * @typedef {{
 *   files: string[],
 *   reports: Report[],
 *   crashes: Crash[],
 *   parseErrors: ParseError[],
 *   fixed: Map<string, string>,
 * }} PackageLint
 */

/** The absolute paths of the files a typed package's tsconfig includes. */
export function typedFiles(tsconfigPath) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  return parsed.fileNames.map((file) => path.resolve(file)).sort();
}

/** The absolute paths of an untyped package's JavaScript files. */
function untypedFiles(pkg) {
  const base = packageDir(pkg.name);
  const skip = new Set((pkg.skip ?? []).map((dir) => path.join(base, dir)));
  const files = [];
  const walk = (dir) => {
    if (skip.has(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (/\.[cm]?js$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of pkg.dirs) walk(path.join(base, dir));
  return files.sort();
}

function configFor(pkg, plugin) {
  const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off' };
  if (pkg.kind === 'typed') {
    return [
      {
        files: TYPED_FILES,
        ...plugin.configs.all,
        linterOptions,
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: {
            project: path.join(TSCONFIG_DIR, pkg.tsconfig),
            tsconfigRootDir: TSCONFIG_DIR,
            // Under CI=true typescript-eslint switches to its single-run mode, where --fix finds no
            // fix to apply in typed files; the corpus must lint and fix the same everywhere.
            disallowAutomaticSingleRunInference: true,
          },
        },
      },
    ];
  }
  return [
    {
      files: JS_FILES,
      ...plugin.configs.all,
      linterOptions,
      languageOptions: { ecmaVersion: 'latest', sourceType: pkg.sourceType },
    },
    { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ];
}

const eslintFor = (pkg, plugin, fix) =>
  new ESLint({
    cwd: ROOT,
    // The corpus lives in .corpus-cache/node_modules/, which ESLint ignores by default.
    ignorePatterns: ['!**/node_modules/'],
    overrideConfigFile: true,
    overrideConfig: configFor(pkg, plugin),
    fix,
  });

/**
 * The error's own lines (message, file, rule) and its first frames in the plugin's code: a stack
 * overflow's frames are all one recursion, so the plugin's frames, deduplicated, say where it is.
 */
function crashText(error) {
  const lines = String(error?.stack ?? error).split('\n');
  const head = lines.filter((line) => !line.trimStart().startsWith('at '));
  const frames = [...new Set(lines.filter((line) => line.includes('/dist/')).map((line) => line.trim()))];
  return [...head, ...frames.slice(0, 6).map((frame) => `  ${frame}`)].join('\n');
}

/**
 * Lints every file of `pkg`; returns its reports (paths relative to the package), the crashes and
 * parse errors, and the fixed text of each file whose reports carry a fix.
 * @returns {Promise<PackageLint>}
 */
export async function lintPackage(pkg, plugin) {
  const base = packageDir(pkg.name);
  const files = pkg.kind === 'typed' ? typedFiles(path.join(TSCONFIG_DIR, pkg.tsconfig)) : untypedFiles(pkg);
  const relative = (file) => path.relative(base, file).split(path.sep).join('/');
  /** @type {PackageLint} */
  const out = { files: files.map(relative), reports: [], crashes: [], parseErrors: [], fixed: new Map() };
  const fixable = [];

  const eslint = eslintFor(pkg, plugin, false);
  for (const file of files) {
    if (await eslint.isPathIgnored(file)) {
      out.parseErrors.push({ package: pkg.name, file: relative(file), stage: 'lint', message: 'ignored by ESLint' });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    let result;
    try {
      [result] = await eslint.lintText(text, { filePath: file });
    } catch (error) {
      out.crashes.push({ package: pkg.name, file: relative(file), stage: 'lint', error: crashText(error) });
      continue;
    }
    for (const message of result.messages) {
      if (message.fatal) {
        out.parseErrors.push({ package: pkg.name, file: relative(file), stage: 'lint', message: message.message });
      } else if (message.ruleId?.startsWith(PREFIX)) {
        out.reports.push({
          package: pkg.name,
          file: relative(file),
          line: message.line,
          column: message.column,
          rule: message.ruleId.slice(PREFIX.length),
          message: message.message,
        });
      }
    }
    if (result.messages.some((message) => message.fix && message.ruleId?.startsWith(PREFIX)))
      fixable.push([file, text]);
  }

  // After every file is linted: the typed parser keeps a fixed text in its program once it has seen it.
  if (fixable.length > 0) {
    const fixer = eslintFor(pkg, plugin, true);
    for (const [file, text] of fixable) {
      try {
        const [result] = await fixer.lintText(text, { filePath: file });
        for (const message of result.messages.filter((m) => m.fatal))
          out.parseErrors.push({ package: pkg.name, file: relative(file), stage: 'fix', message: message.message });
        if (result.output !== undefined && result.output !== text) out.fixed.set(file, result.output);
      } catch (error) {
        out.crashes.push({ package: pkg.name, file: relative(file), stage: 'fix', error: crashText(error) });
      }
    }
  }
  return out;
}
