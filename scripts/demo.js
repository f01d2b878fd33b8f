#!/usr/bin/env node
// `npm run demo`: lint the example service in docs/examples/event-bus/ with the built plugin's
// `recommended` config and typed linting (the service's own tsconfig.json), as a user would, and
// print what the rules find: ESLint's stylish output, then one line per rule with its counts.
// Exits 0 when the lint ran, findings or not; 1 only on a crash or a fatal parse error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serviceDir = path.join(root, 'docs', 'examples', 'event-bus');

async function main() {
  const { default: plugin } = await import(new URL('../dist/index.js', import.meta.url).href);
  const eslint = new ESLint({
    cwd: serviceDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: serviceDir },
        },
      },
      plugin.configs.recommended,
    ],
  });

  const results = await eslint.lintFiles(['src']);
  const formatter = await eslint.loadFormatter('stylish');
  const rulesMeta = eslint.getRulesMetaForResults(results);
  // Paths relative to the repository root read better in the output than absolute ones.
  const shown = results.map((result) => ({ ...result, filePath: path.relative(root, result.filePath) }));
  const output = await formatter.format(shown, { cwd: root, rulesMeta });

  console.log(
    `Linting ${path.relative(root, serviceDir)}/src (${results.length} files) with http-hygiene's recommended config and type information.`,
  );
  console.log(output || '\nNo problems found.\n');

  const counts = new Map();
  let fatal = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) {
        fatal += 1;
        continue;
      }
      const entry = counts.get(message.ruleId) ?? { reports: 0, files: new Set(), fixable: 0, suggestions: 0 };
      entry.reports += 1;
      entry.files.add(result.filePath);
      if (message.fix) entry.fixable += 1;
      if (message.suggestions?.length) entry.suggestions += 1;
      counts.set(message.ruleId, entry);
    }
  }

  console.log('Summary by rule:');
  const enabled = Object.keys(plugin.configs.recommended.rules ?? {}).sort();
  const width = Math.max(...enabled.map((id) => id.length), ...[...counts.keys()].map((id) => id.length));
  for (const id of [...new Set([...enabled, ...counts.keys()])].sort()) {
    const entry = counts.get(id);
    const line = entry
      ? `${entry.reports} ${entry.reports === 1 ? 'report' : 'reports'} in ${entry.files.size} ${entry.files.size === 1 ? 'file' : 'files'}` +
        `${entry.fixable ? `, ${entry.fixable} auto-fixable` : ''}${entry.suggestions ? `, ${entry.suggestions} with suggestions` : ''}`
      : 'no reports';
    console.log(`  ${id.padEnd(width)}  ${line}`);
  }
  const total = [...counts.values()].reduce((sum, entry) => sum + entry.reports, 0);
  console.log(
    `Total: ${total} ${total === 1 ? 'report' : 'reports'} from ${counts.size} of ${enabled.length} recommended rules.`,
  );

  if (fatal > 0) {
    console.error(
      `demo: ${fatal} fatal parse ${fatal === 1 ? 'error' : 'errors'}; the example service must parse and type-check.`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error('demo: crashed');
  console.error(error);
  process.exitCode = 1;
});
