import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type InitiateAuthRequest,
  type InitiateAuthResponse,
  type RespondToAuthChallengeRequest,
  type RespondToAuthChallengeResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { FirstFactor } from '@shared/capabilities'
import type { ChallengeAnswer, LoginView } from '@shared/contract/testLogin'
import { resendSignInCode, startChoiceLogin } from '../../src/main/cognito/choice-sign-in'
import { LoginSessions } from '../../src/main/cognito/login-sessions'
import { respondToChallenge } from '../../src/main/cognito/testLogin'

/**
 * moto 5.2.1 answers USER_AUTH with InvalidParameterException and has no email or SMS sign-in codes or
 * passkeys, so the choice-based sign-in runs against a mocked client whose answers are shaped as the
 * SDK types them (Cognito's documented outputs). Each row is one path through the challenge sequence.
 */
const POOL = 'eu-west-1_Choice1'
const CLIENT = 'choiceclient'
const PASSWORD = 'Corr3ct-Horse!'
const TOKENS = { AccessToken: 'a.b.c', IdToken: 'i.d.t', RefreshToken: 'r.e.f', ExpiresIn: 3600 }
const SELECT = {
  ChallengeName: 'SELECT_CHALLENGE',
  Session: 'sel',
  AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'],
  ChallengeParameters: { USERNAME: 'internal-ann' }
} satisfies InitiateAuthResponse
const EMAIL = (session: string) =>
  ({
    ChallengeName: 'EMAIL_OTP',
    Session: session,
    ChallengeParameters: { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' }
  }) satisfies RespondToAuthChallengeResponse
const VERIFIER = {
  ChallengeName: 'PASSWORD_VERIFIER',
  Session: 'ver',
  ChallengeParameters: {
    USER_ID_FOR_SRP: 'internal-ann',
    SALT: 'a1b2c3d4e5f6',
    SRP_B: 'f'.repeat(64),
    SECRET_BLOCK: 'c2VjcmV0LWJsb2Nr'
  }
} satisfies RespondToAuthChallengeResponse
const REQUEST_OPTIONS = '{"challenge":"Y2hhbGxlbmdl","rpId":"auth.example.com","allowCredentials":[]}'

type Call =
  { op: 'InitiateAuth'; input: InitiateAuthRequest } | { op: 'Respond'; input: RespondToAuthChallengeRequest }

interface Row {
  name: string
  preferred?: FirstFactor
  password?: string
  /** What Cognito answers, call after call. */
  outputs: (InitiateAuthResponse | RespondToAuthChallengeResponse)[]
  /** The steps the developer takes after starting; `resend` asks for a new code. */
  steps: (ChallengeAnswer | 'resend')[]
  /** The challenge shown after the start and after each step. */
  shown: (string | 'signedIn')[]
  /** What was sent, call after call: operation, challenge or flow, and the parameters that matter. */
  sent: [string, string, Record<string, unknown>][]
}

const rows: Row[] = [
  {
    name: 'no preferred factor: SELECT_CHALLENGE, the email code chosen, the code typed',
    outputs: [SELECT, EMAIL('e1'), { AuthenticationResult: TOKENS }],
    steps: [
      { challenge: 'SELECT_CHALLENGE', factor: 'EMAIL_OTP' },
      { challenge: 'EMAIL_OTP', code: '123456' }
    ],
    shown: ['SELECT_CHALLENGE', 'EMAIL_OTP', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann' }],
      ['Respond', 'SELECT_CHALLENGE', { USERNAME: 'internal-ann', ANSWER: 'EMAIL_OTP' }],
      ['Respond', 'EMAIL_OTP', { USERNAME: 'internal-ann', EMAIL_OTP_CODE: '123456' }]
    ]
  },
  {
    name: 'preferred EMAIL_OTP, a resend that replaces the session, then the new code',
    preferred: 'EMAIL_OTP',
    outputs: [EMAIL('e1'), EMAIL('e2'), { AuthenticationResult: TOKENS }],
    steps: ['resend', { challenge: 'EMAIL_OTP', code: '654321' }],
    shown: ['EMAIL_OTP', 'EMAIL_OTP', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann', PREFERRED_CHALLENGE: 'EMAIL_OTP' }],
      ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann', PREFERRED_CHALLENGE: 'EMAIL_OTP' }],
      ['Respond', 'EMAIL_OTP', { USERNAME: 'ann', EMAIL_OTP_CODE: '654321', session: 'e2' }]
    ]
  },
  {
    name: 'preferred PASSWORD signs in with the first call',
    preferred: 'PASSWORD',
    password: PASSWORD,
    outputs: [{ AuthenticationResult: TOKENS }],
    steps: [],
    shown: ['signedIn'],
    sent: [['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }]]
  },
  {
    name: 'PASSWORD_SRP chosen from the offer: SRP_A with the choice, then the password verifier',
    outputs: [SELECT, VERIFIER, { AuthenticationResult: TOKENS }],
    steps: [{ challenge: 'SELECT_CHALLENGE', factor: 'PASSWORD_SRP', password: PASSWORD }],
    shown: ['SELECT_CHALLENGE', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann' }],
      [
        'Respond',
        'SELECT_CHALLENGE',
        { ANSWER: 'PASSWORD_SRP', SRP_A: expect.stringMatching(/^[0-9a-f]+$/) }
      ],
      [
        'Respond',
        'PASSWORD_VERIFIER',
        { USERNAME: 'internal-ann', PASSWORD_CLAIM_SIGNATURE: expect.any(String), session: 'ver' }
      ]
    ]
  },
  {
    name: 'preferred SMS_OTP: the SMS code answers SMS_OTP_CODE',
    preferred: 'SMS_OTP',
    outputs: [
      {
        ChallengeName: 'SMS_OTP',
        Session: 's1',
        ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }
      },
      { AuthenticationResult: TOKENS }
    ],
    steps: [{ challenge: 'SMS_OTP', code: '112233' }],
    shown: ['SMS_OTP', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { PREFERRED_CHALLENGE: 'SMS_OTP' }],
      ['Respond', 'SMS_OTP', { SMS_OTP_CODE: '112233' }]
    ]
  },
  {
    name: 'WEB_AUTHN chosen: the credential request options shown, the credential sent back',
    outputs: [
      SELECT,
      {
        ChallengeName: 'WEB_AUTHN',
        Session: 'w1',
        ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: REQUEST_OPTIONS }
      },
      { AuthenticationResult: TOKENS }
    ],
    steps: [
      { challenge: 'SELECT_CHALLENGE', factor: 'WEB_AUTHN' },
      { challenge: 'WEB_AUTHN', credential: '{"id":"cred","type":"public-key"}' }
    ],
    shown: ['SELECT_CHALLENGE', 'WEB_AUTHN', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ann' }],
      ['Respond', 'SELECT_CHALLENGE', { ANSWER: 'WEB_AUTHN' }],
      ['Respond', 'WEB_AUTHN', { CREDENTIAL: '{"id":"cred","type":"public-key"}' }]
    ]
  },
  {
    name: 'a password first, then an email code as the second factor',
    preferred: 'PASSWORD',
    password: PASSWORD,
    outputs: [EMAIL('m1'), { AuthenticationResult: TOKENS }],
    steps: [{ challenge: 'EMAIL_OTP', code: '99887766' }],
    shown: ['EMAIL_OTP', 'signedIn'],
    sent: [
      ['InitiateAuth', 'USER_AUTH', { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }],
      ['Respond', 'EMAIL_OTP', { EMAIL_OTP_CODE: '99887766', session: 'm1' }]
    ]
  }
]

describe('choice-based sign-in (USER_AUTH) as a challenge sequence (mocked Cognito)', () => {
  const idp = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
  })
  const mock = mockClient(idp)
  let queue: (InitiateAuthResponse | RespondToAuthChallengeResponse)[] = []
  let calls: Call[] = []

  beforeEach(() => {
    mock.reset()
    queue = []
    calls = []
    mock.on(DescribeUserPoolClientCommand).resolves({
      UserPoolClient: {
        UserPoolId: POOL,
        ClientId: CLIENT,
        ClientName: 'lab',
        ExplicitAuthFlows: ['ALLOW_USER_AUTH']
      }
    })
    mock.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: POOL,
        UserPoolTier: 'ESSENTIALS',
        Policies: {
          SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] }
        }
      }
    })
    const next = () => {
      const output = queue.shift()
      if (!output) throw new Error('The fixture has no more answers.')
      return output
    }
    mock.on(InitiateAuthCommand).callsFake((input: InitiateAuthRequest) => {
      calls.push({ op: 'InitiateAuth', input })
      return next()
    })
    mock.on(RespondToAuthChallengeCommand).callsFake((input: RespondToAuthChallengeRequest) => {
      calls.push({ op: 'Respond', input })
      return next()
    })
  })
  afterAll(() => mock.restore())

  it.each(rows)('$name', async (row) => {
    queue = [...row.outputs]
    const deps = { idp, logins: new LoginSessions(), connectionId: 'conn' }
    const shownOf = (v: LoginView) => v.challenge?.name ?? v.status
    let view = await startChoiceLogin(deps, {
      poolId: POOL,
      clientId: CLIENT,
      username: 'ann',
      preferredChallenge: row.preferred,
      password: row.password
    })
    const shown = [shownOf(view)]
    for (const step of row.steps) {
      view =
        step === 'resend'
          ? await resendSignInCode(deps, view.loginId)
          : await respondToChallenge(deps, view.loginId, step)
      shown.push(shownOf(view))
    }
    expect(shown).toEqual(row.shown)
    expect(view.tokens?.accessToken).toBe('a.b.c')
    expect(queue).toEqual([])

    const sent = calls.map((c) =>
      c.op === 'InitiateAuth'
        ? ['InitiateAuth', c.input.AuthFlow, c.input.AuthParameters]
        : ['Respond', c.input.ChallengeName, { ...c.input.ChallengeResponses, session: c.input.Session }]
    )
    expect(sent).toEqual(row.sent.map(([op, name, params]) => [op, name, expect.objectContaining(params)]))

    // The history shows each request, with every password, code and credential a placeholder.
    const history = JSON.stringify(view.history)
    expect(history).not.toContain(PASSWORD)
    for (const step of row.steps)
      if (step !== 'resend' && 'code' in step) expect(history).not.toContain(step.code)
    expect(view.history.filter((e) => e.kind === 'request')).toHaveLength(calls.length)
  })

  it('shows the offered factors and the passkey options as steps', async () => {
    queue = [
      SELECT,
      {
        ChallengeName: 'WEB_AUTHN',
        Session: 'w',
        ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: REQUEST_OPTIONS }
      }
    ]
    const deps = { idp, logins: new LoginSessions(), connectionId: 'conn' }
    const offer = await startChoiceLogin(deps, { poolId: POOL, clientId: CLIENT, username: 'ann' })
    expect(offer.challenge).toMatchObject({
      name: 'SELECT_CHALLENGE',
      supported: true,
      availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN']
    })
    const passkey = await respondToChallenge(deps, offer.loginId, {
      challenge: 'SELECT_CHALLENGE',
      factor: 'WEB_AUTHN'
    })
    expect(passkey.challenge).toMatchObject({ name: 'WEB_AUTHN', credentialRequestOptions: REQUEST_OPTIONS })
  })

  it('refuses a factor the pool does not allow before calling Cognito, and a resend without a code step', async () => {
    mock.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: POOL,
        UserPoolTier: 'LITE',
        Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } }
      }
    })
    const deps = { idp, logins: new LoginSessions(), connectionId: 'conn' }
    await expect(
      startChoiceLogin(deps, {
        poolId: POOL,
        clientId: CLIENT,
        username: 'ann',
        preferredChallenge: 'EMAIL_OTP'
      })
    ).rejects.toMatchObject({
      code: 'PRECONDITION',
      params: { factor: 'EMAIL_OTP', reason: 'factorNotInPolicy' }
    })
    expect(calls).toEqual([])

    queue = [SELECT]
    const offer = await startChoiceLogin(deps, { poolId: POOL, clientId: CLIENT, username: 'ann' })
    await expect(resendSignInCode(deps, offer.loginId)).rejects.toMatchObject({ code: 'PRECONDITION' })
  })

  it('explains Cognito refusing a wrong sign-in code', async () => {
    queue = [EMAIL('e1')]
    const deps = { idp, logins: new LoginSessions(), connectionId: 'conn' }
    const view = await startChoiceLogin(deps, {
      poolId: POOL,
      clientId: CLIENT,
      username: 'ann',
      preferredChallenge: 'EMAIL_OTP'
    })
    mock.on(RespondToAuthChallengeCommand).rejects(
      Object.assign(new Error('Invalid code or auth state for the user.'), {
        name: 'CodeMismatchException'
      })
    )
    await expect(
      respondToChallenge(deps, view.loginId, { challenge: 'EMAIL_OTP', code: '000000' })
    ).rejects.toMatchObject({ name: 'CodeMismatchException' })
  })
})
