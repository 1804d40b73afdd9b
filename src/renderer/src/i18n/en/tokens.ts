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
    expectScopes: 'Scopes it must carry (optional, separated by spaces)',
    expectGroups: 'Groups the user must be in (optional, separated by spaces)',
    expectPoolHelp:
      'For a token of one of a pool’s OpenID Connect providers, enter that pool: the console finds the provider by the token’s issuer.',
    inspect: 'Inspect',
    pasteRefused:
      'The pasted text is {length} characters, longer than any Cognito token (at most {max}); nothing was pasted. Copy the token alone and paste again.',
    tooLong: 'This is longer than any Cognito token (at most {max} characters), so it was not inspected.',
    empty: 'Choose a login or paste a token to inspect it.'
  },
  parts: { header: 'Header', payload: 'Payload', signature: 'Signature' },
  verdict: {
    valid: 'Valid: signed by the pool’s key and every check passes.',
    validProvider: 'Valid: signed by the key of identity provider {provider} and every check passes.',
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
    expiry: 'Expiry',
    scopes: 'Scopes',
    groups: 'Groups'
  },
  status: { pass: 'pass', fail: 'fail', skip: 'not checked' },
  passed: {
    format: 'Three base64url parts with a JSON header and payload.',
    algorithm: 'RS256, the algorithm Cognito signs with.',
    signature: 'The signature matches a key in the pool’s published keys (JWKS).',
    issuer: 'Issued by user pool {pool}.',
    audience: 'Issued to app client {actual}.',
    tokenUse: 'token_use is “{actual}”.',
    expiry: 'Valid until {time}.',
    scopes: 'Carries every expected scope: {expected}.',
    groups: 'The user is in every expected group: {expected}.'
  },
  /** A token of a pool's OpenID Connect provider: these checks pass for other reasons than Cognito's. */
  passedProvider: {
    algorithm: '{alg}, an algorithm the console verifies.',
    signature: 'The signature matches a key the provider publishes (JWKS).',
    issuer: 'Issued by {iss}, the issuer of OpenID Connect provider {provider} of pool {pool}.'
  },
  keysFailure: {
    timeout:
      'The provider’s keys could not be read: {url} did not answer in time. Check that the issuer is up, then inspect again.',
    unreachable:
      'The provider’s keys could not be read: {url} could not be reached. Check the issuer URL and the network.',
    tooLarge:
      'The provider’s keys could not be read: {url} sent more than any discovery document or JWKS holds, so the console stopped reading. Check the issuer URL.',
    http: 'The provider’s keys could not be read: {url} answered HTTP {status}. Check the issuer URL of the provider.',
    notJson: 'The provider’s keys could not be read: {url} did not answer with JSON. Check the issuer URL.',
    notJwks: 'The answer of {url} is not a key set (no “keys” list). Check the provider’s JWKS URL.',
    notDiscovery:
      'The discovery document at {url} names no JWKS URL. Enter the provider’s JWKS URL on its settings.',
    otherIssuer:
      'The discovery document at {url} names another issuer, so its keys cannot vouch for this token.'
  },
  reasons: {
    malformed: 'The text is not a JWT.',
    algNone:
      'The header says alg “{alg}”: the token is unsigned, so anyone could have written it. Never accept it.',
    unsupportedAlg: 'Cognito signs with RS256; this token says {alg}.',
    unsupportedProviderAlg:
      'This token says {alg}; the console verifies {supported}, so its signature cannot be checked here.',
    insecureKeys:
      'The provider’s keys are at {url}, plain http on a host other than this computer, so they cannot be trusted.',
    unknownProvider:
      'The issuer “{iss}” is not a Cognito user pool, nor an OpenID Connect provider of pool {pool}. Enter the pool whose provider issued it.',
    federatedToken: 'A token of an external provider has no token_use.',
    badSignature:
      'The signature does not match: the token was changed after Cognito signed it, or a different key signed it.',
    unknownKey:
      'The pool has no key with this token’s key ID (kid): the token comes from another pool, or the key was rotated.',
    jwksUnavailable: 'The pool’s keys could not be fetched from {url}: {error}',
    notCognito:
      'The issuer “{iss}” is not a Cognito user pool on AWS, nor a pool of this connection’s endpoint. For a token of a pool’s OpenID Connect provider, enter that pool as the expected pool.',
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
    notChecked: 'Not checked.',
    missingScopes: 'The token does not carry {missing}; it carries: {actual}.',
    missingGroups: 'The user is not in {missing}; the token lists: {actual}.'
  },
  jwks: 'Keys: {url} (fetched {relative}, {count} key(s)).',
  checksTitle: 'Verification',
  headerTitle: 'Header',
  showAllClaims: 'Showing the first {shown} claims: show all {count}',
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
    given_name: 'OpenID standard claim: the user’s given (first) name.',
    family_name: 'OpenID standard claim: the user’s family name (surname).',
    middle_name: 'OpenID standard claim: the user’s middle name.',
    nickname: 'OpenID standard claim: a casual name the user goes by.',
    preferred_username:
      'OpenID standard claim: the name the user prefers to be shown; may be a sign-in alias.',
    profile: 'OpenID standard claim: the URL of the user’s profile page.',
    picture: 'OpenID standard claim: the URL of the user’s profile picture.',
    website: 'OpenID standard claim: the URL of the user’s web page or blog.',
    gender: 'OpenID standard claim: the user’s gender, as the user gave it.',
    birthdate: 'OpenID standard claim: the user’s birthday, as YYYY-MM-DD (or YYYY, or 0000-MM-DD).',
    zoneinfo: 'OpenID standard claim: the user’s time zone, e.g. Europe/Paris.',
    locale: 'OpenID standard claim: the user’s language and region, e.g. en-US or ja-JP.',
    address: 'OpenID standard claim: the user’s postal address (a JSON object with a “formatted” field).',
    updated_at: 'OpenID standard claim: when the user’s information was last updated.',
    nonce: 'The value the app sent when it started the sign-in, echoed back against replay.',
    azp: 'Authorized party: the app client the token was issued to.',
    sid: 'The ID of the user’s sign-in session.',
    identities: 'Links to external identity providers (Google, SAML...) for federated users.',
    version: 'The version of the access token format.',
    at_hash: 'A hash of the access token issued with this ID token.',
    amr: 'How the user authenticated.',
    kid: 'Key ID: which of the pool’s keys signed the token.',
    alg: 'The signing algorithm (Cognito uses RS256).',
    typ: 'The token type.',
    custom: 'A custom attribute of the user pool.',
    unknown:
      'Not a standard OpenID Connect or Cognito claim: the app or a pre token generation trigger added it.'
  },
  refresh: 'Refresh tokens',
  refreshed: 'New tokens received and inspected.',
  toLogin: 'Back to this sign-in',
  toLab: 'Get AWS credentials with this ID token…',
  copyToken: 'Copy token',
  diff: {
    keep: 'Compare with the next token',
    kept: 'Claims kept: inspect another token (the other one of this sign-in, or after a refresh) to compare.',
    title: 'Claims compared',
    token: '{use} token issued {issued}',
    before: 'Kept: {token}',
    after: 'Now: {token}',
    change: 'Change',
    changes: { added: 'added', removed: 'removed', changed: 'changed', same: 'same' },
    summary: '{added} added, {removed} removed, {changed} changed, {same} the same.',
    customised: 'customised',
    perToken: 'new in every token',
    showSame: 'Show unchanged claims',
    clear: 'Stop comparing'
  }
}
