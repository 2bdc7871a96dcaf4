import tseslint from 'typescript-eslint';

const formatAndHostModules = ['xlsx', 'exceljs', 'react', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-*', '@microsoft/office-js', 'commander', 'cli-progress'];
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'stream', 'buffer', 'crypto', 'util', 'zlib', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'out/', 'coverage/', '*.config.js', '*.config.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.js', 'tests/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only the Office adapter may touch the Office.js globals.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/adapters/office/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Office.js belongs in src/adapters/office.' },
        { name: 'Office', message: 'Office.js belongs in src/adapters/office.' },
        { name: 'OfficeExtension', message: 'Office.js belongs in src/adapters/office.' },
      ],
    },
  },
  {
    // The core (and the sample data built on it) is pure TypeScript: no file format, no host, no UI, no Node.
    files: ['src/core/**/*.ts', 'src/sample/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: formatAndHostModules, message: 'src/core stays free of file formats, Office.js, React and the CLI: use an adapter.' },
            { group: nodeModules, message: 'src/core must not import Node modules: it runs in the browser too.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock: pass today in, never read it in the core.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Inject the clock: pass today in, never read it in the core.' },
      ],
    },
  },
);
