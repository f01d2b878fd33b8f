// Supply-chain and lint-time safety of the published package:
// - nothing runs at a user's install: no install lifecycle script, no native build, and no
//   dependency a user's install pulls in has an install script (package-lock.json);
// - nothing in src/ loads code from a string it did not write (require/import() of a non-literal,
//   eval, new Function), so lint-time code loading cannot be steered by user input;
// - nothing in src/ reaches the network: no network module is imported and no network global is
//   used. The client files name 'node:http', 'undici' and the others as strings (data), never load them.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { TSESTree } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface PackageJson {
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly gypfile?: boolean;
}
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;

/** Scripts npm runs when a user installs the package (`prepare` runs for git installs). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];

/** Modules that open sockets or run other programs; none belongs in a lint rule. */
const NETWORK_MODULES = new Set(
  ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'inspector']
    .flatMap((name) => [name, `node:${name}`])
    .concat(['undici', 'axios', 'got', 'ky', 'node-fetch', 'cross-fetch', 'ws']),
);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'navigator']);

/**
 * Runtime dependencies that src/ does not import. Each is installed for every user for nothing;
 * the test fails when one is added, and when one listed here is imported again or removed.
 */
const UNUSED_DEPENDENCIES: string[] = [];

describe('nothing runs at a user install', () => {
  it('package.json has no install lifecycle script and no native build', () => {
    const scripts = Object.keys(packageJson.scripts ?? {});
    expect(scripts.filter((name) => INSTALL_SCRIPTS.includes(name))).toEqual([]);
    expect(packageJson.gypfile).toBeUndefined();
  });

  it('the packed files hold no binding.gyp (npm would run node-gyp at install)', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = packed.files.map((file) => file.path);
    expect(files).toContain('package.json');
    expect(files.filter((file) => path.basename(file) === 'binding.gyp')).toEqual([]);
  });

  it('no package a user install pulls in has an install script (package-lock.json)', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }>;
    };
    const installed = Object.entries(lock.packages).filter(([name, entry]) => name !== '' && !entry.dev);
    expect(installed.length).toBeGreaterThan(0);
    expect(installed.filter(([, entry]) => entry.hasInstallScript).map(([name]) => name)).toEqual([]);
  });
});

/** The part of typescript-eslint's parser result these checks read (its own types are ESLint's loose ones). */
interface ParseResult {
  readonly ast: TSESTree.Program;
  readonly scopeManager: {
    readonly globalScope: { readonly through: readonly { identifier: { name: string } }[] } | null;
  };
}
const { parseForESLint } = tseslint.parser as unknown as {
  parseForESLint(code: string, options: Record<string, unknown>): ParseResult;
};

interface SourceFile {
  readonly file: string;
  readonly ast: TSESTree.Program;
  readonly globalThrough: readonly string[];
}

function sourceFiles(): SourceFile[] {
  const sourceRoot = path.join(root, 'src');
  return readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      const { ast, scopeManager } = parseForESLint(readFileSync(path.join(sourceRoot, file), 'utf8'), {
        filePath: file,
        sourceType: 'module',
        lib: ['es2023'],
      });
      const globalScope = scopeManager.globalScope!;
      const globalThrough = globalScope.through.map((reference) => reference.identifier.name);
      return { file: `src/${file}`, ast, globalThrough };
    });
}

/** Every node of `node`'s tree, parents before children. */
function* walk(node: TSESTree.Node): Generator<TSESTree.Node> {
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string')
        yield* walk(child as TSESTree.Node);
    }
  }
}

const isStringLiteral = (node: TSESTree.Node | undefined): boolean =>
  (node?.type === 'Literal' && typeof node.value === 'string') ||
  (node?.type === 'TemplateLiteral' && node.expressions.length === 0);

/** Where `node` loads a module: `require(x)`, `createRequire(...)(x)`, `module.require(x)`, `import(x)`. */
function loadedSpecifier(node: TSESTree.Node): TSESTree.Node | null | undefined {
  if (node.type === 'ImportExpression') return node.source;
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee;
  const loads =
    (callee.type === 'Identifier' && callee.name === 'require') ||
    (callee.type === 'CallExpression' &&
      callee.callee.type === 'Identifier' &&
      callee.callee.name === 'createRequire') ||
    (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'require');
  return loads ? (node.arguments[0] ?? null) : undefined;
}

/** The modules a file imports: static imports and re-exports, and string-literal dynamic loads. */
function importedModules(ast: TSESTree.Program): string[] {
  const modules: string[] = [];
  for (const node of walk(ast)) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      modules.push(node.source.value);
    }
    const specifier = loadedSpecifier(node);
    if (specifier?.type === 'Literal' && typeof specifier.value === 'string') modules.push(specifier.value);
  }
  return modules;
}

const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('src/ loads no code from a string it did not write', () => {
  const files = sourceFiles();

  it('finds the sources, and among them the one dynamic load there is (typescript, by name)', () => {
    expect(files.length).toBeGreaterThan(20);
    const dynamic = files.flatMap(({ file, ast }) =>
      [...walk(ast)].filter((node) => loadedSpecifier(node) !== undefined).map(() => file),
    );
    expect(dynamic).toEqual(['src/analysis/services.ts']);
  });

  it('every require() and import() takes a string literal', () => {
    const offenders = files.flatMap(({ file, ast }) =>
      [...walk(ast)]
        .filter((node) => {
          const specifier = loadedSpecifier(node);
          return specifier !== undefined && !isStringLiteral(specifier ?? undefined);
        })
        .map((node) => `${file}:${node.loc.start.line}`),
    );
    expect(offenders).toEqual([]);
  });

  it('createRequire is only called to load at once, never kept', () => {
    const isCreateRequire = (node: TSESTree.Node): boolean =>
      node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'createRequire';
    const offenders = files.flatMap(({ file, ast }) => {
      const nodes = [...walk(ast)];
      const calledAtOnce = new Set<TSESTree.Node>(
        nodes.flatMap((node) => (node.type === 'CallExpression' && isCreateRequire(node.callee) ? [node.callee] : [])),
      );
      return nodes
        .filter((node) => isCreateRequire(node) && !calledAtOnce.has(node))
        .map((node) => `${file}:${node.loc.start.line}`);
    });
    expect(offenders).toEqual([]);
  });

  it('no eval, Function constructor or vm', () => {
    const offenders = files.flatMap(({ file, ast, globalThrough }) => [
      ...globalThrough.filter((name) => name === 'eval' || name === 'Function').map((name) => `${file}: ${name}`),
      ...importedModules(ast)
        .filter((module) => module === 'vm' || module === 'node:vm')
        .map((module) => `${file}: ${module}`),
    ]);
    expect(offenders).toEqual([]);
  });
});

describe('src/ makes no network access', () => {
  const files = sourceFiles();

  it('imports no network module (the client files only name them as strings)', () => {
    const offenders = files.flatMap(({ file, ast }) =>
      importedModules(ast)
        .filter((module) => NETWORK_MODULES.has(module) || NETWORK_MODULES.has(packageOf(module)))
        .map((module) => `${file}: ${module}`),
    );
    expect(offenders).toEqual([]);
    const named = files.some(({ ast }) =>
      [...walk(ast)].some((node) => node.type === 'Literal' && (node.value === 'node:http' || node.value === 'undici')),
    );
    expect(named, 'the client files name the network modules as data').toBe(true);
  });

  it('uses no network global, directly or through globalThis', () => {
    const offenders = files.flatMap(({ file, ast, globalThrough }) => [
      ...globalThrough.filter((name) => NETWORK_GLOBALS.has(name)).map((name) => `${file}: ${name}`),
      ...[...walk(ast)]
        .filter(
          (node): node is TSESTree.MemberExpression =>
            node.type === 'MemberExpression' &&
            node.object.type === 'Identifier' &&
            ['globalThis', 'global', 'window', 'self'].includes(node.object.name) &&
            node.property.type === 'Identifier' &&
            NETWORK_GLOBALS.has(node.property.name),
        )
        .map((node) => `${file}:${node.loc.start.line}`),
    ]);
    expect(offenders).toEqual([]);
  });

  it('imports only its declared dependencies, peers and Node built-ins', () => {
    const declared = new Set([
      ...Object.keys(packageJson.dependencies ?? {}),
      ...Object.keys(packageJson.peerDependencies ?? {}),
    ]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const external = [
      ...new Set(files.flatMap(({ ast }) => importedModules(ast)).filter((module) => !module.startsWith('.'))),
    ].sort();
    expect(external.filter((module) => !builtins.has(module) && !declared.has(packageOf(module)))).toEqual([]);
    const unused = Object.keys(packageJson.dependencies ?? {}).filter(
      (dependency) => !external.some((module) => packageOf(module) === dependency),
    );
    expect(unused).toEqual(UNUSED_DEPENDENCIES);
  });
});
