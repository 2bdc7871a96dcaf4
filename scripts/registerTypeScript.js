// Lets Node require the TypeScript sources directly, compiled in memory by the project's own
// TypeScript: tests start worker threads on the code under test, never on a stale copy in lib/.
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX, sourceMap: false, inlineSourceMap: true };
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
