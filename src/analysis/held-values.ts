import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { forEachChild, skipTransparent, staticPropertyName } from '../util/ast.js';
import { guarded } from '../util/guard.js';
import { variableOf } from './scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * The one value a name or a class member holds, as the file shows it made:
 * - a `const`; a `let` (or `var`) never reassigned, or declared bare and assigned once;
 * - a class field (`this.http`, `this.#http`, `Client.http` for a static one): its initialiser or
 *   its one assignment in the class, `??=` and `if (!this.x) this.x = ...` included;
 * - a getter that returns such a field (`get http() { return (this.#http ??= make()); }`).
 *
 * Undefined when the value may be replaced, or when the class hands the member out or reads it as
 * anything but a call on it or a test (`this.http.defaults.timeout = 0`, `configure(this.http)`):
 * then something the file does not show may change what it holds. Never throws.
 */
export function heldValue(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  return guarded(undefined, () => {
    const inner = skipTransparent(node);
    if (inner.type === AST_NODE_TYPES.Identifier) return bindingValue(inner, sourceCode);
    if (inner.type === AST_NODE_TYPES.MemberExpression) return memberValue(inner, sourceCode, new Set());
    return undefined;
  });
}

function bindingValue(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | undefined {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.declare) return undefined;
  const loop = declarator.parent.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return undefined;
  const writes = variable!.references.filter(
    (reference) => reference.isWrite() && reference.identifier !== declarator.id,
  );
  if (declarator.init) return writes.length === 0 ? skipTransparent(declarator.init) : undefined;
  if (writes.length !== 1) return undefined;
  const assignment = writes[0]!.identifier.parent;
  return assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.operator === '=' &&
    assignment.left === writes[0]!.identifier
    ? skipTransparent(assignment.right)
    : undefined;
}

/** A member of a class seen from inside it (`this.x`) or by the class's name (`Client.x`). */
interface ClassMember {
  readonly owner: ClassNode;
  readonly name: string;
  readonly isStatic: boolean;
}

function memberValue(
  member: TSESTree.MemberExpression,
  sourceCode: SourceCode,
  seen: Set<string>,
): TSESTree.Node | undefined {
  const target = classMemberOf(member, sourceCode);
  if (!target) return undefined;
  const key = `${target.isStatic ? 'static ' : ''}${target.name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const values: TSESTree.Node[] = [];
  for (const element of target.owner.body.body) {
    if (element.type === AST_NODE_TYPES.StaticBlock || element.static !== target.isStatic) continue;
    if (elementName(element) !== target.name) continue;
    if (element.type === AST_NODE_TYPES.PropertyDefinition) {
      if (element.value) values.push(element.value);
    } else if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'get') {
      const returned = soleReturn(element.value);
      if (!returned) return undefined;
      values.push(returned);
    } else {
      return undefined;
    }
  }
  const uses = memberUses(target, sourceCode);
  if (!uses) return undefined;
  values.push(...uses.writes);
  if (values.length !== 1) return undefined;
  // A getter returning a memoised field: the field's value.
  const value = skipTransparent(values[0]!);
  if (value.type === AST_NODE_TYPES.AssignmentExpression) return memoised(value, target, sourceCode, seen);
  if (value.type === AST_NODE_TYPES.MemberExpression && classMemberOf(value, sourceCode)?.owner === target.owner)
    return memberValue(value, sourceCode, seen);
  return value;
}

/** `this.#http ??= make()` returned by a getter: `make()`, when it is the field's only write. */
function memoised(
  assignment: TSESTree.AssignmentExpression,
  getter: ClassMember,
  sourceCode: SourceCode,
  seen: Set<string>,
): TSESTree.Node | undefined {
  if (assignment.left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const field = classMemberOf(assignment.left, sourceCode);
  if (field?.owner !== getter.owner) return undefined;
  return memberValue(assignment.left, sourceCode, seen);
}

/** The class member `member` reads, when its object is `this` in a class or the class's own name. */
function classMemberOf(member: TSESTree.MemberExpression, sourceCode: SourceCode): ClassMember | undefined {
  const name = memberName(member);
  if (name === undefined) return undefined;
  const object = skipTransparent(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    const context = thisContext(object);
    return context && { owner: context.owner, name, isStatic: context.isStatic };
  }
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = variableOf(object, sourceCode)?.defs[0];
  if (definition?.type !== 'ClassName') return undefined;
  const owner = definition.node as ClassNode;
  return { owner, name, isStatic: true };
}

/** The class `this` refers to at `node`, and whether it is the class itself (static code). */
function thisContext(node: TSESTree.Node): { owner: ClassNode; isStatic: boolean } | undefined {
  let previous: TSESTree.Node = node;
  for (let current = node.parent; current; previous = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const holder = current.parent;
      if (holder?.type !== AST_NODE_TYPES.MethodDefinition || holder.value !== current) return undefined;
      continue;
    }
    if (
      (current.type === AST_NODE_TYPES.PropertyDefinition && current.value === previous) ||
      current.type === AST_NODE_TYPES.MethodDefinition ||
      current.type === AST_NODE_TYPES.StaticBlock
    ) {
      const body = current.parent;
      const owner = body?.parent;
      if (owner?.type !== AST_NODE_TYPES.ClassDeclaration && owner?.type !== AST_NODE_TYPES.ClassExpression)
        return undefined;
      return { owner, isStatic: current.type === AST_NODE_TYPES.StaticBlock || current.static };
    }
  }
  return undefined;
}

function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.property.name}`;
  return staticPropertyName(member);
}

function elementName(element: TSESTree.ClassElement): string | undefined {
  if (element.type === AST_NODE_TYPES.StaticBlock || element.type === AST_NODE_TYPES.TSIndexSignature) return undefined;
  if (!element.computed && element.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${element.key.name}`;
  if (element.type !== AST_NODE_TYPES.PropertyDefinition && element.type !== AST_NODE_TYPES.MethodDefinition)
    return undefined;
  return staticPropertyName(element);
}

/** The argument of a function's one `return`, when its body has exactly one. */
function soleReturn(
  fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression,
): TSESTree.Node | undefined {
  if (!fn.body) return undefined;
  const returns: TSESTree.ReturnStatement[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) returns.push(node);
    if (
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    )
      return;
    forEachChild(node, visit);
  };
  forEachChild(fn.body, visit);
  return returns.length === 1 ? (returns[0]!.argument ?? undefined) : undefined;
}

/**
 * Every place the class reads or writes the member: the values written to it, or undefined when a
 * use may change what it holds or hand it out.
 */
function memberUses(target: ClassMember, sourceCode: SourceCode): { writes: TSESTree.Node[] } | undefined {
  // Many calls go through the same members (`this.http.get()` in every method): one walk each.
  let byMember = usesCache.get(target.owner);
  if (!byMember) usesCache.set(target.owner, (byMember = new Map()));
  const key = `${target.isStatic ? 'static ' : ''}${target.name}`;
  if (byMember.has(key)) return byMember.get(key) ?? undefined;
  const found = walkMemberUses(target, sourceCode);
  byMember.set(key, found ?? null);
  return found;
}

const usesCache = new WeakMap<ClassNode, Map<string, { writes: TSESTree.Node[] } | null>>();

function walkMemberUses(target: ClassMember, sourceCode: SourceCode): { writes: TSESTree.Node[] } | undefined {
  const writes: TSESTree.Node[] = [];
  let safe = true;
  const visit = (node: TSESTree.Node): void => {
    if (!safe) return;
    if (node.type === AST_NODE_TYPES.MemberExpression && isSameMember(node, target, sourceCode)) {
      const verdict = useOf(node);
      if (verdict === 'unsafe') safe = false;
      else if (verdict !== 'read') writes.push(verdict.value);
    }
    forEachChild(node, visit);
  };
  visit(target.owner.body);
  return safe ? { writes } : undefined;
}

function isSameMember(member: TSESTree.MemberExpression, target: ClassMember, sourceCode: SourceCode): boolean {
  if (memberName(member) !== target.name) return false;
  const found = classMemberOf(member, sourceCode);
  return found?.owner === target.owner && found.isStatic === target.isStatic;
}

const MEMO_OPERATORS = new Set(['=', '??=', '||=']);

/** One mention of the member: a write (with its value), a harmless read, or a use that may change it. */
function useOf(member: TSESTree.MemberExpression): 'read' | 'unsafe' | { readonly value: TSESTree.Node } {
  let node: TSESTree.Node = member;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      node.parent.type === AST_NODE_TYPES.TSAsExpression ||
      node.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    node = node.parent as TSESTree.Node;
  }
  const parent = node.parent;
  if (!parent) return 'unsafe';
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left !== node) return 'unsafe';
      return MEMO_OPERATORS.has(parent.operator) ? { value: parent.right } : 'unsafe';
    case AST_NODE_TYPES.CallExpression:
      // `this.http(url)`: called, not handed on.
      return parent.callee === node ? 'read' : 'unsafe';
    case AST_NODE_TYPES.MemberExpression: {
      // `this.http.get(url)`: a method called on it.
      const call = parent.parent;
      return parent.object === node && call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent
        ? 'read'
        : 'unsafe';
    }
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!' ? 'read' : 'unsafe';
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node ? 'read' : 'unsafe';
    case AST_NODE_TYPES.BinaryExpression:
      return ['===', '!==', '==', '!='].includes(parent.operator) ? 'read' : 'unsafe';
    case AST_NODE_TYPES.ReturnStatement:
      // Only a getter's return, whose own uses the getter's reading checks.
      return isGetterBody(parent) ? 'read' : 'unsafe';
    default:
      return 'unsafe';
  }
}

function isGetterBody(statement: TSESTree.ReturnStatement): boolean {
  for (let current: TSESTree.Node | undefined = statement.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration)
      return false;
    if (current.type === AST_NODE_TYPES.FunctionExpression) {
      return current.parent?.type === AST_NODE_TYPES.MethodDefinition && current.parent.kind === 'get';
    }
  }
  return false;
}
