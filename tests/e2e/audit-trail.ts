import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestInfo } from '@playwright/test'
import { listChannels } from '@shared/contract'
import type { Harness } from '../support/harness'

/** Where every E2E test leaves its audit log, for the scan that runs after the suites. */
export const AUDIT_DIR = join(import.meta.dirname, '../../test-results/audit')

export interface CommandCall {
  channel: string
  ok: boolean
  code?: string
}

const COMMANDS = new Set(
  listChannels()
    .filter((c) => c.channel.kind === 'command')
    .map((c) => c.name as string)
)

/** Notes every call of a `command` channel (a change in AWS) that goes through the router. */
export function watchCommands(harness: Harness): CommandCall[] {
  const calls: CommandCall[] = []
  const dispatch = harness.router.dispatch.bind(harness.router)
  harness.router.dispatch = async (channel, payload, sender) => {
    const result = await dispatch(channel, payload, sender)
    if (COMMANDS.has(channel)) {
      calls.push(result.ok ? { channel, ok: true } : { channel, ok: false, code: result.error.code })
    }
    return result
  }
  return calls
}

/** Copies the test's audit log and its command calls into the run-wide folder. */
export async function keepAuditLog(
  harness: Harness,
  testInfo: TestInfo,
  calls: CommandCall[]
): Promise<void> {
  await harness.ctx.audit.flush()
  mkdirSync(AUDIT_DIR, { recursive: true })
  const name = `${testInfo.titlePath
    .join(' - ')
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 150)}-${testInfo.testId}`
  if (existsSync(harness.ctx.audit.log.file))
    copyFileSync(harness.ctx.audit.log.file, join(AUDIT_DIR, `${name}.jsonl`))
  writeFileSync(join(AUDIT_DIR, `${name}.calls.json`), JSON.stringify(calls))
}
