import { describe, expect, it } from 'vitest'
import { cliName, cliSnippet, redactInput, sdkSnippet, type RecordedCall } from '@shared/code-snippets'

const secrets = ['Hunter2-secret!', 'SECRETHASHVALUE', '123456', 'eyJraWQiOi.access.token', 'sess-abc']

describe('copy as code', () => {
  const input = redactInput({
    AuthFlow: 'USER_AUTH',
    ClientId: 'client123',
    AuthParameters: {
      USERNAME: 'ann',
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: secrets[0],
      SECRET_HASH: secrets[1]
    },
    ChallengeResponses: { EMAIL_OTP_CODE: secrets[2] },
    AccessToken: secrets[3],
    Session: secrets[4],
    Skipped: undefined
  })
  const call: RecordedCall = { operation: 'InitiateAuth', service: 'cognito-idp', region: 'eu-west-1', input }

  it('replaces every password, hash, code, token and session with a placeholder named after it', () => {
    expect(input).toEqual({
      AuthFlow: 'USER_AUTH',
      ClientId: 'client123',
      AuthParameters: {
        USERNAME: 'ann',
        PREFERRED_CHALLENGE: 'PASSWORD',
        PASSWORD: '<PASSWORD>',
        SECRET_HASH: '<SECRET_HASH>'
      },
      ChallengeResponses: { EMAIL_OTP_CODE: '<EMAIL_OTP_CODE>' },
      AccessToken: '<ACCESS_TOKEN>',
      Session: '<SESSION>'
    })
  })

  it('writes the AWS CLI command and the SDK v3 snippet without any secret', () => {
    const cli = cliSnippet(call)
    expect(cli).toContain('aws cognito-idp initiate-auth')
    expect(cli).toContain('--region eu-west-1')
    expect(cli).toContain('"PASSWORD":"<PASSWORD>"')
    const sdk = sdkSnippet(call)
    expect(sdk).toContain(
      "import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider'"
    )
    expect(sdk).toContain('new InitiateAuthCommand({')
    for (const secret of secrets) {
      expect(cli).not.toContain(secret)
      expect(sdk).not.toContain(secret)
    }
    expect(cliName('GetTokensFromRefreshToken')).toBe('get-tokens-from-refresh-token')
  })

  it('quotes a value with a single quote so the shell command stays one argument', () => {
    const cli = cliSnippet({ ...call, input: { ClientId: "it's" } })
    expect(cli).toContain(`'{"ClientId":"it'\\''s"}'`)
  })

  it('writes the OAuth token request as curl and fetch with the client credentials as placeholders', () => {
    const token: RecordedCall = {
      operation: 'token',
      service: 'oauth2',
      region: 'eu-west-1',
      input: {
        url: 'https://lab.auth.eu-west-1.amazoncognito.com/oauth2/token',
        grant_type: 'client_credentials',
        scope: 'api/read api/write'
      }
    }
    expect(cliSnippet(token)).toContain("-u '<CLIENT_ID>:<CLIENT_SECRET>'")
    expect(cliSnippet(token)).toContain("--data-urlencode 'scope=api/read api/write'")
    expect(sdkSnippet(token)).toContain("btoa('<CLIENT_ID>:<CLIENT_SECRET>')")
  })
})
