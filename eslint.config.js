import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/basemap', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Text from data is never injected as HTML.
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Text from data is never injected as HTML: render it as text.',
      }, {
        selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
        message: 'Text from data is never injected as HTML: set textContent.',
      }],
      // zod without its eval probe: every schema imports it from src/domain/zod.ts.
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', allowTypeImports: true, message: "Import z from src/domain/zod.ts: it turns off zod's eval probe (the Content-Security-Policy allows no eval)." }],
      }],
    },
  },
  {
    files: ['src/domain/zod.ts', 'tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests also hold functions that run in the page (page.evaluate).
    files: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The direction of imports (GUIDE): app -> features -> (domain, data-loading, url-state, i18n, shared);
    // data-loading -> domain; domain imports only libraries; a feature never imports another feature.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        { type: 'data-loading', pattern: 'src/data-loading' },
        { type: 'url-state', pattern: 'src/url-state' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'domain', pattern: 'src/domain' },
      ],
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'app', allow: ['app', 'feature', 'data-loading', 'url-state', 'i18n', 'shared', 'domain'] },
            { from: 'feature', allow: [['feature', { name: '${from.name}' }], 'data-loading', 'url-state', 'i18n', 'shared', 'domain'] },
            { from: 'data-loading', allow: ['data-loading', 'domain'] },
            { from: 'url-state', allow: ['url-state', 'domain'] },
            { from: 'i18n', allow: ['i18n', 'domain'] },
            { from: 'shared', allow: ['shared', 'domain'] },
            { from: 'domain', allow: ['domain'] },
          ],
        },
      ],
    },
  },
)
