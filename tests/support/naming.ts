import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The layers a domain has, each a place where a file named after the domain must be. */
export const LAYERS = {
  contract: ['src/shared/contract/{d}.ts'],
  service: ['cognito', 'aws', 'jobs', 'audit', 'store'].map((folder) => `src/main/${folder}/{d}.ts`),
  handlers: ['src/main/ipc/handlers/{d}.ts'],
  store: ['src/renderer/src/stores/{d}.ts'],
  messagesEn: ['src/renderer/src/i18n/en/{d}.ts'],
  messagesJa: ['src/renderer/src/i18n/ja/{d}.ts']
} as const
export type Layer = keyof typeof LAYERS

/** Folders that hold one file per domain, with the files in them that are not a domain's. */
const PER_DOMAIN_FOLDERS: Record<string, string[]> = {
  'src/shared/contract': ['define.ts', 'index.ts'],
  'src/main/ipc/handlers': ['index.ts'],
  'src/renderer/src/stores': [],
  'src/renderer/src/i18n/en': ['index.ts', 'common.ts', 'errors.ts'],
  'src/renderer/src/i18n/ja': ['index.ts', 'common.ts', 'errors.ts']
}

/**
 * What breaks the naming rule in a listing of repository files: a domain without its file in a layer
 * (unless `exceptions` says that domain has no such layer), or a file in a per-domain folder that
 * names no domain (a leftover of a rename).
 */
export function namingProblems(
  domains: readonly string[],
  files: ReadonlySet<string>,
  exceptions: Partial<Record<string, readonly Layer[]>> = {}
): string[] {
  const problems: string[] = []
  for (const domain of domains) {
    for (const [layer, patterns] of Object.entries(LAYERS) as [Layer, readonly string[]][]) {
      if (exceptions[domain]?.includes(layer)) continue
      const candidates = patterns.map((p) => p.replace('{d}', domain))
      if (!candidates.some((c) => files.has(c)))
        problems.push(`${domain}: no ${layer} file (${candidates.join(' or ')})`)
    }
  }
  for (const [folder, shared] of Object.entries(PER_DOMAIN_FOLDERS)) {
    for (const file of files) {
      if (!file.startsWith(`${folder}/`)) continue
      const name = file.slice(folder.length + 1)
      if (name.includes('/') || shared.includes(name)) continue
      if (!domains.includes(name.replace(/\.ts$/, ''))) problems.push(`${file}: names no contract domain`)
    }
  }
  return problems
}

/** Every file under `src`, as repository-relative paths with forward slashes. */
export function sourceFiles(root: string): Set<string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
    )
  return new Set(walk(join(root, 'src')).map((file) => relative(root, file).split('\\').join('/')))
}
