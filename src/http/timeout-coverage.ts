import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import type { FileContext } from '../analysis/context.js';
import {
  EMPTY_SHAPE,
  isNullish,
  mayBePositive,
  propertyAtPath,
  readObjectShape,
  staticValueOf,
  type ObjectShape,
  type ShapeProperty,
} from '../analysis/object-shape.js';
import type { TypeServices } from '../analysis/services.js';
import { isOpaqueType } from '../analysis/types.js';
import type { ClientModel, ImportPath, OptionPath, RequestFunction, TimeoutPhase } from '../clients/model.js';
import { skipTransparent } from '../util/ast.js';
import { optionCode, readCarrier, type CarrierReading } from './carriers.js';
import { defaultsWrites, instanceTarget, readInstance } from './client-instances.js';
import { defaultsSetterConfigs } from './defaults-setters.js';
import { ignoredOptionsOfCall, requestShapeOptions } from './ignored-options.js';
import { requestOptionsOf, type RequestOptionsSite } from './request-options.js';
import { timeoutHandling } from './timeout-events.js';

export interface TimeoutSettings {
  /** The process sets a global dispatcher with timeouts at start-up: bare `fetch` is covered. */
  readonly assumeGlobalDispatcher: boolean;
  /** A library's own default timeouts count (300 s idle timeouts, say). */
  readonly allowLibraryDefaults: boolean;
  /** Only an overall deadline counts, not idle timeouts. */
  readonly requireDeadline: boolean;
}

/** How well a request is bounded in time. */
export type TimeoutVerdict =
  | { readonly kind: 'covered' }
  /** An option meant as a timeout that the client ignores: `no-ignored-request-options` reports the call. */
  | { readonly kind: 'deferred' }
  /** Nothing bounds it. */
  | { readonly kind: 'missing'; readonly site: RequestOptionsSite }
  /** Some phases are bounded, others not. */
  | {
      readonly kind: 'partial';
      readonly site: RequestOptionsSite;
      readonly bounded: readonly TimeoutPhase[];
      readonly names: readonly string[];
    }
  /** Idle timeouts bound every wait, but nothing bounds the whole (with `requireDeadline`). */
  | { readonly kind: 'idle-only'; readonly site: RequestOptionsSite; readonly names: readonly string[] }
  /** The client's default timeout is turned off (`timeout: false`). */
  | { readonly kind: 'disabled'; readonly site: RequestOptionsSite; readonly write: ShapeProperty };

/** One place options come from, most specific first: the call's options, then an instance's config. */
interface Layer {
  readonly shape: ObjectShape;
}

const ALL_PHASES: readonly TimeoutPhase[] = ['headers', 'body'];

/** A request call to check: the function it calls and, for a built-in client, the client. */
export interface TimedRequest {
  readonly request: RequestFunction;
  readonly client?: ClientModel;
  readonly call: TSESTree.CallExpression;
}

/** Whether the request `call` to `request` is bounded in time, by its client's timeout model. */
export function timeoutVerdict(
  { request, client, call }: TimedRequest,
  context: FileContext,
  settings: TimeoutSettings,
  globalDispatcher: CarrierReading | undefined,
): TimeoutVerdict {
  const model = request.timeouts;
  if (!model) return { kind: 'covered' };
  const site = requestOptionsOf(request, call, context);
  if (!site || site.kind === 'unknown') return { kind: 'covered' };
  if (model.requestInput && mayBeRequestObject(call.arguments[0], context)) return { kind: 'covered' };
  const shapeOptions = requestShapeOptions(context);
  const own =
    site.kind === 'argument'
      ? readObjectShape(site.node, context.sourceCode, shapeOptions)
      : site.kind === 'builder'
        ? site.shape
        : EMPTY_SHAPE;
  if (own.open) return { kind: 'covered' };
  if (ignoredOptionsOfCall(request, call, context).some((finding) => finding.option.meantAsTimeout))
    return { kind: 'deferred' };

  const layers: Layer[] = [{ shape: own }];
  const instance = instanceLayers(request, client, call, context);
  if (instance === 'unseen') return { kind: 'covered' };
  for (const shape of instance) {
    if (shape.open) return { kind: 'covered' };
    layers.push({ shape });
  }

  const read = (path: OptionPath): { writes: readonly ShapeProperty[]; open: boolean } | undefined => {
    for (const layer of layers) {
      const found = propertyAtPath(layer.shape, path, context.sourceCode, shapeOptions);
      if (found.open) return { writes: [], open: true };
      const present = found.writes.filter((write) => !isNullish(write.value, context.sourceCode));
      if (present.length > 0) return { writes: present, open: false };
    }
    return undefined;
  };

  // A signal from anywhere: the caller's business.
  if (request.signalOption) {
    const signal = read([request.signalOption]);
    if (signal) return { kind: 'covered' };
  }

  const bounds = new Set<TimeoutPhase>();
  const names: string[] = [];
  let total = false;
  const add = (phases: 'total' | readonly TimeoutPhase[], name: string): void => {
    if (phases === 'total') total = true;
    else for (const phase of phases) bounds.add(phase);
    names.push(name);
  };

  for (const option of model.options) {
    const found = read(option.path);
    if (!found) continue;
    if (found.open || found.writes.some((write) => mayBePositive(write.value, context.sourceCode)))
      add(option.bounds, optionCode(option.path));
  }

  if (model.eventOnly) {
    const found = read(model.eventOnly.path);
    const handling = timeoutHandling(call, model, context.sourceCode);
    if (handling === 'handed-on') return { kind: 'covered' };
    if (handling === 'destroys')
      add(model.eventOnly.bounds, found ? optionCode(model.eventOnly.path) : `\`${model.eventOnly.setter}()\``);
    else if (found) return { kind: 'deferred' };
  }

  let dispatcherSet = false;
  for (const carrier of model.carriers) {
    const found = read(carrier.path);
    if (!found) continue;
    if (found.open) return { kind: 'covered' };
    for (const write of found.writes) {
      const reading = readCarrier(write.value, carrier, context);
      if (reading.kind === 'unseen') return { kind: 'covered' };
      if (reading.kind === 'seen') {
        dispatcherSet = true;
        if (reading.bounds.size > 0)
          add([...reading.bounds], `${optionCode(carrier.path)} with ${reading.names.join(' and ')}`);
      }
    }
  }
  if (model.receiverCarrier) {
    const receiver = receiverOf(call);
    const reading = receiver
      ? readCarrier(receiver, { kind: model.receiverCarrier }, context)
      : ({ kind: 'unseen' } as const);
    if (reading.kind !== 'seen') return { kind: 'covered' };
    if (reading.bounds.size > 0) add([...reading.bounds], `its dispatcher's ${reading.names.join(' and ')}`);
  }
  if (model.globalDispatcher && !dispatcherSet) {
    if (settings.assumeGlobalDispatcher) return { kind: 'covered' };
    if (globalDispatcher?.kind === 'unseen') return { kind: 'covered' };
    if (globalDispatcher?.kind === 'seen' && globalDispatcher.bounds.size > 0) {
      add([...globalDispatcher.bounds], `the global dispatcher's ${globalDispatcher.names.join(' and ')}`);
    }
  }

  let disabled: ShapeProperty | undefined;
  if (model.disabledBy) {
    const found = read(model.disabledBy.path);
    disabled = found?.writes.find(
      (write) => staticValueOf(write.value, context.sourceCode)?.value === model.disabledBy!.value,
    );
  }
  if (!disabled && model.defaults !== 'none' && (model.defaults.counts === 'always' || settings.allowLibraryDefaults)) {
    add(model.defaults.bounds, model.defaults.label);
  }

  if (total) return { kind: 'covered' };
  if (ALL_PHASES.every((phase) => bounds.has(phase))) {
    return settings.requireDeadline ? { kind: 'idle-only', site, names } : { kind: 'covered' };
  }
  if (disabled) return { kind: 'disabled', site, write: disabled };
  if (bounds.size > 0) return { kind: 'partial', site, bounded: [...bounds], names };
  return { kind: 'missing', site };
}

/**
 * The config layers of the instance the call goes through: `[]` for a plain client call,
 * `'unseen'` for an instance the file does not show being made (assumed configured).
 */
function instanceLayers(
  request: RequestFunction,
  client: ClientModel | undefined,
  call: TSESTree.CallExpression,
  context: FileContext,
): ObjectShape[] | 'unseen' {
  const callee = request.callee;
  const shapeOptions = requestShapeOptions(context);
  if (callee.kind === 'instance-call') {
    const target = instanceTarget(call, callee);
    const reading = target ? readInstance(target, callee.instances, context.sourceCode) : undefined;
    if (!reading) return 'unseen';
    const defaultsProperty = callee.instances.defaultsProperty;
    const defaults = defaultsProperty
      ? reading.bindings.map((binding) => defaultsWrites(binding, defaultsProperty, context.sourceCode))
      : [];
    return [...defaults, ...reading.configs.map((config) => readObjectShape(config, context.sourceCode, shapeOptions))];
  }
  if (callee.kind === 'import' && client?.defaultsSetters) {
    // `x.defaults({ ... })` in this file sets every later request's defaults; in another module
    // of the program, it may have set them at start-up.
    const configs = defaultsSetterConfigs(client, context);
    if (configs === 'unseen') return 'unseen';
    if (
      context.services &&
      programCallsSetters(context.services, call, client.defaultsSetters[0]?.modules ?? [], client.defaultsSetters)
    )
      return 'unseen';
    return configs.map((config) => readObjectShape(config, context.sourceCode, shapeOptions));
  }
  if (callee.kind === 'import') {
    // `<default export>.defaults.timeout = 5000` in this file: the default export of a client
    // with instances is its default instance.
    const binding = importBinding(call);
    const instances = client?.instances;
    const defaultsProperty = instances?.defaultsProperty;
    if (!binding || !instances || !defaultsProperty) return [];
    // With a program: a start-up module elsewhere may set the default export's defaults.
    if (
      context.services &&
      programSetsDefaults(context.services, call, instances.factories[0]?.modules ?? [], defaultsProperty)
    )
      return 'unseen';
    return [defaultsWrites(binding, defaultsProperty, context.sourceCode)];
  }
  return [];
}

const programDefaults = new WeakMap<object, Map<string, readonly string[]>>();

/**
 * True when another source file of the program (not a declaration, not a dependency) that imports
 * one of `modules` writes `<x>.<property>.timeout` or `.signal` (`client.defaults.timeout = 10_000`
 * in the service's start-up module). Text only, once per program: a cheap look where syntax cannot
 * reach. The file being linted is read precisely instead.
 */
function programSetsDefaults(
  services: TypeServices,
  call: TSESTree.Node,
  modules: readonly (string | null)[],
  property: string,
): boolean {
  return programMatches(services, call, modules, new RegExp(`\\.${property}\\.(?:timeout|signal)\\s*=(?!=)`));
}

/** True when another source file of the program that imports one of `modules` calls a defaults setter. */
function programCallsSetters(
  services: TypeServices,
  call: TSESTree.Node,
  modules: readonly (string | null)[],
  setters: readonly ImportPath[],
): boolean {
  const names = setters.map((setter) => escapeRegExp(setter.path.at(-1) ?? ''));
  return programMatches(services, call, modules, new RegExp(`\\.(?:${names.join('|')})\\s*\\(`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\/{}]/g, '\\$&');
}

function programMatches(
  services: TypeServices,
  call: TSESTree.Node,
  modules: readonly (string | null)[],
  write: RegExp,
): boolean {
  const key = `${modules.join(',')}:${write.source}`;
  let cache = programDefaults.get(services.program);
  if (!cache) programDefaults.set(services.program, (cache = new Map()));
  let files = cache.get(key);
  if (!files) {
    const names = modules.filter((name) => name !== null).map(escapeRegExp);
    const imports = new RegExp(`['"](?:${names.join('|')})['"]`);
    const found: string[] = [];
    for (const file of services.program.getSourceFiles()) {
      if (file.isDeclarationFile || services.program.isSourceFileFromExternalLibrary(file)) continue;
      if (write.test(file.text) && imports.test(file.text)) found.push(file.fileName);
    }
    cache.set(key, (files = found));
  }
  if (files.length === 0) return false;
  const current = services.parserServices.esTreeNodeToTSNodeMap.get(call).getSourceFile().fileName;
  return files.some((file) => file !== current);
}

/** The identifier the default export is reached by: `client` in `client.get()` or `client()`. */
function importBinding(call: TSESTree.CallExpression): TSESTree.Identifier | undefined {
  const callee = skipTransparent(call.callee);
  const base = callee.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : callee;
  return base.type === AST_NODE_TYPES.Identifier ? base : undefined;
}

function receiverOf(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = skipTransparent(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : undefined;
}

/**
 * `fetch(request)`: a `Request` may carry its own signal. Not a URL by its type, `new` of anything
 * but `URL`, or (without types) a name like `req` or `request`.
 */
function mayBeRequestObject(node: TSESTree.Node | undefined, context: FileContext): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const inner = skipTransparent(node);
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    return !importOriginIs(resolveImportOrigin(inner.callee, context.sourceCode), [null, 'url'], ['URL']);
  }
  if (inner.type === AST_NODE_TYPES.Literal || inner.type === AST_NODE_TYPES.TemplateLiteral) return false;
  const services = context.services;
  if (services) {
    const type = services.getType(inner);
    if (!type || isOpaqueType(services.ts, type)) return false;
    const nonNullable = services.checker.getNonNullableType(type);
    const members = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
    return members.some(
      (member) => (member.flags & services.ts.TypeFlags.StringLike) === 0 && member.getSymbol()?.getName() !== 'URL',
    );
  }
  return inner.type === AST_NODE_TYPES.Identifier && /^req(uest)?$|Request$/i.test(inner.name);
}
