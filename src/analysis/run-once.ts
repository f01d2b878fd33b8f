import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  enclosingFunction,
  type FunctionNode,
  isLoopStatement,
  isTransparentWrapper,
  memberPath,
  staticPropertyName,
} from '../util/ast.js';
import { variableOf } from './scope.js';

/**
 * True when `fn` runs once per process (or per test) by what the code shows: its name is one of
 * `names` (`main`), it is called right away at module level (an IIFE), it is a test or hook
 * callback (`it('...', fn)`, `beforeEach(fn)`, tap's `t.test('...', fn)`), or it is a
 * module-level function that is not exported and is called exactly once, from module level,
 * outside any loop.
 */
export function runsOnce(
  fn: FunctionNode,
  sourceCode: Readonly<TSESLint.SourceCode>,
  names: ReadonlySet<string>,
): boolean {
  const name = functionName(fn);
  if (name !== undefined && names.has(name)) return true;
  if (isModuleLevelIife(fn) || isTestCallback(fn)) return true;
  return isCalledOnceFromModuleLevel(fn, sourceCode);
}

/** True when a loop lies between `node` and `fn` (or the module, when `fn` is undefined). */
export function inLoopWithin(node: TSESTree.Node, fn: TSESTree.Node | undefined): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (isLoopStatement(current)) return true;
  }
  return false;
}

/** The name a function is known by: its own, its variable's, its method's or property's. */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return staticPropertyName(parent);
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = parent.left;
      if (left.type === AST_NODE_TYPES.Identifier) return left.name;
      return left.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(left) : undefined;
    }
    default:
      return undefined;
  }
}

const TEST_FUNCTIONS = new Set([
  'it',
  'test',
  'describe',
  'suite',
  'before',
  'beforeAll',
  'beforeEach',
  'after',
  'afterAll',
  'afterEach',
]);

/** A callback passed to a test framework's test or hook function (`it.only`, `test.serial` too). */
function isTestCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument))
    return false;
  const path = memberPath(call.callee);
  if (!path) return false;
  return TEST_FUNCTIONS.has(path[0]!) || (path.length === 2 && path[1] === 'test');
}

function isModuleLevelIife(fn: FunctionNode): boolean {
  let node: TSESTree.Node = fn;
  while (node.parent && isTransparentWrapper(node.parent, node)) node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== node) return false;
  return enclosingFunction(parent) === undefined && !inLoopWithin(parent, undefined);
}

function isCalledOnceFromModuleLevel(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const binding = moduleLevelBinding(fn);
  if (!binding) return false;
  const variable = variableOf(binding, sourceCode);
  if (!variable) return false;
  const reads = variable.references.filter((reference) => reference.identifier !== binding && reference.isRead());
  if (reads.length !== 1) return false;
  const identifier = reads[0]!.identifier;
  const call = identifier.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return false;
  return enclosingFunction(call) === undefined && !inLoopWithin(call, undefined);
}

/** The identifier naming a module-level, unexported function declaration or `const f = () => {}`. */
function moduleLevelBinding(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return fn.parent.type === AST_NODE_TYPES.Program && fn.id ? fn.id : undefined;
  }
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn) return undefined;
  const declaration = declarator.parent;
  if (declaration.parent.type !== AST_NODE_TYPES.Program || declaration.kind !== 'const') return undefined;
  return declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id : undefined;
}
