// Installs the corpus (corpus/package.json and its lock file) into .corpus-cache/, exactly as locked
// and with no install scripts, unless the cache already holds that lock file's install.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { CORPUS_DIR, CACHE_DIR } from './paths.js';

const LOCK = 'package-lock.json';

/** Makes .corpus-cache/node_modules match corpus/package-lock.json; returns whether it installed. */
export function ensureCorpusInstalled() {
  const wanted = readFileSync(path.join(CORPUS_DIR, LOCK), 'utf8');
  const installedLock = path.join(CACHE_DIR, 'node_modules', '.package-lock.json');
  const cachedLock = path.join(CACHE_DIR, LOCK);
  if (existsSync(installedLock) && existsSync(cachedLock) && readFileSync(cachedLock, 'utf8') === wanted) return false;

  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  copyFileSync(path.join(CORPUS_DIR, 'package.json'), path.join(CACHE_DIR, 'package.json'));
  copyFileSync(path.join(CORPUS_DIR, LOCK), cachedLock);
  console.log('corpus: installing the pinned packages into .corpus-cache/ (npm ci --ignore-scripts) ...');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: CACHE_DIR,
    stdio: 'inherit',
  });
  return true;
}

/** The version of `name` installed in the corpus cache. */
export function installedVersion(name) {
  return JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
}

/** Where `name` is installed in the corpus cache. */
export function packageDir(name) {
  return path.join(CACHE_DIR, 'node_modules', name);
}
