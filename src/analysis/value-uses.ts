import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, staticPropertyName, type FunctionNode } from '../util/ast.js';
import { guarded } from '../util/guard.js';

/**
 * One place a value goes. Aliases (`const b = a`, `let r; r = a`), `await`, `?.`, `!`, `as`,
 * parentheses, conditionals and `.catch()`/`.finally()` chains are followed through and not
 * reported. `unknown` means the value escaped in a way this module does not model.
 */
export type ValueUse =
  /** `value.name` or `value[expr]`; `property` is undefined when not static. */
  | { readonly kind: 'member'; readonly node: TSESTree.MemberExpression; readonly property: string | undefined }
  /** Passed as argument `index` to a call or `new`. */
  | {
      readonly kind: 'call-argument';
      readonly node: TSESTree.Node;
      readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
      readonly index: number;
    }
  /** Returned from its function, the body of an arrow function, or yielded. */
  | { readonly kind: 'returned'; readonly node: TSESTree.Node }
  /** Put in an object, array, class field, property or a variable of an outer function. */
  | { readonly kind: 'stored'; readonly node: TSESTree.Node }
  /** Read inside a nested function: `closure` is the outermost function below the value's own. */
  | { readonly kind: 'captured'; readonly node: TSESTree.Identifier; readonly closure: FunctionNode }
  /** `await value`; the awaited result is followed on as the same value. */
  | { readonly kind: 'awaited'; readonly node: TSESTree.AwaitExpression }
  /** `const { property: binding } = value`; `binding` is undefined for nested or rest patterns. */
  | {
      readonly kind: 'destructured';
      readonly node: TSESTree.Node;
      readonly property: string | undefined;
      readonly binding: TSESTree.Identifier | undefined;
    }
  /** The parameter of a `.then()` callback receives the value. */
  | {
      readonly kind: 'callback-parameter';
      readonly node: TSESTree.Identifier;
      readonly callback: FunctionNode;
    }
  /** `for (const x of value)` or `for await (... of value)`. */
  | { readonly kind: 'iterated'; readonly node: TSESTree.ForOfStatement }
  /** Tested, compared, interpolated: looked at, not moved. */
  | { readonly kind: 'inspected'; readonly node: TSESTree.Node }
  /** An expression statement or `void`: nothing keeps the value. */
  | { readonly kind: 'discarded'; readonly node: TSESTree.Node }
  | { readonly kind: 'unknown'; readonly node: TSESTree.Node };

/** Where the value of the expression `node` goes. */
export function* usesOfExpression(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Generator<ValueUse, void, undefined> {
  yield* new UseWalker(sourceCode).fromExpression(node);
}

/** Where the value bound to `binding` (a declared identifier or parameter) goes. */
export function* usesOfBinding(
  binding: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Generator<ValueUse, void, undefined> {
  yield* new UseWalker(sourceCode).fromBinding(binding);
}

const MAX_DEPTH = 40;

class UseWalker {
  private readonly seenVariables = new Set<TSESLint.Scope.Variable>();
  private depth = 0;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  *fromBinding(binding: TSESTree.Identifier): Generator<ValueUse, void, undefined> {
    const variable = this.declaredVariable(binding);
    if (!variable) {
      yield { kind: 'unknown', node: binding };
      return;
    }
    yield* this.fromVariable(variable, binding);
  }

  *fromExpression(start: TSESTree.Node): Generator<ValueUse, void, undefined> {
    if (++this.depth > MAX_DEPTH) {
      yield { kind: 'unknown', node: start };
      return;
    }
    try {
      yield* this.walkUp(start);
    } finally {
      this.depth--;
    }
  }

  private *walkUp(start: TSESTree.Node): Generator<ValueUse, void, undefined> {
    let node: TSESTree.Node = start;
    for (;;) {
      const parent = node.parent;
      if (!parent) {
        yield { kind: 'unknown', node };
        return;
      }
      switch (parent.type) {
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
        case AST_NODE_TYPES.ChainExpression:
          node = parent;
          continue;
        case AST_NODE_TYPES.AwaitExpression:
          yield { kind: 'awaited', node: parent };
          node = parent;
          continue;
        case AST_NODE_TYPES.ConditionalExpression:
          if (parent.test === node) {
            yield { kind: 'inspected', node };
            return;
          }
          node = parent;
          continue;
        case AST_NODE_TYPES.LogicalExpression:
          // `a ?? b`, `a || b`: the result may be the value; `a && b` tests it.
          if (parent.operator === '&&' && parent.left === node) {
            yield { kind: 'inspected', node };
            return;
          }
          node = parent;
          continue;
        case AST_NODE_TYPES.SequenceExpression:
          if (parent.expressions.at(-1) !== node) {
            yield { kind: 'discarded', node };
            return;
          }
          node = parent;
          continue;
        case AST_NODE_TYPES.MemberExpression:
          if (parent.object !== node) {
            yield { kind: 'inspected', node };
            return;
          }
          if (isPromiseChain(parent)) {
            yield* this.promiseChain(parent);
            return;
          }
          yield { kind: 'member', node: parent, property: staticPropertyName(parent) };
          return;
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          if (parent.callee === node) {
            yield { kind: 'unknown', node };
            return;
          }
          const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
          yield { kind: 'call-argument', node, call: parent, index };
          return;
        }
        case AST_NODE_TYPES.SpreadElement: {
          const holder = parent.parent;
          if (holder.type === AST_NODE_TYPES.CallExpression || holder.type === AST_NODE_TYPES.NewExpression) {
            yield { kind: 'call-argument', node, call: holder, index: holder.arguments.indexOf(parent) };
          } else {
            yield { kind: 'stored', node };
          }
          return;
        }
        case AST_NODE_TYPES.ReturnStatement:
        case AST_NODE_TYPES.YieldExpression:
          yield { kind: 'returned', node };
          return;
        case AST_NODE_TYPES.ArrowFunctionExpression:
          yield parent.body === node ? { kind: 'returned', node } : { kind: 'unknown', node };
          return;
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init !== node) {
            yield { kind: 'unknown', node };
            return;
          }
          yield* this.intoPattern(parent.id, node);
          return;
        case AST_NODE_TYPES.AssignmentExpression:
          if (parent.right !== node || parent.operator !== '=') {
            yield { kind: 'inspected', node };
            return;
          }
          yield* this.intoAssignmentTarget(parent.left, node);
          return;
        case AST_NODE_TYPES.Property:
        case AST_NODE_TYPES.ArrayExpression:
        case AST_NODE_TYPES.PropertyDefinition:
        case AST_NODE_TYPES.AccessorProperty:
        case AST_NODE_TYPES.ExportDefaultDeclaration:
        case AST_NODE_TYPES.JSXExpressionContainer:
        case AST_NODE_TYPES.AssignmentPattern:
          yield { kind: 'stored', node };
          return;
        case AST_NODE_TYPES.ExpressionStatement:
          yield { kind: 'discarded', node };
          return;
        case AST_NODE_TYPES.UnaryExpression:
          yield parent.operator === 'void' ? { kind: 'discarded', node } : { kind: 'inspected', node };
          return;
        case AST_NODE_TYPES.ForOfStatement:
          yield parent.right === node ? { kind: 'iterated', node: parent } : { kind: 'unknown', node };
          return;
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.WhileStatement:
        case AST_NODE_TYPES.DoWhileStatement:
        case AST_NODE_TYPES.ForStatement:
        case AST_NODE_TYPES.SwitchStatement:
        case AST_NODE_TYPES.SwitchCase:
        case AST_NODE_TYPES.BinaryExpression:
        case AST_NODE_TYPES.TemplateLiteral:
        case AST_NODE_TYPES.TaggedTemplateExpression:
        case AST_NODE_TYPES.UpdateExpression:
        case AST_NODE_TYPES.ForInStatement:
          yield { kind: 'inspected', node };
          return;
        case AST_NODE_TYPES.ThrowStatement:
          yield { kind: 'stored', node };
          return;
        default:
          yield { kind: 'unknown', node };
          return;
      }
    }
  }

  /** `.then(cb)`: the callback's first parameter; `.catch()` and `.finally()` pass the value on. */
  private *promiseChain(member: TSESTree.MemberExpression): Generator<ValueUse, void, undefined> {
    const call = member.parent as TSESTree.CallExpression;
    const name = staticPropertyName(member);
    if (name === 'then') {
      const callback = call.arguments[0];
      if (isFunctionNode(callback)) {
        const parameter = callback.params[0];
        if (parameter?.type === AST_NODE_TYPES.Identifier) {
          yield { kind: 'callback-parameter', node: parameter, callback };
        } else if (parameter?.type === AST_NODE_TYPES.ObjectPattern) {
          yield* this.intoPattern(parameter, parameter);
        } else if (parameter) {
          yield { kind: 'unknown', node: parameter };
        } else {
          yield { kind: 'discarded', node: member.object };
        }
        return;
      }
      if (callback) {
        yield { kind: 'call-argument', node: member.object, call, index: 0 };
        return;
      }
    }
    yield* this.fromExpression(call);
  }

  private *intoPattern(pattern: TSESTree.Node, valueNode: TSESTree.Node): Generator<ValueUse, void, undefined> {
    if (pattern.type === AST_NODE_TYPES.Identifier) {
      const variable = this.declaredVariable(pattern);
      if (!variable) {
        yield { kind: 'unknown', node: valueNode };
        return;
      }
      yield* this.fromVariable(variable, pattern);
      return;
    }
    if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          yield { kind: 'destructured', node: property, property: undefined, binding: undefined };
          continue;
        }
        const key = staticPropertyName(property);
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        yield {
          kind: 'destructured',
          node: property,
          property: key,
          binding: value.type === AST_NODE_TYPES.Identifier ? value : undefined,
        };
      }
      return;
    }
    yield { kind: 'unknown', node: valueNode };
  }

  private *intoAssignmentTarget(target: TSESTree.Node, valueNode: TSESTree.Node): Generator<ValueUse, void, undefined> {
    if (target.type === AST_NODE_TYPES.Identifier) {
      const variable = this.referencedVariable(target);
      if (!variable || variable.defs.length === 0 || !this.sameFunction(variable, target)) {
        yield { kind: 'stored', node: valueNode };
        return;
      }
      yield* this.fromVariable(variable, target);
      return;
    }
    if (target.type === AST_NODE_TYPES.ObjectPattern) {
      yield* this.intoPattern(target, valueNode);
      return;
    }
    yield { kind: 'stored', node: valueNode };
  }

  private *fromVariable(
    variable: TSESLint.Scope.Variable,
    binding: TSESTree.Identifier,
  ): Generator<ValueUse, void, undefined> {
    if (this.seenVariables.has(variable)) return;
    this.seenVariables.add(variable);
    const home = functionScopeBlock(variable.scope);
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      const identifier = reference.identifier;
      if (identifier === binding) continue;
      if (identifier.type !== AST_NODE_TYPES.Identifier) continue;
      const closure = outermostClosureBelow(identifier, home);
      if (closure) {
        yield { kind: 'captured', node: identifier, closure };
        continue;
      }
      yield* this.fromExpression(identifier);
    }
  }

  private declaredVariable(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return guarded(undefined, () => {
      const declarationParent = identifier.parent;
      const candidates = this.sourceCode.getDeclaredVariables(declarationParent);
      const found = candidates.find((variable) => variable.identifiers.includes(identifier));
      return found ?? this.referencedVariable(identifier);
    });
  }

  private referencedVariable(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return guarded(undefined, () => {
      for (let scope: TSESLint.Scope.Scope | null = this.sourceCode.getScope(identifier); scope; scope = scope.upper) {
        const variable = scope.set.get(identifier.name);
        if (variable) return variable;
      }
      return undefined;
    });
  }

  private sameFunction(variable: TSESLint.Scope.Variable, node: TSESTree.Node): boolean {
    return outermostClosureBelow(node, functionScopeBlock(variable.scope)) === undefined;
  }
}

function isPromiseChain(member: TSESTree.MemberExpression): boolean {
  const name = staticPropertyName(member);
  return (
    (name === 'then' || name === 'catch' || name === 'finally') &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member
  );
}

/** The function (or program) whose body holds a scope's variables. */
function functionScopeBlock(scope: TSESLint.Scope.Scope): TSESTree.Node {
  return scope.variableScope.block;
}

/** The outermost function that contains `node` and lies strictly inside `home`, if any. */
function outermostClosureBelow(node: TSESTree.Node, home: TSESTree.Node): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  for (let current = node.parent; current && current !== home; current = current.parent) {
    if (isFunctionNode(current)) found = current;
  }
  return found;
}
