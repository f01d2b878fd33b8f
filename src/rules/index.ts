import consumeResponseBody from './consume-response-body.js';
import noPerRequestAgent from './no-per-request-agent.js';
import preferKeepAlive from './prefer-keep-alive.js';

/** Every rule, by its public name. */
export const rules = {
  'consume-response-body': consumeResponseBody,
  'no-per-request-agent': noPerRequestAgent,
  'prefer-keep-alive': preferKeepAlive,
};
