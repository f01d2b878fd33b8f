import type * as ts from 'typescript';

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent } from '../util/ast.js';
import { guarded } from '../util/guard.js';
import type { TypeServices } from './services.js';

/**
 * The type of the value `new X(...)` makes. When `X` names a class, that is the class's declared
 * type (or an instantiation of it, which type matching follows to the same declaration): the checker
 * answers from the name's symbol and caches the type per class, where the type of the `new`
 * expression resolves the constructor call, arguments and inference included, on every query.
 */
export function constructedType(services: TypeServices, node: TSESTree.NewExpression): ts.Type | undefined {
  const callee = skipTransparent(node.callee);
  const named =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee
      : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed
        ? callee.property
        : undefined;
  const declared = named && guarded(undefined, () => declaredClassType(services, named));
  return declared ?? services.getType(node);
}

function declaredClassType(services: TypeServices, named: TSESTree.Node): ts.Type | undefined {
  const { SymbolFlags } = services.ts;
  let symbol = services.getSymbol(named);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = services.checker.getAliasedSymbol(symbol);
  if (!symbol || !(symbol.flags & SymbolFlags.Class)) return undefined;
  // A class merged with a variable or property may be constructed as something else.
  if (symbol.flags & (SymbolFlags.Variable | SymbolFlags.Property | SymbolFlags.Accessor)) return undefined;
  return services.checker.getDeclaredTypeOfSymbol(symbol);
}
