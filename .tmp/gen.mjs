import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import plugin from '../dist/index.js';
const fixturesDir = path.resolve('tests/fixtures');
const cases = JSON.parse(process.argv[2]);
for (const code of cases) {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } }, plugins: { h: plugin }, rules: { 'h/require-request-timeout': 'error' } }], { filename: path.join(fixturesDir, 'file.ts') });
  console.log('----\n' + code);
  for (const m of messages) {
    console.log(m.line, m.column, m.messageId, JSON.stringify(m.message));
    for (const s of m.suggestions ?? []) { const out = code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]); console.log('  SUGG', s.messageId, s.desc, '\n' + out); }
  }
}
