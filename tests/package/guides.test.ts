// The user guides say what the rules do; where they name the rules that have an autofix, that list
// is between `<!-- autofix rules -->` and `<!-- /autofix rules -->` and must be exactly the rules
// whose meta is fixable. A guide that speaks of autofixes names rules nowhere else. The README
// links every guide from its Setup section, where a new user looks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { repositoryRoot } from './packed-files.js';

const docsDir = path.join(repositoryRoot, 'docs');
const guides = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .sort();
const fixable = Object.entries(rules)
  .filter(([, rule]) => rule.meta.fixable !== undefined)
  .map(([name]) => name)
  .sort();
const ruleNames = Object.keys(rules);
const REGION = /<!-- autofix rules -->([\s\S]*?)<!-- \/autofix rules -->/g;

function namedRules(text: string): string[] {
  return [...new Set([...text.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!))]
    .filter((name) => ruleNames.includes(name))
    .sort();
}

describe('the user guides', () => {
  it('are there, and at least one rule has an autofix', () => {
    expect(guides).toEqual(expect.arrayContaining(['ci.md', 'editor.md', 'pre-commit.md']));
    expect(fixable.length).toBeGreaterThan(0);
  });

  it.each(guides)('%s: each list of the rules with an autofix is exactly the fixable rules', (guide) => {
    const markdown = readFileSync(path.join(docsDir, guide), 'utf8');
    for (const region of markdown.matchAll(REGION)) {
      expect(namedRules(region[1]!), region[0]).toEqual(fixable);
    }
  });

  it.each(guides)('%s: a paragraph about autofixes names rules only inside an autofix list', (guide) => {
    const outside = readFileSync(path.join(docsDir, guide), 'utf8').replace(REGION, '');
    const paragraphs = outside.split(/\n\s*\n/).filter((paragraph) => /autofix/i.test(paragraph));
    expect(paragraphs.filter((paragraph) => namedRules(paragraph).length > 0)).toEqual([]);
  });

  it("the README's Setup links every guide", () => {
    const readme = readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
    const setup = readme.split('\n## Setup\n')[1]!.split('\n## ')[0]!;
    for (const guide of guides) expect(setup, guide).toContain(`](docs/${guide})`);
  });
});
