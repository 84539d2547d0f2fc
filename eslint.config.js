// Lint for src, test, bench and scripts: ESLint's and typescript-eslint's recommended rules, type-aware
// where the type information pays (floating promises, misused promises), and React's hooks rules
// for the screens. Formatting is Prettier's (npm run format), not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/screens/**/*.{ts,tsx}', 'test/**/*.tsx', 'test/helpers/screen.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The core never imports React or Ink, and nothing outside the CLI imports from it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/screens/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'ink', 'ink-*', '@inkjs/*'],
              message: 'The core never imports React or Ink (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/screens/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/*', '../cli/**', '../../cli/**'],
              message: 'Screens import nothing from cli/: shared things live in a neutral module (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
