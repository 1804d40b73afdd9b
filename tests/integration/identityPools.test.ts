import { randomUUID } from 'node:crypto'
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand
} from '@aws-sdk/client-cognito-identity-provider'
import {
  DeleteIdentitiesCommand,
  DescribeIdentityCommand,
  DescribeIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdentityPoolRolesCommand,
  InvalidIdentityPoolConfigurationException,
  ListIdentitiesCommand,
  NotAuthorizedException,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand
} from '@aws-sdk/client-cognito-identity'
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import type { LabRunRequest, LabSource } from '@shared/contract/credentialsLab'
import type { IdentityPoolInput } from '@shared/contract/identityPools'
import { formatCredentials, userPoolProviderName } from '@shared/credentialsLab'
import { createHarness, type Harness } from '../support/harness'
import { directSdk, TEST_REGION } from '../support/aws-files'
import { signInIdToken } from '../support/user-pools'

const endpoint = inject('motoEndpoint')
const sdk = directSdk(endpoint)
const idp = new CognitoIdentityProviderClient(sdk)
const iam = new IAMClient(sdk)
const PASSWORD = 'Lab-Passw0rd!x'
const suffix = randomUUID().slice(0, 8)

let h: Harness
let userPoolId: string
let clientId: string
let otherClientId: string
let roleArn: string

/** An ID token moto issues to a user signed in at one of the pool's clients. */
function idTokenFor(client: string, username = 'lab-user'): Promise<string> {
  return signInIdToken(idp, { poolId: userPoolId, clientId: client }, username, PASSWORD)
}

/** The same token with its exp moved into the past (the signature no longer matters to our check). */
function expire(token: string): string {
  const [head, body, sig] = token.split('.') as [string, string, string]
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
  claims.exp = Math.floor(Date.now() / 1000) - 600
  return [head, Buffer.from(JSON.stringify(claims)).toString('base64url'), sig].join('.')
}

function poolInput(overrides: Partial<IdentityPoolInput> = {}): IdentityPoolInput {
  return {
    name: `lab_${suffix}`,
    allowUnauthenticated: true,
    allowClassicFlow: true,
    userPools: [{ userPoolId, clientId, serverSideTokenCheck: true }],
    social: { 'graph.facebook.com': '1234567890' },
    oidcProviderArns: [],
    samlProviderArns: [],
    tags: { team: 'identity' },
    ...overrides
  }
}

beforeAll(async () => {
  const pool = await idp.send(new CreateUserPoolCommand({ PoolName: `identity-lab-${suffix}` }))
  userPoolId = pool.UserPool?.Id ?? ''
  const flows = ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] as const
  const client = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'web',
      ExplicitAuthFlows: [...flows]
    })
  )
  clientId = client.UserPoolClient?.ClientId ?? ''
  const other = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'other',
      ExplicitAuthFlows: [...flows]
    })
  )
  otherClientId = other.UserPoolClient?.ClientId ?? ''
  await idp.send(
    new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: 'lab-user', MessageAction: 'SUPPRESS' })
  )
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: 'lab-user',
      Password: PASSWORD,
      Permanent: true
    })
  )
  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: `lab-auth-${suffix}`,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity'
          }
        ]
      })
    })
  )
  roleArn = role.Role?.Arn ?? ''
})

afterAll(() => {
  idp.destroy()
  iam.destroy()
})

afterEach(() => h?.dispose())

describe('identity pools against moto', () => {
  it('creates, lists, describes, updates and deletes a pool (type the name)', async () => {
    h = await createHarness({ endpoint })
    const created = await h.ok('identityPools', 'create', poolInput())
    const id = created.pool.id
    expect(created.roles).toEqual({ ok: true, set: false })
    expect(created.pool.userPools).toEqual([
      { providerName: userPoolProviderName(userPoolId), userPoolId, clientId, serverSideTokenCheck: true }
    ])

    const list = await h.ok('identityPools', 'list', {})
    expect(list.pools).toContainEqual({ id, name: `lab_${suffix}`, allowUnauthenticated: true, providers: 2 })

    const view = await h.ok('identityPools', 'describe', { identityPoolId: id })
    expect(view.pool).toMatchObject({
      name: `lab_${suffix}`,
      allowUnauthenticated: true,
      social: { 'graph.facebook.com': '1234567890' },
      tags: { team: 'identity' }
    })
    // moto 5.2.1 has no GetIdentityPoolRoles: the pool still opens, and the roles say why they are missing.
    expect(view.roles).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_OPERATION', message: 'This endpoint does not offer GetIdentityPoolRoles.' }
    })

    // Tags changed after the form was opened (moto 5.2.1 has no TagResource for identity pools, so they
    // are set with UpdateIdentityPool, as the tags would stand after the tags dialog saved them).
    const identity = h.ctx.connections.active().clients.identity
    await identity.send(
      new UpdateIdentityPoolCommand({
        IdentityPoolId: id,
        IdentityPoolName: `lab_${suffix}`,
        AllowUnauthenticatedIdentities: true,
        IdentityPoolTags: { team: 'identity', owner: 'ops' }
      })
    )
    const { tags: _openedWith, ...settings } = poolInput({ allowUnauthenticated: false, social: {} })
    const updated = await h.ok('identityPools', 'update', { identityPoolId: id, ...settings })
    expect(updated.pool.allowUnauthenticated).toBe(false)
    expect(updated.pool.social).toEqual({})
    // The update sent no tags, so those set in between stay.
    expect(updated.pool.tags).toEqual({ team: 'identity', owner: 'ops' })
    const reread = await h.ok('identityPools', 'describe', { identityPoolId: id })
    expect(reread.pool.tags).toEqual({ team: 'identity', owner: 'ops' })
    await h.ctx.audit.flush()
    const sent = (await h.ok('audit', 'list', { operation: 'UpdateIdentityPool' })).entries[0]
    expect(sent?.parameters).toMatchObject({ IdentityPoolId: id, AllowUnauthenticatedIdentities: false })
    expect(sent?.parameters).not.toHaveProperty('IdentityPoolTags')
    const withTags = await h.call('identityPools', 'update', {
      identityPoolId: id,
      ...settings,
      tags: { team: 'old' }
    } as never)
    expect(withTags).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })

    const wrong = await h.call('identityPools', 'delete', { identityPoolId: id, confirmName: 'not_it' })
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining(`lab_${suffix}`) }
    })
    expect(
      await h.ok('identityPools', 'delete', { identityPoolId: id, confirmName: `lab_${suffix}` })
    ).toEqual({
      deleted: id
    })
    const gone = await h.call('identityPools', 'describe', { identityPoolId: id })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a pool name with a slash, and writes on a read-only connection', async () => {
    h = await createHarness({ endpoint })
    const bad = await h.call('identityPools', 'create', poolInput({ name: 'a/b' }))
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('no slashes') }
    })
    h.dispose()
    h = await createHarness({ endpoint, readOnly: true })
    expect(await h.call('identityPools', 'create', poolInput())).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY' }
    })
  })

  it('lists IAM roles, those trusting cognito-identity first', async () => {
    h = await createHarness({ endpoint })
    const { roles } = await h.ok('identityPools', 'listRoles', {})
    expect(roles.find((r) => r.arn === roleArn)).toEqual({
      arn: roleArn,
      name: `lab-auth-${suffix}`,
      trustsCognitoIdentity: true
    })
  })
})

describe('credentials lab against moto', () => {
  let identityPoolId: string
  beforeAll(async () => {
    const setup = await createHarness({ endpoint })
    identityPoolId = (await setup.ok('identityPools', 'create', poolInput({ name: `lab_flows_${suffix}` })))
      .pool.id
    setup.dispose()
  })

  /** Runs the lab on this suite's identity pool, enhanced flow, unless the request says otherwise. */
  const runLab = (source: LabSource, request: Partial<LabRunRequest> = {}) =>
    h.ok('credentialsLab', 'run', { identityPoolId, source, flow: 'enhanced', ...request })
  /** A token of the suite's user pool as the lab's source, under the pool's Logins key unless told another. */
  const cognitoToken = (token: string, providerKey = userPoolProviderName(userPoolId)): LabSource => ({
    kind: 'token',
    provider: 'cognito',
    providerKey,
    token
  })

  it('guest: GetId then GetCredentialsForIdentity, proved with GetCallerIdentity', async () => {
    h = await createHarness({ endpoint })
    const run = await runLab({ kind: 'guest' })
    expect(run.failure).toBeUndefined()
    expect(run.steps.map((s) => [s.name, s.ok])).toEqual([
      ['GetId', true],
      ['GetCredentialsForIdentity', true],
      ['GetCallerIdentity', true]
    ])
    expect(run.identityId).toMatch(/^us-east-1:/)
    expect(run.logins).toEqual({})
    expect(run.credentials?.accessKeyId).toBeTruthy()
    expect(run.credentials?.expiration).toMatch(/^\d{4}-/)
    expect(run.caller?.account).toMatch(/^\d{12}$/)
    // The secret key shows in the credentials only, never in a step's recorded response.
    const secret = run.credentials?.secretKey ?? ''
    expect(secret).not.toBe('')
    expect(JSON.stringify(run.steps)).not.toContain(secret)

    const listed = await h.ok('identityPools', 'listIdentities', { identityPoolId })
    expect(listed.identities.map((i) => i.identityId)).toContain(run.identityId)
  })

  it('authenticated: a user pool ID token in the Logins map, shortened in the record', async () => {
    h = await createHarness({ endpoint })
    const token = await idTokenFor(clientId)
    const key = userPoolProviderName(userPoolId)
    const run = await runLab(cognitoToken(token, key))
    expect(run.failure).toBeUndefined()
    expect(Object.keys(run.logins)).toEqual([key])
    expect(run.logins[key]).toMatch(/…\(\d+ chars\)$/)
    expect(JSON.stringify(run)).not.toContain(token)
    expect(run.caller?.arn).toMatch(/^arn:aws:/)
  })

  it('authenticated: a test login by its id, its ID token taken from the login sessions in main', async () => {
    h = await createHarness({ endpoint })
    const login = await h.ok('testLogin', 'start', {
      poolId: userPoolId,
      clientId,
      flow: 'ADMIN_USER_PASSWORD_AUTH',
      username: 'lab-user',
      password: PASSWORD
    })
    const run = await runLab({ kind: 'login', loginId: login.loginId })
    expect(run.failure).toBeUndefined()
    expect(Object.keys(run.logins)).toEqual([userPoolProviderName(userPoolId)])
    expect(run.credentials?.sessionToken).toBeTruthy()

    h.ctx.logins.clear(login.loginId)
    const forgotten = await runLab({ kind: 'login', loginId: login.loginId })
    expect(forgotten.failure?.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That test login is no longer in memory.'
    })
  })

  it('basic flow: GetOpenIdToken then STS AssumeRoleWithWebIdentity; the caller is the assumed role', async () => {
    h = await createHarness({ endpoint })
    const token = await idTokenFor(clientId)
    const run = await runLab(cognitoToken(token), { flow: 'basic', roleArn })
    expect(run.failure).toBeUndefined()
    expect(run.steps.map((s) => s.name)).toEqual([
      'GetId',
      'GetOpenIdToken',
      'AssumeRoleWithWebIdentity',
      'GetCallerIdentity'
    ])
    expect(run.roleArn).toBe(roleArn)
    expect(run.caller?.arn).toBe(
      `arn:aws:sts::${roleArn.split(':')[4]}:assumed-role/lab-auth-${suffix}/cognito-admin-console-lab`
    )
    const env = formatCredentials(run.credentials!, 'env', { region: TEST_REGION })
    expect(env).toContain(`export AWS_ACCESS_KEY_ID=${run.credentials?.accessKeyId}`)
    expect(env).toContain('export AWS_SESSION_TOKEN=')
  })

  it('basic flow without a role, on an endpoint that cannot tell the pool’s roles, asks for one', async () => {
    h = await createHarness({ endpoint })
    const run = await runLab({ kind: 'guest' }, { flow: 'basic' })
    expect(run.failure).toMatchObject({
      reason: 'NO_ROLE',
      error: { message: expect.stringContaining('needs a role to assume') }
    })
  })

  describe('failures explained in words', () => {
    it('guest access off', async () => {
      h = await createHarness({ endpoint })
      const closed = await h.ok(
        'identityPools',
        'create',
        poolInput({ name: `lab_closed_${suffix}`, allowUnauthenticated: false })
      )
      const run = await runLab({ kind: 'guest' }, { identityPoolId: closed.pool.id })
      expect(run.failure).toMatchObject({
        reason: 'GUEST_DISABLED',
        error: {
          message:
            'Guest access is turned off for this identity pool, so a visitor without a login gets no identity.'
        }
      })
      expect(run.steps).toEqual([])
    })

    it('malformed identity pool id', async () => {
      h = await createHarness({ endpoint })
      const res = await h.call('credentialsLab', 'run', {
        identityPoolId: 'us-east-1_not-an-identity-pool',
        source: { kind: 'guest' },
        flow: 'enhanced'
      })
      expect(res).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            'identityPoolId: An identity pool ID looks like ap-northeast-1:0000aaaa-1111-bbbb-2222-cccc3333dddd.'
        }
      })
    })

    it('an identity pool that does not exist', async () => {
      h = await createHarness({ endpoint })
      const run = await runLab(
        { kind: 'guest' },
        { identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' }
      )
      expect(run.failure?.error.code).toBe('NOT_FOUND')
    })

    it('wrong provider key: malformed, and naming another pool than the token’s issuer', async () => {
      h = await createHarness({ endpoint })
      const token = await idTokenFor(clientId)
      const malformed = await runLab(cognitoToken(token, `https://${userPoolProviderName(userPoolId)}`))
      expect(malformed.failure).toMatchObject({
        reason: 'WRONG_PROVIDER_KEY',
        error: {
          message:
            'A user pool key looks like cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123, without https://.'
        }
      })
      const otherKey = userPoolProviderName('us-east-1_Other1234')
      const mismatch = await runLab(cognitoToken(token, otherKey))
      expect(mismatch.failure).toMatchObject({
        reason: 'WRONG_PROVIDER_KEY',
        error: {
          message: `The token was issued by https://${userPoolProviderName(userPoolId)}, but the Logins key names ${otherKey}.`
        }
      })
      const social = await runLab({
        kind: 'token',
        provider: 'facebook',
        providerKey: 'facebook.com',
        token: 'EAAB'
      })
      expect(social.failure).toMatchObject({
        reason: 'WRONG_PROVIDER_KEY',
        error: { message: 'The facebook key is graph.facebook.com.' }
      })
    })

    it('expired ID token', async () => {
      h = await createHarness({ endpoint })
      const token = expire(await idTokenFor(clientId))
      const run = await runLab(cognitoToken(token))
      expect(run.failure).toMatchObject({
        reason: 'TOKEN_EXPIRED',
        error: { message: expect.stringMatching(/^The ID token expired at \d{4}-\d\d-\d\dT/) }
      })
    })

    it('an access token instead of the ID token', async () => {
      h = await createHarness({ endpoint })
      const out = await idp.send(
        new AdminInitiateAuthCommand({
          UserPoolId: userPoolId,
          ClientId: clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'lab-user', PASSWORD }
        })
      )
      const run = await runLab(cognitoToken(out.AuthenticationResult?.AccessToken ?? ''))
      expect(run.failure).toMatchObject({
        reason: 'NOT_AN_ID_TOKEN',
        error: { message: 'This is an access token; identity pools take the user pool’s ID token.' }
      })
    })

    it('provider not configured for this pool', async () => {
      h = await createHarness({ endpoint })
      const bare = await h.ok(
        'identityPools',
        'create',
        poolInput({ name: `lab_bare_${suffix}`, userPools: [] })
      )
      const token = await idTokenFor(clientId)
      const key = userPoolProviderName(userPoolId)
      const run = await runLab(cognitoToken(token, key), { identityPoolId: bare.pool.id })
      expect(run.failure).toMatchObject({
        reason: 'PROVIDER_NOT_CONFIGURED',
        error: {
          message: `The identity pool does not accept logins from ${key}: it is not one of its authentication providers.`
        }
      })
    })

    it('token from another app client', async () => {
      h = await createHarness({ endpoint })
      const token = await idTokenFor(otherClientId)
      const run = await runLab(cognitoToken(token))
      expect(run.failure).toMatchObject({
        reason: 'TOKEN_OTHER_CLIENT',
        error: {
          message: `The ID token was issued to app client ${otherClientId}, but the identity pool accepts this user pool only through app client ${clientId}.`
        }
      })
    })

    it('classic flow disabled (moto drops AllowClassicFlow, so DescribeIdentityPool is mocked to report it)', async () => {
      h = await createHarness({ endpoint })
      const mock = mockClient(h.ctx.connections.active().clients.identity)
      mock.send.callThrough()
      mock.on(DescribeIdentityPoolCommand).resolves({
        IdentityPoolId: identityPoolId,
        IdentityPoolName: 'classic_off',
        AllowUnauthenticatedIdentities: true,
        AllowClassicFlow: false
      })
      const run = await runLab({ kind: 'guest' }, { flow: 'basic', roleArn })
      expect(run.failure).toMatchObject({
        reason: 'CLASSIC_FLOW_DISABLED',
        error: { message: 'The basic (classic) flow is turned off for this identity pool.' }
      })
      mock.restore()
    })

    it('role trust refuses: in GetCredentialsForIdentity and in AssumeRoleWithWebIdentity (moto checks no trust policy, so the refusals are injected)', async () => {
      h = await createHarness({ endpoint })
      const { identity, sts } = h.ctx.connections.active().clients
      const identityMock = mockClient(identity)
      identityMock.send.callThrough()
      identityMock.on(GetCredentialsForIdentityCommand).rejects(
        new InvalidIdentityPoolConfigurationException({
          message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
          $metadata: {}
        })
      )
      const enhanced = await runLab({ kind: 'guest' })
      expect(enhanced.failure).toMatchObject({
        reason: 'ROLE_TRUST',
        error: {
          code: 'ACCESS_DENIED',
          message: expect.stringContaining('The role refused this identity'),
          detail: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.'
        }
      })
      expect(enhanced.steps.at(-1)).toMatchObject({ name: 'GetCredentialsForIdentity', ok: false })
      identityMock.restore()

      const stsMock = mockClient(sts)
      stsMock.send.callThrough()
      stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
        Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), {
          name: 'AccessDenied'
        })
      )
      const basic = await runLab({ kind: 'guest' }, { flow: 'basic', roleArn })
      expect(basic.failure).toMatchObject({ reason: 'ROLE_TRUST' })
      expect(basic.steps.map((s) => [s.name, s.ok])).toEqual([
        ['GetId', true],
        ['GetOpenIdToken', true],
        ['AssumeRoleWithWebIdentity', false]
      ])
      stsMock.restore()
    })

    it.each([
      [
        'NotAuthorizedException',
        'Unauthenticated access is not supported for this identity pool.',
        'GUEST_DISABLED'
      ],
      [
        'NotAuthorizedException',
        'Invalid login token. Token expired: 1700000000 >= 1600000000',
        'TOKEN_EXPIRED'
      ],
      [
        'NotAuthorizedException',
        "Invalid login token. Issuer doesn't match providerName",
        'WRONG_PROVIDER_KEY'
      ],
      ['NotAuthorizedException', 'Invalid login token. Incorrect token audience.', 'TOKEN_OTHER_CLIENT'],
      [
        'NotAuthorizedException',
        'Token is not from a supported provider of this identity pool.',
        'PROVIDER_NOT_CONFIGURED'
      ],
      [
        'InvalidParameterException',
        'Basic (classic) flow is not enabled for this identity pool.',
        'CLASSIC_FLOW_DISABLED'
      ],
      ['InvalidIdentityPoolConfigurationException', 'Invalid identity pool configuration.', 'ROLE_TRUST']
    ])('AWS’s %s “%s” reads as %s (injected: moto refuses none of these)', async (name, message, reason) => {
      h = await createHarness({ endpoint })
      const mock = mockClient(h.ctx.connections.active().clients.identity)
      mock.send.callThrough()
      mock.on(GetCredentialsForIdentityCommand).rejects(Object.assign(new Error(message), { name }))
      const run = await runLab({ kind: 'guest' })
      expect(run.failure).toMatchObject({ reason, error: { detail: message } })
      mock.restore()
    })

    it('AWS’s own wording is explained too (moto never refuses a guest, so the refusal is injected)', async () => {
      h = await createHarness({ endpoint })
      const mock = mockClient(h.ctx.connections.active().clients.identity)
      mock.send.callThrough()
      mock.on(DescribeIdentityPoolCommand).rejects(
        Object.assign(new Error('User is not authorized to perform: cognito-identity:DescribeIdentityPool'), {
          name: 'AccessDeniedException'
        })
      )
      mock.on(GetCredentialsForIdentityCommand).rejects(
        new NotAuthorizedException({
          message: 'Unauthenticated access is not supported for this identity pool.',
          $metadata: {}
        })
      )
      const run = await runLab({ kind: 'guest' })
      expect(run.failure).toMatchObject({ reason: 'GUEST_DISABLED' })
      mock.restore()
    })
  })
})

describe('what moto lacks, with a mocked client', () => {
  it('reads and sets roles and role mappings (moto has no Get/SetIdentityPoolRoles)', async () => {
    h = await createHarness({ endpoint })
    const mock = mockClient(h.ctx.connections.active().clients.identity)
    mock.send.callThrough()
    const provider = `${userPoolProviderName(userPoolId)}:${clientId}`
    mock.on(SetIdentityPoolRolesCommand).resolves({})
    const created = await h.ok(
      'identityPools',
      'create',
      poolInput({
        name: `lab_roles_${suffix}`,
        roles: {
          authenticated: roleArn,
          mappings: [
            {
              provider,
              type: 'Rules',
              ambiguousRoleResolution: 'Deny',
              rules: [{ claim: 'custom:plan', matchType: 'Equals', value: 'pro', roleArn }]
            }
          ]
        }
      })
    )
    expect(created.roles).toEqual({ ok: true, set: true })
    expect(mock.commandCalls(SetIdentityPoolRolesCommand)[0]?.args[0].input).toEqual({
      IdentityPoolId: created.pool.id,
      Roles: { authenticated: roleArn },
      RoleMappings: {
        [provider]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: [{ Claim: 'custom:plan', MatchType: 'Equals', Value: 'pro', RoleARN: roleArn }]
          }
        }
      }
    })

    mock.on(GetIdentityPoolRolesCommand).resolves({
      IdentityPoolId: created.pool.id,
      Roles: { authenticated: roleArn, unauthenticated: roleArn },
      RoleMappings: { [provider]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } }
    })
    const view = await h.ok('identityPools', 'describe', { identityPoolId: created.pool.id })
    expect(view.roles).toEqual({
      ok: true,
      roles: {
        authenticated: roleArn,
        unauthenticated: roleArn,
        mappings: [{ provider, type: 'Token', ambiguousRoleResolution: 'AuthenticatedRole', rules: [] }]
      }
    })
    // With the pool's guest role known, the basic flow needs no role typed.
    const run = await h.ok('credentialsLab', 'run', {
      identityPoolId: created.pool.id,
      source: { kind: 'guest' },
      flow: 'basic'
    })
    expect(run.failure).toBeUndefined()
    expect(run.roleArn).toBe(roleArn)
    mock.restore()
  })

  it('reports a roles step that failed after the pool was created, and refuses rules without a rule', async () => {
    h = await createHarness({ endpoint })
    const created = await h.ok(
      'identityPools',
      'create',
      poolInput({ name: `lab_noroles_${suffix}`, roles: { authenticated: roleArn, mappings: [] } })
    )
    expect(created.pool.id).toMatch(/^us-east-1:/)
    expect(created.roles).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
    const empty = await h.call(
      'identityPools',
      'create',
      poolInput({
        name: `lab_norules_${suffix}`,
        roles: { mappings: [{ provider: 'x', type: 'Rules', ambiguousRoleResolution: 'Deny', rules: [] }] }
      })
    )
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('uses rules but has none') }
    })
  })

  it('pages identities with NextToken (moto ignores MaxResults and returns one page)', async () => {
    h = await createHarness({ endpoint })
    const mock = mockClient(h.ctx.connections.active().clients.identity)
    const identityPoolId = 'us-east-1:11111111-2222-3333-4444-555555555555'
    mock
      .on(ListIdentitiesCommand, { IdentityPoolId: identityPoolId, MaxResults: 60 })
      .resolvesOnce({ Identities: [{ IdentityId: 'us-east-1:a1', Logins: [] }], NextToken: 'page-2' })
      .resolvesOnce({ Identities: [{ IdentityId: 'us-east-1:b2', Logins: ['accounts.google.com'] }] })
    const first = await h.ok('identityPools', 'listIdentities', { identityPoolId })
    expect(first).toEqual({ identities: [{ identityId: 'us-east-1:a1', logins: [] }], nextToken: 'page-2' })
    const second = await h.ok('identityPools', 'listIdentities', { identityPoolId, nextToken: 'page-2' })
    expect(second).toEqual({ identities: [{ identityId: 'us-east-1:b2', logins: ['accounts.google.com'] }] })
    expect(mock.commandCalls(ListIdentitiesCommand)[1]?.args[0].input.NextToken).toBe('page-2')
    mock.restore()
  })

  it('describes and deletes identities (moto has no DescribeIdentity or DeleteIdentities)', async () => {
    h = await createHarness({ endpoint })
    const identityId = 'us-east-1:11111111-2222-3333-4444-555555555555'
    // Against moto itself, the console says the endpoint lacks the operation.
    expect(await h.call('identityPools', 'describeIdentity', { identityId })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_OPERATION', message: 'This endpoint does not offer DescribeIdentity.' }
    })
    expect(await h.call('identityPools', 'deleteIdentities', { identityIds: [identityId] })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_OPERATION', message: 'This endpoint does not offer DeleteIdentities.' }
    })

    const mock = mockClient(h.ctx.connections.active().clients.identity)
    mock.on(DescribeIdentityCommand).resolves({
      IdentityId: identityId,
      Logins: [userPoolProviderName(userPoolId)],
      CreationDate: new Date('2026-01-02T03:04:05Z'),
      LastModifiedDate: new Date('2026-01-03T03:04:05Z')
    })
    mock.on(DeleteIdentitiesCommand).resolves({
      UnprocessedIdentityIds: [
        { IdentityId: 'us-east-1:99999999-2222-3333-4444-555555555555', ErrorCode: 'InternalServerError' }
      ]
    })
    expect(await h.ok('identityPools', 'describeIdentity', { identityId })).toEqual({
      identityId,
      logins: [userPoolProviderName(userPoolId)],
      creationDate: '2026-01-02T03:04:05.000Z',
      lastModifiedDate: '2026-01-03T03:04:05.000Z'
    })
    expect(
      await h.ok('identityPools', 'deleteIdentities', {
        identityIds: [identityId, 'us-east-1:99999999-2222-3333-4444-555555555555']
      })
    ).toEqual({
      deleted: 1,
      unprocessed: [
        { identityId: 'us-east-1:99999999-2222-3333-4444-555555555555', errorCode: 'InternalServerError' }
      ]
    })
    mock.restore()
  })
})
