// The house rules: `npm run lint` (part of `npm test`) must pass with no warning.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tests/frameworks/node_modules/',
      'tests/frameworks/dist/',
      'tests/sites/*/node_modules/',
      'tests/sites/*/_site*/',
      'tests/sites/*/.astro/',
      'tests/sites/next/out/',
      'tests/sites/next/.next/',
      'tests/sites/next/next-env.d.ts',
      'tests/sites/docusaurus/build/',
      'tests/sites/docusaurus/.docusaurus/',
      'hugo/',
      'demo/prerendered.html',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    languageOptions: { globals: { ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Lists styled with list-style: none lose their list semantics in WebKit; role="list" on
      // the card's lists gives them back to VoiceOver.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) read as bare expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Scripts, the command line, the benchmarks and the test runner's configuration run in Node.
    files: [
      '**/*.mjs',
      '**/*.cjs',
      'bin/**',
      'scripts/**',
      'bench/**',
      '*.config.*',
      'tests/support/*.mjs',
      'tests/node/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // An Eleventy site's CommonJS config, written as a blogger on CommonJS writes it.
    files: ['tests/sites/*/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
