import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract, type Domain } from '@shared/contract'
import { handlers } from '../../src/main/ipc/handlers'
import en from '../../src/renderer/src/i18n/en'
import ja from '../../src/renderer/src/i18n/ja'
import { namingProblems, sourceFiles, type Layer } from '../support/naming'

const root = join(import.meta.dirname, '../..')
const domains = Object.keys(contract) as Domain[]

/**
 * Domains that truly lack a layer, each with the reason. Empty today: every domain has a service,
 * handlers, a store and messages in both languages.
 */
const EXCEPTIONS: Partial<Record<Domain, readonly Layer[]>> = {}

const capitalised = (d: string) => d.charAt(0).toUpperCase() + d.slice(1)

/** The naming rule of docs/DEVELOPING.md: one domain, one camelCase name, in every layer. */
describe('naming rule', () => {
  it('gives every contract domain its same-named file in each layer, and no file a stray name', () => {
    expect(namingProblems(domains, sourceFiles(root), EXCEPTIONS)).toEqual([])
  })

  it('exports each layer under the domain name', async () => {
    const has = (d: Domain, layer: Layer) => !EXCEPTIONS[d]?.includes(layer)
    for (const d of domains) {
      const contractFile = await import(join(root, 'src/shared/contract', `${d}.ts`))
      expect(contractFile[`${d}Contract`], `${d}Contract`).toBe(contract[d])
      if (has(d, 'handlers')) {
        const handlerFile = await import(join(root, 'src/main/ipc/handlers', `${d}.ts`))
        expect(handlerFile[`${d}Handlers`], `${d}Handlers`).toBe(handlers[d])
      }
      if (has(d, 'messagesEn')) {
        const enFile = await import(join(root, 'src/renderer/src/i18n/en', `${d}.ts`))
        expect((en as Record<string, unknown>)[d], `en.${d}`).toBe(enFile.default)
      }
      if (has(d, 'messagesJa')) {
        const jaFile = await import(join(root, 'src/renderer/src/i18n/ja', `${d}.ts`))
        expect((ja as Record<string, unknown>)[d], `ja.${d}`).toBe(jaFile.default)
      }
      if (has(d, 'store')) {
        // Stores are read as text: importing them would start Pinia and vue-i18n outside a renderer.
        const store = readFileSync(join(root, 'src/renderer/src/stores', `${d}.ts`), 'utf8')
        expect(store, `stores/${d}.ts`).toContain(
          `export const use${capitalised(d)}Store = defineStore('${d}',`
        )
      }
    }
  })

  it('reports a missing layer file and a file left under an old name', () => {
    const files = new Set([
      'src/shared/contract/pools.ts',
      'src/main/cognito/pools.ts',
      'src/main/ipc/handlers/pools.ts',
      'src/renderer/src/i18n/en/pools.ts',
      'src/renderer/src/i18n/ja/pools.ts',
      'src/renderer/src/stores/preferences.ts'
    ])
    expect(namingProblems(['pools'], files)).toEqual([
      'pools: no store file (src/renderer/src/stores/pools.ts)',
      'src/renderer/src/stores/preferences.ts: names no contract domain'
    ])
    expect(namingProblems(['pools'], files, { pools: ['store'] })).toEqual([
      'src/renderer/src/stores/preferences.ts: names no contract domain'
    ])
  })

  it('accepts a service in any service folder and nowhere else', () => {
    const layers = (service: string) =>
      new Set([
        'src/shared/contract/audit.ts',
        service,
        'src/main/ipc/handlers/audit.ts',
        'src/renderer/src/stores/audit.ts',
        'src/renderer/src/i18n/en/audit.ts',
        'src/renderer/src/i18n/ja/audit.ts'
      ])
    expect(namingProblems(['audit'], layers('src/main/audit/audit.ts'))).toEqual([])
    expect(namingProblems(['audit'], layers('src/main/ipc/audit.ts'))).toEqual([
      'audit: no service file (src/main/cognito/audit.ts or src/main/aws/audit.ts or src/main/jobs/audit.ts or src/main/audit/audit.ts or src/main/store/audit.ts)'
    ])
  })
})
