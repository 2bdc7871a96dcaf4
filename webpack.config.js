// Builds the task pane the way the Office add-in template does: taskpane.html with its
// bundle, the manifest and assets copied, https://localhost:3000 for development.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { singleFileConfigs, SINGLE_FILE_NAME } = require('./scripts/singleFilePage');
const { engineCheckSource, InlineScriptHashPlugin } = require('./scripts/engineCheckPlugin');

const DEV_ORIGIN = 'https://localhost:3000';
// Where the office publishes the add-in; set ADDIN_URL when building for production.
const PROD_ORIGIN = (process.env.ADDIN_URL || 'https://tonghop.example.vn').replace(/\/$/, '');

// Microsoft's office.js, or the office's own copy on its intranet server (OFFICE_JS_URL, e.g.
// "office-js/office.js" beside taskpane.html) where PCs have no internet access.
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || undefined;

async function devServerHttps() {
  // Certificates only for the dev server, never for a build.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

/** Asks the browser for the first chunk before it parses the rest of the head (office.js comes first there). */
class PreloadEntryPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadEntryPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadEntryPlugin', (data) => {
        const scripts = [...data.headTags, ...data.bodyTags].filter((t) => t.tagName === 'script' && t.attributes.src);
        const preloads = scripts.map((t) => ({ tagName: 'link', voidTag: true, meta: { plugin: 'PreloadEntryPlugin' }, attributes: { rel: 'preload', as: 'script', href: t.attributes.src } }));
        data.headTags.unshift(...preloads);
        return data;
      });
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  // `npm run analyze`: what each chunk is made of, minified and gzipped, in out/bench/.
  const analyze = Boolean(env && env.analyze);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // `--env single`: only "Tổng hợp báo cáo.html" (what `tonghop trang` builds when it has none).
  const single = singleFileConfigs({ dev, output: env && env.singleOutput ? path.resolve(env.singleOutput) : undefined });
  if (env && env.single) return single;
  const hosted = {
    name: 'taskpane',
    mode: dev ? 'development' : 'production',
    // Users get no source maps unless the office asks for them (ADDIN_SOURCE_MAPS=1).
    devtool: dev ? 'eval-source-map' : process.env.ADDIN_SOURCE_MAPS === '1' ? 'source-map' : false,
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: { keep: (file) => file.normalize('NFC') === SINGLE_FILE_NAME }, publicPath: '' },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, stream: false, crypto: false } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, configFile: 'tsconfig.web.json', compilerOptions: { noEmit: false, sourceMap: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        templateParameters: { engineCheck: engineCheckSource() },
      }),
      new InlineScriptHashPlugin('taskpane.html', { officeJsUrl: OFFICE_JS_URL }),
      new PreloadEntryPlugin(),
      ...(analyze ? [new (require('webpack-bundle-analyzer').BundleAnalyzerPlugin)({ analyzerMode: 'json', reportFilename: path.resolve(__dirname, 'out', 'bench', 'bundle.json'), logLevel: 'warn' }), new (require('webpack-bundle-analyzer').BundleAnalyzerPlugin)({ analyzerMode: 'static', openAnalyzer: false, reportFilename: path.resolve(__dirname, 'out', 'bench', 'bundle.html'), logLevel: 'warn' })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          // The template catalogue the office publishes, served from the add-in's own origin.
          { from: 'catalogue', to: 'catalogue' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_ORIGIN).join(PROD_ORIGIN)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await devServerHttps(),
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
  // The dev server and the bundle analysis concern the hosted page only.
  return serving || analyze ? hosted : [hosted, ...single];
};
