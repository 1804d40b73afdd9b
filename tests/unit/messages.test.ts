import { describe, expect, it } from 'vitest'
import {
  fillSample,
  invitationProblems,
  messageProblems,
  type MessageSettings
} from '../../src/shared/messages'

const base = (): MessageSettings => ({
  verification: {
    option: 'CONFIRM_WITH_CODE',
    emailSubject: '',
    emailMessage: 'Your code is {####}',
    emailSubjectByLink: '',
    emailMessageByLink: '',
    sms: ''
  },
  invitation: { emailSubject: '', emailMessage: 'Hi {username}, your password is {####}', sms: '' },
  mfaSms: '',
  email: { sender: 'COGNITO_DEFAULT', sourceArn: '', from: '', replyTo: '', configurationSet: '' },
  sms: { snsCallerArn: '', externalId: '' }
})
const SES = 'arn:aws:ses:us-east-1:123456789012:identity/example.com'

describe('message rules', () => {
  it('accepts templates with their placeholders and empty fields (Cognito’s defaults)', () => {
    expect(messageProblems(base(), 'us-east-1')).toEqual([])
  })

  it('names the placeholder each template lacks', () => {
    const s = base()
    s.verification.emailMessage = 'Welcome aboard'
    s.invitation.emailMessage = 'Your password is {####}'
    s.invitation.sms = 'Hello {username}'
    s.mfaSms = 'Sign-in code'
    expect(messageProblems(s, 'us-east-1').map((p) => [p.field, p.code, p.params])).toEqual([
      ['verification.emailMessage', 'placeholderMissing', { placeholder: '{####}' }],
      ['invitation.emailMessage', 'placeholderMissing', { placeholder: '{username}' }],
      ['invitation.sms', 'placeholderMissing', { placeholder: '{####}' }],
      ['mfaSms', 'placeholderMissing', { placeholder: '{####}' }]
    ])
  })

  it('wants the link mark in a link verification email', () => {
    const s = base()
    s.verification.option = 'CONFIRM_WITH_LINK'
    s.verification.emailMessageByLink = 'Click to verify'
    expect(messageProblems(s, 'us-east-1')).toEqual([
      {
        field: 'verification.emailMessageByLink',
        code: 'placeholderMissing',
        params: { placeholder: '{##Verify email##}' }
      }
    ])
    s.verification.emailMessageByLink = 'Please {##verify your address##} today'
    expect(messageProblems(s, 'us-east-1')).toEqual([])
  })

  it('refuses an SES identity in another Region, a missing identity for SES and a stray configuration set', () => {
    const s = base()
    s.email = { ...s.email, sender: 'DEVELOPER' }
    expect(messageProblems(s, 'us-east-1').map((p) => p.code)).toEqual(['sesIdentityRequired'])
    s.email.sourceArn = SES.replace('us-east-1', 'eu-west-1')
    expect(messageProblems(s, 'us-east-1')).toEqual([
      {
        field: 'email.sourceArn',
        code: 'arnOtherRegion',
        params: { region: 'eu-west-1', expected: 'us-east-1' }
      }
    ])
    s.email.sourceArn = 'arn:aws:lambda:us-east-1:123456789012:function:x'
    expect(messageProblems(s, 'us-east-1')[0]?.code).toBe('arnMalformed')
    s.email = { ...s.email, sender: 'COGNITO_DEFAULT', sourceArn: SES, configurationSet: 'tracking' }
    expect(messageProblems(s, 'us-east-1').map((p) => p.code)).toEqual(['sesOnly'])
  })

  it('checks From and Reply-to as addresses, with or without a display name', () => {
    const s = base()
    s.email.from = 'Example <no-reply@example.com>'
    s.email.replyTo = 'support@example.com'
    expect(messageProblems(s, 'us-east-1')).toEqual([])
    s.email.replyTo = 'support at example'
    expect(messageProblems(s, 'us-east-1').map((p) => p.field)).toEqual(['email.replyTo'])
  })

  it('wants an IAM role for SMS, and a role for an external ID', () => {
    const s = base()
    s.sms.externalId = 'abc'
    expect(messageProblems(s, 'us-east-1').map((p) => p.code)).toEqual(['roleRequired'])
    s.sms.snsCallerArn = 'arn:aws:iam::123456789012:user/me'
    expect(messageProblems(s, 'us-east-1').map((p) => p.code)).toEqual(['roleInvalid'])
    s.sms.snsCallerArn = 'arn:aws:iam::123456789012:role/CognitoSms'
    expect(messageProblems(s, 'us-east-1')).toEqual([])
  })

  it('keeps the pool overview’s invitation check on the same placeholders', () => {
    expect(invitationProblems({ EmailMessage: 'Hi {username}', SMSMessage: '{####}' })).toEqual([
      'emailMissingCode',
      'smsMissingUsername'
    ])
  })

  it('fills sample values and turns the link mark into a link for the preview', () => {
    expect(fillSample('{username}: {####} {##Verify##}', { username: 'jane', code: '123456' })).toBe(
      'jane: 123456 <a href="#">Verify</a>'
    )
  })
})
