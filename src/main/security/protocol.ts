import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './policy'

/**
 * Maps an app:// URL to a file under the renderer's folder, or null when the URL tries to leave it
 * (`..`, encoded separators, absolute paths, NUL bytes) or names another host.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '')
  const base = resolve(root)
  const target = resolve(join(base, relativePath))
  const rel = relative(base, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return target
}
