// Lint for src, test, bench and scripts: ESLint's and typescript-eslint's recommended rules, type-aware
// where the type information pays (floating promises, misused promises), and React's hooks rules
// for the screens. Formatting is Prettier's (npm run format), not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependencies point one way (docs/architecture.md#the-direction-of-imports): a folder imports only
 * from the folders before it. The doors (api, cli, screens) import none of each other, and nothing
 * but the screens imports React or Ink.
 */
const LAYERS = [
  ['registry'],
  ['validation'],
  ['config', 'store'],
  ['transmit'],
  ['demo', 'exchange'],
  ['quality'],
  ['operations'],
  ['session'],
  ['api', 'cli', 'screens'],
];
const UI = ['react', 'react/*', 'ink', 'ink-*', '@inkjs/*'];
/** @param {string} folder */
const relative = (folder) => ['../', '../../', '../../../'].map((up) => `${up}${folder}/**`);

/** @returns {import('typescript-eslint').ConfigArray} */
function layerRules() {
  return LAYERS.flatMap((layer, i) =>
    layer.map((folder) => {
      const later = LAYERS.slice(i + 1).flat();
      const siblings = i === LAYERS.length - 1 ? layer.filter((f) => f !== folder) : [];
      const patterns = [
        ...(later.length
          ? [{ group: later.flatMap(relative), message: `${folder}/ may import only from the folders before it (docs/architecture.md).` }]
          : []),
        ...(siblings.length
          ? [{ group: siblings.flatMap(relative), message: 'A door imports no other door: what both need lives in session/ or below.' }]
          : []),
        ...(folder === 'screens' ? [] : [{ group: UI, message: 'Only the screens import React or Ink (docs/architecture.md).' }]),
      ];
      return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
    }),
  );
}

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
  ...layerRules(),
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
