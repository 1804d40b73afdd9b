export default {
  tab: 'As code',
  history: {
    title: 'Snapshots',
    intro:
      'A snapshot is the pool’s whole configuration as one file: settings, MFA, threat protection (the pool’s and each app client’s own), app clients with their managed login branding and terms documents, groups, identity providers, resource servers, domain, log delivery and the Regions it is replicated to, never a secret. One is kept before every change this console makes, so a change can be undone by applying the snapshot before it.',
    take: 'Take snapshot',
    taken: 'Snapshot taken.',
    empty: 'No snapshot of this pool yet. Take one, or make a change: one is kept before it.',
    when: 'Taken',
    reason: 'Why',
    manual: 'Taken by hand',
    before: 'Before {channel}',
    save: 'Save…',
    compare: 'Compare with now',
    restore: 'Restore…',
    saved: 'Saved to {path}.'
  },
  compare: {
    title: 'Compare',
    intro:
      'Compare this pool with another pool (in any saved connection: another account or Region) or with a snapshot file.',
    other: 'Compare with',
    otherPool: 'Another pool',
    file: 'A snapshot file',
    connection: 'Connection',
    poolId: 'User pool ID',
    poolIdPlaceholder: 'ap-northeast-1_AbCdEf123',
    chooseFile: 'Choose file…',
    fileChosen: '{name} ({size})',
    run: 'Compare',
    same: 'No differences: the two configurations are the same (ids and dates are not compared).',
    count: '{count} resources differ',
    resource: 'Resource',
    field: 'Setting',
    left: 'This pool ({name})',
    right: 'Other ({name})',
    onlyLeft: 'Only in this pool',
    onlyRight: 'Only in the other',
    needsNewPool: 'Needs a new pool',
    needsNewResource: 'Cannot change once created',
    addOnly: 'Can only be added',
    makeLike: 'Make this pool like the other…',
    absent: '(not set)'
  },
  kinds: {
    pool: 'Pool settings',
    mfa: 'MFA',
    appClients: 'App client',
    groups: 'Group',
    identityProviders: 'Identity provider',
    resourceServers: 'Resource server',
    domain: 'Domain',
    threatProtection: 'Threat protection',
    branding: 'Managed login branding',
    clientThreatProtection: 'App client threat protection',
    terms: 'Terms document',
    logDelivery: 'Log delivery',
    replicas: 'Replica',
    sessionConfiguration: 'Session configuration',
    clientSessionConfiguration: 'App client session configuration'
  },
  notTaken:
    'Not compared or applied: {sections}. One side has no record of it (a snapshot file from an earlier version, or an endpoint that does not offer it), so the target keeps its own.',
  plan: {
    title: 'Plan: {count} changes to {target}',
    newPool: 'a new pool {name}',
    intro:
      'Nothing has been sent yet. Check each step; the console sends them in this order and stops at the first failure.',
    activeConnection: 'Applies in the active connection: {name} ({region}).',
    nothing: 'Nothing to apply: the pool already matches.',
    create: 'Create',
    update: 'Update',
    delete: 'Delete',
    blocked: 'Cannot apply',
    blockedReasons: {
      createOnly: 'Cognito fixes this when the resource is created: it needs a new one.',
      needsSecret: 'A snapshot never holds a provider’s secret: create this provider in Identity providers.',
      schemaRemoval: 'Cognito cannot remove or change a custom attribute.',
      managedByService: 'Another AWS service manages this resource.',
      readOnly: 'Shown for comparison only: add or remove a replica on the pool’s Replicas tab.'
    },
    apply: 'Apply {count} changes',
    applying: 'Applying…',
    stale: 'The target changed since this plan was made. Make the plan again.'
  },
  report: {
    title: 'Report',
    done: 'Done',
    failed: 'Failed',
    notRun: 'Not sent',
    blocked: 'Not applicable',
    complete: 'All {count} changes applied to {poolId}.',
    stopped:
      'Stopped at a failure: {done} done, {notRun} not sent. The pool was snapshotted before the apply.'
  },
  clone: {
    title: 'Clone',
    intro:
      'Create a new pool with this pool’s configuration in the active connection (pick another connection first to clone into another account or Region). Once the new pool exists, its users can be copied too, with their groups and enabled state (not their passwords).',
    name: 'New pool name',
    plan: 'Plan the clone…',
    copyUsers: 'Copy the users too…',
    open: 'Open the new pool'
  },
  template: {
    title: 'CloudFormation',
    intro:
      'This pool as a CloudFormation template (YAML): the pool, threat protection (the pool’s and each app client’s own), app clients with their managed login branding and terms documents, groups, identity providers, resource servers, domain and log delivery, and the identity pools that use the pool with their roles. Provider secrets become NoEcho parameters. CloudFormation has no resource for session configuration, and replicas are added on the Replicas tab: neither is in the template.',
    preview: 'Show template',
    save: 'Save template…'
  },
  problems: {
    tooLarge: 'The file is larger than 5 MB: it is not a snapshot.',
    notJson: 'The file is not JSON. Choose a .json file saved from this tab.',
    notSnapshot: 'The file is JSON but not a pool snapshot. Choose a file saved from this tab.',
    newerVersion: 'The snapshot was written by a newer version of the console. Update the console to read it.'
  }
}
