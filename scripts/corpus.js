// `npm run corpus`: every rule of the built plugin over the corpus of published packages (see
// scripts/corpus/packages.js), with HTTP_HYGIENE_DEBUG=1 so that no rule exception is swallowed.
//
//   node scripts/corpus.js            check: exit 1 on a crash, a parse error, a report not in
//                                     corpus/review.json, a reviewed report gone without a note, a fix
//                                     that adds a TypeScript error, or stale docs/benchmarks/accuracy.md / README
//   node scripts/corpus.js --write    also add new reports to the review as "unreviewed", refresh
//                                     messages, and regenerate docs/benchmarks/accuracy.md and the README summary
//   node scripts/corpus.js --only openai,axios   lint only those packages (no docs written or checked)
//
// The first run installs the pinned packages into .corpus-cache/ (needs the npm registry).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { renderAccuracyDoc, renderReadmeSummary, reviewedReports, withReadmeSummary } from './corpus/accuracy.js';
import { newTypeErrors } from './corpus/fix-check.js';
import { ensureCorpusInstalled, installedVersion, packageDir } from './corpus/install.js';
import { lintPackage } from './corpus/lint.js';
import { CORPUS_PACKAGES } from './corpus/packages.js';
import { ACCURACY_DOC, FIXED_DIR, README, ROOT, TSCONFIG_DIR } from './corpus/paths.js';
import { compareWithReview, readReview, updatedReview, writeReview } from './corpus/review.js';

process.env.HTTP_HYGIENE_DEBUG = '1';

const args = process.argv.slice(2);
const write = args.includes('--write');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex === -1 ? undefined : new Set(args[onlyIndex + 1]?.split(','));
const unknown = only ? [...only].filter((name) => !CORPUS_PACKAGES.some((pkg) => pkg.name === name)) : [];
if (unknown.length > 0) {
  console.error(`corpus: not in the corpus: ${unknown.join(', ')}`);
  process.exit(2);
}

const { default: plugin } = await import('../dist/index.js');
const ruleNames = Object.keys(plugin.rules).sort();

ensureCorpusInstalled();

/** The fixed files, kept beside the corpus for a person to diff against the published ones. */
function keepFixedCopies(name, base, fixed) {
  rmSync(path.join(FIXED_DIR, name), { recursive: true, force: true });
  for (const [file, text] of fixed) {
    const copy = path.join(FIXED_DIR, name, path.relative(base, file));
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, text);
  }
}

const started = performance.now();
const selected = CORPUS_PACKAGES.filter((pkg) => !only || only.has(pkg.name));
const reports = [];
const crashes = [];
const parseErrors = [];
const typeErrors = [];
const summaries = [];
const versions = new Map();
for (const pkg of selected) {
  const packageStarted = performance.now();
  const version = installedVersion(pkg.name);
  versions.set(pkg.name, version);
  const result = await lintPackage(pkg, plugin);
  reports.push(...result.reports);
  crashes.push(...result.crashes);
  parseErrors.push(...result.parseErrors);
  const base = packageDir(pkg.name);
  keepFixedCopies(pkg.name, base, result.fixed);
  let added = [];
  if (pkg.kind === 'typed') {
    added = newTypeErrors(path.join(TSCONFIG_DIR, pkg.tsconfig), result.fixed, (file) =>
      path.relative(base, file).split(path.sep).join('/'),
    );
    typeErrors.push(...added.map((error) => ({ package: pkg.name, ...error })));
  }
  summaries.push({
    name: pkg.name,
    version,
    kind: pkg.kind,
    files: result.files.length,
    fixedFiles: result.fixed.size,
  });
  const seconds = ((performance.now() - packageStarted) / 1000).toFixed(1);
  console.log(
    `${pkg.name}@${version} (${pkg.kind}): ${result.files.length} files, ${result.reports.length} reports, ` +
      `${result.fixed.size} files fixed, ${result.crashes.length} crashes, ${added.length} new type errors, ${seconds} s`,
  );
}
const seconds = (performance.now() - started) / 1000;
if (summaries.some((pkg) => pkg.fixedFiles > 0))
  console.log(
    `\nThe files --fix changed are in ${path.relative(ROOT, FIXED_DIR)}/<package>/ (diff -ru against the package).`,
  );

const failures = [];
const section = (title, lines) => {
  if (lines.length === 0) return;
  failures.push(title);
  console.log(`\n${title}`);
  for (const line of lines) console.log(`  ${line}`);
};
const where = (item) => `${item.package} ${item.file}`;

section(
  'Crashes (a rule threw; HTTP_HYGIENE_DEBUG=1):',
  crashes.map((crash) => `${where(crash)} [${crash.stage}]\n    ${crash.error.replaceAll('\n', '\n    ')}`),
);
section(
  'Parse errors (in the published file, or in the output of --fix):',
  parseErrors.map((error) => `${where(error)} [${error.stage}] ${error.message}`),
);
section(
  'New TypeScript errors after --fix:',
  typeErrors.map((error) => `${error.package} ${error.file}:${error.line} TS${error.code} ${error.message}`),
);

let review = readReview();
// A full run also holds the review's entries of packages no longer in the corpus to account.
const accountable = only
  ? selected.map((pkg) => pkg.name)
  : [...new Set([...CORPUS_PACKAGES.map((pkg) => pkg.name), ...Object.keys(review)])];
const comparison = compareWithReview(reports, review, accountable);
const show = ({ package: name, file, line, column, rule, message }) =>
  `+ ${name} ${file}:${line}:${column} ${rule}\n      ${message}`;
section('New reports, not in corpus/review.json:', comparison.added.map(show));
section(
  'Reviewed reports that are gone, with no "gone" note in corpus/review.json:',
  comparison.vanished.map(({ name, key, entry }) => `- ${name} ${key} (${entry.verdict})\n      ${entry.message}`),
);
section(
  'Reports without a verdict and reason in corpus/review.json:',
  comparison.unreviewed.map(({ name, key }) => `? ${name} ${key}`),
);
section(
  'Reports marked "gone" that are reported again (remove the note):',
  comparison.reappeared.map(({ name, key }) => `! ${name} ${key}`),
);
section(
  'Invalid entries in corpus/review.json:',
  comparison.invalid.map(({ name, key, problem }) => `! ${name} ${key}: ${problem}`),
);
if (!write)
  section(
    'Messages that changed (run with --write to refresh them):',
    comparison.changedMessage.map(
      ({ name, key, was, now }) => `~ ${name} ${key}\n      was: ${was}\n      now: ${now}`,
    ),
  );

if (write) {
  review = updatedReview(reports, review);
  writeReview(
    review,
    CORPUS_PACKAGES.map((pkg) => pkg.name),
  );
  console.log('\nwrote corpus/review.json');
}

if (!only) {
  const run = { packages: summaries, reports: reviewedReports(reports, review, versions), ruleNames };
  const doc = renderAccuracyDoc(run);
  const readme = readFileSync(README, 'utf8');
  const nextReadme = withReadmeSummary(readme, renderReadmeSummary(run));
  const relative = (file) => path.relative(ROOT, file);
  if (write) {
    writeFileSync(ACCURACY_DOC, doc);
    writeFileSync(README, nextReadme);
    console.log(`wrote ${relative(ACCURACY_DOC)} and the accuracy summary in ${relative(README)}`);
  } else {
    const stale = [];
    let current = '';
    try {
      current = readFileSync(ACCURACY_DOC, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== doc) stale.push(relative(ACCURACY_DOC));
    if (readme !== nextReadme) stale.push(`${relative(README)} (## Accuracy)`);
    section(
      'Stale accuracy figures (run `npm run corpus -- --write`):',
      stale.map((file) => file),
    );
  }
}

const typed = summaries.filter((pkg) => pkg.kind === 'typed');
const files = (list) => list.reduce((sum, pkg) => sum + pkg.files, 0);
console.log(
  `\ncorpus: ${summaries.length} packages (${typed.length} typed, ${files(typed)} files; ` +
    `${summaries.length - typed.length} untyped, ${files(summaries) - files(typed)} files), ` +
    `${reports.length} reports, ${crashes.length} crashes, ${typeErrors.length} new type errors after --fix, ` +
    `${seconds.toFixed(0)} s`,
);
if (failures.length > 0) {
  console.log(`corpus: FAILED (${failures.length} ${failures.length === 1 ? 'problem' : 'problems'} above)`);
  process.exit(1);
}
console.log('corpus: passed');
