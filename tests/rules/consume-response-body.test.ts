import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/consume-response-body.js';
import { typedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';

type Options = readonly [{ release?: 'auto' | 'cancel' | 'drain'; releaseFunctions?: string[] }];
type MessageId = 'leaks' | 'discarded' | 'insertRelease' | 'releaseDiscarded';

const valid: ValidTestCase<Options>[] = [
  `async function f(url: string) { const res = await fetch(url); return res.json(); }`,
];

const invalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `
async function f(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('bad ' + res.status);
  return res.json();
}`,
    errors: [{ messageId: 'leaks', line: 3, column: 21 }],
    output: `
async function f(url: string) {
  const res = await fetch(url);
  if (!res.ok) { await res.body?.cancel(); throw new Error('bad ' + res.status); }
  return res.json();
}`,
  },
];

typedRuleTester().run('consume-response-body', rule, { valid, invalid });
describeOutputsTypeCheck('consume-response-body', invalid);
