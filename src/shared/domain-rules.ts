import { checkCertificateArn, type ArnProblem } from './arns'

/**
 * Rules for a user pool's domain, run by the form as the person types and by main before any call
 * (an emulator accepts any domain). Reason codes with parameters; the renderer words them.
 */

export type DomainKind = 'prefix' | 'custom'

export interface DomainInput {
  kind: DomainKind
  domain: string
  certificateArn?: string | undefined
}

/** Words Cognito refuses anywhere in a prefix domain. */
export const RESERVED_PREFIX_WORDS = ['aws', 'amazon', 'cognito'] as const

export type DomainProblem =
  | { code: 'prefixFormat' }
  | { code: 'prefixReserved'; word: string }
  | { code: 'customFormat' }
  | { code: 'certificateMissing' }
  | ArnProblem

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

function isFqdn(domain: string): boolean {
  const labels = domain.split('.')
  return domain.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l))
}

export function domainProblems(input: DomainInput): DomainProblem[] {
  const domain = input.domain.trim()
  if (input.kind === 'prefix') {
    if (!PREFIX.test(domain)) return [{ code: 'prefixFormat' }]
    const word = RESERVED_PREFIX_WORDS.find((w) => domain.includes(w))
    return word ? [{ code: 'prefixReserved', word }] : []
  }
  const problems: DomainProblem[] = isFqdn(domain) ? [] : [{ code: 'customFormat' }]
  const arn = input.certificateArn?.trim()
  if (!arn) problems.push({ code: 'certificateMissing' })
  else {
    const problem = checkCertificateArn(arn)
    if (problem) problems.push(problem)
  }
  return problems
}
