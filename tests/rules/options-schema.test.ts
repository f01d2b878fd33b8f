import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';

type RuleOptions = readonly unknown[];

function verifyWith(ruleName: string, options: RuleOptions): void {
  const linter = new Linter({ configType: 'flat' });
  linter.verify('export {};', [
    {
      plugins: { 'http-hygiene': plugin as never },
      rules: { [`http-hygiene/${ruleName}`]: ['error', ...options] as never },
    },
  ]);
}

describe('every rule validates its options', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const schema = rule.meta.schema;
    const takesObject = Array.isArray(schema) && schema.length > 0;
    it(`${name}: its defaults pass the schema`, () => {
      expect(() => verifyWith(name, (rule.meta.defaultOptions ?? []) as RuleOptions)).not.toThrow();
    });
    if (!takesObject) continue;
    it(`${name}: an unknown option fails and is named`, () => {
      expect(() => verifyWith(name, [{ notAnOption: true }])).toThrow(/notAnOption/);
    });
    it(`${name}: every option has a description`, () => {
      const first = (schema as { properties?: Record<string, { description?: string }> }[])[0];
      for (const [option, property] of Object.entries(first?.properties ?? {})) {
        expect(property.description, option).toMatch(/\w/);
      }
    });
  }
});

describe('consume-response-body options', () => {
  // ESLint names the property for unknown options; for a wrong value it names the rule and the value.
  it('rejects a release mode it does not know', () => {
    expect(() => verifyWith('consume-response-body', [{ release: 'flush' }])).toThrow(
      /consume-response-body[\s\S]*"flush" should be equal to one of the allowed values/,
    );
  });
  it('rejects a misspelt option, naming it and the expected ones', () => {
    expect(() => verifyWith('consume-response-body', [{ releaseFunction: ['drain'] }])).toThrow(
      /Unexpected property "releaseFunction"\. Expected properties: "release", "releaseFunctions"/,
    );
  });
  it('rejects a release function given as a number', () => {
    expect(() => verifyWith('consume-response-body', [{ releaseFunctions: [42] }])).toThrow(
      /Value 42 should be string/,
    );
  });
  it('accepts names and specifiers', () => {
    expect(() =>
      verifyWith('consume-response-body', [
        { release: 'drain', releaseFunctions: ['discard', { from: 'package', package: '@acme/http', name: 'drain' }] },
      ]),
    ).not.toThrow();
  });
});
