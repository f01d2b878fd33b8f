import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin, type ImportOrigin } from '../analysis/callee.js';
import { constructedType } from '../analysis/constructed-type.js';
import type { FileContext } from '../analysis/context.js';
import type { LifetimeOracle, SiteVerdict } from '../analysis/lifetime.js';
import { literalProperty } from '../analysis/object-shape.js';
import { isOpaqueType, matchType } from '../analysis/types.js';
import type { PoolFactory } from '../clients/model.js';
import { calleeName, skipTransparent, staticPropertyName } from '../util/ast.js';
import {
  GLOBAL_DISPATCHER_SETTERS,
  HEADERS_CONSTRUCTORS,
  INSTANCE_FACTORY_NAMES,
  POOL_FACTORIES,
  POOL_OPTIONS,
  REQUEST_CONSTRUCTORS,
  WRAPPING_CONSTRUCTORS,
} from './client-tables.js';
import { importMatches, matchRequest } from './request-match.js';

/** The request option that carries a request's headers. */
const HEADERS_OPTION = 'headers';

/**
 * Method names that send a request on a client this plugin does not model (a user's instance,
 * an SDK): an options object passed to one with a pool option is a request made with that pool.
 */
const REQUEST_METHOD_NAMES: ReadonlySet<string> = new Set([
  'request',
  'fetch',
  'get',
  'delete',
  'head',
  'options',
  'post',
  'put',
  'patch',
]);

const USE: SiteVerdict = { kind: 'use' };
const CLOSE: SiteVerdict = { kind: 'close' };
const NEUTRAL: SiteVerdict = { kind: 'neutral' };
const ESCAPE: SiteVerdict = { kind: 'escape' };

/**
 * The pool or client instance `node` creates, if it is one the model knows. With `importsOnly`,
 * only the factory itself (not a subclass found by type, whose constructor may take other arguments).
 */
export function poolFactoryOf(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  context: FileContext,
  importsOnly = false,
): PoolFactory | undefined {
  const construct = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  if (construct === 'call' && skipTransparent(node.callee).type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (construct === 'call' && !INSTANCE_FACTORY_NAMES.has(calleeName(node) ?? '')) return undefined;
  const candidates = POOL_FACTORIES.filter((factory) => factory.construct === construct);
  const origin = resolveImportOrigin(node.callee, context.sourceCode);
  const byOrigin = (one: ImportOrigin | undefined) =>
    candidates.find((factory) => factory.callees.some((path) => importOriginIs(one, path.modules, path.path)));
  // `new (secure ? https : http).Agent()`: a pool when each choice is one; labelled by the first.
  const byImport = origin?.alternatives
    ? origin.alternatives.every((one) => byOrigin(one) !== undefined)
      ? byOrigin(origin.alternatives[0])
      : undefined
    : byOrigin(origin);
  if (byImport || construct === 'call' || importsOnly || !context.services) return byImport;
  // Cheap gate before the type checker: a global (`new Map()`) or a class from a package other
  // than the ones above is not a pool; a subclass is declared in the user's own files.
  if (origin && (origin.module === null || !origin.module.startsWith('.'))) return undefined;
  const services = context.services;
  const type = node.type === AST_NODE_TYPES.NewExpression ? constructedType(services, node) : services.getType(node);
  if (!type || isOpaqueType(services.ts, type)) return undefined;
  return candidates.find(
    (factory) =>
      factory.types !== undefined && matchType(services.program, services.checker, type, factory.types) !== undefined,
  );
}

/** `setGlobalDispatcher(...)`. */
function isGlobalPoolSetter(call: TSESTree.CallExpression | TSESTree.NewExpression, context: FileContext): boolean {
  return call.type === AST_NODE_TYPES.CallExpression && importMatches(call.callee, GLOBAL_DISPATCHER_SETTERS, context);
}

/** `new Headers(init)`. */
export function isHeadersConstructor(node: TSESTree.Node, context: FileContext): node is TSESTree.NewExpression {
  return node.type === AST_NODE_TYPES.NewExpression && importMatches(node.callee, HEADERS_CONSTRUCTORS, context);
}

/** True when `call` sends a request the client model knows, or calls a request-named method. */
export function isRequestCall(call: TSESTree.CallExpression | TSESTree.NewExpression, context: FileContext): boolean {
  if (call.type === AST_NODE_TYPES.NewExpression) return false;
  if (matchRequest(call, context)) return true;
  const callee = skipTransparent(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && REQUEST_METHOD_NAMES.has(staticPropertyName(callee) ?? '');
}

/** Where a pool's value goes, in the terms of the lifetime analysis. */
export interface PoolOracle extends LifetimeOracle {
  /** The `setGlobalDispatcher()` calls it was installed with. */
  readonly installedGlobally: TSESTree.CallExpression[];
  /** Client instances built around it. */
  readonly instances: TSESTree.Node[];
}

/**
 * The oracle for a pool made by `factory`: requests made with it are uses, `close()` and
 * `destroy()` close it, an instance built around it carries it on, and anything else keeps it.
 * `sendsRequests(call)` says whether the function around a `setGlobalDispatcher()` call makes
 * requests (then installing a new pool there is per request).
 */
export function poolOracle(
  factory: PoolFactory,
  context: FileContext,
  sendsRequests: (call: TSESTree.CallExpression) => boolean,
): PoolOracle {
  const requestMethods = new Set(factory.requestMethods);
  const wrapMethods = new Set(factory.wrapMethods);
  let callable = factory.callable;
  const installedGlobally: TSESTree.CallExpression[] = [];
  const instances: TSESTree.Node[] = [];

  const followInstance = (node: TSESTree.NewExpression | TSESTree.CallExpression, made: PoolFactory): SiteVerdict => {
    for (const method of made.requestMethods) requestMethods.add(method);
    for (const method of made.wrapMethods) wrapMethods.add(method);
    callable ||= made.callable;
    instances.push(node);
    return { kind: 'follow', value: node };
  };

  return {
    installedGlobally,
    instances,
    argument(call, index, path) {
      if (path.length === 0) {
        if (index === 0 && isGlobalPoolSetter(call, context)) {
          const setter = call as TSESTree.CallExpression;
          if (!sendsRequests(setter)) return ESCAPE;
          installedGlobally.push(setter);
          return USE;
        }
        if (
          index === 0 &&
          call.type === AST_NODE_TYPES.NewExpression &&
          importMatches(call.callee, WRAPPING_CONSTRUCTORS, context)
        ) {
          return { kind: 'follow', value: call };
        }
        return ESCAPE;
      }
      if (!POOL_OPTIONS.has(path[0]!)) return ESCAPE;
      const made = poolFactoryOf(call, context);
      if (made?.kind === 'instance' && index === made.optionsArgument) return followInstance(call, made);
      if (isRequestCall(call, context)) return USE;
      return ESCAPE;
    },
    member(member) {
      const name = staticPropertyName(member);
      if (name === undefined) return ESCAPE;
      const call = member.parent;
      const called = call.type === AST_NODE_TYPES.CallExpression && call.callee === member;
      if (called && requestMethods.has(name)) return USE;
      if (called && factory.closeMethods.has(name)) return CLOSE;
      if (called && wrapMethods.has(name)) {
        const made = poolFactoryOf(call, context);
        return made ? followInstance(call, made) : { kind: 'follow', value: call };
      }
      if (called && name === 'bind') return ESCAPE;
      return NEUTRAL;
    },
    called() {
      return callable ? USE : ESCAPE;
    },
    keepsCallback(call) {
      return call.type === AST_NODE_TYPES.CallExpression && matchRequest(call, context) ? false : undefined;
    },
  };
}

/**
 * The oracle for an object literal of request headers: passed as `headers` to a request, a
 * request object or a client instance, or into `new Headers()` that is, it is sent.
 */
export function headersOracle(context: FileContext): LifetimeOracle {
  return {
    argument(call, index, path) {
      if (path.length === 0) {
        return index === 0 && isHeadersConstructor(call, context) ? { kind: 'follow', value: call } : ESCAPE;
      }
      if (path.length !== 1 || path[0] !== HEADERS_OPTION) return ESCAPE;
      if (isRequestCall(call, context)) return USE;
      if (call.type === AST_NODE_TYPES.NewExpression && importMatches(call.callee, REQUEST_CONSTRUCTORS, context))
        return USE;
      if (poolFactoryOf(call, context)?.kind === 'instance') return USE;
      return ESCAPE;
    },
    member: () => NEUTRAL,
    called: () => ESCAPE,
    keepsCallback: (call) =>
      call.type === AST_NODE_TYPES.CallExpression && matchRequest(call, context) ? false : undefined,
  };
}

/**
 * The oracle for a pool's or request's own options object: passed as the options of `accepts`
 * (a pool constructor, or a request), it configures it.
 */
export function optionsOracle(
  context: FileContext,
  accepts: (call: TSESTree.CallExpression | TSESTree.NewExpression, index: number) => boolean,
): LifetimeOracle {
  return {
    argument: (call, index, path) => (path.length === 0 && accepts(call, index) ? USE : ESCAPE),
    member: () => NEUTRAL,
    called: () => ESCAPE,
    keepsCallback: (call) =>
      call.type === AST_NODE_TYPES.CallExpression && matchRequest(call, context) ? false : undefined,
  };
}

/**
 * True when a pool made by `node` keeps idle sockets open until it is closed: always for some pools,
 * for others only with their keep-alive option on (written as `true`, or their default). An option
 * the code does not show is not assumed on.
 */
export function idleSocketsLinger(
  factory: PoolFactory,
  node: TSESTree.NewExpression | TSESTree.CallExpression,
): boolean {
  const idle = factory.idleSockets;
  if (idle.kind !== 'option') return idle.kind === 'always';
  const options = node.arguments[factory.optionsArgument];
  if (!options) return idle.defaultOn;
  const value = literalProperty(options, idle.option);
  if (value.kind === 'literal') return value.value === true;
  return value.kind === 'absent' ? idle.defaultOn : false;
}
