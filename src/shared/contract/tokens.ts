import { z } from 'zod'
import { query } from './define'
import { clientIdSchema, groupNameSchema, oauthScopeSchema, strict, userPoolIdSchema } from '../schemas'

/** A pasted token is bounded: Cognito tokens are a few kB; anything longer is refused before parsing. */
export const MAX_TOKEN_LENGTH = 65_536

export type TokenCheckId =
  'format' | 'algorithm' | 'signature' | 'issuer' | 'audience' | 'tokenUse' | 'expiry' | 'scopes' | 'groups'

/** Why a check failed or was skipped; the renderer explains each in words. */
export type TokenCheckReason =
  | 'malformed'
  | 'algNone'
  | 'unsupportedAlg'
  | 'unsupportedProviderAlg'
  | 'badSignature'
  | 'unknownKey'
  | 'jwksUnavailable'
  | 'notCognito'
  | 'insecureIssuer'
  | 'insecureKeys'
  | 'unknownProvider'
  | 'federatedToken'
  | 'wrongPool'
  | 'wrongClient'
  | 'noExpectedClient'
  | 'missingTokenUse'
  | 'unexpectedTokenUse'
  | 'expired'
  | 'notYetValid'
  | 'missingExp'
  | 'missingScopes'
  | 'missingGroups'
  | 'notChecked'

export interface TokenCheck {
  id: TokenCheckId
  status: 'pass' | 'fail' | 'skip'
  reason?: TokenCheckReason
  /** Values for the explanation: expected and actual pool, client, time... */
  params?: Record<string, string | number>
}

export interface DecodedToken {
  /** The three base64url parts as they appear in the token (the signature part may be empty). */
  parts: { header: string; payload: string; signature: string }
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

export interface TokenInspection {
  decoded?: DecodedToken
  /** What was wrong when the token could not be decoded. */
  malformed?: string
  checks: TokenCheck[]
  valid: boolean
  /** The pool the token names in `iss`, if it is a Cognito issuer. */
  issuerPoolId?: string
  /** Where the keys came from and when (the JWKS is cached in main). */
  jwks?: { url: string; fetchedAt: string; keys: number }
  /** The expected pool's OpenID Connect provider whose issuer made the token, when no Cognito pool did. */
  provider?: { name: string; issuer: string; poolId: string }
}

export const tokensContract = {
  /**
   * Decodes a JWT and verifies it against its pool's JWKS (fetched by main and cached), checking
   * issuer, audience / client_id, token_use and expiry against what is expected, if given, and that
   * it carries the expected scopes and groups. A token of one of the expected pool's OpenID Connect
   * providers is verified against the keys its issuer's discovery document names.
   */
  inspect: query(
    strict({
      token: z
        .string()
        .max(
          MAX_TOKEN_LENGTH,
          `A token is at most ${MAX_TOKEN_LENGTH} characters; this is not a Cognito token.`
        ),
      expectedPoolId: userPoolIdSchema.optional(),
      expectedClientId: clientIdSchema.optional(),
      expectedTokenUse: z.enum(['id', 'access']).optional(),
      /** Scopes the token must carry (its `scope` claim), each one. */
      expectedScopes: z.array(oauthScopeSchema).max(50).optional(),
      /** Groups the user must be in (the `cognito:groups` claim), each one. */
      expectedGroups: z.array(groupNameSchema).max(50).optional()
    })
  ).returns<TokenInspection>()
}
