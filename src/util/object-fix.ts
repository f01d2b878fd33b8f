import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { indentOf, lineBreakOf } from './fix.js';

/** `10000` as `10_000`: the form suggestions write milliseconds in. */
export function formatMilliseconds(ms: number): string {
  if (!Number.isInteger(ms) || Math.abs(ms) < 10_000) return String(ms);
  return String(ms).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

/** Adds `text` (`name: value`) as the last property of `literal`, in its layout. */
export function addProperty(
  fixer: TSESLint.RuleFixer,
  literal: TSESTree.ObjectExpression,
  text: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const last = literal.properties.at(-1);
  if (!last) return fixer.replaceText(literal, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after?.value === ',' ? after : undefined;
  const multiline = literal.loc.start.line !== last.loc.end.line;
  if (multiline) {
    const indent = indentOf(last, sourceCode);
    return trailingComma
      ? fixer.insertTextAfter(trailingComma, `${lineBreakOf(sourceCode)}${indent}${text},`)
      : fixer.insertTextAfter(last, `,${lineBreakOf(sourceCode)}${indent}${text}`);
  }
  return trailingComma ? fixer.insertTextAfter(trailingComma, ` ${text}`) : fixer.insertTextAfter(last, `, ${text}`);
}

/** Removes `property` from its object literal with the comma that separates it. */
export function removeProperty(
  fixer: TSESLint.RuleFixer,
  property: TSESTree.ObjectLiteralElement,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const before = sourceCode.getTokenBefore(property);
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') {
    // On a line of its own: the line goes. Inline: the property, its comma and the space after.
    if (before && before.loc.end.line < property.loc.start.line)
      return fixer.removeRange([before.range[1], after.range[1]]);
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const sameLine = next && next.value !== '}' && next.loc.start.line === after.loc.end.line;
    return fixer.removeRange([property.range[0], sameLine ? next.range[0] : after.range[1]]);
  }
  if (before?.value === ',') return fixer.removeRange([before.range[0], property.range[1]]);
  // The only property: `{ a: 1 }` becomes `{}`.
  if (before && after) return fixer.removeRange([before.range[1], after.range[0]]);
  return fixer.remove(property);
}

/**
 * Inserts `text` as argument `index` of `call`: before the argument now there (a trailing
 * callback), or after the last one with `undefined` filling any gap (`axios.post(url)` gets
 * `axios.post(url, undefined, { timeout })`).
 */
export function insertArgument(
  fixer: TSESLint.RuleFixer,
  call: TSESTree.CallExpression,
  index: number,
  text: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const args = call.arguments;
  const current = args[index];
  if (current) return fixer.insertTextBefore(current, `${text}, `);
  const fill = 'undefined, '.repeat(index - args.length);
  const last = args.at(-1);
  if (!last) {
    const close = sourceCode.getLastToken(call)!;
    return fixer.insertTextBefore(close, `${fill}${text}`);
  }
  const after = sourceCode.getTokenAfter(last);
  return after?.value === ','
    ? fixer.insertTextAfter(after, ` ${fill}${text}`)
    : fixer.insertTextAfter(last, `, ${fill}${text}`);
}

/** The expression's text, parenthesised where a spread or member access needs it. */
export function spreadable(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(node);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.ObjectExpression:
      return text;
    default:
      return `(${text})`;
  }
}
