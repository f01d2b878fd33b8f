import { axiosClient } from './axios.js';
import { fetchClient } from './fetch.js';
import { gotClient } from './got.js';
import { kyClient } from './ky.js';
import type { ClientModel } from './model.js';
import { nodeFetchClient } from './node-fetch.js';
import { nodeHttpClient } from './node-http.js';
import { undiciClient } from './undici.js';

/** Every client the rules know, in the order a call is tried against them. */
export const CLIENTS: readonly ClientModel[] = [
  fetchClient,
  nodeFetchClient,
  undiciClient,
  nodeHttpClient,
  axiosClient,
  gotClient,
  kyClient,
];
