import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};
const ruleNames = Object.keys(plugin.rules);
const level = (name: string) =>
  (plugin.rules as Record<string, { meta: { docs?: { recommended?: string } } }>)[name]!.meta.docs?.recommended;

describe('the plugin object', () => {
  it('names itself from package.json', () => {
    expect(plugin.meta).toMatchObject({ name: packageJson.name, version: packageJson.version });
  });

  it('registers itself under http-hygiene in every config', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(config.plugins?.['http-hygiene']).toBe(plugin);
    }
  });
});

describe('configs computed from each rule meta', () => {
  it('recommended turns on exactly the rules marked recommended', () => {
    const on = Object.keys(plugin.configs.recommended.rules ?? {}).map((id) => id.replace('http-hygiene/', ''));
    expect(on.sort()).toEqual(ruleNames.filter((name) => level(name) === 'recommended').sort());
  });

  it('strict adds the rules marked strict, and all has every rule', () => {
    const strict = Object.keys(plugin.configs.strict.rules ?? {});
    const all = Object.keys(plugin.configs.all.rules ?? {});
    expect(strict.length).toBeGreaterThan(Object.keys(plugin.configs.recommended.rules ?? {}).length);
    expect(all.sort()).toEqual(ruleNames.map((name) => `http-hygiene/${name}`).sort());
  });

  it('prefer-keep-alive is in strict, not in recommended', () => {
    expect(plugin.configs.recommended.rules).not.toHaveProperty('http-hygiene/prefer-keep-alive');
    expect(plugin.configs.strict.rules).toHaveProperty('http-hygiene/prefer-keep-alive');
  });

  it('strict asks require-request-timeout for a deadline', () => {
    expect(plugin.configs.strict.rules?.['http-hygiene/require-request-timeout']).toEqual([
      'error',
      { requireDeadline: true },
    ]);
    expect(plugin.configs.recommended.rules?.['http-hygiene/require-request-timeout']).toBe('error');
  });
});
