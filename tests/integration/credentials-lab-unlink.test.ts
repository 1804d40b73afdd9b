import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand
} from '@aws-sdk/client-cognito-identity-provider'
import type {
  UnlinkIdentityCommandInput,
  UnlinkIdentityCommandOutput
} from '@aws-sdk/client-cognito-identity'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEVELOPER_TOKEN_KEY, userPoolProviderName } from '@shared/credentialsLab'
import { createHarness, type Harness } from '../support/harness'
import { directSdk } from '../support/aws-files'
import { identityPoolInput } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { signInIdToken } from '../support/user-pools'

const endpoint = inject('motoEndpoint')
const idp = new CognitoIdentityProviderClient(directSdk(endpoint))
const PASSWORD = 'Unlink-Passw0rd!x'
const suffix = randomUUID().slice(0, 8)

let h: Harness
let userPoolId: string
let clientId: string
let identityPoolId: string
let providerName: string

/** Every file main wrote in its data folder (settings, audit log, snapshots), as text. */
function everythingOnDisk(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

function idToken(): Promise<string> {
  return signInIdToken(idp, { poolId: userPoolId, clientId }, 'unlink-user', PASSWORD)
}

/** Runs the lab with the user pool's ID token as a pasted token. */
async function runWithLogin(token: string) {
  return h.ok('credentialsLab', 'run', {
    identityPoolId,
    flow: 'enhanced',
    source: { kind: 'token', provider: 'cognito', providerKey: providerName, token }
  })
}

/**
 * moto 5.2.1 has no UnlinkIdentity: the call is answered inside the connection's identity client, after
 * the console's audit observer, and the answer records exactly what the console sent.
 */
function answerUnlink(): UnlinkIdentityCommandInput[] {
  const sent: UnlinkIdentityCommandInput[] = []
  stops.push(
    answerOperation<UnlinkIdentityCommandInput, Omit<UnlinkIdentityCommandOutput, '$metadata'>>(
      h.ctx.connections.active().clients.identity,
      'UnlinkIdentityCommand',
      (input) => {
        sent.push(input)
        return {}
      }
    )
  )
  return sent
}
let stops: (() => void)[] = []

beforeAll(async () => {
  userPoolId =
    (await idp.send(new CreateUserPoolCommand({ PoolName: `unlink-${suffix}` }))).UserPool?.Id ?? ''
  clientId =
    (
      await idp.send(
        new CreateUserPoolClientCommand({
          UserPoolId: userPoolId,
          ClientName: 'web',
          ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
        })
      )
    ).UserPoolClient?.ClientId ?? ''
  await idp.send(
    new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: 'unlink-user', MessageAction: 'SUPPRESS' })
  )
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: 'unlink-user',
      Password: PASSWORD,
      Permanent: true
    })
  )
  providerName = userPoolProviderName(userPoolId)
  const setup = await createHarness({ endpoint })
  identityPoolId = (
    await setup.ok(
      'identityPools',
      'create',
      identityPoolInput(`unlink_${suffix}`, {
        allowUnauthenticated: true,
        userPools: [{ userPoolId, clientId, serverSideTokenCheck: false }]
      })
    )
  ).pool.id
  setup.dispose()
})

afterAll(() => idp.destroy())

afterEach(() => {
  for (const stop of stops) stop()
  stops = []
  h?.dispose()
})

describe('credentials lab: unlinking a run’s login', () => {
  it('sends UnlinkIdentity with the kept token and removes only the chosen login; the token reaches neither the window nor the disk', async () => {
    h = await createHarness({ endpoint })
    const token = await idToken()
    const run = await runWithLogin(token)
    expect(run.failure).toBeUndefined()
    expect(run.runId).toBeTruthy()
    expect(JSON.stringify(run)).not.toContain(token)

    const sent = answerUnlink()
    const answer = await h.call('credentialsLab', 'unlinkLogin', { runId: run.runId ?? '', providerName })
    expect(answer).toEqual({ ok: true, data: { identityId: run.identityId, providerName } })
    expect(sent).toEqual([
      { IdentityId: run.identityId, Logins: { [providerName]: token }, LoginsToRemove: [providerName] }
    ])

    await h.ctx.audit.flush()
    const entry = (await h.ok('audit', 'list', { operation: 'UnlinkIdentity' })).entries[0]
    expect(entry).toMatchObject({
      result: 'ok',
      parameters: { Logins: { [providerName]: '[redacted]' }, LoginsToRemove: [providerName] }
    })
    expect(everythingOnDisk(h.dataDir)).toContain('UnlinkIdentity')
    expect(everythingOnDisk(h.dataDir)).not.toContain(token)

    // Unlinked, the run's token is forgotten: a second unlink has nothing to send.
    const again = await h.call('credentialsLab', 'unlinkLogin', { runId: run.runId ?? '', providerName })
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { reason: 'RUN_GONE' } } })
    expect(sent).toHaveLength(1)
  })

  it('refuses an unknown run, a provider the run did not use, a developer login, and a run of another connection', async () => {
    h = await createHarness({ endpoint })
    const sent = answerUnlink()
    const unknown = await h.call('credentialsLab', 'unlinkLogin', { runId: randomUUID(), providerName })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { reason: 'RUN_GONE' } } })

    const run = await runWithLogin(await idToken())
    const runId = run.runId ?? ''
    const other = await h.call('credentialsLab', 'unlinkLogin', {
      runId,
      providerName: 'accounts.google.com'
    })
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'PROVIDER_NOT_IN_RUN' } }
    })
    const developer = await h.call('credentialsLab', 'unlinkLogin', {
      runId,
      providerName: DEVELOPER_TOKEN_KEY
    })
    expect(developer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'DEVELOPER_LOGIN' } }
    })

    // Choosing a connection (even the same one again) forgets every run's login.
    await h.ok('connections', 'activate', { id: h.ctx.connections.active().connection.id })
    const afterSwitch = await h.call('credentialsLab', 'unlinkLogin', { runId, providerName })
    expect(afterSwitch).toMatchObject({ ok: false, error: { params: { reason: 'RUN_GONE' } } })
    expect(sent).toEqual([])
  })

  it('keeps no login for a guest run', async () => {
    h = await createHarness({ endpoint })
    const run = await h.ok('credentialsLab', 'run', {
      identityPoolId,
      flow: 'enhanced',
      source: { kind: 'guest' }
    })
    expect(run.identityId).toBeTruthy()
    expect(run.runId).toBeUndefined()
  })

  it('is refused on a read-only connection before anything is sent', async () => {
    h = await createHarness({ endpoint, readOnly: true })
    const sent = answerUnlink()
    const run = await runWithLogin(await idToken())
    expect(run.runId).toBeTruthy()
    const refused = await h.call('credentialsLab', 'unlinkLogin', { runId: run.runId ?? '', providerName })
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    expect(sent).toEqual([])
  })
})
