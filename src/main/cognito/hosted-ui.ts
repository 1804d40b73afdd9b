import { createHash, randomBytes } from 'node:crypto'
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider'
import type { LoginView } from '@shared/contract/testLogin'
import { AppError } from '@shared/errors'
import type { AuthWindowOpener } from '../context'
import { assertFlowAllowed, readTarget, tokensOf, usernameOfTokens, type AuthDeps } from './testLogin'
import { record, viewOf } from './login-sessions'

/** A PKCE pair (RFC 7636, S256): the verifier stays in main, the challenge goes in the authorize URL. */
export function createPkce(verifier: string = randomBytes(32).toString('base64url')): {
  verifier: string
  challenge: string
} {
  return { verifier, challenge: createHash('sha256').update(verifier, 'ascii').digest('base64url') }
}

export function authorizeUrl(input: {
  baseUrl: string
  clientId: string
  redirectUri: string
  scopes: readonly string[]
  state: string
  codeChallenge: string
  identityProvider?: string | undefined
}): string {
  const url = new URL('/oauth2/authorize', input.baseUrl)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('client_id', input.clientId)
  url.searchParams.set('redirect_uri', input.redirectUri)
  if (input.scopes.length > 0) url.searchParams.set('scope', input.scopes.join(' '))
  url.searchParams.set('state', input.state)
  url.searchParams.set('code_challenge', input.codeChallenge)
  url.searchParams.set('code_challenge_method', 'S256')
  if (input.identityProvider && input.identityProvider !== 'COGNITO')
    url.searchParams.set('identity_provider', input.identityProvider)
  return url.toString()
}

/** Whether a navigation goes to the callback URL (same origin and path; the query carries the code). */
export function isRedirectTo(url: string, redirectUri: string): boolean {
  if (!URL.canParse(url) || !URL.canParse(redirectUri)) return false
  const a = new URL(url)
  const b = new URL(redirectUri)
  return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname
}

/** The authorization code from the callback URL, after checking state; Cognito's error in words otherwise. */
export function codeFromRedirect(url: string, state: string): string {
  const params = new URL(url).searchParams
  const error = params.get('error')
  if (error) {
    throw new AppError('NOT_AUTHORIZED', `Managed login answered “${error}”.`, {
      name: 'OAuthError',
      hint: 'The description below says why; check the client’s OAuth settings and callback URLs.',
      detail: (params.get('error_description') ?? '').slice(0, 500)
    })
  }
  if (params.get('state') !== state) {
    throw new AppError(
      'NOT_AUTHORIZED',
      'The callback’s state does not match this sign-in: it was refused.',
      {
        hint: 'Start the managed login again.'
      }
    )
  }
  const code = params.get('code')
  if (!code) throw new AppError('NOT_AUTHORIZED', 'The callback carries no authorization code.')
  return code
}

/** POST /oauth2/token with grant_type=authorization_code and the PKCE verifier. */
export async function exchangeCode(input: {
  baseUrl: string
  clientId: string
  clientSecret?: string | undefined
  code: string
  redirectUri: string
  codeVerifier: string
  fetch?: typeof fetch
}): Promise<AuthenticationResultType> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: input.clientId,
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.codeVerifier
  })
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
  if (input.clientSecret) {
    const basic = `${encodeURIComponent(input.clientId)}:${encodeURIComponent(input.clientSecret)}`
    headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`
  }
  const url = new URL('/oauth2/token', input.baseUrl).toString()
  const response = await (input.fetch ?? fetch)(url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(15_000)
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null) json = parsed as Record<string, unknown>
  } catch {
    // Not JSON: reported below with the status.
  }
  if (!response.ok || typeof json.access_token !== 'string') {
    const error = typeof json.error === 'string' ? json.error : `HTTP ${response.status}`
    throw new AppError('NOT_AUTHORIZED', `The token endpoint refused the authorization code (${error}).`, {
      name: 'OAuthError',
      hint:
        error === 'invalid_client'
          ? 'The client id or secret was not accepted.'
          : 'Codes are single-use and short-lived; the redirect URI and PKCE verifier must match the authorize request.',
      detail: text.slice(0, 500)
    })
  }
  const result: AuthenticationResultType = {
    AccessToken: json.access_token,
    TokenType: typeof json.token_type === 'string' ? json.token_type : 'Bearer',
    ExpiresIn: typeof json.expires_in === 'number' ? json.expires_in : 3600
  }
  if (typeof json.id_token === 'string') result.IdToken = json.id_token
  if (typeof json.refresh_token === 'string') result.RefreshToken = json.refresh_token
  return result
}

/**
 * Managed login: authorize URL with PKCE opened in an isolated window (the opener is injected by the
 * Electron entry), the redirect to the callback caught there, and the code exchanged at /oauth2/token.
 */
export async function hostedUiLogin(
  deps: AuthDeps,
  opener: AuthWindowOpener | undefined,
  req: { poolId: string; clientId: string; redirectUri: string; identityProvider?: string | undefined },
  options: { baseUrl?: string; fetch?: typeof fetch } = {}
): Promise<LoginView> {
  if (!opener) {
    throw new AppError('NOT_SUPPORTED', 'Managed login needs the desktop app’s sign-in window.', {
      hint: 'Run the console as the desktop app to use managed login.'
    })
  }
  const { target, secret } = await readTarget(deps.idp, req.poolId, req.clientId, { withSecret: true })
  assertFlowAllowed(target, 'HOSTED_UI_CODE')
  const baseUrl = options.baseUrl ?? target.hostedUiBaseUrl
  if (!baseUrl) throw new AppError('PRECONDITION', 'This pool has no domain for managed login.')
  if (!target.client.callbackUrls.includes(req.redirectUri)) {
    throw new AppError('INVALID_PARAMETER', `${req.redirectUri} is not a callback URL of this app client.`, {
      hint: 'Choose one of the client’s callback URLs.'
    })
  }
  const provider = req.identityProvider
  if (provider && !target.client.supportedIdentityProviders.includes(provider)) {
    throw new AppError(
      'INVALID_PARAMETER',
      `The app client does not offer the identity provider ${provider}.`
    )
  }
  const pkce = createPkce()
  const state = randomBytes(16).toString('base64url')
  const url = authorizeUrl({
    baseUrl,
    clientId: req.clientId,
    redirectUri: req.redirectUri,
    scopes: target.client.allowedOAuthScopes,
    state,
    codeChallenge: pkce.challenge,
    identityProvider: provider
  })
  const redirected = await opener.open(url, req.redirectUri)
  const code = codeFromRedirect(redirected, state)
  const result = await exchangeCode({
    baseUrl,
    clientId: req.clientId,
    clientSecret: secret,
    code,
    redirectUri: req.redirectUri,
    codeVerifier: pkce.verifier,
    ...(options.fetch ? { fetch: options.fetch } : {})
  })
  const tokens = tokensOf(result)
  const login = deps.logins.create({
    connectionId: deps.connectionId,
    poolId: req.poolId,
    clientId: req.clientId,
    region: target.region,
    username: usernameOfTokens(tokens) ?? provider ?? 'COGNITO',
    method: 'HOSTED_UI',
    ...(secret === undefined ? {} : { clientSecret: secret })
  })
  record(login, 'started', provider ? `HOSTED_UI (${provider})` : 'HOSTED_UI')
  login.tokens = tokens
  record(login, 'signedIn', 'HOSTED_UI')
  return viewOf(login)
}
