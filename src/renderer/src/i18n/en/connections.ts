import type { EndpointUrlProblem } from '@shared/endpoint-url'

export default {
  title: 'Connections',
  intro:
    'A connection is an AWS profile from your shared config files, a region and, for local emulators, an endpoint. Credentials stay in your AWS files; the console never stores them.',
  add: 'Add connection',
  editTitle: 'Edit connection',
  newTitle: 'New connection',
  empty: 'No connections yet. Add one to start.',
  fields: {
    name: 'Name',
    source: 'Credentials',
    profile: 'AWS profile',
    region: 'Region',
    endpoint: 'Custom endpoint (optional)',
    endpointHelp: 'For local emulators such as moto, LocalStack or cognito-local, e.g. http://127.0.0.1:5000',
    readOnly: 'Read-only',
    readOnlyHelp: 'Refuse every change to AWS through this connection.',
    production: 'Production',
    productionHelp: 'Turn the header red while this connection is active.'
  },
  endpointProblems: {
    notUrl: 'Enter a full URL, e.g. https://cognito-idp.example.com or http://127.0.0.1:5000.',
    scheme: 'Use an https:// URL (http:// only for this machine).',
    plainHttpRemote:
      'http:// is allowed only for this machine (localhost, 127.0.0.1, ::1), because requests and tokens would travel unencrypted. Use https:// for any other host.',
    credentialsInUrl: 'Remove the user name and password from the URL: credentials come from the AWS profile.'
  } satisfies Record<EndpointUrlProblem, string>,
  sources: { profile: 'AWS profile', environment: 'Environment variables' },
  kinds: {
    static: 'access keys',
    sso: 'IAM Identity Center (SSO)',
    'assume-role': 'assume role',
    process: 'credential process',
    'web-identity': 'web identity',
    unknown: 'other'
  },
  mfa: 'MFA',
  noEnvironment: 'No AWS_ACCESS_KEY_ID in the app’s environment.',
  test: 'Test connection',
  testing: 'Testing…',
  use: 'Use',
  active: 'Active',
  identityOk: 'Signed in as {arn} (account {account})',
  cognitoOk: 'Cognito answers: {count} user pool(s) on the first page.',
  identityFailed: 'Caller identity failed',
  noSts:
    'This endpoint has no STS, which is normal for a Cognito-only emulator: the caller identity cannot be shown.',
  cognitoFailed: 'Cognito did not answer',
  removeTitle: 'Remove connection',
  removeText: 'Remove “{name}”? Your AWS files are not touched.',
  mfaTitle: 'MFA code needed',
  mfaText: 'Profile {profile} assumes a role that requires MFA. Enter the current code of {serial}.',
  mfaCode: '6-digit code'
}
