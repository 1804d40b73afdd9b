/** Principal tags of an identity pool: claims of a provider's token that become session tags. */
export default {
  tab: 'Principal tags',
  intro:
    'Attribute-based access control: each principal tag of the credentials takes its value from a claim of the provider’s token, and IAM policies read it as aws:PrincipalTag/KEY.',
  provider: 'Provider',
  noProviders:
    'This identity pool has no provider whose claims can become principal tags. Add a user pool or another identity provider to the pool first.',
  notOffered:
    'This endpoint does not offer principal tags (Get/SetPrincipalTagAttributeMap). It works against Cognito itself.',
  defaults:
    'Cognito’s default mapping is in force (for a user pool: the tag username from the claim sub and the tag client from aud).',
  none: 'No principal tags: credentials from this provider carry no session tags.',
  tag: 'Tag key',
  claim: 'Claim',
  edit: 'Edit principal tags',
  editTitle: 'Principal tags of {provider}',
  useDefaults: 'Use Cognito’s default mapping',
  rowsAbout:
    'Tag key on the left, the token claim that gives its value on the right (e.g. department ← custom:dept).',
  review: 'Review changes',
  previewTitle: 'Change the principal tags of {provider}',
  saved: 'Principal tags of {provider} saved.',
  problems: {
    tooMany: 'At most {max} principal tags per provider; this map has {count}.',
    keyEmpty: 'A principal tag needs a key: type one or remove the row.',
    keyTooLong: 'The tag key “{key}” is longer than {max} characters.',
    keyReserved: 'Keys starting with “aws:” belong to AWS: choose another key than “{key}”.',
    keyCharacters:
      "The tag key “{key}” has characters AWS refuses: use letters, numbers, spaces and _ . : / = + - {'@'}.",
    keyDuplicate: 'The tag key “{key}” is given twice: keep one of them.',
    claimEmpty: 'The tag “{key}” needs the claim that gives its value.',
    claimTooLong: 'The claim of “{key}” is longer than {max} characters.',
    claimCharacters:
      "The claim of “{key}” has characters AWS refuses: use letters, numbers, spaces and _ . : / = + - {'@'}."
  }
}
