// Reading what the eslint CLI printed with `--format json`, and the `// expect: <rule ids>` markers of
// a project's src/ files, as sorted `file:line:ruleId` entries that compare with toEqual.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Run } from './run.js';

export interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fatal?: boolean;
}

export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
}

export function parseLintOutput(lint: Run): LintResult[] {
  try {
    return JSON.parse(lint.stdout) as LintResult[];
  } catch {
    throw new Error(`eslint printed no JSON (exit ${lint.code})\n${lint.stdout}\n${lint.stderr}`);
  }
}

/** Source files of a project folder, by extension, sorted. */
export function sourceFiles(dir: string, extensions: readonly string[] = ['.ts']): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => extensions.some((extension) => file.endsWith(extension)))
        .sort()
    : [];
}

/** `file:line:ruleId` for every `// expect: id, id` marker at the end of a line of the project's src/ files. */
export function expectedReports(projectDir: string, extensions: readonly string[] = ['.ts']): string[] {
  const expected = new Set<string>();
  for (const file of sourceFiles(path.join(projectDir, 'src'), extensions)) {
    const lines = readFileSync(path.join(projectDir, 'src', file), 'utf8').split(/\r?\n/);
    lines.forEach((line, index) => {
      const marker = /\/\/\s*expect:\s*(.+?)\s*$/.exec(line);
      if (!marker) return;
      for (const id of marker[1]!.split(',')) {
        if (id.trim()) expected.add(`src/${file}:${index + 1}:${id.trim()}`);
      }
    });
  }
  return [...expected].sort();
}

const relative = (dir: string, filePath: string): string => path.relative(dir, filePath).split(path.sep).join('/');

/** `file:line:ruleId` for every report of an eslint JSON run. */
export function reportedEntries(results: readonly LintResult[], dir: string): string[] {
  const reported = new Set<string>();
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId) reported.add(`${relative(dir, result.filePath)}:${message.line}:${message.ruleId}`);
    }
  }
  return [...reported].sort();
}

/** Parse errors and other messages without a rule (a fatal config or project service error). */
export function fatalMessages(results: readonly LintResult[], dir: string): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.fatal === true || message.ruleId === null)
      .map((message) => `${relative(dir, result.filePath)}:${message.line}: ${message.message}`),
  );
}

/** Every message, one a line, for an assertion's failure text. */
export function describeResults(results: readonly LintResult[], dir: string): string {
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) =>
          `${relative(dir, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'}: ${message.message}`,
      ),
    )
    .join('\n');
}
