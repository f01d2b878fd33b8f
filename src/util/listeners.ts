import type { TSESLint } from '@typescript-eslint/utils';

type Handler = (...args: never[]) => void;

/** Combines listener objects so that two handlers for one selector both run, in order. */
export function mergeListeners(...listeners: readonly TSESLint.RuleListener[]): TSESLint.RuleListener {
  const merged: Record<string, Handler[]> = {};
  for (const listener of listeners) {
    for (const [selector, handler] of Object.entries(listener)) {
      if (typeof handler === 'function') (merged[selector] ??= []).push(handler as Handler);
    }
  }
  const result: Record<string, Handler> = {};
  for (const [selector, handlers] of Object.entries(merged)) {
    result[selector] =
      handlers.length === 1
        ? handlers[0]!
        : (...args: never[]) => {
            for (const handler of handlers) handler(...args);
          };
  }
  return result as TSESLint.RuleListener;
}
