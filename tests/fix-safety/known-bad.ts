// Fixes and suggestions of the rule tests' cases that fail a check of tests/fix-safety/ today, each
// with why. An entry matches a case by its group and a piece of its code, and the problem by a
// pattern; an entry that no longer fails fails its case, so that it is removed once the rule is fixed.
export interface KnownBad {
  readonly group: string;
  readonly code: string;
  readonly problem: RegExp;
  readonly reason: string;
}

export const KNOWN_BAD: readonly KnownBad[] = [
  {
    group: 'consume-response-body (untyped)',
    code: `if (!res.ok) throw new Error('event bus answered ' + res.status);`,
    problem: /^fix: the fixed report http-hygiene\/consume-response-body:leaks is still there/,
    reason:
      'The rule names one leaking end per response: the fix releases before the `throw`, and only then is the ' +
      'end of the function (the ok path, a true leak too) reported, with no fix. --fix leaves a report; the ' +
      'rule should report (and release) every leaking end of the response at once.',
  },
];
