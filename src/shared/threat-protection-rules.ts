import { z } from 'zod'
import { checkRegionalArn, type ArnProblem } from './arns'

/**
 * Threat protection settings (SetRiskConfiguration) as the console edits them, and the checks Cognito
 * would make, done once here so the form and main refuse the same values for the same reason.
 */

export const COMPROMISED_EVENTS = ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'] as const
export const COMPROMISED_ACTIONS = ['BLOCK', 'NO_ACTION'] as const
export const TAKEOVER_ACTIONS = ['NO_ACTION', 'MFA_IF_CONFIGURED', 'MFA_REQUIRED', 'BLOCK'] as const
export const RISK_LEVELS = ['low', 'medium', 'high'] as const
export const NOTIFY_TEMPLATES = ['block', 'noAction', 'mfa'] as const
export const IP_LISTS = ['alwaysAllow', 'alwaysBlock'] as const
/** Cognito's ceiling for each risk exception list. */
export const MAX_IP_RANGES = 200
/** UserPoolAddOns.AdvancedSecurityMode: off, audit only (risks logged, no action), or full function. */
export const SECURITY_MODES = ['OFF', 'AUDIT', 'ENFORCED'] as const
export type SecurityMode = (typeof SECURITY_MODES)[number]

/** Why a pool on `plan` cannot be put in `mode`: threat protection needs the Plus plan (an unknown plan is left to Cognito). */
export function securityModeProblem(
  mode: SecurityMode,
  plan: string | undefined
): { code: 'modeNeedsPlus'; params: { mode: string; plan: string } } | null {
  if (mode === 'OFF' || plan === undefined || plan === 'PLUS') return null
  return { code: 'modeNeedsPlus', params: { mode, plan } }
}

export type RiskLevel = (typeof RISK_LEVELS)[number]
export type NotifyTemplate = (typeof NOTIFY_TEMPLATES)[number]
export type IpList = (typeof IP_LISTS)[number]

const line = (max: number) => z.string().max(max)
const notifyEmailSchema = z.strictObject({
  subject: line(340),
  htmlBody: line(20000),
  textBody: line(20000)
})
const takeoverActionSchema = z.strictObject({
  notify: z.boolean(),
  eventAction: z.enum(TAKEOVER_ACTIONS)
})

/** Everything of a risk configuration; `null` parts are not configured (Cognito's defaults apply). */
export const riskSettingsSchema = z.strictObject({
  compromisedCredentials: z
    .strictObject({
      eventAction: z.enum(COMPROMISED_ACTIONS),
      events: z.array(z.enum(COMPROMISED_EVENTS)).max(COMPROMISED_EVENTS.length)
    })
    .nullable(),
  accountTakeover: z
    .strictObject({
      actions: z.strictObject({
        low: takeoverActionSchema,
        medium: takeoverActionSchema,
        high: takeoverActionSchema
      }),
      notify: z.strictObject({
        sourceArn: line(2048),
        from: line(2048),
        replyTo: line(2048),
        block: notifyEmailSchema,
        noAction: notifyEmailSchema,
        mfa: notifyEmailSchema
      })
    })
    .nullable(),
  // One over the limit still passes the schema, so the refusal names the rule instead of a size.
  exceptions: z.strictObject({
    alwaysAllow: z.array(line(64)).max(MAX_IP_RANGES + 1),
    alwaysBlock: z.array(line(64)).max(MAX_IP_RANGES + 1)
  })
})

export type RiskSettings = z.output<typeof riskSettingsSchema>
export type NotifyEmail = z.output<typeof notifyEmailSchema>
export type TakeoverAction = z.output<typeof takeoverActionSchema>

export type ThreatProtectionProblem =
  | { field: string; code: 'ipInvalid'; params: { list: IpList; value: string } }
  | { field: string; code: 'ipHostBits'; params: { list: IpList; value: string; network: string } }
  | { field: string; code: 'ipTooMany'; params: { list: IpList; max: number } }
  | { field: string; code: 'ipInBoth'; params: { value: string } }
  | { field: string; code: 'notifySourceRequired'; params: Record<string, never> }
  | { field: string; code: 'subjectRequired'; params: { template: NotifyTemplate } }
  | { field: string; code: 'emailInvalid'; params: { value: string } }
  | (ArnProblem & { field: string })

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

function ipv4Bits(address: string): bigint | null {
  const parts = address.split('.')
  if (parts.length !== 4) return null
  let bits = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null
    bits = (bits << 8n) | BigInt(part)
  }
  return bits
}

function ipv6Bits(address: string): bigint | null {
  const halves = address.split('::')
  if (halves.length > 2) return null
  const groups = (half: string | undefined) => (half ? half.split(':') : [])
  const head = groups(halves[0])
  const tail = groups(halves[1])
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  let bits = 0n
  for (const group of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null
    bits = (bits << 16n) | BigInt(`0x${group}`)
  }
  return bits
}

function ipv4Text(bits: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 255n)).join('.')
}

function ipv6Text(bits: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => ((bits >> s) & 0xffffn).toString(16))
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')
}

/**
 * A range in CIDR notation, IPv4 or IPv6: `invalid` when it is none, otherwise the network it names
 * (`10.0.0.0/24` for `10.0.0.7/24`), so a range with host bits set can be corrected to it.
 */
export function parseCidr(value: string): { network: string; hostBitsSet: boolean } | 'invalid' {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(value)
  if (!match) return 'invalid'
  const [, address = '', prefixText = ''] = match
  const v4 = ipv4Bits(address)
  const width = v4 !== null ? 32 : 128
  const bits = v4 ?? ipv6Bits(address)
  const prefix = Number(prefixText)
  if (bits === null || prefix > width) return 'invalid'
  const hostBits = BigInt(width - prefix)
  const network = (bits >> hostBits) << hostBits
  const text = v4 !== null ? ipv4Text(network) : ipv6Text(network)
  return { network: `${text}/${prefix}`, hostBitsSet: network !== bits }
}

/** What keeps the settings from being saved on a pool in `region`; empty when they can be saved. */
export function threatProtectionProblems(settings: RiskSettings, region: string): ThreatProtectionProblem[] {
  const problems: ThreatProtectionProblem[] = []
  for (const list of IP_LISTS) {
    const ranges = settings.exceptions[list]
    const field = `exceptions.${list}`
    if (ranges.length > MAX_IP_RANGES)
      problems.push({ field, code: 'ipTooMany', params: { list, max: MAX_IP_RANGES } })
    for (const value of ranges) {
      const parsed = parseCidr(value)
      if (parsed === 'invalid') problems.push({ field, code: 'ipInvalid', params: { list, value } })
      else if (parsed.hostBitsSet)
        problems.push({ field, code: 'ipHostBits', params: { list, value, network: parsed.network } })
    }
  }
  const blocked = new Set(settings.exceptions.alwaysBlock)
  for (const value of settings.exceptions.alwaysAllow)
    if (blocked.has(value))
      problems.push({ field: 'exceptions.alwaysBlock', code: 'ipInBoth', params: { value } })

  const takeover = settings.accountTakeover
  if (takeover) {
    const { notify } = takeover
    if (RISK_LEVELS.some((level) => takeover.actions[level].notify) && !notify.sourceArn)
      problems.push({ field: 'accountTakeover.notify.sourceArn', code: 'notifySourceRequired', params: {} })
    if (notify.sourceArn) {
      const arn = checkRegionalArn(notify.sourceArn, {
        service: 'ses',
        resource: /^identity\/.+$/,
        region,
        example: `arn:aws:ses:${region}:123456789012:identity/security@example.com`
      })
      if (arn) problems.push({ ...arn, field: 'accountTakeover.notify.sourceArn' })
    }
    for (const key of ['from', 'replyTo'] as const)
      if (notify[key] && !EMAIL.test(notify[key]))
        problems.push({
          field: `accountTakeover.notify.${key}`,
          code: 'emailInvalid',
          params: { value: notify[key] }
        })
    for (const template of NOTIFY_TEMPLATES) {
      const email = notify[template]
      if ((email.htmlBody || email.textBody) && !email.subject)
        problems.push({
          field: `accountTakeover.notify.${template}.subject`,
          code: 'subjectRequired',
          params: { template }
        })
    }
  }
  return problems
}

/** The lines of a text area as a list of ranges: trimmed, blank lines dropped. */
export function rangesOf(textValue: string): string[] {
  return textValue
    .split(/[\s,]+/)
    .map((value) => value.trim())
    .filter(Boolean)
}
