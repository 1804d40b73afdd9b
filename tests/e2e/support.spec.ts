import type { Page } from '@playwright/test'
import {
  AdminInitiateAuthCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  VerifySoftwareTokenCommand,
  type AdminDeleteSoftwareTokenCommandInput,
  type AdminDeleteSoftwareTokenCommandOutput,
  type AdminListUserSessionsCommandOutput,
  type AdminRevokeUserSessionCommandInput,
  type GetUserPoolSessionConfigurationCommandOutput,
  type SessionDescriptionType
} from '@aws-sdk/client-cognito-identity-provider'
import type { Harness } from '../support/harness'
import { ageUsers } from '../support/aged-user'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** A username pool with email as a sign-in alias and one-day temporary passwords, and three users who cannot sign in. */
async function supportPool(harness: Harness): Promise<{ poolId: string; name: string }> {
  const name = `support-${run}-${Math.random().toString(36).slice(2, 6)}`
  const input = { ...plainPool(name), aliases: ['email' as const] }
  input.passwordPolicy.temporaryPasswordValidityDays = 1
  const { id: poolId } = await harness.ok('pools', 'create', input)
  const user = (username: string, email: string, verified: boolean) =>
    harness.ok('users', 'create', {
      poolId,
      username,
      attributes: { email },
      emailVerified: verified,
      sendInvitation: false,
      generatePassword: true
    })
  await user('late.larry', 'larry@example.com', true)
  for (const [username, email, verified] of [
    ['off.olga', 'olga@example.com', true],
    ['vera', 'vera@example.com', false]
  ] as const) {
    await user(username, email, verified)
    await harness.ok('users', 'setPassword', { poolId, username, password: 'Perm-Pass-123', permanent: true })
  }
  await harness.ok('users', 'disable', { poolId, username: 'off.olga' })
  return { poolId, name }
}

async function openDesk(page: Page, poolName: string): Promise<void> {
  await goTo(page, '#/support')
  await page.getByTestId('support-pool').click()
  await page.keyboard.type(poolName)
  // The list loads as the screen opens: click the pool's option once it is there.
  await page.locator('.n-base-select-option', { hasText: poolName }).click()
  await expect(page.getByTestId('support-pool')).toContainText(poolName)
}

async function findAndCheck(page: Page, identifier: string): Promise<void> {
  await page.getByTestId('support-identifier').locator('input').fill(identifier)
  await page.getByTestId('support-find').click()
  await expect(page.getByTestId('sign-in-check')).toBeVisible()
}

test('support desk: an email address finds the user, the check says why they cannot sign in, and one click fixes each of three causes', async ({
  page,
  harness
}) => {
  const { poolId, name } = await supportPool(harness)
  // moto stamps users with its own clock and cannot back-date one: larry's answers are aged 10 days.
  const restore = ageUsers(harness.ctx.connections.active().clients.idp, ['late.larry'], 10)
  await openDesk(page, name)

  // 1. An expired temporary password: resend the invitation.
  await findAndCheck(page, 'larry@example.com')
  await expect(page.getByTestId('support-filters')).toContainText('email = "larry@example.com"')
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('Cannot sign in')
  await expect(page.getByTestId('reason-temporaryPasswordExpired')).toContainText(
    'The temporary password expired 9 day(s) ago'
  )
  await expect(page.getByTestId('fact-sessions')).toContainText('not offered by this endpoint')
  await snap(page, 'support-desk-expired-password')
  await page.getByTestId('fix-resendInvitation').click()
  await expect(page.getByTestId('sign-in-fix-result')).toContainText('late.larry')
  await expect(page.getByTestId('reason-temporaryPasswordExpired')).toHaveCount(0)
  await expect(page.getByTestId('reason-temporaryPasswordPending')).toBeVisible()
  restore()

  // 2. A disabled user: enable.
  await findAndCheck(page, 'off.olga')
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('Cannot sign in')
  await expect(page.getByTestId('reason-disabled')).toContainText('The user is disabled')
  await page.getByTestId('fix-enable').click()
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('Nothing stops this user from signing in')
  expect((await harness.ok('users', 'get', { poolId, username: 'off.olga' })).user.enabled).toBe(true)

  // 3. An unverified email that is a sign-in alias: mark it verified.
  await findAndCheck(page, 'vera@example.com')
  await expect(page.getByTestId('reason-emailUnverified')).toContainText(
    'The email address vera@example.com is a sign-in identifier but is not verified: signing in with it fails.'
  )
  await page.getByTestId('fix-verifyEmail').click()
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('Nothing stops this user from signing in')
  await expect(page.getByTestId('reason-emailUnverified')).toHaveCount(0)
})

test('the sign-in check on the user page speaks Japanese, and its fix updates the page', async ({
  page,
  harness
}) => {
  const { poolId } = await supportPool(harness)
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await goTo(page, `#/pools/${poolId}/users/off.olga`)
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('サインインできません')
  await expect(page.getByTestId('reason-disabled')).toContainText('ユーザーが無効です')
  await snap(page, 'support-desk-ja')
  await page.getByTestId('fix-enable').click()
  await expect(page.getByTestId('sign-in-verdict')).toHaveText('サインインを妨げるものはありません')
  await expect(page.getByTestId('user-enabled')).toHaveText('有効')
})

test('sessions: the user page lists active sessions, revokes one after confirmation, and signs out everywhere', async ({
  page,
  harness
}) => {
  const { poolId } = await supportPool(harness)
  const idp = harness.ctx.connections.active().clients.idp
  // moto 5.2.1 lacks session tracking, AdminListUserSessions and AdminRevokeUserSession: the harness
  // answers them inside the client's middleware (the audit observer still sees the revocation).
  let sessions: SessionDescriptionType[] = [
    {
      SessionId: 'phone',
      SessionType: 'TOKEN',
      ClientId: 'mobileapp',
      DeviceType: 'iPhone',
      LastIPAddress: '203.0.113.7',
      LastLocation: { City: 'Osaka', Country: 'Japan' },
      CreateDate: new Date('2026-11-20T09:00:00Z'),
      LastActiveDate: new Date('2026-11-26T09:00:00Z')
    },
    {
      SessionId: 'laptop',
      SessionType: 'SSO',
      DeviceType: 'Firefox',
      CreateDate: new Date('2026-11-25T09:00:00Z')
    }
  ]
  const stops = [
    answerOperation(
      idp,
      'GetUserPoolSessionConfigurationCommand',
      (): Omit<GetUserPoolSessionConfigurationCommandOutput, '$metadata'> => ({
        UserSessionTracking: 'ENABLED'
      })
    ),
    answerOperation(
      idp,
      'AdminListUserSessionsCommand',
      (): Omit<AdminListUserSessionsCommandOutput, '$metadata'> => ({ Sessions: sessions })
    ),
    answerOperation(idp, 'AdminRevokeUserSessionCommand', (input: AdminRevokeUserSessionCommandInput) => {
      sessions = sessions.filter((s) => s.SessionId !== input.SessionId)
      return {}
    })
  ]
  try {
    await goTo(page, `#/pools/${poolId}/users/vera`)
    const card = page.getByTestId('user-sessions')
    await expect(card.getByTestId('session-phone')).toContainText('Osaka, Japan')
    await expect(card.getByTestId('session-laptop')).toContainText('Firefox')
    await expect(page.getByTestId('fact-sessions')).toHaveText(/2/)
    await card.getByTestId('session-revoke-phone').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(card.getByTestId('sessions-result')).toContainText('Revoked the session; 1 remain.')
    await expect(card.getByTestId('session-phone')).toHaveCount(0)
    await snap(page, 'user-sessions')

    await card.getByTestId('sessions-revoke-all').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(card.getByTestId('sessions-result')).toContainText('vera')
    const log = await harness.ok('audit', 'list', { poolId })
    expect(log.operations).toEqual(
      expect.arrayContaining(['AdminRevokeUserSession', 'AdminUserGlobalSignOut'])
    )
  } finally {
    for (const stop of stops) stop()
  }
})

test('sessions: a pool that does not track sessions says how to turn tracking on', async ({
  page,
  harness
}) => {
  const { poolId } = await supportPool(harness)
  const stop = answerOperation(
    harness.ctx.connections.active().clients.idp,
    'GetUserPoolSessionConfigurationCommand',
    (): Omit<GetUserPoolSessionConfigurationCommandOutput, '$metadata'> => ({
      UserSessionTracking: 'DISABLED'
    })
  )
  try {
    await goTo(page, `#/pools/${poolId}/users/vera`)
    await expect(page.getByTestId('sessions-not-tracked')).toContainText('UserSessionTracking ENABLED')
    // moto does not list sessions either: the card says so rather than showing an empty list.
    await expect(page.getByTestId('sessions-not-offered')).toBeVisible()
  } finally {
    stop()
  }
})

/** Enrols an authenticator app for a user as the user would (sign in, associate, verify), then prefers it. */
async function enrolAuthenticator(harness: Harness, poolId: string, username: string): Promise<void> {
  const idp = harness.ctx.connections.active().clients.idp
  const { UserPoolClient } = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'desk-app',
      ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  const signedIn = await idp.send(
    new AdminInitiateAuthCommand({
      UserPoolId: poolId,
      ClientId: UserPoolClient?.ClientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: 'Perm-Pass-123' }
    })
  )
  const AccessToken = signedIn.AuthenticationResult?.AccessToken
  await idp.send(new AssociateSoftwareTokenCommand({ AccessToken }))
  // moto accepts any code unless its TOTP check is switched on.
  await idp.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: '123456' }))
  await harness.ok('users', 'setMfa', {
    poolId,
    username,
    enabled: ['SOFTWARE_TOKEN_MFA'],
    preferred: 'SOFTWARE_TOKEN_MFA'
  })
}

test('lost authenticator: the check offers the reset, the dialog shows before and after, and the authenticator, its preference and the sessions go', async ({
  page,
  harness
}) => {
  const name = `lost-${run}`
  const { id: poolId } = await harness.ok('pools', 'create', { ...plainPool(name), mfa: 'OPTIONAL' })
  await harness.ok('users', 'create', {
    poolId,
    username: 'tess',
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
  await harness.ok('users', 'setPassword', {
    poolId,
    username: 'tess',
    password: 'Perm-Pass-123',
    permanent: true
  })
  await enrolAuthenticator(harness, poolId, 'tess')
  // moto 5.2.1 lacks AdminDeleteSoftwareToken: answered inside the client, so the audit log still records it.
  const deleted: AdminDeleteSoftwareTokenCommandInput[] = []
  const stop = answerOperation(
    harness.ctx.connections.active().clients.idp,
    'AdminDeleteSoftwareTokenCommand',
    (
      input: AdminDeleteSoftwareTokenCommandInput
    ): Omit<AdminDeleteSoftwareTokenCommandOutput, '$metadata'> => {
      deleted.push(input)
      return {}
    }
  )
  try {
    await openDesk(page, name)
    await findAndCheck(page, 'tess')
    await expect(page.getByTestId('fact-mfa')).toContainText('SOFTWARE_TOKEN_MFA')
    await expect(page.getByTestId('reason-authenticatorApp')).toContainText('authenticator app')
    await page.getByTestId('fix-resetAuthenticator').click()
    const dialog = page.getByTestId('lost-authenticator-dialog')
    await expect(dialog.getByTestId('lost-authenticator-steps')).toContainText(
      'Authenticator MFA: on, preferred → off'
    )
    await snap(page, 'support-lost-authenticator')
    await dialog.getByTestId('lost-authenticator-run').click()
    await expect(dialog.getByTestId('lost-authenticator-result')).toContainText(
      'Reset the authenticator of tess.'
    )
    for (const step of ['deleteSoftwareToken', 'mfaPreference', 'signOut'])
      await expect(dialog.getByTestId(`lost-authenticator-${step}`)).toContainText(': done')
    expect(deleted).toEqual([{ UserPoolId: poolId, Username: 'tess' }])
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(page.getByTestId('reason-authenticatorApp')).toHaveCount(0)
    await expect(page.getByTestId('fact-mfa')).not.toContainText('SOFTWARE_TOKEN_MFA')
    const { mfa } = await harness.ok('users', 'get', { poolId, username: 'tess' })
    expect(mfa.enabled).not.toContain('SOFTWARE_TOKEN_MFA')
    const log = await harness.ok('audit', 'list', { poolId })
    expect(log.operations).toEqual(
      expect.arrayContaining([
        'AdminDeleteSoftwareToken',
        'AdminSetUserMFAPreference',
        'AdminUserGlobalSignOut'
      ])
    )
  } finally {
    stop()
  }
})
