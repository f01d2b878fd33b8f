import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import { variableOf } from '../analysis/scope.js';
import { CANCELLATION } from '../clients/registry.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';

/** The global names of the controller constructors: `AbortController`. */
const GLOBAL_NAMES: ReadonlySet<string> = new Set(
  CANCELLATION.controllerConstructors
    .filter((path) => path.modules.includes(null) && path.path.length === 1)
    .map((path) => path.path[0]!),
);

/**
 * A controller constructor taken from an object an environment provides, where the import
 * origin cannot say what it is: `const { AbortController: Ctl = globalThis.AbortController } = env`,
 * `const Ctl = env.AbortController ?? AbortController`, `new options.AbortController()`. The
 * property's own name, or the default it falls back to, says it is one.
 */
export function controllerConstructorAlias(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = skipTransparent(callee);
  if (inner.type === AST_NODE_TYPES.MemberExpression) return GLOBAL_NAMES.has(staticPropertyName(inner) ?? '');
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(inner, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  // A pattern with a default writes its name twice in the declaration: count other writes only.
  if (definition?.type !== 'Variable') return false;
  if (variable!.references.some((reference) => reference.isWrite() && reference.identifier !== definition.name)) {
    return false;
  }
  const declarator = definition.node;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    return declarator.init ? namesController(declarator.init, sourceCode, 0) : false;
  }
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value;
    const bound = value.type === AST_NODE_TYPES.AssignmentPattern ? value.left : value;
    if (bound.type !== AST_NODE_TYPES.Identifier || bound.name !== inner.name) continue;
    if (GLOBAL_NAMES.has(staticPropertyName(property) ?? '')) return true;
    return value.type === AST_NODE_TYPES.AssignmentPattern && namesController(value.right, sourceCode, 0);
  }
  return false;
}

/** `AbortController`, `globalThis.AbortController`, `env.AbortController ?? AbortController`. */
function namesController(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  if (depth > 4) return false;
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.LogicalExpression && inner.operator !== '&&') {
    return namesController(inner.left, sourceCode, depth + 1) || namesController(inner.right, sourceCode, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return (
      namesController(inner.consequent, sourceCode, depth + 1) ||
      namesController(inner.alternate, sourceCode, depth + 1)
    );
  }
  if (inner.type === AST_NODE_TYPES.MemberExpression && GLOBAL_NAMES.has(staticPropertyName(inner) ?? '')) return true;
  const origin = resolveImportOrigin(inner, sourceCode);
  return CANCELLATION.controllerConstructors.some((path) => importOriginIs(origin, path.modules, path.path));
}
