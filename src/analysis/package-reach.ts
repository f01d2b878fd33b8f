import type * as ts from 'typescript';

import { pushTo } from '../util/ast.js';
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
 * `export … from`, `import x = require()`, `require()` in JavaScript, `import('x').T` types and
 * module augmentations.
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
  /** The files of each installed package. */
  readonly packageFiles: ReadonlyMap<string, readonly ts.SourceFile[]>;
}

/** What TypeScript (5.4 to 6.0) keeps of its module resolution, internal but stable: one resolution per reference. */
interface ProgramWithResolutions extends ts.Program {
  readonly resolvedModules?: ReadonlyMap<
    ts.Path,
    { forEach(visit: (resolution: ts.ResolvedModuleWithFailedLookupLocations) => void): void }
  >;
}

const EVERYWHERE: PackageReach = { reaches: () => true };
const NOWHERE: PackageReach = { reaches: () => false };

const graphs = new WeakMap<ts.Program, ModuleGraph | null>();
const reachesByList = new WeakMap<ts.Program, WeakMap<readonly TypeSpecifier[], PackageReach>>();
const reachesByKey = new WeakMap<ts.Program, Map<string, PackageReach>>();

/**
 * Where the types `specifiers` name can be seen. A specifier that is not tied to a package (the
 * default library, the user's files) is seen everywhere; so is everything when the program does
 * not expose its module resolution.
 */
export function packageReach(
  tsModule: typeof ts,
  program: ts.Program,
  specifiers: readonly TypeSpecifier[],
): PackageReach {
  let byList = reachesByList.get(program);
  if (!byList) reachesByList.set(program, (byList = new WeakMap()));
  let reach = byList.get(specifiers);
  if (reach) return reach;
  const declared: DeclaredName[] = [];
  for (const specifier of specifiers) {
    if (specifier.from !== 'package' || specifier.package === undefined) {
      byList.set(specifiers, EVERYWHERE);
      return EVERYWHERE;
    }
    for (const name of specifier.package) declared.push({ name: specifier.name, package: name });
  }
  const key = declared
    .map((entry) => `${entry.package}:${entry.name}`)
    .sort()
    .join('\n');
  let byKey = reachesByKey.get(program);
  if (!byKey) reachesByKey.set(program, (byKey = new Map()));
  reach = byKey.get(key);
  if (!reach) {
    reach = guarded(EVERYWHERE, () => buildReach(tsModule, program, declared));
    byKey.set(key, reach);
  }
  byList.set(specifiers, reach);
  return reach;
}

/** A type's name and a package that may declare it. */
interface DeclaredName {
  readonly name: string;
  readonly package: string;
}

/**
 * The search starts from the package files that can declare one of the names: a file whose text
 * holds the name as a word (a superset of those that declare it). Another file of the package, such
 * as one that only augments `http`, leads nowhere.
 */
function buildReach(tsModule: typeof ts, program: ts.Program, declared: readonly DeclaredName[]): PackageReach {
  const graph = moduleGraph(tsModule, program);
  if (!graph) return EVERYWHERE;
  const sources = declared.flatMap((entry) => {
    const word = identifierPattern(entry.name);
    return (graph.packageFiles.get(entry.package) ?? []).filter((file) => word.test(file.text));
  });
  if (sources.length === 0) return NOWHERE;
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

/**
 * One pass over the program's resolved module references (each file's imports, `require()`s,
 * `import()`s and `import('x').T` types, as TypeScript resolved them) and over its files.
 */
function buildGraph(tsModule: typeof ts, program: ProgramWithResolutions): ModuleGraph | undefined {
  // Undefined in a program with no module reference; missing only in a TypeScript that keeps it elsewhere.
  if (!('resolvedModules' in program)) return undefined;
  const resolutions = program.resolvedModules ?? new Map();
  if (!(resolutions instanceof Map)) return undefined;
  const importers = new Map<ts.SourceFile, ts.SourceFile[]>();
  resolutions.forEach((byReference, path) => {
    const importer = program.getSourceFileByPath(path);
    if (!importer) return;
    byReference.forEach(({ resolvedModule }: ts.ResolvedModuleWithFailedLookupLocations) => {
      const target = resolvedModule && program.getSourceFile(resolvedModule.resolvedFileName);
      if (target) pushTo(importers, target, importer);
    });
  });
  const globalDeclarers: ts.SourceFile[] = [];
  const packageFiles = new Map<string, ts.SourceFile[]>();
  for (const file of program.getSourceFiles()) {
    if (declaresGlobals(tsModule, file)) globalDeclarers.push(file);
    const pkg = packageOfFile(file.fileName);
    if (pkg !== undefined) pushTo(packageFiles, pkg, file);
  }
  return { importers, globalDeclarers, packageFiles };
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
