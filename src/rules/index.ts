import clearAbortTimer from './clear-abort-timer.js';
import consumeResponseBody from './consume-response-body.js';
import noIgnoredRequestOptions from './no-ignored-request-options.js';
import noPerRequestAgent from './no-per-request-agent.js';
import noUnattachedAbortSignal from './no-unattached-abort-signal.js';
import preferKeepAlive from './prefer-keep-alive.js';
import requireRequestTimeout from './require-request-timeout.js';

/** Every rule, by its public name. */
export const rules = {
  'clear-abort-timer': clearAbortTimer,
  'consume-response-body': consumeResponseBody,
  'no-ignored-request-options': noIgnoredRequestOptions,
  'no-per-request-agent': noPerRequestAgent,
  'no-unattached-abort-signal': noUnattachedAbortSignal,
  'prefer-keep-alive': preferKeepAlive,
  'require-request-timeout': requireRequestTimeout,
};
