import type {
  GetPrincipalTagAttributeMapCommandInput,
  GetPrincipalTagAttributeMapCommandOutput,
  SetPrincipalTagAttributeMapCommandInput,
  SetPrincipalTagAttributeMapCommandOutput
} from '@aws-sdk/client-cognito-identity'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let identityPoolId: string
let provider: string
let stops: (() => void)[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  // An identity pool names its user pool by id only; moto does not look it up.
  const userPoolId = `us-east-1_abac${run}`
  provider = `cognito-idp.us-east-1.amazonaws.com/${userPoolId}`
  identityPoolId = (
    await h.ok('identityPools', 'create', {
      name: `abac_${run}`,
      allowUnauthenticated: false,
      allowClassicFlow: false,
      userPools: [{ userPoolId, clientId: 'a1b2c3d4e5f6g7h8i9j0k1l2m3', serverSideTokenCheck: false }],
      social: {},
      oidcProviderArns: [],
      samlProviderArns: [],
      tags: {}
    })
  ).pool.id
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

/**
 * moto 5.2.1 lacks GetPrincipalTagAttributeMap and SetPrincipalTagAttributeMap: they are answered in
 * the client (SDK-typed, after the audit observer) from one stored map; DescribeIdentityPool is moto's.
 */
function answerMaps(): { sent: SetPrincipalTagAttributeMapCommandInput[] } {
  let stored: Omit<GetPrincipalTagAttributeMapCommandOutput, '$metadata'> = { UseDefaults: true }
  const sent: SetPrincipalTagAttributeMapCommandInput[] = []
  const identity = h.ctx.connections.active().clients.identity
  stops.push(
    answerOperation(
      identity,
      'GetPrincipalTagAttributeMapCommand',
      (input: GetPrincipalTagAttributeMapCommandInput) => ({
        ...stored,
        IdentityPoolId: input.IdentityPoolId,
        IdentityProviderName: input.IdentityProviderName
      })
    ),
    answerOperation(
      identity,
      'SetPrincipalTagAttributeMapCommand',
      (input: SetPrincipalTagAttributeMapCommandInput) => {
        sent.push(input)
        stored = { UseDefaults: input.UseDefaults, PrincipalTags: input.PrincipalTags ?? {} }
        return { ...input } satisfies Omit<SetPrincipalTagAttributeMapCommandOutput, '$metadata'>
      }
    )
  )
  return { sent }
}

describe('principal tags', () => {
  it('reads a provider’s map, replaces the defaults with a tag -> claim map and audits the change', async () => {
    const { sent } = answerMaps()
    expect(await h.ok('principalTags', 'get', { identityPoolId, providerName: provider })).toEqual({
      identityPoolId,
      providerName: provider,
      useDefaults: true,
      tags: {}
    })
    const saved = await h.ok('principalTags', 'set', {
      identityPoolId,
      providerName: provider,
      useDefaults: false,
      tags: { department: 'custom:dept', tenant: 'custom:tenant' }
    })
    expect(saved.tags).toEqual({ department: 'custom:dept', tenant: 'custom:tenant' })
    expect(sent).toEqual([
      {
        IdentityPoolId: identityPoolId,
        IdentityProviderName: provider,
        UseDefaults: false,
        PrincipalTags: { department: 'custom:dept', tenant: 'custom:tenant' }
      }
    ])
    expect((await h.ok('principalTags', 'get', { identityPoolId, providerName: provider })).useDefaults).toBe(
      false
    )
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'SetPrincipalTagAttributeMap' })
    expect(log.entries[0]).toMatchObject({ result: 'ok' })
  })

  it('goes back to the defaults without sending a map', async () => {
    const { sent } = answerMaps()
    await h.ok('principalTags', 'set', {
      identityPoolId,
      providerName: provider,
      useDefaults: true,
      tags: { ignored: 'sub' }
    })
    expect(sent).toEqual([
      { IdentityPoolId: identityPoolId, IdentityProviderName: provider, UseDefaults: true }
    ])
  })

  it('refuses a map that breaks the tag rules before any call, naming each rule', async () => {
    const { sent } = answerMaps()
    const result = await h.call('principalTags', 'set', {
      identityPoolId,
      providerName: provider,
      useDefaults: false,
      tags: { 'aws:dept': 'custom:dept', tenant: '' }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'keyReserved:aws:dept, claimEmpty:tenant' } }
    })
    expect(sent).toEqual([])
  })

  it('refuses a provider the identity pool does not have', async () => {
    const { sent } = answerMaps()
    const result = await h.call('principalTags', 'set', {
      identityPoolId,
      providerName: 'accounts.google.com',
      useDefaults: true,
      tags: {}
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'providerUnknown', provider: 'accounts.google.com' } }
    })
    expect(sent).toEqual([])
  })

  it('refuses a change on a read-only connection and records the refusal', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('principalTags', 'set', {
        identityPoolId,
        providerName: provider,
        useDefaults: true,
        tags: {}
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
      await ro.ctx.audit.flush()
      const log = await ro.ok('audit', 'list', { result: 'error' })
      expect(log.entries[0]).toMatchObject({ operation: 'principalTags:set' })
    } finally {
      ro.dispose()
    }
  })

  it('says the endpoint lacks the call when moto answers it', async () => {
    // No answer installed: moto's own reply to the operation it lacks.
    const result = await h.call('principalTags', 'get', { identityPoolId, providerName: provider })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })
})
