import { readFileSync } from 'node:fs';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly repository: { readonly url: string };
}

/** The plugin's package.json: from src/util/ under the tests, from dist/util/ once built. */
export const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as PackageJson;

/**
 * The one home of the repository's address: package.json's `repository.url`
 * (`git+https://github.com/owner/name.git`) as a web address (`https://github.com/owner/name`).
 * The rules' docs URLs, and so SARIF's `helpUri`, derive from it.
 */
export const repositoryUrl = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The page of a rule's documentation, on the default branch. */
export function ruleDocsUrl(ruleName: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${ruleName}.md`;
}
