import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { localRules } from './eslint/layers.js'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tools/**',
      'test-results/**',
      'tests/.results/**',
      'playwright-report/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } }
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] }
  },
  // The layers as allow-lists (eslint/layers.js), and external URLs only through their guard.
  {
    files: ['src/**/*.{ts,vue}'],
    plugins: { local: localRules },
    rules: { 'local/layer-imports': 'error', 'local/open-external': 'error' }
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/renderer/src/**/*.{ts,vue}'],
    ignores: ['src/renderer/src/stores/**', 'src/renderer/src/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='api']", message: 'Only Pinia stores call window.api.' },
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only Pinia stores call window.api.'
        }
      ]
    }
  },
  prettier
)
