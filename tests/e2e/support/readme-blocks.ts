// The README's named code blocks: a fence whose info string is a language and a name
// (```sh install-typescript, ```js setup-typescript). The tests run them as written.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The text of every named block of a markdown file, by name; a name used twice is an error. */
export function namedBlocks(markdownPath: string): ReadonlyMap<string, string> {
  const blocks = new Map<string, string>();
  const lines = readFileSync(markdownPath, 'utf8').split(/\r?\n/);
  let open: { fence: string; name: string | undefined; body: string[] } | undefined;
  for (const line of lines) {
    if (open) {
      if (line.trim() === open.fence) {
        if (open.name) {
          if (blocks.has(open.name)) throw new Error(`${path.basename(markdownPath)}: two blocks named ${open.name}`);
          blocks.set(open.name, `${open.body.join('\n')}\n`);
        }
        open = undefined;
      } else {
        open.body.push(line);
      }
      continue;
    }
    const start = /^(`{3,})\s*(\S+)?(?:\s+(\S+))?\s*$/.exec(line);
    if (start) open = { fence: start[1]!, name: start[3], body: [] };
  }
  return blocks;
}

export function block(blocks: ReadonlyMap<string, string>, name: string): string {
  const text = blocks.get(name);
  if (text === undefined) throw new Error(`the README has no block named ${name}`);
  return text;
}

/** An install line of the README with the package name replaced by the packed tarball's path. */
export function withTarball(installLines: string, packageName: string, tarball: string): string {
  const pattern = new RegExp(`(?<=\\s)${packageName.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}(?=\\s|$)`, 'gm');
  if (!pattern.test(installLines)) throw new Error(`no ${packageName} in:\n${installLines}`);
  return installLines.replace(pattern, tarball);
}
