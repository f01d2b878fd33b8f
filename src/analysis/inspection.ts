import type { TSESTree } from '@typescript-eslint/utils';

import { memberPath } from '../util/ast.js';

/** Objects whose methods only look at their arguments; `null` means every method does. */
const INSPECTING_METHODS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['console', null],
  ['logger', null],
  ['log', null],
  ['assert', null],
  ['JSON', new Set(['stringify'])],
  ['util', new Set(['inspect', 'format', 'formatWithOptions', 'isDeepStrictEqual'])],
]);
const INSPECTING_FUNCTIONS = new Set(['String', 'Boolean', 'Number', 'inspect', 'assert', 'expect', 'isNativeError']);

/**
 * True for calls that only look at their arguments: logging, `JSON.stringify`, `util.inspect`,
 * assertions. A value passed to them is still the caller's to release.
 */
export function isInspectingCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const path = memberPath(call.callee);
  if (!path) return false;
  if (path.length === 1) return INSPECTING_FUNCTIONS.has(path[0]!);
  const owner = path[0] === 'this' ? path[1]! : path.at(-2)!;
  const methods = INSPECTING_METHODS.get(owner);
  return methods !== undefined && (methods === null || methods.has(path.at(-1)!));
}
