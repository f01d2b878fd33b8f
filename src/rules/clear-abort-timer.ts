import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { pathEndingCalls } from '../analysis/endings.js';
import { describeLeakEnd, getCodePathIndex, type CodePathIndex } from '../analysis/paths.js';
import { variableOf as variableOfIdentifier } from '../analysis/scope.js';
import { getTypeServices } from '../analysis/services.js';
import {
  calleesRunByTimer,
  enclosingPromiseExecutor,
  isSetTimeoutCall,
  racesOf,
  timerCallback,
  timerHandleFacts,
  type TimerHandleFacts,
} from '../analysis/timers.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import { matchRequest, responseModelOfCall } from '../clients/index.js';
import {
  cancellationReach,
  cancellationSourceOf,
  mayMentionCancellation,
  SIGNAL_OPTION,
  signalConsumerOf,
  type CancellationReach,
} from '../clients/signals.js';
import {
  calleeName,
  enclosingFunction,
  isFunctionNode,
  skipTransparent,
  staticPropertyName,
  type FunctionNode,
} from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { appendStatement, indentOf, removeStatement } from '../util/fix.js';
import { mergeListeners } from '../util/listeners.js';

type MessageId = 'notCleared' | 'neverCleared' | 'neverClearedHandle' | 'useTimeoutSignal';

/** What the timer cancels when it fires. */
type Target =
  | {
      readonly kind: 'controller';
      readonly name: string;
      readonly creation: TSESTree.NewExpression;
      readonly declaration: TSESTree.VariableDeclarator;
      readonly reach: CancellationReach;
    }
  | { readonly kind: 'race'; readonly promise: TSESTree.NewExpression; readonly races: TSESTree.CallExpression[] };

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
      useTimeoutSignal:
        'Replace `{{controller}}` and its timer with `signal: AbortSignal.timeout({{delay}})` (the request then rejects with a `TimeoutError`).',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // Cheap gate first: a timer, and something it could abort or reject.
    const text = sourceCode.text;
    if (!text.includes('setTimeout') || !(mayMentionCancellation(text) || text.includes('race'))) return {};
    const { index, listeners } = getCodePathIndex(context);
    const timers: TSESTree.CallExpression[] = [];

    function check(timer: TSESTree.CallExpression, pathIndex: CodePathIndex): void {
      if (!isSetTimeoutCall(timer, sourceCode)) return;
      const callback = timerCallback(timer);
      if (!callback) return;
      const target = targetOf(timer, calleesRunByTimer(callback));
      if (!target) return;

      const handle = timerHandleFacts(timer, sourceCode);
      if (handle.escaped) return;
      const work = workFunction(timer, target, handle);
      if (!work) return;
      const start = startIn(timer, work);
      if (!start) return;

      let sinks: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[];
      if (target.kind === 'controller') {
        const reach = target.reach;
        if (reach.controllerEscaped || !reach.attached || reach.sinks.length === 0) return;
        // A signal handed to a function the model does not know may be meant to fire (a test
        // that aborts a call on purpose, a job stopped by its deadline): only requests and the
        // known signal-taking operations say the timer outlives finished work.
        if (!reach.sinks.some((sink) => isKnownOperation(sink))) return;
        // The response handed back for the caller to stream keeps its timer on purpose.
        if (reach.sinks.some((sink) => resultHandedOn(sink))) return;
        sinks = reach.sinks;
      } else {
        sinks = target.races;
      }

      const services = getTypeServices(context);
      const endingCall = pathEndingCalls(sourceCode, services);
      const what =
        target.kind === 'controller' ? `aborts \`${target.name}\`` : 'rejects the `Promise.race()` with the request';
      const suggestion = target.kind === 'controller' ? timeoutSignalSuggestion(timer, target, handle) : undefined;

      // The function's end is the end of the work only where it awaits the request. A request
      // left to run on (a callback, a `.then()` chain) may still need its timer when the function
      // returns: then only a timer that nothing ever clears is reported.
      if (!sinks.some((sink) => enclosingFunction(sink) === work && isAwaited(sink))) {
        if (handle.clears.length > 0) return;
        context.report({
          node: timer,
          messageId: handle.binding ? 'neverClearedHandle' : 'neverCleared',
          data: { timer: handle.binding?.name ?? '', what },
          suggest: suggestion ? [suggestion] : [],
        });
        return;
      }

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
          where = rejectionLeak(sink, start, work, handle, pathIndex, endingCall);
          if (where !== undefined) break;
        }
      }
      if (where === undefined) return;

      const fix = handle.binding
        ? finallyFix(handle.binding, handle, sinks, start, work, pathIndex, endingCall)
        : undefined;
      context.report({
        node: timer,
        messageId: handle.discarded || !handle.binding ? 'neverCleared' : 'notCleared',
        data: { timer: handle.binding?.name ?? '', what, where },
        fix: fix ?? null,
        suggest: suggestion ? [suggestion] : [],
      });
    }

    function isKnownOperation(sink: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      if (sink.type !== AST_NODE_TYPES.CallExpression) return false;
      const context_ = { sourceCode, services: getTypeServices(context) };
      if (matchRequest(sink, context_) || responseModelOfCall(sink, context_)) return true;
      return signalConsumerOf(sink, sourceCode)?.kind === 'operation';
    }

    /** The controller the callback aborts, or the race whose promise it rejects. */
    function targetOf(timer: TSESTree.CallExpression, callees: TSESTree.Node[]): Target | undefined {
      for (const callee of callees) {
        if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'abort') {
          const object = skipTransparent(callee.object);
          if (object.type !== AST_NODE_TYPES.Identifier) continue;
          const variable = variableOf(object);
          const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
          if (definition?.type !== 'Variable' || !definition.node.init) continue;
          const init = skipTransparent(definition.node.init);
          if (init.type !== AST_NODE_TYPES.NewExpression) continue;
          if (variable!.references.filter((reference) => reference.isWrite()).length !== 1) continue;
          const source = cancellationSourceOf(init, sourceCode);
          if (source?.kind !== 'controller') continue;
          return {
            kind: 'controller',
            name: object.name,
            creation: source.node,
            declaration: definition.node,
            reach: cancellationReach(source, sourceCode),
          };
        }
        if (callee.type === AST_NODE_TYPES.Identifier) {
          const executor = enclosingPromiseExecutor(timer, sourceCode);
          if (!executor || variableOf(callee) !== variableOf(executor.reject)) continue;
          const races = racesOf(executor.promise, sourceCode);
          if (!races || races.length === 0 || !races.every((race) => racesRequest(race, executor.promise))) continue;
          return { kind: 'race', promise: executor.promise, races };
        }
      }
      return undefined;
    }

    function racesRequest(race: TSESTree.CallExpression, promise: TSESTree.Node): boolean {
      const array = race.arguments[0];
      if (array?.type !== AST_NODE_TYPES.ArrayExpression) return false;
      const context_ = { sourceCode, services: getTypeServices(context) };
      let found = false;
      const visit = (node: TSESTree.Node): void => {
        if (found || node === promise) return;
        if (
          node.type === AST_NODE_TYPES.CallExpression &&
          (matchRequest(node, context_) || responseModelOfCall(node, context_))
        ) {
          found = true;
          return;
        }
        if (node.type === AST_NODE_TYPES.Identifier) {
          const definition = variableOf(node)?.defs[0];
          if (definition?.type === 'Variable' && definition.node.init && !isWithin(promise, definition.node.init))
            visit(definition.node.init);
          return;
        }
        forEachChild(node, visit);
      };
      for (const element of array.elements) if (element) visit(element);
      return found;
    }

    /** The function that owns the timer's lifetime: where its handle is kept, or where the race is. */
    function workFunction(
      timer: TSESTree.CallExpression,
      target: Target,
      handle: TimerHandleFacts,
    ): FunctionNode | undefined {
      if (target.kind === 'race') return enclosingFunction(target.promise);
      if (handle.binding) return enclosingFunction(handle.binding);
      return enclosingFunction(timer);
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

    /**
     * The request's result is handed on (returned, stored, passed), or its body is: the receiver
     * may still be streaming it, under the timer, after this function is done.
     */
    function resultHandedOn(sink: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      const body =
        sink.type === AST_NODE_TYPES.CallExpression
          ? responseModelOfCall(sink, { sourceCode, services: getTypeServices(context) })?.model.bodyProperty?.name
          : undefined;
      for (const use of usesOfExpression(sink, sourceCode)) {
        if (handsOn(use)) return true;
        if (use.kind === 'member' && body !== undefined && use.property === body) {
          for (const inner of usesOfExpression(use.node, sourceCode)) if (handsOn(inner)) return true;
        }
        if (use.kind === 'destructured' && body !== undefined && use.property === body) {
          if (!use.binding) return true;
          for (const inner of usesOfBinding(use.binding, sourceCode)) if (handsOn(inner)) return true;
        }
      }
      return false;
    }

    /** An awaited request outside any `try` whose rejection leaves before the timer is cleared. */
    /**
     * Where the timer is left armed when an awaited request rejects: out of the function when no
     * `try` holds the request, otherwise along its `catch`. ESLint's code paths enter a `catch`
     * only from the first call in its `try`, so the request's own rejection is followed here.
     */
    function rejectionLeak(
      sink: TSESTree.CallExpression | TSESTree.NewExpression,
      start: TSESTree.Node,
      work: FunctionNode,
      handle: TimerHandleFacts,
      pathIndex: CodePathIndex,
      endingCall: ReturnType<typeof pathEndingCalls>,
    ): string | undefined {
      if (sink.range[0] < start.range[1] || enclosingFunction(sink) !== work || !isAwaited(sink)) return undefined;
      if (handle.clears.some((clear) => clear.range[0] < sink.range[0] && clear.range[0] > start.range[1]))
        return undefined;
      const rejects = `when \`${calleeText(sink)}\` on line ${sink.loc.start.line} rejects`;
      const statement = tryAround(sink, work);
      if (!statement) return rejects;
      for (let outer: TSESTree.Node | undefined = statement; outer && outer !== work; outer = outer.parent) {
        if (
          outer.type === AST_NODE_TYPES.TryStatement &&
          outer.finalizer &&
          handle.clears.some((clear) => isWithin(clear, outer.finalizer!))
        ) {
          return undefined;
        }
      }
      const handler = statement.handler;
      if (!handler) return rejects;
      const first = handler.body.body[0];
      if (first && handle.clears.some((clear) => isWithin(clear, first))) return undefined;
      if (first?.type === AST_NODE_TYPES.ThrowStatement || first?.type === AST_NODE_TYPES.ReturnStatement) {
        return `before the \`${first.type === AST_NODE_TYPES.ThrowStatement ? 'throw' : 'return'}\` on line ${first.loc.start.line} ${rejects}`;
      }
      const verdict = pathIndex.verdict({
        start: first ?? handler.body,
        releases: withFinallyJumps(handle.clears, work),
        endingCall,
        implicitThrows: true,
      });
      return verdict.kind === 'leaks' ? `before ${describeLeakEnd(verdict.end)} ${rejects}` : undefined;
    }

    /** `await request(...)`, also through method calls on its result (`await got(url).json()`). */
    function isAwaited(node: TSESTree.Node): boolean {
      let current = node;
      for (;;) {
        const parent = current.parent;
        if (!parent) return false;
        if (isTransparent(parent)) {
          current = parent;
          continue;
        }
        if (
          parent.type === AST_NODE_TYPES.MemberExpression &&
          parent.object === current &&
          parent.parent.type === AST_NODE_TYPES.CallExpression &&
          parent.parent.callee === parent &&
          !PROMISE_HANDLERS.has(staticPropertyName(parent) ?? '')
        ) {
          current = parent.parent;
          continue;
        }
        return parent.type === AST_NODE_TYPES.AwaitExpression;
      }
    }

    /** The innermost `try` in `work` whose block holds `node`. */
    function tryAround(node: TSESTree.Node, work: FunctionNode): TSESTree.TryStatement | undefined {
      let child = node;
      for (let current = node.parent; current && current !== work; child = current, current = current.parent) {
        if (isFunctionNode(current)) return undefined;
        if (current.type === AST_NODE_TYPES.TryStatement && current.block === child) return current;
      }
      return undefined;
    }

    /**
     * ESLint's code paths send `break` and `continue` straight to their loop, past any `finally`:
     * a jump inside a `try` whose `finally` clears the timer (or will, with `fixed`) clears it too.
     */
    function withFinallyJumps(
      releases: readonly TSESTree.Node[],
      work: FunctionNode,
      fixed?: TSESTree.TryStatement,
    ): TSESTree.Node[] {
      const clearingTries = new Set<TSESTree.TryStatement>();
      if (fixed) clearingTries.add(fixed);
      for (const release of releases) {
        for (let current = release.parent; current && current !== work; current = current.parent) {
          if (
            current.type === AST_NODE_TYPES.TryStatement &&
            current.finalizer &&
            isWithin(release, current.finalizer)
          ) {
            clearingTries.add(current);
          }
        }
      }
      if (clearingTries.size === 0) return [...releases];
      const jumps: TSESTree.Node[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (isFunctionNode(node)) return;
        if (node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) {
          for (const statement of clearingTries) {
            const body = [statement.block, statement.handler].filter(
              (part): part is NonNullable<typeof part> => part !== null,
            );
            if (body.some((part) => isWithin(node, part))) jumps.push(node);
          }
          return;
        }
        forEachChild(node, visit);
      };
      for (const statement of clearingTries) visit(statement);
      return [...releases, ...jumps];
    }

    /** `clearTimeout(t)` added to the `finally` of the `try` around the request, when that is enough. */
    function finallyFix(
      binding: TSESTree.Identifier,
      handle: TimerHandleFacts,
      sinks: readonly TSESTree.Node[],
      start: TSESTree.Node,
      work: FunctionNode,
      pathIndex: CodePathIndex,
      endingCall: ReturnType<typeof pathEndingCalls>,
    ): TSESLint.ReportFixFunction | undefined {
      const tries = sinks
        .filter((sink) => enclosingFunction(sink) === work)
        .map((sink) => tryAround(sink, work))
        .filter((found): found is TSESTree.TryStatement => found !== undefined && found.range[1] > start.range[1]);
      const statement = tries[0];
      if (!statement || tries.some((other) => other !== statement)) return undefined;
      // A request not awaited inside the `try` outlives it: a `finally` would disarm the timeout.
      if (sinks.some((sink) => isWithin(sink, statement.block) && !isAwaited(sink))) return undefined;
      const variable = variableOf(binding);
      const scope = variable?.scope.block;
      if (!scope || scope.range[0] > statement.range[0] || statement.range[1] > scope.range[1]) return undefined;
      if (binding.range[0] > statement.range[0]) return undefined;
      // Every path out of the `try` block runs its `finally`: enough when the timer is armed in
      // the block, otherwise the paths from the timer to the block must all enter it.
      if (!isWithin(start, statement.block)) {
        const releases = withFinallyJumps([...handle.clears, statement.block], work, statement);
        const verdict = pathIndex.verdict({ start, releases, endingCall, implicitThrows: true });
        if (verdict.kind !== 'released') return undefined;
      }
      const text = `clearTimeout(${binding.name});`;
      return (fixer) => {
        if (statement.finalizer) return appendStatement(fixer, statement.finalizer, text, sourceCode);
        const indent = indentOf(statement, sourceCode);
        const first = statement.block.body[0];
        const inner =
          first && first.loc.start.line !== statement.loc.start.line ? indentOf(first, sourceCode) : `${indent}  `;
        const after = statement.handler ?? statement.block;
        return fixer.insertTextAfter(after, ` finally {\n${inner}${text}\n${indent}}`);
      };
    }

    /** The controller and its timer replaced by `signal: AbortSignal.timeout(ms)`. */
    function timeoutSignalSuggestion(
      timer: TSESTree.CallExpression,
      target: Extract<Target, { kind: 'controller' }>,
      handle: TimerHandleFacts,
    ): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
      const reach = target.reach;
      if (reach.aborts.length !== 1 || reach.signalReads.length !== 1 || reach.otherUses > 0) return undefined;
      if (handle.otherUses.length > 0) return undefined;
      const read = reach.signalReads[0]!;
      const property = read.parent;
      if (
        property?.type !== AST_NODE_TYPES.Property ||
        property.value !== read ||
        staticPropertyName(property) !== SIGNAL_OPTION
      ) {
        return undefined;
      }
      const object = property.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      if (!reach.sinks.some((sink) => sink.arguments.includes(object))) return undefined;
      if (!abortsOnly(timer, target.name)) return undefined;
      const delay = timer.arguments[1];
      if (!delay || delay.type === AST_NODE_TYPES.SpreadElement || timer.arguments.length > 2) return undefined;

      const declaration = target.declaration.parent;
      if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declarations.length !== 1)
        return undefined;
      const timerStatement = statementOfTimer(timer, handle);
      if (!timerStatement) return undefined;
      const clearStatements: TSESTree.Node[] = [];
      for (const clear of handle.clears) {
        if (clear.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
        clearStatements.push(clear.parent);
      }
      const removals: TSESTree.Node[] = [declaration, timerStatement];
      const unwraps: TSESTree.TryStatement[] = [];
      for (const clear of clearStatements) {
        const block = clear.parent;
        const tryStatement = block?.parent;
        if (
          block?.type === AST_NODE_TYPES.BlockStatement &&
          tryStatement?.type === AST_NODE_TYPES.TryStatement &&
          tryStatement.finalizer === block &&
          block.body.every((statement) => clearStatements.includes(statement))
        ) {
          if (!tryStatement.handler) {
            // `try { ... } finally { clearTimeout(t) }` has nothing left to do: unwrap it.
            if (!canUnwrap(tryStatement)) return undefined;
            if (!unwraps.includes(tryStatement)) unwraps.push(tryStatement);
            continue;
          }
          if (!removals.includes(block)) removals.push(block);
          continue;
        }
        removals.push(clear);
      }
      const delayText = sourceCode.getText(delay);
      return {
        messageId: 'useTimeoutSignal',
        data: { controller: target.name, delay: delayText },
        fix: (fixer) => {
          const fixes = removals.map((node) => {
            if (node.type === AST_NODE_TYPES.BlockStatement) {
              const handler = (node.parent as TSESTree.TryStatement).handler!;
              return fixer.removeRange([handler.range[1], node.range[1]]);
            }
            return removeStatement(fixer, node, sourceCode);
          });
          fixes.push(fixer.replaceText(read, `AbortSignal.timeout(${delayText})`));
          const removedLines = new Set(removals.flatMap((node) => linesOf(node)));
          for (const statement of unwraps) fixes.push(...unwrapFixes(fixer, statement, removedLines));
          return fixes;
        },
      };
    }

    /** The lines a statement occupies, when nothing else is on them. */
    function linesOf(node: TSESTree.Node): number[] {
      const first = sourceCode.lines[node.loc.start.line - 1] ?? '';
      const last = sourceCode.lines[node.loc.end.line - 1] ?? '';
      if (first.slice(0, node.loc.start.column).trim() !== '' || last.slice(node.loc.end.column).trim() !== '')
        return [];
      const lines: number[] = [];
      for (let line = node.loc.start.line; line <= node.loc.end.line; line++) lines.push(line);
      return lines;
    }

    /**
     * `try {` and `} finally { ... }` each on their own lines, the block's lines indented one
     * step deeper than the `try`, and no name the block declares used elsewhere in the enclosing
     * block (unwrapped, its declarations join that block).
     */
    function canUnwrap(statement: TSESTree.TryStatement): boolean {
      const finalizer = statement.finalizer;
      const holder = statement.parent;
      if (!finalizer || statement.block.body.length === 0) return false;
      if (holder.type !== AST_NODE_TYPES.BlockStatement && holder.type !== AST_NODE_TYPES.Program) return false;
      const line = (number: number) => sourceCode.lines[number - 1] ?? '';
      if (line(statement.loc.start.line).trim() !== 'try {') return false;
      if (
        line(statement.block.loc.end.line).trim() !== `} finally {` &&
        !line(statement.block.loc.end.line).trim().startsWith('} finally {')
      )
        return false;
      if (finalizer.loc.start.line !== statement.block.loc.end.line) return false;
      if (line(finalizer.loc.end.line).slice(finalizer.loc.end.column).trim() !== '') return false;
      if (
        line(finalizer.loc.end.line)
          .slice(0, finalizer.loc.end.column - 1)
          .trim() !== '' &&
        finalizer.loc.end.line !== finalizer.loc.start.line
      )
        return false;
      const outer = indentOf(statement, sourceCode);
      const inner = indentOf(statement.block.body[0]!, sourceCode);
      if (!inner.startsWith(outer) || inner === outer) return false;
      for (let number = statement.block.loc.start.line + 1; number < statement.block.loc.end.line; number++) {
        const text = line(number);
        if (text.trim() !== '' && !text.startsWith(inner)) return false;
      }
      let names: string[];
      try {
        names = sourceCode.getScope(statement.block).variables.map((variable) => variable.name);
      } catch {
        return false;
      }
      if (names.length === 0) return true;
      return !sourceCode
        .getTokens(holder)
        .some(
          (token) =>
            token.type === 'Identifier' &&
            names.includes(token.value) &&
            (token.range[1] <= statement.range[0] || token.range[0] >= statement.range[1]),
        );
    }

    /** Removes `try {` and `} finally { ... }` and takes the block's lines one step out. */
    function unwrapFixes(
      fixer: TSESLint.RuleFixer,
      statement: TSESTree.TryStatement,
      removedLines: ReadonlySet<number>,
    ): TSESLint.RuleFix[] {
      const lineStart = (number: number) => sourceCode.getIndexFromLoc({ line: number, column: 0 });
      const lineAfter = (number: number) =>
        number < sourceCode.lines.length ? lineStart(number + 1) : sourceCode.text.length;
      const finalizer = statement.finalizer!;
      const step = indentOf(statement.block.body[0]!, sourceCode).length - indentOf(statement, sourceCode).length;
      const fixes = [
        fixer.removeRange([lineStart(statement.loc.start.line), lineAfter(statement.loc.start.line)]),
        fixer.removeRange([lineStart(statement.block.loc.end.line), lineAfter(finalizer.loc.end.line)]),
      ];
      for (let number = statement.block.loc.start.line + 1; number < statement.block.loc.end.line; number++) {
        if (removedLines.has(number) || (sourceCode.lines[number - 1] ?? '').trim() === '') continue;
        fixes.push(fixer.removeRange([lineStart(number), lineStart(number) + step]));
      }
      return fixes;
    }

    /** The timer's callback does nothing but `name.abort()`. */
    function abortsOnly(timer: TSESTree.CallExpression, name: string): boolean {
      const callback = timer.arguments[0] && skipTransparent(timer.arguments[0]);
      if (!callback) return false;
      const isAbortCall = (node: TSESTree.Node): boolean =>
        node.type === AST_NODE_TYPES.CallExpression &&
        node.arguments.length === 0 &&
        sourceCode.getText(node.callee) === `${name}.abort`;
      if (isFunctionNode(callback)) {
        if (callback.params.length > 0) return false;
        const body = callback.body;
        if (body.type !== AST_NODE_TYPES.BlockStatement) return isAbortCall(body);
        const only = body.body.length === 1 ? body.body[0] : undefined;
        return only?.type === AST_NODE_TYPES.ExpressionStatement && isAbortCall(only.expression);
      }
      return sourceCode.getText(callback).replace(/\s+/g, '') === `${name}.abort.bind(${name})`;
    }

    function statementOfTimer(timer: TSESTree.CallExpression, handle: TimerHandleFacts): TSESTree.Node | undefined {
      if (timer.parent.type === AST_NODE_TYPES.ExpressionStatement) return timer.parent;
      const declarator = timer.parent;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== handle.binding) return undefined;
      const declaration = declarator.parent;
      return declaration.declarations.length === 1 ? declaration : undefined;
    }

    function variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
      return variableOfIdentifier(identifier, sourceCode);
    }

    function calleeText(call: TSESTree.CallExpression | TSESTree.NewExpression): string {
      const text = sourceCode.getText(skipTransparent(call.callee)).replace(/\s+/g, '');
      return `${text.length > 40 ? `${text.slice(0, 37)}...` : text}()`;
    }

    return mergeListeners(listeners, {
      CallExpression(call) {
        if (calleeName(call) === 'setTimeout') timers.push(call);
      },
      'Program:exit'() {
        for (const timer of timers) {
          try {
            check(timer, index);
          } catch {
            // Never throw on code the analysis does not understand.
          }
        }
      },
    });
  },
});

/** Methods that handle a rejection: past them the request's rejection does not leave the function. */
const PROMISE_HANDLERS = new Set(['catch', 'then', 'finally']);

function handsOn(use: ValueUse): boolean {
  if (use.kind === 'returned' || use.kind === 'stored') return true;
  return use.kind === 'call-argument' && !isInspectingCall(use.call);
}

function isTransparent(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  for (const key of Object.keys(node) as (keyof typeof node)[]) {
    if (key === 'parent') continue;
    const value = node[key] as unknown;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string')
        visit(child as TSESTree.Node);
    }
  }
}
