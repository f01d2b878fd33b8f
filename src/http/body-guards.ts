import type * as ts from 'typescript';

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { LeafFact } from '../analysis/conditions.js';
import { instanceTypesOf, splitByProperty, typePredicateOf } from '../analysis/narrowing.js';
import type { TypeServices } from '../analysis/services.js';
import type { ResponseModel, StreamModel } from '../clients/model.js';
import { isTransparentWrapper, referenceName, skipTransparent, staticPropertyName, staticString } from '../util/ast.js';

/**
 * Tests that show there is no body to release where they hold: the response is not there at all
 * (`res instanceof Error`, `res === null`, a type predicate), its status carries no body (204, 205,
 * 304), its `content-length` is 0, or the body is already read or held by a reader.
 */

/** A condition's leaf about one response, and on which side of it there is nothing to release. */
export interface GuardLeaf {
  readonly node: TSESTree.Node;
  readonly fact: LeafFact;
  /** A status comparison: where it cannot be placed, the rule says nothing (as before). */
  readonly status?: boolean;
}

const WHEN_TRUE: LeafFact = { whenTrue: true, whenFalse: false };
const WHEN_FALSE: LeafFact = { whenTrue: false, whenFalse: true };
const NO_BODY_STATUSES = new Set([204, 205, 304]);
const EQUALITY = new Set(['===', '==', '!==', '!=']);

/** What a type is, as far as the guards need: a response to release or not. */
export type IsResponseType = (type: ts.Type) => boolean;

/** A test on the response value itself (`value` is the response expression, wrappers included). */
export function responseTestLeaf(
  value: TSESTree.Node,
  services: TypeServices | undefined,
  isResponse: IsResponseType,
): GuardLeaf | undefined {
  const parent = value.parent;
  if (!parent) return undefined;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) {
    if (parent.operator === 'instanceof' && parent.left === value) {
      const fact = instanceofFact(parent.right, services, isResponse);
      return fact && { node: parent, fact };
    }
    if (parent.operator === 'in' && parent.right === value && services) {
      const name = staticString(parent.left);
      const split = name === undefined ? undefined : splitByProperty(services, value, name);
      if (!split) return undefined;
      const withResponse = split.with.some(isResponse);
      const withoutResponse = split.without.some(isResponse);
      if (withResponse === withoutResponse) return undefined;
      return { node: parent, fact: withResponse ? WHEN_FALSE : WHEN_TRUE };
    }
    if (EQUALITY.has(parent.operator)) {
      const other = parent.left === value ? parent.right : parent.left;
      if (!isNullish(other)) return undefined;
      return { node: parent, fact: equalityFact(parent.operator, true) };
    }
    return undefined;
  }
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof') {
    const comparison = parent.parent;
    if (comparison?.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY.has(comparison.operator)) return undefined;
    const tag = staticString(comparison.left === parent ? comparison.right : comparison.left);
    if (tag === undefined) return undefined;
    // A response is an object: `typeof res === 'string'` is false for it, `=== 'object'` true.
    return { node: comparison, fact: equalityFact(comparison.operator, tag !== 'object') };
  }
  return isTruthinessTest(value) ? { node: value, fact: WHEN_FALSE } : undefined;
}

/** `isError(res)`: a type predicate that narrows the response away on one side. */
export function predicateLeaf(
  call: TSESTree.CallExpression,
  index: number,
  services: TypeServices | undefined,
  isResponse: IsResponseType,
): GuardLeaf | undefined {
  const predicate = services && typePredicateOf(services, call);
  if (!predicate || predicate.argument !== index) return undefined;
  const narrowed = predicate.type.isUnion() ? predicate.type.types : [predicate.type];
  if (!narrowed.some(isResponse)) return { node: call, fact: WHEN_TRUE };
  return narrowed.every(isResponse) ? { node: call, fact: WHEN_FALSE } : undefined;
}

/** `res.status === 204`, `status !== 304`, `!res.status`: `status` is the status expression. */
export function statusLeaf(status: TSESTree.Node): GuardLeaf | undefined {
  // `!res.status`: no status is an opaque or error response (status 0, no body), and a Node.js
  // client response always has one, so that side holds nothing to release.
  if (isTruthinessTest(status)) return { node: status, fact: WHEN_FALSE, status: true };
  const comparison = status.parent;
  if (comparison?.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY.has(comparison.operator)) return undefined;
  const other = comparison.left === status ? comparison.right : comparison.left;
  if (!NO_BODY_STATUSES.has(numberValue(other))) return undefined;
  return { node: comparison, fact: equalityFact(comparison.operator, true), status: true };
}

/** `res.bodyUsed`: `member` is the member expression reading a model's used flag. */
export function usedFlagLeaf(member: TSESTree.MemberExpression, model: ResponseModel): GuardLeaf | undefined {
  if (!model.usedFlag || staticPropertyName(member) !== model.usedFlag) return undefined;
  const node = outermost(member);
  return isTruthinessTest(node) ? { node, fact: WHEN_TRUE } : undefined;
}

/** `!res.body`, `res.body === null`, `res.body?.locked`: `body` is the body expression. */
export function bodyStateLeaf(body: TSESTree.Node, stream: StreamModel): GuardLeaf | undefined {
  const parent = body.parent;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === body &&
    stream.lockedFlag &&
    staticPropertyName(parent) === stream.lockedFlag
  ) {
    const node = outermost(parent);
    return isTruthinessTest(node) ? { node, fact: WHEN_TRUE } : undefined;
  }
  if (parent?.type === AST_NODE_TYPES.BinaryExpression && EQUALITY.has(parent.operator)) {
    const other = parent.left === body ? parent.right : parent.left;
    return isNullish(other) ? { node: parent, fact: equalityFact(parent.operator, true) } : undefined;
  }
  return isTruthinessTest(body) ? { node: body, fact: WHEN_FALSE } : undefined;
}

/**
 * `res.headers.get('content-length') === '0'` or `res.headers['content-length'] === '0'`:
 * `headers` is the member expression reading the response's headers.
 */
export function contentLengthLeaf(headers: TSESTree.MemberExpression): GuardLeaf | undefined {
  if (staticPropertyName(headers) !== 'headers') return undefined;
  let read: TSESTree.Node | undefined;
  const parent = outermost(headers).parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outermost(headers)) {
    const name = staticPropertyName(parent);
    if (name?.toLowerCase() === 'content-length') read = parent;
    const call = outermost(parent).parent;
    if (
      name === 'get' &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee === outermost(parent) &&
      staticString(call.arguments[0])?.toLowerCase() === 'content-length'
    ) {
      read = call;
    }
  }
  if (!read) return undefined;
  const value = outermost(read);
  const comparison = value.parent;
  if (comparison?.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY.has(comparison.operator)) return undefined;
  const other = skipTransparent(comparison.left === value ? comparison.right : comparison.left);
  if (other.type !== AST_NODE_TYPES.Literal || (other.value !== '0' && other.value !== 0)) return undefined;
  return { node: comparison, fact: equalityFact(comparison.operator, true) };
}

/** `x instanceof C`: with types, by what `new C()` makes; without, an `...Error` class is no response. */
function instanceofFact(
  constructor: TSESTree.Node,
  services: TypeServices | undefined,
  isResponse: IsResponseType,
): LeafFact | undefined {
  const made = services && instanceTypesOf(services, constructor);
  if (made) {
    if (!made.some(isResponse)) return WHEN_TRUE;
    return made.every(isResponse) ? WHEN_FALSE : undefined;
  }
  const name = referenceName(constructor);
  return name !== undefined && /Error$/.test(name) ? WHEN_TRUE : undefined;
}

/** For `a === b` (or `!==`), given what the equality holding shows. */
function equalityFact(operator: string, shownWhenEqual: boolean): LeafFact {
  const equal = operator === '===' || operator === '==';
  const whenTrue = equal === shownWhenEqual;
  return { whenTrue, whenFalse: !whenTrue };
}

function isNullish(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  return (
    (inner.type === AST_NODE_TYPES.Literal && inner.value === null) ||
    (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined')
  );
}

/** A value tested for truthiness: `!x`, `x && ...`, `if (x)`, `x ? a : b`. */
function isTruthinessTest(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator !== '??';
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node;
    default:
      return false;
  }
}

function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isTransparentWrapper(current.parent, current)) current = current.parent;
  return current;
}

function numberValue(node: TSESTree.Node | null | undefined): number {
  const inner = node && skipTransparent(node);
  return inner?.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' ? inner.value : Number.NaN;
}
