// Every link in every markdown file of the tarball works where the package is read: on npm, on
// GitHub and in node_modules. A relative link must point at a packed file (and at a heading of it,
// for `#anchor`); a link into the project's repository must start with package.json's repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { anchorsOf, linksOf } from './markdown-links.js';
import { packedFiles, repositoryRoot } from './packed-files.js';

const packed = packedFiles();
const markdownFiles = packed.filter((file) => file.endsWith('.md'));
const packageJson = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
  name: string;
  repository: { url: string };
};
const repositoryUrl = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const readMarkdown = (file: string) => readFileSync(path.join(repositoryRoot, file), 'utf8');

describe('the packed markdown', () => {
  it('includes the README, the guides and every rule page', () => {
    for (const file of ['README.md', 'docs/editor.md', 'docs/pre-commit.md', 'docs/ci.md']) {
      expect(markdownFiles).toContain(file);
    }
    expect(markdownFiles.filter((file) => file.startsWith('docs/rules/')).length).toBeGreaterThan(0);
    expect(markdownFiles.filter((file) => file.startsWith('docs/examples/'))).toEqual([]);
  });

  it.each(markdownFiles)('%s: every relative link points at a packed file, and its #anchor at a heading', (file) => {
    const broken: string[] = [];
    for (const link of linksOf(readMarkdown(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.target)) continue;
      const [target, anchor] = link.target.split('#') as [string, string | undefined];
      const resolved = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file;
      if (!packed.includes(resolved)) {
        broken.push(`line ${link.line}: ${link.target} (${resolved} is not in the tarball)`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchorsOf(readMarkdown(resolved)).has(anchor)) {
        broken.push(`line ${link.line}: ${link.target} (no heading #${anchor} in ${resolved})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(markdownFiles)("%s: links into the project's repository start with package.json's repository", (file) => {
    const wrong: string[] = [];
    for (const link of linksOf(readMarkdown(file))) {
      if (!/^https?:\/\/(www\.)?github\.com\//.test(link.target) || !link.target.includes(packageJson.name)) continue;
      const rest = link.target.startsWith(repositoryUrl) ? link.target.slice(repositoryUrl.length) : undefined;
      if (rest === undefined || !/^([#/]|$)/.test(rest)) {
        wrong.push(`line ${link.line}: ${link.target}`);
        continue;
      }
      const blob = /^\/blob\/main\/([^#?]+)/.exec(rest);
      if (blob && !existsSync(path.join(repositoryRoot, blob[1]!))) {
        wrong.push(`line ${link.line}: ${link.target} (no ${blob[1]} in the repository)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
