import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

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
    const separator = lineStart.trim() === '' ? `\n${indentOf(target, sourceCode)}` : ' ';
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
  if (last) return fixer.insertTextAfter(last, `\n${indentOf(last, sourceCode)}${statement}`);
  const indent = indentOf(block, sourceCode);
  return fixer.insertTextBeforeRange([block.range[1] - 1, block.range[1] - 1], `\n${indent}  ${statement}\n${indent}`);
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
