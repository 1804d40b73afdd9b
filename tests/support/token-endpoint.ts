import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** What the token endpoint received, as a test asserts it. */
export interface TokenRequest {
  path: string
  grantType: string | null
  clientId: string
  secretMatched: boolean
  scopes: string[]
  /** The request body, to prove the secret travelled only in the Authorization header. */
  body: string
}

/** moto's own signing key (its JWKS serves the public half), so the tokens verify against the pool's keys. */
function motoSigningKey(): { kid: string; n: bigint; d: bigint; bytes: number } {
  const motoDir = execFileSync('python3', ['-c', 'import moto, os; print(os.path.dirname(moto.__file__))'])
    .toString()
    .trim()
  const jwk = JSON.parse(
    gunzipSync(readFileSync(join(motoDir, 'cognitoidp/resources/jwks-private.json.gz'))).toString()
  ) as { kid: string; n: string; d: string }
  const big = (b64: string) => BigInt(`0x${Buffer.from(b64, 'base64url').toString('hex')}`)
  return { kid: jwk.kid, n: big(jwk.n), d: big(jwk.d), bytes: Buffer.from(jwk.n, 'base64url').length }
}

/** RS256 by the textbook (RSASSA-PKCS1-v1_5): moto's key has no CRT parameters, which node:crypto needs. */
function rs256(input: string, key: ReturnType<typeof motoSigningKey>): string {
  const digestInfo = Buffer.concat([
    Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    createHash('sha256').update(input).digest()
  ])
  const padded = Buffer.concat([
    Buffer.from([0, 1]),
    Buffer.alloc(key.bytes - digestInfo.length - 3, 0xff),
    Buffer.from([0]),
    digestInfo
  ])
  let result = 1n
  let base = BigInt(`0x${padded.toString('hex')}`) % key.n
  for (let e = key.d; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % key.n
    base = (base * base) % key.n
  }
  return Buffer.from(result.toString(16).padStart(key.bytes * 2, '0'), 'hex').toString('base64url')
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => resolve(body))
  })

/**
 * A pool domain's /oauth2/token on this machine (moto has none): it checks the client_credentials grant,
 * the client's HTTP Basic authentication and the scopes as Cognito does, and answers with an access
 * token shaped as Cognito's, signed with moto's key for the pool's issuer.
 */
export async function serveTokenEndpoint(client: {
  poolId: string
  clientId: string
  secret: string
  allowedScopes: string[]
}): Promise<{ host: string; requests: TokenRequest[]; close: () => Promise<void> }> {
  const key = motoSigningKey()
  const region = client.poolId.split('_')[0] ?? ''
  const requests: TokenRequest[] = []
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const form = new URLSearchParams(body)
      // RFC 6749 2.3.1: id and secret are form-urlencoded before Base64.
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
      const [id = '', secret = ''] = Buffer.from(basic, 'base64')
        .toString()
        .split(':')
        .map(decodeURIComponent)
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
      const secretMatched = id === client.clientId && secret === client.secret
      requests.push({
        path: req.url ?? '',
        grantType: form.get('grant_type'),
        clientId: id,
        secretMatched,
        scopes,
        body
      })
      const answer = (status: number, json: object) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      if (req.url !== '/oauth2/token') return answer(404, { error: 'not_found' })
      if (!secretMatched) return answer(401, { error: 'invalid_client' })
      if (form.get('grant_type') !== 'client_credentials')
        return answer(400, { error: 'unsupported_grant_type' })
      if (scopes.some((s) => !client.allowedScopes.includes(s)))
        return answer(400, { error: 'invalid_scope' })
      const now = Math.floor(Date.now() / 1000)
      const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
      const unsigned = `${b64({ kid: key.kid, alg: 'RS256' })}.${b64({
        sub: client.clientId,
        token_use: 'access',
        scope: (scopes.length ? scopes : client.allowedScopes).join(' '),
        auth_time: now,
        iss: `https://cognito-idp.${region}.amazonaws.com/${client.poolId}`,
        exp: now + 3600,
        iat: now,
        version: 2,
        jti: crypto.randomUUID(),
        client_id: client.clientId
      })}`
      answer(200, {
        access_token: `${unsigned}.${rs256(unsigned, key)}`,
        token_type: 'Bearer',
        expires_in: 3600
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
