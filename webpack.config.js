// Builds the task pane the way the Office add-in template does: taskpane.html with its
// bundle, the manifest and assets copied, https://localhost:3000 for development.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
// Where the office publishes the add-in; set ADDIN_URL when building for production.
const PROD_ORIGIN = (process.env.ADDIN_URL || 'https://tonghop.example.vn').replace(/\/$/, '');

async function devServerHttps() {
  // Certificates only for the dev server, never for a build.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true, publicPath: '' },
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
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
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
};
