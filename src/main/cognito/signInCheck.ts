import {
  AdminGetUserAuthFactorsCommand,
  AdminGetUserCommand,
  GetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { TestLoginFlow } from '@shared/capabilities'
import type { FindResult, SignInReport } from '@shared/contract/signInCheck'
import type { ServerFilter, UserRow } from '@shared/contract/users'
import { e164Schema, emailSchema } from '@shared/schemas'
import { assessSignIn, parseIdentities, type Answer, type SignInFacts } from '@shared/sign-in-verdict'
import { readTarget } from './testLogin'
import { describeUserPool, optionalRead } from './pools'
import { listSessions } from './sessions'
import { listAuthEvents, listDevices, type UserRef } from './user-actions'
import { adminUserRow, buildFilter, listUsersPage } from './users'

type Idp = CognitoIdentityProviderClient

const answer = <T, R>(a: Answer<T> | { available: false; reason: string }, map: (v: T) => R): Answer<R> =>
  a.available ? { available: true, value: map(a.value) } : a

/** Cognito's `sub` is a UUID; support staff copy it from logs and tokens. */
const SUB_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The exact ListUsers filters an identifier can match: the username always, the email, phone number or
 * sub when it looks like one, the preferred username when the pool lets people sign in with it.
 */
export function identifierFilters(identifier: string, aliases: readonly string[]): ServerFilter[] {
  const value = identifier.trim()
  const filters: ServerFilter[] = [{ attribute: 'username', operator: '=', value }]
  if (emailSchema.safeParse(value).success) filters.push({ attribute: 'email', operator: '=', value })
  if (e164Schema.safeParse(value).success) filters.push({ attribute: 'phone_number', operator: '=', value })
  if (SUB_SHAPE.test(value)) filters.push({ attribute: 'sub', operator: '=', value })
  if (aliases.includes('preferred_username'))
    filters.push({ attribute: 'preferred_username', operator: '=', value })
  return filters
}

/** Users whose username or sign-in attribute is exactly the identifier, once each. */
export async function findUsers(idp: Idp, poolId: string, identifier: string): Promise<FindResult> {
  const pool = await describeUserPool(idp, poolId)
  const filters = identifierFilters(identifier, pool.AliasAttributes ?? [])
  const pages = await Promise.all(filters.map((filter) => listUsersPage(idp, { poolId, filter, limit: 60 })))
  const matches = new Map<string, UserRow>()
  for (const page of pages) for (const u of page.users) matches.set(u.username, u)
  return { matches: [...matches.values()], filters: filters.map(buildFilter) }
}

async function poolMfaFactors(idp: Idp, poolId: string): Promise<string[]> {
  const r = await optionalRead('GetUserPoolMfaConfig', () =>
    idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }))
  )
  if (!r.available) return []
  const c = r.value
  return [
    ...(c.SoftwareTokenMfaConfiguration?.Enabled ? ['SOFTWARE_TOKEN_MFA'] : []),
    ...(c.SmsMfaConfiguration ? ['SMS_MFA'] : []),
    ...(c.EmailMfaConfiguration ? ['EMAIL_OTP'] : [])
  ]
}

async function clientFacts(
  idp: Idp,
  poolId: string,
  pick: { clientId: string; flow: TestLoginFlow }
): Promise<SignInFacts['client']> {
  const { target } = await readTarget(idp, poolId, pick.clientId)
  const capability = target.capabilities.find((c) => c.flow === pick.flow)
  return capability && { clientId: pick.clientId, name: target.client.name, flow: pick.flow, capability }
}

/** Reads every answer sign-in depends on (tolerating operations the endpoint lacks) and assesses them. */
export async function checkSignIn(
  idp: Idp,
  ref: UserRef,
  client?: { clientId: string; flow: TestLoginFlow }
): Promise<SignInReport> {
  const [u, pool, mfaFactors, factors, events, sessions, devices, picked] = await Promise.all([
    idp.send(new AdminGetUserCommand({ UserPoolId: ref.poolId, Username: ref.username })),
    describeUserPool(idp, ref.poolId),
    poolMfaFactors(idp, ref.poolId),
    optionalRead('AdminGetUserAuthFactors', async () => {
      const r = await idp.send(
        new AdminGetUserAuthFactorsCommand({ UserPoolId: ref.poolId, Username: ref.username })
      )
      return r.ConfiguredUserAuthFactors ?? []
    }),
    listAuthEvents(idp, ref),
    listSessions(idp, ref),
    listDevices(idp, ref),
    client ? clientFacts(idp, ref.poolId, client) : Promise.resolve(undefined)
  ])
  const user = adminUserRow(u)
  const facts: SignInFacts = {
    user: {
      username: user.username,
      status: user.status,
      enabled: user.enabled,
      created: user.created,
      modified: user.modified,
      attributes: user.attributes
    },
    mfa: {
      enabled: u.UserMFASettingList ?? [],
      ...(u.PreferredMfaSetting ? { preferred: u.PreferredMfaSetting } : {})
    },
    pool: {
      usernameAttributes: pool.UsernameAttributes ?? [],
      aliasAttributes: pool.AliasAttributes ?? [],
      mfaConfiguration: pool.MfaConfiguration ?? 'OFF',
      temporaryPasswordValidityDays: pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? 7,
      mfaFactors,
      ...(pool.UserPoolTier ? { tier: pool.UserPoolTier } : {}),
      ...(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors
        ? { allowedFirstAuthFactors: pool.Policies.SignInPolicy.AllowedFirstAuthFactors }
        : {})
    },
    authFactors: answer(factors, (v) => v),
    authEvents: events.available
      ? {
          available: true,
          value: events.items.map(({ type, created, response, risk }) => ({
            type,
            created,
            ...(response ? { response } : {}),
            ...(risk ? { risk } : {})
          }))
        }
      : events,
    sessions: answer(sessions, (v) => v.length),
    devices: devices.available ? { available: true, value: devices.items.length } : devices,
    identities: parseIdentities(user.attributes.identities),
    ...(picked ? { client: picked } : {})
  }
  return { poolId: ref.poolId, facts, checkedAt: new Date().toISOString(), ...assessSignIn(facts) }
}
