import {
  DescribeRiskConfigurationCommand,
  SetRiskConfigurationCommand,
  UpdateUserPoolCommand,
  type AccountTakeoverActionType,
  type CognitoIdentityProviderClient,
  type NotifyEmailType,
  type RiskConfigurationType,
  type SetRiskConfigurationRequest
} from '@aws-sdk/client-cognito-identity-provider'
import { regionOfPool } from '@shared/arns'
import type { RiskConfiguration } from '@shared/contract/threatProtection'
import { AppError } from '@shared/errors'
import {
  NOTIFY_TEMPLATES,
  RISK_LEVELS,
  securityModeProblem,
  threatProtectionProblems,
  type NotifyEmail,
  type NotifyTemplate,
  type RiskLevel,
  type RiskSettings,
  type SecurityMode,
  type TakeoverAction,
  type ThreatProtectionProblem
} from '@shared/threat-protection-rules'

import { describeUserPool, updateRequestFrom } from './pools'

type Idp = CognitoIdentityProviderClient

const LEVEL_KEY = { low: 'LowAction', medium: 'MediumAction', high: 'HighAction' } as const
const TEMPLATE_KEY = { block: 'BlockEmail', noAction: 'NoActionEmail', mfa: 'MfaEmail' } as const

const noAction: TakeoverAction = { notify: false, eventAction: 'NO_ACTION' }

function emailOf(email: NotifyEmailType | undefined): NotifyEmail {
  return { subject: email?.Subject ?? '', htmlBody: email?.HtmlBody ?? '', textBody: email?.TextBody ?? '' }
}

function levelOf(action: AccountTakeoverActionType | undefined): TakeoverAction {
  return action?.EventAction ? { notify: action.Notify ?? false, eventAction: action.EventAction } : noAction
}

/** Cognito's answer as the settings the console edits. */
export function settingsOf(config: RiskConfigurationType | undefined): RiskSettings {
  const compromised = config?.CompromisedCredentialsRiskConfiguration
  const takeover = config?.AccountTakeoverRiskConfiguration
  const notify = takeover?.NotifyConfiguration
  return {
    compromisedCredentials: compromised?.Actions?.EventAction
      ? { eventAction: compromised.Actions.EventAction, events: compromised.EventFilter ?? [] }
      : null,
    accountTakeover: takeover
      ? {
          actions: {
            low: levelOf(takeover.Actions?.LowAction),
            medium: levelOf(takeover.Actions?.MediumAction),
            high: levelOf(takeover.Actions?.HighAction)
          },
          notify: {
            sourceArn: notify?.SourceArn ?? '',
            from: notify?.From ?? '',
            replyTo: notify?.ReplyTo ?? '',
            block: emailOf(notify?.BlockEmail),
            noAction: emailOf(notify?.NoActionEmail),
            mfa: emailOf(notify?.MfaEmail)
          }
        }
      : null,
    exceptions: {
      alwaysAllow: config?.RiskExceptionConfiguration?.SkippedIPRangeList ?? [],
      alwaysBlock: config?.RiskExceptionConfiguration?.BlockedIPRangeList ?? []
    }
  }
}

/** The settings as SetRiskConfiguration takes them; empty texts are left out rather than sent blank. */
export function requestOf(settings: RiskSettings): Omit<SetRiskConfigurationRequest, 'UserPoolId'> {
  const request: Omit<SetRiskConfigurationRequest, 'UserPoolId'> = {
    RiskExceptionConfiguration: {
      SkippedIPRangeList: settings.exceptions.alwaysAllow,
      BlockedIPRangeList: settings.exceptions.alwaysBlock
    }
  }
  const compromised = settings.compromisedCredentials
  if (compromised)
    request.CompromisedCredentialsRiskConfiguration = {
      EventFilter: compromised.events,
      Actions: { EventAction: compromised.eventAction }
    }
  const takeover = settings.accountTakeover
  if (takeover) {
    const actions = Object.fromEntries(
      RISK_LEVELS.map((level: RiskLevel) => [
        LEVEL_KEY[level],
        { Notify: takeover.actions[level].notify, EventAction: takeover.actions[level].eventAction }
      ])
    )
    request.AccountTakeoverRiskConfiguration = { Actions: actions }
    const { notify } = takeover
    if (notify.sourceArn) {
      const emails = Object.fromEntries(
        NOTIFY_TEMPLATES.filter((template: NotifyTemplate) => notify[template].subject).map((template) => {
          const { subject, htmlBody, textBody } = notify[template]
          const email: NotifyEmailType = { Subject: subject }
          if (htmlBody) email.HtmlBody = htmlBody
          if (textBody) email.TextBody = textBody
          return [TEMPLATE_KEY[template], email]
        })
      )
      request.AccountTakeoverRiskConfiguration.NotifyConfiguration = {
        SourceArn: notify.sourceArn,
        ...(notify.from ? { From: notify.from } : {}),
        ...(notify.replyTo ? { ReplyTo: notify.replyTo } : {}),
        ...emails
      }
    }
  }
  return request
}

export async function getRiskConfiguration(
  idp: Idp,
  poolId: string,
  clientId?: string
): Promise<RiskConfiguration> {
  const { RiskConfiguration: config } = await idp.send(
    new DescribeRiskConfigurationCommand({ UserPoolId: poolId, ...(clientId ? { ClientId: clientId } : {}) })
  )
  const result: RiskConfiguration = {
    poolId,
    appliesTo: clientId && config?.ClientId === clientId ? 'client' : 'pool',
    settings: settingsOf(config)
  }
  if (clientId) result.clientId = clientId
  if (config?.LastModifiedDate) result.lastModified = config.LastModifiedDate.toISOString()
  return result
}

/** The English sentence of a refused setting; the renderer words the same code itself. */
function refusal(problem: ThreatProtectionProblem): AppError {
  const options = { params: { reason: problem.code, field: problem.field, ...problem.params } }
  const sentence: Record<ThreatProtectionProblem['code'], string> = {
    ipInvalid: 'An IP range is not in CIDR notation.',
    ipHostBits: 'An IP range has host bits set.',
    ipTooMany: 'A risk exception list holds too many ranges.',
    ipInBoth: 'The same range is both always allowed and always blocked.',
    notifySourceRequired: 'Notifying users needs an SES identity to send from.',
    subjectRequired: 'A notification email needs a subject.',
    emailInvalid: 'A notification address is not an email address.',
    arnMalformed: 'The SES identity ARN is not valid.',
    arnOtherRegion: 'The SES identity is in another Region than the pool.'
  }
  return new AppError('VALIDATION', sentence[problem.code], {
    ...options,
    hint: 'Correct the field named in the form and review again.'
  })
}

export async function setRiskConfiguration(
  idp: Idp,
  req: { poolId: string; clientId?: string | undefined; settings: RiskSettings }
): Promise<RiskConfiguration> {
  const problem = threatProtectionProblems(req.settings, regionOfPool(req.poolId))[0]
  if (problem) throw refusal(problem)
  await idp.send(
    new SetRiskConfigurationCommand({
      UserPoolId: req.poolId,
      ...(req.clientId ? { ClientId: req.clientId } : {}),
      ...requestOf(req.settings)
    })
  )
  return getRiskConfiguration(idp, req.poolId, req.clientId)
}

/**
 * Removes the pool's risk configuration, or a client's own (which then follows the pool's again):
 * Cognito deletes it when every configuration is left out.
 */
export async function deleteRiskConfiguration(idp: Idp, poolId: string, clientId?: string): Promise<void> {
  await idp.send(
    new SetRiskConfigurationCommand({ UserPoolId: poolId, ...(clientId ? { ClientId: clientId } : {}) })
  )
}

/** The pool-wide settings as a pool snapshot keeps them (SetRiskConfiguration's fields), null when none. */
export function riskSectionOf(
  settings: RiskSettings
): Omit<SetRiskConfigurationRequest, 'UserPoolId'> | null {
  const { compromisedCredentials, accountTakeover, exceptions } = settings
  const configured =
    compromisedCredentials !== null ||
    accountTakeover !== null ||
    exceptions.alwaysAllow.length > 0 ||
    exceptions.alwaysBlock.length > 0
  return configured ? requestOf(settings) : null
}

/** Turns threat protection off, to audit only, or to full function, keeping every other setting of the pool. */
export async function setSecurityMode(
  idp: Idp,
  poolId: string,
  mode: SecurityMode
): Promise<{ poolId: string; mode: string }> {
  const pool = await describeUserPool(idp, poolId)
  const problem = securityModeProblem(mode, pool.UserPoolTier)
  if (problem)
    throw new AppError(
      'PRECONDITION',
      `Threat protection needs the Plus feature plan; this pool is on ${problem.params.plan}.`,
      {
        params: { reason: problem.code, ...problem.params },
        hint: 'Choose the Plus plan on the pool’s overview (Sign-in policy), then turn threat protection on.'
      }
    )
  const request = updateRequestFrom(pool)
  request.UserPoolAddOns = { ...pool.UserPoolAddOns, AdvancedSecurityMode: mode }
  await idp.send(new UpdateUserPoolCommand(request))
  const after = await describeUserPool(idp, poolId)
  return { poolId, mode: after.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF' }
}
