import type { TSESTree } from '@typescript-eslint/utils';

import { fileContextOf } from '../analysis/context.js';
import { pathEndingCalls } from '../analysis/endings.js';
import { describeLeakEnd, getCodePathIndex, type CodePathIndex } from '../analysis/paths.js';
import { isAwaited, rejectionLeak, withFinallyJumps } from '../analysis/rejections.js';
import { blockDisposingAt } from '../analysis/disposal.js';
import { calleesRunByTimer, isSetTimeoutCall, timerCallback, timerHandleFacts } from '../analysis/timers.js';
import { clearInFinallyFix, timeoutSignalSuggestion } from '../http/abort-timer-fixes.js';
import { abortTimerTarget, excusedByHandOff, isKnownOperation, type AbortTimerTarget } from '../http/abort-timers.js';
import { mayMentionCancellation } from '../http/signal-reach.js';
import { calleeName, contains, enclosingFunction, isFunctionNode, type FunctionNode } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { mergeListeners } from '../util/listeners.js';

type MessageId = 'notCleared' | 'neverCleared' | 'neverClearedHandle' | 'helperTimerNeverCleared' | 'useTimeoutSignal';
type Sink = TSESTree.CallExpression | TSESTree.NewExpression;

export default createRule<[], MessageId>({
  name: 'clear-abort-timer',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a setTimeout that aborts a request (or rejects its race) to be cleared on every path once the request is done',
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      notCleared:
        'The timer `{{timer}}` that {{what}} is not cleared {{where}}, so it stays armed after the request is done; call `clearTimeout({{timer}})` in a `finally`.',
      neverCleared:
        'This `setTimeout` that {{what}} is never cleared, so it stays armed after the request is done; keep its handle and call `clearTimeout()` on it in a `finally`.',
      neverClearedHandle:
        'The timer `{{timer}}` that {{what}} is never cleared, so it stays armed after the request is done; call `clearTimeout({{timer}})` once the request settles (in a `finally` or `.finally()`).',
      helperTimerNeverCleared:
        'The timer `{{helper}}()` arms on line {{line}} rejects this `Promise.race()` and is never cleared, so it stays armed after the request is done; have `{{helper}}()` hand back a way to clear it and clear it once the race settles, or use `AbortSignal.timeout()`.',
      useTimeoutSignal:
        'Replace `{{controller}}` and its timer with `signal: AbortSignal.timeout({{delay}})` (the request then rejects with a `TimeoutError`).',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // Cheap gate first: a timer, and something it could abort or reject (a race, or one written by hand).
    const text = sourceCode.text;
    if (!text.includes('setTimeout') || !(mayMentionCancellation(text) || /race|reject/.test(text))) return {};
    const { index, listeners } = getCodePathIndex(context);
    const timers: TSESTree.CallExpression[] = [];

    function check(timer: TSESTree.CallExpression, pathIndex: CodePathIndex): void {
      if (!isSetTimeoutCall(timer, sourceCode)) return;
      const callback = timerCallback(timer);
      if (!callback) return;
      const file = fileContextOf(context);
      const target = abortTimerTarget(timer, calleesRunByTimer(callback), file);
      if (!target) return;

      const handle = timerHandleFacts(timer, sourceCode);
      if (handle.escaped || handle.clears.some((clear) => disposedWith(clear, timer))) return;
      if (target.kind === 'helper-race') {
        // The helper is right to return its promise; the race in its caller is where the timer outlives the work.
        if (handle.clears.length > 0) return;
        for (const race of target.races) {
          context.report({
            node: race,
            messageId: 'helperTimerNeverCleared',
            data: { helper: target.helper, line: String(timer.loc.start.line) },
          });
        }
        return;
      }
      const work = workFunction(timer, target, handle.binding);
      if (!work) return;
      const start = startIn(timer, work);
      if (!start) return;

      let sinks: readonly Sink[];
      if (target.kind === 'controller') {
        const reach = target.reach;
        if (reach.controllerEscaped || !reach.attached || reach.sinks.length === 0) return;
        if (!reach.sinks.some((sink) => isKnownOperation(sink, file))) return;
        // The response handed back for the caller to stream keeps its timer on purpose.
        if (excusedByHandOff(reach.sinks, handle.clears, file)) return;
        sinks = reach.sinks;
      } else {
        sinks = target.races;
      }

      const endingCall = pathEndingCalls(sourceCode, file.services);
      const what =
        target.kind === 'controller'
          ? `aborts \`${target.name}\``
          : target.manual
            ? 'rejects the promise that settles with the request'
            : 'rejects the `Promise.race()` with the request';
      const signal =
        target.kind === 'controller' ? timeoutSignalSuggestion(timer, target, handle, sourceCode) : undefined;
      const suggest = signal ? [{ messageId: 'useTimeoutSignal' as const, ...signal }] : [];

      // The function's end is the end of the work only where it awaits the request. A request
      // left to run on (a callback, a `.then()` chain) may still need its timer when the function
      // returns: then only a timer that nothing ever clears is reported.
      if (!sinks.some((sink) => enclosingFunction(sink) === work && isAwaited(sink))) {
        if (handle.clears.length > 0) return;
        context.report({
          node: timer,
          messageId: handle.binding ? 'neverClearedHandle' : 'neverCleared',
          data: { timer: handle.binding?.name ?? '', what },
          suggest,
        });
        return;
      }

      const query = { start, work, releases: handle.clears, index: pathIndex, endingCall, sourceCode };
      const verdict = pathIndex.verdict({
        start,
        releases: withFinallyJumps(handle.clears, work),
        endingCall,
        implicitThrows: true,
      });
      if (verdict.kind === 'unknown') return;
      let where: string | undefined;
      if (verdict.kind === 'leaks') {
        where = `before ${describeLeakEnd(verdict.end)}`;
      } else {
        for (const sink of sinks) {
          where = rejectionLeak(sink, query);
          if (where !== undefined) break;
        }
      }
      if (where === undefined) return;

      const fix = handle.binding ? clearInFinallyFix(handle.binding, handle, sinks, query) : undefined;
      context.report({
        node: timer,
        messageId: handle.discarded || !handle.binding ? 'neverCleared' : 'notCleared',
        data: { timer: handle.binding?.name ?? '', what, where },
        fix: fix ?? null,
        suggest,
      });
    }

    return mergeListeners(listeners, {
      CallExpression(call) {
        if (calleeName(call) === 'setTimeout') timers.push(call);
      },
      'Program:exit'() {
        for (const timer of timers) guarded(undefined, () => check(timer, index));
      },
    });
  },
});

/** The function that owns the timer's lifetime: where its handle is kept, or where the race is. */
function workFunction(
  timer: TSESTree.CallExpression,
  target: Exclude<AbortTimerTarget, { kind: 'helper-race' }>,
  binding: TSESTree.Identifier | undefined,
): FunctionNode | undefined {
  if (target.kind === 'race') return enclosingFunction(target.promise);
  return enclosingFunction(binding ?? timer);
}

/** The timer call itself, or the node in `work`'s own code that creates the closure arming it. */
function startIn(timer: TSESTree.Node, work: FunctionNode): TSESTree.Node | undefined {
  let node: TSESTree.Node = timer;
  for (let current = timer.parent; current; current = current.parent) {
    if (current === work) return node;
    if (isFunctionNode(current)) node = current.parent!;
  }
  return undefined;
}

/** A clear in the disposer of a `using` declaration around the timer runs on every way out of its block. */
function disposedWith(clear: TSESTree.Node, timer: TSESTree.Node): boolean {
  const block = blockDisposingAt(clear);
  return block !== undefined && contains(block, timer);
}
