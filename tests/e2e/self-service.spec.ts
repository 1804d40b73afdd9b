import {
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { expect, goTo, snap, test } from './fixtures'
import { choosePoolClient } from './testLogin'

const PASSWORD = 'Sign-Up-Passw0rd!'
const NEW_PASSWORD = 'Recovered-Passw0rd!'

/** A pool that emails codes, and a server-side client with a secret (so every call carries SECRET_HASH). */
async function signUpPool(idp: CognitoIdentityProviderClient, name: string) {
  const pool = await idp.send(
    new CreateUserPoolCommand({
      PoolName: name,
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }]
    })
  )
  const poolId = pool.UserPool?.Id ?? ''
  const client = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'signup-app',
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  return { poolId, clientId: client.UserPoolClient?.ClientId ?? '' }
}

test('a sign-up is confirmed by code, and a forgotten password is reset with a code, each call shown without secrets', async ({
  page,
  harness
}) => {
  const idp = harness.ctx.connections.active().clients.idp
  const name = `self-${Date.now().toString(36)}`
  const { poolId, clientId } = await signUpPool(idp, name)
  await page.getByTestId('app-nav').getByRole('link', { name: 'Sign-up and recovery' }).click()
  await choosePoolClient(page, 'self', `${name} (${poolId})`, `signup-app (${clientId})`)
  await expect(page.getByTestId('self-secret')).toContainText('SECRET_HASH')

  const signUp = page.getByTestId('sign-up-card')
  await signUp.getByTestId('sign-up-username').locator('input').fill('lena')
  await signUp.getByTestId('sign-up-password').locator('input').fill('short')
  await expect(signUp).toContainText('at least 8 characters')
  await signUp.getByTestId('sign-up-password').locator('input').fill(PASSWORD)
  await signUp.getByTestId('sign-up-attr-email').locator('input').fill('lena@example.com')
  await signUp.getByTestId('sign-up-submit').click()

  const steps = page.getByTestId('self-service-steps')
  const signed = steps.getByTestId('step-SignUp')
  await expect(signed.getByTestId('step-request')).toContainText('"Password": "<PASSWORD>"')
  await expect(signed.getByTestId('step-request')).toContainText('"SecretHash": "<SECRET_HASH>"')
  await expect(signed.getByTestId('step-delivery')).toContainText('Code sent by EMAIL')
  await expect(signed.getByTestId('step-secret-hash')).toBeVisible()
  await expect(steps).not.toContainText(PASSWORD)
  const user = () => idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'lena' }))
  expect((await user()).UserStatus).toBe('UNCONFIRMED')

  // moto accepts any sign-up code; Cognito checks the one it emailed.
  await signUp.getByTestId('sign-up-code').locator('input').fill('123456')
  await signUp.getByTestId('sign-up-confirm').click()
  await expect(steps.getByTestId('step-ConfirmSignUp')).toContainText('<CONFIRMATION_CODE>')
  await expect.poll(async () => (await user()).UserStatus).toBe('CONFIRMED')

  const recovery = page.getByTestId('recovery-card')
  await recovery.getByTestId('recovery-username').locator('input').fill('lena')
  await recovery.getByTestId('recovery-send').click()
  await expect(steps.getByTestId('step-ForgotPassword').getByTestId('step-delivery')).toContainText('EMAIL')
  // A wrong code is refused and explained; moto checks only codes shaped like its own.
  await recovery.getByTestId('recovery-code').locator('input').fill('moto-confirmation-code:000000')
  await recovery.getByTestId('recovery-password').locator('input').fill(NEW_PASSWORD)
  await recovery.getByTestId('recovery-confirm').click()
  await expect(recovery.getByTestId('recovery-error')).toContainText('The code has expired')
  // moto returns its code in a header, which the screen offers while saying Cognito never does.
  await expect(recovery.getByTestId('recovery-exposed')).toContainText('Cognito never does')
  await recovery.getByTestId('recovery-use-code').click()
  await recovery.getByTestId('recovery-confirm').click()
  await expect(steps.getByTestId('step-ConfirmForgotPassword')).toContainText('<PASSWORD>')
  await page.getByTestId('self-service-view').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await snap(page, 'self-service')

  const login = await harness.ok('testLogin', 'start', {
    poolId,
    clientId,
    flow: 'USER_PASSWORD_AUTH',
    username: 'lena',
    password: NEW_PASSWORD
  })
  expect(login.status).toBe('signedIn')

  // The signed-in user's own calls, with the access token of that login.
  const account = page.getByTestId('account-card')
  await page.reload()
  await account.getByTestId('account-login').click()
  await page.getByText(`lena · ${poolId}`, { exact: false }).click()
  await account.getByTestId('account-get-user').click()
  await expect(steps.getByTestId('step-GetUser').getByTestId('step-attributes')).toContainText(
    'lena@example.com'
  )
  await expect(steps.getByTestId('step-GetUser').getByTestId('step-request')).toContainText('<ACCESS_TOKEN>')
})

test('the sign-up screen reads in Japanese, with the pool’s rules and Cognito’s refusal in words', async ({
  page,
  harness
}) => {
  const idp = harness.ctx.connections.active().clients.idp
  const name = `self-ja-${Date.now().toString(36)}`
  const { poolId, clientId } = await signUpPool(idp, name)
  await harness.ok('selfService', 'signUp', {
    poolId,
    clientId,
    username: 'mio',
    password: PASSWORD,
    attributes: { email: 'mio@example.com' }
  })
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await goTo(page, `#/sign-up?pool=${poolId}`)
  await expect(page.getByTestId('self-service-view')).toContainText('サインアップと回復')
  await page.getByTestId('self-client').click()
  await page.getByText(`signup-app (${clientId})`).click()
  const signUp = page.getByTestId('sign-up-card')
  await signUp.getByTestId('sign-up-username').locator('input').fill('mio')
  await signUp.getByTestId('sign-up-password').locator('input').fill(PASSWORD)
  await signUp.getByTestId('sign-up-attr-email').locator('input').fill('mio@example.com')
  await signUp.getByTestId('sign-up-submit').click()
  await expect(signUp.getByTestId('sign-up-error')).toContainText('既に存在します')
  await snap(page, 'self-service-ja')
})
