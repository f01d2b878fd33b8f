import type { CancellationModel, SignalConsumer } from './model.js';

/**
 * What creates a cancellation (`new AbortController()`, `AbortSignal.timeout()`, `AbortSignal.any()`,
 * and the controller polyfills), and the Node.js operations besides HTTP requests that take
 * `{ signal }`: using a signal with them is attaching it.
 */

const operation = (
  label: string,
  modules: readonly string[],
  path: readonly string[],
  optionsArgument: number | 'last-object',
): SignalConsumer => ({ label, kind: 'operation', callee: { kind: 'import', modules, path }, optionsArgument });

const FS = ['fs', 'fs/promises'];
const STREAM = ['stream', 'stream/promises'];
const TIMERS = ['timers/promises'];

export const CANCELLATION: CancellationModel = {
  controllerConstructors: [
    { modules: [null], path: ['AbortController'] },
    { modules: ['abort-controller'], path: [] },
    { modules: ['abort-controller', 'node-abort-controller'], path: ['AbortController'] },
  ],
  signalFactories: [
    { modules: [null], path: ['AbortSignal', 'timeout'], kind: 'timeout' },
    { modules: [null], path: ['AbortSignal', 'any'], kind: 'any' },
  ],
  signalOption: 'signal',
  consumers: [
    {
      label: 'addEventListener()',
      kind: 'listener',
      callee: { kind: 'method', method: 'addEventListener' },
      optionsArgument: 2,
    },
    operation('events.once()', ['events'], ['once'], 2),
    operation('events.on()', ['events'], ['on'], 2),
    operation('stream.pipeline()', STREAM, ['pipeline'], 'last-object'),
    operation('stream.finished()', STREAM, ['finished'], 1),
    operation('setTimeout()', TIMERS, ['setTimeout'], 2),
    operation('setInterval()', TIMERS, ['setInterval'], 2),
    operation('setImmediate()', TIMERS, ['setImmediate'], 1),
    operation('scheduler.wait()', TIMERS, ['scheduler', 'wait'], 1),
    operation('fs.readFile()', FS, ['readFile'], 1),
    operation('fs.writeFile()', FS, ['writeFile'], 2),
    operation('fs.appendFile()', FS, ['appendFile'], 2),
    operation('fs.watch()', FS, ['watch'], 1),
    operation('fs.promises.readFile()', ['fs'], ['promises', 'readFile'], 1),
    operation('fs.promises.writeFile()', ['fs'], ['promises', 'writeFile'], 2),
    operation('fs.readFile()', ['fs/promises'], ['readFile'], 1),
    operation('child_process.exec()', ['child_process'], ['exec'], 'last-object'),
    operation('child_process.execFile()', ['child_process'], ['execFile'], 'last-object'),
    operation('child_process.spawn()', ['child_process'], ['spawn'], 'last-object'),
    operation('child_process.fork()', ['child_process'], ['fork'], 'last-object'),
    operation('readline.createInterface()', ['readline', 'readline/promises'], ['createInterface'], 0),
    operation('dns.lookup()', ['dns/promises'], ['lookup'], 1),
  ],
};
