export default {
  title: 'Federated accounts',
  intro:
    'Provider identities (Google, SAML, OIDC…) that sign in as this user, and other users who are probably the same person.',
  identities: 'Linked identities',
  noIdentities: 'No provider identity is linked to this user.',
  columns: { provider: 'Provider', userId: 'User ID at the provider', linked: 'Linked' },
  federatedUser:
    'This user was created by a sign-in through a provider. Link its identity to the person’s native user instead (from that user’s page).',
  duplicates: 'Likely duplicates',
  noDuplicates: 'No other user has this email address or phone number.',
  from: {
    index: 'Looked for in the loaded pool index.',
    listUsers: 'Looked for with exact ListUsers filters on email and phone number.'
  },
  matchedOn: 'same {attributes}',
  unverified: 'not verified on both: make sure it is the same person',
  federatedTwin:
    'The federated user of {identity}: link it to {username} so both sign-ins reach one account.',
  nativeTwin: 'Another native user: merge by hand if it is the same person.',
  open: 'Open',
  link: 'Link',
  unlink: 'Unlink',
  linkNew: 'Link an identity',
  provider: 'Provider',
  providerPlaceholder: 'Choose the pool’s identity provider',
  noProviders: 'This pool has no identity provider to link to. Add one on the pool’s Identity providers tab.',
  userId: 'User ID at the provider (its subject)',
  userIdPlaceholder: 'e.g. 110169484474386276334',
  preview: {
    linkTitle: 'Link {identity} to {username}?',
    unlinkTitle: 'Unlink {identity} from {username}?',
    replaceWarning:
      'Cognito links only identities that have never signed in, so the federated user {replace} is deleted first (its attributes and groups are lost). The next sign-in through {provider} reaches {username}.',
    linkWarning:
      'From now on, signing in through {provider} as this identity signs in as {username}. Link only identities of a provider you trust.',
    unlinkWarning:
      'The identity no longer signs in as {username}. Its next sign-in through {provider} creates a new federated user.'
  },
  linked: 'Linked {identity} to {username}.',
  linkedReplacing: 'Deleted {deleted} and linked {identity} to {username}.',
  unlinked: 'Unlinked {identity} from {username}.',
  problems: {
    providerRequired: 'Choose the identity provider.',
    providerUnknown: 'The pool has no identity provider named {provider}.',
    userIdRequired: 'Type the user’s ID at the provider (its subject).',
    destinationFederated:
      '{username} is itself a federated user: link the identity to the person’s native user instead.',
    alreadyLinked: '{identity} is already linked to this user.',
    tooManyIdentities: 'A user can have at most {max} linked identities: unlink one first.',
    replaceSameUser: '{username} cannot replace itself.',
    replaceNotFederated: '{username} is not a federated user, so it is not deleted for a link.',
    replaceOtherIdentity: '{username} is not the federated user of {identity}.'
  }
}
