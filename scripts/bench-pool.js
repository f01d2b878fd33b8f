#!/usr/bin/env node
// Benchmark (not a test): how many TCP connections do common HTTP client
// patterns open against one keep-alive server, and what does that cost?
//
// The parent process runs a loopback server (127.0.0.1, ephemeral port) that
// counts the sockets it accepts. Each client scenario runs in its own child
// process (so fetch's global connection pool starts empty every time and no
// scenario inherits another's sockets) and sends the same N requests with C
// concurrent workers. Scenarios run one after another; the server's counters
// are reset and every server-side socket is closed between them. Each child
// first warms up against a second loopback server that is not counted. Each
// scenario has a deadline, so a pattern that stalls is reported as
// "timed out" instead of hanging the run.
//
// Usage: node scripts/bench-pool.js [--requests N] [--concurrency C]
//          [--body-bytes B] [--timeout-ms T] [--only id,id] [--no-warmup] [--json]
// Scenario ids for --only: fetch-read, fetch-unread, fetch-cancel,
// undici-shared, undici-per-request, http-shared, http-per-request,
// http-agent-false.

import { fork } from 'node:child_process';
import { once, setMaxListeners } from 'node:events';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent as UndiciAgent, request as undiciRequest } from 'undici';

/** Extra time after a scenario's last response during which late sockets still count. */
const SETTLE_MS = 100;
/** Requests each child sends to the warm-up server before it is measured. */
const WARMUP_REQUESTS = 100;
/** The warm-up stops after this long even if it has not sent all its requests. */
const WARMUP_MAX_MS = 1000;
/** Grace period on top of --timeout-ms before the parent kills a stuck child. */
const KILL_GRACE_MS = 3000;

const LIMITS = {
  requests: [1, 20_000],
  concurrency: [1, 256],
  'body-bytes': [0, 8 * 1024 * 1024],
  'timeout-ms': [100, 20_000],
};

function usage(message) {
  if (message) process.stderr.write(`bench-pool: ${message}\n`);
  process.stderr.write(
    'usage: node scripts/bench-pool.js [--requests N] [--concurrency C] ' +
      '[--body-bytes B] [--timeout-ms T] [--only id,id] [--no-warmup] [--json]\n',
  );
  process.exit(message ? 2 : 0);
}

function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        requests: { type: 'string', default: '200' },
        concurrency: { type: 'string', default: '10' },
        'body-bytes': { type: 'string', default: String(16 * 1024) },
        'timeout-ms': { type: 'string', default: '4000' },
        only: { type: 'string' },
        'no-warmup': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    usage(error.message);
  }
  const { values } = parsed;
  if (values.help) usage();
  const opts = {};
  for (const [name, [min, max]] of Object.entries(LIMITS)) {
    const raw = values[name];
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      usage(`--${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    }
    opts[name] = n;
  }
  let scenarios = SCENARIOS;
  if (values.only !== undefined) {
    const ids = values.only
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const known = new Set(SCENARIOS.map((s) => s.id));
    if (ids.length === 0 || ids.some((id) => !known.has(id))) {
      usage(`--only takes a comma-separated list of: ${[...known].join(', ')}`);
    }
    scenarios = SCENARIOS.filter((s) => ids.includes(s.id));
  }
  return {
    scenarios,
    requests: opts.requests,
    concurrency: Math.min(opts.concurrency, opts.requests),
    bodyBytes: opts['body-bytes'],
    timeoutMs: opts['timeout-ms'],
    warmup: !values['no-warmup'],
    json: values.json,
  };
}

// ---------------------------------------------------------------- server --

function startServer(bodyBytes) {
  const body = Buffer.alloc(bodyBytes, 0x61);
  const stats = { accepted: 0, open: 0, peakOpen: 0, requests: 0, unused: 0 };
  /** Every open server-side socket -> requests it has served. */
  const sockets = new Map();
  const server = http.createServer((req, res) => {
    stats.requests++;
    if (sockets.has(req.socket)) sockets.set(req.socket, sockets.get(req.socket) + 1);
    req.resume();
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
    });
    res.end(body);
  });
  // Keep idle keep-alive sockets open for longer than any scenario's deadline.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 35_000;
  server.on('connection', (socket) => {
    stats.accepted++;
    stats.open++;
    if (stats.open > stats.peakOpen) stats.peakOpen = stats.open;
    sockets.set(socket, 0);
    socket.once('close', () => {
      stats.open--;
      if (sockets.get(socket) === 0) stats.unused++;
      sockets.delete(socket);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address();
      resolve({ server, stats, sockets, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/** Close every server-side socket and wait until they are gone. */
async function closeServerSockets(ctx) {
  ctx.server.closeAllConnections();
  for (const socket of ctx.sockets.keys()) socket.destroy();
  for (let i = 0; i < 100 && ctx.stats.open > 0; i++) await sleep(10);
}

function resetCounters(ctx) {
  ctx.stats.accepted = 0;
  ctx.stats.peakOpen = ctx.stats.open;
  ctx.stats.requests = 0;
  ctx.stats.unused = 0;
}

function snapshot(ctx) {
  let unusedOpen = 0;
  for (const count of ctx.sockets.values()) if (count === 0) unusedOpen++;
  return {
    socketsAccepted: ctx.stats.accepted,
    unusedSockets: ctx.stats.unused + unusedOpen,
    peakOpenSockets: ctx.stats.peakOpen,
    stillOpen: ctx.stats.open,
    serverRequests: ctx.stats.requests,
  };
}

// ------------------------------------------------------------- scenarios --

function expectOk(status) {
  if (status !== 200) throw new Error(`unexpected status ${status}`);
}

/** One node:http GET that reads the response to the end. */
function httpGet(url, agent, signal) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, signal }, (res) => {
      res.once('error', reject);
      res.once('aborted', () => reject(new Error('response aborted')));
      res.once('end', () => resolve(res.statusCode));
      res.resume();
    });
    req.once('error', reject);
    req.end();
  });
}

/**
 * Each scenario: setup() returns { one(url, signal), close?() }.
 * one() performs a single request; close() releases shared resources.
 */
const SCENARIOS = [
  {
    id: 'fetch-read',
    label: 'fetch, body read (arrayBuffer)',
    usesFetch: true,
    setup: () => ({
      async one(url, signal) {
        const res = await fetch(url, { signal });
        expectOk(res.status);
        await res.arrayBuffer();
      },
    }),
  },
  {
    id: 'fetch-unread',
    label: 'fetch, body never read',
    usesFetch: true,
    setup: () => ({
      async one(url, signal) {
        const res = await fetch(url, { signal });
        expectOk(res.status);
      },
    }),
  },
  {
    id: 'fetch-cancel',
    label: 'fetch, body.cancel()',
    usesFetch: true,
    setup: () => ({
      async one(url, signal) {
        const res = await fetch(url, { signal });
        expectOk(res.status);
        await res.body?.cancel();
      },
    }),
  },
  {
    id: 'undici-shared',
    label: 'undici request, shared Agent, dump()',
    setup: () => {
      const dispatcher = new UndiciAgent();
      return {
        async one(url, signal) {
          const { statusCode, body } = await undiciRequest(url, { dispatcher, signal });
          await body.dump();
          expectOk(statusCode);
        },
        close: () => dispatcher.destroy(),
      };
    },
  },
  {
    id: 'undici-per-request',
    label: 'undici request, new Agent per request',
    setup: () => ({
      async one(url, signal) {
        const dispatcher = new UndiciAgent();
        try {
          const { statusCode, body } = await undiciRequest(url, { dispatcher, signal });
          await body.dump();
          expectOk(statusCode);
          await dispatcher.close();
        } finally {
          if (!dispatcher.closed) await dispatcher.destroy();
        }
      },
    }),
  },
  {
    id: 'http-shared',
    label: 'node:http, shared keepAlive Agent',
    setup: () => {
      const agent = new http.Agent({ keepAlive: true });
      return {
        async one(url, signal) {
          expectOk(await httpGet(url, agent, signal));
        },
        close: () => agent.destroy(),
      };
    },
  },
  {
    id: 'http-per-request',
    label: 'node:http, new keepAlive Agent per request',
    setup: () => ({
      async one(url, signal) {
        const agent = new http.Agent({ keepAlive: true });
        try {
          expectOk(await httpGet(url, agent, signal));
        } finally {
          agent.destroy();
        }
      },
    }),
  },
  {
    id: 'http-agent-false',
    label: 'node:http, agent: false',
    setup: () => ({
      async one(url, signal) {
        expectOk(await httpGet(url, false, signal));
      },
    }),
  },
];

// ---------------------------------------------------------- child process --

/** Run `one` n times with `concurrency` workers; progress is readable while running. */
async function runWorkers(n, concurrency, signal, one, progress = { ok: 0, errors: 0 }) {
  let next = 0;
  async function worker() {
    while (next < n && !signal.aborted) {
      next++;
      try {
        await one(signal);
        progress.ok++;
      } catch (error) {
        if (signal.aborted) break;
        progress.errors++;
        progress.firstError ??= error;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return progress;
}

function nextParentMessage(type) {
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message?.type !== type) return;
      process.off('message', onMessage);
      resolve(message);
    };
    process.on('message', onMessage);
  });
}

async function childMain() {
  // If the parent goes away, so do we.
  process.once('disconnect', () => process.exit(0));
  const args = JSON.parse(process.env.BENCH_POOL_ARGS);
  const { id, url, warmUrl, warmRequests, warmMaxMs, requests, concurrency, timeoutMs } = args;
  const scenario = SCENARIOS.find((s) => s.id === id);

  // Warm up (lazy loading, JIT) against a second server. It is a different
  // origin, so fetch's global pool keeps those connections apart from the
  // measured ones; shared agents get their own throw-away instance.
  if (warmRequests > 0) {
    const warmClient = scenario.setup();
    const warmSignal = AbortSignal.timeout(warmMaxMs);
    setMaxListeners(warmRequests + concurrency + 8, warmSignal);
    await runWorkers(warmRequests, concurrency, warmSignal, (signal) => warmClient.one(warmUrl, signal));
    await Promise.race([warmClient.close?.(), sleep(1000)]).catch(() => {});
  }
  const client = scenario.setup();

  const go = nextParentMessage('go');
  process.send({ type: 'ready' });
  await go;

  const deadline = new AbortController();
  // One listener per in-flight request, plus leftovers from unread fetch bodies.
  setMaxListeners(requests + concurrency + 8, deadline.signal);
  const timer = setTimeout(() => deadline.abort(new Error(`deadline of ${timeoutMs} ms exceeded`)), timeoutMs);
  const deadlineHit = new Promise((resolve) => {
    deadline.signal.addEventListener('abort', () => resolve(null), { once: true });
  });
  const outcome = { ok: 0, errors: 0, firstError: undefined };
  const start = performance.now();
  // The race guarantees progress even if a client ignores the abort signal.
  await Promise.race([
    runWorkers(requests, concurrency, deadline.signal, (sig) => client.one(url, sig), outcome),
    deadlineHit,
  ]);
  const wallMs = performance.now() - start;
  clearTimeout(timer);
  const timedOut = deadline.signal.aborted;

  const exit = nextParentMessage('exit');
  process.send({
    type: 'result',
    completed: outcome.ok,
    errors: outcome.errors,
    firstError: outcome.firstError ? String(outcome.firstError.message ?? outcome.firstError) : null,
    wallMs,
    timedOut,
  });
  await exit;
  try {
    await Promise.race([client.close?.(), sleep(1000)]);
  } catch {
    // Closing after a deadline may reject; the process exits anyway.
  }
  // Unread fetch bodies keep sockets in the global pool; do not wait for GC.
  process.disconnect();
  process.exit(0);
}

// --------------------------------------------------------- parent process --

function nextChildMessage(child, type) {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message) => {
      if (message?.type !== type) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code, signal) => {
      cleanup();
      reject(new Error(`child exited (${signal ?? code}) before sending "${type}"`));
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

async function runScenario(ctx, scenario, opts) {
  await closeServerSockets(ctx);
  resetCounters(ctx);
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: {
      ...process.env,
      BENCH_POOL_CHILD: '1',
      BENCH_POOL_ARGS: JSON.stringify({
        id: scenario.id,
        url: ctx.url,
        warmUrl: ctx.warm.url,
        warmRequests: opts.warmup ? Math.min(opts.requests, WARMUP_REQUESTS) : 0,
        warmMaxMs: WARMUP_MAX_MS,
        requests: opts.requests,
        concurrency: opts.concurrency,
        timeoutMs: opts.timeoutMs,
      }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  // Last resort if the child stops responding (e.g. a blocked event loop).
  let killed = false;
  let killTimer;
  let killMs = 0;
  let phase = 'warm-up';
  const armKillTimer = (ms) => {
    clearTimeout(killTimer);
    killMs = ms;
    killTimer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
  };
  armKillTimer(WARMUP_MAX_MS + KILL_GRACE_MS);

  let message;
  let failure = null;
  try {
    await nextChildMessage(child, 'ready');
    await closeServerSockets(ctx.warm);
    resetCounters(ctx);
    const result = nextChildMessage(child, 'result');
    armKillTimer(opts.timeoutMs + KILL_GRACE_MS);
    phase = 'run';
    child.send({ type: 'go' });
    message = await result;
    await sleep(SETTLE_MS);
  } catch (error) {
    failure = killed ? null : error.message;
  }
  const server = snapshot(ctx);
  if (child.connected) child.send({ type: 'exit' });
  await exited;
  clearTimeout(killTimer);

  const timedOut = killed || Boolean(message?.timedOut);
  const completed = message?.completed ?? 0;
  const wallMs = message?.wallMs ?? killMs;
  return {
    id: scenario.id,
    scenario: scenario.label,
    requests: opts.requests,
    completed,
    errors: message?.errors ?? 0,
    firstError: message?.firstError ?? failure,
    ...server,
    wallMs: Math.round(wallMs * 10) / 10,
    // After a deadline this is the rate of the requests that did complete.
    requestsPerSec: message ? Math.round((completed / wallMs) * 1000) : null,
    timedOut,
    timeoutMs: timedOut ? (killed ? killMs : opts.timeoutMs) : null,
    killedDuring: killed ? phase : null,
  };
}

function commandLine() {
  const script = path.relative(process.cwd(), process.argv[1]) || process.argv[1];
  return ['node', script, ...process.argv.slice(2)].join(' ');
}

function formatTable(results) {
  const header = ['scenario', 'sockets', 'unused', 'peak open', 'wall ms', 'req/s', 'ok', 'note'];
  const rows = results.map((r) => {
    const notes = [];
    if (r.killedDuring) {
      notes.push(`child unresponsive, killed after ${r.timeoutMs} ms (${r.killedDuring})`);
    } else if (r.timedOut) {
      notes.push(`timed out after ${r.timeoutMs} ms`);
    }
    if (r.errors || r.firstError) notes.push(`${r.errors} errors, first: ${r.firstError}`);
    return [
      r.scenario,
      String(r.socketsAccepted),
      String(r.unusedSockets),
      String(r.peakOpenSockets),
      r.timedOut ? `>${r.timeoutMs}` : r.wallMs.toFixed(1),
      r.requestsPerSec === null ? '-' : String(r.requestsPerSec),
      `${r.completed}/${r.requests}`,
      notes.join('; '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6]);
  const fmt = (row) =>
    row
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

async function parentMain() {
  const opts = parseCli(process.argv.slice(2));
  const ctx = await startServer(opts.bodyBytes);
  ctx.warm = await startServer(opts.bodyBytes);

  const results = [];
  for (const scenario of opts.scenarios) {
    results.push(await runScenario(ctx, scenario, opts));
  }

  for (const target of [ctx, ctx.warm]) {
    await closeServerSockets(target);
    await new Promise((resolve) => target.server.close(() => resolve()));
  }

  const meta = {
    node: process.version,
    fetchUndici: process.versions.undici ?? null,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    platform: `${process.platform} ${process.arch}`,
    command: commandLine(),
    requests: opts.requests,
    concurrency: opts.concurrency,
    bodyBytes: opts.bodyBytes,
    timeoutMs: opts.timeoutMs,
    settleMs: SETTLE_MS,
    warmupRequests: opts.warmup ? Math.min(opts.requests, WARMUP_REQUESTS) : 0,
    scenarios: opts.scenarios.map((s) => s.id),
  };

  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ meta, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `Node ${meta.node} (fetch = bundled undici ${meta.fetchUndici ?? '?'}), ${meta.platform}`,
      `CPU: ${meta.cpu} x ${meta.cpus}`,
      `Command: ${meta.command}`,
      `Requests: ${meta.requests}, concurrency: ${meta.concurrency}, ` +
        `body: ${meta.bodyBytes} bytes, deadline per scenario: ${meta.timeoutMs} ms, ` +
        `warm-up: ${meta.warmupRequests} requests (not counted)`,
      '',
      formatTable(results),
      '',
      'sockets   = TCP connections the server accepted (run + ' + SETTLE_MS + ' ms settle)',
      'unused    = of those, connections that never carried a request',
      'peak open = most server-side connections open at the same time',
      '',
    ].join('\n'),
  );
}

// ------------------------------------------------------------------ main --

if (process.env.BENCH_POOL_CHILD === '1' && typeof process.send === 'function') {
  childMain().catch((error) => {
    process.stderr.write(`bench-pool child: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
} else {
  parentMain().then(
    () => {
      // Safety net: if a handle is still open after the run, say so and exit.
      setTimeout(() => {
        process.stderr.write('bench-pool: handles still open after the run; forcing exit\n');
        process.exit(0);
      }, 2000).unref();
    },
    (error) => {
      process.stderr.write(`bench-pool: ${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
