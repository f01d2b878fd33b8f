// Miss class 4 of issue 13: client instances the file shows being made, held somewhere other than
// a `const`: a `let` never reassigned, a class field (its initialiser or its one assignment in the
// constructor), a memoising getter. Their config's timeout counts; without one, their requests are
// reported as a `const` instance's are. The shapes are those of SDK classes that keep an axios, got
// or ky instance, found in public code.
import ruleTimeout from '../../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';

const AXIOS = {
  unbounded: "axios's `timeout` defaults to 0, which is none",
  remedy: 'Set `timeout: ms` or pass a `signal`',
};
const GOT = { unbounded: 'got has no timeout by default', remedy: 'Set `timeout: { request: ms }` or pass a `signal`' };

typedRuleTester().run('held instances: require-request-timeout', ruleTimeout, {
  valid: [
    // A let never reassigned, with a timeout.
    `import axios, { type AxiosInstance } from 'axios';
let client: AxiosInstance;
client = axios.create({ baseURL: process.env.API_URL, timeout: 5000 });
export function users() {
  return client.get('/users');
}`,
    // A class field initialiser with got's timeout.
    `import got from 'got';
export class PotaApi {
  private readonly http = got.extend({ prefixUrl: 'https://api.pota.app/', timeout: { request: 5000 } });
  spots() {
    return this.http.get('spot/activator').json();
  }
}`,
    // A memoising getter whose instance has a timeout.
    `import axios, { type AxiosInstance } from 'axios';
export class Billing {
  private _client?: AxiosInstance;
  private get client(): AxiosInstance {
    if (!this._client) this._client = axios.create({ baseURL: 'https://billing.internal', timeout: 8000 });
    return this._client;
  }
  invoice(id: string) {
    return this.client.get(\`/invoices/\${id}\`);
  }
}`,
    // The field is set again elsewhere: which instance a request uses is not known.
    `import got, { type Got } from 'got';
export class InstanceManager {
  #instance: Got = got.extend({ prefixUrl: 'https://a.internal' });
  setInstance(prefixUrl: string): void {
    this.#instance = got.extend({ prefixUrl, timeout: { request: 5000 } });
  }
  ping() {
    return this.#instance.get('ping').text();
  }
}`,
    // Its defaults are changed after it is made.
    `import axios, { type AxiosInstance } from 'axios';
export class AxiosClient {
  private axiosInstance: AxiosInstance;
  constructor(baseURL: string) {
    this.axiosInstance = axios.create({ withCredentials: true, baseURL });
    this.axiosInstance.defaults.timeout = 10_000;
  }
  get<T>(url: string) {
    return this.axiosInstance.get<T>(url);
  }
}`,
    // Handed out to callers, who may configure it.
    `import axios, { type AxiosInstance } from 'axios';
export class AxiosClient {
  private axiosInstance: AxiosInstance;
  constructor(baseURL: string) {
    this.axiosInstance = axios.create({ baseURL });
  }
  getInstance(): AxiosInstance {
    return this.axiosInstance;
  }
  health() {
    return this.axiosInstance.get('/health');
  }
}`,
    // A let that is reassigned.
    `import axios from 'axios';
let api = axios.create({ baseURL: '/api' });
export function configure(timeout: number): void {
  api = axios.create({ baseURL: '/api', timeout });
}
export function users() {
  return api.get('/users');
}`,
  ],
  invalid: [
    {
      // A let declared bare and assigned once.
      code: `import axios, { type AxiosInstance } from 'axios';
let client: AxiosInstance;
client = axios.create({ baseURL: process.env.API_URL });
export function users() {
  return client.get('/users');
}`,
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 10,
          data: { callee: 'client.get()', ...AXIOS },
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: 10_000' },
              output: `import axios, { type AxiosInstance } from 'axios';
let client: AxiosInstance;
client = axios.create({ baseURL: process.env.API_URL });
export function users() {
  return client.get('/users', { timeout: 10_000 });
}`,
            },
          ],
        },
      ],
    },
    {
      // A static class field initialiser, read by the class's name.
      code: `import axios from 'axios';
export class Client {
  private static readonly _http = axios.create({ baseURL: 'https://api.internal' });
  public get(url: string) {
    return Client._http.get(url);
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 12,
          data: { callee: 'Client._http.get()', ...AXIOS },
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: 10_000' },
              output: `import axios from 'axios';
export class Client {
  private static readonly _http = axios.create({ baseURL: 'https://api.internal' });
  public get(url: string) {
    return Client._http.get(url, { timeout: 10_000 });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A memoising getter with ??=.
      code: `import got, { type Got } from 'got';
export class PotaApi {
  #http?: Got;
  private get http(): Got {
    return (this.#http ??= got.extend({ prefixUrl: 'https://api.pota.app/' }));
  }
  spots() {
    return this.http.get('spot/activator').json();
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 8,
          column: 12,
          data: { callee: 'this.http.get()', ...GOT },
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: { request: 10_000 }' },
              output: `import got, { type Got } from 'got';
export class PotaApi {
  #http?: Got;
  private get http(): Got {
    return (this.#http ??= got.extend({ prefixUrl: 'https://api.pota.app/' }));
  }
  spots() {
    return this.http.get('spot/activator', { timeout: { request: 10_000 } }).json();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A memoising getter with if (!this.x).
      code: `import axios, { type AxiosInstance } from 'axios';
export class Billing {
  private _client?: AxiosInstance;
  private get client(): AxiosInstance {
    if (!this._client) this._client = axios.create({ baseURL: 'https://billing.internal' });
    return this._client;
  }
  invoice(id: string) {
    return this.client.get(\`/invoices/\${id}\`);
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 9,
          column: 12,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: 10_000' },
              output: `import axios, { type AxiosInstance } from 'axios';
export class Billing {
  private _client?: AxiosInstance;
  private get client(): AxiosInstance {
    if (!this._client) this._client = axios.create({ baseURL: 'https://billing.internal' });
    return this._client;
  }
  invoice(id: string) {
    return this.client.get(\`/invoices/\${id}\`, { timeout: 10_000 });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A field set once in the constructor.
      code: `import axios, { type AxiosInstance } from 'axios';
export class AxiosClient {
  private axiosInstance: AxiosInstance;
  constructor(baseURL: string) {
    this.axiosInstance = axios.create({ baseURL, headers: { Accept: 'application/json' } });
  }
  async get<T>(url: string): Promise<T> {
    const response = await this.axiosInstance.get<T>(url);
    return response.data;
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 8,
          column: 28,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: 10_000' },
              output: `import axios, { type AxiosInstance } from 'axios';
export class AxiosClient {
  private axiosInstance: AxiosInstance;
  constructor(baseURL: string) {
    this.axiosInstance = axios.create({ baseURL, headers: { Accept: 'application/json' } });
  }
  async get<T>(url: string): Promise<T> {
    const response = await this.axiosInstance.get<T>(url, { timeout: 10_000 });
    return response.data;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A ky field with its timeout turned off.
      code: `import ky from 'ky';
export class Hooks {
  private readonly api = ky.create({ prefixUrl: 'https://hooks.internal', timeout: false });
  send(event: object) {
    return this.api.post('events', { json: event });
  }
}`,
      errors: [
        {
          messageId: 'disabled',
          line: 5,
          column: 12,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: 10_000' },
              output: `import ky from 'ky';
export class Hooks {
  private readonly api = ky.create({ prefixUrl: 'https://hooks.internal', timeout: false });
  send(event: object) {
    return this.api.post('events', { json: event, timeout: 10_000 });
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

untypedRuleTester().run('held instances: require-request-timeout (no type information)', ruleTimeout, {
  valid: [
    `const axios = require('axios');
class Api {
  constructor(baseURL) {
    this.client = axios.create({ baseURL, timeout: 5000 });
  }
  users() {
    return this.client.get('/users');
  }
}
module.exports = Api;`,
  ],
  invalid: [
    {
      code: `const got = require('got');
class Base {
  constructor() {
    this.got = got.extend({ prefixUrl: 'https://api.gamebanana.com' });
  }
  member(id) {
    return this.got.get(\`Member/\${id}\`).json();
  }
}
module.exports = Base;`,
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'timeout: { request: 10_000 }' },
              output: `const got = require('got');
class Base {
  constructor() {
    this.got = got.extend({ prefixUrl: 'https://api.gamebanana.com' });
  }
  member(id) {
    return this.got.get(\`Member/\${id}\`, { timeout: { request: 10_000 } }).json();
  }
}
module.exports = Base;`,
            },
          ],
        },
      ],
    },
  ],
});
