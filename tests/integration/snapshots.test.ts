import {
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolDomainCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'
import { SAML_METADATA } from '../support/oidc-issuer'
import { clientSettings, plainPool } from '../support/pool-input'
import { TEST_PROFILE } from '../support/aws-files'
import { parse } from 'yaml'

/**
 * Pools as code against moto: a pool with clients, groups, a SAML provider, a resource server and a
 * domain is snapshotted, applied to a new pool in another Region, and snapshotted again; the two
 * differ in nothing but ids and dates.
 */

const run = Date.now().toString(36)
const OTHER_REGION = 'ap-northeast-1'
let h: Harness
let sourceId: string
let otherConnection: string
let homeConnection: string

const idpOf = (harness: Harness): CognitoIdentityProviderClient =>
  harness.ctx.connections.active().clients.idp

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  homeConnection = h.ctx.connections.activeConnection()?.id as string
  sourceId = (
    await h.ok('pools', 'create', {
      ...plainPool(`snap-${run}`),
      requiredAttributes: ['email'],
      customAttributes: [{ name: 'tenant', type: 'String', mutable: true, min: '1', max: '64' }]
    })
  ).id
  const idp = idpOf(h)
  await idp.send(
    new CreateResourceServerCommand({
      UserPoolId: sourceId,
      Identifier: 'https://api.example.com',
      Name: 'orders api',
      Scopes: [
        { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
        { ScopeName: 'orders.write', ScopeDescription: 'Write orders' }
      ]
    })
  )
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: sourceId,
      ProviderName: 'Corp',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA },
      AttributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' }
    })
  )
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: sourceId, Domain: `snap-${run}` }))
  await h.ok('appClients', 'create', { ...clientSettings('web'), poolId: sourceId, generateSecret: false })
  await h.ok('appClients', 'create', {
    ...clientSettings('backend', {
      tokenValidity: {
        access: { value: 30, unit: 'minutes' },
        id: { value: 30, unit: 'minutes' },
        refresh: { value: 10, unit: 'days' }
      }
    }),
    poolId: sourceId,
    generateSecret: true
  })
  await h.ok('groups', 'create', {
    poolId: sourceId,
    name: 'admins',
    description: 'Administrators',
    precedence: 1
  })
  await h.ok('groups', 'create', { poolId: sourceId, name: 'staff', precedence: 5 })
  otherConnection = (
    await h.ok('connections', 'save', {
      name: 'moto tokyo',
      source: 'profile',
      profile: TEST_PROFILE,
      region: OTHER_REGION,
      endpoint: inject('motoEndpoint'),
      readOnly: false,
      production: false
    })
  ).id
  await h.ok('connections', 'activate', { id: homeConnection })
})
afterAll(() => h.dispose())

describe('snapshots', () => {
  it('takes a whole pool without secrets, and keeps it in the history', async () => {
    const { entry, snapshot } = await h.ok('snapshots', 'take', { poolId: sourceId })
    expect(entry.reason).toBe('manual')
    expect(snapshot.pool['PoolName']).toBe(`snap-${run}`)
    expect((snapshot.pool['Schema'] as { Name: string }[]).map((a) => a.Name)).toEqual(
      expect.arrayContaining(['custom:tenant', 'email'])
    )
    expect(snapshot.appClients.map((c) => [c['ClientName'], c['HasSecret']]).sort()).toEqual([
      ['backend', true],
      ['web', false]
    ])
    expect(JSON.stringify(snapshot)).not.toMatch(/ClientSecret"|ClientId"|UserPoolId"/)
    expect(snapshot.groups.map((g) => g['GroupName']).sort()).toEqual(['admins', 'staff'])
    expect(snapshot.identityProviders.map((p) => p['ProviderName'])).toEqual(['Corp'])
    expect(snapshot.resourceServers.map((r) => r['Identifier'])).toEqual(['https://api.example.com'])
    expect(snapshot.domain?.['Domain']).toBe(`snap-${run}`)
    const { entries } = await h.ok('snapshots', 'history', { poolId: sourceId })
    expect(entries[0]?.id).toBe(entry.id)
  })

  it('keeps a snapshot before a change the console makes to the pool', async () => {
    const before = (await h.ok('snapshots', 'history', { poolId: sourceId })).entries.length
    await h.ok('groups', 'update', { poolId: sourceId, name: 'staff', precedence: 5, description: 'Staff' })
    const { entries } = await h.ok('snapshots', 'history', { poolId: sourceId })
    expect(entries).toHaveLength(before + 1)
    expect(entries[0]?.reason).toBe('groups:update')
    const kept = await h.ok('snapshots', 'diff', {
      left: { kind: 'history', poolId: sourceId, id: entries[0]?.id as string },
      right: { kind: 'live', poolId: sourceId }
    })
    // The kept snapshot is the pool before the change: the only difference is that change.
    expect(kept.differences).toEqual([
      {
        kind: 'groups',
        name: 'staff',
        change: 'changed',
        fields: [{ field: 'Description', right: 'Staff', createOnly: false }]
      }
    ])
  })

  it('clones into another Region and the round trip differs in nothing', async () => {
    await h.ok('connections', 'activate', { id: otherConnection })
    onTestFinished(() => h.ok('connections', 'activate', { id: homeConnection }).then(() => undefined))
    const source = { kind: 'live' as const, poolId: sourceId, connectionId: homeConnection }
    const plan = await h.ok('snapshots', 'plan', { source, target: { newPoolName: `snap-clone-${run}` } })
    expect(plan.steps.filter((s) => s.action === 'blocked')).toEqual([])
    expect(plan.steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual(
      expect.arrayContaining([
        'create pool ',
        'create appClients backend',
        'create groups admins',
        'create domain '
      ])
    )
    const report = await h.ok('snapshots', 'apply', {
      source,
      target: { newPoolName: `snap-clone-${run}` },
      fingerprint: plan.fingerprint
    })
    expect(report.outcomes.filter((o) => o.result !== 'done')).toEqual([])
    expect(report.poolId.startsWith(OTHER_REGION)).toBe(true)
    const diff = await h.ok('snapshots', 'diff', {
      left: source,
      right: { kind: 'live', poolId: report.poolId }
    })
    expect(diff.right.region).toBe(OTHER_REGION)
    // The new pool's name is the one asked for; nothing else differs.
    expect(diff.differences).toEqual([
      {
        kind: 'pool',
        name: '',
        change: 'changed',
        fields: [{ field: 'PoolName', left: `snap-${run}`, right: `snap-clone-${run}`, createOnly: false }]
      }
    ])
  })

  it('shows exactly the five places two pools differ, and applies a plan that makes one like the other', async () => {
    const copyName = `snap-copy-${run}`
    const { snapshot } = await h.ok('snapshots', 'take', { poolId: sourceId })
    // A prefix domain belongs to one pool at a time (moto moves it instead of refusing): this copy has none.
    const base = {
      kind: 'document' as const,
      text: JSON.stringify({ ...snapshot, domain: null, pool: { ...snapshot.pool, PoolName: copyName } })
    }
    const created = await h.ok('snapshots', 'plan', { source: base, target: { newPoolName: copyName } })
    const copyId = (
      await h.ok('snapshots', 'apply', {
        source: base,
        target: { newPoolName: copyName },
        fingerprint: created.fingerprint
      })
    ).poolId
    const live = { kind: 'live' as const, poolId: copyId }
    expect((await h.ok('snapshots', 'diff', { left: base, right: live })).differences).toEqual([])

    const web = (await h.ok('appClients', 'list', { poolId: copyId })).clients.find((c) => c.name === 'web')
    await h.ok('appClients', 'update', {
      ...clientSettings('web', {
        tokenValidity: {
          access: { value: 15, unit: 'minutes' },
          id: { value: 60, unit: 'minutes' },
          refresh: { value: 30, unit: 'days' }
        }
      }),
      poolId: copyId,
      clientId: web?.clientId as string
    })
    await h.ok('groups', 'update', {
      poolId: copyId,
      name: 'admins',
      precedence: 2,
      description: 'Administrators'
    })
    await h.ok('groups', 'delete', { poolId: copyId, name: 'staff' })
    await h.ok('groups', 'create', { poolId: copyId, name: 'auditors' })
    await h.ok('pools', 'addCustomAttributes', {
      poolId: copyId,
      attributes: [{ name: 'plan', type: 'String', mutable: true }]
    })

    const describe = (d: { kind: string; name: string; change: string; fields: { field: string }[] }) =>
      `${d.kind}/${d.name}/${d.change}/${d.fields.map((f) => f.field).join(',')}`
    const { differences } = await h.ok('snapshots', 'diff', { left: base, right: live })
    expect(differences.map(describe)).toEqual([
      'pool//changed/Schema.custom:plan',
      'appClients/web/changed/AccessTokenValidity',
      'groups/admins/changed/Precedence',
      'groups/auditors/onlyRight/',
      'groups/staff/onlyLeft/'
    ])

    const plan = await h.ok('snapshots', 'plan', { source: base, target: { poolId: copyId } })
    expect(
      plan.steps.map((s) => `${s.action} ${s.kind} ${s.name} ${s.fields.join(',')} ${s.blocked ?? ''}`)
    ).toEqual([
      'delete groups auditors  ',
      'blocked pool  Schema.custom:plan schemaRemoval',
      'update appClients web AccessTokenValidity ',
      'update groups admins Precedence ',
      'create groups staff  '
    ])
    // A plan made before another change is refused, and nothing is sent.
    await h.ok('groups', 'create', { poolId: copyId, name: 'late' })
    const stale = await h.call('snapshots', 'apply', {
      source: base,
      target: { poolId: copyId },
      fingerprint: plan.fingerprint
    })
    expect(stale.ok ? 'applied' : stale.error.code).toBe('PRECONDITION')
    expect((await h.ok('groups', 'list', { poolId: copyId })).groups.map((g) => g.name)).toContain('auditors')

    const fresh = await h.ok('snapshots', 'plan', { source: base, target: { poolId: copyId } })
    const report = await h.ok('snapshots', 'apply', {
      source: base,
      target: { poolId: copyId },
      fingerprint: fresh.fingerprint
    })
    expect(report.complete).toBe(true)
    // What could be applied was; what Cognito cannot undo (a custom attribute) is all that is left.
    expect((await h.ok('snapshots', 'diff', { left: base, right: live })).differences.map(describe)).toEqual([
      'pool//changed/Schema.custom:plan'
    ])
    // The apply kept the copy as it was before it, so it can be undone.
    expect((await h.ok('snapshots', 'history', { poolId: copyId })).entries[0]?.reason).toBe(
      'snapshots:apply'
    )
  })

  it('stops at the first failure and reports what was done and what was not', async () => {
    const proxy: FaultProxy = await startFaultProxy({
      target: inject('motoEndpoint'),
      failWith: { type: 'InternalErrorException', message: 'injected', status: 400 },
      failOperations: ['CreateGroup']
    })
    const faulty = await createHarness({ endpoint: proxy.endpoint })
    try {
      const document = JSON.stringify((await h.ok('snapshots', 'take', { poolId: sourceId })).snapshot)
      const source = { kind: 'document' as const, text: document }
      const target = { newPoolName: `snap-half-${run}` }
      const plan = await faulty.ok('snapshots', 'plan', { source, target })
      const report = await faulty.ok('snapshots', 'apply', { source, target, fingerprint: plan.fingerprint })
      expect(report.complete).toBe(false)
      const results = report.outcomes.map((o) => `${o.result} ${o.step.kind} ${o.step.name}`)
      expect(results).toContain('done pool ')
      expect(results).toContain('done appClients web')
      expect(results.filter((r) => r.startsWith('failed'))).toEqual([
        expect.stringMatching(/^failed groups /)
      ])
      // The first group failed: the second group and the domain after it were not sent.
      expect(results.filter((r) => r.startsWith('notRun'))).toEqual(
        expect.arrayContaining(['notRun groups staff'])
      )
      const failed = report.outcomes.find((o) => o.result === 'failed')
      expect(JSON.stringify(failed?.error)).toMatch(/InternalErrorException|injected/)
      // What the report says was done is in the new pool.
      expect(
        (await h.ok('appClients', 'list', { poolId: report.poolId })).clients.map((c) => c.name).sort()
      ).toEqual(['backend', 'web'])
    } finally {
      faulty.dispose()
      await proxy.close()
    }
  })

  it('refuses a file that is not a snapshot, saying why', async () => {
    const answer = await h.call('snapshots', 'diff', {
      left: { kind: 'document', text: '{"format":"something else"}' },
      right: { kind: 'live', poolId: sourceId }
    })
    expect(answer.ok ? 'read' : answer.error.params).toEqual(
      expect.objectContaining({ problem: 'notSnapshot' })
    )
  })

  it('puts the identity pools that use the pool in its template, naming the template’s pool and client', async () => {
    const clients = await h.ok('appClients', 'list', { poolId: sourceId })
    const web = clients.clients.find((c) => c.name === 'web')
    const created = await h.ok('identityPools', 'create', {
      name: `snap_identities_${run}`,
      allowUnauthenticated: false,
      allowClassicFlow: false,
      userPools: [{ userPoolId: sourceId, clientId: web?.clientId ?? '', serverSideTokenCheck: true }],
      social: {},
      oidcProviderArns: [],
      samlProviderArns: [],
      tags: {}
    })
    onTestFinished(() =>
      h
        .ok('identityPools', 'delete', {
          identityPoolId: created.pool.id,
          confirmName: `snap_identities_${run}`
        })
        .then(() => undefined)
    )
    const { yaml } = await h.ok('snapshots', 'template', { source: { kind: 'live', poolId: sourceId } })
    const resources = (parse(yaml) as { Resources: Record<string, { Type: string; Properties: object }> })
      .Resources
    const identityPools = Object.values(resources).filter((r) => r.Type === 'AWS::Cognito::IdentityPool')
    expect(identityPools).toHaveLength(1)
    expect(identityPools[0]?.Properties).toEqual(
      expect.objectContaining({
        IdentityPoolName: `snap_identities_${run}`,
        CognitoIdentityProviders: [
          {
            ProviderName: { 'Fn::GetAtt': ['UserPool', 'ProviderName'] },
            ClientId: { Ref: 'AppClientWeb' },
            ServerSideTokenCheck: true
          }
        ]
      })
    )
    // moto 5.2.1 has no GetIdentityPoolRoles: roles that cannot be read give no role attachment (the
    // attachment itself is checked against the specification in tests/unit/cloudformation.test.ts).
    expect(Object.values(resources).map((r) => r.Type)).not.toContain(
      'AWS::Cognito::IdentityPoolRoleAttachment'
    )
  })
})
