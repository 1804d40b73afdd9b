/** Developer-authenticated identities of an identity pool. */
export default {
  tab: 'Developer identities',
  intro:
    'Your back-end signs users in and names each by its own user id under the developer provider {provider}. Cognito keeps an identity per user id.',
  noProvider:
    'This identity pool has no developer provider. Edit the pool and give it one (your back-end’s name, e.g. login.example.com) to use developer-authenticated identities.',
  notOffered: 'This endpoint does not offer this developer-identity call. It works against Cognito itself.',
  userIdentifier: 'Back-end user id',
  identityId: 'Identity ID',
  find: 'Find',
  findBy: { userIdentifier: 'By user id', identityId: 'By identity ID' },
  linked: 'User ids linked to {identityId}',
  noneLinked: 'No user id is linked to this identity.',
  unlink: 'Unlink',
  unlinkTitle: 'Unlink {user}?',
  unlinkText:
    'The user id {user} no longer signs in as {identityId}. Its next sign-in through your back-end creates or finds another identity.',
  unlinked: '{user} was unlinked.',
  issue: {
    title: 'Get a token for a user id',
    about:
      'What your back-end does at sign-in (GetOpenIdTokenForDeveloperIdentity): the identity of the user id, created and linked when new, and an OpenID token for it. The token is shown only here, never stored.',
    action: 'Get identity and token',
    identity: 'Identity',
    token: 'OpenID token',
    done: 'Identity {identityId} for {user}.'
  },
  merge: {
    title: 'Merge two user ids’ identities',
    about:
      'The identity of the source user id is merged into the destination’s: both user ids then sign in as one identity. This cannot be undone.',
    source: 'Source user id',
    destination: 'Destination user id',
    action: 'Merge…',
    confirmTitle: 'Merge the identity of {source} into {destination}?',
    confirmText:
      '{source} will sign in as the identity of {destination}, and its own identity is merged away. This cannot be undone.',
    confirm: 'Merge',
    done: 'Merged: both user ids now sign in as {identityId}.'
  }
}
