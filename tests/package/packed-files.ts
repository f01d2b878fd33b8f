// The files `npm pack` would put in the tarball, listed without building or packing (no network).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Paths relative to the package root, sorted. dist/ appears only once built; the markdown is there either way. */
export function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output) as { files: { path: string }[] }[];
  return packed!.files.map((file) => file.path).sort();
}
