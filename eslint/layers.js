// The layers of the code as allow-lists: a file may import only what its layer lists, and a file in
// no layer may import nothing, so a new folder starts with no rights until it is given a place here.
import { isBuiltin } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const SERVICES = [
  'src/main/cognito/',
  'src/main/aws/',
  'src/main/jobs/',
  'src/main/audit/',
  'src/main/store/',
  'src/main/files/'
]
/** Packages that need Electron's process: only the Electron entry files may load them. */
const ELECTRON = ['electron', 'electron-store']

/**
 * First match wins. `files`: path prefixes of the layer's files. `paths`: source prefixes it may import;
 * `types`: sources it may import types from; `packages`: `true` for any package but `denied`, or a
 * list; `node`: whether Node's built-in modules are allowed.
 */
export const LAYERS = [
  {
    name: 'Electron entry',
    files: [
      'src/main/index.ts',
      'src/main/context.ts',
      'src/main/events.ts',
      'src/main/ipc/router.ts',
      'src/main/ipc/electron.ts',
      'src/main/security/',
      'src/main/store/electron-store.ts'
    ],
    paths: ['src/main/', 'src/shared/'],
    packages: true,
    node: true,
    rule: 'the Electron entry files wire main together and may use anything of main and shared'
  },
  {
    name: 'handler registry',
    files: ['src/main/ipc/handlers/index.ts'],
    paths: ['src/main/ipc/handlers/'],
    types: ['src/main/ipc/router.ts'],
    rule: 'the registry imports the handler files and the router types only'
  },
  {
    name: 'handlers',
    files: ['src/main/ipc/handlers/'],
    paths: [...SERVICES, 'src/shared/'],
    types: ['src/main/ipc/router.ts', 'src/main/context.ts'],
    rule: 'handlers may import services (src/main/cognito|aws|jobs|audit|store|files), src/shared and the router types only'
  },
  {
    name: 'services',
    files: SERVICES,
    paths: [...SERVICES, 'src/shared/', 'src/main/events.ts'],
    types: ['src/main/context.ts'],
    packages: true,
    denied: ELECTRON,
    node: true,
    rule: 'services run under plain Node: services, src/shared, packages and Node only; never handlers, ipc or electron'
  },
  {
    name: 'shared',
    files: ['src/shared/'],
    paths: ['src/shared/'],
    packages: ['zod'],
    rule: 'src/shared runs in every process: it imports only zod and src/shared'
  },
  {
    name: 'preload',
    files: ['src/preload/'],
    paths: ['src/shared/'],
    packages: ['electron'],
    rule: 'the preload imports only electron and src/shared'
  },
  {
    name: 'renderer',
    files: ['src/renderer/'],
    paths: ['src/renderer/', 'src/shared/'],
    packages: true,
    denied: [...ELECTRON, '@aws-sdk/', '@smithy/'],
    rule: 'the renderer reaches main only through window.api: src/renderer, src/shared and browser packages, no AWS SDK'
  }
]

const ALIASES = { '@shared/': 'src/shared/', '@renderer/': 'src/renderer/src/' }
const SOURCE_EXTENSIONS = /\.(ts|vue)$/

/** What an import names: a repository path, a package name or a Node built-in. */
export function importTarget(specifier, fromFile) {
  const bare = specifier.split('?')[0]
  if (bare.startsWith('.'))
    return {
      path: relative(root, resolve(dirname(fromFile), bare))
        .split('\\')
        .join('/')
    }
  const alias = Object.keys(ALIASES).find((a) => bare.startsWith(a))
  if (alias) return { path: ALIASES[alias] + bare.slice(alias.length) }
  if (bare.startsWith('node:') || isBuiltin(bare)) return { node: bare }
  const parts = bare.split('/')
  return { package: bare.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0] }
}

const matches = (path, prefixes = []) =>
  prefixes.some(
    (p) =>
      path === p ||
      path.replace(SOURCE_EXTENSIONS, '') === p.replace(SOURCE_EXTENSIONS, '') ||
      (p.endsWith('/') && path.startsWith(p))
  )

/** Why `target` is refused to a file of `layer`, or null when it is allowed. */
export function refusal(layer, target, typeOnly) {
  if (target.path !== undefined) {
    if (matches(target.path, layer.paths) || (typeOnly && matches(target.path, layer.types))) return null
    return target.path
  }
  if (target.node !== undefined) return layer.node ? null : target.node
  const name = target.package
  if (layer.denied?.some((d) => (d.endsWith('/') ? name.startsWith(d) : name === d))) return name
  if (layer.packages === true || layer.packages?.includes(name)) return null
  return name
}

export const layerOf = (file) => LAYERS.find((l) => matches(file, l.files))

const isTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))

const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allow-list in eslint/layers.js names.' },
    schema: [],
    messages: {
      refused: '{{file}} may not import {{target}}: {{rule}}. See docs/DEVELOPING.md, Layers.',
      noLayer:
        '{{file}} belongs to no layer, so it may import nothing: give its folder a layer in eslint/layers.js.'
    }
  },
  create(context) {
    const file = relative(root, context.filename).split('\\').join('/')
    const layer = layerOf(file)
    const check = (node, source, typeOnly) => {
      if (typeof source?.value !== 'string') return
      if (!layer) {
        context.report({ node, messageId: 'noLayer', data: { file } })
        return
      }
      const target = refusal(layer, importTarget(source.value, context.filename), typeOnly)
      if (target !== null)
        context.report({ node, messageId: 'refused', data: { file, target, rule: layer.rule } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false)
    }
  }
}

/** A member or destructured property called `openExternal`. */
const namesOpenExternal = (node) =>
  (node.type === 'MemberExpression' &&
    (node.property.name === 'openExternal' || node.property.value === 'openExternal')) ||
  (node.type === 'Property' && node.parent.type === 'ObjectPattern' && node.key.name === 'openExternal')

const openExternalGuard = {
  meta: {
    type: 'problem',
    docs: {
      description: 'shell.openExternal is reached only through safeOpenExternal, which checks the URL.'
    },
    schema: [],
    messages: {
      unguarded:
        'Open external URLs with safeOpenExternal(url, (u) => shell.openExternal(u)) from src/main/security/policy.ts: it opens only http(s) URLs without credentials.'
    }
  },
  create(context) {
    const guarded = (node) => {
      for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (parent.type === 'FunctionDeclaration' && parent.id?.name === 'safeOpenExternal') return true
        if (
          parent.type === 'CallExpression' &&
          parent.callee.name === 'safeOpenExternal' &&
          parent.arguments.includes(child)
        )
          return true
      }
      return false
    }
    const check = (node) => {
      if (namesOpenExternal(node) && !guarded(node)) context.report({ node, messageId: 'unguarded' })
    }
    return { MemberExpression: check, Property: check }
  }
}

export const localRules = { rules: { 'layer-imports': layerImports, 'open-external': openExternalGuard } }
