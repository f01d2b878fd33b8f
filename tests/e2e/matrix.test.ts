// The peer matrix: the e2e project, installed by the global setup with every pair of ESLint (9.15,
// latest 9, the lock file's 10) and TypeScript (5.4, 5.9, the lock file's 6.0), linted typed and
// untyped; then with `--cache` (twice: cold and warm) and `--concurrency` where ESLint has it. Every
// run must give the same reports: typed ones those the `// expect:` markers name, untyped ones the
// same in every cell.
import { existsSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  describeResults,
  expectedReports,
  fatalMessages,
  type LintResult,
  parseLintOutput,
  reportedEntries,
} from './support/lint-results.js';
import { inParallel, run, runOk } from './support/run.js';
import { type Combo, eslintBin, newestCombo, workspace } from './support/workspace.js';

type Mode = 'typed' | 'untyped' | 'cache-cold' | 'cache-warm' | 'concurrency';

interface Outcome {
  readonly code: number | null;
  readonly stderr: string;
  readonly results: LintResult[];
}

const MODE_ARGS: Record<Mode, readonly string[]> = {
  typed: [],
  untyped: ['--config', 'eslint.untyped.config.js'],
  'cache-cold': ['--cache', '--cache-location', '.eslintcache'],
  'cache-warm': ['--cache', '--cache-location', '.eslintcache'],
  concurrency: ['--concurrency', '2'],
};

/** `--concurrency` arrived in ESLint 9.34. */
function hasConcurrency(eslintVersion: string): boolean {
  const [major, minor] = eslintVersion.split('.').map(Number) as [number, number];
  return major > 9 || (major === 9 && minor >= 34);
}

const space = workspace();
const newestTypescript = newestCombo(space).typescript;
const outcomes = new Map<string, Outcome>();
const installed = new Map<string, { eslint: string; typescript: string }>();
const key = (combo: Combo, mode: Mode) => `${combo.id} ${mode}`;

function outcome(combo: Combo, mode: Mode): Outcome {
  const found = outcomes.get(key(combo, mode));
  if (!found) throw new Error(`no ${mode} run for ${combo.id}`);
  return found;
}

/** The modes each cell runs: typed and untyped everywhere, the cache and concurrency with the newest TypeScript. */
function modesOf(combo: Combo): Mode[] {
  const modes: Mode[] = ['typed', 'untyped'];
  if (combo.typescript !== newestTypescript) return modes;
  modes.push('cache-cold');
  if (hasConcurrency(installed.get(combo.id)!.eslint)) modes.push('concurrency');
  return modes;
}

beforeAll(async () => {
  await inParallel(
    4,
    space.combos.map((combo) => async () => {
      const eslint = (await runOk(eslintBin(combo.dir), ['--version'], combo.dir)).stdout.trim().replace(/^v/, '');
      const typescript = (
        await runOk('node', ['-e', "console.log(require('typescript').version)"], combo.dir)
      ).stdout.trim();
      installed.set(combo.id, { eslint, typescript });
    }),
  );
  const lint = (combo: Combo, mode: Mode) => async () => {
    const result = await run(eslintBin(combo.dir), ['--format', 'json', ...MODE_ARGS[mode], 'src'], combo.dir);
    outcomes.set(key(combo, mode), { code: result.code, stderr: result.stderr, results: parseLintOutput(result) });
  };
  await inParallel(
    2,
    space.combos.flatMap((combo) => modesOf(combo).map((mode) => lint(combo, mode))),
  );
  // The warm cache run reads what the cold one wrote.
  await inParallel(
    2,
    space.combos.filter((combo) => modesOf(combo).includes('cache-cold')).map((combo) => lint(combo, 'cache-warm')),
  );
});

describe.each(space.combos.map((combo) => [combo.id, combo] as const))('%s', (_id, combo) => {
  it(`has ESLint ${combo.eslint} and TypeScript ${combo.typescript} installed`, () => {
    const versions = installed.get(combo.id)!;
    expect(versions.eslint.startsWith(combo.eslintVersionPrefix), versions.eslint).toBe(true);
    expect(versions.typescript.startsWith(combo.typescriptVersionPrefix), versions.typescript).toBe(true);
  });

  it('typed: no parse error, exit 1, exactly the reports the markers name', () => {
    const typed = outcome(combo, 'typed');
    expect(fatalMessages(typed.results, combo.dir)).toEqual([]);
    expect(typed.code, typed.stderr).toBe(1);
    expect(reportedEntries(typed.results, combo.dir), describeResults(typed.results, combo.dir)).toEqual(
      expectedReports(combo.dir),
    );
  });

  it('untyped: no parse error, and the same reports as with the newest peers', () => {
    const untyped = outcome(combo, 'untyped');
    expect(fatalMessages(untyped.results, combo.dir)).toEqual([]);
    expect(untyped.code, untyped.stderr).toBe(1);
    const newest = newestCombo(space);
    expect(reportedEntries(untyped.results, combo.dir)).toEqual(
      reportedEntries(outcome(newest, 'untyped').results, newest.dir),
    );
  });

  it('--cache, cold and warm, and --concurrency (ESLint 9.34 and later) report the same as a plain typed run', () => {
    const modes = modesOf(combo).filter((mode) => mode !== 'typed' && mode !== 'untyped');
    if (combo.typescript === newestTypescript) expect(modes).toContain('cache-cold');
    const typed = reportedEntries(outcome(combo, 'typed').results, combo.dir);
    for (const mode of modes.includes('cache-cold') ? [...modes, 'cache-warm' as const] : modes) {
      const other = outcome(combo, mode);
      expect(fatalMessages(other.results, combo.dir), mode).toEqual([]);
      expect(reportedEntries(other.results, combo.dir), mode).toEqual(typed);
    }
  });
});

describe('the matrix as a whole', () => {
  it('covers three ESLint and three TypeScript versions, and runs --concurrency somewhere', () => {
    expect(new Set(space.combos.map((combo) => combo.eslint)).size).toBe(3);
    expect(new Set(space.combos.map((combo) => combo.typescript)).size).toBe(3);
    expect(space.combos.some((combo) => modesOf(combo).includes('concurrency'))).toBe(true);
  });

  it('untyped linting still finds something in the project, and the cache runs wrote their cache file', () => {
    const newest = newestCombo(space);
    expect(reportedEntries(outcome(newest, 'untyped').results, newest.dir).length).toBeGreaterThan(0);
    expect(existsSync(path.join(newest.dir, '.eslintcache'))).toBe(true);
  });
});
