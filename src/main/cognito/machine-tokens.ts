import {
  GetClientTokenCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import * as oauth from 'oauth4webapi'
import { redactInput, type RecordedCall } from '@shared/code-snippets'
import type { CapabilityReasonCode, MachineTokenMethod } from '@shared/capabilities'
import type { LoginTarget, MachineToken } from '@shared/contract/testLogin'
import { endpointUrlProblem } from '@shared/endpoint-url'
import { AppError } from '@shared/errors'
import { readTarget } from './testLogin'

export interface MachineTokenRequest {
  poolId: string
  clientId: string
  method: MachineTokenMethod
  scopes: string[]
}

/** What each blocking reason means, for main's refusal (the screen words the same codes in en and ja). */
const BLOCKED: Partial<Record<CapabilityReasonCode, string>> = {
  noSecret: 'The app client has no secret, so it cannot authenticate itself.',
  oauthDisabled: 'OAuth flows are turned off for this app client.',
  clientCredentialsMissing: 'The app client does not allow the client_credentials grant.',
  noCustomScopes: 'The app client allows no custom scopes, which a client-credentials token needs.',
  noTokenEndpoint: 'The pool has no domain, so it has no token endpoint.'
}

/** Refuses a client or method that cannot get the token, and scopes the client may not ask for, before sending. */
function assertGrant(target: LoginTarget, method: MachineTokenMethod, scopes: string[]): void {
  const verdict = target.machine.find((m) => m.method === method)
  const blocking = verdict?.reasons.find((r) => r.severity === 'blocking')
  if (blocking) {
    throw new AppError(
      'PRECONDITION',
      BLOCKED[blocking.code] ?? 'This app client cannot get client-credentials tokens.',
      {
        name: 'ClientCredentialsNotAllowed',
        hint:
          blocking.code === 'noTokenEndpoint'
            ? 'Add a Cognito or custom domain to the pool, or use GetClientToken.'
            : 'Use a client with a secret whose allowed OAuth flows include client_credentials and a custom scope.',
        params: { reason: blocking.code }
      }
    )
  }
  const refused = scopes.filter((s) => !target.client.allowedOAuthScopes.includes(s))
  if (refused.length > 0) {
    throw new AppError('VALIDATION', `The client does not allow the scope(s) ${refused.join(', ')}.`, {
      hint: 'Pick scopes from the client’s allowed custom scopes.',
      params: { scopes: refused.join(' ') }
    })
  }
}

/**
 * The client_credentials grant at the pool domain's /oauth2/token, with the client authenticated by
 * HTTP Basic. Plain http is accepted only where the shared endpoint rule allows it (this machine).
 */
export async function tokenEndpointGrant(
  baseUrl: string,
  clientId: string,
  secret: string,
  scopes: string[]
): Promise<{ accessToken: string; tokenType: string; expiresIn: number }> {
  const as: oauth.AuthorizationServer = { issuer: baseUrl, token_endpoint: `${baseUrl}/oauth2/token` }
  const client: oauth.Client = { client_id: clientId }
  const insecure = baseUrl.startsWith('http:') && endpointUrlProblem(baseUrl) === null
  try {
    const response = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      oauth.ClientSecretBasic(secret),
      scopes.length > 0 ? { scope: scopes.join(' ') } : {},
      { [oauth.allowInsecureRequests]: insecure }
    )
    const result = await oauth.processClientCredentialsResponse(as, client, response)
    return {
      accessToken: result.access_token,
      tokenType: result.token_type,
      expiresIn: result.expires_in ?? 3600
    }
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) {
      throw new AppError('NOT_AUTHORIZED', `The token endpoint refused the request: ${error.error}.`, {
        name: 'TokenEndpointError',
        hint:
          error.error === 'invalid_scope'
            ? 'Ask only for scopes the client allows.'
            : 'Check that the client allows client_credentials and that its secret is current.',
        detail: error.error_description ?? error.error
      })
    }
    throw error
  }
}

/** A client-credentials access token, by GetClientToken or by the token endpoint; the secret stays in main. */
export async function machineToken(
  idp: CognitoIdentityProviderClient,
  req: MachineTokenRequest
): Promise<MachineToken> {
  const { target, secret } = await readTarget(idp, req.poolId, req.clientId, { withSecret: true })
  assertGrant(target, req.method, req.scopes)
  const issuedAt = new Date().toISOString()
  if (req.method === 'GetClientToken') {
    const input = {
      ClientId: req.clientId,
      Secret: secret ?? '',
      ...(req.scopes.length ? { Scopes: req.scopes } : {})
    }
    const out = await idp.send(new GetClientTokenCommand(input))
    const result = out.ClientAuthenticationResult
    if (!result?.AccessToken)
      throw new AppError('INTERNAL', 'Cognito answered GetClientToken without a token.')
    const call: RecordedCall = {
      operation: 'GetClientToken',
      service: 'cognito-idp',
      region: target.region,
      input: redactInput(input)
    }
    return {
      poolId: req.poolId,
      clientId: req.clientId,
      method: req.method,
      accessToken: result.AccessToken,
      tokenType: result.TokenType ?? 'Bearer',
      expiresIn: result.ExpiresIn ?? 3600,
      scopes: req.scopes,
      issuedAt,
      call
    }
  }
  const baseUrl = target.hostedUiBaseUrl ?? ''
  const token = await tokenEndpointGrant(baseUrl, req.clientId, secret ?? '', req.scopes)
  const call: RecordedCall = {
    operation: 'token',
    service: 'oauth2',
    region: target.region,
    input: { url: `${baseUrl}/oauth2/token`, grant_type: 'client_credentials', scope: req.scopes.join(' ') }
  }
  return {
    poolId: req.poolId,
    clientId: req.clientId,
    method: req.method,
    ...token,
    scopes: req.scopes,
    issuedAt,
    call
  }
}
