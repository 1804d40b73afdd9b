export default {
  tab: 'Users',
  sources: { label: 'Find users by', server: 'Server search', index: 'Pool index' },
  columns: {
    username: 'Username',
    status: 'Status',
    enabled: 'Enabled',
    created: 'Created',
    modified: 'Modified',
    email: 'Email',
    phone_number: 'Phone',
    sub: 'sub',
    name: 'Name',
    given_name: 'Given name',
    family_name: 'Family name',
    groups: 'Groups',
    lastSeen: 'Last seen'
  },
  columnsChooser: { button: 'Columns', reset: 'Back to the default columns' },
  grid: {
    selectAll: 'Select every user shown',
    sortBy: 'Sort by this column (click again to reverse)'
  },
  count: {
    server: '{count} user(s) loaded',
    index: '{count} of {total} indexed user(s) match'
  },
  selected: '{count} selected',
  noneSelected:
    'Every matching user is unticked, so no bulk action applies: tick users, or tick “all” again.',
  empty: {
    server: 'No user matches this filter.',
    noIndex: 'The index is empty: load it to search every user of the pool.',
    noMatch: 'No indexed user matches. Loosen a condition or clear the search.'
  },
  server: {
    attribute: 'Attribute',
    operator: 'Operator',
    startsWith: 'starts with (^=)',
    equals: 'equals (=)',
    value: 'Value',
    all: 'List all',
    help: 'Cognito filters on one standard attribute with = or ^=; for anything else use the pool index.',
    sent: 'Filter sent: {filter}',
    noFilter: 'No filter',
    loaded: '{count} loaded',
    moreAvailable: 'more on the server',
    loadMore: 'Load more'
  },
  index: {
    start: 'Load index',
    reload: 'Reload index',
    rate: 'Request rate',
    perSecond: '/s',
    rateHelp:
      'ListUsers calls per second. Cognito allows 30 by default (UserList quota); raise it only if your quota was raised.',
    notLoaded: 'Not loaded: the index reads every user of the pool into memory for free search.',
    loading: 'Indexing… {indexed} of about {estimated} users',
    done: 'Indexed {indexed} of about {estimated} users, {age}',
    cancelled: 'Stopped at {indexed} of about {estimated} users (partial index)',
    failed: 'Failed after {indexed} of about {estimated} users',
    throttled: '{count} throttled call(s) retried',
    text: 'Search every attribute',
    statuses: 'Any status',
    enabled: 'Enabled or disabled',
    enabledAny: 'Enabled or not',
    enabledOnly: 'Enabled only',
    disabledOnly: 'Disabled only',
    groups: 'Any group',
    groupsNotLoaded: 'Group memberships are not in this index.',
    match: 'Match',
    matchAll: 'all conditions (AND)',
    matchAny: 'any condition (OR)',
    column: 'Attribute',
    operator: 'Operator',
    value: 'Value',
    addCondition: '+ Condition',
    removeCondition: 'Remove this condition',
    operators: {
      contains: 'contains',
      startsWith: 'starts with',
      endsWith: 'ends with',
      equals: 'equals',
      notEquals: 'does not equal',
      lessThan: 'is before (text order)',
      atLeast: 'is on or after (text order)',
      present: 'has a value',
      absent: 'has no value',
      notSeenForDays: 'not seen (days)'
    }
  },
  create: {
    button: 'Create user',
    title: 'Create a user',
    username: 'Username',
    usernameAttributes: 'This pool signs in with {names}: use that value as the username.',
    moreAttributes: 'More attributes',
    emailVerified: 'Email verified',
    phoneVerified: 'Phone verified',
    password: 'Password',
    generate: 'Generate to the policy',
    type: 'Type one',
    generatedPassword: 'Temporary password (shown once)',
    invitation: 'Send invitation',
    suppressed: 'No message is sent: give the user the temporary password yourself.',
    byEmail: 'by email',
    bySms: 'by SMS',
    openUser: 'Open the user'
  },
  invalid: {
    username: 'A username cannot contain spaces or control characters (at most 128 characters).',
    unknown: 'This pool has no such attribute (custom attributes are named custom:…).',
    system: 'Cognito maintains this attribute; it cannot be written.',
    immutable: 'This attribute cannot be changed after the user is created.',
    required: 'Required by the pool.',
    email: "An email address looks like name{'@'}example.com.",
    phone: 'Use E.164: + and country code, e.g. +819012345678.',
    birthdate: 'Use a date like 1990-04-25 (0000 as the year when it is withheld).',
    dateTime: 'Use a date like 1990-04-25 or an ISO 8601 date-time.',
    number: 'Enter a whole number.',
    numberMin: 'Enter {min} or more.',
    numberMax: 'Enter {max} or less.',
    boolean: 'Enter true or false.',
    tooShort: 'At least {min} characters.',
    tooLong: 'At most {max} characters.'
  },
  password: {
    breaks: 'The pool policy needs: {rules}.',
    rules: {
      length: 'at least {min} characters',
      uppercase: 'an uppercase letter',
      lowercase: 'a lowercase letter',
      numbers: 'a digit',
      symbols: 'a symbol',
      spaces: 'no space at the start or end'
    },
    permanent: 'Permanent: the user signs in with it (status CONFIRMED).',
    temporary: 'Temporary: the user must choose a new one at next sign-in (FORCE_CHANGE_PASSWORD).'
  },
  actions: {
    resendInvitation: 'Resend invitation',
    confirmSignUp: 'Confirm sign-up',
    setPassword: 'Set password',
    resetPassword: 'Reset password',
    enable: 'Enable',
    disable: 'Disable',
    globalSignOut: 'Sign out everywhere',
    delete: 'Delete user'
  },
  explain: {
    disable:
      '{username} can no longer sign in, and their refresh tokens stop working. Enable brings them back with everything kept.',
    resetPassword:
      '{username} receives a verification code by email or SMS and must set a new password with it; their status becomes RESET_REQUIRED and the current password stops working.',
    globalSignOut:
      'Revokes every refresh token of {username}. Access and ID tokens already issued stay valid until they expire (usually within an hour).',
    delete: 'Deletes {username} from the pool, with their attributes, groups and devices.'
  },
  outcomes: {
    created: 'Created {username}.',
    invitationResent: 'Sent {username} a new invitation with a new temporary password.',
    confirmed: "Confirmed {username}'s sign-up; they can sign in now.",
    passwordSet: 'Set a permanent password for {username}; status is now {status}.',
    temporaryPasswordSet:
      'Set a temporary password for {username}; they must choose a new one at next sign-in ({status}).',
    passwordReset:
      "Reset {username}'s password: they receive a code and must set a new password with it (status {status}).",
    enabled: 'Enabled {username}; they can sign in again.',
    disabled: 'Disabled {username}; they cannot sign in and their tokens stop refreshing.',
    signedOut: 'Signed {username} out everywhere: their refresh tokens are revoked.',
    deleted: 'Deleted {username} from the pool.',
    attributesUpdated: 'Updated {names} of {username}.',
    attributesDeleted: 'Deleted {names} from {username}.',
    addedToGroup: 'Added {username} to {group}.',
    removedFromGroup: 'Removed {username} from {group}.',
    mfaUpdated: "Set {username}'s MFA: enabled {enabled}."
  },
  statusMeaning: {
    UNCONFIRMED:
      'Signed up but not confirmed yet: they cannot sign in until the code is entered or an admin confirms them.',
    CONFIRMED: 'Confirmed: the user can sign in with their password.',
    ARCHIVED: 'Archived: no longer active.',
    COMPROMISED: 'Compromised: Cognito detected a leaked password; the user must reset it.',
    UNKNOWN: 'Unknown status.',
    RESET_REQUIRED: 'Password reset required: the user must set a new password with the code they received.',
    FORCE_CHANGE_PASSWORD:
      'Created by an admin: the user must sign in with the temporary password and choose a new one.',
    EXTERNAL_PROVIDER: 'Signed in through an external identity provider (SAML, OIDC or social).'
  },
  export: {
    button: 'Export…',
    title: 'Export users',
    what: 'Users',
    shown: 'The table as shown ({count})',
    wholeIndex: 'The whole index ({count})',
    format: 'Format',
    layout: 'CSV columns',
    tableColumns: 'The table’s columns',
    importHeader: 'The pool’s import header (for a Cognito import job)',
    backup: 'Backup: the import header plus enabled state and groups (restored by this console’s import)',
    tooMany: 'At most {max} server-search rows can be exported at once; use the index for more.',
    selected: 'The ticked users ({count})',
    run: 'Export {count}',
    progressLabel: 'Export progress',
    progress: '{written} of {total} users written',
    cancel: 'Stop export',
    cancelled: 'Export stopped: the partly written file was removed, nothing was left on disk.',
    saved: 'Wrote {count} user(s) to {path}.'
  },
  mfa: { SOFTWARE_TOKEN_MFA: 'Authenticator app (TOTP)', SMS_MFA: 'SMS', EMAIL_OTP: 'Email code' },
  devices: {
    remembered: 'remembered',
    notRemembered: 'not remembered',
    remember: 'Remember',
    dontRemember: 'Do not remember',
    forget: 'Forget',
    forgetTitle: 'Forget {name}?',
    forgetText:
      '{username} will have to pass MFA again on {name}, and sign-ins from it no longer count as a known device.',
    forgotten: 'Forgot {name}.',
    nowRemembered: '{name} is now remembered: it may skip MFA where the pool allows it.',
    nowNotRemembered: '{name} is no longer remembered: it asks for MFA again.',
    notOffered:
      'This endpoint does not offer device tracking (AdminListDevices), so devices cannot be listed, forgotten or changed here.'
  },
  detail: {
    back: 'Users',
    enabled: 'Enabled',
    disabled: 'Disabled',
    disabledMeaning: 'The user is disabled and cannot sign in.',
    attributes: 'Attributes',
    custom: 'custom',
    immutable: 'immutable',
    readOnly: 'read-only',
    addAttribute: 'Add an attribute',
    saveAttributes: 'Save attributes',
    deleteAttribute: 'Delete {name}?',
    deleteAttributeText: 'Removes {name} from {username}.',
    dates: 'Created {created} · modified {modified}',
    groups: 'Groups',
    leaveGroup: 'Leave {group}',
    noGroups: 'In no group.',
    addToGroup: 'Add to a group',
    add: 'Add',
    mfa: 'MFA',
    poolMfa: 'Pool MFA: {mode}',
    preferred: 'Preferred factor',
    devices: 'Devices',
    noDevices: 'No remembered devices.',
    notAvailable: 'Not available from this endpoint.'
  }
}
