export default {
  title: 'App clients',
  create: 'Create app client',
  createTitle: 'New app client',
  editTitle: 'Edit app client {name}',
  empty: 'This pool has no app clients yet.',
  created: 'App client {name} created.',
  saved: 'App client {name} saved.',
  deleted: 'App client {name} deleted.',
  rotated: 'Secret of {name} rotated; {count} old secret(s) deleted.',
  review: 'Review changes',
  previewEdit: 'Save app client {name}?',
  previewCreate: 'Create app client {name}?',
  units: { seconds: 'seconds', minutes: 'minutes', hours: 'hours', days: 'days' },
  existence: {
    ENABLED: 'Hidden: sign-in and recovery answer the same for unknown users',
    LEGACY: 'Legacy: say when a user does not exist'
  },
  problems: {
    urlFormat:
      '{field}: {url} is not a URL Cognito accepts. Enter a full URL such as https://app.example.com/callback.',
    urlFragment: '{field}: {url} has a fragment (#...). Remove it; Cognito refuses callback URLs with one.',
    urlInsecure: '{field}: {url} uses http://. Use https://, or http://localhost for development.',
    defaultRedirectNotCallback: 'The default redirect URI {url} must be one of the callback URLs.',
    accessValidityRange: 'The access token must last from 5 minutes to 1 day.',
    idValidityRange: 'The ID token must last from 5 minutes to 1 day.',
    refreshValidityRange: 'The refresh token must last from 60 minutes to 10 years (3650 days).',
    authSessionRange: 'The sign-in session must last from 3 to 15 minutes.',
    gracePeriodRange: 'The old refresh token’s grace period is 0 to 60 seconds.',
    oauthFlowsMissing: 'OAuth is on: choose at least one grant type, or turn OAuth off.',
    oauthScopesMissing: 'OAuth is on: choose at least one scope.',
    callbackMissing: 'The {flow} grant sends users back to a callback URL: add one.',
    clientCredentialsMixed:
      'Client credentials cannot be combined with the authorization code or implicit grant: use a separate client for machines.',
    clientCredentialsSecret:
      'Client credentials needs a client secret: create the client with “Generate a client secret”.',
    clientCredentialsStandardScope: 'Client credentials tokens carry custom scopes only: remove {scope}.',
    clientCredentialsCustomScope:
      'Client credentials needs at least one custom scope: add a resource server with scopes (API scopes tab) and choose one.',
    scopeNeedsOpenid: 'The {scope} scope needs openid: add openid.',
    scopeUnknown: 'The scope {scope} is neither standard nor a scope of this pool’s resource servers.',
    attributeUnknown: 'The pool has no attribute {attribute}.',
    requiredNotWritable: '{attribute} is required in this pool: keep it writable so sign-up can set it.',
    analyticsTarget:
      'Analytics needs a Pinpoint application ARN, or an application ID with a role ARN and external ID.'
  },
  warnings: {
    title: 'Will not work as chosen',
    passwordlessNotInPolicy:
      'Choice-based sign-in (ALLOW_USER_AUTH) will offer passwords only: the pool’s sign-in policy allows no email code, SMS code or passkey. Add them under “Sign-in policy and feature plan” on the Overview tab.',
    liteTier:
      'Choice-based sign-in (ALLOW_USER_AUTH) cannot offer email codes, SMS codes or passkeys: the pool is on the Lite feature plan. Switch it to Essentials or Plus under “Sign-in policy and feature plan” on the Overview tab.',
    noDomain:
      'The hosted UI grants you chose need a domain, and this pool has none: add one on the Domain tab, or users will have no sign-in page.'
  },
  columns: { name: 'Name', id: 'Client ID', secret: 'Secret', flows: 'Auth flows' },
  secret: {
    label: 'Client secret',
    present: 'Has a secret',
    absent: 'No secret (public client)',
    reveal: 'Reveal secret',
    generate: 'Generate a client secret',
    generateHelp: 'For server-side apps only. Browsers and mobile apps cannot keep a secret.',
    rotate: 'Rotate secret',
    rotateTitle: 'Rotate the secret of {name}?',
    rotateDescription:
      'A new secret is created and every old one is deleted: apps still using the old secret stop signing in until they get the new one.'
  },
  secrets: {
    title: 'Client secrets',
    intro:
      'A client keeps up to {max} secrets, so apps can move to a new one before the old one is deleted. Values are shown only when added.',
    id: 'Secret ID',
    created: 'Created',
    actions: 'Actions',
    none: 'No secrets listed.',
    add: 'Add a secret',
    added: 'A new secret was added to {name}.',
    newTitle: 'New secret {id}',
    newOnce:
      'Copy it now: this is the only time it is shown. Put it in the apps that use this client, then delete the old secret.',
    deleted: 'Secret {id} deleted.',
    deleteTitle: 'Delete secret {id}?',
    deleteDescription: 'Apps still using this secret stop signing in at once.',
    oldLeft: 'These old secrets could not be deleted and still work: {ids}. Delete them from the list.',
    unsupported:
      'This endpoint does not offer several client secrets (ListUserPoolClientSecrets, AddUserPoolClientSecret, DeleteUserPoolClientSecret), nor rotation, which is built on them. They work against AWS itself; the current secret can still be revealed.',
    problems: {
      secretPublicClient:
        'This is a public client: it has no secret to manage. Create a client with a secret.',
      secretLimit:
        'A client keeps at most {max} secrets: delete the one no app uses any more, then add another.',
      secretLast: 'The last secret cannot be deleted: add a new one first, or delete the client.'
    }
  },
  fields: {
    name: 'App client name',
    flows: 'Authentication flows',
    tokenValidity: 'Token validity',
    access: 'Access token',
    id: 'ID token',
    refresh: 'Refresh token',
    authSession: 'Sign-in session (minutes)',
    authSessionHelp: 'How long a challenge (MFA, new password) may take: 3 to 15 minutes.',
    rotation: 'Refresh token rotation',
    rotationHelp: 'Each refresh returns a new refresh token (GetTokensFromRefreshToken only).',
    gracePeriod: 'old token valid for (seconds)',
    attributes: 'Attributes',
    attributesHelp:
      'Readable attributes reach the ID token and GetUser; writable ones can be set by the user. Empty: all.',
    attributesRequired:
      'Readable attributes reach the ID token and GetUser; writable ones can be set by the user. Empty: all. Required attributes ({names}) must stay writable, or sign-up cannot set them.',
    readAttributes: 'Readable attributes',
    writeAttributes: 'Writable attributes',
    allAttributes: 'all (not restricted)',
    oauth: 'OAuth 2.0 / hosted UI',
    oauthEnabled: 'Use OAuth flows with this client',
    oauthFlows: 'OAuth grant types',
    scopes: 'Scopes',
    scopesHelp: 'The standard scopes and the custom scopes of this pool’s resource servers (API scopes tab).',
    callbackUrls: 'Callback URLs',
    logoutUrls: 'Sign-out URLs',
    urlsHelp: 'One per line. https://, or http://localhost for development.',
    identityProviders: 'Identity providers',
    tokenRevocation: 'Token revocation',
    preventUserExistenceErrors: 'User existence errors',
    defaultRedirectUri: 'Default redirect URI',
    security: 'Security',
    propagateContext: 'Propagate additional user context',
    propagateContextHelp: 'Send the device’s context data to threat protection (clients with a secret).',
    analytics: 'Analytics',
    analyticsEnabled: 'Send sign-in events to Amazon Pinpoint',
    analyticsArn: 'Pinpoint application ARN',
    analyticsArnHelp: 'Or leave empty and give the application ID, role ARN and external ID.',
    analyticsAppId: 'Application ID',
    analyticsRole: 'Role ARN',
    analyticsExternalId: 'External ID',
    analyticsUserData: 'Share user data',
    created: 'Created',
    modified: 'Modified',
    none: 'none'
  },
  flowHelp: {
    ALLOW_USER_PASSWORD_AUTH: 'Username and password sent to Cognito (InitiateAuth)',
    ALLOW_ADMIN_USER_PASSWORD_AUTH:
      'Username and password from a server with AWS credentials (AdminInitiateAuth)',
    ALLOW_USER_SRP_AUTH: 'Secure Remote Password: the password never leaves the device',
    ALLOW_REFRESH_TOKEN_AUTH: 'New tokens from a refresh token',
    ALLOW_CUSTOM_AUTH: 'Custom challenges through Lambda triggers',
    ALLOW_USER_AUTH: 'Choice-based sign-in (passwordless, passkeys)'
  },
  oauthFlows: {
    code: 'Authorization code',
    implicit: 'Implicit',
    client_credentials: 'Client credentials'
  },
  capabilities: {
    title: 'Test-login capability check',
    intro: 'Which sign-in flows this client allows, as the test login will use them.',
    works: 'works',
    blocked: 'will not work',
    flows: {
      USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH',
      ADMIN_USER_PASSWORD_AUTH: 'ADMIN_USER_PASSWORD_AUTH',
      USER_SRP_AUTH: 'USER_SRP_AUTH',
      REFRESH_TOKEN_AUTH: 'REFRESH_TOKEN_AUTH',
      USER_AUTH: 'Choice-based sign-in (USER_AUTH)',
      HOSTED_UI_CODE: 'Hosted UI (authorization code)'
    },
    reasons: {
      enabled: '{setting} is enabled on this client.',
      notEnabled: '{setting} is not enabled on this client.',
      defaultFlows: 'The client sets no auth flows, so Cognito’s defaults apply, which include {setting}.',
      secretHash: 'This client has a secret: SECRET_HASH will be computed for you.',
      secretBasicAuth: 'This client has a secret: the console sends it when exchanging the code for tokens.',
      oauthDisabled: 'OAuth flows are turned off for this client.',
      codeGrantMissing: 'The authorization code grant is not allowed.',
      noCallbackUrl: 'The client has no callback URL.',
      noCognitoProvider: 'The Cognito user pool is not among its identity providers.',
      noDomain: 'The pool has no domain, so there is no hosted UI.',
      openidScopeMissing: 'Without the openid scope no ID token is issued.',
      factorAllowed: 'The pool’s sign-in policy allows {setting} as a first factor.',
      factorNotInPolicy:
        'The pool’s sign-in policy does not allow {setting} as a first factor (AllowedFirstAuthFactors).',
      userAuthOff: 'The client does not allow choice-based sign-in: turn on {setting}.',
      liteTier: 'Codes and passkeys need the Essentials or Plus feature plan; this pool is on Lite.',
      passkeyNeedsPage:
        'A passkey ceremony runs in a page on the relying party’s domain; the console shows the options and offers the managed login window.',
      otpNeedsDelivery:
        'Cognito sends the code by email (SES) or SMS (SNS); the user must have a verified address or number.',
      noSecret: 'The client has no secret, so it cannot authenticate itself: create a client with a secret.',
      clientCredentialsMissing: 'The client credentials grant is not among the client’s allowed OAuth flows.',
      noCustomScopes:
        'The client allows no custom scopes: add a resource server’s scope to its allowed scopes.',
      noTokenEndpoint:
        'The pool has no domain, so it has no token endpoint: use GetClientToken, or add a domain.'
    }
  },
  deleteTitle: 'Delete app client {name}?',
  deleteDescription: 'Apps using client ID {id} will no longer be able to sign users in.'
}
