import type * as ts from 'typescript';
import { guarded } from '../util/guard.js';

/**
 * Where a declaration lives, in the spirit of typescript-eslint's `TypeOrValueSpecifier`:
 * the TypeScript default library, an installed package, or the user's own files.
 */
export type DeclarationOrigin =
  { readonly from: 'lib' } | { readonly from: 'package'; readonly package: string } | { readonly from: 'file' };

/** A named type or value and the places its declaration may come from. */
export interface TypeSpecifier {
  readonly name: string;
  readonly from: 'lib' | 'package' | 'file';
  /** With `from: 'package'`: the package names that may declare it (`@types/x` is written as is). */
  readonly package?: readonly string[];
}

const NODE_MODULES = '/node_modules/';

/** The package that holds `fileName`, or undefined when it is not under node_modules. */
export function packageOfFile(fileName: string): string | undefined {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf(NODE_MODULES);
  if (index === -1) return undefined;
  const [first, second] = normalized.slice(index + NODE_MODULES.length).split('/');
  if (!first) return undefined;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

export function originOfDeclaration(program: ts.Program, declaration: ts.Declaration): DeclarationOrigin {
  const file = declaration.getSourceFile();
  if (program.isSourceFileDefaultLibrary(file)) return { from: 'lib' };
  const pkg = packageOfFile(file.fileName);
  if (pkg !== undefined) return { from: 'package', package: pkg };
  if (program.isSourceFileFromExternalLibrary(file)) return { from: 'package', package: '' };
  return { from: 'file' };
}

function originMatches(origin: DeclarationOrigin, specifier: TypeSpecifier): boolean {
  if (origin.from !== specifier.from) return false;
  if (origin.from === 'package') {
    return specifier.package === undefined || specifier.package.includes(origin.package);
  }
  return true;
}

/** True when one of `symbol`'s declarations is named and placed as `specifier` says. */
function symbolMatches(program: ts.Program, symbol: ts.Symbol | undefined, specifier: TypeSpecifier): boolean {
  if (!symbol || symbol.getName() !== specifier.name) return false;
  return (symbol.getDeclarations() ?? []).some((declaration) =>
    originMatches(originOfDeclaration(program, declaration), specifier),
  );
}

/**
 * The specifier `type` matches, if any: its own symbol or alias, each member of a union or
 * intersection, a type parameter's constraint, and with `awaited` the type a promise resolves to.
 */
export function matchType<S extends TypeSpecifier>(
  program: ts.Program,
  checker: ts.TypeChecker,
  type: ts.Type,
  specifiers: readonly S[],
  options: { readonly awaited?: boolean } = {},
): S | undefined {
  const seen = new Set<ts.Type>();
  const queue: ts.Type[] = [type];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    if (options.awaited) {
      const awaited = guarded(undefined, () => checker.getAwaitedType(current));
      if (awaited && awaited !== current) queue.push(awaited);
    }
    for (const symbol of [current.aliasSymbol, current.getSymbol()]) {
      const found = specifiers.find((specifier) => symbolMatches(program, symbol, specifier));
      if (found) return found;
    }
    if (current.isUnionOrIntersection()) queue.push(...current.types);
    if (current.isClassOrInterface()) queue.push(...(guarded(undefined, () => checker.getBaseTypes(current)) ?? []));
    const target = (current as ts.TypeReference).target;
    if (target && target !== current) queue.push(target);
    const constraint = current.isTypeParameter()
      ? guarded(undefined, () => checker.getBaseConstraintOfType(current))
      : undefined;
    if (constraint) queue.push(constraint);
  }
  return undefined;
}

/** True for `any` and `unknown`: the checker cannot say what such a value is. */
export function isOpaqueType(tsModule: typeof ts, type: ts.Type): boolean {
  return (type.flags & (tsModule.TypeFlags.Any | tsModule.TypeFlags.Unknown)) !== 0;
}

/** True when the signature's declared return type is `never`. */
export function returnsNever(
  tsModule: typeof ts,
  checker: ts.TypeChecker,
  signature: ts.Signature | undefined,
): boolean {
  if (!signature) return false;
  const returned = guarded(undefined, () => checker.getReturnTypeOfSignature(signature));
  return returned !== undefined && (returned.flags & tsModule.TypeFlags.Never) !== 0;
}
