import type * as ts from 'typescript';

import { guarded } from '../util/guard.js';
import { packageOfFile, type TypeSpecifier } from './types.js';

/**
 * Whether a value in a file can have a type declared in a package, decided from the program's
 * module graph without the checker.
 *
 * A type reaches a file only through the declarations the file can see: the modules it imports,
 * and what those import in turn (a wrapper's inferred return type names the type its own module
 * imports), plus whatever is global. So a file can hold a value of a type a package declares only
 * when the package file declaring it is in the file's import closure, or in the closure of a file
 * that declares globals (a script, a `declare global`, an ambient `declare module 'x'`, a module
 * augmentation, a UMD `export as namespace`), which every file sees.
 * The edges are TypeScript's own resolution of each module reference: static and dynamic imports,
 * `export … from`, `import x = require()`, `require()` in JavaScript, and `import('x').T` types.
 *
 * Built once per program and list of types: one pass over the program's module references, then
 * one search backwards from the package files that declare them.
 */
export interface PackageReach {
  /** True when a value in `file` may have a type declared in one of the packages. */
  reaches(file: ts.SourceFile): boolean;
}

interface ModuleGraph {
  /** For each file, the files that import it. */
  readonly importers: ReadonlyMap<ts.SourceFile, readonly ts.SourceFile[]>;
  /** Files whose declarations every file sees. */
  readonly globalDeclarers: readonly ts.SourceFile[];
}

/** Internal to TypeScript (stable from 5.4 to 6.0): the module references a file holds. */
interface SourceFileWithImports extends ts.SourceFile {
  readonly imports?: readonly ts.StringLiteralLike[];
}

/** Internal to TypeScript (stable from 5.4 to 6.0): the program's resolution of one reference. */
interface ProgramWithResolutions extends ts.Program {
  getResolvedModuleFromModuleSpecifier?(
    specifier: ts.StringLiteralLike,
    file?: ts.SourceFile,
  ): ts.ResolvedModuleWithFailedLookupLocations | undefined;
}

const EVERYWHERE: PackageReach = { reaches: () => true };
const NOWHERE: PackageReach = { reaches: () => false };

const graphs = new WeakMap<ts.Program, ModuleGraph | null>();
const reaches = new WeakMap<ts.Program, Map<string, PackageReach>>();

/**
 * Where the types `specifiers` name can be seen. A specifier that is not tied to a package (the
 * default library, the user's files) is seen everywhere; so is everything when the program does
 * not expose what the graph needs.
 */
export function packageReach(
  tsModule: typeof ts,
  program: ts.Program,
  specifiers: readonly TypeSpecifier[],
): PackageReach {
  const declared: DeclaredName[] = [];
  for (const specifier of specifiers) {
    if (specifier.from !== 'package' || specifier.package === undefined) return EVERYWHERE;
    for (const name of specifier.package) declared.push({ name: specifier.name, package: name });
  }
  const key = declared
    .map((entry) => `${entry.package}:${entry.name}`)
    .sort()
    .join('\n');
  let byKey = reaches.get(program);
  if (!byKey) reaches.set(program, (byKey = new Map()));
  let reach = byKey.get(key);
  if (!reach) {
    reach = guarded(EVERYWHERE, () => buildReach(tsModule, program, declared));
    byKey.set(key, reach);
  }
  return reach;
}

/** A type's name and a package that may declare it. */
interface DeclaredName {
  readonly name: string;
  readonly package: string;
}

/**
 * The search starts from the package files that can declare one of the names: a file whose text
 * holds the name as a word (a superset of those that declare it). Another file of the package, such as one
 * that only augments `http`, leads nowhere.
 */
function buildReach(tsModule: typeof ts, program: ts.Program, declared: readonly DeclaredName[]): PackageReach {
  const words = new Map(declared.map((entry) => [entry.name, identifierPattern(entry.name)]));
  const sources = program.getSourceFiles().filter((file) => {
    const pkg = packageOfFile(file.fileName);
    return (
      pkg !== undefined && declared.some((entry) => entry.package === pkg && words.get(entry.name)!.test(file.text))
    );
  });
  if (sources.length === 0) return NOWHERE;
  const graph = moduleGraph(tsModule, program);
  if (!graph) return EVERYWHERE;
  const reached = new Set<ts.SourceFile>(sources);
  const queue = [...sources];
  while (queue.length > 0) {
    for (const importer of graph.importers.get(queue.pop()!) ?? []) {
      if (reached.has(importer)) continue;
      reached.add(importer);
      queue.push(importer);
    }
  }
  if (graph.globalDeclarers.some((file) => reached.has(file))) return EVERYWHERE;
  return { reaches: (file) => reached.has(file) };
}

/** `name` as a whole identifier: `Client`, not `ClientRequest`. */
function identifierPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`);
}

function moduleGraph(tsModule: typeof ts, program: ts.Program): ModuleGraph | undefined {
  let graph = graphs.get(program);
  if (graph === undefined) {
    graph = buildGraph(tsModule, program as ProgramWithResolutions) ?? null;
    graphs.set(program, graph);
  }
  return graph ?? undefined;
}

function buildGraph(tsModule: typeof ts, program: ProgramWithResolutions): ModuleGraph | undefined {
  const resolve = program.getResolvedModuleFromModuleSpecifier?.bind(program);
  if (!resolve) return undefined;
  const importers = new Map<ts.SourceFile, ts.SourceFile[]>();
  const globalDeclarers: ts.SourceFile[] = [];
  for (const file of program.getSourceFiles() as readonly SourceFileWithImports[]) {
    if (!file.imports) return undefined;
    if (declaresGlobals(tsModule, file)) globalDeclarers.push(file);
    for (const specifier of file.imports) {
      const resolved = resolve(specifier, file)?.resolvedModule;
      const target = resolved && program.getSourceFile(resolved.resolvedFileName);
      if (!target) continue;
      const list = importers.get(target);
      if (list) list.push(file);
      else importers.set(target, [file]);
    }
  }
  return { importers, globalDeclarers };
}

/**
 * A script (its declarations are global), or a module with `declare global`, an ambient module, a
 * module augmentation or a UMD global (`export as namespace`): declarations a file sees without
 * importing this one.
 */
function declaresGlobals(tsModule: typeof ts, file: ts.SourceFile): boolean {
  if (!tsModule.isExternalModule(file)) return true;
  return file.statements.some(
    (statement) =>
      tsModule.isNamespaceExportDeclaration(statement) ||
      (tsModule.isModuleDeclaration(statement) && !isNamespace(tsModule, statement)),
  );
}

/** `namespace N {}` inside a module declares a local name, not a global one. */
function isNamespace(tsModule: typeof ts, declaration: ts.ModuleDeclaration): boolean {
  return tsModule.isIdentifier(declaration.name) && (declaration.flags & tsModule.NodeFlags.GlobalAugmentation) === 0;
}
