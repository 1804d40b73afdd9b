export default {
  title: 'Test login',
  intro:
    'Sign in as a user exactly as an app would, see each challenge Cognito raises, and get the tokens. Passwords and tokens stay in this app’s memory and are never written to disk.',
  noConnection: 'Choose or add a connection to sign in as a user.',
  goToSettings: 'Open Settings',
  form: {
    title: 'Sign in',
    pool: 'User pool',
    poolPlaceholder: 'Choose a user pool',
    client: 'App client',
    clientPlaceholder: 'Choose an app client',
    noClients: 'This pool has no app clients: create one first.',
    secretNote:
      'This client has a secret: the console reads it in the background and computes SECRET_HASH. It is never shown here.',
    capabilities: 'What this client allows',
    flow: 'Sign-in flow',
    username: 'Username',
    usernamePlaceholder: 'Username, or an email or phone alias',
    password: 'Password',
    signIn: 'Sign in',
    flowBlocked: 'This client does not allow the chosen flow.'
  },
  flows: {
    USER_SRP_AUTH: 'SRP (USER_SRP_AUTH)',
    USER_PASSWORD_AUTH: 'Password (USER_PASSWORD_AUTH)',
    ADMIN_USER_PASSWORD_AUTH: 'Admin (ADMIN_USER_PASSWORD_AUTH)',
    USER_AUTH: 'Choice-based sign-in (USER_AUTH)',
    HOSTED_UI: 'Managed login (hosted UI)'
  },
  factors: {
    PASSWORD: 'Password (PASSWORD)',
    PASSWORD_SRP: 'Password with SRP (PASSWORD_SRP)',
    EMAIL_OTP: 'Code by email (EMAIL_OTP)',
    SMS_OTP: 'Code by text message (SMS_OTP)',
    WEB_AUTHN: 'Passkey (WEB_AUTHN)'
  },
  choice: {
    preferred: 'Preferred first factor',
    none: 'None: let Cognito offer the factors',
    noneHelp: 'Cognito answers SELECT_CHALLENGE with the factors this user can use.'
  },
  code: {
    cli: 'AWS CLI',
    sdk: 'SDK for JavaScript v3',
    placeholders: 'Passwords, secrets, codes and tokens are placeholders: put your own values in.'
  },
  flowHelp: {
    USER_SRP_AUTH:
      'The password never leaves this computer: the console proves it knows it with SRP-6a, as the Amplify libraries do.',
    USER_PASSWORD_AUTH: 'Sends the password to Cognito over TLS (InitiateAuth), as simple apps do.',
    ADMIN_USER_PASSWORD_AUTH:
      'A server-side sign-in made with this connection’s AWS credentials (AdminInitiateAuth).',
    USER_AUTH:
      'Choice-based sign-in: password, email or SMS code, or passkey, as the pool’s sign-in policy allows (InitiateAuth USER_AUTH).'
  },
  hosted: {
    title: 'Managed login (hosted UI)',
    help: 'Opens the pool’s sign-in page in a separate window with its own cookies, using the authorization code grant with PKCE, and catches the redirect to the callback URL.',
    callback: 'Callback URL',
    withCognito: 'Sign in on the managed login page',
    withProvider: 'Sign in with {provider}',
    unavailable: 'Managed login is not available for this client.'
  },
  challenge: {
    title: 'Cognito asks: {name}',
    session: 'The challenge session ends {relative} ({time}); Cognito keeps it for {minutes} minutes.',
    sessionEnded: 'The challenge session has ended: start the sign-in again.',
    why: {
      NEW_PASSWORD_REQUIRED:
        'The user was created by an administrator with a temporary password (status FORCE_CHANGE_PASSWORD) and must choose a new one before getting tokens.',
      SMS_MFA: 'The user has multi-factor authentication by text message: Cognito sent a code.',
      EMAIL_OTP: 'The user has multi-factor authentication by email: Cognito sent a code.',
      SOFTWARE_TOKEN_MFA: 'The user has an authenticator app (TOTP): enter the 6-digit code it shows now.',
      SELECT_MFA_TYPE: 'The user has more than one MFA method: choose which one to use for this sign-in.',
      MFA_SETUP:
        'The pool requires MFA and this user has none yet: associate an authenticator app, then enter its code.',
      SELECT_CHALLENGE: 'Cognito offers these first factors for this user: choose one.',
      PASSWORD: 'Enter the user’s password.',
      PASSWORD_SRP: 'Enter the user’s password: the console proves it with SRP and never sends it.',
      SMS_OTP: 'Cognito sent a sign-in code by text message.',
      WEB_AUTHN: 'Cognito wants a passkey assertion for the options below.',
      other: 'The console cannot answer the {name} challenge; complete it in the app that uses it.'
    },
    newPassword: 'New password',
    requiredAttributes: 'Attributes Cognito requires',
    code: 'Code',
    codePlaceholder: '4 to 8 digits',
    sentTo: 'Sent to {destination} ({medium}).',
    mfaType: 'MFA method',
    mfaTypes: {
      SMS_MFA: 'Text message (SMS)',
      SOFTWARE_TOKEN_MFA: 'Authenticator app (TOTP)',
      EMAIL_OTP: 'Email'
    },
    setupTotp: 'Associate an authenticator app',
    scan: 'Scan this QR code with an authenticator app, or type the secret key into it. Then enter the code it shows.',
    secretKey: 'Secret key',
    qrAlt: 'QR code for the authenticator app',
    deviceName: 'Device name (optional)',
    submit: 'Continue',
    factor: 'First factor',
    resend: 'Send a new code',
    resent: 'Cognito sent a new code; the earlier one no longer counts.',
    passkeyExplained:
      'A passkey is bound to the relying party’s domain: the browser only runs the ceremony (navigator.credentials.get) in a page on that domain, which this app is not. Run it on your app’s page or in the managed login window, or paste the AuthenticationResponseJSON it produced.',
    requestOptions: 'Credential request options from Cognito',
    passkeyManagedLogin: 'Sign in with the passkey in the managed login window',
    credential: 'AuthenticationResponseJSON',
    credentialPlaceholder: 'The JSON object the passkey ceremony returned (id, rawId, response, type)'
  },
  result: {
    title: 'Result',
    empty: 'Sign in to see what Cognito answers.',
    signedIn: 'Signed in as {username} with {method}.',
    idToken: 'ID token',
    accessToken: 'Access token',
    refreshToken: 'Refresh token',
    expires: 'The ID and access tokens expire {relative} ({time}).',
    expired: 'The ID and access tokens have expired: refresh them.',
    inspect: 'Open in the token inspector',
    refresh: 'Refresh tokens',
    refreshed: 'New ID and access tokens received.',
    rotated: 'New ID, access and refresh tokens received: the refresh token was rotated.',
    lab: 'Get AWS credentials with this login',
    forget: 'Forget this login',
    forgotten: 'The login was forgotten.',
    history: 'Steps'
  },
  lifecycle: {
    title: 'What Cognito still accepts',
    rotated:
      'The refresh token was rotated at {time}: a new one replaced it. The previous one stays valid for {seconds} s (the client’s grace period), then Cognito refuses it.',
    revoked: 'The refresh token was revoked at {time}, with the access and ID tokens issued from it.',
    signedOut:
      'Global sign-out at {time}: Cognito refuses the user’s refresh tokens, and its user APIs refuse the access tokens. Their signatures still verify until they expire, so an API that only checks the signature still accepts them.',
    probe: {
      accessToken: 'Access token (GetUser)',
      refresh: 'Refresh token',
      previousRefresh: 'Previous refresh token'
    },
    verifySignature: 'Verify the access token’s signature',
    revoke: 'Revoke the refresh token',
    globalSignOut: 'Global sign-out',
    accepted: 'accepted',
    refused: 'refused',
    confirm: {
      revoke: {
        title: 'Revoke this refresh token?',
        text: 'RevokeToken ends this refresh token and the access and ID tokens issued from it. The user signs in again to get new ones.',
        done: 'The refresh token was revoked.'
      },
      globalSignOut: {
        title: 'Sign the user out everywhere?',
        text: 'GlobalSignOut ends every refresh token of this user, in every app, not only this test login.',
        done: 'The user was signed out everywhere.'
      }
    }
  },
  history: {
    started: 'Started',
    request: 'Sent',
    challenge: 'Cognito asked',
    answered: 'Answered',
    signedIn: 'Signed in',
    refreshed: 'Refreshed',
    failed: 'Refused'
  },
  logins: {
    title: 'Logins in memory',
    empty: 'No test logins yet.',
    clearAll: 'Forget all logins',
    clearAllTitle: 'Forget all logins?',
    clearAllText: 'The tokens of {count} login(s) are dropped from memory. Nothing changes in AWS.',
    cleared: '{count} login(s) forgotten.',
    columns: { username: 'User', pool: 'Pool', method: 'Flow', status: 'Status', started: 'Started' },
    status: { challenge: 'Waiting for an answer', signedIn: 'Signed in' }
  },
  machine: {
    title: 'Machine-to-machine tokens',
    intro:
      'Get an access token for an app client with a secret, as a backend service does (client credentials). The console reads the client’s secret and sends it itself: it never reaches this window.',
    clientTitle: 'Client and scopes',
    method: 'How to get the token',
    methods: {
      GetClientToken: 'GetClientToken (Cognito API)',
      tokenEndpoint: 'Token endpoint (/oauth2/token)'
    },
    methodHelp: {
      GetClientToken: 'The Cognito API operation, with the client ID and its secret.',
      tokenEndpoint:
        'The OAuth 2.0 client credentials grant at the pool domain’s token endpoint, the client authenticated with HTTP Basic.'
    },
    scopes: 'Scopes',
    scopesHelp: 'Tick the scopes to ask for; with none ticked Cognito grants every scope the client allows.',
    noScopes: 'The client allows no custom scopes.',
    blocked: 'This client cannot get a token this way:',
    get: 'Get token',
    tokenTitle: 'Token',
    empty: 'Choose a client and get a token; it stays in this app’s memory only.',
    received: 'Access token received.',
    fields: {
      method: 'Method',
      type: 'Type',
      expires: 'Valid for',
      scopes: 'Scopes asked for',
      issued: 'Issued'
    },
    allScopes: 'every allowed scope',
    seconds: '{count} s',
    inspect: 'Check it in the token inspector'
  }
}
