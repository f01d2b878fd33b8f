// The corpus: published packages with real HTTP client code, at the exact versions of
// corpus/package-lock.json. A typed package is linted with the program of its tsconfig in
// corpus/tsconfig/ (its shipped TypeScript sources); an untyped one is linted as plain JavaScript
// with ESLint's default parser, as a user without TypeScript would.

/**
 * @typedef {object} TypedPackage
 * @property {string} name npm name, a dependency of corpus/package.json
 * @property {'typed'} kind
 * @property {string} tsconfig file name in corpus/tsconfig/; the files it includes are the ones linted
 *
 * @typedef {object} UntypedPackage
 * @property {string} name
 * @property {'untyped'} kind
 * @property {readonly string[]} dirs folders of the package whose .js/.mjs/.cjs files are linted
 * @property {'module' | 'commonjs'} sourceType how its .js files are parsed
 * @property {readonly string[]} [skip] folders under dirs that are left out, with the reason in a comment
 *
 * @typedef {TypedPackage | UntypedPackage} CorpusPackage
 */

/** @type {readonly CorpusPackage[]} */
export const CORPUS_PACKAGES = [
  { name: 'openai', kind: 'typed', tsconfig: 'openai.json' },
  { name: '@anthropic-ai/sdk', kind: 'typed', tsconfig: 'anthropic-ai-sdk.json' },
  // Without src/resources/: see the comment in its tsconfig.
  { name: 'cloudflare', kind: 'typed', tsconfig: 'cloudflare.json' },
  { name: 'ably', kind: 'typed', tsconfig: 'ably.json' },
  { name: '@supabase/supabase-js', kind: 'typed', tsconfig: 'supabase-supabase-js.json' },
  { name: '@supabase/auth-js', kind: 'typed', tsconfig: 'supabase-auth-js.json' },
  { name: '@supabase/storage-js', kind: 'typed', tsconfig: 'supabase-storage-js.json' },
  { name: '@supabase/postgrest-js', kind: 'typed', tsconfig: 'supabase-postgrest-js.json' },
  { name: '@supabase/functions-js', kind: 'typed', tsconfig: 'supabase-functions-js.json' },
  { name: '@supabase/realtime-js', kind: 'typed', tsconfig: 'supabase-realtime-js.json' },
  { name: 'posthog-node', kind: 'typed', tsconfig: 'posthog-node.json' },
  { name: '@posthog/core', kind: 'typed', tsconfig: 'posthog-core.json' },
  { name: 'ollama', kind: 'typed', tsconfig: 'ollama.json' },
  { name: 'minio', kind: 'typed', tsconfig: 'minio.json' },
  { name: 'graphql-request', kind: 'typed', tsconfig: 'graphql-request.json' },

  { name: 'undici', kind: 'untyped', dirs: ['lib'], sourceType: 'commonjs' },
  { name: 'axios', kind: 'untyped', dirs: ['lib'], sourceType: 'module' },
  { name: 'node-fetch', kind: 'untyped', dirs: ['src'], sourceType: 'module' },
  { name: 'got', kind: 'untyped', dirs: ['dist/source'], sourceType: 'module' },
  { name: '@octokit/request', kind: 'untyped', dirs: ['dist-src'], sourceType: 'module' },
  { name: 'gaxios', kind: 'untyped', dirs: ['build/esm'], sourceType: 'module' },
  { name: '@elastic/transport', kind: 'untyped', dirs: ['lib'], sourceType: 'commonjs' },
  // dist/types/ holds only the compiled (empty) modules of its request and response types.
  { name: '@slack/web-api', kind: 'untyped', dirs: ['dist'], sourceType: 'commonjs', skip: ['dist/types'] },
  // esm/resources/ is 237 generated endpoint tables (StripeResource.extend({...})), no HTTP code.
  { name: 'stripe', kind: 'untyped', dirs: ['esm'], sourceType: 'module', skip: ['esm/resources'] },
  { name: '@modelcontextprotocol/sdk', kind: 'untyped', dirs: ['dist/esm'], sourceType: 'module' },
  { name: '@smithy/node-http-handler', kind: 'untyped', dirs: ['dist-es'], sourceType: 'module' },
];
