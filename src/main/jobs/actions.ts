import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { BulkAction, PlanItem, PlanReason } from '@shared/contract/jobs'
import type { UserRow } from '@shared/contract/users'
import {
  createUser,
  getUserRow,
  groupsOfUser,
  deleteUser,
  globalSignOut,
  resendInvitation,
  resetPassword,
  setEnabled,
  setMembership,
  updateAttributes,
  type UserScope
} from '../cognito/user-actions'
import { toAppError } from '../aws/errors'
import { createGroup } from '../cognito/groups'
import type { ImportUser } from '../cognito/users-csv'

/** What a job does to each user: a bulk action, or creating users read from a CSV. */
export type JobAction =
  BulkAction | { kind: 'create'; sendInvitation: boolean; users: Map<string, Omit<ImportUser, 'username'>> }

/** The values a localised description of the action needs (group, attribute name and value). */
export function actionParams(action: JobAction): Record<string, string> {
  switch (action.kind) {
    case 'addToGroup':
    case 'removeFromGroup':
      return { group: action.group }
    case 'setAttribute':
      return { name: action.name, value: action.value }
    case 'create':
      return { invitation: String(action.sendInvitation) }
    default:
      return {}
  }
}

export function describeAction(action: JobAction): string {
  switch (action.kind) {
    case 'disable':
      return 'Disable'
    case 'enable':
      return 'Enable'
    case 'delete':
      return 'Delete'
    case 'resetPassword':
      return 'Reset password'
    case 'resendInvitation':
      return 'Resend invitation'
    case 'globalSignOut':
      return 'Sign out everywhere'
    case 'addToGroup':
      return `Add to group ${action.group}`
    case 'removeFromGroup':
      return `Remove from group ${action.group}`
    case 'setAttribute':
      return `Set ${action.name} to “${action.value}”`
    case 'create':
      return action.sendInvitation ? 'Create users and send invitations' : 'Create users without invitations'
  }
}

/**
 * Whether the action would change this user, from what is known of them: skipping users already in
 * the target state keeps a rerun cheap and the report honest. `groups` is undefined when unknown.
 */
export function planFor(action: BulkAction, user: UserRow | undefined, username: string): PlanItem {
  const item =
    (outcome: PlanItem['outcome']) =>
    (code: PlanReason, params: Record<string, string> = {}): PlanItem => ({ username, outcome, code, params })
  const change = item('change')
  const skip = item('skip')
  if (!user) return skip('noSuchUser')
  switch (action.kind) {
    case 'disable':
      return user.enabled ? change('willDisable') : skip('alreadyDisabled')
    case 'enable':
      return user.enabled ? skip('alreadyEnabled') : change('willEnable')
    case 'delete':
      return change('willDelete')
    case 'resetPassword':
      return user.status === 'RESET_REQUIRED' ? skip('alreadyReset') : change('willReset')
    case 'resendInvitation':
      return user.status === 'FORCE_CHANGE_PASSWORD'
        ? change('willReinvite')
        : skip('notInvitable', { status: user.status })
    case 'globalSignOut':
      return change('willSignOut')
    case 'addToGroup':
      return user.groups?.includes(action.group)
        ? skip('alreadyInGroup', { group: action.group })
        : change('willAddToGroup', { group: action.group })
    case 'removeFromGroup':
      return user.groups && !user.groups.includes(action.group)
        ? skip('notInGroup', { group: action.group })
        : change('willRemoveFromGroup', { group: action.group })
    case 'setAttribute': {
      const old = user.attributes[action.name] ?? ''
      const params = { name: action.name, value: action.value, old }
      return old === action.value ? skip('attributeAlreadySet', params) : change('willSetAttribute', params)
    }
  }
}

/**
 * Applies the action to one user through the same service as the single-user screens, so the pool
 * index follows every job step.
 */
export async function applyAction(
  scope: UserScope,
  poolId: string,
  action: JobAction,
  username: string
): Promise<void> {
  const user = { poolId, username }
  switch (action.kind) {
    case 'disable':
    case 'enable':
      await setEnabled(scope, user, action.kind === 'enable')
      return
    case 'delete':
      await deleteUser(scope, user)
      return
    case 'resetPassword':
      await resetPassword(scope, user)
      return
    case 'resendInvitation':
      await resendInvitation(scope, user)
      return
    case 'globalSignOut':
      await globalSignOut(scope, user)
      return
    case 'addToGroup':
    case 'removeFromGroup':
      await setMembership(scope, { ...user, group: action.group }, action.kind === 'addToGroup')
      return
    case 'setAttribute':
      await updateAttributes(scope, { ...user, attributes: { [action.name]: action.value } })
      return
    case 'create': {
      const restored = action.users.get(username)
      await createUser(scope, {
        ...user,
        attributes: restored?.attributes ?? {},
        sendInvitation: action.sendInvitation
      })
      for (const group of restored?.groups ?? []) await joinGroup(scope, { ...user, group })
      // Disabled last, so a restored user is never left enabled when a group step fails first.
      if (restored?.enabled === false) await setEnabled(scope, user, false)
      return
    }
  }
}

/** Puts a restored user back in a group, creating the group (name only) where the pool lacks it. */
async function joinGroup(
  scope: UserScope,
  ref: { poolId: string; username: string; group: string }
): Promise<void> {
  try {
    await setMembership(scope, ref, true)
  } catch (error) {
    if (toAppError(error).code !== 'NOT_FOUND') throw error
    try {
      await createGroup(scope.idp, { poolId: ref.poolId, name: ref.group })
    } catch (created) {
      // Another step of the same job may have created it a moment ago.
      if (toAppError(created).code !== 'ALREADY_EXISTS') throw created
    }
    await setMembership(scope, ref, true)
  }
}

/** How far Cognito's clock may be behind this computer's when a user's creation time is compared. */
const CLOCK_SKEW_MS = 60_000

/** The user as Cognito has them now, or undefined when there is no such user. */
async function currentUser(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  username: string
): Promise<UserRow | undefined> {
  try {
    return await getUserRow(idp, { poolId, username })
  } catch (error) {
    if ((error as { name?: string }).name === 'UserNotFoundException') return undefined
    throw error
  }
}

/**
 * Whether a step whose answer was lost (a timeout, a dropped connection) has taken effect, read from
 * Cognito before the step is repeated, so a repeat never applies it twice. `undefined` where Cognito
 * keeps no trace of it: a resent invitation, which a repeat would send a second time.
 * `since` is when the job started: a user created before it was not created by this step.
 */
export async function stepApplied(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  action: JobAction,
  username: string,
  since: string
): Promise<boolean | undefined> {
  switch (action.kind) {
    case 'resendInvitation':
      return undefined
    case 'globalSignOut':
      // Signing out again revokes nothing more: the repeat is harmless.
      return false
    case 'addToGroup':
    case 'removeFromGroup':
      return (
        (await groupsOfUser(idp, { poolId, username })).includes(action.group) ===
        (action.kind === 'addToGroup')
      )
  }
  const user = await currentUser(idp, poolId, username)
  switch (action.kind) {
    case 'delete':
      return user === undefined
    case 'create':
      return user !== undefined && Date.parse(user.created) >= Date.parse(since) - CLOCK_SKEW_MS
    case 'disable':
    case 'enable':
      return user?.enabled === (action.kind === 'enable')
    case 'resetPassword':
      return user?.status === 'RESET_REQUIRED'
    case 'setAttribute':
      return user?.attributes[action.name] === action.value
  }
}
