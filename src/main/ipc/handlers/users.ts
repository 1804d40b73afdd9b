import type { IndexQuery, UserRow } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import { runQuery } from '@shared/user-query'
import type { AppContext } from '../../context'
import {
  addToGroup,
  confirmSignUp,
  createUser,
  deleteAttributes,
  deleteUser,
  getUserDetail,
  globalSignOut,
  listAuthEvents,
  listDevices,
  removeFromGroup,
  resendInvitation,
  resetPassword,
  setEnabled,
  setMfa,
  setPassword,
  updateAttributes
} from '../../cognito/user-actions'
import { describeUserSchema, generatePassword } from '../../cognito/user-schema'
import { listUsersPage } from '../../cognito/users'
import { exportUsers } from '../../cognito/users-export'
import type { PoolIndex } from '../../cognito/users-index'
import type { DomainHandlers } from '../router'

const idp = (ctx: AppContext) => ctx.connections.active().clients.idp

function poolIndex(ctx: AppContext, poolId: string): PoolIndex {
  return ctx.indexes.for(ctx.connections.active().connection.id, poolId)
}

/** The index rows matching a query; refuses when the pool has not been indexed yet. */
export function indexedRows(ctx: AppContext, poolId: string, query: IndexQuery = {}) {
  const index = ctx.indexes.loaded(ctx.connections.active().connection.id, poolId)
  if (!index) {
    throw new AppError('PRECONDITION', 'This pool has not been indexed yet.', {
      hint: 'Load the pool index first (Users → Index), then try again.'
    })
  }
  return { index, rows: runQuery(index.rows(), query) }
}

/** Runs a single-user action and keeps the pool's index (if any) in step with its outcome. */
async function tracked<R extends { user?: UserRow }>(
  ctx: AppContext,
  ref: { poolId: string; username: string },
  action: Promise<R>,
  removed = false
): Promise<R> {
  const result = await action
  const index = ctx.indexes.loaded(ctx.connections.active().connection.id, ref.poolId)
  if (index && removed) index.remove(ref.username)
  else if (index && result.user) index.put(result.user)
  return result
}

/** A group change returns no user: the indexed row's groups are updated in place (when groups were read). */
async function trackedGroup<R>(
  ctx: AppContext,
  ref: { poolId: string; username: string; group: string },
  action: Promise<R>,
  joined: boolean
): Promise<R> {
  const result = await action
  const index = ctx.indexes.loaded(ctx.connections.active().connection.id, ref.poolId)
  const row = index?.get(ref.username)
  if (index && row?.groups) {
    const others = row.groups.filter((g) => g !== ref.group)
    index.put({ ...row, groups: joined ? [...others, ref.group].sort() : others })
  }
  return result
}

export const usersHandlers: DomainHandlers<'users'> = {
  list: (req, ctx) => listUsersPage(idp(ctx), req),

  indexStart: (req, ctx) => {
    const { clients, limiter } = ctx.connections.active()
    return poolIndex(ctx, req.poolId).start({
      idp: clients.idp,
      limiter,
      poolId: req.poolId,
      ratePerSecond: req.ratePerSecond,
      includeGroups: req.includeGroups,
      onProgress: (status) => ctx.events.emit('users:indexProgress', status)
    })
  },
  indexCancel: (req, ctx) => {
    const index = poolIndex(ctx, req.poolId)
    index.cancel()
    return index.snapshot()
  },
  indexStatus: (req, ctx) => poolIndex(ctx, req.poolId).snapshot(),
  indexQuery: (req, ctx) => poolIndex(ctx, req.poolId).query(req.query, req.offset, req.limit),

  schema: (req, ctx) => describeUserSchema(idp(ctx), req.poolId),
  generatePassword: async (req, ctx) => ({
    password: generatePassword((await describeUserSchema(idp(ctx), req.poolId)).passwordPolicy)
  }),
  get: (req, ctx) => getUserDetail(idp(ctx), req),
  devices: (req, ctx) => listDevices(idp(ctx), req),
  authEvents: (req, ctx) => listAuthEvents(idp(ctx), req),

  create: (req, ctx) => tracked(ctx, req, createUser(idp(ctx), req)),
  updateAttributes: (req, ctx) => tracked(ctx, req, updateAttributes(idp(ctx), req)),
  deleteAttributes: (req, ctx) => tracked(ctx, req, deleteAttributes(idp(ctx), req)),
  resendInvitation: (req, ctx) => tracked(ctx, req, resendInvitation(idp(ctx), req)),
  confirmSignUp: (req, ctx) => tracked(ctx, req, confirmSignUp(idp(ctx), req)),
  setPassword: (req, ctx) => tracked(ctx, req, setPassword(idp(ctx), req)),
  resetPassword: (req, ctx) => tracked(ctx, req, resetPassword(idp(ctx), req)),
  enable: (req, ctx) => tracked(ctx, req, setEnabled(idp(ctx), req, true)),
  disable: (req, ctx) => tracked(ctx, req, setEnabled(idp(ctx), req, false)),
  globalSignOut: (req, ctx) => globalSignOut(idp(ctx), req),
  delete: (req, ctx) => tracked(ctx, req, deleteUser(idp(ctx), req), true),
  addToGroup: (req, ctx) => trackedGroup(ctx, req, addToGroup(idp(ctx), req), true),
  removeFromGroup: (req, ctx) => trackedGroup(ctx, req, removeFromGroup(idp(ctx), req), false),
  setMfa: (req, ctx) => setMfa(idp(ctx), req),

  export: (req, ctx) => {
    const source = req.source
    const rows = source.kind === 'rows' ? source.rows : indexedRows(ctx, req.poolId, source.query).rows
    const what = source.kind === 'rows' ? 'page' : source.query ? 'search' : 'all'
    return exportUsers(
      idp(ctx),
      rows,
      { poolId: req.poolId, format: req.format, layout: req.layout, columns: req.columns, what },
      ctx.saveFile
    )
  }
}
