import type { TSESTree } from '@typescript-eslint/utils';

import { memberPath } from '../util/ast.js';

const INSPECTING_OBJECTS = new Set(['console', 'JSON', 'util', 'assert', 'logger', 'log']);
const INSPECTING_FUNCTIONS = new Set(['String', 'Boolean', 'Number', 'inspect', 'assert', 'expect', 'isNativeError']);

/**
 * True for calls that only look at their arguments: logging, `JSON.stringify`, assertions.
 * A value passed to them is still the caller's to release.
 */
export function isInspectingCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const path = memberPath(call.callee);
  if (!path) return false;
  if (path.length === 1) return INSPECTING_FUNCTIONS.has(path[0]!);
  return INSPECTING_OBJECTS.has(path.at(-2)!) || (path[0] === 'this' && INSPECTING_OBJECTS.has(path[1]!));
}
