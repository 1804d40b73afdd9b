import type { ErrorCode } from '@shared/errors'

/** A title and a generic hint per error code; main's message adds the specifics. */
export default {
  VALIDATION: { title: 'Check the input', hint: 'Correct the highlighted value and try again.' },
  PAYLOAD_TOO_LARGE: {
    title: 'Too much data at once',
    hint: 'Send less at a time: split the file or the selection into smaller parts.'
  },
  UNKNOWN_CHANNEL: { title: 'Unknown operation', hint: 'Restart the app; if it persists, report a bug.' },
  FORBIDDEN_SENDER: { title: 'Refused', hint: 'Only the console’s own window may make calls.' },
  READ_ONLY: {
    title: 'Read-only connection',
    hint: 'Turn off read-only for this connection in Settings to make changes.'
  },
  NO_CONNECTION: { title: 'No connection', hint: 'Add a connection in Settings and choose it.' },
  NOT_FOUND: { title: 'Not found', hint: 'It may have been deleted, or it is in another region or account.' },
  ALREADY_EXISTS: { title: 'Already exists', hint: 'Choose another name.' },
  INVALID_PASSWORD: { title: 'Password refused', hint: 'Follow the pool’s password policy.' },
  INVALID_PARAMETER: { title: 'Value refused', hint: 'The detail names the field to correct.' },
  NOT_AUTHORIZED: {
    title: 'Not authorized',
    hint: 'Check the password, the user’s state and the app client’s flows.'
  },
  USER_NOT_CONFIRMED: { title: 'User not confirmed', hint: 'Confirm the user’s sign-up first.' },
  PASSWORD_RESET_REQUIRED: { title: 'Password reset required', hint: 'The user must reset their password.' },
  CODE_MISMATCH: { title: 'Wrong code', hint: 'Check the code and try again.' },
  EXPIRED_CODE: { title: 'Code expired', hint: 'Ask for a new code.' },
  THROTTLED: { title: 'Throttled', hint: 'Wait a moment and try again.' },
  LIMIT_EXCEEDED: { title: 'Limit reached', hint: 'Wait, or ask AWS to raise the quota.' },
  CONCURRENT_MODIFICATION: { title: 'Changed meanwhile', hint: 'Reload and apply the change again.' },
  PRECONDITION: { title: 'Not possible now', hint: 'The detail says what is missing.' },
  OPERATION_NOT_ENABLED: {
    title: 'Refused by a replica',
    hint: 'This pool is a replica in another Region of a multi-Region pool, and replicas refuse this change. Make it on the primary pool (its Replicas tab names the Region); Cognito copies it to the replicas.'
  },
  CREDENTIALS_MISSING: { title: 'No credentials', hint: 'Check the profile in your AWS config files.' },
  CREDENTIALS_EXPIRED: {
    title: 'Credentials expired',
    hint: 'Refresh the profile’s credentials and test the connection again.'
  },
  SSO_LOGIN_REQUIRED: {
    title: 'SSO sign-in needed',
    hint: 'Run aws sso login for the profile, then test the connection again.'
  },
  ACCESS_DENIED: { title: 'Access denied', hint: 'The IAM identity lacks a permission: see the detail.' },
  NETWORK: {
    title: 'Network problem',
    hint: 'Try again; if the connection keeps being cut, check the network, VPN or proxy between this computer and the endpoint.'
  },
  ENDPOINT: { title: 'Endpoint problem', hint: 'Check the connection’s endpoint URL.' },
  TIMEOUT: { title: 'No answer in time', hint: 'Check the network or the endpoint, then try again.' },
  NOT_SUPPORTED: { title: 'Not supported here', hint: 'This endpoint does not implement the operation.' },
  UNSUPPORTED_OPERATION: {
    title: 'Not offered by this endpoint',
    hint: 'This endpoint does not offer {operation}. Emulators implement only part of Cognito; it works against AWS itself.'
  },
  CANCELLED: { title: 'Cancelled', hint: 'Nothing more was done.' },
  INTERNAL: { title: 'Unexpected error', hint: 'Try again; if it repeats, report it with the detail.' }
} satisfies Record<ErrorCode, { title: string; hint: string }>
