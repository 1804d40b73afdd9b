import { z } from 'zod'
import { command, query } from './define'
import { strict, text, userPoolIdSchema } from '../schemas'
import { TRIGGER_KINDS, type TriggerKind } from '../triggers'

/** Whether the function's resource policy lets the pool invoke it. */
export type InvokePermission =
  | { state: 'granted' }
  | { state: 'missing' }
  /** The policy could not be read (another account, no lambda:GetPolicy): the reason, in English. */
  | { state: 'unknown'; reason: string }

export interface TriggerInfo {
  kind: TriggerKind
  functionArn: string
  lambdaVersion?: string
  permission: InvokePermission
  /** The resource-policy statement that grants it, as JSON, and the same as an AWS CLI command. */
  statement: string
  cli: string
}

export interface PoolTriggers {
  poolId: string
  poolArn: string
  region: string
  /** The triggers that are set; a kind not listed is not set. */
  triggers: TriggerInfo[]
  /** The KMS key both custom senders decrypt codes with. */
  kmsKeyArn?: string
}

export interface LambdaFunctionSummary {
  arn: string
  name: string
  runtime?: string
  description?: string
}

/** The account's functions, or why they cannot be listed (the ARN can still be typed). */
export type FunctionList =
  { available: true; functions: LambdaFunctionSummary[] } | { available: false; reason: string }

const poolRef = strict({ poolId: userPoolIdSchema })
const kind = z.enum(TRIGGER_KINDS)

export const triggersContract = {
  /** The pool's triggers, each with the invoke permission checked where the policy is readable. */
  list: query(poolRef).returns<PoolTriggers>(),
  /** Lambda functions of the connection's account and Region (ListFunctions), for picking one. */
  functions: query(strict({})).returns<FunctionList>(),
  /** Sets one trigger and keeps every other pool setting as it is. */
  set: command(
    strict({
      poolId: userPoolIdSchema,
      kind,
      functionArn: text(2048, 1),
      lambdaVersion: text(8).optional(),
      kmsKeyArn: text(2048).optional()
    })
  ).returns<PoolTriggers>(),
  /** Removes one trigger; the pool stops calling the function at that point. */
  remove: command(strict({ poolId: userPoolIdSchema, kind })).returns<PoolTriggers>()
}
