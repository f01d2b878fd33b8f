import type { TSESTree } from '@typescript-eslint/utils';

import { calleeName, skipTransparent } from '../util/ast.js';
import { resolveDeclaredCallee } from './callee.js';
import type { TypeServices } from './services.js';

/** A user's function named in an option: a bare name, or typescript-eslint's specifier form. */
export type FunctionSpecifier =
  | string
  | {
      readonly from: 'file' | 'lib' | 'package';
      readonly name: string | readonly string[];
      /** With `from: 'package'`: the package that declares it; any package when left out. */
      readonly package?: string;
    };

function specifierNames(specifier: FunctionSpecifier): readonly string[] {
  if (typeof specifier === 'string') return [specifier];
  return typeof specifier.name === 'string' ? [specifier.name] : specifier.name;
}

/**
 * True when `call` calls the function `specifier` names: by name, and with type information by
 * where the callee is declared (a file of the project, the default library, or a package).
 */
export function callMatchesSpecifier(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  specifier: FunctionSpecifier,
  services: TypeServices | undefined,
): boolean {
  const name = calleeName(call);
  if (name === undefined || !specifierNames(specifier).includes(name)) return false;
  if (typeof specifier === 'string' || !services) return true;
  const declared = resolveDeclaredCallee(services, skipTransparent(call.callee));
  if (!declared) return true;
  if (specifier.from === 'package') {
    return (
      declared.origin.from === 'package' &&
      (specifier.package === undefined || declared.origin.package === specifier.package)
    );
  }
  return declared.origin.from === specifier.from;
}
