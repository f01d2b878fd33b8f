import type * as ts from 'typescript';

import type { TSESTree } from '@typescript-eslint/utils';

import { guarded } from '../util/guard.js';
import type { TypeServices } from './services.js';
import { isOpaqueType } from './types.js';

/** The types `new C()` makes, for the right side of `x instanceof C`; undefined when unknown. */
export function instanceTypesOf(services: TypeServices, constructor: TSESTree.Node): ts.Type[] | undefined {
  return guarded(undefined, () => {
    const type = services.getType(constructor);
    if (!type || isOpaqueType(services.ts, type)) return undefined;
    const made = type.getConstructSignatures().map((signature) => signature.getReturnType());
    return made.length > 0 && !made.some((instance) => isOpaqueType(services.ts, instance)) ? made : undefined;
  });
}

/** `isError(x): x is Error` called as `call`: the argument it narrows and the type it narrows to. */
export function typePredicateOf(
  services: TypeServices,
  call: TSESTree.CallExpression,
): { readonly argument: number; readonly type: ts.Type } | undefined {
  return guarded(undefined, () => {
    const tsNode = services.parserServices.esTreeNodeToTSNodeMap.get(call);
    const signature = services.checker.getResolvedSignature(tsNode);
    const predicate = signature && services.checker.getTypePredicateOfSignature(signature);
    if (!predicate?.type || predicate.kind !== services.ts.TypePredicateKind.Identifier) return undefined;
    if (isOpaqueType(services.ts, predicate.type)) return undefined;
    return { argument: predicate.parameterIndex, type: predicate.type };
  });
}

/**
 * The members of `value`'s union type (as narrowed where `value` is written) split by whether
 * they have a property `name`: what `'name' in value` keeps on its true and its false side.
 */
export function splitByProperty(
  services: TypeServices,
  value: TSESTree.Node,
  name: string,
): { readonly with: ts.Type[]; readonly without: ts.Type[] } | undefined {
  return guarded(undefined, () => {
    const type = services.getType(value);
    if (!type || isOpaqueType(services.ts, type)) return undefined;
    const members = type.isUnion() ? type.types : [type];
    const split = { with: [] as ts.Type[], without: [] as ts.Type[] };
    for (const member of members) {
      if (isOpaqueType(services.ts, member)) return undefined;
      (member.getProperty(name) ? split.with : split.without).push(member);
    }
    return split;
  });
}

/** With types: the declared type of the variable `binding` names admits `null` or `undefined`. */
export function admitsNullish(services: TypeServices, binding: TSESTree.Identifier): boolean {
  return (
    guarded(undefined, () => {
      const type = services.getType(binding);
      if (!type) return false;
      const members = type.isUnion() ? type.types : [type];
      const nullish = services.ts.TypeFlags.Null | services.ts.TypeFlags.Undefined;
      return members.some((member) => (member.flags & nullish) !== 0);
    }) ?? false
  );
}
