// The checks a fix or a suggestion output must pass, as pure functions of text (and of lint reports):
// each returns the problems it finds, empty when the output is safe. tests/fix-safety/checks.test.ts
// shows each one failing on a known-bad output.
import type { TSESTree } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';

const { parseForESLint } = tseslint.parser as unknown as {
  parseForESLint(code: string, options: Record<string, unknown>): { ast: TSESTree.Program };
};

function parse(code: string, jsx: boolean): TSESTree.Program {
  return parseForESLint(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    ecmaFeatures: { jsx },
  }).ast;
}

/** The parse error of `code`, as the typescript-eslint parser gives it; empty when it parses. */
export function parseProblems(code: string, jsx = false): string[] {
  try {
    parse(code, jsx);
    return [];
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
}

/**
 * TypeScript errors of `after` that `before` does not have. Errors are compared by their text with
 * the line left out (a fix moves the lines below it), as counts: a fix may move an error, not add one.
 * Both lists are `typeErrors()`'s `line N: message`.
 */
export function newTypeErrors(before: readonly string[], after: readonly string[]): string[] {
  const messageOf = (error: string): string => error.replace(/^line \d+: /, '');
  const left = new Map<string, number>();
  for (const error of before) left.set(messageOf(error), (left.get(messageOf(error)) ?? 0) + 1);
  return after.filter((error) => {
    const count = left.get(messageOf(error)) ?? 0;
    left.set(messageOf(error), count - 1);
    return count <= 0;
  });
}

/**
 * In a file whose every line ends in `\r\n`, the output must too: a bare `\n` or `\r` is a line
 * ending the fix wrote in the wrong style.
 */
export function lineEndingProblems(input: string, output: string): string[] {
  if (!input.includes('\r\n') || /\r(?!\n)|(?<!\r)\n/.test(input)) return [];
  const bare = [...output.matchAll(/\r(?!\n)|(?<!\r)\n/g)];
  return bare.map((match) => {
    const line = output.slice(0, match.index).split(/\r\n|\r|\n/).length;
    return `bare ${JSON.stringify(match[0])} on line ${line} of a CRLF file`;
  });
}

interface Token {
  readonly text: string;
  readonly range: readonly [number, number];
}

function tokensOf(program: TSESTree.Program, code: string): Token[] {
  return [...(program.tokens ?? []), ...(program.comments ?? [])]
    .map((token) => ({ text: code.slice(token.range[0], token.range[1]).replace(/\s+/g, ' '), range: token.range }))
    .sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * The output's tokens that are not the input's: every token (and comment) of `input` must appear in
 * `output` in the same order. Gives the output's new tokens, and the first input token it lacks.
 */
function insertedTokens(input: Token[], output: Token[]): { inserted: Token[]; missing?: Token } {
  const inserted: Token[] = [];
  let at = 0;
  for (const token of input) {
    while (at < output.length && output[at]!.text !== token.text) inserted.push(output[at++]!);
    if (at === output.length) return { inserted, missing: token };
    at += 1;
  }
  inserted.push(...output.slice(at));
  return { inserted };
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

interface Returned {
  readonly range: readonly [number, number];
  /** The function whose value it is: a token inside a function nested in it is that function's business. */
  readonly owner: TSESTree.Node | undefined;
}

/** Every returned expression (a `return` argument, an arrow's expression body) and every function. */
function returnsAndFunctions(
  node: unknown,
  owner: TSESTree.Node | undefined,
  found: { returned: Returned[]; functions: TSESTree.Node[] },
): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) returnsAndFunctions(child, owner, found);
    return;
  }
  const current = node as TSESTree.Node;
  let inside = owner;
  if (FUNCTION_TYPES.has(current.type)) {
    found.functions.push(current);
    inside = current;
    if (current.type === 'ArrowFunctionExpression' && current.expression) {
      found.returned.push({ range: current.body.range, owner: current });
    }
  }
  if (current.type === 'ReturnStatement' && current.argument)
    found.returned.push({ range: current.argument.range, owner });
  for (const [key, child] of Object.entries(current)) {
    if (key !== 'parent' && key !== 'loc' && key !== 'range' && key !== 'tokens' && key !== 'comments') {
      returnsAndFunctions(child, inside, found);
    }
  }
}

/**
 * What reading the diff of a fix asks: it deletes no user code and moves none (every token and
 * comment of the input survives, in order), adds no `return`, and inserts nothing into an expression
 * a function returns (a statement added inside a callback that is part of it is the callback's own).
 * Both texts must parse.
 */
export function diffProblems(input: string, output: string, jsx = false): string[] {
  const outputProgram = parse(output, jsx);
  const outputTokens = tokensOf(outputProgram, output);
  const { inserted, missing } = insertedTokens(tokensOf(parse(input, jsx), input), outputTokens);
  if (missing) return [`deletes or moves user code: \`${missing.text}\` at offset ${missing.range[0]} of the input`];
  const problems: string[] = [];
  if (inserted.some((token) => token.text === 'return')) problems.push('adds a `return`');
  const found = { returned: [] as Returned[], functions: [] as TSESTree.Node[] };
  returnsAndFunctions(outputProgram.body, undefined, found);
  const within = (token: Token, range: readonly [number, number]): boolean =>
    range[0] <= token.range[0] && token.range[1] <= range[1];
  for (const token of inserted) {
    const owner = found.functions
      .filter((fn) => within(token, fn.range))
      .reduce<TSESTree.Node | undefined>(
        (inner, fn) => (inner && inner.range[0] > fn.range[0] ? inner : fn),
        undefined,
      );
    const into = found.returned.find((returned) => returned.owner === owner && within(token, returned.range));
    if (into) {
      problems.push(
        `changes what a function returns: inserts \`${token.text}\` into \`${output.slice(...into.range)}\``,
      );
      break;
    }
  }
  return problems;
}

interface Report {
  readonly ruleId: string | null;
  readonly messageId?: string;
}

const keyOf = (report: Report): string => `${report.ruleId ?? 'parse'}:${report.messageId ?? ''}`;

function countBy(reports: readonly Report[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const report of reports) counts.set(keyOf(report), (counts.get(keyOf(report)) ?? 0) + 1);
  return counts;
}

/**
 * Stability of `--fix`: a second run changes nothing (`refixed` is the output of `--fix` run again
 * on `fixed`), and each report a fix was applied for is gone (of each rule and message, the reports
 * left after the fix are at most those before less those fixed).
 */
export function stabilityProblems(run: {
  readonly before: readonly Report[];
  readonly fixedReports: readonly Report[];
  readonly fixed: string;
  readonly after: readonly Report[];
  readonly refixed: string;
}): string[] {
  const problems: string[] = [];
  if (run.refixed !== run.fixed) problems.push('a second --fix run changes the output again');
  const before = countBy(run.before);
  const fixed = countBy(run.fixedReports);
  const after = countBy(run.after);
  for (const [key, count] of fixed) {
    const left = after.get(key) ?? 0;
    const allowed = (before.get(key) ?? 0) - count;
    if (left > allowed) problems.push(`the fixed report ${key} is still there (${left} left, at most ${allowed})`);
  }
  return problems;
}
