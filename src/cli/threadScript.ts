import * as path from 'node:path';

/** A worker thread's script beside this file, and how to start it. */
export function threadScript(baseName: string): { script: string; execArgv?: string[] } {
  if (path.extname(__filename) === '.js') return { script: path.join(__dirname, `${baseName}.js`) };
  // Running from the TypeScript sources (jest): the threads run the sources too, never a stale lib/.
  return { script: path.join(__dirname, `${baseName}.ts`), execArgv: ['--require', path.join(__dirname, '..', '..', 'scripts', 'registerTypeScript.js')] };
}
