import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { forEachChild, staticPropertyName } from '../util/ast.js';
import { cacheKey, type FileContext } from './context.js';

const DECLARED = cacheKey<TSESTree.Program, Map<string, ReadonlySet<string>>>('names-declared-with');

/**
 * The names the file declares in a declaration whose text holds `word` (in any case): variables,
 * parameters, class fields, interface members, object keys and assignment targets. With `fetch`:
 * `transport` of `constructor(private transport: typeof fetch)`, `f` of `const f = opts.f ?? fetch`,
 * `impl` of `this.impl = init.fetch`. A name that may hold a value of a type named `word`, when the
 * type is spelled in this file.
 */
export function namesDeclaredWith(context: FileContext, word: string): ReadonlySet<string> {
  const ast = context.sourceCode.ast;
  const cache = context.cache(DECLARED);
  let byWord = cache.get(ast);
  if (!byWord) cache.set(ast, (byWord = new Map()));
  let names = byWord.get(word);
  if (!names) {
    names = collect(ast, context.sourceCode.text, word.toLowerCase());
    byWord.set(word, names);
  }
  return names;
}

function collect(program: TSESTree.Program, text: string, word: string): ReadonlySet<string> {
  const lower = text.toLowerCase();
  const positions: number[] = [];
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) positions.push(at);
  const names = new Set<string>();
  if (positions.length === 0) return names;
  const holdsWord = (node: TSESTree.Node): boolean => {
    const [start, end] = node.range;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[middle]! < start) low = middle + 1;
      else high = middle;
    }
    return low < positions.length && positions[low]! < end;
  };
  const visit = (node: TSESTree.Node): void => {
    if (!holdsWord(node)) return;
    for (const name of declaredNames(node)) names.add(name);
    forEachChild(node, visit);
  };
  visit(program);
  return names;
}

/** The names `node` declares or assigns, when it is a declaration. */
function declaredNames(node: TSESTree.Node): string[] {
  switch (node.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return patternNames(node.id);
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSMethodSignature:
    case AST_NODE_TYPES.Property:
      return [
        staticPropertyName(node) ?? [],
        node.type === AST_NODE_TYPES.Property ? patternNames(node.value) : [],
      ].flat();
    case AST_NODE_TYPES.AssignmentExpression:
      return patternNames(node.left);
    case AST_NODE_TYPES.TSParameterProperty:
      return patternNames(node.parameter);
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.TSDeclareFunction:
      return node.params.flatMap(patternNames);
    default:
      return [];
  }
}

/** The names a binding pattern or an assignment target binds: `a`, `{ b: c }`, `[d = 1]`, `this.e`. */
function patternNames(node: TSESTree.Node): string[] {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return [node.name];
    case AST_NODE_TYPES.MemberExpression:
      return [staticPropertyName(node) ?? []].flat();
    case AST_NODE_TYPES.AssignmentPattern:
      return patternNames(node.left);
    case AST_NODE_TYPES.RestElement:
      return patternNames(node.argument);
    case AST_NODE_TYPES.TSParameterProperty:
      return patternNames(node.parameter);
    case AST_NODE_TYPES.ArrayPattern:
      return node.elements.flatMap((element) => (element ? patternNames(element) : []));
    case AST_NODE_TYPES.ObjectPattern:
      return node.properties.flatMap((property) =>
        property.type === AST_NODE_TYPES.RestElement
          ? patternNames(property)
          : [staticPropertyName(property) ?? [], patternNames(property.value)].flat(),
      );
    default:
      return [];
  }
}
