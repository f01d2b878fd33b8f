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
  /**
   * The value is one of several origins chosen at run time (`secure ? https : http`, a `let`
   * assigned only from imports): every one of them, `module` and `path` being the first's.
   * `importOriginIs` holds only when it holds for each.
   */
  readonly alternatives?: readonly ImportOrigin[];
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
    return object && below(object, [name]);
  }
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return chosen([inner.consequent, inner.alternate], sourceCode, depth);
  }
  if (inner.type === AST_NODE_TYPES.LogicalExpression && inner.operator !== '&&') {
    return chosen([inner.left, inner.right], sourceCode, depth);
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

/**
 * True when `origin` is `module` (any of them) and `path` after an optional leading `default`;
 * for an origin chosen at run time, when each alternative is.
 */
export function importOriginIs(
  origin: ImportOrigin | undefined,
  modules: readonly (string | null)[],
  path: readonly string[],
): boolean {
  if (origin?.alternatives) return origin.alternatives.every((one) => importOriginIs(one, modules, path));
  if (!origin || !modules.includes(origin.module)) return false;
  const actual = origin.module !== null && origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
  return actual.length === path.length && actual.every((part, index) => part === path[index]);
}

/** The origin of a property below `origin`: `['request']` below `https` is `https.request`. */
function below(origin: ImportOrigin, names: readonly string[]): ImportOrigin {
  if (origin.alternatives) return choice(origin.alternatives.map((one) => below(one, names))) ?? origin;
  if (origin.module === null && origin.path.length === 1 && GLOBAL_OBJECTS.has(origin.path[0]!)) {
    return { module: null, path: names };
  }
  return { module: origin.module, path: [...origin.path, ...names] };
}

/** One of `nodes`, chosen at run time: known only when each of them is. */
function chosen(
  nodes: readonly TSESTree.Node[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): ImportOrigin | undefined {
  const origins: ImportOrigin[] = [];
  for (const node of nodes) {
    const origin = resolveImportOrigin(node, sourceCode, depth + 1);
    if (!origin) return undefined;
    origins.push(...(origin.alternatives ?? [origin]));
  }
  return choice(origins);
}

function choice(origins: readonly ImportOrigin[]): ImportOrigin | undefined {
  const first = origins[0];
  if (!first) return undefined;
  const distinct = origins.filter(
    (origin, index) =>
      origins.findIndex((other) => other.module === origin.module && other.path.join('.') === origin.path.join('.')) ===
      index,
  );
  return distinct.length === 1 ? first : { module: first.module, path: first.path, alternatives: distinct };
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
    if (declarator.parent.kind !== 'const') return letOrigin(variable, declarator, sourceCode, depth);
    if (!declarator.init) return undefined;
    const base = resolveImportOrigin(declarator.init, sourceCode, depth + 1);
    if (!base) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return base;
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const property = declarator.id.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === AST_NODE_TYPES.Property && patternBinds(candidate.value, node.name),
      );
      const key = property ? staticPropertyName(property) : undefined;
      return key === undefined ? undefined : below(base, [key]);
    }
  }
  return undefined;
}

/**
 * A `let` (or `var`) bound to a name and written only with `=` from imports
 * (`let transport = http; if (secure) transport = https;`): one of them.
 */
function letOrigin(
  variable: TSESLint.Scope.Variable,
  declarator: TSESTree.VariableDeclarator,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): ImportOrigin | undefined {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.declare) return undefined;
  const loop = declarator.parent.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return undefined;
  const values: TSESTree.Node[] = declarator.init ? [declarator.init] : [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.identifier === declarator.id) continue;
    const parent = reference.identifier.parent;
    if (
      parent?.type !== AST_NODE_TYPES.AssignmentExpression ||
      parent.operator !== '=' ||
      parent.left !== reference.identifier
    )
      return undefined;
    values.push(parent.right);
  }
  return values.length === 0 ? undefined : chosen(values, sourceCode, depth);
}

function patternBinds(pattern: TSESTree.Node, name: string): boolean {
  if (pattern.type === AST_NODE_TYPES.Identifier) return pattern.name === name;
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return patternBinds(pattern.left, name);
  return false;
}

function requiredModule(call: TSESTree.CallExpression): ImportOrigin | undefined {
  const [argument] = call.arguments;
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require' || !argument) return undefined;
  // `require(secure ? 'https' : 'http')`: one of the two.
  const specifiers =
    argument.type === AST_NODE_TYPES.ConditionalExpression ? [argument.consequent, argument.alternate] : [argument];
  const origins: ImportOrigin[] = [];
  for (const specifier of specifiers) {
    if (specifier.type !== AST_NODE_TYPES.Literal || typeof specifier.value !== 'string') return undefined;
    origins.push({ module: normalizeModule(specifier.value), path: [] });
  }
  return choice(origins);
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
