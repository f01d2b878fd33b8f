import { readFileSync } from 'node:fs';

// The repository's address has one home, package.json's `repository.url` (as in src/util/package-json.ts).
const { repository } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
const repositoryUrl = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Why', 'Examples', 'When not to use it'],
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'fixable',
    'hasSuggestions',
    'requiresTypeChecking',
    'options',
  ],
  urlConfigs: `${repositoryUrl}#configs`,
};

export default config;
