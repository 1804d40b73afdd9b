import type {
  UnlinkIdentityCommandInput,
  UnlinkIdentityCommandOutput
} from '@aws-sdk/client-cognito-identity'
import { DEMO_PASSWORD } from '../../scripts/seed'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test, TEST_REGION } from './fixtures'

test('credentials lab: a run’s login is unlinked from its identity after a confirmation naming both', async ({
  page,
  harness,
  seed
}) => {
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  const { loginId } = await harness.ok('testLogin', 'start', {
    poolId: seed.customersPoolId,
    clientId: seed.webClientId,
    flow: 'USER_PASSWORD_AUTH',
    username: user,
    password: DEMO_PASSWORD
  })
  // moto 5.2.1 has no UnlinkIdentity: the call is answered inside the connection's identity client,
  // typed by the SDK, after the console's audit observer.
  const sent: UnlinkIdentityCommandInput[] = []
  const stop = answerOperation(
    harness.ctx.connections.active().clients.identity,
    'UnlinkIdentityCommand',
    (input: UnlinkIdentityCommandInput) => {
      sent.push(input)
      return {} satisfies Omit<UnlinkIdentityCommandOutput, '$metadata'>
    }
  )
  try {
    const provider = `cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`
    await goTo(page, `#/identity-pools/lab?pool=${encodeURIComponent(seed.identityPoolId)}&login=${loginId}`)
    const lab = page.getByTestId('credentials-lab-view')
    await lab.getByTestId('lab-run').click()
    const identityId = (await lab.getByTestId('lab-identity-id').textContent()) ?? ''
    expect(identityId).toContain(`${TEST_REGION}:`)

    const card = lab.getByTestId('lab-unlink')
    await expect(card).toContainText(`linked to the login ${provider}`)
    await card.getByTestId('lab-unlink-login').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText(`Unlink ${provider}?`)
    await expect(dialog).toContainText(`from the identity ${identityId}`)
    await dialog.getByTestId('dialog-confirm').click()

    await expect(card.getByTestId('lab-unlinked')).toContainText(
      `The login ${provider} was unlinked from ${identityId}. The identity stays, without this login`
    )
    await expect(card.getByTestId('lab-unlink-login')).toHaveCount(0)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.IdentityId).toBe(identityId)
    expect(sent[0]?.LoginsToRemove).toEqual([provider])
    expect(Object.keys(sent[0]?.Logins ?? {})).toEqual([provider])
    await snap(page, 'credentials-lab-unlinked')
  } finally {
    stop()
  }
})
