// Minimal for now: bundles the core for the browser, which proves it needs no Node module.
// The add-in issue adds the task pane entry, taskpane.html, the manifest copy and the dev server.
const path = require('node:path');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'web',
  devtool: 'source-map',
  entry: { core: './src/core/index.ts' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', library: { name: 'TongHopCore', type: 'umd' }, clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: {} },
  module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } }] },
  performance: { hints: false },
});
