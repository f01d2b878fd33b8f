// The plugin's types fit ESLint's own: the e2e project's types/eslint.config.ts (defineConfig from
// eslint/config, ESLint.Plugin, Linter.Config, typescript-eslint's config()) type-checks with the
// installed peers, including the oldest TypeScript; ESLint 9.15 has no eslint/config, so there the
// plain-array form, types/eslint.config.array.ts, is checked. `@ts-expect-error` lines there fail
// the check if the plugin's types, or ESLint's as its .d.ts files see them, resolve to `any`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { inParallel, run } from './support/run.js';
import { type Combo, newestCombo, oldestCombo, workspace } from './support/workspace.js';

const space = workspace();

async function typeErrors(combo: Combo, file: string): Promise<string> {
  const typesDir = path.join(combo.dir, 'types');
  const tsconfig = path.join(typesDir, `tsconfig.${file}.json`);
  writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json', files: [file] }));
  const tsc = await run(path.join(combo.dir, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], typesDir);
  return tsc.code === 0 ? '' : `exit ${tsc.code}\n${tsc.stdout}${tsc.stderr}`;
}

/**
 * ESLint 9.22 and later have eslint/config: the newest ESLint with the oldest and the newest
 * TypeScript, and the latest ESLint 9 with the newest TypeScript.
 */
const newest = newestCombo(space);
const withDefineConfig = space.combos.filter(
  (combo) =>
    combo.eslint !== oldestCombo(space).eslint &&
    (combo.typescript === newest.typescript ||
      (combo.eslint === newest.eslint && combo.typescript === oldestCombo(space).typescript)),
);

describe('an eslint.config.ts type-checks with the plugin', () => {
  it(`as a plain array on the oldest peers (${oldestCombo(space).id})`, async () => {
    expect(await typeErrors(oldestCombo(space), 'eslint.config.array.ts')).toBe('');
  });

  it('with defineConfig() on ESLint 9 latest and 10, with the oldest and the newest TypeScript', async () => {
    expect(withDefineConfig.length).toBe(3);
    const errors = await inParallel(
      2,
      withDefineConfig.map(
        (combo) => async () => `${combo.id}: ${(await typeErrors(combo, 'eslint.config.ts')) || 'ok'}`,
      ),
    );
    expect(errors).toEqual(withDefineConfig.map((combo) => `${combo.id}: ok`));
  });
});
