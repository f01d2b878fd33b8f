import path from 'node:path';

import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

import { fixturesDir } from './rule-tester.js';

interface CaseWithOutputs {
  readonly code: string;
  readonly output?: string | readonly string[] | null;
  readonly errors: readonly { readonly suggestions?: readonly { readonly output: string }[] | null }[] | number;
}

let compilerOptions: ts.CompilerOptions | undefined;

function fixtureOptions(): ts.CompilerOptions {
  if (!compilerOptions) {
    const configPath = path.join(fixturesDir, 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    compilerOptions = ts.parseJsonConfigFileContent(config.config, ts.sys, fixturesDir).options;
  }
  return compilerOptions;
}

/**
 * The TypeScript errors of each of `codes` as a file of the fixture project (empty when it
 * compiles). One program for all of them: each file is made a module so they do not collide.
 */
export function typeErrors(codes: readonly string[]): string[][] {
  const fileNames = codes.map((_, index) => path.join(fixturesDir, `type-check-output-${index}.ts`));
  const texts = new Map(fileNames.map((fileName, index) => [fileName, `${codes[index]}\nexport {};\n`]));
  const host = ts.createCompilerHost(fixtureOptions());
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => texts.get(path.resolve(file)) ?? readFile(file);
  host.fileExists = (file) => texts.has(path.resolve(file)) || ts.sys.fileExists(file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = texts.get(path.resolve(file));
    return text === undefined
      ? getSourceFile(file, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(file, text, languageVersion, true);
  };
  const program = ts.createProgram(fileNames, fixtureOptions(), host);
  return fileNames.map((fileName) => {
    const source = program.getSourceFile(fileName)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? { line: 0 };
      return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  });
}

/** Registers one test per fix or suggestion output, asserting the rewritten code type-checks. */
export function describeOutputsTypeCheck(name: string, cases: readonly CaseWithOutputs[]): void {
  const outputs: { label: string; code: string }[] = [];
  cases.forEach((testCase, caseIndex) => {
    const fixed = testCase.output;
    for (const code of typeof fixed === 'string' ? [fixed] : (fixed ?? [])) {
      outputs.push({ label: `case ${caseIndex + 1} fix`, code });
    }
    if (typeof testCase.errors === 'number') return;
    testCase.errors.forEach((error, errorIndex) =>
      (error.suggestions ?? []).forEach((suggestion, suggestionIndex) =>
        outputs.push({
          label: `case ${caseIndex + 1} error ${errorIndex + 1} suggestion ${suggestionIndex + 1}`,
          code: suggestion.output,
        }),
      ),
    );
  });
  describe(`${name}: fix and suggestion outputs type-check`, () => {
    let errors: string[][] = [];
    beforeAll(() => {
      errors = typeErrors(outputs.map((output) => output.code));
    });
    it('has outputs to check', () => {
      expect(outputs.length).toBeGreaterThan(0);
    });
    outputs.forEach((output, index) => {
      it(output.label, () => {
        expect(errors[index], output.code).toEqual([]);
      });
    });
  });
}
