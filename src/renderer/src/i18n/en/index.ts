import authFactors from './authFactors'
import testLogin from './testLogin'
import appClients from './appClients'
import common from './common'
import connections from './connections'
import domains from './domains'
import terms from './terms'
import errors from './errors'
import groups from './groups'
import identityPools from './identityPools'
import identityProviders from './identityProviders'
import insights from './insights'
import credentialsLab from './credentialsLab'
import jobs from './jobs'
import pools from './pools'
import resourceServers from './resourceServers'
import sessions from './sessions'
import selfService from './selfService'
import settings from './settings'
import signInCheck from './signInCheck'
import snapshots from './snapshots'
import tokens from './tokens'
import timeline from './timeline'
import triggers from './triggers'
import users from './users'
import audit from './audit'
import limits from './limits'
import linkedIdentities from './linkedIdentities'
import messages from './messages'
import tags from './tags'
import importJobs from './importJobs'
import threatProtection from './threatProtection'
import sessionConfiguration from './sessionConfiguration'
import userSearch from './userSearch'
import lastSeen from './lastSeen'
import logDelivery from './logDelivery'
import replicas from './replicas'
import developerIdentities from './developerIdentities'
import principalTags from './principalTags'

/** English messages, one file per domain; Japanese mirrors this shape exactly (checked by type). */
const en = {
  common,
  errors,
  connections,
  pools,
  appClients,
  groups,
  identityProviders,
  resourceServers,
  domains,
  terms,
  settings,
  users,
  identityPools,
  credentialsLab,
  jobs,
  testLogin,
  selfService,
  tokens,
  audit,
  limits,
  signInCheck,
  sessions,
  authFactors,
  linkedIdentities,
  timeline,
  triggers,
  snapshots,
  insights,
  messages,
  tags,
  importJobs,
  threatProtection,
  sessionConfiguration,
  userSearch,
  lastSeen,
  logDelivery,
  replicas,
  developerIdentities,
  principalTags
}

export default en
