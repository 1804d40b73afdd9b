import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminForgetDeviceCommand,
  AdminGetUserCommand,
  AdminListDevicesCommand,
  AdminListGroupsForUserCommand,
  AdminListUserAuthEventsCommand,
  AdminUpdateAuthEventFeedbackCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateDeviceStatusCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  type DeliveryMediumType
} from '@aws-sdk/client-cognito-identity-provider'
import type { z } from 'zod'
import type { AppContext } from '../context'
import type {
  ActionResult,
  AuthEventInfo,
  Availability,
  DeviceInfo,
  MfaSettings,
  PoolUserSchema,
  UserActionOutcome,
  UserDetail,
  UserRow,
  createUserRequest,
  setMfaRequest
} from '@shared/contract/users'
import { AppError } from '@shared/errors'
import { optionalRead } from './pools'
import { assertAttributes, assertPasswordFits, describeUserSchema, generatePassword } from './user-schema'
import type { PoolIndex } from './users-index'
import { adminUserRow, toUserRow } from './users'

type Idp = CognitoIdentityProviderClient
export interface UserRef {
  poolId: string
  /** The username, or an alias Cognito accepts in its place (email, phone number). */
  username: string
}

/**
 * Where a change to users is made: the connection's client and, when the pool is indexed, its index,
 * which every write here keeps in step (whichever screen or job made it).
 */
export interface UserScope {
  idp: Idp
  index?: PoolIndex | undefined
  signal?: AbortSignal | undefined
  /**
   * false for bulk job steps: a user the index holds gets the known change applied to their row
   * instead of a read back, so a job stays bound by the write quota rather than by round trips.
   */
  readBack?: boolean
  /** The pool's user schema, for a job that reads it once rather than per user. */
  schema?: () => Promise<PoolUserSchema>
}

/** The active connection's client and the pool's loaded index, for a handler of a user change. */
export function userScope(ctx: Pick<AppContext, 'connections' | 'indexes'>, poolId: string): UserScope {
  const active = ctx.connections.active()
  return { idp: active.clients.idp, index: ctx.indexes.loaded(active.connection.id, poolId) }
}

const callOptions = (scope: UserScope) => (scope.signal ? { abortSignal: scope.signal } : {})

const schemaOf = (scope: UserScope, poolId: string): Promise<PoolUserSchema> =>
  scope.schema ? scope.schema() : describeUserSchema(scope.idp, poolId)

/**
 * The user after a change, put into the index. Cognito accepts an alias where a username is asked
 * for, so the row read back carries the real username the index is keyed by.
 */
export async function settle(
  scope: UserScope,
  ref: UserRef,
  change: (row: UserRow) => UserRow = (row) => row
): Promise<UserRow | undefined> {
  const held = await scope.index?.get(ref.username)
  let row: UserRow
  if (scope.readBack === false && held) row = change({ ...held, modified: new Date().toISOString() })
  else if (scope.readBack === false && !scope.index) return undefined
  else {
    const fresh = await getUserRow(scope.idp, ref, scope.signal)
    // AdminGetUser does not list groups: the index's reading of them carries over.
    const groups = (await scope.index?.get(fresh.username))?.groups
    row = change(groups ? { ...fresh, groups } : fresh)
  }
  await scope.index?.put(row)
  return row
}

/** The real username of a user addressed by username or alias, when an index needs to know it. */
async function realUsername(scope: UserScope, ref: UserRef): Promise<string> {
  if (!scope.index || (await scope.index.get(ref.username))) return ref.username
  return (await getUserRow(scope.idp, ref, scope.signal)).username
}

const STATUS_MEANINGS: Record<string, string> = {
  UNCONFIRMED: 'Signed up but has not confirmed the code sent to them; cannot sign in until confirmed.',
  CONFIRMED: 'Confirmed and able to sign in.',
  FORCE_CHANGE_PASSWORD:
    'Created by an admin; must sign in with the temporary password and choose a new one.',
  RESET_REQUIRED: 'An admin reset the password; the user must set a new one with the code sent to them.',
  ARCHIVED: 'Archived; no longer able to sign in.',
  COMPROMISED: 'Marked compromised; cannot sign in until the password is changed.',
  EXTERNAL_PROVIDER: 'Signs in through an external identity provider (SAML, OIDC or social).',
  UNKNOWN: 'Cognito does not report a known status.'
}

export function statusMeaning(status: string): string {
  return STATUS_MEANINGS[status] ?? STATUS_MEANINGS.UNKNOWN ?? ''
}

const toAttributes = (values: Record<string, string>): AttributeType[] =>
  Object.entries(values).map(([Name, Value]) => ({ Name, Value }))

/** The user as Cognito holds it now (AdminGetUser), as a flat row under their real username. */
export async function getUserRow(idp: Idp, ref: UserRef, signal?: AbortSignal): Promise<UserRow> {
  const u = await idp.send(
    new AdminGetUserCommand({ UserPoolId: ref.poolId, Username: ref.username }),
    signal ? { abortSignal: signal } : {}
  )
  return adminUserRow(u)
}

export async function groupsOfUser(idp: Idp, ref: UserRef): Promise<string[]> {
  const groups: string[] = []
  let token: string | undefined
  do {
    const page = await idp.send(
      new AdminListGroupsForUserCommand({
        UserPoolId: ref.poolId,
        Username: ref.username,
        Limit: 60,
        ...(token ? { NextToken: token } : {})
      })
    )
    for (const g of page.Groups ?? []) if (g.GroupName) groups.push(g.GroupName)
    token = page.NextToken
  } while (token)
  return groups
}

export async function getUserDetail(idp: Idp, ref: UserRef): Promise<UserDetail> {
  const [u, groups] = await Promise.all([
    idp.send(new AdminGetUserCommand({ UserPoolId: ref.poolId, Username: ref.username })),
    groupsOfUser(idp, ref)
  ])
  const user = adminUserRow(u)
  const mfa: MfaSettings = { enabled: (u.UserMFASettingList ?? []) as MfaSettings['enabled'] }
  if (u.PreferredMfaSetting) mfa.preferred = u.PreferredMfaSetting as NonNullable<MfaSettings['preferred']>
  return { user: { ...user, groups }, groups, mfa, statusMeaning: statusMeaning(user.status) }
}

/** The device attribute holding the user's remember choice: `remembered` or `not_remembered`. */
const REMEMBERED_STATUS = 'dev:device_remembered_status'

/** AdminListDevices; endpoints without it (moto) answer "not available from this endpoint". */
export async function listDevices(idp: Idp, ref: UserRef): Promise<Availability<DeviceInfo>> {
  const r = await optionalRead('AdminListDevices', async () => {
    const { Devices } = await idp.send(
      new AdminListDevicesCommand({ UserPoolId: ref.poolId, Username: ref.username, Limit: 60 })
    )
    return (Devices ?? []).map((d) => {
      const attributes: Record<string, string> = {}
      for (const a of d.DeviceAttributes ?? []) if (a.Name) attributes[a.Name] = a.Value ?? ''
      const info: DeviceInfo = { key: d.DeviceKey ?? '', attributes }
      if (attributes.device_name) info.name = attributes.device_name
      const remembered = attributes[REMEMBERED_STATUS]
      if (remembered) info.remembered = remembered === 'remembered'
      if (d.DeviceCreateDate) info.created = d.DeviceCreateDate.toISOString()
      if (d.DeviceLastAuthenticatedDate) info.lastAuthenticated = d.DeviceLastAuthenticatedDate.toISOString()
      if (d.DeviceLastModifiedDate) info.lastModified = d.DeviceLastModifiedDate.toISOString()
      return info
    })
  })
  return r.available ? { available: true, items: r.value } : r
}

type DeviceRef = UserRef & { deviceKey: string }

/** AdminForgetDevice: the device must pass MFA again to be remembered; the devices after it. */
export async function forgetDevice(idp: Idp, ref: DeviceRef): Promise<Availability<DeviceInfo>> {
  await idp.send(
    new AdminForgetDeviceCommand({ UserPoolId: ref.poolId, Username: ref.username, DeviceKey: ref.deviceKey })
  )
  return listDevices(idp, ref)
}

/** AdminUpdateDeviceStatus: a remembered device may skip MFA (when the pool allows it). */
export async function setDeviceStatus(
  idp: Idp,
  ref: DeviceRef & { remembered: boolean }
): Promise<Availability<DeviceInfo>> {
  await idp.send(
    new AdminUpdateDeviceStatusCommand({
      UserPoolId: ref.poolId,
      Username: ref.username,
      DeviceKey: ref.deviceKey,
      DeviceRememberedStatus: ref.remembered ? 'remembered' : 'not_remembered'
    })
  )
  return listDevices(idp, ref)
}

/** AdminListUserAuthEvents (needs threat protection on the pool); unavailable on moto. */
export async function listAuthEvents(idp: Idp, ref: UserRef): Promise<Availability<AuthEventInfo>> {
  const r = await optionalRead('AdminListUserAuthEvents', async () => {
    const { AuthEvents } = await idp.send(
      new AdminListUserAuthEventsCommand({ UserPoolId: ref.poolId, Username: ref.username, MaxResults: 50 })
    )
    return (AuthEvents ?? []).map((e) => {
      const info: AuthEventInfo = {
        id: e.EventId ?? '',
        type: e.EventType ?? '',
        created: e.CreationDate?.toISOString() ?? ''
      }
      if (e.ChallengeResponses?.length)
        info.challenges = e.ChallengeResponses.map((c) => ({
          name: c.ChallengeName ?? '',
          response: c.ChallengeResponse ?? ''
        }))
      if (e.EventResponse) info.response = e.EventResponse
      if (e.EventRisk?.RiskLevel) info.risk = e.EventRisk.RiskLevel
      if (e.EventRisk?.RiskDecision) info.decision = e.EventRisk.RiskDecision
      if (e.EventRisk?.CompromisedCredentialsDetected !== undefined)
        info.compromisedCredentials = e.EventRisk.CompromisedCredentialsDetected
      if (e.EventFeedback?.FeedbackValue) info.feedback = e.EventFeedback.FeedbackValue
      if (e.EventContextData?.IpAddress) info.ipAddress = e.EventContextData.IpAddress
      if (e.EventContextData?.DeviceName) info.device = e.EventContextData.DeviceName
      if (e.EventContextData?.City) info.city = e.EventContextData.City
      if (e.EventContextData?.Country) info.country = e.EventContextData.Country
      return info
    })
  })
  return r.available ? { available: true, items: r.value } : r
}

/** AdminUpdateAuthEventFeedback: trains the pool's risk model on whether the event was the user. */
export async function updateAuthEventFeedback(
  idp: Idp,
  ref: UserRef & { eventId: string; feedback: 'Valid' | 'Invalid' }
): Promise<Availability<AuthEventInfo>> {
  await idp.send(
    new AdminUpdateAuthEventFeedbackCommand({
      UserPoolId: ref.poolId,
      Username: ref.username,
      EventId: ref.eventId,
      FeedbackValue: ref.feedback
    })
  )
  return listAuthEvents(idp, ref)
}

function result(
  outcome: UserActionOutcome,
  message: string,
  params: Record<string, string>,
  user?: UserRow
): ActionResult {
  const r: ActionResult = { outcome, message, params }
  if (user) r.user = user
  return r
}

export type CreateUserInput = z.output<typeof createUserRequest>

/** AdminCreateUser after checking attributes and the temporary password against the pool. */
export async function createUser(scope: UserScope, input: CreateUserInput): Promise<ActionResult> {
  const schema = await schemaOf(scope, input.poolId)
  const attributes = { ...input.attributes }
  if (input.emailVerified !== undefined) attributes.email_verified = String(input.emailVerified)
  if (input.phoneVerified !== undefined) attributes.phone_number_verified = String(input.phoneVerified)
  assertAttributes(schema, attributes, 'create')
  const password =
    input.temporaryPassword ?? (input.generatePassword ? generatePassword(schema.passwordPolicy) : undefined)
  if (password !== undefined) assertPasswordFits(schema.passwordPolicy, password)
  const { User } = await scope.idp.send(
    new AdminCreateUserCommand({
      UserPoolId: input.poolId,
      Username: input.username,
      UserAttributes: toAttributes(attributes),
      ...(password !== undefined ? { TemporaryPassword: password } : {}),
      ...(input.sendInvitation ? {} : { MessageAction: 'SUPPRESS' }),
      ...(input.sendInvitation && input.deliveryMediums?.length
        ? { DesiredDeliveryMediums: input.deliveryMediums as DeliveryMediumType[] }
        : {})
    }),
    callOptions(scope)
  )
  // Cognito answers with the user under their real username (a generated one where the username is an email).
  const user = toUserRow(User ?? {})
  await scope.index?.put({ ...user, groups: [] })
  const r = result(
    'created',
    input.sendInvitation
      ? `Created ${input.username}; Cognito sent an invitation with the temporary password.`
      : `Created ${input.username}; no invitation was sent (hand over the temporary password yourself).`,
    { username: input.username },
    user
  )
  if (input.temporaryPassword === undefined && password !== undefined) r.temporaryPassword = password
  return r
}

export async function resendInvitation(scope: UserScope, ref: UserRef): Promise<ActionResult> {
  await scope.idp.send(
    new AdminCreateUserCommand({ UserPoolId: ref.poolId, Username: ref.username, MessageAction: 'RESEND' }),
    callOptions(scope)
  )
  return result(
    'invitationResent',
    `Sent ${ref.username} a new invitation with a new temporary password.`,
    { username: ref.username },
    await settle(scope, ref)
  )
}

export async function confirmSignUp(scope: UserScope, ref: UserRef): Promise<ActionResult> {
  await scope.idp.send(
    new AdminConfirmSignUpCommand({ UserPoolId: ref.poolId, Username: ref.username }),
    callOptions(scope)
  )
  return result(
    'confirmed',
    `Confirmed ${ref.username}'s sign-up; they can sign in now.`,
    { username: ref.username },
    await settle(scope, ref, (row) => ({ ...row, status: 'CONFIRMED' }))
  )
}

export async function setPassword(
  scope: UserScope,
  input: UserRef & { password: string; permanent: boolean }
): Promise<ActionResult> {
  const schema = await schemaOf(scope, input.poolId)
  assertPasswordFits(schema.passwordPolicy, input.password)
  await scope.idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: input.poolId,
      Username: input.username,
      Password: input.password,
      Permanent: input.permanent
    }),
    callOptions(scope)
  )
  const status = input.permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD'
  const user = await settle(scope, input, (row) => ({ ...row, status }))
  const params = { username: input.username, status: user?.status ?? status }
  return input.permanent
    ? result(
        'passwordSet',
        `Set a permanent password for ${input.username}; status is now ${params.status}.`,
        params,
        user
      )
    : result(
        'temporaryPasswordSet',
        `Set a temporary password for ${input.username}; they must choose a new one at next sign-in (${params.status}).`,
        params,
        user
      )
}

export async function resetPassword(scope: UserScope, ref: UserRef): Promise<ActionResult> {
  await scope.idp.send(
    new AdminResetUserPasswordCommand({ UserPoolId: ref.poolId, Username: ref.username }),
    callOptions(scope)
  )
  const user = await settle(scope, ref, (row) => ({ ...row, status: 'RESET_REQUIRED' }))
  const status = user?.status ?? 'RESET_REQUIRED'
  return result(
    'passwordReset',
    `Reset ${ref.username}'s password: they receive a code by email or SMS and must set a new password with it (status ${status}); their current password no longer works.`,
    { username: ref.username, status },
    user
  )
}

export async function setEnabled(scope: UserScope, ref: UserRef, enabled: boolean): Promise<ActionResult> {
  const input = { UserPoolId: ref.poolId, Username: ref.username }
  await scope.idp.send(
    enabled ? new AdminEnableUserCommand(input) : new AdminDisableUserCommand(input),
    callOptions(scope)
  )
  const user = await settle(scope, ref, (row) => ({ ...row, enabled }))
  return enabled
    ? result('enabled', `Enabled ${ref.username}; they can sign in again.`, { username: ref.username }, user)
    : result(
        'disabled',
        `Disabled ${ref.username}; they cannot sign in and their tokens stop refreshing.`,
        { username: ref.username },
        user
      )
}

export async function globalSignOut(scope: UserScope, ref: UserRef): Promise<ActionResult> {
  await scope.idp.send(
    new AdminUserGlobalSignOutCommand({ UserPoolId: ref.poolId, Username: ref.username }),
    callOptions(scope)
  )
  return result(
    'signedOut',
    `Signed ${ref.username} out everywhere: their refresh tokens are revoked; access tokens already issued stay valid until they expire.`,
    { username: ref.username }
  )
}

/** AdminDeleteUser; the index drops the user Cognito deleted, found by real username first when addressed by alias. */
export async function deleteUser(scope: UserScope, ref: UserRef): Promise<ActionResult> {
  const username = await realUsername(scope, ref)
  await scope.idp.send(
    new AdminDeleteUserCommand({ UserPoolId: ref.poolId, Username: ref.username }),
    callOptions(scope)
  )
  await scope.index?.remove(username)
  return result('deleted', `Deleted ${ref.username} from the pool.`, { username: ref.username })
}

export async function updateAttributes(
  scope: UserScope,
  input: UserRef & { attributes: Record<string, string> }
): Promise<ActionResult> {
  assertAttributes(await schemaOf(scope, input.poolId), input.attributes, 'update')
  await scope.idp.send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: input.poolId,
      Username: input.username,
      UserAttributes: toAttributes(input.attributes)
    }),
    callOptions(scope)
  )
  const names = Object.keys(input.attributes).join(', ')
  return result(
    'attributesUpdated',
    `Updated ${names} of ${input.username}.`,
    { username: input.username, names },
    await settle(scope, input, (row) => ({ ...row, attributes: { ...row.attributes, ...input.attributes } }))
  )
}

export async function deleteAttributes(
  scope: UserScope,
  input: UserRef & { names: string[] }
): Promise<ActionResult> {
  const schema = await schemaOf(scope, input.poolId)
  const specs = new Map(schema.attributes.map((a) => [a.name, a]))
  const problems = input.names.flatMap((n) => {
    const spec = specs.get(n)
    if (!spec) return [`${n}: this pool has no such attribute.`]
    if (spec.required) return [`${n}: the pool requires it, so it cannot be deleted.`]
    if (!spec.writable || !spec.mutable) return [`${n}: this attribute cannot be changed.`]
    return []
  })
  if (problems.length > 0) {
    throw new AppError('INVALID_PARAMETER', `These attributes cannot be deleted: ${problems.join(' ')}`, {
      hint: 'Only optional, mutable attributes can be deleted.',
      detail: problems.join('\n')
    })
  }
  await scope.idp.send(
    new AdminDeleteUserAttributesCommand({
      UserPoolId: input.poolId,
      Username: input.username,
      UserAttributeNames: input.names
    }),
    callOptions(scope)
  )
  const names = input.names.join(', ')
  return result(
    'attributesDeleted',
    `Deleted ${names} from ${input.username}.`,
    { username: input.username, names },
    await settle(scope, input)
  )
}

/** A group list with `group` joined or left, when the groups are known. */
function withGroup(row: UserRow, group: string, joined: boolean): UserRow {
  if (!row.groups) return row
  const others = row.groups.filter((g) => g !== group)
  return { ...row, groups: joined ? [...others, group].sort() : others }
}

/**
 * AdminAddUserToGroup or AdminRemoveUserFromGroup: the one way a user joins or leaves a group (user
 * page, group members, bulk job).
 */
export async function setMembership(
  scope: UserScope,
  input: UserRef & { group: string },
  joined: boolean
): Promise<ActionResult> {
  const request = { UserPoolId: input.poolId, GroupName: input.group, Username: input.username }
  await scope.idp.send(
    joined ? new AdminAddUserToGroupCommand(request) : new AdminRemoveUserFromGroupCommand(request),
    callOptions(scope)
  )
  const user = await settle(scope, input, (row) => withGroup(row, input.group, joined))
  const params = { username: input.username, group: input.group }
  return joined
    ? result('addedToGroup', `Added ${input.username} to ${input.group}.`, params, user)
    : result('removedFromGroup', `Removed ${input.username} from ${input.group}.`, params, user)
}

export async function setMfa(scope: UserScope, input: z.output<typeof setMfaRequest>): Promise<ActionResult> {
  const setting = (factor: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP') => ({
    Enabled: input.enabled.includes(factor),
    PreferredMfa: input.preferred === factor
  })
  await scope.idp.send(
    new AdminSetUserMFAPreferenceCommand({
      UserPoolId: input.poolId,
      Username: input.username,
      SMSMfaSettings: setting('SMS_MFA'),
      SoftwareTokenMfaSettings: setting('SOFTWARE_TOKEN_MFA'),
      ...(input.enabled.includes('EMAIL_OTP') || input.preferred === 'EMAIL_OTP'
        ? { EmailMfaSettings: setting('EMAIL_OTP') }
        : {})
    })
  )
  const enabled = input.enabled.length ? input.enabled.join(', ') : 'none'
  return result(
    'mfaUpdated',
    `Set ${input.username}'s MFA: enabled ${enabled}${input.preferred ? `, preferred ${input.preferred}` : ''}.`,
    { username: input.username, enabled, preferred: input.preferred ?? '' }
  )
}
