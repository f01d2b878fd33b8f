import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { cacheKey, type FileContext } from '../analysis/context.js';
import type { ClientModel } from '../clients/model.js';
import { forEachChild } from '../util/ast.js';
import { importMatches } from './request-match.js';

/** The config arguments of a client's defaults setters called in this file, once per file. */
const SETTER_CONFIGS = cacheKey<ClientModel, readonly TSESTree.Node[] | 'unseen'>('defaults-setters');

/**
 * The configs this file passes to the client's process-wide defaults setters
 * (`x.defaults({ ... })`), in source order; `'unseen'` when a call passes one the file cannot show
 * (a spread). Empty when the client has none or the file calls none.
 */
export function defaultsSetterConfigs(client: ClientModel, context: FileContext): readonly TSESTree.Node[] | 'unseen' {
  const setters = client.defaultsSetters ?? [];
  if (setters.length === 0) return [];
  const cache = context.cache(SETTER_CONFIGS);
  const cached = cache.get(client);
  if (cached !== undefined) return cached;
  const names = new Set(setters.map((setter) => setter.path.at(-1)));
  const configs: TSESTree.Node[] = [];
  let unseen = false;
  const visit = (node: TSESTree.Node): void => {
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      node.callee.property.type === AST_NODE_TYPES.Identifier &&
      names.has(node.callee.property.name)
    ) {
      const setter = setters.find((candidate) => importMatches(node.callee, [candidate], context));
      const config = setter && node.arguments[setter.configArgument];
      if (config?.type === AST_NODE_TYPES.SpreadElement) unseen = true;
      else if (config) configs.push(config);
    }
    forEachChild(node, visit);
  };
  visit(context.sourceCode.ast);
  const result = unseen ? 'unseen' : configs;
  cache.set(client, result);
  return result;
}
