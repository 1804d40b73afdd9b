/** Threat protection of a user pool (risk configuration) and a user's auth events with their risk. */
export default {
  tab: 'Threat protection',
  title: 'Threat protection',
  plan: {
    title: 'Feature plan',
    tier: 'Feature plan',
    mode: 'Threat protection',
    customAuthMode: 'For custom authentication',
    modes: { OFF: 'Off', AUDIT: 'Audit only', ENFORCED: 'Full function' },
    needsPlus:
      'Threat protection needs the Plus feature plan: risk detection, adaptive authentication, compromised-credentials checks, IP exceptions and auth event history. This pool is on {plan}; the settings below take effect once it is on Plus with threat protection turned on.',
    audit:
      'Audit only: Cognito detects and logs risks and keeps auth events, but takes none of the actions below.',
    off: 'Threat protection is off: Cognito neither detects risks nor keeps auth events. Turn it on (Audit only or Full function) in the pool’s settings.',
    enforced: 'Full function: Cognito takes the actions below for each risk it detects.',
    switch: {
      label: 'Change the mode',
      about: {
        OFF: 'Off: no risk detection and no auth event history. Any plan.',
        AUDIT:
          'Audit only: risks are detected and logged with auth events; no sign-in is blocked or challenged. Plus plan.',
        ENFORCED: 'Full function: the configured actions run for each risk (block, MFA, notify). Plus plan.'
      },
      review: 'Review the mode change',
      previewTitle: 'Change threat protection mode',
      note: 'Only the mode changes; every other setting of the pool is sent back as it is.',
      saved: 'Threat protection is now {mode}.',
      needsPlus:
        '{mode} needs the Plus feature plan; this pool is on {plan}. Change the plan on the Overview tab first.'
    }
  },
  scope: 'Applies to',
  scopePool: 'The whole pool',
  followsPool:
    'This app client has no settings of its own and follows the pool’s. Saving here gives it its own settings.',
  ownSettings: 'This app client has its own settings, which replace the pool’s for its sign-ins.',
  notOffered:
    'This endpoint does not offer risk configuration (DescribeRiskConfiguration / SetRiskConfiguration), so threat protection cannot be read or changed here. It works against Cognito itself.',
  lastModified: 'Last changed {date}',
  compromised: {
    title: 'Compromised credentials',
    intro: 'Cognito checks passwords against credentials leaked elsewhere.',
    enabled: 'Check for compromised credentials',
    events: 'Check on',
    eventNames: { SIGN_IN: 'Sign-in', PASSWORD_CHANGE: 'Password change', SIGN_UP: 'Sign-up' },
    action: 'When found',
    actions: { BLOCK: 'Block the request', NO_ACTION: 'Allow (log only)' }
  },
  takeover: {
    title: 'Account takeover',
    intro: 'What Cognito does with a sign-in it rates as low, medium or high risk.',
    enabled: 'Act on account-takeover risk',
    level: 'Risk',
    levels: { low: 'Low', medium: 'Medium', high: 'High' },
    action: 'Action',
    notify: 'Notify the user',
    actions: {
      NO_ACTION: 'Allow',
      MFA_IF_CONFIGURED: 'MFA if the user has it',
      MFA_REQUIRED: 'Require MFA',
      BLOCK: 'Block'
    }
  },
  notify: {
    title: 'Notification emails',
    intro: 'Sent through SES from an identity verified in the pool’s Region when an action above notifies.',
    sourceArn: 'SES identity ARN',
    from: 'From',
    replyTo: 'Reply-to',
    templates: { block: 'Sign-in blocked', noAction: 'Sign-in allowed', mfa: 'MFA requested' },
    subject: 'Subject',
    htmlBody: 'HTML body',
    textBody: 'Text body'
  },
  exceptions: {
    title: 'IP exceptions',
    intro:
      'Ranges in CIDR notation, one per line (203.0.113.0/24, 2001:db8::/32). Up to {max} each. Always allowed ranges skip risk checks; always blocked ranges are refused before sign-in.',
    alwaysAllow: 'Always allow',
    alwaysBlock: 'Always block'
  },
  review: 'Review changes',
  previewTitle: 'Change threat protection',
  saved: 'Threat protection saved.',
  problems: {
    ipInvalid:
      '“{value}” is not a range in CIDR notation: write an address and a prefix length, e.g. 203.0.113.0/24 or 203.0.113.7/32 for one address.',
    ipHostBits: '“{value}” has bits set past its prefix: write the network, {network}.',
    ipTooMany: 'A list holds at most {max} ranges: remove some or join them into wider ranges.',
    ipInBoth: '“{value}” is both always allowed and always blocked: keep it in one list.',
    notifySourceRequired:
      'Notifying users needs an SES identity to send from: enter its ARN or turn notify off.',
    subjectRequired: 'The “{template}” email has a body but no subject: give it a subject or clear the body.',
    emailInvalid: "“{value}” is not an email address: write it as name{'@'}example.com.",
    arnMalformed: 'This is not an SES identity ARN: it looks like {example}.',
    arnOtherRegion: 'This SES identity is in {region}; Cognito sends only from the pool’s Region, {expected}.'
  },
  events: {
    title: 'Auth events and risk',
    empty: 'No auth events recorded.',
    notOffered:
      'This endpoint does not offer auth events (AdminListUserAuthEvents). On Cognito they are kept when threat protection is on (Plus plan).',
    risk: 'Risk {level}',
    noRisk: 'No risk rating',
    decisions: { NoRisk: 'No risk', AccountTakeover: 'Account takeover', Block: 'Blocked' },
    compromised: 'Compromised credentials',
    challenge: '{name}: {response}',
    feedback: 'Feedback: {value}',
    feedbackValues: { Valid: 'it was the user', Invalid: 'it was not the user' },
    markValid: 'It was the user',
    markInvalid: 'It was not the user',
    previewTitle: 'Give feedback on this event',
    previewIntro:
      'Feedback trains the pool’s risk model. “Not the user” also raises the risk of similar sign-ins.',
    saved: 'Feedback sent.'
  }
}
