import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, isFunctionNode, skipTransparent, staticPropertyName, type FunctionNode } from '../util/ast.js';
import { variableOf } from './scope.js';
import { importOriginIs, resolveImportOrigin } from './callee.js';
import { isInspectingCall } from './inspection.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from './value-uses.js';

/** The callback-style timer functions: the globals and `node:timers` (not `timers/promises`). */
const TIMER_MODULES: readonly (string | null)[] = [null, 'timers'];

/** Functions that cancel a pending timer given its handle (Node accepts either for either). */
const CLEAR_FUNCTIONS = ['clearTimeout', 'clearInterval'];

/** Methods of a Node `Timeout` that return the same handle. */
const CHAINING_METHODS = new Set(['unref', 'ref', 'refresh']);

/** Methods and properties of a handle that neither clear it nor hand it on. */
const NEUTRAL_MEMBERS = new Set(['hasRef', 'unref', 'ref', 'refresh']);

/** Handle methods that cancel the timer. */
const CLEARING_METHODS = new Set(['close']);

function isCallTo(
  call: TSESTree.CallExpression,
  names: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const name = calleeName(call);
  if (name === undefined || !names.includes(name)) return false;
  return importOriginIs(resolveImportOrigin(skipTransparent(call.callee), sourceCode), TIMER_MODULES, [name]);
}

/** `setTimeout(cb, ms)` from the globals or `node:timers`. */
export function isSetTimeoutCall(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return isCallTo(call, ['setTimeout'], sourceCode);
}

/** `clearTimeout(handle)` or `clearInterval(handle)` from the globals or `node:timers`. */
export function isClearTimerCall(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return isCallTo(call, CLEAR_FUNCTIONS, sourceCode);
}

/** What a `setTimeout` call's handle becomes. */
export interface TimerHandleFacts {
  /** Calls that clear the timer: `clearTimeout(t)`, `t.close()`, also inside closures. */
  readonly clears: TSESTree.Node[];
  /** The handle left the code's hands (returned, stored, passed): its receiver clears it. */
  readonly escaped: boolean;
  /** The variable the handle is kept in, when there is exactly one. */
  readonly binding: TSESTree.Identifier | undefined;
  /** Nothing keeps the handle: the timer can never be cleared. */
  readonly discarded: boolean;
  /** Uses that neither clear nor hand the handle on (`t.unref()`, `if (t)`, logging it). */
  readonly otherUses: TSESTree.Node[];
}

/** Where the handle returned by `call` (a `setTimeout`) goes, and where it is cleared. */
export function timerHandleFacts(
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TimerHandleFacts {
  const facts = {
    clears: [] as TSESTree.Node[],
    escaped: false,
    binding: undefined as TSESTree.Identifier | undefined,
    discarded: false,
    otherUses: [] as TSESTree.Node[],
  };
  const start = heldValue(chainedHandle(call));
  const parent = start.parent;
  let uses: Iterable<ValueUse>;
  if (
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === start &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    facts.binding = parent.id;
    uses = usesOfBinding(parent.id, sourceCode);
  } else if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.operator === '=' &&
    parent.right === start &&
    parent.left.type === AST_NODE_TYPES.Identifier
  ) {
    // `timer = setTimeout(...)`, also from inside a closure (a `new Promise` executor).
    const declared = declarationOf(parent.left, sourceCode);
    if (!declared) return { ...facts, escaped: true };
    facts.binding = declared;
    uses = usesOfBinding(declared, sourceCode);
  } else {
    uses = usesOfExpression(start, sourceCode);
  }
  let kept = false;
  for (const use of uses) {
    if (classifyHandleUse(use, facts, sourceCode, 0)) kept = true;
  }
  facts.discarded = !kept && facts.binding === undefined;
  const name = facts.binding?.name;
  if (name !== undefined) facts.clears = facts.clears.map((clear) => guardOf(clear, name));
  return facts;
}

/**
 * `if (timer) clearTimeout(timer)`, `timer && clearTimeout(timer)`: where the handle is unset the
 * timer was never armed, so the guarded clear counts as clearing on both branches; the guard is
 * the release site.
 */
function guardOf(clear: TSESTree.Node, name: string): TSESTree.Node {
  let current = clear;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return clear;
    if (
      (parent.type === AST_NODE_TYPES.ExpressionStatement && parent.expression === current) ||
      (parent.type === AST_NODE_TYPES.BlockStatement && parent.body.length === 1)
    ) {
      current = parent;
      continue;
    }
    if (
      parent.type === AST_NODE_TYPES.IfStatement &&
      parent.consequent === current &&
      !parent.alternate &&
      testsHandle(parent.test, name)
    ) {
      return parent;
    }
    if (
      parent.type === AST_NODE_TYPES.LogicalExpression &&
      parent.operator === '&&' &&
      parent.right === current &&
      testsHandle(parent.left, name)
    ) {
      return parent;
    }
    return clear;
  }
}

/** `timer`, `timer !== undefined`, `timer != null`: a test that the handle is set. */
function testsHandle(test: TSESTree.Node, name: string): boolean {
  const isHandle = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.Identifier && node.name === name;
  if (isHandle(test)) return true;
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '!==' && test.operator !== '!='))
    return false;
  const isUnset = (node: TSESTree.Node) =>
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
  return (isHandle(test.left) && isUnset(test.right)) || (isHandle(test.right) && isUnset(test.left));
}

/** `ms > 0 ? setTimeout(...) : undefined`, `setTimeout(...) as Timer`: what is kept is still the handle. */
function heldValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return current;
    const passesThrough =
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression;
    if (!passesThrough) return current;
    current = parent;
  }
}

/** `setTimeout(...).unref()` is still the handle. */
function chainedHandle(call: TSESTree.CallExpression): TSESTree.Node {
  let node: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === node &&
      CHAINING_METHODS.has(staticPropertyName(parent) ?? '') &&
      parent.parent.type === AST_NODE_TYPES.CallExpression &&
      parent.parent.callee === parent
    ) {
      node = parent.parent;
      continue;
    }
    if (
      parent &&
      (parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression)
    ) {
      node = parent;
      continue;
    }
    return node;
  }
}

/** Returns true when the use keeps the handle (anything but discarding it). */
function classifyHandleUse(
  use: ValueUse,
  facts: { clears: TSESTree.Node[]; escaped: boolean; otherUses: TSESTree.Node[] },
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  switch (use.kind) {
    case 'discarded':
      return false;
    case 'inspected':
    case 'awaited':
      facts.otherUses.push(use.node);
      return true;
    case 'call-argument':
      if (
        use.call.type === AST_NODE_TYPES.CallExpression &&
        use.index === 0 &&
        isClearTimerCall(use.call, sourceCode)
      ) {
        facts.clears.push(use.call);
      } else if (isInspectingCall(use.call)) {
        facts.otherUses.push(use.node);
      } else {
        facts.escaped = true;
      }
      return true;
    case 'member': {
      const property = use.property ?? '';
      const call = use.node.parent;
      const called = call.type === AST_NODE_TYPES.CallExpression && call.callee === use.node;
      if (CLEARING_METHODS.has(property) && called) facts.clears.push(call);
      else if (NEUTRAL_MEMBERS.has(property)) facts.otherUses.push(use.node);
      else facts.escaped = true;
      return true;
    }
    case 'captured': {
      if (depth > 4) {
        facts.escaped = true;
        return true;
      }
      for (const inner of usesOfExpression(use.node, sourceCode))
        classifyHandleUse(inner, facts, sourceCode, depth + 1);
      return true;
    }
    case 'returned':
      // The value an executor of `new Promise(...)` returns is ignored.
      if (isPromiseExecutorBody(use.node, sourceCode)) return false;
      facts.escaped = true;
      return true;
    default:
      facts.escaped = true;
      return true;
  }
}

function isPromiseExecutorBody(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const executor = node.parent;
  if (executor?.type !== AST_NODE_TYPES.ArrowFunctionExpression || executor.body !== node) return false;
  const promise = executor.parent;
  return (
    promise.type === AST_NODE_TYPES.NewExpression &&
    promise.arguments[0] === executor &&
    importOriginIs(resolveImportOrigin(promise.callee, sourceCode), [null], ['Promise'])
  );
}

function declarationOf(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Identifier | undefined {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.name.type !== AST_NODE_TYPES.Identifier) return undefined;
  return definition.name;
}

/** The function a timer runs: a function passed directly, or `f.bind(...)`'s target member. */
export type TimerCallback =
  | { readonly kind: 'function'; readonly node: FunctionNode }
  /** `setTimeout(reject, ms)` or `setTimeout(c.abort.bind(c), ms)`: the callee that runs. */
  | { readonly kind: 'reference'; readonly node: TSESTree.Expression };

export function timerCallback(call: TSESTree.CallExpression): TimerCallback | undefined {
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const callback = skipTransparent(first);
  if (isFunctionNode(callback)) return { kind: 'function', node: callback };
  if (
    callback.type === AST_NODE_TYPES.CallExpression &&
    callback.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callback.callee) === 'bind'
  ) {
    return { kind: 'reference', node: callback.callee.object };
  }
  if (callback.type === AST_NODE_TYPES.Identifier || callback.type === AST_NODE_TYPES.MemberExpression) {
    return { kind: 'reference', node: callback };
  }
  return undefined;
}

/**
 * The calls a timer callback makes when it fires: each callee it calls directly in its body
 * (not in nested functions), or the referenced function itself.
 */
export function calleesRunByTimer(callback: TimerCallback): TSESTree.Node[] {
  if (callback.kind === 'reference') return [callback.node];
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression) found.push(skipTransparent(node.callee));
    for (const key of Object.keys(node) as (keyof typeof node)[]) {
      if (key === 'parent') continue;
      const value = node[key] as unknown;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (
          child &&
          typeof child === 'object' &&
          typeof (child as TSESTree.Node).type === 'string' &&
          !isFunctionNode(child as TSESTree.Node)
        ) {
          visit(child as TSESTree.Node);
        }
      }
    }
  };
  visit(callback.node.body);
  return found;
}

/**
 * `new Promise((resolve, reject) => ...)` whose executor encloses `node`: the promise and the
 * executor's `reject` parameter.
 */
export function enclosingPromiseExecutor(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
):
  | { readonly promise: TSESTree.NewExpression; readonly executor: FunctionNode; readonly reject: TSESTree.Identifier }
  | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const parent = current.parent;
    if (
      parent?.type === AST_NODE_TYPES.NewExpression &&
      parent.arguments[0] === current &&
      importOriginIs(resolveImportOrigin(parent.callee, sourceCode), [null], ['Promise'])
    ) {
      const reject = current.params[1];
      return reject?.type === AST_NODE_TYPES.Identifier ? { promise: parent, executor: current, reject } : undefined;
    }
  }
  return undefined;
}

/**
 * The `Promise.race([...])` calls a promise is an element of, directly or through variables;
 * undefined when it goes anywhere else too.
 */
export function racesOf(
  promise: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression[] | undefined {
  const races: TSESTree.CallExpression[] = [];
  for (const use of usesOfExpression(promise, sourceCode)) {
    if (use.kind === 'inspected' || use.kind === 'awaited') continue;
    const race = use.kind === 'stored' ? raceHolding(use.node, sourceCode) : undefined;
    if (!race) return undefined;
    races.push(race);
  }
  return races;
}

function raceHolding(
  element: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression | undefined {
  const array = element.parent;
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const call = array.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== array) return undefined;
  return importOriginIs(resolveImportOrigin(call.callee, sourceCode), [null], ['Promise', 'race']) ? call : undefined;
}
