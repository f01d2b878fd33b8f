// Odd but valid syntax around HTTP client code (each case type-checks in the scratch project). Each
// case marks the reports it must give, typed and untyped alike, with `// expect: <rules>` on the
// reported line; a function without a marker must stay silent.
import type { LintInput } from './harness.js';

export interface OddSyntaxCase extends LintInput {
  readonly name: string;
}

export const ODD_SYNTAX_CASES: readonly OddSyntaxCase[] = [
  {
    name: 'with statement (script)',
    filename: 'with.js',
    sourceType: 'script',
    code: `async function viaWith(url, scope) {
  with (scope) {
    const res = await fetch(url);
    return res.status;
  }
}
async function besideWith(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  with (Math) {
    return max(res.status, 0);
  }
}
`,
  },
  {
    name: 'eval (script)',
    filename: 'eval.js',
    sourceType: 'script',
    code: `async function evaluates(url, code) {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  eval(code);
  return res.status;
}
async function indirect(url, code) {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  (0, eval)(code);
  return res.status;
}
function evalsFetch(url) {
  return eval('fetch(url)');
}
`,
  },
  {
    name: 'computed member names',
    code: `const method = 'text' as const;
export async function computedRead(url: string): Promise<string> {
  const res = await fetch(url, { ['signal']: AbortSignal.timeout(1000) });
  return res[method]();
}
export async function literalRead(url: string): Promise<unknown> {
  const res = await globalThis['fetch'](url, { signal: AbortSignal.timeout(1000) });
  return res['json']();
}
export async function computedCancel(url: string): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res['body']?.['cancel']();
  return res['status'];
}
export async function computedLeak(url: string): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  return res['status'];
}
`,
  },
  {
    name: 'optional chaining everywhere',
    code: `export async function optional(url: string, client?: { fetch?: typeof fetch }): Promise<number | undefined> {
  const res = await client?.fetch?.(url, { signal: AbortSignal.timeout(1000) });
  await res?.body?.cancel?.();
  return res?.status;
}
export async function optionalGlobal(url: string): Promise<unknown> {
  const res = await globalThis.fetch?.(url, { signal: AbortSignal.timeout(1000) });
  return res?.json?.();
}
export async function optionalLeak(url: string): Promise<boolean | undefined> {
  const res = await globalThis?.fetch?.(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  return res?.ok;
}
`,
  },
  {
    name: 'destructuring in every position',
    code: `import { request } from 'undici';

export async function fromRequest({ url }: { url: string }): Promise<number> {
  const { statusCode, body } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 });
  await body.dump();
  return statusCode;
}
export async function bodyLeft(url: string): Promise<number> {
  const { statusCode } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 }); // expect: consume-response-body
  return statusCode;
}
export async function renamed(url: string): Promise<string> {
  const { body: payload, headers: { 'content-type': type = '' } } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 });
  return type + (await payload.text());
}
export async function arrayPair(a: string, b: string): Promise<unknown[]> {
  const [first, second] = await Promise.all([
    fetch(a, { signal: AbortSignal.timeout(1000) }),
    fetch(b, { signal: AbortSignal.timeout(1000) }),
  ]);
  return [await first.json(), await second.json()];
}
export async function withDefault(url: string, { timeout = 1000 }: { timeout?: number } = {}): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeout) }); // expect: consume-response-body
  const { ok, status } = res;
  if (!ok) throw new Error(String(status));
  return res.text();
}
export async function loopTarget(urls: string[]): Promise<void> {
  for (const [index, url] of urls.entries()) {
    const { body } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 });
    await body.dump();
    console.log(index);
  }
}
export async function inCatch(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return await res.text();
  } catch ({ message }: any) {
    return String(message);
  }
}
export function inCallback(url: string): Promise<number> {
  return request(url, { headersTimeout: 1000, bodyTimeout: 1000 }).then(async ({ statusCode, body }) => {
    await body.dump();
    return statusCode;
  });
}
export async function assignment(url: string): Promise<unknown> {
  let body;
  ({ body } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 }));
  return body.json();
}
`,
  },
  {
    name: 'labels',
    code: `export async function continueLabel(urls: string[]): Promise<number> {
  let total = 0;
  outer: for (const url of urls) {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    for (const header of res.headers.keys()) {
      if (header === 'x-skip') {
        await res.body?.cancel();
        continue outer;
      }
    }
    total += (await res.text()).length;
  }
  return total;
}
export async function breakLabelLeak(urls: string[]): Promise<void> {
  outer: for (const url of urls) {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
    if (res.status === 500) break outer;
    await res.text();
  }
}
export async function breakThroughFinally(url: string, skip: boolean): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  done: {
    try {
      if (skip) break done;
      return res.status;
    } finally {
      await res.body?.cancel();
    }
  }
  return 0;
}
export async function unconditionalBreakThroughFinally(url: string): Promise<void> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  done: {
    try {
      break done;
    } finally {
      await res.body?.cancel();
    }
  }
}
export async function labelledTryThroughFinally(url: string, skip: boolean): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  done: try {
    if (skip) break done;
    return 1;
  } finally {
    await res.body?.cancel();
  }
  return 0;
}
export async function responseInsideLabelledBlock(url: string, skip: boolean): Promise<number> {
  done: {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    try {
      if (skip) break done;
    } finally {
      await res.body?.cancel();
    }
  }
  return 0;
}
`,
  },
  {
    name: 'generators',
    code: `export function* requests(urls: string[]): Generator<Promise<Response>> {
  for (const url of urls) yield fetch(url, { signal: AbortSignal.timeout(1000) });
}
export async function* chunks(url: string): AsyncGenerator<Uint8Array> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  if (!res.body) return;
  yield* res.body;
}
export async function* lines(url: string): AsyncGenerator<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  if (!res.ok) return;
  yield await res.text();
}
export function* delegating(url: string): Generator<unknown, void, Response> {
  const res = yield fetch(url, { signal: AbortSignal.timeout(1000) });
  void res;
}
`,
  },
  {
    name: '#private fields and methods',
    code: `import { Agent } from 'undici';

export class Client {
  readonly #agent = new Agent({ headersTimeout: 1000, bodyTimeout: 1000 });
  #controller = new AbortController();
  async #get(url: string): Promise<number> {
    const res = await fetch(url, { signal: this.#controller.signal, dispatcher: this.#agent } as RequestInit); // expect: consume-response-body
    return res.status;
  }
  async #json(url: string): Promise<unknown> {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.json();
  }
  static #shared = new Agent({ keepAliveTimeout: 1000 });
  run(url: string): Promise<[number, unknown]> {
    return Promise.all([this.#get(url), this.#json(url)]);
  }
  close(): void {
    this.#controller.abort();
    void Client.#shared.close();
  }
}
`,
  },
  {
    name: 'using and await using',
    code: `import { Client } from 'undici';

export async function closedPerCall(origin: string): Promise<string> {
  const client = new Client(origin, { headersTimeout: 1000, bodyTimeout: 1000 }); // expect: no-per-request-agent
  try {
    const { body } = await client.request({ path: '/', method: 'GET' });
    return await body.text();
  } finally {
    await client.close();
  }
}
export async function awaitUsingRelease(url: string): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await using _release = { [Symbol.asyncDispose]: async () => void (await res.body?.cancel()) };
  return res.status;
}
export async function deferred(url: string): Promise<number> {
  using stack = new DisposableStack();
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  stack.defer(() => void res.body?.cancel());
  return res.status;
}
export async function usingTimer(url: string): Promise<string> {
  using _timer = { [Symbol.dispose]: () => clearTimeout(handle) };
  const controller = new AbortController();
  const handle = setTimeout(() => controller.abort(), 1000);
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}
`,
  },
  {
    name: 'decorators',
    code: `function Get(path: string) {
  return (_target: unknown, _context: ClassMethodDecoratorContext) => void path;
}
function Injectable<T extends abstract new (...args: never[]) => unknown>(target: T): T {
  return target;
}

@Injectable
export class Health {
  @Get('/health')
  async check(url: string): Promise<number> {
    const res = await fetch(url); // expect: consume-response-body require-request-timeout
    return res.status;
  }
  @Get('/ready')
  async ready(url: string): Promise<boolean> {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.body?.cancel();
    return res.ok;
  }
}
`,
  },
  {
    name: 'TSX component',
    filename: 'component.tsx',
    code: `import { useEffect, useState } from './react-shim.js';

export function Avatar({ url }: { url: string }) {
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((res) => res.json())
      .then(setData);
    return () => controller.abort();
  }, [url]);
  return <img src={url} alt={String(data)} />;
}
export function Status({ url }: { url: string }) {
  useEffect(() => {
    fetch(url, { signal: AbortSignal.timeout(1000) }).then((res) => console.log(res.status)); // expect: consume-response-body
  }, [url]);
  return <p>{url}</p>;
}
`,
  },
  {
    name: "import * as undici and await import('undici')",
    code: `import * as undici from 'undici';

export async function namespaced(url: string): Promise<number> {
  const { statusCode } = await undici.request(url, { headersTimeout: 1000, bodyTimeout: 1000 }); // expect: consume-response-body
  return statusCode;
}
export async function namespacedOk(url: string): Promise<unknown> {
  const { body } = await undici.request(url, { headersTimeout: 1000, bodyTimeout: 1000 });
  return body.json();
}
export async function dynamicNamed(url: string): Promise<number> {
  const { request } = await import('undici');
  const { statusCode } = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 }); // expect: consume-response-body
  return statusCode;
}
export async function dynamicMember(url: string): Promise<number> {
  const client = await import('undici');
  const res = await client.fetch(url); // expect: consume-response-body require-request-timeout
  return res.status;
}
export function perCallPool(origin: string): Promise<unknown> {
  const pool = new undici.Pool(origin, { headersTimeout: 1000, bodyTimeout: 1000 }); // expect: no-per-request-agent
  return pool.request({ path: '/', method: 'GET' }).then(({ body }) => body.json());
}
`,
  },
  {
    name: 'fetch shadowed by a local',
    code: `interface Store {
  status: number;
}
export async function parameter(fetch: (key: string) => Promise<Store>, key: string): Promise<number> {
  const res = await fetch(key);
  return res.status;
}
export async function local(key: string): Promise<number> {
  const fetch = async (id: string): Promise<Store> => ({ status: id.length });
  const res = await fetch(key);
  return res.status;
}
export async function destructured({ fetch }: { fetch: (key: string) => Promise<Store> }, key: string) {
  const res = await fetch(key);
  return res.status;
}
`,
  },
  {
    name: 'globalThis.fetch, window.fetch, self.fetch',
    code: `export async function viaGlobalThis(url: string): Promise<number> {
  const res = await globalThis.fetch(url); // expect: consume-response-body require-request-timeout
  return res.status;
}
export async function viaWindow(url: string): Promise<number> {
  const res = await window.fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  return res.status;
}
export async function viaSelf(url: string): Promise<number> {
  const res = await self.fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  return res.status;
}
export async function ignoredOnWindow(url: string): Promise<unknown> {
  const res = await window.fetch(url, { timeout: 1000 } as RequestInit); // expect: no-ignored-request-options
  return res.json();
}
`,
  },
];
