import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { DEMO_PASSWORD } from '../../scripts/seed'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'
import { chooseWebApp, submitSignIn } from './testLogin'

const EMAIL_CODE = '48213377'

/** A pool whose sign-in policy allows passwords and email codes, and a client with ALLOW_USER_AUTH, in moto. */
async function choicePool(idp: CognitoIdentityProviderClient, name: string) {
  const pool = await idp.send(
    new CreateUserPoolCommand({
      PoolName: name,
      UserPoolTier: 'ESSENTIALS',
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } }
    })
  )
  const poolId = pool.UserPool?.Id ?? ''
  const client = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'passwordless-app',
      ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  return { poolId, clientId: client.UserPoolClient?.ClientId ?? '' }
}

/**
 * moto 5.2.1 refuses USER_AUTH and sends no sign-in codes, so InitiateAuth USER_AUTH and the challenge
 * answers are mocked on the connection's own client with Cognito's documented answers (SDK-typed);
 * every other call (the pool, the client, its capability check) goes through to moto.
 */
function mockChoiceSignIn(harness: Harness) {
  const idp = harness.ctx.connections.active().clients.idp
  const mock = mockClient(idp)
  mock.send.callThrough()
  mock.on(InitiateAuthCommand, { AuthFlow: 'USER_AUTH' }).resolves({
    ChallengeName: 'SELECT_CHALLENGE',
    Session: 'select-session',
    AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'],
    ChallengeParameters: { USERNAME: 'ann' }
  })
  mock.on(RespondToAuthChallengeCommand, { ChallengeName: 'SELECT_CHALLENGE' }).resolves({
    ChallengeName: 'EMAIL_OTP',
    Session: 'email-session',
    ChallengeParameters: {
      CODE_DELIVERY_DESTINATION: 'a***@e***.com',
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL'
    }
  })
  mock.on(RespondToAuthChallengeCommand, { ChallengeName: 'EMAIL_OTP' }).resolves({
    AuthenticationResult: {
      AccessToken: 'eyJhbGciOiJub25lIn0.eyJ0b2tlbl91c2UiOiJhY2Nlc3MifQ.',
      IdToken: 'eyJhbGciOiJub25lIn0.eyJ0b2tlbl91c2UiOiJpZCJ9.',
      RefreshToken: 'opaque-refresh',
      ExpiresIn: 3600,
      TokenType: 'Bearer'
    }
  })
  return { idp, mock }
}

test('a choice-based sign-in goes through SELECT_CHALLENGE and an email code, and its calls copy as code without secrets', async ({
  page,
  harness
}) => {
  const { idp, mock } = mockChoiceSignIn(harness)
  try {
    const { poolId, clientId } = await choicePool(idp, `choice-${Date.now().toString(36)}`)
    await goTo(page, `#/login?pool=${poolId}`)
    await page.getByTestId('login-client').click()
    await page.getByText(`passwordless-app (${clientId})`).click()
    await expect(page.getByTestId('capability-USER_AUTH')).toContainText('works')
    await page.getByTestId('flow-USER_AUTH').click()

    const factors = page.getByTestId('choice-factors')
    await expect(factors.getByTestId('factor-EMAIL_OTP')).toHaveAttribute('data-works', 'true')
    await expect(factors.getByTestId('factor-SMS_OTP')).toHaveAttribute('data-works', 'false')
    await expect(factors.getByTestId('factor-SMS_OTP')).toContainText(
      'does not allow SMS_OTP as a first factor'
    )
    // Without a preferred factor, no password is asked for: Cognito offers the factors first.
    await expect(page.getByTestId('login-password')).toHaveCount(0)
    await page.getByTestId('login-username').locator('input').fill('ann')
    await page.getByTestId('login-submit').click()

    const step = page.getByTestId('challenge-step')
    await expect(step).toContainText('Cognito asks: SELECT_CHALLENGE')
    await expect(step.getByTestId('challenge-factor-WEB_AUTHN')).toHaveCount(0)
    await step.getByTestId('challenge-factor-EMAIL_OTP').click()
    await snap(page, 'sign-in-lab-select-challenge')
    await step.getByTestId('challenge-submit').click()

    await expect(step).toContainText('Cognito asks: EMAIL_OTP')
    await expect(step).toContainText('Sent to a***@e***.com (EMAIL)')
    await expect(step.getByTestId('challenge-resend')).toBeVisible()
    await step.getByTestId('challenge-code').locator('input').fill(EMAIL_CODE)
    await step.getByTestId('challenge-submit').click()
    await expect(page.getByTestId('login-result')).toContainText('Signed in as ann')

    const sent = mock.commandCalls(RespondToAuthChallengeCommand).map((c) => c.args[0].input)
    expect(sent.map((i) => [i.Session, i.ChallengeResponses])).toEqual([
      ['select-session', { USERNAME: 'ann', ANSWER: 'EMAIL_OTP' }],
      ['email-session', { USERNAME: 'ann', EMAIL_OTP_CODE: EMAIL_CODE }]
    ])

    // The last request as an AWS CLI command and an SDK snippet, the code a placeholder.
    const history = page.getByTestId('login-history')
    const codeButtons = history.locator('[data-testid^="code-cli-"]')
    await codeButtons.last().click()
    const snippet = page.getByTestId('code-snippet')
    await expect(snippet).toContainText('aws cognito-idp respond-to-auth-challenge')
    await expect(snippet).toContainText('"EMAIL_OTP_CODE":"<EMAIL_OTP_CODE>"')
    await expect(snippet).not.toContainText(EMAIL_CODE)
    await history.locator('[data-testid^="code-sdk-"]').last().click()
    await expect(snippet).toContainText('new RespondToAuthChallengeCommand(')
    await expect(snippet).not.toContainText(EMAIL_CODE)
    await snippet.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await snap(page, 'sign-in-lab-copy-as-code')
  } finally {
    mock.restore()
  }
})

test('the choice-based sign-in reads in Japanese', async ({ page, harness }) => {
  const { idp, mock } = mockChoiceSignIn(harness)
  try {
    const { poolId, clientId } = await choicePool(idp, `choice-ja-${Date.now().toString(36)}`)
    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await goTo(page, `#/login?pool=${poolId}`)
    await page.getByTestId('login-client').click()
    await page.getByText(`passwordless-app (${clientId})`).click()
    await page.getByTestId('flow-USER_AUTH').click()
    await expect(page.getByTestId('choice-factors')).toContainText('優先する第一要素')
    await page.getByTestId('login-username').locator('input').fill('ann')
    await page.getByTestId('login-submit').click()
    const step = page.getByTestId('challenge-step')
    await expect(step).toContainText('Cognito はこのユーザーに次の第一要素を提示しています')
    await expect(step.getByTestId('challenge-factor-EMAIL_OTP')).toContainText('メールのコード')
    await snap(page, 'sign-in-lab-ja')
  } finally {
    mock.restore()
  }
})

test('after a global sign-out GetUser refuses the access token while its signature still verifies', async ({
  page,
  seed
}) => {
  const user = [...seed.users].reverse().find((u) => u.status === 'CONFIRMED' && u.enabled)
  if (!user) throw new Error('the seed has no confirmed user')
  await chooseWebApp(page, seed)
  await submitSignIn(page, 'USER_PASSWORD_AUTH', user.username, DEMO_PASSWORD)
  await expect(page.getByTestId('login-result')).toContainText(`Signed in as ${user.username}`)
  const lifecycle = page.getByTestId('token-lifecycle')
  await lifecycle.getByTestId('probe-accessToken').click()
  await expect(lifecycle.getByTestId('probe-result-accessToken')).toHaveAttribute('data-accepted', 'true')
  await lifecycle.getByTestId('login-global-sign-out').click()
  await page.getByRole('button', { name: 'Global sign-out' }).last().click()
  await expect(lifecycle.getByTestId('lifecycle-signed-out')).toBeVisible()
  await lifecycle.getByTestId('probe-accessToken').click()
  await expect(lifecycle.getByTestId('probe-result-accessToken').first()).toHaveAttribute(
    'data-accepted',
    'false'
  )
  await lifecycle.getByTestId('lifecycle-inspect').click()
  await expect(page.getByTestId('check-signature')).toContainText('pass')
})
