import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent, staticPropertyName, staticString } from '../util/ast.js';
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
  return mergeShapes([...parts, shape.open && writes.length === 0 ? OPEN_SHAPE : EMPTY_SHAPE]);
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
  let open = false;
  for (const shape of shapes) {
    open ||= shape.open;
    for (const [name, writes] of shape.properties) {
      const list = properties.get(name) ?? [];
      for (const write of writes) if (!list.includes(write)) list.push(write);
      properties.set(name, list);
    }
  }
  return { properties, open };
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
      const name = staticPropertyName(property);
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
    const name = staticPropertyName(node);
    if (name === undefined) return OPEN_SHAPE;
    const base = this.read(node.object, depth + 1);
    const writes = base.properties.get(name) ?? [];
    if (writes.length === 0) return base.open ? OPEN_SHAPE : EMPTY_SHAPE;
    return mergeShapes([
      ...writes.map((write) => this.read(write.value, depth + 1)),
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
      const assignment = holder.parent;
      if (assignment.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === holder) {
        const name = staticPropertyName(holder);
        if (name === undefined) return OPEN_SHAPE;
        return {
          properties: new Map([[name, [{ name, node: assignment, value: assignment.right, literal: undefined }]]]),
          open: false,
        };
      }
      return undefined;
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
