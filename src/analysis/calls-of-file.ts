import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

const calls = new WeakMap<TSESTree.Program, readonly TSESTree.CallExpression[]>();

/**
 * Every call of the file, in the order the traversal enters them. For a rule that must know its
 * candidates before the traversal, so that it registers costly listeners (code path recording)
 * only where it has something to check. Walked once per file, shared by every rule.
 */
export function callsOfFile(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.CallExpression[] {
  const program = sourceCode.ast;
  const known = calls.get(program);
  if (known) return known;
  const found: TSESTree.CallExpression[] = [];
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === AST_NODE_TYPES.CallExpression) found.push(node);
    const children = keys[node.type] ?? [];
    // Pushed in reverse so that they pop in source order, as the traversal enters them.
    for (let k = children.length - 1; k >= 0; k -= 1) {
      const value = (node as unknown as Record<string, unknown>)[children[k]!];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i -= 1) if (isNode(value[i])) stack.push(value[i] as TSESTree.Node);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
  calls.set(program, found);
  return found;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
