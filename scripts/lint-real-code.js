// Runs every rule of the built plugin over a directory of real code nobody here wrote (a published
// SDK or service checked out beside the project), the way eslint-plugin-unicorn runs its rules over
// open-source projects: a crash is a bug, and each finding is printed for a person to judge.
//
//   node scripts/lint-real-code.js <dir> [<dir> ...] [--json] [--max-files N] [--typed]
//
// Files are parsed with typescript-eslint's parser without a program (the checked-out projects have
// no dependencies installed), so this exercises the rules' syntax-only mode. With --typed each file
// is parsed with the program of its nearest tsconfig.json (`project: true`): unresolved imports are
// `any`, which exercises the typed paths on code the rules do not understand. Exit code 1 on a crash.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../dist/index.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const typed = args.includes('--typed');
const maxIndex = args.indexOf('--max-files');
const maxFiles = maxIndex === -1 ? Infinity : Number(args[maxIndex + 1]);
const roots = args.filter((arg, index) => !arg.startsWith('--') && (maxIndex === -1 || index !== maxIndex + 1));
if (roots.length === 0) {
  console.error('usage: node scripts/lint-real-code.js <dir> [<dir> ...] [--json] [--max-files N]');
  process.exit(2);
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', '.git', 'coverage', 'vendor', '.next']);
const EXTENSIONS = /\.(?:[cm]?[jt]s|tsx)$/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts') && statSync(full).size < 1_000_000)
      yield full;
  }
}

const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`http-hygiene/${name}`, 'error']));
const eslintFor = (cwd) =>
  new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { project: true, tsconfigRootDir: cwd } : { ecmaFeatures: { jsx: true } },
        },
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        plugins: { 'http-hygiene': plugin },
        rules,
      },
    ],
  });

const findings = [];
const crashes = [];
let files = 0;
let parseErrors = 0;
const started = performance.now();
for (const root of roots) {
  const eslint = eslintFor(path.resolve(root));
  for (const file of sourceFiles(root)) {
    if (files >= maxFiles) break;
    files++;
    const text = readFileSync(file, 'utf8');
    try {
      // TypeScript files keep a .ts name (so `<T>(x) => x` is a generic, not JSX); JavaScript may hold JSX.
      if (typed && !/\.tsx?$/.test(file)) continue;
      const asParsed = typed
        ? file
        : /\.[cm]?ts$/.test(file)
          ? file.replace(/\.[cm]?ts$/, '.ts')
          : file.replace(/\.(?:[cm]?jsx?|tsx)$/, '.tsx');
      const [result] = await eslint.lintText(text, { filePath: asParsed });
      for (const message of result.messages) {
        if (message.fatal || message.ruleId === null) parseErrors++;
        else if (!message.ruleId.startsWith('http-hygiene/')) continue;
        else
          findings.push({
            file,
            line: message.line,
            column: message.column,
            rule: message.ruleId,
            message: message.message,
          });
      }
    } catch (error) {
      crashes.push({
        file,
        error: String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n'),
      });
    }
  }
}
const seconds = (performance.now() - started) / 1000;

if (json) {
  console.log(JSON.stringify({ files, parseErrors, seconds, crashes, findings }, null, 2));
} else {
  for (const finding of findings) {
    console.log(`${finding.file}:${finding.line}:${finding.column}  ${finding.rule}\n    ${finding.message}`);
  }
  for (const crash of crashes) console.log(`CRASH ${crash.file}\n${crash.error}`);
  const byRule = {};
  for (const finding of findings) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
  console.log(`\n${files} files in ${seconds.toFixed(1)} s, ${parseErrors} not parsed, ${crashes.length} crashes`);
  for (const [rule, count] of Object.entries(byRule).sort()) console.log(`  ${rule}: ${count}`);
}
process.exit(crashes.length > 0 ? 1 : 0);
