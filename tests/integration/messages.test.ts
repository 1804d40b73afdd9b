import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { MessageSettings } from '@shared/messages'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

const settings: MessageSettings = {
  verification: {
    option: 'CONFIRM_WITH_LINK',
    emailSubject: 'Your code',
    emailMessage: 'Your code is {####}',
    emailSubjectByLink: 'Verify your address',
    emailMessageByLink: 'Please {##verify your address##}.',
    sms: 'Code {####}'
  },
  invitation: {
    emailSubject: 'Welcome',
    emailMessage: '<p>Hello {username}, your temporary password is <b>{####}</b></p>',
    sms: '{username} / {####}'
  },
  mfaSms: 'Sign-in code {####}',
  email: {
    sender: 'DEVELOPER',
    sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com',
    from: 'Example <no-reply@example.com>',
    replyTo: 'support@example.com',
    configurationSet: 'tracking'
  },
  sms: { snsCallerArn: 'arn:aws:iam::123456789012:role/CognitoSms', externalId: 'ext-1' }
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`messages-${run}`))).id
})
afterAll(() => h?.dispose())

describe('messages against moto', () => {
  it('reads a new pool’s messages with Cognito’s sender and its daily limit', async () => {
    const messages = await h.ok('messages', 'get', { poolId })
    expect(messages.settings.email.sender).toBe('COGNITO_DEFAULT')
    expect(messages.emailDailyLimit).toBe(50)
    expect(messages.region).toBe('us-east-1')
  })

  it('writes templates, the SES sender and the SMS role, and keeps the other pool settings', async () => {
    const before = await h.ok('pools', 'describe', { poolId })
    const saved = await h.ok('messages', 'set', { poolId, settings })
    expect(saved.settings).toEqual(settings)
    expect(saved.emailDailyLimit).toBeUndefined()
    const { UserPool } = await h.ctx.connections
      .active()
      .clients.idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))
    expect(UserPool?.AdminCreateUserConfig?.InviteMessageTemplate?.SMSMessage).toBe('{username} / {####}')
    expect(UserPool?.VerificationMessageTemplate?.DefaultEmailOption).toBe('CONFIRM_WITH_LINK')
    expect(UserPool?.EmailVerificationMessage).toBe('Your code is {####}')
    expect(UserPool?.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      ConfigurationSet: 'tracking'
    })
    expect(UserPool?.SmsConfiguration).toMatchObject({
      SnsCallerArn: settings.sms.snsCallerArn,
      ExternalId: 'ext-1'
    })
    const after = await h.ok('pools', 'describe', { poolId })
    expect(after.passwordPolicy).toEqual(before.passwordPolicy)
    expect(after.selfSignUp).toBe(before.selfSignUp)
    expect(after.messages.invitationProblems).toEqual([])
  })

  it('refuses an invitation without its password placeholder and an SES identity in another Region', async () => {
    const noCode = await h.call('messages', 'set', {
      poolId,
      settings: { ...settings, invitation: { ...settings.invitation, emailMessage: 'Hello {username}' } }
    })
    expect(noCode.ok ? null : noCode.error).toMatchObject({
      code: 'VALIDATION',
      params: { reason: 'placeholderMissing', field: 'invitation.emailMessage' }
    })
    const otherRegion = await h.call('messages', 'set', {
      poolId,
      settings: {
        ...settings,
        email: { ...settings.email, sourceArn: settings.email.sourceArn.replace('us-east-1', 'eu-west-1') }
      }
    })
    expect(otherRegion.ok ? null : otherRegion.error.params).toMatchObject({ reason: 'arnOtherRegion' })
    expect((await h.ok('messages', 'get', { poolId })).settings).toEqual(settings)
  })

  it('goes back to Cognito’s sender, dropping the SES-only configuration set', async () => {
    const saved = await h.ok('messages', 'set', {
      poolId,
      settings: { ...settings, email: { ...settings.email, sender: 'COGNITO_DEFAULT', configurationSet: '' } }
    })
    expect(saved.settings.email).toMatchObject({ sender: 'COGNITO_DEFAULT', configurationSet: '' })
    expect(saved.emailDailyLimit).toBe(50)
  })

  it('refuses to change messages on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const refused = await ro.call('messages', 'set', { poolId, settings })
      expect(refused.ok ? null : refused.error.code).toBe('READ_ONLY')
    } finally {
      ro.dispose()
    }
  })
})
