// A generated file of 20,000 lines of HTTP client code: every rule, typed and untyped, gives
// exactly the reports its templates mark, no more and no fewer. (How long it takes is in
// `npm run bench`, not here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generatedHttpFile } from './generated-file.js';
import {
  byLineThenRule,
  expectedMarkers,
  lintWithEveryRule,
  MODES,
  RULE_NAMES,
  scratchProject,
  summarize,
  type ScratchProject,
} from './harness.js';

const LINES = 20_000;

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe(`a generated file of ${LINES} lines`, () => {
  const code = generatedHttpFile(LINES);
  const expected = expectedMarkers(code);

  it('is that long, and its templates expect a report of every rule', () => {
    expect(code.split('\n').length).toBeGreaterThanOrEqual(LINES);
    const rules = new Set(expected.map((entry) => entry.slice(entry.indexOf(':') + 1)));
    expect([...rules].sort()).toEqual(RULE_NAMES);
  });

  for (const mode of MODES) {
    it(`${mode}: exactly the marked reports`, () => {
      expect(byLineThenRule(summarize(lintWithEveryRule(project, { code }, mode)))).toEqual(expected);
    });
  }
});
