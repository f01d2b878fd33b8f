// Fixes and suggestions of the rule tests' cases that fail a check of tests/fix-safety/ today, each
// with why. An entry matches a case by its group and a piece of its code, and the problem by a
// pattern; an entry that no longer fails fails its case, so that it is removed once the rule is fixed.
export interface KnownBad {
  readonly group: string;
  readonly code: string;
  readonly problem: RegExp;
  readonly reason: string;
}

export const KNOWN_BAD: readonly KnownBad[] = [];
