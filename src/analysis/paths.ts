import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isLoopStatement } from '../util/ast.js';

type CodePath = TSESLint.CodePath;
type Segment = TSESLint.CodePathSegment;

/** Where a path that misses every release site ends. */
export type LeakEnd =
  | { readonly kind: 'return' | 'throw' | 'break' | 'continue'; readonly node: TSESTree.Node }
  /** A call that never returns (its type is `never`): a throw in disguise. */
  | { readonly kind: 'never-returns'; readonly node: TSESTree.CallExpression }
  /** The function's end, reached by falling off it. */
  | { readonly kind: 'end'; readonly node: TSESTree.Node }
  /** The loop around the start ran again without passing a release site. */
  | { readonly kind: 'loop'; readonly node: TSESTree.Node };

/** The answer to "is every path from the start through a release site?" */
export type PathVerdict =
  | { readonly kind: 'released' }
  | { readonly kind: 'leaks'; readonly end: LeakEnd }
  /** The start was not recorded (unusual syntax): say nothing. */
  | { readonly kind: 'unknown' };

/** How a call ends a path, by its own meaning: `exit` stops the process, `never-returns` throws. */
export type PathEndingCall = 'exit' | 'never-returns';

export interface PathQuery {
  /** The node after whose evaluation paths are followed (a call, or a function for its parameters). */
  readonly start: TSESTree.Node;
  /** Nodes whose evaluation releases the value; one after the start ends a path as released. */
  readonly releases: readonly TSESTree.Node[];
  /** Classifies calls that end a path although ESLint's code paths go on past them. */
  readonly endingCall?: (call: TSESTree.CallExpression) => PathEndingCall | undefined;
  /**
   * The block the value lives in. A `break` or `continue` whose loop holds this block ends the
   * value's life: the path ends there (a retry loop's `continue` drops the value).
   */
  readonly scope?: TSESTree.Node;
  /**
   * Also follow exceptions nobody wrote: the edge from a call in a `try` into its `catch`, and a
   * path that ends thrown (a rejected `await`). For what must be undone even when a call fails
   * (a timer armed for a call that rejects).
   */
  readonly implicitThrows?: boolean;
  /** Name the leaking end that comes first in the source, not the first one the search meets. */
  readonly earliestEnd?: boolean;
}

interface RecordedNode {
  readonly codePath: CodePath;
  readonly segments: readonly Segment[];
}

interface PathState {
  readonly codePath: CodePath;
  readonly node: TSESTree.Node;
  readonly current: Set<Segment>;
}

/**
 * Records, during the traversal, which code path segments every node runs in; after the
 * traversal (`Program:exit`) answers every-path questions over them. Shared per file.
 */
export class CodePathIndex {
  private readonly nodes = new Map<TSESTree.Node, RecordedNode>();
  private readonly segmentNodes = new Map<Segment, TSESTree.Node[]>();
  private readonly functionPaths = new Map<TSESTree.Node, CodePath>();
  /** Segments a `catch` clause starts in: entered by a throw, explicit or not. */
  private readonly catchEntries = new Set<Segment>();
  private readonly stack: PathState[] = [];

  /** Listeners to merge into the rule's own; they must run for the whole traversal. */
  readonly listeners: TSESLint.RuleListener = {
    onCodePathStart: (codePath: CodePath, node: TSESTree.Node) => {
      this.stack.push({ codePath, node, current: new Set() });
      this.functionPaths.set(node, codePath);
    },
    onCodePathEnd: () => {
      this.stack.pop();
    },
    onCodePathSegmentStart: (segment: Segment) => this.top()?.current.add(segment),
    onCodePathSegmentEnd: (segment: Segment) => this.top()?.current.delete(segment),
    onUnreachableCodePathSegmentStart: (segment: Segment) => this.top()?.current.add(segment),
    onUnreachableCodePathSegmentEnd: (segment: Segment) => this.top()?.current.delete(segment),
    '*': (node: TSESTree.Node) => {
      const state = this.top();
      if (!state) return;
      const segments = [...state.current];
      this.nodes.set(node, { codePath: state.codePath, segments });
      if (node.type === AST_NODE_TYPES.CatchClause) for (const segment of segments) this.catchEntries.add(segment);
      for (const segment of segments) {
        let list = this.segmentNodes.get(segment);
        if (!list) this.segmentNodes.set(segment, (list = []));
        list.push(node);
      }
    },
  } as unknown as TSESLint.RuleListener;

  private top(): PathState | undefined {
    return this.stack.at(-1);
  }

  /** The code path of a function node or the Program. */
  codePathOf(node: TSESTree.Node): CodePath | undefined {
    return this.functionPaths.get(node);
  }

  /** The innermost code path that holds `node`. */
  codePathAt(node: TSESTree.Node): CodePath | undefined {
    return this.nodes.get(node)?.codePath;
  }

  /** True when `node` can run: some segment it is in is reachable. */
  isReachable(node: TSESTree.Node): boolean {
    const recorded = this.nodes.get(node);
    return recorded ? recorded.segments.some((segment) => segment.reachable) : false;
  }

  /**
   * Segments of `codePath` in which `node` runs: the node's own when it belongs to that code path,
   * otherwise those of its nearest ancestor that does (a closure counts where it is created).
   */
  private segmentsIn(
    node: TSESTree.Node,
    codePath: CodePath,
  ): { segments: readonly Segment[]; anchor: TSESTree.Node } | undefined {
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      const recorded = this.nodes.get(current);
      if (recorded?.codePath === codePath && !isFunctionNodeType(current)) {
        return { segments: recorded.segments, anchor: current };
      }
    }
    return undefined;
  }

  /** Is every path from `query.start` to the end of its function through a release site? */
  verdict(query: PathQuery): PathVerdict {
    if (!query.earliestEnd) return this.search(query, () => true);
    let earliest: LeakEnd | undefined;
    const verdict = this.search(query, (end) => {
      if (!earliest || endPosition(end) < endPosition(earliest)) earliest = end;
      return false;
    });
    if (verdict.kind === 'unknown') return verdict;
    return earliest ? { kind: 'leaks', end: earliest } : { kind: 'released' };
  }

  /**
   * Follows the paths from the start; each leaking end goes to `found`, which says whether to
   * stop there (and answer with it) or to go on looking for others.
   */
  private search(query: PathQuery, found: (end: LeakEnd) => boolean): PathVerdict {
    const startIsFunction = isFunctionNodeType(query.start);
    const codePath = startIsFunction ? this.codePathOf(query.start) : this.codePathAt(query.start);
    if (!codePath) return { kind: 'unknown' };
    const startSegments: readonly Segment[] = startIsFunction
      ? [codePath.initialSegment]
      : (this.segmentsIn(query.start, codePath)?.segments ?? []);
    if (startSegments.length === 0 || !startSegments.some((segment) => segment.reachable)) {
      return { kind: 'unknown' };
    }
    const startEnd = startIsFunction ? -1 : query.start.range[1];
    // A use that contains the start consumes the value as part of the same expression:
    // `return c ? open(a) : open(b)`, `use(await open(u))`.
    if (!startIsFunction && query.releases.some((release) => contains(release, query.start)))
      return { kind: 'released' };

    const releasesBySegment = new Map<Segment, number[]>();
    for (const release of query.releases) {
      const placed = this.segmentsIn(release, codePath);
      if (!placed) continue;
      for (const segment of placed.segments) {
        let ends = releasesBySegment.get(segment);
        if (!ends) releasesBySegment.set(segment, (ends = []));
        ends.push(placed.anchor.range[1]);
      }
    }

    const isStart = new Set(startSegments);
    const visited = new Set<Segment>();
    const queue: { segment: Segment; lastJump: TSESTree.Node | undefined; first: boolean }[] = startSegments
      .filter((segment) => segment.reachable)
      .map((segment) => ({ segment, lastJump: undefined, first: true }));

    while (queue.length > 0) {
      const { segment, lastJump: jumpBefore, first } = queue.shift()!;
      if (!first) {
        if (visited.has(segment)) continue;
        visited.add(segment);
      }
      const after = first ? startEnd : -1;
      if ((releasesBySegment.get(segment) ?? []).some((end) => end >= after)) continue;

      let lastJump = jumpBefore;
      let ended: LeakEnd | 'exit' | undefined;
      for (const node of this.segmentNodes.get(segment) ?? []) {
        if (node.range[0] < after || this.nodes.get(node)?.codePath !== codePath) continue;
        if (isJump(node)) lastJump = node;
        // ESLint's code paths take a `break`/`continue` straight past a `finally`; a release there
        // still runs on the way out.
        if (isLabelJump(node) && query.releases.some((release) => finalizerOnTheWay(node, release))) {
          ended = 'exit';
          break;
        }
        if (query.scope && leavesScope(node, query.scope)) {
          ended = { kind: node.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue', node };
          break;
        }
        if (node.type === AST_NODE_TYPES.CallExpression && query.endingCall) {
          const ending = query.endingCall(node);
          if (ending === 'exit') ended = 'exit';
          if (ending === 'never-returns') ended = { kind: 'never-returns', node };
          if (ending) break;
        }
      }
      if (ended === 'exit') continue;
      if (ended) {
        if (found(ended)) return { kind: 'leaks', end: ended };
        continue;
      }

      // Exceptions nobody wrote (a call that throws) are not paths this analysis follows: an
      // edge into a `catch`, or a path that ends thrown, counts only after an explicit `throw`.
      const explicitThrow = query.implicitThrows === true || lastJump?.type === AST_NODE_TYPES.ThrowStatement;
      const next = segment.nextSegments.filter(
        (candidate) => candidate.reachable && (explicitThrow || !this.catchEntries.has(candidate)),
      );
      if (segment.nextSegments.length === 0) {
        if (!explicitThrow && codePath.thrownSegments.includes(segment)) continue;
        const end = describeEnd(lastJump, codePath, this);
        if (found(end)) return { kind: 'leaks', end };
        continue;
      }
      for (const candidate of next) {
        if (isStart.has(candidate)) {
          const end: LeakEnd =
            lastJump?.type === AST_NODE_TYPES.ContinueStatement
              ? { kind: 'continue', node: lastJump }
              : { kind: 'loop', node: loopOf(query.start) ?? query.start };
          if (found(end)) return { kind: 'leaks', end };
          continue;
        }
        queue.push({ segment: candidate, lastJump, first: false });
      }
    }
    return { kind: 'released' };
  }

  /** The node of the function (or Program) that owns `codePath`. */
  ownerOf(codePath: CodePath): TSESTree.Node | undefined {
    for (const [node, path] of this.functionPaths) if (path === codePath) return node;
    return undefined;
  }
}

/** How a message names where a path ends: "the `throw` on line 14". */
export function describeLeakEnd(end: LeakEnd): string {
  const line = end.node.loc.start.line;
  switch (end.kind) {
    case 'return':
    case 'throw':
    case 'break':
    case 'continue':
      return `the \`${end.kind}\` on line ${line}`;
    case 'never-returns':
      return `the call on line ${line} that never returns`;
    case 'end':
      return `the end of the function on line ${end.node.loc.end.line}`;
    case 'loop':
      return `the loop's next iteration (line ${line})`;
  }
}

/** Where an end sits in the source: a function's end and a loop's next iteration at their close. */
function endPosition(end: LeakEnd): number {
  return end.kind === 'end' || end.kind === 'loop' ? end.node.range[1] : end.node.range[0];
}

function describeEnd(lastJump: TSESTree.Node | undefined, codePath: CodePath, index: CodePathIndex): LeakEnd {
  if (lastJump?.type === AST_NODE_TYPES.ReturnStatement) return { kind: 'return', node: lastJump };
  if (lastJump?.type === AST_NODE_TYPES.ThrowStatement) return { kind: 'throw', node: lastJump };
  if (lastJump?.type === AST_NODE_TYPES.BreakStatement) return { kind: 'break', node: lastJump };
  if (lastJump?.type === AST_NODE_TYPES.ContinueStatement) return { kind: 'continue', node: lastJump };
  const owner = index.ownerOf(codePath);
  return { kind: 'end', node: owner ?? (lastJump as TSESTree.Node) };
}

/** True for a `break`/`continue` whose target statement contains `scope`. */
function leavesScope(node: TSESTree.Node, scope: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.BreakStatement && node.type !== AST_NODE_TYPES.ContinueStatement) return false;
  const target = jumpTarget(node);
  return (
    target !== undefined && target.range[0] <= scope.range[0] && scope.range[1] <= target.range[1] && target !== scope
  );
}

/** True when `release` sits in the `finally` of a `try` that the jump leaves on its way out. */
function finalizerOnTheWay(jump: TSESTree.Node, release: TSESTree.Node): boolean {
  const target = jumpTarget(jump as TSESTree.BreakStatement | TSESTree.ContinueStatement);
  // The target itself counts: `done: try { break done; } finally { ... }` runs the `finally`.
  for (let current: TSESTree.Node | undefined = jump.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.TryStatement &&
      current.finalizer &&
      contains(current.finalizer, release) &&
      !contains(current.finalizer, jump)
    ) {
      return true;
    }
    if (current === target) break;
  }
  return false;
}

function jumpTarget(node: TSESTree.BreakStatement | TSESTree.ContinueStatement): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNodeType(current)) return undefined;
    if (node.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === node.label.name)
        return current.body;
      continue;
    }
    if (isLoopStatement(current)) return current;
    if (current.type === AST_NODE_TYPES.SwitchStatement && node.type === AST_NODE_TYPES.BreakStatement) return current;
  }
  return undefined;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function isLabelJump(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement;
}

function isJump(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ReturnStatement ||
    node.type === AST_NODE_TYPES.ThrowStatement ||
    node.type === AST_NODE_TYPES.BreakStatement ||
    node.type === AST_NODE_TYPES.ContinueStatement
  );
}

function isFunctionNodeType(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.Program
  );
}

function loopOf(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isLoopStatement(current)) return current;
    if (isFunctionNodeType(current)) return undefined;
  }
  return undefined;
}

const indexes = new WeakMap<TSESTree.Program, CodePathIndex>();

/**
 * The file's code path index and whether the caller must register its listeners: the first rule
 * that asks registers them, and every rule of the same traversal shares the recording.
 */
export function getCodePathIndex(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  readonly index: CodePathIndex;
  readonly listeners: TSESLint.RuleListener;
} {
  const program = context.sourceCode.ast;
  const existing = indexes.get(program);
  if (existing) return { index: existing, listeners: {} };
  const index = new CodePathIndex();
  indexes.set(program, index);
  return { index, listeners: index.listeners };
}
