export { CLIENTS } from './registry.js';
export type * from './model.js';
export { WHATWG_RESPONSE } from './fetch.js';
export { UNDICI_RESPONSE_DATA } from './undici.js';
export { INCOMING_MESSAGE, RESPONSE_EVENT } from './node-http.js';
export { matchRequest, responseModelOfCall, isNonNetworkResponseCall, type MatchedRequest } from './recognize.js';
export { isBodylessRequest } from './request-options.js';
export { literalOption } from './recognize.js';
export { releaseFacts, type ReleaseFacts, type ReleaseSite, type FunctionSpecifier } from './release.js';
export { responseSourcesOfCall, type ResponseSource } from './response-sources.js';
export * from './pools.js';
export {
  poolFactoryOf,
  poolOracle,
  headersOracle,
  optionsOracle,
  isRequestCall,
  isGlobalPoolSetter,
  isHeadersConstructor,
  idleSocketsLinger,
  literalProperty,
  type PoolOracle,
  type LiteralProperty,
} from './pool-sites.js';
export { requestOptionsOf, type RequestOptionsSite } from './options.js';
export {
  ignoredOptionsOfCall,
  ignoredOptionsOf,
  timeoutHandling,
  type IgnoredFinding,
  type TimeoutHandling,
} from './ignored-options.js';
export {
  timeoutVerdict,
  globalDispatcherOf,
  readCarrier,
  mayBePositive,
  type TimeoutVerdict,
  type TimeoutSettings,
  type CarrierReading,
  type TimedRequest,
} from './timeout-coverage.js';
export { readInstance, type InstanceReading } from './instances.js';
