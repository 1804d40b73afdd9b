import { checkRegionalArn, parseArn, type ArnProblem } from './arns'

/**
 * Every Lambda trigger of a user pool, named as the screens and the contract name it; `key` is the
 * field of UpdateUserPool's LambdaConfig that holds it.
 */
export const TRIGGER_KINDS = [
  'preSignUp',
  'customMessage',
  'postConfirmation',
  'preAuthentication',
  'postAuthentication',
  'defineAuthChallenge',
  'createAuthChallenge',
  'verifyAuthChallengeResponse',
  'preTokenGeneration',
  'userMigration',
  'customEmailSender',
  'customSmsSender',
  'inboundFederation'
] as const
export type TriggerKind = (typeof TRIGGER_KINDS)[number]

export const TRIGGER_KEYS = {
  preSignUp: 'PreSignUp',
  customMessage: 'CustomMessage',
  postConfirmation: 'PostConfirmation',
  preAuthentication: 'PreAuthentication',
  postAuthentication: 'PostAuthentication',
  defineAuthChallenge: 'DefineAuthChallenge',
  createAuthChallenge: 'CreateAuthChallenge',
  verifyAuthChallengeResponse: 'VerifyAuthChallengeResponse',
  preTokenGeneration: 'PreTokenGenerationConfig',
  userMigration: 'UserMigration',
  customEmailSender: 'CustomEmailSender',
  customSmsSender: 'CustomSMSSender',
  inboundFederation: 'InboundFederation'
} as const satisfies Record<TriggerKind, string>

/** Event versions a trigger accepts, the first being what Cognito assumes when none is given. */
export const TRIGGER_VERSIONS: Partial<Record<TriggerKind, readonly string[]>> = {
  preTokenGeneration: ['V1_0', 'V2_0', 'V3_0'],
  customEmailSender: ['V1_0'],
  customSmsSender: ['V1_0'],
  inboundFederation: ['V1_0']
}

/** The custom senders receive codes encrypted with this one key, shared by both. */
export function needsKmsKey(kind: TriggerKind): boolean {
  return kind === 'customEmailSender' || kind === 'customSmsSender'
}

export interface TriggerInput {
  kind: TriggerKind
  functionArn: string
  lambdaVersion?: string | undefined
  kmsKeyArn?: string | undefined
}

export type TriggerProblem =
  | (ArnProblem & { field: 'functionArn' | 'kmsKeyArn' })
  | { code: 'kmsKeyRequired'; field: 'kmsKeyArn'; params: Record<string, never> }
  | { code: 'versionNotAccepted'; field: 'lambdaVersion'; params: { versions: string } }

const FUNCTION_EXAMPLE = 'arn:aws:lambda:REGION:123456789012:function:my-function'
const KEY_EXAMPLE = 'arn:aws:kms:REGION:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

/** What stops a trigger from being set on a pool in `region`; empty when it can be set. */
export function triggerProblems(input: TriggerInput, region: string): TriggerProblem[] {
  const problems: TriggerProblem[] = []
  const fn = checkRegionalArn(input.functionArn, {
    service: 'lambda',
    resource: /^function:[\w-]{1,64}(:[\w$-]{1,128})?$/,
    region,
    example: FUNCTION_EXAMPLE.replace('REGION', region)
  })
  if (fn) problems.push({ ...fn, field: 'functionArn' })
  const versions = TRIGGER_VERSIONS[input.kind]
  if (input.lambdaVersion !== undefined && !versions?.includes(input.lambdaVersion))
    problems.push({
      code: 'versionNotAccepted',
      field: 'lambdaVersion',
      params: { versions: versions?.join(', ') ?? '-' }
    })
  if (needsKmsKey(input.kind)) {
    if (!input.kmsKeyArn) problems.push({ code: 'kmsKeyRequired', field: 'kmsKeyArn', params: {} })
    else {
      const key = checkRegionalArn(input.kmsKeyArn, {
        service: 'kms',
        resource: /^(key|alias)\/[\w/-]{1,256}$/,
        region,
        example: KEY_EXAMPLE.replace('REGION', region)
      })
      if (key) problems.push({ ...key, field: 'kmsKeyArn' })
    }
  }
  return problems
}

const COGNITO_PRINCIPAL = 'cognito-idp.amazonaws.com'

/** The resource-policy statement that lets the pool, and only it, invoke the function. */
export function invokeStatement(functionArn: string, poolArn: string): Record<string, unknown> {
  return {
    Sid: `CognitoInvoke-${poolArn.split('/').pop() ?? 'pool'}`,
    Effect: 'Allow',
    Principal: { Service: COGNITO_PRINCIPAL },
    Action: 'lambda:InvokeFunction',
    Resource: functionArn,
    Condition: { ArnLike: { 'AWS:SourceArn': poolArn } }
  }
}

/** The same grant as an AWS CLI command, for people who add it from a terminal. */
export function addPermissionCommand(functionArn: string, poolArn: string): string {
  const sid = String(invokeStatement(functionArn, poolArn).Sid)
  return [
    'aws lambda add-permission',
    `--function-name ${functionArn}`,
    `--statement-id ${sid}`,
    '--action lambda:InvokeFunction',
    `--principal ${COGNITO_PRINCIPAL}`,
    `--source-arn ${poolArn}`
  ].join(' \\\n  ')
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

/** IAM's wildcard match: `*` any run of characters, `?` one. */
function wildcard(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`).test(value)
}

function principalIsCognito(principal: unknown): boolean {
  if (principal === '*') return true
  if (typeof principal !== 'object' || principal === null) return false
  const { Service, AWS } = principal as { Service?: unknown; AWS?: unknown }
  return list(Service).includes(COGNITO_PRINCIPAL) || list(AWS).includes('*')
}

function actionAllowsInvoke(action: unknown): boolean {
  return list(action).some(
    (a) => typeof a === 'string' && (a === '*' || wildcard(a.toLowerCase(), 'lambda:invokefunction'))
  )
}

/** Each condition key the statement tests must accept the pool's ARN or account. */
function conditionAllowsPool(condition: unknown, poolArn: string): boolean {
  if (condition === undefined) return true
  if (typeof condition !== 'object' || condition === null) return false
  const account = parseArn(poolArn)?.account ?? ''
  return Object.entries(condition as Record<string, unknown>).every(([operator, tests]) =>
    Object.entries((tests ?? {}) as Record<string, unknown>).every(([key, expected]) => {
      const values = list(expected).filter((v): v is string => typeof v === 'string')
      const name = key.toLowerCase()
      const actual = name === 'aws:sourcearn' ? poolArn : name === 'aws:sourceaccount' ? account : undefined
      if (actual === undefined) return false
      return /like$/i.test(operator)
        ? values.some((v) => wildcard(v, actual))
        : values.some((v) => v === actual)
    })
  )
}

/** Whether a function's resource policy (GetPolicy's JSON) lets Cognito invoke it for this pool. */
export function policyAllowsPool(policy: string, poolArn: string): boolean {
  let document: { Statement?: unknown }
  try {
    document = JSON.parse(policy) as { Statement?: unknown }
  } catch {
    return false
  }
  return list(document.Statement).some((s) => {
    if (typeof s !== 'object' || s === null) return false
    const statement = s as Record<string, unknown>
    return (
      statement.Effect === 'Allow' &&
      principalIsCognito(statement.Principal) &&
      actionAllowsInvoke(statement.Action) &&
      conditionAllowsPool(statement.Condition, poolArn)
    )
  })
}
