// What a published package needs besides its code: a license, where its source, home page and issue
// tracker are, and one repository address from which every docs URL derives (the rules' meta.docs.url,
// and so SARIF's helpUri; the README's and the rule pages' config links).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { repositoryUrl, ruleDocsUrl } from '../../src/util/package-json.js';
import { packedFiles, repositoryRoot } from './packed-files.js';

const packageJson = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
  license: string;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  engines: { node: string };
};
// A JavaScript module without types: imported by a computed path, its shape asserted here.
const docGeneratorConfigPath: string = '../../.eslint-doc-generatorrc.js';
const docGeneratorConfig = ((await import(docGeneratorConfigPath)) as { default: { urlConfigs: string } }).default;
const readme = readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');

describe('package metadata', () => {
  it('has an MIT LICENSE file, packed, matching package.json', () => {
    expect(packageJson.license).toBe('MIT');
    expect(readFileSync(path.join(repositoryRoot, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} /,
    );
    expect(packedFiles()).toContain('LICENSE');
  });

  it('names its repository once, and homepage and bugs derive from it', () => {
    expect(packageJson.repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git` });
    expect(repositoryUrl).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(packageJson.homepage).toBe(`${repositoryUrl}#readme`);
    expect(packageJson.bugs).toEqual({ url: `${repositoryUrl}/issues` });
  });

  it("every rule's docs URL is its page in that repository", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docs?.url, name).toBe(ruleDocsUrl(name));
      expect(ruleDocsUrl(name)).toBe(`${repositoryUrl}/blob/main/docs/rules/${name}.md`);
    }
  });

  it("eslint-doc-generator's config links (README and rule page headers) derive from it", () => {
    expect(docGeneratorConfig.urlConfigs).toBe(`${repositoryUrl}#configs`);
  });

  it('the README says the package is ESM only and since which Node.js require() loads it', () => {
    const nodeVersion = /^>=(\d+\.\d+)$/.exec(packageJson.engines.node)?.[1];
    expect(nodeVersion).toBeDefined();
    expect(readme).toMatch(/package is ESM only/);
    expect(readme).toContain(`\`require('eslint-plugin-http-hygiene').default\` works on Node.js ${nodeVersion}`);
  });
});
