import type { StreamModel } from './model.js';

/** WHATWG `ReadableStream`, the body of a fetch `Response`. */
export const WEB_STREAM: StreamModel = {
  id: 'web-stream',
  releaseMethods: new Set(['cancel', 'pipeTo', 'pipeThrough']),
  cancelMethods: new Set(['cancel']),
  flowingEvents: new Set(),
  readerMethod: 'getReader',
  readerReleaseMethods: new Set(['cancel']),
  lockedFlag: 'locked',
};

/** A Node.js `Readable`: `IncomingMessage`, undici's `BodyReadable`, got's stream. */
export const NODE_READABLE: StreamModel = {
  id: 'node-readable',
  releaseMethods: new Set([
    'resume',
    'pipe',
    'destroy',
    'dump',
    'json',
    'text',
    'arrayBuffer',
    'blob',
    'bytes',
    'formData',
    'toArray',
    'forEach',
    'reduce',
  ]),
  cancelMethods: new Set(['destroy']),
  flowingEvents: new Set(['data', 'readable']),
  readerMethod: undefined,
  readerReleaseMethods: new Set(),
};
