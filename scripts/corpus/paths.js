// Where the corpus run reads and writes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Committed: the package list and lock file, the typed packages' tsconfigs, the review file. */
export const CORPUS_DIR = path.join(ROOT, 'corpus');
export const TSCONFIG_DIR = path.join(CORPUS_DIR, 'tsconfig');
export const REVIEW_FILE = path.join(CORPUS_DIR, 'review.json');
/** Ignored: the installed packages. */
export const CACHE_DIR = path.join(ROOT, '.corpus-cache');
/** Ignored: the fixed copies of the files `--fix` changed, to diff against the published ones. */
export const FIXED_DIR = path.join(CACHE_DIR, 'fixed');
export const ACCURACY_DOC = path.join(ROOT, 'docs', 'benchmarks', 'accuracy.md');
export const README = path.join(ROOT, 'README.md');
