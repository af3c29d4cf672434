// Layer rules of STYLE.md, enforced: core is plain Node, the contract is pure, the renderer sees only the
// contract and the shared layer, and shell, web and cli never import each other.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const electronFor = (message) => ({ name: 'electron', message });
/** Bare Node builtins (`fs`, `path`, …); `node:*` is a pattern. */
const nodeBuiltins = (message) => builtinModules.filter((m) => !m.startsWith('_') && !m.includes(':')).map((name) => ({ name, message }));
const OTHER_LAYERS = ['**/shell/**', '**/web/**', '**/cli/**', '**/preload/**', '**/src-renderer/**'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', __filename: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'No barrel `export *`: name what a module exports.' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core is plain Node: it never imports electron.' }],
          patterns: [
            {
              group: ['**/shell/**', '**/web/**', '**/cli/**', '**/preload/**', '**/src-renderer/**'],
              message: 'The core imports only the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronFor('The contract is pure: zod only, no electron.'), ...nodeBuiltins('The contract is pure: no Node, no DOM.')],
          patterns: [
            { group: ['node:*'], message: 'The contract is pure: no Node, no DOM.' },
            { group: OTHER_LAYERS, message: 'The contract imports only zod, src-main/contract and src-main/shared.' },
            { regex: '(^|/)core(/|$)', message: 'The contract imports only zod, src-main/contract and src-main/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/shell/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/cli/**', '**/cli', '**/web/**', '**/web'], message: 'The shell never imports web mode or the CLI.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronFor('Web mode runs on Node alone.')],
          patterns: [
            { group: ['**/shell/**', '**/cli/**', '**/shell', '**/cli'], message: 'Web mode never imports the shell or the CLI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronFor('The CLI runs on Node alone.')],
          patterns: [
            { group: ['**/shell/**', '**/web/**', '**/shell', '**/web'], message: 'The CLI never imports the shell or web mode.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/shell/**', '**/web/**', '**/cli/**', '**/src-renderer/**'],
              message: 'The preload imports only electron and the contract types.',
            },
            // The sandboxed preload bundles nothing of the app: types only.
            { group: ['**/contract', '**/contract/**'], message: 'Import the contract with `import type`.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            electronFor('The renderer never touches electron; it calls lib/api.ts.'),
            ...nodeBuiltins('The renderer runs in the browser: no Node modules.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in the browser: no Node modules.' },
            {
              group: [
                '**/src-main/**',
                '!**/src-main/contract',
                '!**/src-main/contract/**',
                '!**/src-main/shared',
                '!**/src-main/shared/**',
              ],
              message: 'The renderer imports only src-main/contract and src-main/shared from src-main.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared layer is pure (no Node, no DOM): both the core and the renderer import it.
    files: ['src-main/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The shared layer is pure: no electron.' }],
          patterns: [
            { group: ['node:*'], message: 'The shared layer is pure: no Node modules (the renderer imports it too).' },
            { regex: '^(?!zod$|\\./)', message: 'The shared layer imports only its own modules (./…) and zod.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'setImmediate', 'window', 'document', 'navigator', 'localStorage'].map((name) => ({
          name,
          message: 'The shared layer is pure: no Node or DOM globals.',
        })),
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Tests run the core without electron.' }] },
      ],
    },
  },
);
