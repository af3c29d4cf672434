// Layer rules of STYLE.md, enforced: core is plain Node, the renderer sees only the contract's types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
          patterns: [{ group: ['**/shell/**', '**/web/**', '**/cli/**', '**/preload/**', '**/src-renderer/**'], message: 'The core imports only the core.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/**', '!**/core/api/contract'], message: 'The preload imports only electron and the contract types.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never touches electron; it calls lib/api.ts.' }],
          patterns: [
            // src-main/contract and src-main/shared are the pure layers (zod only): the renderer may use their values.
            {
              group: ['**/src-main/**', '!**/src-main/core/api/contract', '!**/src-main/contract', '!**/src-main/contract/**', '!**/src-main/shared', '!**/src-main/shared/*'],
              message: 'The renderer imports only the contract and the pure shared layer.',
            },
            { group: ['**/src-main/core/api/contract'], message: 'Import the contract with `import type`.', allowTypeImports: true },
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
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Tests run the core without electron.' }] }],
    },
  },
);
