// Deep nesting: no stack overflow from a rule. At Node's default stack typescript-eslint's parser
// overflows first (a parse error, not a rule exception), so the rules are run in this process just
// below the parser's limit, and above it in a child process with a larger --stack-size.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nestedSource, type NestingKind } from './deep-nesting-cases.js';
import {
  byLineThenRule,
  expectedMarkers,
  lintWithEveryRule,
  MODES,
  scratchProject,
  summarize,
  transpiledPlugin,
  type Mode,
  type ScratchProject,
} from './harness.js';

/**
 * Depths that parse at the default stack inside a test, about 3/4 of the deepest that parsed in a
 * fresh process (Node 20, typescript-eslint 8.72: 162 callbacks, 321 ifs, 788 ternaries, 375 links).
 */
const BELOW_PARSER_LIMIT: Record<NestingKind, number> = { callbacks: 120, ifs: 240, ternaries: 500, 'then-chain': 280 };

/** The sizes the issue names; the callbacks, the ifs and the chain overflow the parser at the default stack. */
const ISSUE_SIZES: Record<NestingKind, number> = { callbacks: 500, ifs: 500, ternaries: 2000, 'then-chain': 2000 };
const OVERFLOWING_AT_DEFAULT_STACK: readonly NestingKind[] = ['callbacks', 'ifs', 'then-chain'];

/** V8's stack in KiB for the child (the default is 984); under the 8 MiB of a usual `ulimit -s`. */
const CHILD_STACK_KIB = 6000;

const KINDS = Object.keys(ISSUE_SIZES) as NestingKind[];

let project: ScratchProject;
let pluginEntry: string;
beforeAll(() => {
  project = scratchProject();
  pluginEntry = transpiledPlugin(project.dir);
});
afterAll(() => project.remove());

describe('just below the parser limit, default stack', () => {
  for (const kind of KINDS) {
    for (const mode of MODES) {
      it(`${BELOW_PARSER_LIMIT[kind]} ${kind}, ${mode}`, () => {
        const code = nestedSource(kind, BELOW_PARSER_LIMIT[kind]);
        expect(byLineThenRule(summarize(lintWithEveryRule(project, { code }, mode)))).toEqual(expectedMarkers(code));
      });
    }
  }
});

describe("above it, default stack: the parser's own error", () => {
  for (const kind of OVERFLOWING_AT_DEFAULT_STACK) {
    it(`${ISSUE_SIZES[kind]} ${kind}, untyped`, () => {
      const messages = lintWithEveryRule(project, { code: nestedSource(kind, ISSUE_SIZES[kind]) }, 'untyped');
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        fatal: true,
        ruleId: null,
        message: 'Parsing error: Maximum call stack size exceeded',
      });
    });
  }
});

/** Lints each kind at the issue's size in one child per mode (one TypeScript program for all four). */
async function lintInChild(mode: Mode): Promise<Record<NestingKind, string[]>> {
  const files = KINDS.map((kind) => project.write(`${kind}-${mode}.ts`, nestedSource(kind, ISSUE_SIZES[kind])));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      `--stack-size=${CHILD_STACK_KIB}`,
      path.join(import.meta.dirname, 'lint-in-child.js'),
      JSON.stringify({ plugin: pluginEntry, project: project.dir, files, typed: mode === 'typed' }),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const byFile = JSON.parse(stdout) as Record<string, string[]>;
  return Object.fromEntries(KINDS.map((kind, index) => [kind, byFile[files[index]!]!])) as Record<
    NestingKind,
    string[]
  >;
}

describe(`the issue's sizes, in a child with --stack-size=${CHILD_STACK_KIB}`, () => {
  const children = new Map<Mode, Promise<Record<NestingKind, string[]>>>();
  beforeAll(() => {
    for (const mode of MODES) children.set(mode, lintInChild(mode));
  });
  for (const kind of KINDS) {
    for (const mode of MODES) {
      it(`${ISSUE_SIZES[kind]} ${kind}, ${mode}`, async () => {
        const reports = (await children.get(mode)!)[kind];
        expect(byLineThenRule(reports)).toEqual(expectedMarkers(nestedSource(kind, ISSUE_SIZES[kind])));
      });
    }
  }
});
