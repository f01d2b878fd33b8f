import consumeResponseBody from './consume-response-body.js';

/** Every rule, by its public name. */
export const rules = {
  'consume-response-body': consumeResponseBody,
};
