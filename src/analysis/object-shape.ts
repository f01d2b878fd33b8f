import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, skipTransparent, staticPropertyName, staticString } from '../util/ast.js';
import { variableOf } from './scope.js';
import { importOriginIs, resolveImportOrigin } from './callee.js';
import { isInspectingCall } from './inspection.js';
import { guarded } from '../util/guard.js';

/**
 * What an object expression may hold, read through variables, spreads, conditionals,
 * `Object.assign` and visible writes (`opts.signal = s`), as far as the file shows it. Knows
 * nothing of what the objects are for: the rules ask it which properties an options object may carry.
 */
export interface ObjectShape {
  /** Each property that may be present, with every place its value is written, in source order. */
  readonly properties: ReadonlyMap<string, readonly ShapeProperty[]>;
  /**
   * Some of the object comes from where the analysis cannot see: a parameter, an import, a call's
   * result, a computed key, a spread of any of those, or a function that may change it.
   */
  readonly open: boolean;
  /**
   * Writes below a property, made through the object (`ctx.options.signal = s` gives `options` →
   * `{ signal }`): merged into the property's shape when it is read.
   */
  readonly nested?: ReadonlyMap<string, ObjectShape>;
}

/** One write of a property. */
export interface ShapeProperty {
  readonly name: string;
  /**
   * A `Property` of an object literal, the assignment `opts.name = value`, or a setter call
   * (`builder.name(value)`) of a shape its caller assembles from calls.
   */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression | TSESTree.CallExpression;
  /** The value written (a getter's function for `get name() {}`). */
  readonly value: TSESTree.Node;
  /** The object literal that holds the property, when it is written in one. */
  readonly literal: TSESTree.ObjectExpression | undefined;
}

export interface ShapeOptions {
  /**
   * Calls that receive the object and are known not to add properties to it (the call
   * itself). Logging, `JSON.stringify`, `Object.freeze` and the like are always harmless; any other
   * call the object is passed to may change it, which opens the shape.
   */
  readonly isHarmlessCall?: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
}

export const EMPTY_SHAPE: ObjectShape = { properties: new Map(), open: false };
const OPEN_SHAPE: ObjectShape = { properties: new Map(), open: true };
const MAX_DEPTH = 12;
/** Assignments whose right side may become the property's value (`opts.timeout ??= 5000`). */
const WRITING_OPERATORS = new Set(['=', '??=', '||=', '&&=']);
const READ_ONLY_OBJECT_METHODS = new Set([
  'freeze',
  'keys',
  'values',
  'entries',
  'isFrozen',
  'getOwnPropertyNames',
  'hasOwn',
]);

/** The shape of the object `node` evaluates to. Never throws: what it cannot read is `open`. */
export function readObjectShape(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: ShapeOptions = {},
): ObjectShape {
  return guarded(OPEN_SHAPE, () => new ShapeReader(sourceCode, options).read(node, 0));
}

/** The merged shape of every value written to `name` (`limits` in `{ limits: { total: 5 } }`). */
export function propertyShape(
  shape: ObjectShape,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: ShapeOptions = {},
): ObjectShape {
  const writes = shape.properties.get(name) ?? [];
  const parts = writes.map((write) => readObjectShape(write.value, sourceCode, options));
  return mergeShapes([
    ...parts,
    shape.nested?.get(name) ?? EMPTY_SHAPE,
    shape.open && writes.length === 0 ? OPEN_SHAPE : EMPTY_SHAPE,
  ]);
}

/** The writes of the property at `path` (`['limits', 'total']`), and whether an open part may hold it. */
export function propertyAtPath(
  shape: ObjectShape,
  path: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: ShapeOptions = {},
): { readonly writes: readonly ShapeProperty[]; readonly open: boolean } {
  let current = shape;
  for (const name of path.slice(0, -1)) current = propertyShape(current, name, sourceCode, options);
  return { writes: current.properties.get(path.at(-1)!) ?? [], open: current.open };
}

/** A value known without running anything: literals, `const`s, arithmetic (`5 * 1000`), `undefined`. */
export function staticValueOf(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { readonly value: unknown } | undefined {
  return guarded(
    undefined,
    () => ASTUtils.getStaticValue(skipTransparent(node), sourceCode.getScope(node)) ?? undefined,
  );
}

function mergeShapes(shapes: readonly ObjectShape[]): ObjectShape {
  const properties = new Map<string, ShapeProperty[]>();
  const nestedParts = new Map<string, ObjectShape[]>();
  let open = false;
  for (const shape of shapes) {
    open ||= shape.open;
    for (const [name, writes] of shape.properties) {
      const list = properties.get(name) ?? [];
      for (const write of writes) if (!list.includes(write)) list.push(write);
      properties.set(name, list);
    }
    for (const [name, part] of shape.nested ?? []) nestedParts.set(name, [...(nestedParts.get(name) ?? []), part]);
  }
  if (nestedParts.size === 0) return { properties, open };
  const nested = new Map([...nestedParts].map(([name, parts]) => [name, mergeShapes(parts)] as const));
  return { properties, open, nested };
}

/**
 * The name of a member's property: written (`opts.signal`, `headers['Connection']`) or a key known
 * statically (`headers[CONNECTION]`, `headers[name.toLowerCase()]` with `name` a `const`).
 */
export function memberKey(
  member: TSESTree.MemberExpression | TSESTree.Property,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | undefined {
  const written = staticPropertyName(member);
  if (written !== undefined || !member.computed) return written;
  const key = member.type === AST_NODE_TYPES.MemberExpression ? member.property : member.key;
  const known = staticValueOf(key, sourceCode)?.value;
  return typeof known === 'string' || typeof known === 'number' ? String(known) : undefined;
}

class ShapeReader {
  private readonly seen = new Set<TSESLint.Scope.Variable>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly options: ShapeOptions,
  ) {}

  read(start: TSESTree.Node, depth: number): ObjectShape {
    if (depth > MAX_DEPTH) return OPEN_SHAPE;
    const node = skipTransparent(start);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return this.literal(node, depth);
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.ArrayExpression:
        return EMPTY_SHAPE;
      case AST_NODE_TYPES.ConditionalExpression:
        return mergeShapes([this.read(node.consequent, depth + 1), this.read(node.alternate, depth + 1)]);
      case AST_NODE_TYPES.LogicalExpression:
        // `a ?? b`, `a || b`: either; `cond && { signal }`: the right side or nothing.
        return node.operator === '&&'
          ? this.read(node.right, depth + 1)
          : mergeShapes([this.read(node.left, depth + 1), this.read(node.right, depth + 1)]);
      case AST_NODE_TYPES.SequenceExpression:
        return this.read(node.expressions.at(-1)!, depth + 1);
      case AST_NODE_TYPES.UnaryExpression:
        return node.operator === 'void' ? EMPTY_SHAPE : OPEN_SHAPE;
      case AST_NODE_TYPES.CallExpression:
        return this.isObjectAssign(node.callee)
          ? mergeShapes(node.arguments.map((argument) => this.read(argument, depth + 1)))
          : OPEN_SHAPE;
      case AST_NODE_TYPES.Identifier:
        return this.identifier(node, depth);
      case AST_NODE_TYPES.MemberExpression:
        return this.member(node, depth);
      default:
        return OPEN_SHAPE;
    }
  }

  private literal(node: TSESTree.ObjectExpression, depth: number): ObjectShape {
    const parts: ObjectShape[] = [];
    const own = new Map<string, ShapeProperty[]>();
    let open = false;
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        parts.push(this.read(property.argument, depth + 1));
        continue;
      }
      const name = memberKey(property, this.sourceCode);
      if (name === undefined) {
        open = true;
        continue;
      }
      const list = own.get(name) ?? [];
      list.push({ name, node: property, value: property.value, literal: node });
      own.set(name, list);
    }
    return mergeShapes([...parts, { properties: own, open }]);
  }

  private member(node: TSESTree.MemberExpression, depth: number): ObjectShape {
    const name = memberKey(node, this.sourceCode);
    if (name === undefined) return OPEN_SHAPE;
    const base = this.read(node.object, depth + 1);
    const writes = base.properties.get(name) ?? [];
    const nested = base.nested?.get(name) ?? EMPTY_SHAPE;
    if (writes.length === 0) return base.open ? OPEN_SHAPE : nested;
    return mergeShapes([
      ...writes.map((write) => this.read(write.value, depth + 1)),
      nested,
      base.open ? OPEN_SHAPE : EMPTY_SHAPE,
    ]);
  }

  private identifier(node: TSESTree.Identifier, depth: number): ObjectShape {
    const variable = this.findVariable(node);
    if (!variable) return node.name === 'undefined' ? EMPTY_SHAPE : OPEN_SHAPE;
    if (variable.defs.length === 0) return node.name === 'undefined' ? EMPTY_SHAPE : OPEN_SHAPE;
    if (this.seen.has(variable)) return EMPTY_SHAPE;
    this.seen.add(variable);
    const parts: ObjectShape[] = [];
    for (const definition of variable.defs) {
      if (definition.type !== 'Variable') return OPEN_SHAPE;
      const declarator = definition.node;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.declare) return OPEN_SHAPE;
      if (
        declarator.parent.parent?.type === AST_NODE_TYPES.ForOfStatement ||
        declarator.parent.parent?.type === AST_NODE_TYPES.ForInStatement
      ) {
        return OPEN_SHAPE;
      }
      if (declarator.init) parts.push(this.read(declarator.init, depth + 1));
    }
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      if (identifier === node || identifier.type !== AST_NODE_TYPES.Identifier) continue;
      const part = this.reference(reference, identifier, depth);
      if (part) parts.push(part);
    }
    return mergeShapes(parts);
  }

  /** What one other mention of the variable adds: a reassignment, a property write, a mutating call. */
  private reference(
    reference: TSESLint.Scope.Reference,
    identifier: TSESTree.Identifier,
    depth: number,
  ): ObjectShape | undefined {
    const parent = identifier.parent;
    if (reference.isWrite()) {
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === identifier) return undefined;
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier) {
        return parent.operator === '=' ||
          parent.operator === '??=' ||
          parent.operator === '||=' ||
          parent.operator === '&&='
          ? this.read(parent.right, depth + 1)
          : OPEN_SHAPE;
      }
      return OPEN_SHAPE;
    }
    const outer = outermostWrapper(identifier);
    const holder = outer.parent;
    if (!holder) return undefined;
    if (holder.type === AST_NODE_TYPES.MemberExpression && holder.object === outer) {
      return this.memberWrite(holder);
    }
    if (
      (holder.type === AST_NODE_TYPES.CallExpression || holder.type === AST_NODE_TYPES.NewExpression) &&
      holder.callee !== outer
    ) {
      if (holder.type === AST_NODE_TYPES.CallExpression && this.isObjectAssign(holder.callee)) {
        return holder.arguments[0] === outer
          ? mergeShapes(holder.arguments.slice(1).map((argument) => this.read(argument, depth + 1)))
          : undefined;
      }
      if (this.isHarmless(holder)) return undefined;
      return OPEN_SHAPE;
    }
    return undefined;
  }

  /**
   * `opts.agent = a`, `headers[CONNECTION] = 'close'`, `ctx.options.signal = s`: a write through a
   * chain of members with static keys. A read (`opts.signal`, `ctx.options.headers`) adds nothing.
   */
  private memberWrite(first: TSESTree.MemberExpression): ObjectShape | undefined {
    const path: (string | undefined)[] = [];
    let member = first;
    for (;;) {
      path.push(memberKey(member, this.sourceCode));
      const parent = member.parent;
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) {
        // A key the file does not show (`opts[key] = v`, `opts[key].signal = v`) may be any option.
        if (path.includes(undefined)) return OPEN_SHAPE;
        const names = path as string[];
        const name = names.at(-1)!;
        const write: ShapeProperty = { name, node: parent, value: parent.right, literal: undefined };
        const written: ObjectShape = WRITING_OPERATORS.has(parent.operator)
          ? { properties: new Map([[name, [write]]]), open: false }
          : OPEN_SHAPE;
        return nestedShape(names.slice(0, -1), written);
      }
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== member) return undefined;
      member = parent;
    }
  }

  private isHarmless(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (isInspectingCall(call)) return true;
    const callee = skipTransparent(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const origin = resolveImportOrigin(callee, this.sourceCode);
      if (
        origin?.module === null &&
        origin.path.length === 2 &&
        origin.path[0] === 'Object' &&
        READ_ONLY_OBJECT_METHODS.has(origin.path[1]!)
      ) {
        return true;
      }
    }
    return this.options.isHarmlessCall?.(call) ?? false;
  }

  private isObjectAssign(callee: TSESTree.Node): boolean {
    return importOriginIs(resolveImportOrigin(callee, this.sourceCode), [null], ['Object', 'assign']);
  }

  private findVariable(node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return variableOf(node, this.sourceCode);
  }
}

/** Where a property write lands: the object literal it writes into, and the key path below it. */
export interface WriteTarget {
  readonly object: TSESTree.ObjectExpression;
  /** The variable the object literal initialises (`opts` in `const opts = {}`). */
  readonly binding: TSESTree.Identifier;
  /** `['options', 'signal']` for `ctx.options.signal = s` with `const ctx = { options: {} }`. */
  readonly path: readonly string[];
}

/**
 * `opts.agent = a`, `headers[CONNECTION] = v`, `ctx.options.signal = s`: the object literal the
 * assignment writes into, when the chain has static keys and starts at a variable made in the
 * same function from an object literal and never reassigned. Otherwise undefined.
 */
export function writeTarget(
  assignment: TSESTree.AssignmentExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): WriteTarget | undefined {
  return guarded(undefined, () => {
    const path: string[] = [];
    let node: TSESTree.Node = assignment.left;
    while (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberKey(node, sourceCode);
      if (name === undefined) return undefined;
      path.unshift(name);
      node = skipTransparent(node.object);
    }
    if (node.type !== AST_NODE_TYPES.Identifier || path.length === 0) return undefined;
    const variable = variableOf(node, sourceCode);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = definition.node.init && skipTransparent(definition.node.init);
    if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    if (variable!.references.some((reference) => reference.isWrite() && reference.identifier !== definition.node.id))
      return undefined;
    if (enclosingFunction(definition.node) !== enclosingFunction(assignment)) return undefined;
    return { object: init, binding: definition.node.id, path };
  });
}

/** True when no later write to the same property of the same object follows `assignment`'s. */
export function isLastWrite(
  assignment: TSESTree.AssignmentExpression,
  target: WriteTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const shape = readObjectShape(target.binding, sourceCode);
  const { writes } = propertyAtPath(shape, target.path, sourceCode);
  return !writes.some((write) => write.node !== assignment && write.node.range[0] > assignment.range[0]);
}

/** `inner` as the shape at `path` below an object: `['options']` with `{ signal }` gives `options` → `{ signal }`. */
function nestedShape(path: readonly string[], inner: ObjectShape): ObjectShape {
  let shape = inner;
  for (const name of [...path].reverse()) {
    shape = { properties: new Map(), open: false, nested: new Map([[name, shape]]) };
  }
  return shape;
}

/** The outermost `as`/`!`/`satisfies` wrapper around `node` (`(opts as Init).signal = s`). */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

/** True when `node` is known to be `undefined` or `null`. */
export function isNullish(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const known = staticValueOf(node, sourceCode);
  return known !== undefined && (known.value === undefined || known.value === null);
}

/**
 * A value that may be a positive number of milliseconds: a positive number or numeric string (read
 * with `parseInt`, as some clients do), or anything not known statically. Objects, functions, `0`,
 * `false`, `Infinity` are not.
 */
export function mayBePositive(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = skipTransparent(node);
  if (
    inner.type === AST_NODE_TYPES.ObjectExpression ||
    inner.type === AST_NODE_TYPES.ArrayExpression ||
    inner.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    inner.type === AST_NODE_TYPES.FunctionExpression
  ) {
    return false;
  }
  const known = staticValueOf(inner, sourceCode);
  if (!known) return true;
  const value = known.value;
  if (typeof value === 'number') return value > 0 && Number.isFinite(value);
  if (typeof value === 'string') return Number.parseInt(value, 10) > 0;
  return false;
}

/** A property of an object literal: its literal value, absent (and no spread), or not knowable. */
export type LiteralProperty =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null; readonly property: TSESTree.Property }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown' };

/** The property `name` of the object literal `options`, read from its last write back. */
export function literalProperty(options: TSESTree.Node, name: string): LiteralProperty {
  const object = skipTransparent(options);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'unknown' };
  // From the last property back: a spread after the property may override it.
  for (const property of [...object.properties].reverse()) {
    if (property.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
    if (staticPropertyName(property) !== name) continue;
    const value = skipTransparent(property.value);
    if (value.type === AST_NODE_TYPES.Literal && !('regex' in value) && !('bigint' in value)) {
      return { kind: 'literal', value: value.value as string | number | boolean | null, property };
    }
    const text = staticString(value);
    return text === undefined ? { kind: 'unknown' } : { kind: 'literal', value: text, property };
  }
  return { kind: 'absent' };
}
