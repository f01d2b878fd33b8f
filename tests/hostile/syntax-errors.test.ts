// A file that does not parse gives ESLint's parse error, one fatal message with no rule, and never
// a rule exception: typed, untyped, and with ESLint's own parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { lintWithEveryRule, MODES, scratchProject, type ScratchProject } from './harness.js';

interface SyntaxErrorCase {
  readonly name: string;
  readonly code: string;
  readonly filename: string;
  /** The line typescript-eslint's parser reports, and espree's. */
  readonly line: number;
  readonly espreeLine: number;
}

const CASES: readonly SyntaxErrorCase[] = [
  { name: 'a missing initializer', code: 'export const x = ;\n', filename: 'file.ts', line: 1, espreeLine: 1 },
  {
    name: 'an unclosed call around a request',
    code: `export async function get(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) };
  return res.status;
}
`,
    filename: 'file.ts',
    line: 2,
    espreeLine: 1,
  },
  {
    name: 'JSX in a .ts file',
    code: 'export const el = <div>{fetch("x")}</div>;\n',
    filename: 'file.ts',
    line: 1,
    espreeLine: 1,
  },
  {
    name: 'an unterminated string',
    code: "export const url = 'http://api;\nfetch(url);\n",
    filename: 'file.ts',
    line: 1,
    espreeLine: 1,
  },
  {
    name: 'JavaScript with a missing parenthesis',
    code: `async function get(url) {
  const res = await fetch(url
}
`,
    filename: 'broken.js',
    line: 3,
    espreeLine: 3,
  },
];

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('syntax errors: a parse error, never a rule exception', () => {
  for (const syntaxCase of CASES) {
    for (const mode of MODES) {
      it(`${syntaxCase.name}, ${mode}`, () => {
        const messages = lintWithEveryRule(project, syntaxCase, mode);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatchObject({ fatal: true, ruleId: null, line: syntaxCase.line });
        expect(messages[0]!.message).toMatch(/^Parsing error: /);
      });
    }
    it(`${syntaxCase.name}, espree`, () => {
      const filename = syntaxCase.filename.replace(/\.ts$/, '.js');
      const messages = lintWithEveryRule(project, { ...syntaxCase, filename, espree: true }, 'untyped');
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ fatal: true, ruleId: null, line: syntaxCase.espreeLine });
      expect(messages[0]!.message).toMatch(/^Parsing error: /);
    });
  }
});
