import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

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
  // The layers, said out loud.
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'node:*'],
        message: 'src/shared runs in every process: no Electron or Node APIs.'
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'src/shared imports nothing of main, preload or renderer.'
      }
    ])
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: [
      'src/main/index.ts',
      'src/main/security/**',
      'src/main/ipc/electron.ts',
      'src/main/store/electron-store.ts'
    ],
    rules: restrict([
      {
        group: ['electron', 'electron-store'],
        message: 'Services run under plain Node in tests: take what you need as arguments.'
      },
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'main does not import renderer or preload code.'
      }
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      {
        group: ['**/main/**', '**/renderer/**', 'node:*'],
        message: 'The preload imports only electron and src/shared.'
      }
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      {
        group: ['electron', 'node:*', '**/main/**', '**/preload/**'],
        message: 'The renderer reaches main only through window.api.'
      },
      {
        group: ['@aws-sdk/*', '@smithy/*'],
        message: 'AWS calls happen in main; the renderer never sees credentials.'
      }
    ])
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
