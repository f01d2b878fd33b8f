import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { variableOf } from './scope.js';
import type { TypeServices } from './services.js';
import { originOfDeclaration, type DeclarationOrigin } from './types.js';
import { guarded } from '../util/guard.js';

/**
 * Where a value comes from by syntax alone: an import (`module` is the specifier without the
 * `node:` prefix, `path` the chain of names below it) or a global (`module` is `null`).
 * `import fs from 'fs'; fs.readFile` gives { module: 'fs', path: ['default', 'readFile'] }.
 */
export interface ImportOrigin {
  readonly module: string | null;
  readonly path: readonly string[];
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
const MAX_ALIAS_DEPTH = 8;

/** Follows identifiers, members, imports, `require()` and `const` aliases back to an import or a global. */
export function resolveImportOrigin(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): ImportOrigin | undefined {
  if (depth > MAX_ALIAS_DEPTH) return undefined;
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return resolveIdentifier(inner, sourceCode, depth);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(inner);
    if (name === undefined) return undefined;
    const object = resolveImportOrigin(inner.object, sourceCode, depth + 1);
    if (!object) return undefined;
    if (object.module === null && object.path.length === 1 && GLOBAL_OBJECTS.has(object.path[0]!)) {
      return { module: null, path: [name] };
    }
    return { module: object.module, path: [...object.path, name] };
  }
  if (inner.type === AST_NODE_TYPES.CallExpression) return requiredModule(inner);
  if (inner.type === AST_NODE_TYPES.AwaitExpression && inner.argument.type === AST_NODE_TYPES.ImportExpression) {
    const source = inner.argument.source;
    if (source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') {
      return { module: normalizeModule(source.value), path: [] };
    }
  }
  return undefined;
}

/** True when `origin` is `module` (any of them) and `path` after an optional leading `default`. */
export function importOriginIs(
  origin: ImportOrigin | undefined,
  modules: readonly (string | null)[],
  path: readonly string[],
): boolean {
  if (!origin || !modules.includes(origin.module)) return false;
  const actual = origin.module !== null && origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
  return actual.length === path.length && actual.every((part, index) => part === path[index]);
}

function normalizeModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}

function resolveIdentifier(
  node: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): ImportOrigin | undefined {
  const variable = variableOf(node, sourceCode);
  if (!variable || variable.defs.length === 0) return { module: null, path: [node.name] };
  if (variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  if (definition.type === 'ImportBinding') {
    const specifier = definition.node;
    const declaration = specifier.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const module = normalizeModule(declaration.source.value);
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return { module, path: ['default'] };
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { module, path: [] };
      case AST_NODE_TYPES.ImportSpecifier: {
        const imported = specifier.imported;
        const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
        return { module, path: name === 'default' ? ['default'] : [name] };
      }
    }
  }
  if (definition.type === 'Variable') {
    const declarator = definition.node;
    if (declarator.parent.kind !== 'const' || !declarator.init) return undefined;
    const base = resolveImportOrigin(declarator.init, sourceCode, depth + 1);
    if (!base) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return base;
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const property = declarator.id.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === AST_NODE_TYPES.Property && patternBinds(candidate.value, node.name),
      );
      const key = property ? staticPropertyName(property) : undefined;
      return key === undefined ? undefined : { module: base.module, path: [...base.path, key] };
    }
  }
  return undefined;
}

function patternBinds(pattern: TSESTree.Node, name: string): boolean {
  if (pattern.type === AST_NODE_TYPES.Identifier) return pattern.name === name;
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return patternBinds(pattern.left, name);
  return false;
}

function requiredModule(call: TSESTree.CallExpression): ImportOrigin | undefined {
  const [argument] = call.arguments;
  if (
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    argument?.type === AST_NODE_TYPES.Literal &&
    typeof argument.value === 'string'
  ) {
    return { module: normalizeModule(argument.value), path: [] };
  }
  return undefined;
}

/** Where a callee is declared, by the type checker: its origin, its name and the type that owns it. */
export interface DeclaredCallee {
  readonly origin: DeclarationOrigin;
  readonly name: string;
  /** The interface, class, namespace or module that declares it, when there is one. */
  readonly owner: string | undefined;
  readonly declaration: ts.Declaration;
}

export function resolveDeclaredCallee(services: TypeServices, callee: TSESTree.Node): DeclaredCallee | undefined {
  const inner = skipTransparent(callee);
  const named = inner.type === AST_NODE_TYPES.MemberExpression ? inner.property : inner;
  let symbol = services.getSymbol(named);
  if (!symbol) return undefined;
  if (symbol.flags & services.ts.SymbolFlags.Alias) {
    const aliased = guarded(undefined, () => services.checker.getAliasedSymbol(symbol!));
    if (!aliased) return undefined;
    symbol = aliased;
  }
  const declaration = symbol.getDeclarations()?.[0];
  if (!declaration) return undefined;
  return {
    origin: originOfDeclaration(services.program, declaration),
    name: symbol.getName(),
    owner: ownerName(services.ts, declaration),
    declaration,
  };
}

function ownerName(tsModule: typeof ts, declaration: ts.Declaration): string | undefined {
  for (let current: ts.Node | undefined = declaration.parent; current; current = current.parent) {
    if (
      tsModule.isInterfaceDeclaration(current) ||
      tsModule.isClassDeclaration(current) ||
      tsModule.isModuleDeclaration(current) ||
      tsModule.isTypeAliasDeclaration(current)
    ) {
      return current.name?.getText();
    }
    if (tsModule.isSourceFile(current)) return undefined;
  }
  return undefined;
}
