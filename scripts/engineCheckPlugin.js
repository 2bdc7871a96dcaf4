// The ES5 engine check (src/taskpane/engineCheck/engineCheck.js) written inline at the top of the
// pages, and the hosted page's CSP allowing exactly that inline script by its SHA-256 hash.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ENGINE_CHECK_FILE = path.resolve(__dirname, '..', 'src', 'taskpane', 'engineCheck', 'engineCheck.js');
const HASH_PLACEHOLDER = 'sha256-ENGINE-CHECK';

function engineCheckSource() {
  return fs.readFileSync(ENGINE_CHECK_FILE, 'utf8');
}

/** The CSP source of an inline script, as the browser computes it from the script's exact text. */
function scriptHash(text) {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** After the HTML is final (the minimizer rewrites inline scripts too), hashes its one inline script into the CSP placeholder. */
class InlineScriptHashPlugin {
  constructor(fileName) {
    this.fileName = fileName;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineScriptHashPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineScriptHashPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.fileName);
        if (!asset) return;
        const html = asset.source.source().toString();
        const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
        if (inline.length !== 1 || !html.includes(HASH_PLACEHOLDER)) throw new Error(`${this.fileName}: expected one inline script (the engine check) and the CSP placeholder`);
        compilation.updateAsset(this.fileName, new sources.RawSource(html.replace(HASH_PLACEHOLDER, scriptHash(inline[0]))));
      });
    });
  }
}

module.exports = { engineCheckSource, scriptHash, InlineScriptHashPlugin, HASH_PLACEHOLDER };
