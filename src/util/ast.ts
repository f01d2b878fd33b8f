import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The innermost function that contains `node`, or undefined at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** The name of a non-computed member or a computed member with a string literal key. */
export function staticPropertyName(
  node:
    | TSESTree.MemberExpression
    | TSESTree.Property
    | TSESTree.MethodDefinition
    | TSESTree.PropertyDefinition
    | TSESTree.AccessorProperty
    | TSESTree.TSAbstractPropertyDefinition
    | TSESTree.TSPropertySignature
    | TSESTree.TSMethodSignature,
): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0 && key.quasis.length === 1) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Strips the wrappers that do not change a value: TS assertions, `!`, `?.` chains. */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** True when `parent` is a wrapper around `child` that passes its value through unchanged. */
export function isTransparentWrapper(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.ChainExpression:
      return parent.expression === child;
    default:
      return false;
  }
}

/** A string value known without running anything: a literal or a template with no expressions. */
export function staticString(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return inner.value;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return inner.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The callee name path of a call: `a.b.c()` gives ['a', 'b', 'c'], or undefined when not static. */
export function memberPath(node: TSESTree.Node): string[] | undefined {
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return [inner.name];
  if (inner.type === AST_NODE_TYPES.ThisExpression) return ['this'];
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(inner);
    if (name === undefined) return undefined;
    const object = memberPath(inner.object);
    return object ? [...object, name] : undefined;
  }
  return undefined;
}

export function isAsyncContext(node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  return fn ? fn.async : false;
}

/** The name a call is made by: `f()` gives `f`, `a.b.f()` gives `f`; undefined when computed. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  return referenceName(call.callee);
}

/** The last name of a reference: `f` gives `f`, `a.b.f` gives `f`; undefined when computed or no name. */
export function referenceName(node: TSESTree.Node): string | undefined {
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(inner);
  return undefined;
}

/** Appends `value` to the list `map` holds for `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `for`, `for…of`, `for…in`, `while` and `do…while`. */
export function isLoopStatement(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** How a message names a call: `fetch()`, `api.get()`, `http.get()`, cut to `width` characters. */
export function calleeLabel(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  width = 40,
): string {
  const text = sourceCode.getText(skipTransparent(call.callee)).replace(/\s+/g, '');
  return `${text.length > width ? `${text.slice(0, width - 3)}...` : text}()`;
}

/** True when `inner` lies within `outer` (or is it). */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** Calls `visit` on each child node of `node`, in source order. */
export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
