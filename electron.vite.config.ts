import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './src/main/security/policy'

const root = import.meta.dirname
const shared = { '@shared': resolve(root, 'src/shared') }

/** The CSP meta tag takes the same policy main sends as a header, from one function. */
function cspPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        html.replace(
          '%CONTENT_SECURITY_POLICY%',
          contentSecurityPolicy(ctx.server ? 'http://localhost:5173' : undefined)
        )
    }
  }
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          // The pool index runs in a worker thread started from this file (users-index-thread.ts).
          'users-index-worker': resolve(root, 'src/main/cognito/users-index-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload must be CommonJS and self-contained.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    resolve: { alias: { ...shared, '@renderer': resolve(root, 'src/renderer/src') } },
    plugins: [vue(), cspPlugin()],
    define: {
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false
    },
    build: { rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } } }
  }
})
