import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import { codeMentions } from '../analysis/code-mentions.js';
import { declaredTypeOf } from '../analysis/declared-type.js';
import { mayImportModule } from '../analysis/module-names.js';
import type { FileContext } from '../analysis/context.js';
import type { ObjectShape, ShapeProperty } from '../analysis/object-shape.js';
import { heldValue } from '../analysis/held-values.js';
import { variableOf } from '../analysis/scope.js';
import type { TypeServices } from '../analysis/services.js';
import { packageReach } from '../analysis/package-reach.js';
import { isOpaqueType, matchType, type TypeSpecifier } from '../analysis/types.js';
import type { CalleeMatcher, InstanceModel } from '../clients/model.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';

/**
 * A configured instance the file shows being made: the config arguments of the factory calls
 * that made it, most specific first (`api2 = api.extend(b)` with `api = client.extend(a)` gives b, a),
 * and the bindings whose `defaults` property may be written to (`api.defaults.timeout = 5000`).
 */
export interface InstanceReading {
  readonly configs: readonly TSESTree.Node[];
  readonly bindings: readonly TSESTree.Identifier[];
}

const MAX_DEPTH = 8;

/** The instance `node` evaluates to, when the file shows it made by one of the model's factories. */
export function readInstance(
  node: TSESTree.Node,
  model: InstanceModel,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): InstanceReading | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.MemberExpression) {
    // A `const`, a `let` never reassigned, a class field or a memoising getter.
    const value = heldValue(inner, sourceCode);
    if (!value) return undefined;
    const reading = readInstance(value, model, sourceCode, depth + 1);
    const binding = inner.type === AST_NODE_TYPES.Identifier ? [inner] : [];
    return reading && { configs: reading.configs, bindings: [...binding, ...reading.bindings] };
  }
  if (inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTransparent(inner.callee);
  const origin = resolveImportOrigin(callee, sourceCode);
  for (const factory of model.factories) {
    if (!importOriginIs(origin, factory.modules, factory.path)) continue;
    // got.extend(a, b): every argument adds config, later ones win.
    return { configs: inner.arguments.slice(factory.configArgument).reverse(), bindings: [] };
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && model.deriveMethods.has(staticPropertyName(callee) ?? '')) {
    const base = readInstance(callee.object, model, sourceCode, depth + 1);
    if (!base) return undefined;
    return { configs: [...[...inner.arguments].reverse(), ...base.configs], bindings: base.bindings };
  }
  return undefined;
}

/** True when `call` is `matcher.method` on (or a call of) a configured instance of the client. */
export function isInstanceCall(
  call: TSESTree.CallExpression,
  matcher: Extract<CalleeMatcher, { kind: 'instance-call' }>,
  context: FileContext,
): boolean {
  const target = instanceTarget(call, matcher);
  if (!target) return false;
  if (context.services && typeMatches(context.services, target, matcher.instances.types)) return true;
  return (
    mayImportFactory(matcher.instances, context) &&
    readInstance(target, matcher.instances, context.sourceCode) !== undefined
  );
}

/**
 * `readInstance` ends at a factory imported by a module the file names in a string literal
 * (`import x from 'client'`, `require('client')`), or at a global the file names: a file whose code never names
 * one has no instance to read, and the walk through class fields and getters is not needed.
 */
function mayImportFactory(model: InstanceModel, context: FileContext): boolean {
  return model.factories.some((factory) =>
    factory.modules.some((module) => {
      // A global factory (`module` null) is reached by its global's name.
      if (module !== null) return mayImportModule(context, module);
      const global = factory.path[0];
      return global === undefined || codeMentions(context, global);
    }),
  );
}

/** The instance expression of an instance call: the receiver of `api.get()`, the callee of `api()`. */
export function instanceTarget(
  call: TSESTree.CallExpression,
  matcher: Extract<CalleeMatcher, { kind: 'instance-call' }>,
): TSESTree.Node | undefined {
  const callee = skipTransparent(call.callee);
  if (matcher.method === null) return callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== matcher.method)
    return undefined;
  return skipTransparent(callee.object);
}

/**
 * False when no value of the file can have one of the types: each is declared in a package the
 * file cannot see (`analysis/package-reach.ts`). Asked before the checker, which is the cost.
 */
export function mayHoldTypes(services: TypeServices, specifiers: readonly TypeSpecifier[]): boolean {
  return packageReach(services.ts, services.program, specifiers).reaches(services.sourceFile);
}

/** Calls are many and their types few: each type is matched against each specifier list once. */
const matches = new WeakMap<object, Map<readonly TypeSpecifier[], boolean>>();

export function typeMatches(
  services: TypeServices,
  node: TSESTree.Node,
  specifiers: readonly TypeSpecifier[],
): boolean {
  if (!mayHoldTypes(services, specifiers)) return false;
  // The declared type first: when it cannot be one of the types, no narrowing of it can.
  const declared = declaredTypeOf(services, node);
  if (declared && !isOpaqueType(services.ts, declared) && !matchesOnce(services, declared, specifiers)) return false;
  const type = services.getType(node);
  return type !== undefined && matchesOnce(services, type, specifiers);
}

function matchesOnce(services: TypeServices, type: ts.Type, specifiers: readonly TypeSpecifier[]): boolean {
  let byList = matches.get(type);
  if (!byList) matches.set(type, (byList = new Map()));
  let result = byList.get(specifiers);
  if (result === undefined) {
    result = matchType(services.program, services.checker, type, specifiers) !== undefined;
    byList.set(specifiers, result);
  }
  return result;
}

/**
 * Writes to `binding.<property>.<name>` anywhere in the file (`client.defaults.timeout = 5000`), as a
 * shape: what the instance's defaults hold besides its config.
 */
export function defaultsWrites(
  binding: TSESTree.Identifier,
  property: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ObjectShape {
  const properties = new Map<string, ShapeProperty[]>();
  for (const reference of variableOf(binding, sourceCode)?.references ?? []) {
    const outer = reference.identifier.parent;
    if (outer?.type !== AST_NODE_TYPES.MemberExpression || outer.object !== reference.identifier) continue;
    if (staticPropertyName(outer) !== property) continue;
    const member = outer.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) continue;
    const assignment = member.parent;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
    const name = staticPropertyName(member);
    if (name === undefined) continue;
    const list = properties.get(name) ?? [];
    list.push({ name, node: assignment, value: assignment.right, literal: undefined });
    properties.set(name, list);
  }
  return { properties, open: false };
}
