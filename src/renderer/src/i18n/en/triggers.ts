/** Lambda triggers of a user pool: what each does, its function, and the permission Cognito needs. */
export default {
  tab: 'Triggers',
  title: 'Lambda triggers',
  intro:
    'Cognito calls these functions at points of sign-up, sign-in and messaging. Each function must let the pool invoke it.',
  columns: { trigger: 'Trigger', function: 'Function', permission: 'Invoke permission' },
  notSet: 'Not set',
  set: 'Set',
  change: 'Change',
  remove: 'Remove',
  showPermission: 'Statement',
  kmsKey: 'KMS key for the custom senders: {key}',
  kinds: {
    preSignUp: {
      name: 'Pre sign-up',
      when: 'Runs before a user is created by sign-up, by an administrator or by a federated sign-in.',
      changes: 'Can refuse the sign-up, confirm the user and mark the email or phone verified.'
    },
    customMessage: {
      name: 'Custom message',
      when: 'Runs before Cognito sends a verification, invitation, MFA or recovery message.',
      changes: 'Can rewrite the subject and body of the email and the SMS text.'
    },
    postConfirmation: {
      name: 'Post confirmation',
      when: 'Runs after a user confirms the sign-up or a forgotten-password reset.',
      changes: 'Changes nothing in Cognito; used to welcome the user or copy them to another system.'
    },
    preAuthentication: {
      name: 'Pre authentication',
      when: 'Runs when a user signs in, before the password is checked.',
      changes: 'Can refuse the sign-in.'
    },
    postAuthentication: {
      name: 'Post authentication',
      when: 'Runs after a successful sign-in.',
      changes: 'Changes nothing in Cognito; used for logging or analytics.'
    },
    defineAuthChallenge: {
      name: 'Define auth challenge',
      when: 'Runs at each step of a custom authentication flow.',
      changes: 'Decides the next challenge, and whether tokens are issued or the sign-in fails.'
    },
    createAuthChallenge: {
      name: 'Create auth challenge',
      when: 'Runs when the define trigger asks for a custom challenge.',
      changes: 'Creates the challenge and its expected answer.'
    },
    verifyAuthChallengeResponse: {
      name: 'Verify auth challenge response',
      when: 'Runs when the user answers a custom challenge.',
      changes: 'Says whether the answer is correct.'
    },
    preTokenGeneration: {
      name: 'Pre token generation',
      when: 'Runs before Cognito issues tokens at sign-in and refresh.',
      changes:
        'Can add, change or hide claims and groups. Version 1 changes the ID token; versions 2 and 3 also the access token (3 for machine-to-machine too).'
    },
    userMigration: {
      name: 'User migration',
      when: 'Runs when a user who does not exist yet signs in or resets the password.',
      changes: 'Can create the user from another directory, keeping the password they typed.'
    },
    customEmailSender: {
      name: 'Custom email sender',
      when: 'Runs instead of Cognito’s own email for every code and link.',
      changes:
        'Sends the email through a provider of your choice; the code arrives encrypted with the KMS key.'
    },
    customSmsSender: {
      name: 'Custom SMS sender',
      when: 'Runs instead of Cognito’s own SMS for every code.',
      changes: 'Sends the SMS through a provider of your choice; the code arrives encrypted with the KMS key.'
    },
    inboundFederation: {
      name: 'Inbound federation',
      when: 'Runs when a user signs in through a SAML or OpenID Connect provider.',
      changes: 'Can change the attributes the provider sends before Cognito maps them to the user.'
    }
  },
  permission: {
    granted: 'Granted',
    missing: 'Missing',
    unknown: 'Not readable',
    missingHelp:
      'The function’s resource policy does not let this pool invoke it: the trigger fails until this statement is added.',
    unknownHelp:
      'The console could not read the function’s policy ({reason}). Check that it holds this statement.',
    grantedHelp: 'The function’s resource policy lets this pool invoke it. The statement, for reference:',
    statement: 'Resource-policy statement',
    cli: 'The same with the AWS CLI',
    title: 'Invoke permission of {trigger}'
  },
  form: {
    title: 'Set the {trigger} trigger',
    function: 'Function',
    functionPlaceholder: 'Pick a function or paste its ARN',
    functionsUnavailable: 'The account’s functions could not be listed ({reason}). Paste the function’s ARN.',
    version: 'Event version',
    kmsKey: 'KMS key ARN',
    kmsKeyHelp: 'One key for both custom senders: changing it here changes it for the other one too.',
    preview: 'Change',
    previewNone: '(none)',
    save: 'Set trigger'
  },
  removeTitle: 'Remove the {trigger} trigger?',
  removeDescription: 'The pool stops calling {function}. The function itself is kept.',
  saved: '{trigger} now calls {function}.',
  removed: '{trigger} removed.',
  problems: {
    arnMalformed: 'That is not a full ARN. It looks like {example}.',
    arnOtherRegion: 'This is in {region}, the pool in {expected}: Cognito calls only its own Region.',
    kmsKeyRequired: 'A custom sender needs a KMS key to encrypt the codes it receives.',
    versionNotAccepted: 'This trigger accepts the event versions {versions}.'
  }
}
