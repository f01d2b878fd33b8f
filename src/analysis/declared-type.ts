import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { guarded } from '../util/guard.js';
import type { TypeServices } from './services.js';

const MAX_DEPTH = 8;

/**
 * The type a reference is declared with, before control-flow narrowing: for an identifier its
 * symbol's type, for `a.b` the property `b` of `a`'s declared type, for `this` the class.
 *
 * Narrowing only removes members of a union, so the type the checker gives the expression at that
 * place is within this one, unless it was narrowed out of `any` or `unknown` (the caller asks the
 * checker then). It is cheap where the type at a location is not: a symbol's type is computed once
 * and cached, while the type at a location runs the flow analysis back through the function for
 * every reference, receiver chain included. Undefined where it cannot say (a call, an element
 * access, an index signature, a union whose members do not all have the property).
 */
export function declaredTypeOf(services: TypeServices, node: TSESTree.Node, depth = 0): ts.Type | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipTransparent(node);
  const { checker } = services;
  if (inner.type === AST_NODE_TYPES.ThisExpression) return services.getType(inner);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const symbol = services.getSymbol(inner);
    if (!symbol) return undefined;
    return guarded(undefined, () => {
      const target = symbol.flags & services.ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return checker.getTypeOfSymbol(target);
    });
  }
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.property.type === AST_NODE_TYPES.PrivateIdentifier) {
    return undefined;
  }
  const name = staticPropertyName(inner);
  if (name === undefined) return undefined;
  const object = declaredTypeOf(services, inner.object, depth + 1);
  if (!object) return undefined;
  // A member of `any` is `any`: the caller asks the checker, as for any opaque type.
  if (object.flags & (services.ts.TypeFlags.Any | services.ts.TypeFlags.Unknown)) return object;
  return guarded(undefined, () => {
    const apparent = checker.getApparentType(checker.getNonNullableType(object));
    const property = checker.getPropertyOfType(apparent, name);
    return property && checker.getTypeOfSymbol(property);
  });
}

/**
 * What a call can return, from its callee's declared type: the return types of its call
 * signatures, when each is written out. Undefined where that is not all the call can return or not
 * cheap to know: a callee whose declared type is unknown or opaque, with no call signature, with a
 * generic one (its type arguments, inferred at the call, may make it return anything:
 * `retry(() => fetch(url))`), or with one whose return type is inferred from its body.
 */
export function declaredReturnTypes(services: TypeServices, callee: TSESTree.Node): readonly ts.Type[] | undefined {
  const type = declaredTypeOf(services, callee);
  if (!type || type.flags & (services.ts.TypeFlags.Any | services.ts.TypeFlags.Unknown)) return undefined;
  return guarded(undefined, () => {
    const signatures = services.checker.getSignaturesOfType(
      services.checker.getNonNullableType(type),
      services.ts.SignatureKind.Call,
    );
    // A return type left to inference costs a check of the function's body: the call's own type is no dearer.
    const declared = (signature: ts.Signature) =>
      !signature.typeParameters?.length &&
      signature.declaration !== undefined &&
      signature.declaration.type !== undefined;
    if (signatures.length === 0 || !signatures.every(declared)) return undefined;
    return signatures.map((signature) => services.checker.getReturnTypeOfSignature(signature));
  });
}
