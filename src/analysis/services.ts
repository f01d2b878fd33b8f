import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import type * as ts from 'typescript';

import { guarded } from '../util/guard.js';

type TypeScriptModule = typeof ts;

/** What the analysis needs from a typed parse; absent when the file was parsed without a program. */
export interface TypeServices {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  /** The `typescript` module the program was built with, for its flag enums. */
  readonly ts: TypeScriptModule;
  readonly parserServices: ParserServicesWithTypeInformation;
  /** The program's source file for the file being linted. */
  readonly sourceFile: ts.SourceFile;
  getType(node: TSESTree.Node): ts.Type | undefined;
  getSymbol(node: TSESTree.Node): ts.Symbol | undefined;
}

const cache = new WeakMap<TSESTree.Program, TypeServices | null>();

/**
 * The type services of the file being linted, or undefined when it was parsed without type
 * information (espree, or typescript-eslint without `project`/`projectService`). Never throws.
 */
export function getTypeServices(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): TypeServices | undefined {
  const ast = context.sourceCode.ast;
  const cached = cache.get(ast);
  if (cached !== undefined) return cached ?? undefined;
  const services = createServices(context);
  cache.set(ast, services ?? null);
  return services;
}

function createServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeServices | undefined {
  return guarded(undefined, (): TypeServices | undefined => {
    const parserServices = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    const program = parserServices?.program;
    if (!program || !parserServices.esTreeNodeToTSNodeMap) return undefined;
    const typed = parserServices as ParserServicesWithTypeInformation;
    const checker = program.getTypeChecker();
    const tsModule = loadTypeScript();
    const sourceFile = typed.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
    if (!tsModule || !sourceFile) return undefined;
    return {
      sourceFile,
      program,
      checker,
      ts: tsModule,
      parserServices: typed,
      getType(node) {
        return guarded(undefined, () => {
          const tsNode = typed.esTreeNodeToTSNodeMap.get(node);
          return tsNode ? checker.getTypeAtLocation(tsNode) : undefined;
        });
      },
      getSymbol(node) {
        return guarded(undefined, () => {
          const tsNode = typed.esTreeNodeToTSNodeMap.get(node);
          return tsNode ? checker.getSymbolAtLocation(tsNode) : undefined;
        });
      },
    };
  });
}

let typescriptModule: TypeScriptModule | null | undefined;

/** Loaded only when a typed program exists, so plain-JavaScript users need no TypeScript. */
function loadTypeScript(): TypeScriptModule | undefined {
  if (typescriptModule === undefined) {
    try {
      typescriptModule = createRequire(import.meta.url)('typescript') as TypeScriptModule;
    } catch (error) {
      // Not installed: a normal state for a plain-JavaScript user, not a failure to hide.
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
      typescriptModule = null;
    }
  }
  return typescriptModule ?? undefined;
}
