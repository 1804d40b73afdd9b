import { z } from 'zod'
import { checkRegionalArn, parseArn, type ArnProblem } from './arns'
import { emailSchema, iamRoleArnSchema, strict, text } from './schemas'

/**
 * The messages a user pool sends and who sends them: verification, invitation, MFA SMS, the email
 * sender (Cognito's default or SES) and the SMS role. The checks live here so the form, main and the
 * pool overview refuse the same templates for the same reason.
 */

export const VERIFICATION_OPTIONS = ['CONFIRM_WITH_CODE', 'CONFIRM_WITH_LINK'] as const
export const EMAIL_SENDERS = ['COGNITO_DEFAULT', 'DEVELOPER'] as const
export type EmailSender = (typeof EMAIL_SENDERS)[number]

/** Emails a day Cognito's own sender delivers for a pool (Cognito quotas page); SES lifts it. */
export const DEFAULT_EMAIL_DAILY_LIMIT = 50

/** Cognito's template limits: subjects 1-140, email bodies 6-20,000, SMS 6-140 characters. */
export const MESSAGE_LIMITS = { subject: 140, email: 20_000, sms: 140 } as const

export const CODE = '{####}'
export const USERNAME = '{username}'
/** A verification link is written `{##Click here##}`; the text between the marks is free. */
const LINK = /\{##[^#]+##\}/

const optional = (max: number) => text(max).default('')

export const messageSettingsSchema = strict({
  verification: strict({
    option: z.enum(VERIFICATION_OPTIONS),
    emailSubject: optional(MESSAGE_LIMITS.subject),
    emailMessage: optional(MESSAGE_LIMITS.email),
    emailSubjectByLink: optional(MESSAGE_LIMITS.subject),
    emailMessageByLink: optional(MESSAGE_LIMITS.email),
    sms: optional(MESSAGE_LIMITS.sms)
  }),
  invitation: strict({
    emailSubject: optional(MESSAGE_LIMITS.subject),
    emailMessage: optional(MESSAGE_LIMITS.email),
    sms: optional(MESSAGE_LIMITS.sms)
  }),
  mfaSms: optional(MESSAGE_LIMITS.sms),
  email: strict({
    sender: z.enum(EMAIL_SENDERS),
    sourceArn: optional(2048),
    from: optional(512),
    replyTo: optional(2048),
    configurationSet: optional(64)
  }),
  sms: strict({
    snsCallerArn: optional(2048),
    externalId: optional(1224)
  })
})
export type MessageSettings = z.infer<typeof messageSettingsSchema>

/** A field of the settings, as `section.key` (or `mfaSms`). */
export type MessageField =
  | `verification.${keyof MessageSettings['verification']}`
  | `invitation.${keyof MessageSettings['invitation']}`
  | 'mfaSms'
  | `email.${keyof MessageSettings['email']}`
  | `sms.${keyof MessageSettings['sms']}`

/** Why settings cannot be saved; the screens word each code, `params` fill in the specifics. */
export type MessageProblem =
  | { field: MessageField; code: 'placeholderMissing'; params: { placeholder: string } }
  | { field: MessageField; code: 'tooShort'; params: { min: number } }
  | { field: 'email.sourceArn'; code: 'sesIdentityRequired'; params: Record<string, never> }
  | { field: 'email.configurationSet'; code: 'sesOnly'; params: Record<string, never> }
  | { field: 'email.from' | 'email.replyTo'; code: 'emailInvalid'; params: Record<string, never> }
  | { field: 'sms.snsCallerArn'; code: 'roleInvalid'; params: Record<string, never> }
  | { field: 'sms.externalId'; code: 'roleRequired'; params: Record<string, never> }
  | (ArnProblem & { field: 'email.sourceArn' })

/** A placeholder an invitation template lacks: without it the user cannot learn a credential. */
export type InvitationProblem =
  'emailMissingCode' | 'emailMissingUsername' | 'smsMissingCode' | 'smsMissingUsername'

/** Placeholders an invitation lacks: without `{####}` the user never learns the temporary password. */
export function invitationProblems(template: {
  EmailMessage?: string | undefined
  SMSMessage?: string | undefined
}): InvitationProblem[] {
  const problems: InvitationProblem[] = []
  if (template.EmailMessage) {
    if (!template.EmailMessage.includes(CODE)) problems.push('emailMissingCode')
    if (!template.EmailMessage.includes(USERNAME)) problems.push('emailMissingUsername')
  }
  if (template.SMSMessage) {
    if (!template.SMSMessage.includes(CODE)) problems.push('smsMissingCode')
    if (!template.SMSMessage.includes(USERNAME)) problems.push('smsMissingUsername')
  }
  return problems
}

const SES_EXAMPLE = 'arn:aws:ses:REGION:123456789012:identity/no-reply@example.com'
/** `Name <address>` or a bare address, as SES accepts in From. */
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/

function isAddress(value: string): boolean {
  const address = NAMED_ADDRESS.exec(value)?.[1] ?? value
  return emailSchema.safeParse(address.trim()).success
}

/** What keeps the settings from being saved on a pool in `region`; empty when they can be saved. */
export function messageProblems(settings: MessageSettings, region: string): MessageProblem[] {
  const problems: MessageProblem[] = []
  const need = (field: MessageField, value: string, placeholder: string | RegExp, shown: string) => {
    if (!value) return
    const found = typeof placeholder === 'string' ? value.includes(placeholder) : placeholder.test(value)
    if (!found) problems.push({ field, code: 'placeholderMissing', params: { placeholder: shown } })
  }
  const atLeast6 = (field: MessageField, value: string) => {
    if (value && value.length < 6) problems.push({ field, code: 'tooShort', params: { min: 6 } })
  }
  const { verification, invitation, email, sms } = settings

  need('verification.emailMessage', verification.emailMessage, CODE, CODE)
  need('verification.emailMessageByLink', verification.emailMessageByLink, LINK, '{##Verify email##}')
  need('verification.sms', verification.sms, CODE, CODE)
  need('invitation.emailMessage', invitation.emailMessage, USERNAME, USERNAME)
  need('invitation.emailMessage', invitation.emailMessage, CODE, CODE)
  need('invitation.sms', invitation.sms, USERNAME, USERNAME)
  need('invitation.sms', invitation.sms, CODE, CODE)
  need('mfaSms', settings.mfaSms, CODE, CODE)
  for (const [field, value] of [
    ['verification.emailMessage', verification.emailMessage],
    ['verification.emailMessageByLink', verification.emailMessageByLink],
    ['verification.sms', verification.sms],
    ['invitation.emailMessage', invitation.emailMessage],
    ['invitation.sms', invitation.sms],
    ['mfaSms', settings.mfaSms]
  ] as const)
    atLeast6(field, value)

  if (email.sender === 'DEVELOPER' && !email.sourceArn)
    problems.push({ field: 'email.sourceArn', code: 'sesIdentityRequired', params: {} })
  if (email.sourceArn) {
    const arn = checkRegionalArn(email.sourceArn, {
      service: 'ses',
      resource: /^identity\/.+$/,
      region,
      example: SES_EXAMPLE.replace('REGION', region)
    })
    if (arn) problems.push({ ...arn, field: 'email.sourceArn' })
  }
  if (email.configurationSet && email.sender !== 'DEVELOPER')
    problems.push({ field: 'email.configurationSet', code: 'sesOnly', params: {} })
  for (const field of ['from', 'replyTo'] as const)
    if (email[field] && !isAddress(email[field]))
      problems.push({ field: `email.${field}`, code: 'emailInvalid', params: {} })

  if (sms.snsCallerArn && !iamRoleArnSchema.safeParse(sms.snsCallerArn).success)
    problems.push({ field: 'sms.snsCallerArn', code: 'roleInvalid', params: {} })
  if (sms.externalId && !sms.snsCallerArn)
    problems.push({ field: 'sms.externalId', code: 'roleRequired', params: {} })
  return problems
}

/** The SES identity's address or domain, for the sender summary (`identity/no-reply@example.com`). */
export function sesIdentityName(sourceArn: string): string {
  return parseArn(sourceArn)?.resource.replace(/^identity\//, '') ?? sourceArn
}

/** Sample values a preview fills the placeholders with. */
export function fillSample(template: string, sample: { username: string; code: string }): string {
  return template
    .replaceAll(USERNAME, sample.username)
    .replaceAll(CODE, sample.code)
    .replace(new RegExp(LINK.source, 'g'), (mark) => `<a href="#">${mark.slice(3, -3)}</a>`)
}
