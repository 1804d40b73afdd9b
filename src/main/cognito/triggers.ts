import {
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type LambdaConfigType,
  type UserPoolType
} from '@aws-sdk/client-cognito-identity-provider'
import { GetPolicyCommand, paginateListFunctions, type LambdaClient } from '@aws-sdk/client-lambda'
import { AppError } from '@shared/errors'
import { regionOfPool } from '@shared/arns'
import type {
  FunctionList,
  InvokePermission,
  LambdaFunctionSummary,
  PoolTriggers,
  TriggerInfo
} from '@shared/contract/triggers'
import {
  TRIGGER_KEYS,
  TRIGGER_KINDS,
  TRIGGER_VERSIONS,
  addPermissionCommand,
  invokeStatement,
  needsKmsKey,
  policyAllowsPool,
  triggerProblems,
  type TriggerInput,
  type TriggerKind,
  type TriggerProblem
} from '@shared/triggers'
import { toAppError } from '../aws/errors'
import { describeUserPool, optionalRead, updateRequestFrom } from './pools'

/** A trigger's function ARN and event version, whichever form LambdaConfig holds it in. */
function triggerOf(config: LambdaConfigType, kind: TriggerKind): { arn: string; version?: string } | null {
  const value = config[TRIGGER_KEYS[kind]]
  // Most triggers are a bare function ARN; only the versioned ones are an object.
  if (typeof value === 'string' && value) return { arn: value }
  if (typeof value === 'object' && value.LambdaArn)
    return { arn: value.LambdaArn, ...(value.LambdaVersion ? { version: value.LambdaVersion } : {}) }
  // Pools set up before event versions keep the pre token generation function in the older field.
  if (kind === 'preTokenGeneration' && config.PreTokenGeneration)
    return { arn: config.PreTokenGeneration, version: 'V1_0' }
  return null
}

async function invokePermission(
  lambda: LambdaClient,
  functionArn: string,
  poolArn: string
): Promise<InvokePermission> {
  try {
    const { Policy } = await lambda.send(new GetPolicyCommand({ FunctionName: functionArn }))
    return { state: Policy && policyAllowsPool(Policy, poolArn) ? 'granted' : 'missing' }
  } catch (error) {
    // A function without any resource policy answers ResourceNotFoundException.
    if ((error as { name?: string }).name === 'ResourceNotFoundException') return { state: 'missing' }
    const shape = toAppError(error)
    return { state: 'unknown', reason: `lambda:GetPolicy: ${shape.message}` }
  }
}

async function triggersOf(lambda: LambdaClient, pool: UserPoolType): Promise<PoolTriggers> {
  const poolId = pool.Id ?? ''
  const poolArn = pool.Arn ?? ''
  const config = pool.LambdaConfig ?? {}
  const set = TRIGGER_KINDS.flatMap((kind) => {
    const trigger = triggerOf(config, kind)
    return trigger ? [{ kind, ...trigger }] : []
  })
  // One policy read per function, however many triggers share it.
  const checks = new Map<string, Promise<InvokePermission>>()
  for (const { arn } of set) if (!checks.has(arn)) checks.set(arn, invokePermission(lambda, arn, poolArn))
  const triggers = await Promise.all(
    set.map(async ({ kind, arn, version }): Promise<TriggerInfo> => ({
      kind,
      functionArn: arn,
      ...(version ? { lambdaVersion: version } : {}),
      permission: await (checks.get(arn) as Promise<InvokePermission>),
      statement: JSON.stringify(invokeStatement(arn, poolArn), null, 2),
      cli: addPermissionCommand(arn, poolArn)
    }))
  )
  return {
    poolId,
    poolArn,
    region: regionOfPool(poolId),
    triggers,
    ...(config.KMSKeyID ? { kmsKeyArn: config.KMSKeyID } : {})
  }
}

export async function listTriggers(
  idp: CognitoIdentityProviderClient,
  lambda: LambdaClient,
  poolId: string
): Promise<PoolTriggers> {
  return triggersOf(lambda, await describeUserPool(idp, poolId))
}

/** The account's functions in the connection's Region, by name. */
export async function listFunctions(lambda: LambdaClient): Promise<FunctionList> {
  const read = await optionalRead('lambda:ListFunctions', async () => {
    const functions: LambdaFunctionSummary[] = []
    for await (const page of paginateListFunctions({ client: lambda, pageSize: 50 }, {})) {
      for (const f of page.Functions ?? [])
        if (f.FunctionArn)
          functions.push({
            arn: f.FunctionArn,
            name: f.FunctionName ?? f.FunctionArn,
            ...(f.Runtime ? { runtime: f.Runtime } : {}),
            ...(f.Description ? { description: f.Description } : {})
          })
    }
    return functions.sort((a, b) => a.name.localeCompare(b.name))
  })
  return read.available
    ? { available: true, functions: read.value }
    : { available: false, reason: read.reason }
}

/** Writes LambdaConfig and keeps every other pool setting (UpdateUserPool resets what it is not given). */
async function writeLambdaConfig(
  idp: CognitoIdentityProviderClient,
  lambda: LambdaClient,
  pool: UserPoolType,
  config: LambdaConfigType
): Promise<PoolTriggers> {
  const request = updateRequestFrom(pool)
  request.LambdaConfig = config
  await idp.send(new UpdateUserPoolCommand(request))
  return listTriggers(idp, lambda, pool.Id ?? '')
}

/** The English sentence of a refused trigger; the renderer words the same code itself. */
function refusal(problem: TriggerProblem): AppError {
  const what = problem.field === 'kmsKeyArn' ? 'KMS key' : 'Lambda function'
  const options = { params: { reason: problem.code, field: problem.field } }
  switch (problem.code) {
    case 'arnMalformed':
      return new AppError('VALIDATION', `That is not a ${what} ARN.`, {
        ...options,
        hint: `Use the full ARN, e.g. ${problem.params.example}.`
      })
    case 'arnOtherRegion':
      return new AppError(
        'VALIDATION',
        `The ${what} is in ${problem.params.region}; the pool is in ${problem.params.expected}, and Cognito calls only its own Region.`,
        { ...options, hint: `Pick one in ${problem.params.expected}.` }
      )
    case 'kmsKeyRequired':
      return new AppError('VALIDATION', 'A custom sender needs a KMS key to encrypt the codes it receives.', {
        ...options,
        hint: 'Enter the ARN of a symmetric KMS key in the pool’s Region.'
      })
    case 'versionNotAccepted':
      return new AppError(
        'VALIDATION',
        `This trigger accepts the event versions ${problem.params.versions}.`,
        {
          ...options,
          hint: 'Choose one of those versions.'
        }
      )
  }
}

export async function setTrigger(
  idp: CognitoIdentityProviderClient,
  lambda: LambdaClient,
  poolId: string,
  input: TriggerInput
): Promise<PoolTriggers> {
  const problem = triggerProblems(input, regionOfPool(poolId))[0]
  if (problem) throw refusal(problem)
  const pool = await describeUserPool(idp, poolId)
  const config: LambdaConfigType = { ...pool.LambdaConfig }
  const version = input.lambdaVersion ?? TRIGGER_VERSIONS[input.kind]?.[0]
  const key = TRIGGER_KEYS[input.kind]
  if (version) {
    Object.assign(config, { [key]: { LambdaArn: input.functionArn, LambdaVersion: version } })
    // Cognito refuses an older PreTokenGeneration that names another function than the versioned one.
    if (input.kind === 'preTokenGeneration') config.PreTokenGeneration = input.functionArn
  } else Object.assign(config, { [key]: input.functionArn })
  if (needsKmsKey(input.kind) && input.kmsKeyArn) config.KMSKeyID = input.kmsKeyArn
  return writeLambdaConfig(idp, lambda, pool, config)
}

export async function removeTrigger(
  idp: CognitoIdentityProviderClient,
  lambda: LambdaClient,
  poolId: string,
  kind: TriggerKind
): Promise<PoolTriggers> {
  const pool = await describeUserPool(idp, poolId)
  const config: LambdaConfigType = { ...pool.LambdaConfig }
  if (!triggerOf(config, kind))
    throw new AppError('NOT_FOUND', `The pool has no ${TRIGGER_KEYS[kind]} trigger.`, {
      hint: 'Reload the triggers: someone may have removed it already.'
    })
  delete config[TRIGGER_KEYS[kind]]
  if (kind === 'preTokenGeneration') delete config.PreTokenGeneration
  // The key is there for the custom senders only; with neither left it would be a stray setting.
  if (!config.CustomEmailSender && !config.CustomSMSSender) delete config.KMSKeyID
  return writeLambdaConfig(idp, lambda, pool, config)
}
