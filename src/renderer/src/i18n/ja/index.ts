import type en from '../en'
import auth from './auth'
import clients from './clients'
import common from './common'
import connections from './connections'
import errors from './errors'
import groups from './groups'
import identity from './identity'
import jobs from './jobs'
import pools from './pools'
import settings from './settings'
import tokens from './tokens'
import triggers from './triggers'
import users from './users'
import audit from './audit'
import limits from './limits'

const ja: typeof en = {
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
  triggers
}

export default ja
