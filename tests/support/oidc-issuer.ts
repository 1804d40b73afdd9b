import { constants, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'

/** Algorithms an OpenID provider may sign with, and how Node signs each (JWS wants raw ECDSA). */
const SIGNERS = {
  RS256: { hash: 'sha256', kind: 'rsa' },
  RS384: { hash: 'sha384', kind: 'rsa' },
  RS512: { hash: 'sha512', kind: 'rsa' },
  PS256: { hash: 'sha256', kind: 'rsa-pss' },
  ES256: { hash: 'sha256', kind: 'P-256' },
  ES384: { hash: 'sha384', kind: 'P-384' }
} as const
export type ProviderAlg = keyof typeof SIGNERS

/** One signing key per algorithm, with the JWKS that publishes their public halves. */
export function providerKeys(): {
  jwks: Record<string, unknown>[]
  signToken: (alg: ProviderAlg, payload: Record<string, unknown>) => string
} {
  const keys = new Map<ProviderAlg, KeyObject>()
  const jwks: Record<string, unknown>[] = []
  for (const [alg, { kind }] of Object.entries(SIGNERS) as [ProviderAlg, (typeof SIGNERS)[ProviderAlg]][]) {
    const pair =
      kind === 'rsa' || kind === 'rsa-pss'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ec', { namedCurve: kind })
    keys.set(alg, pair.privateKey)
    jwks.push({ ...pair.publicKey.export({ format: 'jwk' }), kid: `key-${alg}`, alg, use: 'sig' })
  }
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signToken = (alg: ProviderAlg, payload: Record<string, unknown>) => {
    const input = `${b64({ alg, kid: `key-${alg}`, typ: 'JWT' })}.${b64(payload)}`
    const { hash, kind } = SIGNERS[alg]
    const key = keys.get(alg) as KeyObject
    const signature =
      kind === 'rsa'
        ? sign(hash, Buffer.from(input), key)
        : kind === 'rsa-pss'
          ? sign(hash, Buffer.from(input), { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
          : sign(hash, Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    return `${input}.${signature.toString('base64url')}`
  }
  return { jwks, signToken }
}

/**
 * A local OpenID provider: `${origin}/issuer` has a discovery document and serves `keys` as its JWKS;
 * `${origin}/hanging` answers its discovery request with headers and then nothing, and `${origin}/huge`
 * with an endless document, as a broken or hostile provider would. Any other path answers 404. It
 * records each path asked for, so a test can see what was fetched.
 */
export async function serveOidcIssuer(keys: Record<string, unknown>[] = []): Promise<{
  origin: string
  issuer: string
  requests: string[]
  close: () => Promise<void>
}> {
  const requests: string[] = []
  let origin = ''
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const issuer = `${origin}/issuer`
    if (req.url === '/issuer/jwks') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys }))
      return
    }
    if (req.url === '/hanging/.well-known/openid-configuration') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).write('{')
      return
    }
    if (req.url === '/huge/.well-known/openid-configuration') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const chunk = `"${'x'.repeat(65_536)}",`
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more)
      }
      res.write('[')
      more()
      return
    }
    if (req.url !== '/issuer/.well-known/openid-configuration') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(
      JSON.stringify({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        scopes_supported: ['openid', 'email', 'profile'],
        claims_supported: ['sub', 'email', 'name']
      })
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return {
    origin,
    issuer: `${origin}/issuer`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // The hanging and endless answers never end by themselves.
        server.closeAllConnections()
      })
  }
}

/** SAML metadata of an IdP, as an IdP's download page gives it. */
export const SAML_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`
