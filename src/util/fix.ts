import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** The file's own line break (`\r\n` in a CRLF file), for text a fix writes. */
export function lineBreakOf(sourceCode: Readonly<TSESLint.SourceCode>): string {
  return /\r\n?|\n/.exec(sourceCode.text)?.[0] ?? '\n';
}

/** The whitespace that starts the line `node` is on. */
export function indentOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/**
 * Inserts `statement` so that it runs right before `target` (a statement): on its own line when
 * `target` sits in a block, otherwise by wrapping both in braces (`if (x) throw e;`).
 */
export function insertStatementBefore(
  fixer: TSESLint.RuleFixer,
  target: TSESTree.Node,
  statement: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const parent = target.parent;
  const inList =
    parent?.type === AST_NODE_TYPES.BlockStatement ||
    parent?.type === AST_NODE_TYPES.Program ||
    parent?.type === AST_NODE_TYPES.SwitchCase ||
    parent?.type === AST_NODE_TYPES.StaticBlock;
  if (inList) {
    const lineStart = sourceCode.lines[target.loc.start.line - 1]?.slice(0, target.loc.start.column) ?? '';
    const separator = lineStart.trim() === '' ? `${lineBreakOf(sourceCode)}${indentOf(target, sourceCode)}` : ' ';
    return fixer.insertTextBefore(target, `${statement}${separator}`);
  }
  return fixer.replaceText(target, `{ ${statement} ${sourceCode.getText(target)} }`);
}

/** Inserts `statement` as the last statement of `block`, indented like its other statements. */
export function appendStatement(
  fixer: TSESLint.RuleFixer,
  block: TSESTree.BlockStatement,
  statement: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const last = block.body.at(-1);
  const eol = lineBreakOf(sourceCode);
  if (last) return fixer.insertTextAfter(last, `${eol}${indentOf(last, sourceCode)}${statement}`);
  const indent = indentOf(block, sourceCode);
  return fixer.insertTextBeforeRange(
    [block.range[1] - 1, block.range[1] - 1],
    `${eol}${indent}  ${statement}${eol}${indent}`,
  );
}

/** Inserts `statement` as the first statement of `block`, indented like its other statements. */
export function prependStatement(
  fixer: TSESLint.RuleFixer,
  block: TSESTree.BlockStatement,
  statement: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const first = block.body[0];
  if (!first) return appendStatement(fixer, block, statement, sourceCode);
  if (first.loc.start.line === block.loc.start.line) return fixer.insertTextBefore(first, `${statement} `);
  return fixer.insertTextBefore(first, `${statement}${lineBreakOf(sourceCode)}${indentOf(first, sourceCode)}`);
}

/** Removes a statement, with its lines when nothing else is on them. */
export function removeStatement(
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const first = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const last = sourceCode.lines[statement.loc.end.line - 1] ?? '';
  const alone =
    first.slice(0, statement.loc.start.column).trim() === '' && last.slice(statement.loc.end.column).trim() === '';
  if (!alone) return fixer.remove(statement);
  const start = sourceCode.getIndexFromLoc({ line: statement.loc.start.line, column: 0 });
  const end =
    statement.loc.end.line < sourceCode.lines.length
      ? sourceCode.getIndexFromLoc({ line: statement.loc.end.line + 1, column: 0 })
      : statement.range[1];
  return fixer.removeRange([start, end]);
}
