import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditEntry } from '@shared/contract/audit'
import { DEMO_PASSWORD, DEMO_TEMP_PASSWORD } from '../../scripts/seed'
import { AUDIT_DIR, type CommandCall } from './audit-trail'
import { expect, test } from './fixtures'

/**
 * Runs after the other E2E files (they run in file-name order, one worker): reads the audit log each
 * test left in test-results/audit/ and checks that the writes were recorded and no secret was.
 */
test.use({ connection: 'none' })

const JWT = /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]*/
/**
 * A secret-named field whose value is not the redaction marker (token lifetimes' units aside): the
 * admin API's, and the sign-in lab's (challenge answers and codes, SRP values, RevokeToken's Token).
 */
const UNREDACTED = new RegExp(
  `"(${[
    'Password',
    'TemporaryPassword',
    'ProposedPassword',
    'PreviousPassword',
    'ClientSecret',
    'SecretHash',
    'SECRET_HASH',
    'PASSWORD',
    'NEW_PASSWORD',
    'Session',
    'AccessToken',
    'RefreshToken',
    'IdToken',
    'REFRESH_TOKEN',
    'Token',
    'SecretKey',
    'SessionToken',
    'ANSWER',
    'SMS_OTP_CODE',
    'EMAIL_OTP_CODE',
    'SMS_MFA_CODE',
    'SOFTWARE_TOKEN_MFA_CODE',
    'ConfirmationCode',
    'UserCode',
    'Code',
    'SRP_A',
    'PASSWORD_CLAIM_SIGNATURE',
    'PASSWORD_CLAIM_SECRET_BLOCK',
    'CREDENTIAL'
  ].join('|')})":"(?!\\[redacted\\]"|seconds"|minutes"|hours"|days")`
)

test('the audit logs of the E2E suites record their writes and hold no secret', async () => {
  const files = existsSync(AUDIT_DIR) ? readdirSync(AUDIT_DIR) : []
  const tests = files.filter((f) => f.endsWith('.calls.json')).map((f) => f.slice(0, -'.calls.json'.length))
  test.skip(tests.length < 2, 'Run with the other E2E files: this spec scans the audit logs they leave.')

  let records = 0
  let writes = 0
  const problems: string[] = []
  for (const name of tests) {
    const calls = JSON.parse(readFileSync(join(AUDIT_DIR, `${name}.calls.json`), 'utf8')) as CommandCall[]
    const logFile = join(AUDIT_DIR, `${name}.jsonl`)
    const raw = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
    const entries = raw
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AuditEntry)
    records += entries.length

    for (const secret of [DEMO_PASSWORD, DEMO_TEMP_PASSWORD, 'motoTestSecretKey']) {
      if (raw.includes(secret)) problems.push(`${name}: contains a password or key used by the suites`)
    }
    if (JWT.test(raw)) problems.push(`${name}: contains a token`)
    const leak = UNREDACTED.exec(raw)
    if (leak) problems.push(`${name}: ${leak[1]} is not redacted`)

    // Sign-in steps (auth:*) change nothing unless a challenge sets a password, so they are not counted.
    const changed = calls.filter((c) => c.ok && !c.channel.startsWith('auth:'))
    writes += changed.length
    const recordedOk = entries.filter((e) => e.result === 'ok').length
    if (recordedOk < changed.length) {
      problems.push(`${name}: ${changed.length} successful change(s), ${recordedOk} recorded`)
    }
    const refusals = calls.filter((c) => c.code === 'READ_ONLY').length
    const recordedRefusals = entries.filter((e) => e.error?.code === 'READ_ONLY').length
    if (recordedRefusals < refusals) {
      problems.push(`${name}: ${refusals} read-only refusal(s), ${recordedRefusals} recorded`)
    }
  }
  console.warn(
    `Audit scan: ${tests.length} E2E tests, ${writes} successful changes through command channels, ${records} audit records, ${problems.length} problems`
  )
  expect(problems).toEqual([])
  expect(records).toBeGreaterThan(0)
})
