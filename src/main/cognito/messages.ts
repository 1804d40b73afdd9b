import {
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UserPoolType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError } from '@shared/errors'
import { regionOfPool } from '@shared/arns'
import type { PoolMessages } from '@shared/contract/messages'
import {
  DEFAULT_EMAIL_DAILY_LIMIT,
  messageProblems,
  type EmailSender,
  type MessageProblem,
  type MessageSettings
} from '@shared/messages'
import { describeUserPool, updateRequestFrom } from './pools'

/** The settings as the form edits them: every field a string, empty where the pool leaves it unset. */
function settingsOf(pool: UserPoolType): MessageSettings {
  const template = pool.VerificationMessageTemplate ?? {}
  const invite = pool.AdminCreateUserConfig?.InviteMessageTemplate ?? {}
  const email = pool.EmailConfiguration ?? {}
  return {
    verification: {
      option: template.DefaultEmailOption ?? 'CONFIRM_WITH_CODE',
      emailSubject: template.EmailSubject ?? pool.EmailVerificationSubject ?? '',
      emailMessage: template.EmailMessage ?? pool.EmailVerificationMessage ?? '',
      emailSubjectByLink: template.EmailSubjectByLink ?? '',
      emailMessageByLink: template.EmailMessageByLink ?? '',
      sms: template.SmsMessage ?? pool.SmsVerificationMessage ?? ''
    },
    invitation: {
      emailSubject: invite.EmailSubject ?? '',
      emailMessage: invite.EmailMessage ?? '',
      sms: invite.SMSMessage ?? ''
    },
    mfaSms: pool.SmsAuthenticationMessage ?? '',
    email: {
      sender: (email.EmailSendingAccount as EmailSender | undefined) ?? 'COGNITO_DEFAULT',
      sourceArn: email.SourceArn ?? '',
      from: email.From ?? '',
      replyTo: email.ReplyToEmailAddress ?? '',
      configurationSet: email.ConfigurationSet ?? ''
    },
    sms: {
      snsCallerArn: pool.SmsConfiguration?.SnsCallerArn ?? '',
      externalId: pool.SmsConfiguration?.ExternalId ?? ''
    }
  }
}

function messagesOf(pool: UserPoolType): PoolMessages {
  const poolId = pool.Id ?? ''
  const settings = settingsOf(pool)
  return {
    poolId,
    region: regionOfPool(poolId),
    settings,
    ...(settings.email.sender === 'COGNITO_DEFAULT' ? { emailDailyLimit: DEFAULT_EMAIL_DAILY_LIMIT } : {}),
    ...(pool.UserPoolTier ? { tier: pool.UserPoolTier } : {})
  }
}

export async function getMessages(idp: CognitoIdentityProviderClient, poolId: string): Promise<PoolMessages> {
  return messagesOf(await describeUserPool(idp, poolId))
}

/** An empty field is left out, so Cognito keeps (or falls back to) its own default text. */
const given = (value: string): string | undefined => (value === '' ? undefined : value)

const FIELD_NAMES: Record<string, string> = {
  'verification.emailMessage': 'verification email',
  'verification.emailMessageByLink': 'verification email (link)',
  'verification.sms': 'verification SMS',
  'invitation.emailMessage': 'invitation email',
  'invitation.sms': 'invitation SMS',
  mfaSms: 'MFA SMS'
}

/** The English sentence of a refused setting; the renderer words the same code itself. */
function refusal(problem: MessageProblem): AppError {
  const options = { params: { reason: problem.code, field: problem.field } }
  const name = FIELD_NAMES[problem.field] ?? problem.field
  switch (problem.code) {
    case 'placeholderMissing':
      return new AppError('VALIDATION', `The ${name} lacks ${problem.params.placeholder}.`, {
        ...options,
        hint: `Add ${problem.params.placeholder} where the value should appear.`
      })
    case 'tooShort':
      return new AppError('VALIDATION', `The ${name} is shorter than ${problem.params.min} characters.`, {
        ...options,
        hint: 'Write the whole message, or leave it empty for Cognito’s default.'
      })
    case 'sesIdentityRequired':
      return new AppError('VALIDATION', 'Sending through SES needs a verified SES identity.', {
        ...options,
        hint: 'Enter the ARN of the SES identity (address or domain) the email comes from.'
      })
    case 'sesOnly':
      return new AppError('VALIDATION', 'A configuration set applies only when SES sends the email.', {
        ...options,
        hint: 'Choose SES as the sender, or leave the configuration set empty.'
      })
    case 'emailInvalid':
      return new AppError('VALIDATION', 'That is not an email address.', {
        ...options,
        hint: 'Write it as name@example.com or Name <name@example.com>.'
      })
    case 'roleInvalid':
      return new AppError('VALIDATION', 'The SMS role is not an IAM role ARN.', {
        ...options,
        hint: 'Use arn:aws:iam::123456789012:role/CognitoSms.'
      })
    case 'roleRequired':
      return new AppError('VALIDATION', 'An external ID belongs to an SMS role.', {
        ...options,
        hint: 'Enter the role ARN too, or leave the external ID empty.'
      })
    case 'arnMalformed':
      return new AppError('VALIDATION', 'That is not an SES identity ARN.', {
        ...options,
        hint: `Use the full ARN, e.g. ${problem.params.example}.`
      })
    case 'arnOtherRegion':
      return new AppError(
        'VALIDATION',
        `The SES identity is in ${problem.params.region}; the pool is in ${problem.params.expected}.`,
        { ...options, hint: `Verify the identity in SES in ${problem.params.expected} and use that ARN.` }
      )
  }
}

/** Writes the messages and senders; every other pool setting is sent back as it was. */
export async function setMessages(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  settings: MessageSettings
): Promise<PoolMessages> {
  const problem = messageProblems(settings, regionOfPool(poolId))[0]
  if (problem) throw refusal(problem)
  const pool = await describeUserPool(idp, poolId)
  const { verification: v, invitation: i, email: e, sms } = settings
  const request = updateRequestFrom(pool)
  // The older top-level fields must agree with the template, or Cognito refuses the update.
  request.EmailVerificationSubject = given(v.emailSubject)
  request.EmailVerificationMessage = given(v.emailMessage)
  request.SmsVerificationMessage = given(v.sms)
  request.VerificationMessageTemplate = {
    DefaultEmailOption: v.option,
    EmailSubject: given(v.emailSubject),
    EmailMessage: given(v.emailMessage),
    EmailSubjectByLink: given(v.emailSubjectByLink),
    EmailMessageByLink: given(v.emailMessageByLink),
    SmsMessage: given(v.sms)
  }
  request.AdminCreateUserConfig = {
    ...request.AdminCreateUserConfig,
    InviteMessageTemplate: {
      EmailSubject: given(i.emailSubject),
      EmailMessage: given(i.emailMessage),
      SMSMessage: given(i.sms)
    }
  }
  request.SmsAuthenticationMessage = given(settings.mfaSms)
  request.EmailConfiguration = {
    EmailSendingAccount: e.sender,
    SourceArn: given(e.sourceArn),
    From: given(e.from),
    ReplyToEmailAddress: given(e.replyTo),
    ConfigurationSet: e.sender === 'DEVELOPER' ? given(e.configurationSet) : undefined
  }
  request.SmsConfiguration = sms.snsCallerArn
    ? {
        SnsCallerArn: sms.snsCallerArn,
        ExternalId: given(sms.externalId),
        SnsRegion: pool.SmsConfiguration?.SnsRegion
      }
    : undefined
  await idp.send(new UpdateUserPoolCommand(request))
  return getMessages(idp, poolId)
}
