// A tsconfig that does not include the file, with typescript-eslint's `allowDefaultProject`: the
// file is linted with the default project's types, and the rules report as usual. In a file of its
// own because typescript-eslint keeps one project service per process, made with the first options
// it sees (tests/hostile/broken-types.test.ts makes one without allowDefaultProject).
import { afterAll, expect, it } from 'vitest';

import { byLineThenRule, expectedMarkers, lintWithEveryRule, scratchProject, summarize } from './harness.js';

const scratch = scratchProject({ compilerOptions: { strict: true, noEmit: true }, include: ['src/**/*.ts'] });
afterAll(() => scratch.remove());

it("a file outside the tsconfig, with allowDefaultProject: the default project's types, and the reports", () => {
  const code = `export async function get(url: string): Promise<number> {
  const res = await fetch(url); // expect: consume-response-body require-request-timeout
  return res.status;
}
`;
  const typedParserOptions = { projectService: { allowDefaultProject: ['outside.ts'] }, tsconfigRootDir: scratch.dir };
  const messages = lintWithEveryRule(scratch, { code, filename: 'outside.ts', typedParserOptions }, 'typed');
  expect(byLineThenRule(summarize(messages))).toEqual(expectedMarkers(code));
});
