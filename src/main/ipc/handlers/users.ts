import type { AppContext } from '../../context'
import {
  confirmSignUp,
  createUser,
  deleteAttributes,
  deleteUser,
  getUserDetail,
  globalSignOut,
  listAuthEvents,
  updateAuthEventFeedback,
  forgetDevice,
  listDevices,
  setDeviceStatus,
  resendInvitation,
  resetPassword,
  setEnabled,
  setMembership,
  setMfa,
  setPassword,
  updateAttributes,
  userScope
} from '../../cognito/user-actions'
import { describeUserSchema, generatePassword } from '../../cognito/user-schema'
import { listUsersPage } from '../../cognito/users'
import { exportUsers, indexSource, rowsSource } from '../../cognito/users-export'
import type { PoolIndex } from '../../cognito/users-index'
import type { DomainHandlers } from '../router'

const idp = (ctx: AppContext) => ctx.connections.active().clients.idp
const connectionId = (ctx: AppContext) => ctx.connections.active().connection.id

function poolIndex(ctx: AppContext, poolId: string): PoolIndex {
  return ctx.indexes.for(connectionId(ctx), poolId)
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
  forgetDevice: (req, ctx) => forgetDevice(idp(ctx), req),
  setDeviceStatus: (req, ctx) => setDeviceStatus(idp(ctx), req),
  authEvents: (req, ctx) => listAuthEvents(idp(ctx), req),
  authEventFeedback: (req, ctx) => updateAuthEventFeedback(idp(ctx), req),

  create: (req, ctx) => createUser(userScope(ctx, req.poolId), req),
  updateAttributes: (req, ctx) => updateAttributes(userScope(ctx, req.poolId), req),
  deleteAttributes: (req, ctx) => deleteAttributes(userScope(ctx, req.poolId), req),
  resendInvitation: (req, ctx) => resendInvitation(userScope(ctx, req.poolId), req),
  confirmSignUp: (req, ctx) => confirmSignUp(userScope(ctx, req.poolId), req),
  setPassword: (req, ctx) => setPassword(userScope(ctx, req.poolId), req),
  resetPassword: (req, ctx) => resetPassword(userScope(ctx, req.poolId), req),
  enable: (req, ctx) => setEnabled(userScope(ctx, req.poolId), req, true),
  disable: (req, ctx) => setEnabled(userScope(ctx, req.poolId), req, false),
  globalSignOut: (req, ctx) => globalSignOut(userScope(ctx, req.poolId), req),
  delete: (req, ctx) => deleteUser(userScope(ctx, req.poolId), req),
  addToGroup: (req, ctx) => setMembership(userScope(ctx, req.poolId), req, true),
  removeFromGroup: (req, ctx) => setMembership(userScope(ctx, req.poolId), req, false),
  setMfa: (req, ctx) => setMfa(userScope(ctx, req.poolId), req),

  export: (req, ctx) => {
    const source = req.source
    const what = source.kind === 'index' ? (source.query ? 'search' : 'all') : 'selection'
    return ctx.userExports.run(req.exportId, async (run) =>
      exportUsers(
        idp(ctx),
        source.kind === 'rows'
          ? rowsSource(source.rows)
          : await indexSource(
              ctx.indexes.require(connectionId(ctx), req.poolId),
              source.kind === 'index' ? source : { usernames: source.usernames }
            ),
        { poolId: req.poolId, format: req.format, layout: req.layout, columns: req.columns, what },
        ctx.saveFile,
        run
      )
    )
  },
  exportCancel: (req, ctx) => ctx.userExports.cancel(req.exportId)
}
