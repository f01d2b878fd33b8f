// Every rule test's invalid cases, by the `RuleTester.run` that runs them: the inputs whose fixes
// and suggestions tests/fix-safety/ applies and checks.
import path from 'node:path';

import * as clearAbortTimer from '../rules/clear-abort-timer.cases.js';
import * as consumeResponseBody from '../rules/consume-response-body.cases.js';
import * as noIgnoredRequestOptions from '../rules/no-ignored-request-options.cases.js';
import * as noUnattachedAbortSignal from '../rules/no-unattached-abort-signal.cases.js';
import * as preferKeepAlive from '../rules/prefer-keep-alive.cases.js';
import * as requireRequestTimeout from '../rules/require-request-timeout.cases.js';
import { fixturesDir } from '../rule-tester.js';
import type { CaseGroup } from './lint.js';

type Cases = CaseGroup['cases'];

const typed = (rule: string, cases: Cases, tsconfigRootDir = fixturesDir, name = rule): CaseGroup => ({
  name,
  rule,
  cases,
  tsconfigRootDir,
});
const untyped = (rule: string, cases: Cases): CaseGroup => ({ name: `${rule} (untyped)`, rule, cases });

export const CASE_GROUPS: readonly CaseGroup[] = [
  typed('clear-abort-timer', clearAbortTimer.invalid),
  untyped('clear-abort-timer', clearAbortTimer.untypedInvalid),
  typed('consume-response-body', consumeResponseBody.invalid),
  untyped('consume-response-body', consumeResponseBody.invalidWithoutTypes),
  typed('no-ignored-request-options', noIgnoredRequestOptions.invalid),
  untyped('no-ignored-request-options', noIgnoredRequestOptions.invalidWithoutTypes),
  typed('no-unattached-abort-signal', noUnattachedAbortSignal.invalid),
  untyped('no-unattached-abort-signal', noUnattachedAbortSignal.untypedInvalid),
  typed('prefer-keep-alive', preferKeepAlive.invalid),
  untyped('prefer-keep-alive', preferKeepAlive.untypedInvalid),
  typed('require-request-timeout', requireRequestTimeout.invalid),
  untyped('require-request-timeout', requireRequestTimeout.invalidWithoutTypes),
  typed(
    'require-request-timeout',
    requireRequestTimeout.axiosDefaultsInvalid,
    path.join(fixturesDir, 'axios-defaults'),
    'require-request-timeout (axios defaults set in another module)',
  ),
];
