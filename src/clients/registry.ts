import { axiosClient } from './axios.js';
import { crossFetchClient } from './cross-fetch.js';
import { fetchClient } from './fetch.js';
import { gotClient } from './got.js';
import { httpAgentsClient } from './http-agents.js';
import { kyClient } from './ky.js';
import type { ClientModel } from './model.js';
import { nodeFetchClient } from './node-fetch.js';
import { needleClient } from './needle.js';
import { nodeHttpClient } from './node-http.js';
import { ofetchClient } from './ofetch.js';
import { superagentClient } from './superagent.js';
import { undiciClient } from './undici.js';

/**
 * Every client the rules know, in the order a call is tried against them. Adding a client is adding
 * its file and one line here; every table the machinery reads is derived from this list.
 */
export const CLIENTS = [
  fetchClient,
  nodeFetchClient,
  crossFetchClient,
  undiciClient,
  nodeHttpClient,
  axiosClient,
  gotClient,
  kyClient,
  ofetchClient,
  needleClient,
  superagentClient,
  httpAgentsClient,
] as const satisfies readonly ClientModel[];

/** The id of a client the registry holds. */
export type ClientId = (typeof CLIENTS)[number]['id'];

export { CANCELLATION } from './cancellation.js';
