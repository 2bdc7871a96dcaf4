import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const formatAndHostModules = ['xlsx', 'exceljs', 'docx', 'react', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-*', '@microsoft/office-js', 'commander', 'cli-progress'];
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'stream', 'buffer', 'crypto', 'util', 'zlib', 'worker_threads'];
const uiAndCliModules = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'commander', 'cli-progress'];

// The rooms: the core at the centre, src/app (services both doors share) around it, the adapters
// beside it, and two doors (the task pane, the command line) that never import each other.
const door = (name) => [`**/${name}/**`, `**/${name}`];
const rooms = (...groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];
const onlySheetJsReadsFiles = [['xlsx'], 'Only src/adapters/sheetjs imports SheetJS (xlsx).'];
const pureCoreModules = [
  { group: formatAndHostModules, message: 'src/core stays free of file formats, Office.js, React and the CLI: use an adapter.' },
  { group: nodeModules, message: 'src/core must not import Node modules: it runs in the browser too.' },
];
const sourceFiles = ['src/**/*.ts', 'src/**/*.tsx'];
const testFiles = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'build/', 'dist/', 'out/', 'coverage/', '*.config.js', '*.config.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
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
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Small files and functions: a file is read whole, a function at a glance (components too).
    files: sourceFiles,
    ignores: testFiles,
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
      // `import type` beside a value import of the same module stays allowed.
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': rooms(
        [[...door('taskpane'), ...door('cli')], 'src/app serves both doors and imports neither.'],
        [uiAndCliModules, 'src/app stays free of React and the command line.'],
        onlySheetJsReadsFiles,
      ),
      // src/app reads spreadsheets through the GridReader port its callers give, never SheetJS's adapter
      // at run time (that would load SheetJS in every door); its types may still be named.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/adapters/sheetjs/**'], allowTypeImports: true, message: 'src/app reads spreadsheets through the GridReader its callers give, not the SheetJS adapter.' }] },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    ignores: ['src/adapters/sheetjs/**'],
    rules: {
      'no-restricted-imports': rooms([[...door('taskpane'), ...door('cli'), ...door('app')], 'Adapters import no door and no service above them.'], onlySheetJsReadsFiles),
    },
  },
  {
    files: ['src/adapters/sheetjs/**/*.ts'],
    rules: {
      'no-restricted-imports': rooms([[...door('taskpane'), ...door('cli'), ...door('app')], 'Adapters import no door and no service above them.']),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': rooms([door('taskpane'), 'The command line does not import the task pane.'], onlySheetJsReadsFiles),
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': rooms([door('cli'), 'The task pane does not import the command line.'], onlySheetJsReadsFiles),
    },
  },
  {
    // The core is the centre: it imports nothing of the rooms around it.
    files: ['src/core/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureCoreModules,
            { group: ['app', 'cli', 'taskpane', 'adapters', 'sample'].flatMap(door), message: 'src/core imports nothing outside the core: no door, no service, no adapter, no sample.' },
          ],
        },
      ],
    },
  },
  {
    // The sample data is built on the core alone, as pure as the core; the core's own tests may use it.
    files: ['src/sample/**/*.ts', 'src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureCoreModules,
            { group: ['app', 'cli', 'taskpane', 'adapters'].flatMap(door), message: 'src/sample (and a test of the core) is built on the core alone: no door, no service, no adapter.' },
          ],
        },
      ],
    },
  },
  {
    // The core (and the sample data built on it) is pure TypeScript: no file format, no host, no UI, no Node.
    files: ['src/core/**/*.ts', 'src/sample/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock: pass today in, never read it in the core.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Inject the clock: pass today in, never read it in the core.' },
      ],
    },
  },
);
