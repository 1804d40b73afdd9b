import type { BulkAction, PlanItem, PlanReason } from '@shared/contract/jobs'
import type { UserRow } from '@shared/contract/users'
import {
  createUser,
  deleteUser,
  globalSignOut,
  resendInvitation,
  resetPassword,
  setEnabled,
  setMembership,
  updateAttributes,
  type UserScope
} from '../cognito/user-actions'

/** What a job does to each user: a bulk action, or creating users read from a CSV. */
export type JobAction =
  BulkAction | { kind: 'create'; sendInvitation: boolean; users: Map<string, Record<string, string>> }

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
    case 'create':
      await createUser(scope, {
        ...user,
        attributes: action.users.get(username) ?? {},
        sendInvitation: action.sendInvitation
      })
      return
  }
}
