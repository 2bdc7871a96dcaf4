// The ES5 engine check (src/taskpane/engineCheck/engineCheck.js) written inline at the top of the
// pages, and the hosted page's CSP allowing exactly that inline script by its SHA-256 hash; where
// the office serves office.js itself (OFFICE_JS_URL), the page's office.js and its CSP source too.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ENGINE_CHECK_FILE = path.resolve(__dirname, '..', 'src', 'taskpane', 'engineCheck', 'engineCheck.js');
const HASH_PLACEHOLDER = 'sha256-ENGINE-CHECK';
/** What taskpane.html names: Microsoft's office.js, allowed by its origin in the CSP. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The page with office.js from elsewhere; a copy on the add-in's own server needs no CSP source but 'self'. */
function withOfficeJs(html, url) {
  if (!url || url === OFFICE_JS_CDN) return html;
  const source = /^https:\/\//.test(url) ? ` ${new URL(url).origin}` : '';
  // The minified page may leave the attribute unquoted; the new one is quoted either way.
  return html.replace(/src=("?)https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js\1/, () => `src="${url.replace(/"/g, '&quot;')}"`).replace(` ${new URL(OFFICE_JS_CDN).origin};`, `${source};`);
}

function engineCheckSource() {
  return fs.readFileSync(ENGINE_CHECK_FILE, 'utf8');
}

/** The CSP source of an inline script, as the browser computes it from the script's exact text. */
function scriptHash(text) {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** After the HTML is final (the minimizer rewrites inline scripts too), hashes its one inline script into the CSP placeholder. */
class InlineScriptHashPlugin {
  constructor(fileName, { officeJsUrl } = {}) {
    this.fileName = fileName;
    this.officeJsUrl = officeJsUrl;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineScriptHashPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineScriptHashPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.fileName);
        if (!asset) return;
        const html = withOfficeJs(asset.source.source().toString(), this.officeJsUrl);
        const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
        if (inline.length !== 1 || !html.includes(HASH_PLACEHOLDER)) throw new Error(`${this.fileName}: expected one inline script (the engine check) and the CSP placeholder`);
        compilation.updateAsset(this.fileName, new sources.RawSource(html.replace(HASH_PLACEHOLDER, scriptHash(inline[0]))));
      });
    });
  }
}

module.exports = { engineCheckSource, scriptHash, withOfficeJs, InlineScriptHashPlugin, HASH_PLACEHOLDER };
