export default {
  title: 'Sign-in check',
  intro:
    'Type what the person gave you (username, email address or phone number) to find them and see why they cannot sign in.',
  find: {
    pool: 'User pool',
    poolPlaceholder: 'Choose a user pool',
    identifier: 'Username, email or phone (+81…)',
    run: 'Find and check',
    none: 'No user of this pool has that username, email address or phone number.',
    filters: 'Looked for: {filters}',
    several: '{count} users match: pick one.',
    choosePool: 'Choose the user pool first.'
  },
  client: {
    label: 'App client the app signs in through (optional)',
    placeholder: 'Any client',
    flow: 'Flow the app uses'
  },
  run: 'Check sign-in',
  rerun: 'Check again',
  checkedAt: 'Checked {at}',
  verdict: {
    blocked: 'Cannot sign in',
    atRisk: 'Can sign in, with problems',
    ok: 'Nothing stops this user from signing in'
  },
  noReasons: 'Status, pool settings and the answers below show nothing that would refuse this user.',
  severity: { blocking: 'blocks', warning: 'warning', info: 'note' },
  reasons: {
    disabled: 'The user is disabled: Cognito refuses every sign-in.',
    unconfirmed: 'The sign-up was never confirmed: the user cannot sign in until it is.',
    temporaryPasswordExpired:
      'The temporary password expired {days} day(s) ago (on {expiresOn}): resend the invitation for a new one.',
    temporaryPasswordPending:
      'The user has not chosen a password yet: the temporary password works for {days} more day(s) (until {expiresOn}).',
    resetRequired: 'An admin reset the password: the user must set a new one with the code sent to them.',
    compromised: 'Cognito marked the password compromised: the user must reset it.',
    archived: 'The account is archived and cannot sign in.',
    externalProvider:
      'The user signs in through an external provider ({providers}), not with a password here.',
    emailUnverified: {
      alias:
        'The email address {value} is a sign-in identifier but is not verified: signing in with it fails.',
      username:
        'The email address {value} is a sign-in identifier but is not verified: codes such as password resets cannot reach it.'
    },
    phoneUnverified: {
      alias:
        'The phone number {value} is a sign-in identifier but is not verified: signing in with it fails.',
      username:
        'The phone number {value} is a sign-in identifier but is not verified: codes such as password resets cannot reach it.'
    },
    mfaRequiredNoFactor:
      'The pool requires MFA ({factors}) but the user has no factor Cognito can use: sign-in stops at MFA.',
    mfaSetupAtSignIn:
      'The pool requires MFA and the user has none yet: they will be asked to set up an authenticator app.',
    authenticatorApp:
      'The user signs in with an authenticator app: if they lost it, reset the authenticator.',
    noAllowedFirstFactor:
      'None of the user’s factors ({configured}) is allowed as a first sign-in factor by the pool ({allowed}).',
    repeatedFailures:
      '{count} failed sign-ins in a row, the last on {last}: the user may be locked out for a while (Cognito delays further attempts).',
    highRisk: 'The latest sign-in ({at}) was rated high risk by threat protection.',
    clientFlowNotAllowed:
      'App client {client} does not allow {flow} ({setting} is off): the app’s sign-in is refused.',
    activeSessions: 'The user has {count} active session(s).',
    linkedIdentities: 'Linked to {providers}: the user may also sign in through that provider.'
  },
  fixes: {
    resendInvitation: 'Resend invitation',
    enable: 'Enable',
    confirmSignUp: 'Confirm sign-up',
    resetPassword: 'Reset password',
    verifyEmail: 'Mark email verified',
    verifyPhone: 'Mark phone verified',
    resetAuthenticator: 'Lost authenticator…',
    openClient: 'Open app clients'
  },
  facts: {
    title: 'What the check read',
    status: 'Status',
    mfa: 'MFA',
    poolMfa: 'Pool MFA',
    signInWith: 'Sign-in identifiers',
    tier: 'Feature plan',
    authFactors: 'Auth factors',
    authEvents: 'Recent auth events',
    sessions: 'Active sessions',
    devices: 'Remembered devices',
    none: 'none',
    username: 'username',
    notOffered: 'not offered by this endpoint'
  },
  notOfferedNote: 'Some answers are not offered by this endpoint; the check went without them.',
  confirmReset:
    'Reset {username}’s password? Their current password stops working; Cognito sends them a code to set a new one.'
}
