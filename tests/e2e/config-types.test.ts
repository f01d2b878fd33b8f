// The plugin's types fit ESLint's own: the e2e project's types/eslint.config.ts (defineConfig from
// eslint/config, ESLint.Plugin, Linter.Config, typescript-eslint's config()) type-checks with the
// installed peers, including the oldest TypeScript; ESLint 9.15 has no eslint/config, so there the
// plain-array form, types/eslint.config.array.ts, is checked. `skipLibCheck` is off: the plugin's
// .d.ts files are checked against each ESLint's types too.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { inParallel, run } from './support/run.js';
import { type Combo, oldestCombo, workspace } from './support/workspace.js';

const space = workspace();

async function typeErrors(combo: Combo, file: string): Promise<string> {
  const typesDir = path.join(combo.dir, 'types');
  const tsconfig = path.join(typesDir, `tsconfig.${file}.json`);
  writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json', files: [file] }));
  const tsc = await run(path.join(combo.dir, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], typesDir);
  return tsc.code === 0 ? '' : `exit ${tsc.code}\n${tsc.stdout}${tsc.stderr}`;
}

/** ESLint 9.22 and later have eslint/config; so do every cell of the matrix but ESLint 9.15's. */
const withDefineConfig = space.combos.filter((combo) => combo.eslint !== oldestCombo(space).eslint);

describe('an eslint.config.ts type-checks with the plugin', () => {
  it(`as a plain array on the oldest peers (${oldestCombo(space).id})`, async () => {
    expect(await typeErrors(oldestCombo(space), 'eslint.config.array.ts')).toBe('');
  });

  it('with defineConfig() on every ESLint that has eslint/config, with the oldest to the newest TypeScript', async () => {
    expect(withDefineConfig.length).toBeGreaterThanOrEqual(6);
    const errors = await inParallel(
      2,
      withDefineConfig.map(
        (combo) => async () => `${combo.id}: ${(await typeErrors(combo, 'eslint.config.ts')) || 'ok'}`,
      ),
    );
    expect(errors).toEqual(withDefineConfig.map((combo) => `${combo.id}: ok`));
  });
});
