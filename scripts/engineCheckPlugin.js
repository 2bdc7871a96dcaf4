// The ES5 engine check (src/taskpane/engineCheck/engineCheck.js) written inline at the top of the
// pages, and the hosted page's CSP allowing exactly that inline script by its SHA-256 hash.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ENGINE_CHECK_FILE = path.resolve(__dirname, '..', 'src', 'taskpane', 'engineCheck', 'engineCheck.js');
const HASH_PLACEHOLDER = 'sha256-ENGINE-CHECK';

function engineCheckSource() {
  return fs.readFileSync(ENGINE_CHECK_FILE, 'utf8');
}

/** The CSP source of an inline script, as the browser computes it from the script's exact text. */
function scriptHash(text) {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** After the HTML is final (minified), hashes its one inline script into the CSP placeholder. */
class InlineScriptHashPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('InlineScriptHashPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('InlineScriptHashPlugin', (data) => {
        const inline = [...data.html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
        if (inline.length !== 1) throw new Error(`Expected one inline script (the engine check), found ${inline.length}`);
        data.html = data.html.replace(HASH_PLACEHOLDER, scriptHash(inline[0]));
        return data;
      });
    });
  }
}

module.exports = { engineCheckSource, scriptHash, InlineScriptHashPlugin, HASH_PLACEHOLDER };
