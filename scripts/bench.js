#!/usr/bin/env node
// `npm run bench`: how long each rule takes to lint a corpus, typed and untyped. Figures, not a test.
//
// Corpora: the example service (docs/examples/event-bus/src), the end-to-end project
// (tests/e2e/project/src), a generated file of 200 functions of fetch/undici/axios/got/node:http
// code, and a generated file of the same size with no HTTP at all (what the rules cost when there is
// nothing to find). Every rule of the built plugin's `all` config is on, with default options.
//
// Each measurement runs in a fresh Node process, as a CLI run or a CI job would (cold: the
// TypeScript program is built from nothing), with ESLint's `stats: true`; per-rule and parse times
// are summed over the corpus's files; the table shows the median of --runs runs (default 5). ESLint's
// times are wall-clock; the CPU row (user + system time of the worker over the same span) moves less
// when other work shares the machine.
//
// Scaling rows: the generated HTTP file at 5,000, 10,000 and 20,000 lines (time should grow
// linearly), and one `fetch()` followed by a `.then()` chain of 250, 1,000 and 2,000 links. A chain
// of 2,000 links is deeper than typescript-eslint's parser reaches at Node's default stack, so the
// chain rows run their worker with --stack-size=6000 (under the 8 MiB of a usual `ulimit -s`).
//
// Real code (--set corpus, see scripts/bench-real.js): typed corpus packages (--packages a,b; the
// corpus is installed into .corpus-cache/ on first use) beside @typescript-eslint/no-floating-promises,
// --corpus-runs times each (default 1).
//
// Usage: node scripts/bench.js [--runs N] [--functions N] [--rules id,id] [--set base|scaling|corpus|all]
//        [--packages a,b] [--corpus-runs N] [--shares 0.25,0.5,1] [--reports-dir DIR] [--json]
// --rules keeps only those rules on (names without the http-hygiene/ prefix), to see a rule's cost
// without another rule having warmed the type checker before it. --set picks the corpora: `base`
// (the example service, the e2e project, the two generated files), `scaling`, `corpus`, or `all`
// (default). --reports-dir writes each corpus package's reports (with fixes) there as JSON, to diff
// two builds. --shares picks the fractions of each package's files to lint (`--shares 1` skips the
// scaling rows).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

import { httpSource, httpSourceOfLines, plainSource, thenChainSource } from './bench-corpus.js';
import { DEFAULT_REAL_PACKAGES, printReal, realColumn, realCorpusWorker, realPackages } from './bench-real.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scriptPath = fileURLToPath(import.meta.url);

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    functions: { type: 'string', default: '200' },
    rules: { type: 'string' },
    set: { type: 'string', default: 'all' },
    packages: { type: 'string', default: DEFAULT_REAL_PACKAGES.join(',') },
    'corpus-runs': { type: 'string', default: '1' },
    'reports-dir': { type: 'string' },
    shares: { type: 'string', default: '0.25,0.5,1' },
    json: { type: 'boolean', default: false },
    worker: { type: 'string' },
  },
});

const SCALING_LINES = [5_000, 10_000, 20_000];
const SCALING_LINKS = [250, 1_000, 2_000];
/** V8's stack for the `.then()` chain workers, in KiB (Node's default is 984). */
const DEEP_STACK_KIB = 6000;

/** Lints one corpus in this process and prints its timings as JSON (the child side). */
async function worker({ dir, files, typed, only }) {
  const { ESLint } = await import('eslint');
  const { default: tseslint } = await import('typescript-eslint');
  const { default: plugin } = await import(new URL('../dist/index.js', import.meta.url).href);
  const selected = Object.fromEntries(
    Object.entries(plugin.configs.all.rules).filter(
      ([id]) => !only || only.includes(id.replace(/^http-hygiene\//, '')),
    ),
  );
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    stats: true,
    ignore: false,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {},
        },
      },
      { ...plugin.configs.all, rules: selected },
    ],
  });
  const results = await eslint.lintFiles(files);
  const wall = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
  const rules = Object.fromEntries(Object.keys(selected).map((id) => [id, 0]));
  let parse = 0;
  let total = 0;
  let reports = 0;
  let fatal = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) fatal += 1;
      else reports += 1;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      total += pass.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + time.total;
    }
  }
  process.stdout.write(JSON.stringify({ files: results.length, rules, parse, total, wall, cpu, reports, fatal }));
}

function lineCount(file) {
  return readFileSync(file, 'utf8').split('\n').length;
}

function tsFilesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ms(value) {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

async function main() {
  if (args.worker) {
    const options = JSON.parse(args.worker);
    await (options.real ? realCorpusWorker(options) : worker(options));
    return;
  }
  const runs = Math.max(1, Number(args.runs));
  const functions = Math.max(1, Number(args.functions));
  const only = args.rules
    ?.split(',')
    .map((rule) => rule.trim().replace(/^http-hygiene\//, ''))
    .filter(Boolean);

  if (!['base', 'scaling', 'corpus', 'all'].includes(args.set))
    throw new Error(`--set ${args.set}: base, scaling, corpus or all`);
  const withBase = args.set === 'base' || args.set === 'all';
  const withScaling = args.set === 'scaling' || args.set === 'all';
  const withReal = args.set === 'corpus' || args.set === 'all';
  const realColumns = withReal ? await measureReal(Math.max(1, Number(args['corpus-runs'])), only) : [];

  // The generated corpus: a small typed project in a temp dir whose node_modules is the plugin's,
  // so the clients' types resolve as in a real service.
  const generatedDir = mkdtempSync(path.join(os.tmpdir(), 'http-hygiene-bench-'));
  try {
    const generated = [
      ['http', 'http-heavy.ts', httpSource(functions)],
      ['plain', 'no-http.ts', plainSource(functions)],
      ...SCALING_LINES.map((lines) => [`lines-${lines}`, 'http.ts', httpSourceOfLines(lines)]),
      ...SCALING_LINKS.map((links) => [`chain-${links}`, 'chain.ts', thenChainSource(links)]),
    ];
    for (const [sub, file, text] of generated) {
      mkdirSync(path.join(generatedDir, sub));
      writeFileSync(path.join(generatedDir, sub, file), text);
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(generatedDir, 'node_modules'), 'dir');
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023'],
        types: ['node'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
    };
    for (const [sub] of generated) {
      writeFileSync(
        path.join(generatedDir, sub, 'tsconfig.json'),
        JSON.stringify({ ...tsconfig, include: ['*.ts'] }, null, 2),
      );
    }

    const base = [
      { name: 'event-bus', dir: path.join(root, 'docs', 'examples', 'event-bus'), sub: 'src' },
      { name: 'e2e project', dir: path.join(root, 'tests', 'e2e', 'project'), sub: 'src' },
      { name: `generated HTTP (${functions} fns)`, dir: path.join(generatedDir, 'http'), sub: '.' },
      { name: `no HTTP (${functions} fns)`, dir: path.join(generatedDir, 'plain'), sub: '.' },
    ];
    const scaling = [
      ...SCALING_LINES.map((lines) => ({
        name: `HTTP file, ${lines / 1000}k lines`,
        dir: path.join(generatedDir, `lines-${lines}`),
        sub: '.',
      })),
      ...SCALING_LINKS.map((links) => ({
        name: `.then() chain, ${links} links`,
        dir: path.join(generatedDir, `chain-${links}`),
        sub: '.',
        nodeArgs: [`--stack-size=${DEEP_STACK_KIB}`],
      })),
    ];
    const withCounts = (corpus) => {
      const files = tsFilesIn(path.join(corpus.dir, corpus.sub)).filter((file) => !file.includes('node_modules'));
      return { ...corpus, files: files.length, lines: files.reduce((sum, file) => sum + lineCount(file), 0) };
    };
    const corpora = (withBase ? base : []).map(withCounts);
    const scalingCorpora = (withScaling ? scaling : []).map(withCounts);

    const columns = [];
    const scalingColumns = [];
    for (const corpus of [...corpora, ...scalingCorpora]) {
      for (const typed of [true, false]) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) {
          const { stdout } = await promisify(execFile)(
            process.execPath,
            [
              ...(corpus.nodeArgs ?? []),
              scriptPath,
              '--worker',
              JSON.stringify({ dir: corpus.dir, files: [corpus.sub], typed, only }),
            ],
            { cwd: root, maxBuffer: 64 * 1024 * 1024 },
          );
          samples.push(JSON.parse(stdout));
        }
        const sample = samples[0];
        if (sample.fatal > 0) throw new Error(`${corpus.name}: ${sample.fatal} fatal parse errors`);
        const ruleIds = Object.keys(sample.rules);
        (scalingCorpora.includes(corpus) ? scalingColumns : columns).push({
          label: `${corpus.name}, ${typed ? 'typed' : 'untyped'}`,
          corpus,
          typed,
          reports: sample.reports,
          rules: Object.fromEntries(ruleIds.map((id) => [id, median(samples.map((s) => s.rules[id] ?? 0))])),
          rulesTotal: median(samples.map((s) => Object.values(s.rules).reduce((a, b) => a + b, 0))),
          parse: median(samples.map((s) => s.parse)),
          total: median(samples.map((s) => s.total)),
          wall: median(samples.map((s) => s.wall)),
          cpu: median(samples.map((s) => s.cpu)),
        });
        process.stderr.write(`measured ${corpus.name}, ${typed ? 'typed' : 'untyped'}\n`);
      }
    }

    if (args.json) {
      console.log(
        JSON.stringify({ runs, functions, corpora, columns, scalingCorpora, scalingColumns, realColumns }, null, 2),
      );
      return;
    }
    printMachine(runs);
    if (columns.length > 0) printTables(corpora, columns);
    if (scalingColumns.length > 0) printScaling(scalingColumns);
    if (realColumns.length > 0) printReal(realColumns, ms);
  } finally {
    rmSync(generatedDir, { recursive: true, force: true });
  }
}

/**
 * The real-code rows: each package of --packages at a quarter, half and all of its files,
 * --corpus-runs times each (default 1: a typed run of a large SDK takes minutes). With --reports-dir, the full run of each package writes its reports there as JSON.
 */
async function measureReal(runs, only) {
  const shares = args.shares.split(',').map(Number);
  if (shares.some((share) => !(share > 0 && share <= 1)))
    throw new Error(`--shares ${args.shares}: fractions in (0, 1]`);
  const columns = [];
  for (const pkg of realPackages(args.packages.split(',').filter(Boolean))) {
    for (const share of shares) {
      const samples = [];
      // The checker caches what it computes: a rule that asks first pays for types a later rule reuses.
      // So the full run is also measured with no-floating-promises alone, for the plugin's marginal
      // cost; the two alternate, so that a change in the machine's load falls on both alike.
      const alone = [];
      const worker = async (options) => {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [scriptPath, '--worker', JSON.stringify(options)],
          {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        return JSON.parse(stdout);
      };
      for (let run = 0; run < runs; run += 1) {
        const reportsFile =
          args['reports-dir'] && share === 1 && run === 0
            ? path.resolve(args['reports-dir'], `${pkg.name.replace('/', '+')}.json`)
            : undefined;
        samples.push(await worker({ real: true, name: pkg.name, share, only, reportsFile }));
        if (share === 1) alone.push(await worker({ real: true, name: pkg.name, share, only: [] }));
      }
      columns.push(realColumn(pkg, share, samples, median, alone));
      process.stderr.write(`measured ${pkg.name}, ${share * 100} % of its files\n`);
    }
  }
  return columns;
}

function printMachine(runs) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  console.log(
    `Machine: ${os.cpus().length} CPUs (${cpu}), Node ${process.version}, ${os.platform()} ${os.arch()}; load average at the end ${load} (1/5/15 min): other work on the machine skews the figures`,
  );
  console.log(`Command: node scripts/bench.js ${process.argv.slice(2).join(' ')}`.trimEnd());
  console.log(
    `Median of ${runs} cold runs (a fresh process each; real-code rows: --corpus-runs ${args['corpus-runs']}), ESLint stats; times in ms.\n`,
  );
}

function printTables(corpora, columns) {
  console.log('| corpus | files | lines |');
  console.log('| --- | ---: | ---: |');
  for (const corpus of corpora) console.log(`| ${corpus.name} | ${corpus.files} | ${corpus.lines} |`);
  console.log('');

  const ruleIds = [...new Set(columns.flatMap((column) => Object.keys(column.rules)))].sort();
  const header = ['rule', ...columns.map((column) => column.label)];
  const rows = [
    ...ruleIds.map((id) => [id.replace(/^http-hygiene\//, ''), ...columns.map((column) => ms(column.rules[id] ?? 0))]),
    ['**all rules**', ...columns.map((column) => `**${ms(column.rulesTotal)}**`)],
    ['parse (incl. type program)', ...columns.map((column) => ms(column.parse))],
    ['lint total (ESLint stats)', ...columns.map((column) => ms(column.total))],
    ['wall (new ESLint + lintFiles)', ...columns.map((column) => ms(column.wall))],
    ['CPU (user + system, same span)', ...columns.map((column) => ms(column.cpu))],
    ['reports', ...columns.map((column) => String(column.reports))],
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/**
 * One row per scaling corpus and mode: each rule, all rules, parse, and all rules per 1,000 lines
 * (or per 100 links), the figure that stays flat when time grows linearly.
 */
function printScaling(columns) {
  const ruleIds = [...new Set(columns.flatMap((column) => Object.keys(column.rules)))].sort();
  const header = [
    'corpus',
    'mode',
    'lines',
    ...ruleIds.map((id) => id.replace(/^http-hygiene\//, '')),
    'all rules',
    'per unit',
    'parse',
    'wall',
    'CPU',
    'CPU per unit',
    'reports',
  ];
  console.log('Scaling (per unit: all rules per 1,000 lines, or per 100 links of a chain)\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(
    `| --- | --- | ${header
      .slice(2)
      .map(() => '---:')
      .join(' | ')} |`,
  );
  for (const column of columns) {
    const links = /(\d[\d,]*) links/.exec(column.corpus.name)?.[1];
    const units = links ? Number(links.replace(/,/g, '')) / 100 : column.corpus.lines / 1000;
    const row = [
      column.corpus.name,
      column.typed ? 'typed' : 'untyped',
      String(column.corpus.lines),
      ...ruleIds.map((id) => ms(column.rules[id] ?? 0)),
      `**${ms(column.rulesTotal)}**`,
      ms(column.rulesTotal / units),
      ms(column.parse),
      ms(column.wall),
      ms(column.cpu),
      ms(column.cpu / units),
      String(column.reports),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
