/** Messages a user pool sends (verification, invitation, MFA) and who sends them (Cognito, SES, SNS). */
export default {
  tab: 'Messages',
  title: 'Messages and senders',
  intro:
    'What Cognito writes to users when they sign up, are invited or sign in with an SMS code, and which sender delivers it. Leave a field empty for Cognito’s default text.',
  edit: 'Edit',
  save: 'Review changes',
  htmlPreviewTitle: 'The email as sent, with sample values',
  previewTitle: 'Save the messages of this pool',
  saved: 'Messages saved.',
  sections: {
    verification: 'Verification',
    invitation: 'Invitation (a user created by an administrator)',
    mfa: 'MFA',
    email: 'Email sender',
    sms: 'SMS sender'
  },
  fields: {
    option: 'Verify with',
    emailSubject: 'Email subject',
    emailMessage: 'Email message',
    emailSubjectByLink: 'Email subject (link)',
    emailMessageByLink: 'Email message (link)',
    sms: 'SMS message',
    mfaSms: 'MFA SMS message',
    sender: 'Sent by',
    sourceArn: 'SES identity ARN',
    from: 'From',
    replyTo: 'Reply-to',
    configurationSet: 'SES configuration set',
    snsCallerArn: 'IAM role Cognito uses to send SMS',
    externalId: 'External ID'
  },
  options: { CONFIRM_WITH_CODE: 'A code', CONFIRM_WITH_LINK: 'A link' },
  senders: { COGNITO_DEFAULT: 'Cognito (default)', DEVELOPER: 'Amazon SES' },
  defaultText: 'Cognito’s default',
  placeholders: 'Placeholders: {code} the code or temporary password, {username} the username.',
  linkPlaceholder: 'The link is written as {mark}; the text between the marks is what the user clicks.',
  dailyLimit:
    'Cognito’s own sender delivers at most {limit} emails a day for this pool. Bulk invitations or password resets beyond that fail; use SES for more.',
  sesNote: 'SES sends with the limits of your SES account. The identity must be verified in SES.',
  smsNote:
    'New AWS accounts send SMS in the SNS sandbox: only to verified numbers, until you ask AWS to move the account out of it.',
  tierNote: 'Feature plan: {tier}.',
  htmlPreview: 'Email as the user sees it (sample values, no scripts, no network)',
  sample: { username: 'jane.doe', code: '123456' },
  problems: {
    placeholderMissing: 'Add {placeholder}: without it the user cannot read the value it stands for.',
    tooShort: 'At least {min} characters, or empty for Cognito’s default.',
    sesIdentityRequired: 'SES needs the ARN of a verified SES identity.',
    sesOnly: 'A configuration set applies only when SES sends the email. Choose SES or leave it empty.',
    emailInvalid: "Write an address as name{'@'}example.com or Name <name{'@'}example.com>.",
    roleInvalid: 'Use an IAM role ARN such as arn:aws:iam::123456789012:role/CognitoSms.',
    roleRequired: 'An external ID belongs to a role: enter the role too, or leave it empty.',
    arnMalformed: 'That is not an SES identity ARN. Use the full ARN, e.g. {example}.',
    arnOtherRegion: 'This identity is in {region}, the pool in {expected}: verify it in SES in {expected}.'
  }
}
