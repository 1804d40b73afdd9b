import auth from './auth'
import authFactors from './authFactors'
import clients from './clients'
import common from './common'
import connections from './connections'
import errors from './errors'
import groups from './groups'
import identity from './identity'
import jobs from './jobs'
import pools from './pools'
import sessions from './sessions'
import settings from './settings'
import signInCheck from './signInCheck'
import tokens from './tokens'
import users from './users'
import audit from './audit'
import limits from './limits'

/** English messages, one file per domain; Japanese mirrors this shape exactly (checked by type). */
const en = {
  common,
  errors,
  connections,
  pools,
  clients,
  groups,
  settings,
  users,
  identity,
  jobs,
  auth,
  tokens,
  audit,
  limits,
  signInCheck,
  sessions,
  authFactors
}

export default en
