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

/** The parts of a rule's JSON schema these tests walk. */
interface OptionSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly properties?: Readonly<Record<string, OptionSchema>>;
  readonly items?: OptionSchema;
  readonly oneOf?: readonly OptionSchema[];
}

/** A value of the wrong JSON type for `schema`, or undefined when the schema names no type. */
function wrongTypeFor(schema: OptionSchema): unknown {
  switch (schema.type) {
    case 'string':
      return 424242;
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'not-a-boolean';
    case 'array':
      return 'not-an-array';
    case 'object':
      return 'not-an-object';
    default:
      return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ESLint's message for an invalid value: the rule's key, then the value it rejected and why. */
function invalidValueMessage(ruleName: string, value: unknown, why: string): RegExp {
  return new RegExp(
    `Key "http-hygiene/${escapeRegExp(ruleName)}":[\\s\\S]*Value ${escapeRegExp(JSON.stringify(value))} ${escapeRegExp(why)}`,
  );
}

// ESLint names an option in its message only when the option is unknown ("Unexpected property");
// for a value of the wrong type or range it names the rule and quotes the rejected value. These
// tests pin both for every option, down to the objects inside arrays (function specifiers).
describe('every rule rejects invalid options with a message that points at them', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const schema = rule.meta.schema as readonly OptionSchema[] | OptionSchema;
    const objectSchema = Array.isArray(schema) ? (schema[0] as OptionSchema | undefined) : undefined;

    if (!objectSchema) {
      it(`${name}: takes no options, and rejects one`, () => {
        expect(() => verifyWith(name, [{}])).toThrow(
          invalidValueMessage(name, [{}], 'should NOT have more than 0 items'),
        );
      });
      continue;
    }

    it(`${name}: rejects a second options object`, () => {
      // ESLint quotes the options merged with the rule's defaults here, so only the reason is matched.
      expect(() => verifyWith(name, [{}, {}])).toThrow(
        new RegExp(`Key "http-hygiene/${name}":[\\s\\S]*should NOT have more than 1 items`),
      );
    });
    it(`${name}: rejects options that are not an object`, () => {
      expect(() => verifyWith(name, ['options'])).toThrow(invalidValueMessage(name, 'options', 'should be object'));
    });

    for (const [option, property] of Object.entries(objectSchema.properties ?? {})) {
      const wrong = wrongTypeFor(property);
      it(`${name}: ${option} has a type, and a value of another type is rejected`, () => {
        expect(wrong, `${option} declares no type`).toBeDefined();
        expect(() => verifyWith(name, [{ [option]: wrong }])).toThrow(
          invalidValueMessage(name, wrong, `should be ${property.type}`),
        );
      });
      if (property.enum) {
        it(`${name}: ${option} rejects a value outside its choices`, () => {
          expect(() => verifyWith(name, [{ [option]: 'not-a-choice' }])).toThrow(
            invalidValueMessage(name, 'not-a-choice', 'should be equal to one of the allowed values'),
          );
        });
      }
      if (property.minimum !== undefined) {
        const below = property.minimum - 1;
        it(`${name}: ${option} rejects ${below}, below its minimum`, () => {
          expect(() => verifyWith(name, [{ [option]: below }])).toThrow(
            invalidValueMessage(name, below, `should be >= ${property.minimum}`),
          );
        });
      }
      const itemObjects = [property.items, ...(property.items?.oneOf ?? [])].filter(
        (item): item is OptionSchema => item?.type === 'object',
      );
      for (const itemObject of itemObjects) {
        it(`${name}: an unknown key in an object of ${option} is named, with the keys it takes`, () => {
          const keys = Object.keys(itemObject.properties ?? {})
            .map((key) => `"${key}"`)
            .join(', ');
          expect(() => verifyWith(name, [{ [option]: [{ notAKey: true }] }])).toThrow(
            new RegExp(`Unexpected property "notAKey"\\. Expected properties: ${escapeRegExp(keys)}`),
          );
        });
      }
    }
  }
});
