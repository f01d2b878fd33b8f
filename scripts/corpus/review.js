// The review file, corpus/review.json: every report the corpus run gives, with a person's verdict.
//
//   {
//     "reports": {
//       "<package>": {
//         "<file>:<line>:<column> <rule>": {
//           "verdict": "true-positive" | "false-positive" | "unreviewed",
//           "reason": "one line: why",
//           "message": "the rule's message, kept for the reader",
//           "gone": "optional: why the rule no longer reports it"
//         }
//       }
//     }
//   }
//
// The run fails on a report the file does not have, on an entry that is unreviewed or has no reason,
// on an entry whose report is gone without a `gone` note, and on a `gone` entry that is reported again.
import { readFileSync, writeFileSync } from 'node:fs';

import { REVIEW_FILE } from './paths.js';

const VERDICTS = ['true-positive', 'false-positive', 'unreviewed'];

const KEY = /^(.+):(\d+):(\d+) (\S+)$/;

/** @param {{ file: string, line: number, column: number, rule: string }} report */
export const reportKey = (report) => `${report.file}:${report.line}:${report.column} ${report.rule}`;

export function parseKey(key) {
  const match = KEY.exec(key);
  if (!match) return undefined;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]), rule: match[4] };
}

/** @returns {Record<string, Record<string, { verdict: string, reason: string, message: string, gone?: string }>>} */
export function readReview() {
  const text = readFileSync(REVIEW_FILE, 'utf8');
  return JSON.parse(text).reports ?? {};
}

const HEADER = {
  '//': [
    'Every report `npm run corpus` gives on the corpus, with its verdict: true-positive (a real leak, hang or misuse',
    "on some path, by the rule's documented definition) or false-positive, and a one-line reason. Keys are",
    '"<file>:<line>:<column> <rule>" under the package name. `npm run corpus -- --write` adds new reports as',
    '"unreviewed" and refreshes messages; a person writes the verdicts. When a reviewed report disappears, say',
    'why in a "gone" note (for example the fix that removed it) instead of deleting the entry.',
  ],
};

function compareKeys(a, b) {
  const x = parseKey(a);
  const y = parseKey(b);
  if (!x || !y) return a.localeCompare(b);
  return x.file.localeCompare(y.file) || x.line - y.line || x.column - y.column || x.rule.localeCompare(y.rule);
}

/** Writes the review in a stable order: packages in corpus order, entries by file, line, column, rule. */
export function writeReview(review, packageOrder) {
  const ordered = {};
  const names = [
    ...packageOrder,
    ...Object.keys(review)
      .filter((name) => !packageOrder.includes(name))
      .sort(),
  ];
  for (const name of names) {
    const entries = review[name];
    if (!entries || Object.keys(entries).length === 0) continue;
    ordered[name] = {};
    for (const key of Object.keys(entries).sort(compareKeys)) {
      const { verdict, reason, message, gone } = entries[key];
      ordered[name][key] = gone === undefined ? { verdict, reason, message } : { verdict, reason, message, gone };
    }
  }
  writeFileSync(REVIEW_FILE, `${JSON.stringify({ ...HEADER, reports: ordered }, null, 2)}\n`);
}

/**
 * Compares the run's reports with the review.
 * @param {import('./lint.js').Report[]} reports
 * @param {ReturnType<typeof readReview>} review
 * @param {readonly string[]} linted the packages this run linted (others are left alone)
 */
export function compareWithReview(reports, review, linted) {
  const current = new Map();
  for (const report of reports) current.set(`${report.package}\u0000${reportKey(report)}`, report);

  const added = [];
  const unreviewed = [];
  const vanished = [];
  const reappeared = [];
  const changedMessage = [];
  const invalid = [];

  for (const [id, report] of current) {
    const [name, key] = id.split('\u0000');
    const entry = review[name]?.[key];
    if (!entry) added.push(report);
    else {
      if (!VERDICTS.includes(entry.verdict)) invalid.push({ name, key, problem: `verdict "${entry.verdict}"` });
      else if (entry.verdict === 'unreviewed' || !entry.reason?.trim()) unreviewed.push({ name, key, report });
      if (entry.gone !== undefined) reappeared.push({ name, key, report });
      if (entry.message !== report.message) changedMessage.push({ name, key, was: entry.message, now: report.message });
    }
  }
  for (const name of linted) {
    for (const [key, entry] of Object.entries(review[name] ?? {})) {
      if (!parseKey(key)) invalid.push({ name, key, problem: 'key is not "<file>:<line>:<column> <rule>"' });
      else if (!current.has(`${name}\u0000${key}`) && !entry.gone?.trim()) vanished.push({ name, key, entry });
    }
  }
  return { added, unreviewed, vanished, reappeared, changedMessage, invalid };
}

/** Adds new reports as unreviewed and refreshes messages; never drops an entry. */
export function updatedReview(reports, review) {
  const next = JSON.parse(JSON.stringify(review));
  for (const report of reports) {
    const entries = (next[report.package] ??= {});
    const key = reportKey(report);
    if (entries[key]) entries[key].message = report.message;
    else entries[key] = { verdict: 'unreviewed', reason: '', message: report.message };
  }
  return next;
}
