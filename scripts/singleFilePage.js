// The whole page in one file, "Tổng hợp báo cáo.html": opened by double-click from a USB stick or an
// e-mail attachment (file://), with no server and no network. Two webpack builds: the reading
// worker as one classic script, then the page in one chunk with that worker carried as a string
// (started from a blob: URL), both written inline into one HTML file whose CSP allows no network.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const { engineCheckSource } = require('./engineCheckPlugin');

const root = path.resolve(__dirname, '..');
/** NFC, as Windows and Vietnamese keyboards write it. */
const SINGLE_FILE_NAME = 'Tổng hợp báo cáo.html'.normalize('NFC');
const workerDir = path.join(root, 'out', 'single-file');
const WORKER_FILE = 'readFilesWorker.js';
/**
 * No network at all: scripts only inline (and the worker from a blob:), Fluent's styles inline,
 * images only data:/blob:, no fetch, no frame, no form.
 */
const SINGLE_FILE_CSP =
  "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const tsRule = { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.web.json', compilerOptions: { noEmit: false, sourceMap: false } } };
const resolve = { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, stream: false, crypto: false } };

/** `</script` inside the code would end the inline element early; `<\/` means the same in JS strings and regexes. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Writes the HTML page with the bundle inline, and drops the separate script files. */
class SingleFileHtmlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SingleFileHtmlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SingleFileHtmlPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const names = Object.keys(assets);
        const scripts = names.filter((n) => n.endsWith('.js'));
        if (scripts.length !== 1) throw new Error(`The single-file page must be one script, got: ${scripts.join(', ')}`);
        const licences = names.filter((n) => n.endsWith('.LICENSE.txt')).map((n) => assets[n].source().toString());
        const template = fs.readFileSync(path.join(root, 'src', 'taskpane', 'singleFile.html'), 'utf8');
        const html = template
          .replace('%CSP%', SINGLE_FILE_CSP)
          .replace('%ENGINE_CHECK%', () => engineCheckSource())
          // The licences the minifier set apart go back into the script, as the one file is all there is.
          .replace('%SCRIPT%', () => inlineSafe(`/*!\n${licences.join('\n').replace(/\*\//g, '* /')}\n*/\n${assets[scripts[0]].source().toString().replace(/^\/\*! For license information[^\n]*\n/, '')}`));
        for (const n of names) compilation.deleteAsset(n);
        // Already minified script inside: the HTML minimizer would only run terser over it twice.
        compilation.emitAsset(SINGLE_FILE_NAME, new webpack.sources.RawSource(html), { minimized: true });
      });
    });
  }
}

/** The two webpack configurations; `output` is where the page is written (dist/ by default). */
function singleFileConfigs({ dev = false, output = path.join(root, 'dist') } = {}) {
  const mode = dev ? 'development' : 'production';
  const worker = {
    name: 'single-file-worker',
    mode,
    devtool: false,
    target: 'webworker',
    entry: { readFilesWorker: './src/taskpane/files/readFilesWorker.ts' },
    output: { path: workerDir, filename: WORKER_FILE, clean: true, publicPath: '' },
    resolve,
    module: { rules: [tsRule] },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
  };
  const page = {
    name: 'single-file',
    dependencies: ['single-file-worker'],
    mode,
    devtool: false,
    target: 'web',
    entry: { single: './src/taskpane/singleFile.tsx' },
    // The page goes beside the hosted build in dist/; only its own assets are replaced.
    output: { path: output, filename: 'single-file.js', publicPath: '' },
    resolve: { ...resolve, alias: { '@tonghop/reading-worker-source$': path.join(workerDir, WORKER_FILE) } },
    module: { rules: [tsRule, { test: /readFilesWorker\.js$/, include: workerDir, type: 'asset/source' }] },
    optimization: { splitChunks: false, runtimeChunk: false },
    // Relative import() cannot load from file://: every lazy chunk is folded into the one script.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new SingleFileHtmlPlugin()],
    performance: { hints: false },
  };
  return [worker, page];
}

module.exports = { singleFileConfigs, SINGLE_FILE_NAME, SINGLE_FILE_CSP, inlineSafe };
