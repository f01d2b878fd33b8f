import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, skipTransparent, type FunctionNode } from '../util/ast.js';
import { guarded } from '../util/guard.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The variable an identifier (a reference or a declaration) names, or undefined. Never throws. */
export function variableOf(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): TSESLint.Scope.Variable | undefined {
  return guarded(undefined, () => ASTUtils.findVariable(sourceCode.getScope(identifier), identifier) ?? undefined);
}

/** The initialiser of the `const` an identifier names, when it has exactly one declaration. */
export function constInitializer(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): TSESTree.Expression | undefined {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.node.parent.kind !== 'const' || !definition.node.init)
    return undefined;
  if (definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return skipTransparent(definition.node.init) as TSESTree.Expression;
}

/** True when `node` lies inside the scope that declares `variable`, where its name can be written. */
export function isInScopeOf(variable: TSESLint.Scope.Variable, node: TSESTree.Node): boolean {
  const block = variable.scope.block;
  return block.range[0] <= node.range[0] && node.range[1] <= block.range[1];
}

/** True when the variable is written more than once (its declaration counts as one write). */
export function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.filter((reference) => reference.isWrite()).length > 1;
}

/**
 * The function an identifier names in this file: a function declaration, or a variable initialised
 * with a function and never reassigned.
 */
export function localFunctionOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): FunctionNode | undefined {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'FunctionName' && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type !== 'Variable' || isReassigned(variable!)) return undefined;
  const init = definition.node.init && skipTransparent(definition.node.init);
  return isFunctionNode(init) ? init : undefined;
}
