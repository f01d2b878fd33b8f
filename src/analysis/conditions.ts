import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isTransparentWrapper } from '../util/ast.js';

/** What a condition's leaf says about a fact: the fact holds when the leaf is true, or when it is false. */
export interface LeafFact {
  readonly whenTrue: boolean;
  readonly whenFalse: boolean;
}

/**
 * The outermost test that holds `leaf`: up through `!`, `&&`, `||` and transparent wrappers
 * (`res.body?.locked`, `x as T`).
 */
export function conditionRoot(leaf: TSESTree.Node): TSESTree.Node {
  let node = leaf;
  for (;;) {
    const parent = node.parent;
    if (!parent) return node;
    if (
      isTransparentWrapper(parent, node) ||
      (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??')
    ) {
      node = parent;
      continue;
    }
    return node;
  }
}

/** True when `condition` evaluating to `outcome` shows the fact holds, given what each leaf shows. */
export function implies(
  condition: TSESTree.Node,
  outcome: boolean,
  leafFact: (node: TSESTree.Node) => LeafFact | undefined,
): boolean {
  const fact = leafFact(condition);
  if (fact && (outcome ? fact.whenTrue : fact.whenFalse)) return true;
  switch (condition.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return condition.operator === '!' && implies(condition.argument, !outcome, leafFact);
    case AST_NODE_TYPES.LogicalExpression: {
      if (condition.operator === '??') return false;
      const left = implies(condition.left, outcome, leafFact);
      const right = implies(condition.right, outcome, leafFact);
      // `a && b` is true only when both are; `a || b` is false only when both are.
      return (condition.operator === '&&') === outcome ? left || right : left && right;
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.ChainExpression:
      return implies(condition.expression, outcome, leafFact);
    default:
      return false;
  }
}

/**
 * The nodes that run only when the test `root` had `outcome`: the branch of its `if` or `?:`, or,
 * for an `if` whose other branch always jumps away, the statement after it. `undefined` when the
 * test decides no branch that can be named (it is stored, returned, or the `if` is the block's last
 * statement).
 */
export function branchWhere(root: TSESTree.Node, outcome: boolean): TSESTree.Node | undefined {
  const holder = root.parent;
  if (holder?.type === AST_NODE_TYPES.ConditionalExpression && holder.test === root) {
    return outcome ? holder.consequent : holder.alternate;
  }
  if (holder?.type !== AST_NODE_TYPES.IfStatement || holder.test !== root) return undefined;
  const branch = outcome ? holder.consequent : holder.alternate;
  if (branch) return branch;
  // `if (!cond) throw ...; rest`: the rest runs only when the condition held.
  const other = outcome ? holder.alternate : holder.consequent;
  if (!other || !alwaysJumps(other)) return undefined;
  const parent = holder.parent;
  if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program) return undefined;
  const body = parent.body as TSESTree.Node[];
  return body[body.indexOf(holder) + 1];
}

/** A statement whose last step is a `return`, `throw`, `break` or `continue`. */
function alwaysJumps(statement: TSESTree.Node): boolean {
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
  return (
    last?.type === AST_NODE_TYPES.ReturnStatement ||
    last?.type === AST_NODE_TYPES.ThrowStatement ||
    last?.type === AST_NODE_TYPES.BreakStatement ||
    last?.type === AST_NODE_TYPES.ContinueStatement
  );
}
