// Every rule, typed and untyped, over odd but valid syntax (tests/hostile/odd-syntax-cases.ts): no
// crash, and exactly the marked reports, plus the known false reports listed below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  byLineThenRule,
  expectedMarkers,
  lintWithEveryRule,
  MODES,
  scratchProject,
  summarize,
  type ScratchProject,
} from './harness.js';
import { ODD_SYNTAX_CASES } from './odd-syntax-cases.js';

interface KnownFalseReport {
  readonly case: string;
  /** `line:rule`, as `summarize` gives it; given in both modes. */
  readonly report: string;
  readonly why: string;
}

/**
 * False reports these cases expose, not fixed here (src/ is being restructured). The test asserts
 * that each is still given, so fixing the rule fails it until the entry is removed: the list only
 * shrinks.
 */
const KNOWN_FALSE_REPORTS: readonly KnownFalseReport[] = [];

const REACT_SHIM = `export declare function useEffect(effect: () => void | (() => void), deps: unknown[]): void;
export declare function useState<T>(initial: T): [T, (next: T) => void];
declare global {
  namespace JSX {
    interface IntrinsicElements {
      [name: string]: Record<string, unknown>;
    }
  }
}
`;

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
  project.write('react-shim.ts', REACT_SHIM);
});
afterAll(() => project.remove());

describe('odd syntax: every rule, no crash, the marked reports', () => {
  for (const oddCase of ODD_SYNTAX_CASES) {
    const known = KNOWN_FALSE_REPORTS.filter((entry) => entry.case === oddCase.name).map((entry) => entry.report);
    for (const mode of MODES) {
      it(`${oddCase.name}, ${mode}`, () => {
        const reports = summarize(lintWithEveryRule(project, oddCase, mode));
        expect(byLineThenRule(reports)).toEqual(byLineThenRule([...expectedMarkers(oddCase.code), ...known]));
      });
    }
  }
});

describe('the known false reports', () => {
  it('each names a case, and a report no marker expects', () => {
    for (const entry of KNOWN_FALSE_REPORTS) {
      const oddCase = ODD_SYNTAX_CASES.find((candidate) => candidate.name === entry.case);
      expect(oddCase, entry.case).toBeDefined();
      expect(expectedMarkers(oddCase!.code)).not.toContain(entry.report);
      expect(entry.why).toMatch(/\w/);
    }
  });
});
