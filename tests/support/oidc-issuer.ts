import { createServer, type Server } from 'node:http'

/**
 * A local OpenID provider that serves only its discovery document: `${origin}/issuer` has one,
 * any other path answers 404. It records each path asked for, so a test can see what was fetched.
 */
export async function serveOidcIssuer(): Promise<{
  origin: string
  issuer: string
  requests: string[]
  close: () => Promise<void>
}> {
  const requests: string[] = []
  let origin = ''
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url !== '/issuer/.well-known/openid-configuration') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    const issuer = `${origin}/issuer`
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
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** SAML metadata of an IdP, as an IdP's download page gives it. */
export const SAML_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`
