/**
 * Which custom endpoints a connection may use. Signed requests and session tokens travel to the
 * endpoint, so plain `http` is allowed only where the traffic never leaves the machine.
 */

export type EndpointUrlProblem = 'notUrl' | 'scheme' | 'plainHttpRemote' | 'credentialsInUrl'

/** English wording for main's refusals; the renderer words the same codes in en and ja. */
export const ENDPOINT_URL_MESSAGES: Record<EndpointUrlProblem, string> = {
  notUrl: 'Enter a full URL, e.g. https://cognito-idp.example.com or http://127.0.0.1:5000.',
  scheme: 'Only https:// URLs are accepted (http:// only for this machine).',
  plainHttpRemote:
    'http:// is accepted only for this machine (localhost, 127.0.0.1, ::1): use https:// for any other host.',
  credentialsInUrl: 'Remove the user name and password from the URL: credentials come from the AWS profile.'
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1: names that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]' || host === '::1') return true
  const octets = host.split('.')
  return (
    octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)
  )
}

export function endpointUrlProblem(value: string): EndpointUrlProblem | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'notUrl'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme'
  if (url.hostname === '') return 'notUrl'
  if (url.username !== '' || url.password !== '') return 'credentialsInUrl'
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'plainHttpRemote'
  return null
}
