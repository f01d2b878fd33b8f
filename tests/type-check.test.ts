import { describe, expect, it } from 'vitest';

import { typeErrors } from './type-check.js';

describe('typeErrors', () => {
  it('reports an error in one output and none in another', () => {
    const [bad, good] = typeErrors([
      `const port: number = 'eighty';`,
      `export async function f(url: string) { const res = await fetch(url); await res.body?.cancel(); }`,
    ]);
    expect(bad).toHaveLength(1);
    expect(good).toEqual([]);
  });
});
