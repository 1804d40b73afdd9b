export default {
  title: 'Credentials lab',
  intro:
    'Get AWS credentials from an identity pool as a guest, as a test login, or with a token, and see every call.',
  pool: 'Identity pool',
  poolPlaceholder: 'Choose an identity pool or type its ID',
  source: 'Who asks',
  sources: { guest: 'Guest', login: 'Test login', token: 'Pasted token', developer: 'Developer provider' },
  login: 'Test login',
  loginPlaceholder: 'Choose a signed-in test login',
  noLogins: 'No signed-in test login: sign in on the Test login screen, or paste an ID token.',
  provider: 'Provider',
  providers: {
    cognito: 'Cognito user pool (ID token)',
    facebook: 'Facebook',
    google: 'Google',
    amazon: 'Login with Amazon',
    oidc: 'OIDC provider',
    saml: 'SAML assertion'
  },
  signIn: 'Sign a user in…',
  providerKey: 'Logins key',
  providerKeyHint: 'Filled in from the identity pool’s providers; edit it if needed.',
  providerKeyStandard: 'The provider’s standard key.',
  providerKeyNotInPool:
    'The provider’s standard key, but the identity pool does not list this provider: it will refuse the login.',
  providerKeyEnter: 'Enter the provider’s Logins key.',
  token: 'Token',
  tokenPlaceholder: 'Paste the token (a SAML assertion in base64)',
  flow: 'Flow',
  flows: {
    enhanced: 'Enhanced: GetId → GetCredentialsForIdentity',
    basic: 'Basic: GetId → GetOpenIdToken → STS AssumeRoleWithWebIdentity'
  },
  customRole: 'Custom role ARN (optional)',
  role: 'Role to assume',
  rolePlaceholder: 'Defaults to the pool’s role when the endpoint can tell it',
  logins: 'Logins map',
  loginToken: '(ID token of {username})',
  loginsGuest: 'No Logins map: a guest identity.',
  run: 'Get credentials',
  steps: 'Steps',
  noCallMade: 'No call was made: the console stopped before sending anything to the identity pool.',
  request: 'Request',
  response: 'Response',
  ms: '{ms} ms',
  result: 'Credentials',
  identityId: 'Identity ID',
  accessKeyId: 'Access key ID',
  secretKey: 'Secret access key',
  sessionToken: 'Session token',
  expires: 'Expires',
  expiresIn: 'in {time}',
  expired: 'Expired',
  assumedRole: 'Assumed role',
  caller: 'STS GetCallerIdentity with these credentials',
  copyAs: 'Copy as',
  formats: {
    env: 'Environment variables (sh)',
    powershell: 'Environment variables (PowerShell)',
    profile: 'Credentials-file profile',
    json: 'JSON (credential_process)'
  },
  memoryOnly: 'These credentials exist only in this window’s memory.',
  failed: 'The flow stopped',
  invalidPool: 'An identity pool ID looks like us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd.',
  developer: {
    provider: 'Developer provider name',
    noProvider:
      'This identity pool has no developer provider: edit the pool and give it one (your back-end’s name, e.g. login.example.com).',
    providerUnknown: 'Choose an identity pool to see its developer provider.',
    userIdentifier: 'Back-end user id',
    userIdentifierPlaceholder: 'The id your back-end knows the user by',
    identityId: 'Existing identity ID (optional)',
    identityIdHint:
      'Leave empty to get (or create) the identity of this user id; give one to link the user id to it.',
    tokenDuration: 'Token duration (optional)',
    tokenDurationHint:
      'Empty: Cognito’s default of {default} seconds (15 minutes); at most {max} (24 hours).',
    seconds: 'seconds',
    loginsThen:
      'Sent as the developer login to GetOpenIdTokenForDeveloperIdentity; the token it returns is then sent under {key}.',
    problems: {
      userIdMissing: 'Enter the back-end user id to sign in as.',
      userIdTooLong: 'A back-end user id is at most {max} characters: shorten it.',
      identityIdFormat:
        'An identity ID looks like us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd: copy it from the pool’s identities, or leave it empty.',
      identityIdRegion:
        'This identity is in {region}, but the identity pool is in {poolRegion}: use an identity of this pool, or leave it empty.',
      durationRange:
        'Enter a whole number of seconds from {min} to {max} (24 hours), or leave it empty for 15 minutes.'
    }
  },
  openIdToken: {
    title: 'OpenID token',
    issuedBy: 'Issued by',
    token: 'Token',
    issuer: 'Issuer (iss)',
    subject: 'Identity (sub)',
    audience: 'Identity pool (aud)',
    amr: 'Sign-in (amr)',
    validity: 'Valid',
    fromTo: 'from {from} to {to}',
    allClaims: 'All claims',
    opaque:
      'The token is not a JSON Web Token, so its claims cannot be shown (Cognito issues a JWT; an emulator may not).'
  },
  unlink: {
    title: 'Linked login',
    about:
      'The identity {identityId} is linked to the login {provider}. Unlinking removes that login from the identity (UnlinkIdentity, sent with the token of this run).',
    action: 'Unlink this login',
    confirmTitle: 'Unlink {provider}?',
    confirmText:
      'Cognito will remove the login {provider} from the identity {identityId}. The identity stays, without this login: signing in with it again gets another identity. An identity left with no login is an unauthenticated (guest) identity only.',
    done: 'The login {provider} was unlinked from {identityId}. The identity stays, without this login; if it has no other login left, it is now unauthenticated only.',
    developer:
      'This identity’s login is a developer identity: unlink its back-end user id with UnlinkDeveloperIdentity on the identity pool’s Developer identities tab.',
    developerLink: 'Open Developer identities',
    refusals: {
      RUN_GONE:
        'This run’s login is no longer in memory (it is kept for an hour at most, until its token expires, and forgotten when the connection changes): run the lab again, then unlink.',
      PROVIDER_NOT_IN_RUN: 'This run did not sign in with {provider}: run the lab with that login first.',
      DEVELOPER_LOGIN:
        'A developer identity’s login is unlinked with UnlinkDeveloperIdentity on the Developer identities tab.'
    }
  },
  failures: {
    GUEST_DISABLED:
      'Guest access is turned off for this identity pool, so a visitor without a login gets no identity.',
    PROVIDER_NOT_CONFIGURED:
      'The identity pool does not accept logins from {provider}: it is not one of its authentication providers.',
    TOKEN_OTHER_CLIENT:
      'The ID token was issued to an app client that the identity pool does not list for this user pool.',
    ROLE_TRUST:
      'The role refused this identity: its trust policy does not let cognito-identity.amazonaws.com assume it for this pool, or the pool has no role for it.',
    CLASSIC_FLOW_DISABLED: 'The basic (classic) flow is turned off for this identity pool.',
    TOKEN_EXPIRED: 'The ID token has expired.',
    WRONG_PROVIDER_KEY: 'The Logins key does not fit the token or the provider.',
    NOT_AN_ID_TOKEN: 'This is not an ID token; identity pools take the user pool’s ID token.',
    NO_ROLE: 'The basic flow needs a role to assume, and none was given or could be read from the pool.',
    NO_DEVELOPER_PROVIDER:
      'This identity pool has no developer provider, so a back-end user id cannot sign in to it.'
  }
}
