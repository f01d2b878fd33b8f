// Child side of tests/hostile/deep-nesting.test.ts, run by plain Node with a larger --stack-size:
// lints files of a scratch project with every rule of the plugin at `plugin` (the sources,
// transpiled) and prints, as JSON, each file's `line:rule` / `line:PARSE message` list. A rule
// exception is not caught: it reaches stderr with its stack and the exit code is 1.
//
//   node --stack-size=N lint-in-child.js '{"plugin":…,"project":…,"files":[…],"typed":true}'
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

process.env.HTTP_HYGIENE_DEBUG = '1';

const { plugin: pluginPath, project, files, typed } = JSON.parse(process.argv[2]);
const { default: plugin } = await import(pathToFileURL(pluginPath).href);
const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`http-hygiene/${name}`, 'error']));
const linter = new Linter({ configType: 'flat', cwd: project });
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: typed ? { projectService: true, tsconfigRootDir: project } : {},
    },
    plugins: { 'http-hygiene': plugin },
    rules,
  },
];
const results = {};
for (const file of files) {
  results[file] = linter
    .verify(readFileSync(file, 'utf8'), config, file)
    .map((message) =>
      message.fatal || message.ruleId === null
        ? `${message.line}:PARSE ${message.message}`
        : `${message.line}:${message.ruleId.replace(/^http-hygiene\//, '')}`,
    );
}
process.stdout.write(JSON.stringify(results));
