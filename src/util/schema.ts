import type { JSONSchema } from '@typescript-eslint/utils';

/** A user's function, named as in typescript-eslint's `TypeOrValueSpecifier`, or by a bare name. */
export const functionSpecifierSchema: JSONSchema.JSONSchema4 = {
  oneOf: [
    { type: 'string', description: 'A function name.' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'name'],
      properties: {
        from: { type: 'string', enum: ['file', 'lib', 'package'], description: 'Where the function is declared.' },
        name: {
          description: 'The function name, or several.',
          oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
        },
        package: { type: 'string', description: "With `from: 'package'`: the package that declares it." },
      },
    },
  ],
};
