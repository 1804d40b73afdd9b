import type {
  AdminListUserAuthEventsCommandOutput,
  AdminUpdateAuthEventFeedbackCommandInput,
  DescribeRiskConfigurationCommandOutput,
  RiskConfigurationType,
  SetRiskConfigurationCommandInput
} from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/**
 * moto 5.2.1 has no risk configuration: DescribeRiskConfiguration and SetRiskConfiguration are answered
 * inside the connection's client (SDK-typed, audited as real calls), keeping what was set so the screen
 * reads it back. The pool and every other call are moto's.
 */
function answerRisk(harness: Harness, initial: RiskConfigurationType) {
  let stored = initial
  const sent: SetRiskConfigurationCommandInput[] = []
  const idp = harness.ctx.connections.active().clients.idp
  const stops = [
    answerOperation(
      idp,
      'DescribeRiskConfigurationCommand',
      () =>
        ({ RiskConfiguration: stored }) satisfies Omit<DescribeRiskConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(idp, 'SetRiskConfigurationCommand', (input: SetRiskConfigurationCommandInput) => {
      sent.push(input)
      stored = { ...input, ClientId: 'ALL' }
      return { RiskConfiguration: stored }
    })
  ]
  return { sent, stop: () => stops.forEach((stop) => stop()) }
}

async function openThreat(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-threat-protection').click()
  await expect(page.getByTestId('pool-threat-protection')).toBeVisible()
  return id
}

test('says the endpoint does not offer risk configuration, and what the pool’s plan allows', async ({
  page,
  harness
}) => {
  await openThreat(page, harness, `e2e-threat-none-${run}`)
  await expect(page.getByTestId('threat-error')).toContainText('does not offer risk configuration')
  await expect(page.getByTestId('threat-plan-mode')).toHaveText('Off')
  await expect(page.getByTestId('threat-plan-note')).toContainText('needs the Plus feature plan')
  await expect(page.getByTestId('threat-review')).toBeDisabled()
})

test('blocks IP ranges and compromised credentials after refusing a bad range and previewing the change', async ({
  page,
  harness
}) => {
  const risk = answerRisk(harness, { ClientId: 'ALL' })
  try {
    const poolId = await openThreat(page, harness, `e2e-threat-${run}`)
    await page.getByTestId('threat-alwaysBlock').locator('textarea').fill('203.0.113.7/24\nnot-a-range')
    await expect(page.getByTestId('threat-alwaysBlock-problem').first()).toContainText(
      'write the network, 203.0.113.0/24'
    )
    await expect(page.getByTestId('threat-alwaysBlock-problem').nth(1)).toContainText('not a range in CIDR')
    await expect(page.getByTestId('threat-review')).toBeDisabled()
    await page.getByTestId('threat-alwaysBlock').locator('textarea').fill('203.0.113.0/24\n2001:db8::/32')
    await page.getByTestId('threat-compromised-on').click()
    await page.getByTestId('threat-compromised-event-SIGN_UP').click()
    await page.getByTestId('threat-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-exceptions.alwaysBlock')).toContainText(
      '203.0.113.0/24, 2001:db8::/32'
    )
    await expect(preview.getByTestId('change-compromisedCredentials.eventAction')).toContainText('BLOCK')
    await snap(page, 'threat-protection-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(preview).toBeHidden()

    expect(risk.sent).toEqual([
      {
        UserPoolId: poolId,
        RiskExceptionConfiguration: {
          SkippedIPRangeList: [],
          BlockedIPRangeList: ['203.0.113.0/24', '2001:db8::/32']
        },
        CompromisedCredentialsRiskConfiguration: {
          EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE'],
          Actions: { EventAction: 'BLOCK' }
        }
      }
    ])
    await expect(page.getByTestId('threat-review')).toBeDisabled()
  } finally {
    risk.stop()
  }
})

test('the threat protection screen speaks Japanese', async ({ page, harness }) => {
  const risk = answerRisk(harness, { ClientId: 'ALL' })
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await openThreat(page, harness, `e2e-threat-ja-${run}`)
    await page.getByTestId('threat-takeover-on').click()
    await page.getByTestId('threat-takeover-notify-high').click()
    await page.getByTestId('threat-alwaysAllow').locator('textarea').fill('10.0.0.1')
    await expect(page.getByTestId('threat-alwaysAllow-problem')).toContainText(
      'CIDR 表記の範囲ではありません'
    )
    await expect(page.getByTestId('threat-notify')).toContainText('送信元の SES ID が必要です')
    await snap(page, 'threat-protection-ja')
  } finally {
    risk.stop()
  }
})

test('a user’s auth events show their risk, and feedback goes after a preview', async ({ page, harness }) => {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(`e2e-threat-events-${run}`))
  const username = 'risky.user'
  await harness.ok('users', 'create', {
    poolId,
    username,
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
  // Without auth events on the endpoint (moto keeps none), the card says so.
  await goTo(page, `#/pools/${poolId}/users/${username}`)
  await expect(page.getByTestId('user-auth-events')).toContainText('does not offer auth events')

  // moto 5.2.1 lacks AdminListUserAuthEvents and AdminUpdateAuthEventFeedback: both are answered in the
  // client (audited as real calls), the feedback kept so the list read after it shows it.
  const feedback: AdminUpdateAuthEventFeedbackCommandInput[] = []
  const idp = harness.ctx.connections.active().clients.idp
  const stops = [
    answerOperation(
      idp,
      'AdminListUserAuthEventsCommand',
      () =>
        ({
          AuthEvents: [
            {
              EventId: 'ev-1',
              EventType: 'SignIn',
              CreationDate: new Date('2026-11-20T10:00:00Z'),
              EventResponse: 'Fail',
              EventRisk: { RiskLevel: 'High', RiskDecision: 'Block', CompromisedCredentialsDetected: true },
              ChallengeResponses: [{ ChallengeName: 'Password', ChallengeResponse: 'Success' }],
              EventContextData: { IpAddress: '198.51.100.7', DeviceName: 'Firefox, Linux' },
              ...(feedback[0]
                ? { EventFeedback: { FeedbackValue: feedback[0].FeedbackValue, Provider: 'Admin' } }
                : {})
            }
          ]
        }) satisfies Omit<AdminListUserAuthEventsCommandOutput, '$metadata'>
    ),
    answerOperation(
      idp,
      'AdminUpdateAuthEventFeedbackCommand',
      (input: AdminUpdateAuthEventFeedbackCommandInput) => {
        feedback.push(input)
        return {}
      }
    )
  ]
  try {
    await page.reload()
    const card = page.getByTestId('user-auth-events')
    await expect(card.getByTestId('auth-event-ev-1')).toContainText('Risk High')
    await expect(card.getByTestId('auth-event-ev-1')).toContainText('Compromised credentials')
    await expect(card.getByTestId('auth-event-ev-1')).toContainText('198.51.100.7')
    await card.getByTestId('auth-event-invalid-ev-1').click()
    const preview = page.getByTestId('change-preview')
    await expect(preview).toContainText('it was not the user')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(card.getByTestId('auth-event-ev-1')).toContainText('Feedback: it was not the user')
    expect(feedback).toEqual([
      { UserPoolId: poolId, Username: username, EventId: 'ev-1', FeedbackValue: 'Invalid' }
    ])
    await snap(page, 'user-auth-events')
  } finally {
    stops.forEach((stop) => stop())
  }
})
