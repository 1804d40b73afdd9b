import {
  changePassword,
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  getUser,
  resendConfirmationCode,
  signUp,
  updateUserAttributes
} from '../../cognito/selfService'
import { authDeps } from '../../cognito/testLogin'
import type { AppContext } from '../../context'
import type { DomainHandlers } from '../router'

const idp = (ctx: AppContext) => ctx.connections.active().clients.idp

export const selfServiceHandlers: DomainHandlers<'selfService'> = {
  signUp: (req, ctx) => signUp(idp(ctx), req),
  confirmSignUp: (req, ctx) => confirmSignUp(idp(ctx), req),
  resendCode: (req, ctx) => resendConfirmationCode(idp(ctx), req),
  forgotPassword: (req, ctx) => forgotPassword(idp(ctx), req),
  confirmForgotPassword: (req, ctx) => confirmForgotPassword(idp(ctx), req),
  changePassword: (req, ctx) => changePassword(authDeps(ctx), req),
  getUser: (req, ctx) => getUser(authDeps(ctx), req.loginId),
  updateAttributes: (req, ctx) => updateUserAttributes(authDeps(ctx), req)
}
