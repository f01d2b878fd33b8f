// The fix check of a typed package: type-check the files `--fix` changed, once as published and
// once as fixed (an in-memory copy over the same program), and list every TypeScript error the
// fixes added. Diagnostics are compared by file and code, as counts: a fix may move an existing
// error's line, but it must not add one.
import path from 'node:path';

import ts from 'typescript';

/**
 * @typedef {{ file: string, code: number, line: number, message: string }} NewTypeError
 */

function parseTsconfig(tsconfigPath) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  return { rootNames: parsed.fileNames, options: parsed.options };
}

function diagnosticsOf(program, file) {
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) return [];
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
}

const messageOf = (diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');

const countByCode = (diagnostics) => {
  const counts = new Map();
  for (const diagnostic of diagnostics) counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
  return counts;
};

/**
 * @param {string} tsconfigPath
 * @param {ReadonlyMap<string, string>} fixedTexts absolute path -> fixed text
 * @param {(file: string) => string} relative how a file is named in the result
 * @returns {NewTypeError[]}
 */
export function newTypeErrors(tsconfigPath, fixedTexts, relative) {
  if (fixedTexts.size === 0) return [];
  const { rootNames, options } = parseTsconfig(tsconfigPath);
  const host = ts.createCompilerHost(options, true);
  const before = ts.createProgram({ rootNames, options, host });

  const fixedText = (fileName) => fixedTexts.get(path.resolve(fileName));
  const fixedHost = {
    ...host,
    readFile: (fileName) => fixedText(fileName) ?? host.readFile(fileName),
    getSourceFile: (fileName, languageVersion, onError, shouldCreate) => {
      const text = fixedText(fileName);
      return text === undefined
        ? host.getSourceFile(fileName, languageVersion, onError, shouldCreate)
        : ts.createSourceFile(fileName, text, languageVersion, true);
    },
  };
  const after = ts.createProgram({ rootNames, options, host: fixedHost, oldProgram: before });

  /** @type {NewTypeError[]} */
  const added = [];
  for (const file of fixedTexts.keys()) {
    const beforeCounts = countByCode(diagnosticsOf(before, file));
    const afterDiagnostics = diagnosticsOf(after, file);
    const afterCounts = countByCode(afterDiagnostics);
    for (const [code, count] of afterCounts) {
      const extra = count - (beforeCounts.get(code) ?? 0);
      if (extra <= 0) continue;
      // Show the ones whose message the published file does not have (a moved error keeps its text).
      const known = diagnosticsOf(before, file)
        .filter((d) => d.code === code)
        .map((d) => messageOf(d));
      const candidates = afterDiagnostics.filter((d) => d.code === code);
      const unmatched = candidates.filter((d) => {
        const index = known.indexOf(messageOf(d));
        if (index === -1) return true;
        known.splice(index, 1);
        return false;
      });
      for (const diagnostic of (unmatched.length > 0 ? unmatched : candidates).slice(-extra)) {
        const line =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
            : 0;
        added.push({ file: relative(file), code, line, message: messageOf(diagnostic) });
      }
    }
  }
  return added;
}
