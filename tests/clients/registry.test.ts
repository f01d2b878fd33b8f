import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { ClientModel, RequestFunction } from '../../src/clients/model.js';
import { CANCELLATION, CLIENTS, type ClientId } from '../../src/clients/registry.js';
import { POOL_FACTORIES, POOL_OPTIONS, REQUESTS } from '../../src/http/client-tables.js';
import { rules } from '../../src/rules/index.js';

const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const clientsDir = path.join(srcDir, 'clients');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Every package a value names under a `modules` or `package` key, recursively. */
function packagesIn(value: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'modules' || key === 'package') && Array.isArray(child)) {
      for (const name of child) if (typeof name === 'string') found.add(name);
    } else {
      packagesIn(child, found, seen);
    }
  }
  return found;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]!]));
/** The platform, not a client: Node's own types are named wherever a client's globals are typed. */
const PLATFORM_PACKAGES = new Set(['@types/node']);

describe('the client registry', () => {
  const files = sourceFiles(srcDir).filter((file) => file.endsWith('.ts'));
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

  it.each(CLIENTS.map((client) => [client.id, client] as const))(
    'names each package of %s in exactly one source file: its own',
    (_id, client: ClientModel) => {
      const packages = [...packagesIn(client)].filter(
        (name) => !NODE_BUILTINS.has(name) && !PLATFORM_PACKAGES.has(name),
      );
      for (const name of packages) {
        const quoted = [`'${name}'`, `"${name}"`];
        const holders = [...texts].filter(([, text]) => quoted.some((form) => text.includes(form)));
        expect(
          holders.map(([file]) => path.relative(srcDir, file)),
          name,
        ).toHaveLength(1);
        expect(path.dirname(holders[0]![0]), name).toBe(clientsDir);
      }
    },
  );

  it('has unique ids', () => {
    const ids: ClientId[] = CLIENTS.map((client) => client.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the machinery, the analysis and the rules free of client names', () => {
    const names = new Set(CLIENTS.flatMap((client) => [...packagesIn(client)]));
    for (const name of [...names].filter((candidate) => !NODE_BUILTINS.has(candidate))) {
      for (const [file, text] of texts) {
        if (path.dirname(file) === clientsDir) continue;
        expect(text.includes(`'${name}'`), `${path.relative(srcDir, file)} names '${name}'`).toBe(false);
      }
    }
  });

  it('says why a rule does not apply only of rules that exist', () => {
    for (const client of CLIENTS as readonly ClientModel[]) {
      for (const entry of client.doesNotApply ?? []) expect(Object.keys(rules)).toContain(entry.rule);
    }
  });
});

describe('each request function', () => {
  const carried = new Set(POOL_FACTORIES.flatMap((factory) => factory.carries?.kind ?? []));

  it.each(REQUESTS.map(({ client, request }) => [`${client.id} ${request.label}`, request] as const))(
    '%s is complete and consistent',
    (_name, request: RequestFunction) => {
      expect(request.label).toMatch(/\(\)$/);
      const timeouts = request.timeouts;
      if (timeouts) {
        for (const carrier of timeouts.carriers) expect(carried, carrier.kind).toContain(carrier.kind);
        if (timeouts.receiverCarrier) expect(carried).toContain(timeouts.receiverCarrier);
        if (timeouts.suggest.kind === 'option') {
          const suggested = timeouts.suggest.path.join('.');
          expect(timeouts.options.map((option) => option.path.join('.'))).toContain(suggested);
        }
        if (timeouts.defaults !== 'none' || timeouts.suggest.kind === 'signal') {
          expect(timeouts.unbounded.length).toBeGreaterThan(0);
        }
      }
      for (const option of request.ignoredOptions ?? []) {
        if (option.replacement === 'signal-timeout') expect(request.signalOption).toBeDefined();
      }
      const response = request.response?.model;
      if (response) {
        if (response.statusProperty) expect(response.metadataProperties).toContain(response.statusProperty);
        expect(response.bodyProperty ?? response.selfStream).toBeDefined();
      }
      const callee = request.callee;
      if (callee.kind === 'instance-call' && callee.method !== null) {
        expect(callee.instances.requestMethods).toContain(callee.method);
      }
    },
  );
});

describe('the tables derived from the registry', () => {
  it('knows every option that carries a pool', () => {
    expect([...POOL_OPTIONS].sort()).toEqual(['agent', 'dispatcher', 'httpAgent', 'httpsAgent']);
  });

  it('gives each pool factory a label, and keep-alive options only to pools that own sockets', () => {
    for (const factory of POOL_FACTORIES) {
      expect(factory.label.length).toBeGreaterThan(0);
      if (factory.kind === 'instance') expect(factory.keepAliveOff ?? []).toEqual([]);
    }
  });

  it('derives the cancellation model from its own file', () => {
    expect(CANCELLATION.signalOption).toBe('signal');
    expect(CANCELLATION.signalFactories.map((factory) => factory.kind).sort()).toEqual(['any', 'timeout']);
  });
});
