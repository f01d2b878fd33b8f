import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getTypeServices, type TypeServices } from './services.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What every analysis of one file needs: its source code, its type services (absent without a
 * program) and caches that live as long as the file's AST. Built once per file and shared by every
 * rule, like eslint-plugin-regexp hands its rules one context.
 */
export interface FileContext {
  readonly sourceCode: SourceCode;
  readonly services: TypeServices | undefined;
  /** A per-file cache: the same key gives the same map for every rule linting this file. */
  cache<K extends object, V>(key: CacheKey<K, V>): WeakMap<K, V>;
}

/** A typed key for `FileContext.cache`: make one per kind of cached fact, at module level. */
export interface CacheKey<K extends object, V> {
  readonly name: string;
  /** Phantom fields, for inference only. */
  readonly _key?: K;
  readonly _value?: V;
}

export function cacheKey<K extends object, V>(name: string): CacheKey<K, V> {
  return { name };
}

const contexts = new WeakMap<TSESTree.Program, FileContext>();

/** The shared context of the file a rule is linting. Never throws. */
export function fileContextOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileContext {
  const ast = context.sourceCode.ast;
  let found = contexts.get(ast);
  if (!found) {
    found = createFileContext(context.sourceCode, getTypeServices(context));
    contexts.set(ast, found);
  }
  return found;
}

function createFileContext(sourceCode: SourceCode, services: TypeServices | undefined): FileContext {
  const caches = new Map<CacheKey<object, unknown>, WeakMap<object, unknown>>();
  return {
    sourceCode,
    services,
    cache<K extends object, V>(key: CacheKey<K, V>): WeakMap<K, V> {
      let map = caches.get(key as CacheKey<object, unknown>);
      if (!map) caches.set(key as CacheKey<object, unknown>, (map = new WeakMap()));
      return map as WeakMap<K, V>;
    },
  };
}
