import type { FunctionSpecifier } from '../analysis/specifiers.js';
import type { RequestFunction } from '../clients/model.js';

/** A user's own request function, named in `require-request-timeout`'s `wrappers` option. */
export type WrapperOption =
  | string
  | {
      name: string | string[];
      from?: 'file' | 'lib' | 'package';
      package?: string;
      optionsArgument?: number;
      timeoutOptions?: string[];
    };

/** A wrapper as a request function the timeout machinery can read, and how its calls are matched. */
export interface Wrapper {
  readonly request: RequestFunction;
  /** Matched by name, and with `from` by where the function is declared. */
  readonly specifiers: readonly FunctionSpecifier[];
}

export function wrapperRequest(option: WrapperOption): Wrapper {
  const spec = typeof option === 'string' ? { name: option } : option;
  const names: readonly string[] = typeof spec.name === 'string' ? [spec.name] : spec.name;
  const timeoutOptions = typeof option === 'string' ? [] : (option.timeoutOptions ?? []);
  const from = typeof option === 'string' ? undefined : option.from;
  const specifiers: FunctionSpecifier[] = from
    ? [
        {
          from,
          name: names,
          ...(typeof option !== 'string' && option.package !== undefined ? { package: option.package } : {}),
        },
      ]
    : [...names];
  const request: RequestFunction = {
    label: `${names[0]}()`,
    callee: { kind: 'import', modules: [], path: [] },
    optionsArgument: typeof option === 'string' ? 1 : (option.optionsArgument ?? 1),
    signalOption: 'signal',
    timeouts: {
      unbounded: 'its options carry no `signal`',
      options: timeoutOptions.map((name) => ({ path: [name], bounds: 'total' as const })),
      defaults: 'none',
      carriers: [],
      suggest: { kind: 'signal' },
    },
  };
  return { request, specifiers };
}
