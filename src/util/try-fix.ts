import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { indentOf, lineBreakOf, prependStatement } from './fix.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Text edits on `try` statements: adding to a `finally`, and unwrapping a `try` left with nothing to do. */

/**
 * `text` added first to the `finally` of `statement` (so that nothing before it in the `finally`
 * can throw past it), or a new `finally` holding it.
 */
export function addToFinally(
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.TryStatement,
  text: string,
  sourceCode: SourceCode,
): TSESLint.RuleFix {
  if (statement.finalizer) return prependStatement(fixer, statement.finalizer, text, sourceCode);
  const indent = indentOf(statement, sourceCode);
  const first = statement.block.body[0];
  const inner =
    first && first.loc.start.line !== statement.loc.start.line ? indentOf(first, sourceCode) : `${indent}  `;
  const after = statement.handler ?? statement.block;
  const eol = lineBreakOf(sourceCode);
  return fixer.insertTextAfter(after, ` finally {${eol}${inner}${text}${eol}${indent}}`);
}

/** The lines a statement occupies, when nothing else is on them. */
export function linesOf(node: TSESTree.Node, sourceCode: SourceCode): number[] {
  const first = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const last = sourceCode.lines[node.loc.end.line - 1] ?? '';
  if (first.slice(0, node.loc.start.column).trim() !== '' || last.slice(node.loc.end.column).trim() !== '') return [];
  const lines: number[] = [];
  for (let line = node.loc.start.line; line <= node.loc.end.line; line++) lines.push(line);
  return lines;
}

/**
 * `try {` and `} finally { ... }` each on their own lines, the block's lines indented one
 * step deeper than the `try`, and no name the block declares used elsewhere in the enclosing
 * block (unwrapped, its declarations join that block).
 */
export function canUnwrap(statement: TSESTree.TryStatement, sourceCode: SourceCode): boolean {
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
  const names = sourceCode.getScope(statement.block).variables.map((variable) => variable.name);
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
export function unwrapFixes(
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.TryStatement,
  removedLines: ReadonlySet<number>,
  sourceCode: SourceCode,
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
