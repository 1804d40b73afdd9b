export default {
  title: 'Token inspector',
  intro:
    'Decode a Cognito JWT and check it against its pool’s signing keys, fetched by the console. Nothing is sent anywhere else and nothing is saved.',
  source: {
    title: 'Token',
    login: 'From a test login',
    paste: 'Paste a token',
    loginPlaceholder: 'Choose a test login',
    noLogins: 'No signed-in test logins: sign in on the Test login screen, or paste a token.',
    which: 'Which token',
    id: 'ID token',
    access: 'Access token',
    pastePlaceholder: 'eyJraWQiOi… (an ID or access token)',
    expectPool: 'Expected user pool ID (optional)',
    expectClient: 'Expected app client ID (optional)',
    inspect: 'Inspect',
    tooLong: 'This is longer than any Cognito token (at most {max} characters), so it was not inspected.',
    empty: 'Choose a login or paste a token to inspect it.'
  },
  parts: { header: 'Header', payload: 'Payload', signature: 'Signature' },
  verdict: {
    valid: 'Valid: signed by the pool’s key and every check passes.',
    invalid: 'Not valid: the checks below say why.',
    malformed: 'This is not a JWT: {reason}'
  },
  countdown: {
    left: 'Expires in {time}',
    expired: 'Expired {relative}',
    none: 'No expiry time'
  },
  checks: {
    format: 'Format',
    algorithm: 'Algorithm',
    signature: 'Signature',
    issuer: 'Issuer (pool)',
    audience: 'Audience (app client)',
    tokenUse: 'Token use',
    expiry: 'Expiry'
  },
  status: { pass: 'pass', fail: 'fail', skip: 'not checked' },
  passed: {
    format: 'Three base64url parts with a JSON header and payload.',
    algorithm: 'RS256, the algorithm Cognito signs with.',
    signature: 'The signature matches a key in the pool’s published keys (JWKS).',
    issuer: 'Issued by user pool {pool}.',
    audience: 'Issued to app client {actual}.',
    tokenUse: 'token_use is “{actual}”.',
    expiry: 'Valid until {time}.'
  },
  reasons: {
    malformed: 'The text is not a JWT.',
    algNone:
      'The header says alg “{alg}”: the token is unsigned, so anyone could have written it. Never accept it.',
    unsupportedAlg: 'Cognito signs with RS256; this token says {alg}.',
    badSignature:
      'The signature does not match: the token was changed after Cognito signed it, or a different key signed it.',
    unknownKey:
      'The pool has no key with this token’s key ID (kid): the token comes from another pool, or the key was rotated.',
    jwksUnavailable: 'The pool’s keys could not be fetched from {url}: {error}',
    notCognito:
      'The issuer “{iss}” is not a Cognito user pool on AWS, nor a pool of this connection’s endpoint.',
    insecureIssuer:
      'The issuer “{iss}” uses plain http on a host other than this computer, so its keys cannot be trusted.',
    wrongPool: 'The token was issued by pool {actual}, not by the expected pool {expected}.',
    wrongClient: 'The token was issued to app client {actual}, not to the expected client {expected}.',
    noExpectedClient: 'Issued to app client {actual}; enter an expected client ID to check it.',
    missingTokenUse: 'token_use is “{actual}”, neither “id” nor “access”.',
    unexpectedTokenUse: 'This is an “{actual}” token, but an “{expected}” token was expected.',
    expired: 'The token expired at {time}.',
    notYetValid: 'The token is not valid before {time}.',
    missingExp: 'The token has no expiry time (exp).',
    notChecked: 'Not checked.'
  },
  jwks: 'Keys: {url} (fetched {relative}, {count} key(s)).',
  checksTitle: 'Verification',
  headerTitle: 'Header',
  claimsTitle: 'Claims',
  columns: { claim: 'Claim', value: 'Value', meaning: 'Meaning' },
  claims: {
    sub: 'The user’s unique, permanent ID in this pool (a UUID). Use it, not the username, to identify users.',
    iss: 'Issuer: the user pool that made the token (https://cognito-idp.REGION.amazonaws.com/POOL_ID).',
    aud: 'Audience: the app client ID the ID token was issued to.',
    client_id: 'The app client the access token was issued to.',
    token_use: 'What the token is for: “id” (who the user is) or “access” (what the user may call).',
    auth_time: 'When the user actually signed in; refreshes keep this time.',
    iat: 'Issued at: when this token was made.',
    exp: 'Expires: after this time the token must be refused.',
    nbf: 'Not before: the token is not valid before this time.',
    jti: 'A unique ID of this token.',
    origin_jti:
      'The ID of the sign-in this token comes from; revoking the refresh token revokes all tokens with it.',
    event_id: 'The ID of the sign-in event, for matching with the user’s auth events.',
    username: 'The user’s username (in access tokens).',
    cognito_username: 'The user’s username in the pool (in ID tokens).',
    cognito_groups: 'The groups the user belongs to.',
    cognito_roles: 'The IAM roles of the user’s groups.',
    cognito_preferred_role: 'The IAM role of the user’s group with the best (lowest) precedence.',
    scope: 'OAuth scopes the access token grants, separated by spaces.',
    email: 'The user’s email address.',
    email_verified: 'Whether the email address has been verified.',
    phone_number: 'The user’s phone number (E.164).',
    phone_number_verified: 'Whether the phone number has been verified.',
    name: 'The user’s full name.',
    identities: 'Links to external identity providers (Google, SAML...) for federated users.',
    version: 'The version of the access token format.',
    at_hash: 'A hash of the access token issued with this ID token.',
    amr: 'How the user authenticated.',
    kid: 'Key ID: which of the pool’s keys signed the token.',
    alg: 'The signing algorithm (Cognito uses RS256).',
    typ: 'The token type.',
    custom: 'A custom attribute of the user pool.',
    unknown: 'Not a standard Cognito claim.'
  },
  refresh: 'Refresh tokens',
  refreshed: 'New tokens received and inspected.',
  copyToken: 'Copy token'
}
