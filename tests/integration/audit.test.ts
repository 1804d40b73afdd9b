import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUsersCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { listChannels } from '@shared/contract'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createHarness, TRUSTED_SENDER, type Harness } from '../support/harness'

let h: Harness | undefined
afterEach(() => h?.dispose())

const PASSWORD = 'Audit-Secret-Passw0rd!'
const TEMP_PASSWORD = 'Audit-Temp-Passw0rd!'

async function poolWithUser(harness: Harness, name: string) {
  const { idp } = harness.ctx.connections.active().clients
  const pool = await idp.send(new CreateUserPoolCommand({ PoolName: name }))
  const poolId = pool.UserPool?.Id as string
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: 'alice',
      TemporaryPassword: TEMP_PASSWORD,
      MessageAction: 'SUPPRESS'
    })
  )
  return { idp, poolId }
}

describe('audit log', () => {
  it('records every write with who, where, what and result, and never a secret', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const { idp, poolId } = await poolWithUser(h, `audit-writes-${Date.now()}`)
    await idp.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: poolId,
        Username: 'alice',
        Password: PASSWORD,
        Permanent: true
      })
    )
    const client = await idp.send(
      new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'audited', GenerateSecret: true })
    )
    await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'auditors' }))
    await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }))
    await idp.send(new ListUsersCommand({ UserPoolId: poolId }))
    await expect(
      idp.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: 'nobody' }))
    ).rejects.toThrow()
    await h.ctx.audit.flush()

    const entries = h.ctx.audit.log.read()
    expect(entries.map((e) => e.operation)).toEqual([
      'CreateUserPool',
      'AdminCreateUser',
      'AdminSetUserPassword',
      'CreateUserPoolClient',
      'CreateGroup',
      'AdminDeleteUser'
    ])
    for (const e of entries) {
      expect(e).toMatchObject({
        profile: 'moto',
        region: 'us-east-1',
        connectionName: 'moto',
        callerArn: expect.stringMatching(/^arn:aws:/),
        account: expect.stringMatching(/^\d{12}$/)
      })
    }
    expect(entries[2]).toMatchObject({
      poolId,
      target: 'alice',
      result: 'ok',
      parameters: { Password: '[redacted]', Permanent: true, Username: 'alice' }
    })
    expect(entries[3]).toMatchObject({ target: 'audited', parameters: { GenerateSecret: true } })
    expect(entries[5]).toMatchObject({
      target: 'nobody',
      result: 'error',
      error: { code: 'NOT_FOUND', name: 'UserNotFoundException' }
    })

    const raw = readFileSync(h.ctx.audit.log.file, 'utf8')
    expect(raw).not.toContain(PASSWORD)
    expect(raw).not.toContain(TEMP_PASSWORD)
    expect(raw).not.toContain(client.UserPoolClient?.ClientSecret as string)
    expect(raw).not.toContain('motoTestSecretKey')
  })

  it('records writes refused on a read-only connection, by the router and by the SDK guard', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    // Any command channel will do: the router refuses it before its handler runs.
    const candidates = [
      { poolId: 'us-east-1_AuditRO', groupName: 'refused' },
      { poolId: 'us-east-1_AuditRO', username: 'refused' },
      { poolId: 'us-east-1_AuditRO', clientId: 'refused' }
    ]
    const refusable = listChannels()
      .filter((c) => c.channel.kind === 'command')
      .flatMap((c) =>
        candidates.filter((p) => c.channel.request.safeParse(p).success).map((p) => ({ c, p }))
      )[0]
    expect(refusable, 'a command channel taking a pool and a name').toBeDefined()
    const { c, p } = refusable as NonNullable<typeof refusable>
    const refused = await h.router.dispatch(c.name, p, TRUSTED_SENDER)
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })

    const { idp } = h.ctx.connections.active().clients
    await expect(idp.send(new CreateUserPoolCommand({ PoolName: 'never-created' }))).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
    await h.ctx.audit.flush()
    const entries = h.ctx.audit.log.read()
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({
      service: 'console',
      operation: c.name,
      poolId: 'us-east-1_AuditRO',
      target: 'refused',
      result: 'error',
      error: { code: 'READ_ONLY' }
    })
    expect(entries[1]).toMatchObject({
      operation: 'CreateUserPool',
      service: 'cognito-idp',
      result: 'error',
      error: { code: 'READ_ONLY' },
      parameters: { PoolName: 'never-created' }
    })
  })

  it('lists, filters and exports through the channels', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const { idp, poolId } = await poolWithUser(h, `audit-list-${Date.now()}`)
    await expect(
      idp.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: 'ghost' }))
    ).rejects.toThrow()

    const all = await h.ok('audit', 'list', {})
    expect(all).toMatchObject({ total: 3, matched: 3, unwritten: 0 })
    expect(all.entries[0]?.operation).toBe('AdminDeleteUser')
    expect(all.operations).toEqual(['AdminCreateUser', 'AdminDeleteUser', 'CreateUserPool'])
    expect(all.file).toBe(h.ctx.audit.log.file)

    const failed = await h.ok('audit', 'list', { result: 'error' })
    expect(failed.entries.map((e) => e.target)).toEqual(['ghost'])
    const byText = await h.ok('audit', 'list', { text: 'ALICE' })
    expect(byText.entries.map((e) => e.operation)).toEqual(['AdminCreateUser'])
    const future = await h.ok('audit', 'list', { from: new Date(Date.now() + 60_000).toISOString() })
    expect(future.matched).toBe(0)

    const saved: string[] = []
    const dir = mkdtempSync(join(tmpdir(), 'cac-audit-export-'))
    h.ctx.saveFile = async ({ defaultName }) => {
      saved.push(defaultName)
      return join(dir, defaultName)
    }
    const csv = await h.ok('audit', 'export', { format: 'csv', poolId })
    expect(csv).toMatchObject({ saved: true, count: 3 })
    expect(saved[0]).toMatch(/^audit-.*\.csv$/)
    const csvText = readFileSync(csv.path as string, 'utf8')
    const lines = csvText.trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^time,result,operation,target,poolId/)
    expect(lines).toHaveLength(4)
    expect(csvText).not.toContain(TEMP_PASSWORD)

    const jsonl = await h.ok('audit', 'export', { format: 'jsonl', result: 'ok' })
    expect(jsonl.count).toBe(2)
    const records = readFileSync(jsonl.path as string, 'utf8')
      .trim()
      .split('\n')
    expect(records.map((l) => (JSON.parse(l) as { operation: string }).operation)).toEqual([
      'CreateUserPool',
      'AdminCreateUser'
    ])

    h.ctx.saveFile = async () => null
    expect(await h.ok('audit', 'export', { format: 'csv' })).toEqual({ saved: false, count: 3 })
  })
})
