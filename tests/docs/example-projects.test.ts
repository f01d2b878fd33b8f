// The example service (docs/examples/event-bus) and the end-to-end project (tests/e2e/project, with
// its fixed/ files) are realistic code: they must type-check with their own tsconfig.json, or typed
// linting would run on broken programs and the demo and e2e figures would mean little.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function typeErrors(projectDir: string, extraFiles: readonly string[] = []): string[] {
  const configPath = path.join(projectDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, projectDir);
  const program = ts.createProgram([...parsed.fileNames, ...extraFiles], parsed.options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(root, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : 'tsconfig';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

function tsFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(dir, file));
  } catch {
    return [];
  }
}

describe('example projects type-check', () => {
  it('docs/examples/event-bus', () => {
    expect(typeErrors(path.join(root, 'docs', 'examples', 'event-bus'))).toEqual([]);
  });

  it('tests/e2e/project (src and fixed)', () => {
    const projectDir = path.join(root, 'tests', 'e2e', 'project');
    expect(typeErrors(projectDir, tsFiles(path.join(projectDir, 'fixed')))).toEqual([]);
  });
});
