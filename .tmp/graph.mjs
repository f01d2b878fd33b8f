import ts from 'typescript';
const cfg = ts.getParsedCommandLineOfConfigFile(process.argv[2], {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(cfg.fileNames, cfg.options);
const files = program.getSourceFiles();
console.log('files', files.length);
for (let round = 0; round < 3; round++) {
let t0 = performance.now(); let n = 0;
for (const f of files) for (const s of f.imports ?? []) { const r = program.getResolvedModuleFromModuleSpecifier(s, f)?.resolvedModule; if (r && program.getSourceFile(r.resolvedFileName)) n++; }
console.log('specifier way', n, (performance.now() - t0).toFixed(1));
t0 = performance.now(); n = 0;
program.resolvedModules.forEach((cache, path) => { const f = program.getSourceFileByPath(path); cache.forEach((res) => { const r = res.resolvedModule; if (r && program.getSourceFile(r.resolvedFileName)) n++; }); });
console.log('map way', n, (performance.now() - t0).toFixed(1));
}
const a = new Set(), b = new Set();
for (const f of files) for (const s of f.imports ?? []) { const r = program.getResolvedModuleFromModuleSpecifier(s, f)?.resolvedModule; const t = r && program.getSourceFile(r.resolvedFileName); if (t) a.add(f.fileName + '>' + t.fileName); }
program.resolvedModules.forEach((cache, path) => { const f = program.getSourceFileByPath(path); cache.forEach((res) => { const r = res.resolvedModule; const t = r && program.getSourceFile(r.resolvedFileName); if (t && f) b.add(f.fileName + '>' + t.fileName); }); });
console.log('pairs', a.size, b.size, [...a].filter(x => !b.has(x)).length, [...b].filter(x => !a.has(x)).length);
