import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, forEachChild, isFunctionNode, isLoopStatement, isTransparentWrapper } from '../util/ast.js';
import { variableOf } from './scope.js';
import { usesOfExpression, type ValueUse } from './value-uses.js';

/** Where the value of one assignment to a variable goes, read by read. */
type AssignmentReads =
  /** The variable is exported: other modules read whatever it holds. */
  { readonly kind: 'exported' } | { readonly kind: 'reads'; readonly name: string; readonly uses: Iterable<ValueUse> };

/**
 * `x = value`, where `x` is declared elsewhere with a value of its own: the uses of the reads of
 * `x` that can run after this assignment. A read in the code that declares `x` (not in a closure)
 * that runs before the assignment in its own code, or before anything at all could call the
 * closure holding the assignment, only ever sees an earlier value. Every other read may see this one.
 */
export function readsSeeingAssignment(
  value: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): AssignmentReads | undefined {
  let node = value;
  while (node.parent && isTransparentWrapper(node.parent, node)) node = node.parent;
  const assignment = node.parent;
  if (
    assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.operator !== '=' ||
    assignment.right !== node ||
    assignment.left.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  const variable = variableOf(assignment.left, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declarator = definition.node;
  if (declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return { kind: 'exported' };
  const references = variable!.references;
  if (references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier)) {
    return { kind: 'exported' };
  }
  const home = variable!.scope.variableScope.block;
  const reads = references
    .filter((reference) => reference.isRead() && reference.identifier !== assignment.left)
    .map((reference) => reference.identifier)
    .filter(
      (read): read is TSESTree.Identifier =>
        read.type === AST_NODE_TYPES.Identifier && maySee(read, assignment, declarator, home),
    );
  return {
    kind: 'reads',
    name: assignment.left.name,
    uses: (function* () {
      for (const read of reads) yield* usesOfExpression(read, sourceCode);
    })(),
  };
}

function maySee(
  read: TSESTree.Identifier,
  write: TSESTree.AssignmentExpression,
  declarator: TSESTree.VariableDeclarator,
  home: TSESTree.Node,
): boolean {
  const homeFunction = isFunctionNode(home) ? home : undefined;
  if (enclosingFunction(read) !== homeFunction || inClassBody(read, home) || inLoop(read, home)) return true;
  if (enclosingFunction(write) === homeFunction) return read.range[0] > write.range[0];
  // The write is in a closure: nothing may have called it yet when nothing ran since the declaration.
  return runsCode(home, declarator.range[1], read.range[0]);
}

function inLoop(node: TSESTree.Node, home: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== home; current = current.parent) {
    if (isLoopStatement(current)) return true;
  }
  return false;
}

function inClassBody(node: TSESTree.Node, home: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== home; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return true;
  }
  return false;
}

/** Whether `home`'s own code between `from` and `to` may run other code (a call, `await`, `yield`). */
function runsCode(home: TSESTree.Node, from: number, to: number): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found || node.range[1] <= from || node.range[0] >= to) return;
    if (node !== home && isFunctionNode(node)) return;
    if (node.range[0] >= from && node.range[1] <= to && RUNS_CODE.has(node.type)) {
      found = true;
      return;
    }
    forEachChild(node, visit);
  };
  visit(home);
  return found;
}

const RUNS_CODE: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
]);
