import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  GetSigningCertificateCommandInput,
  GetSigningCertificateCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { SIGNING_CERTIFICATE_BODY, SIGNING_CERTIFICATE_SHA256 } from '../support/signing-certificate'

/**
 * A pool's SAML signing certificate. moto 5.2.1 has no GetSigningCertificate: it is answered inside
 * the connection's client (SDK-typed) with a real certificate's base64 body, as Cognito sends it; the
 * pool is moto's.
 */

let h: Harness
let poolId: string
const answered: GetSigningCertificateCommandInput[] = []
let certificate: string | undefined = SIGNING_CERTIFICATE_BODY
let stop: () => void = () => undefined

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  stop = answerOperation(
    h.ctx.connections.active().clients.idp,
    'GetSigningCertificateCommand',
    (input: GetSigningCertificateCommandInput) => {
      answered.push(input)
      return { Certificate: certificate } satisfies Omit<GetSigningCertificateCommandOutput, '$metadata'>
    }
  )
  poolId = (await h.ok('pools', 'create', plainPool(`signing-${Date.now().toString(36)}`))).id
})
afterAll(() => {
  stop()
  return h?.dispose()
})

describe('the SAML signing certificate', () => {
  it('is shown as PEM with its subject, end date and SHA-256 fingerprint', async () => {
    const cert = await h.ok('identityProviders', 'signingCertificate', { poolId })
    expect(answered.at(-1)).toEqual({ UserPoolId: poolId })
    expect(cert.pem.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true)
    expect(cert.pem.endsWith('\n-----END CERTIFICATE-----\n')).toBe(true)
    expect(cert.pem.split('\n').every((line) => line.length <= 64)).toBe(true)
    expect(cert.pem.replace(/-----[A-Z ]+-----|\n/g, '')).toBe(SIGNING_CERTIFICATE_BODY)
    expect(cert.subject).toBe('CN=cognito-test-signing')
    expect(cert.validTo?.startsWith('2036-11-25')).toBe(true)
    expect(cert.fingerprint).toBe(SIGNING_CERTIFICATE_SHA256)
  })

  it('is saved as a .crt the owner alone can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signing-'))
    h.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
    const result = await h.ok('identityProviders', 'saveSigningCertificate', { poolId })
    expect(result).toMatchObject({ saved: true, count: 1 })
    expect(result.path).toBe(join(dir, `${poolId}-signing.crt`))
    expect(readFileSync(result.path ?? '', 'utf8')).toContain(SIGNING_CERTIFICATE_BODY.slice(0, 64))
    expect(statSync(result.path ?? '').mode & 0o777).toBe(0o600)
  })

  it('says what to do when Cognito answers without one', async () => {
    certificate = undefined
    try {
      const answer = await h.call('identityProviders', 'signingCertificate', { poolId })
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      certificate = SIGNING_CERTIFICATE_BODY
    }
  })
})
