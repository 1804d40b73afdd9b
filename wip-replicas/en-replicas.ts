/** Replicas of a multi-Region user pool. */
export default {
  tab: 'Replicas',
  title: 'Replicas in other Regions',
  intro:
    'A replica serves sign-ins for this pool in another Region. Configuration is changed on the primary and copied to the replicas; a replica refuses those changes itself.',
  primary: 'Primary Region: {region}',
  notOffered:
    'This endpoint does not offer replicas (ListUserPoolReplicas and the calls beside it), so they cannot be listed or changed here. They work against Cognito itself.',
  empty: 'No replicas: the pool lives in its primary Region only.',
  columns: { region: 'Region', role: 'Role', status: 'Status', actions: '' },
  roles: { PRIMARY: 'Primary', SECONDARY: 'Replica' },
  add: 'Add a replica',
  region: 'Region of the new replica',
  review: 'Review',
  activate: 'Activate',
  deactivate: 'Deactivate',
  delete: 'Delete',
  previewCreate: 'Add a replica in {region}',
  previewUpdate: 'Change the replica in {region}',
  previewDelete: 'Delete the replica in {region}',
  deleteWarning: 'Sign-ins in {region} stop being served by this replica. Users stay in the primary.',
  created: 'Replica in {region} requested; it shows as CREATING until ready.',
  updated: 'The replica in {region} is now {status}.',
  deleted: 'Deletion of the replica in {region} started.',
  problems: {
    regionInvalid: '“{region}” is not a Region code: it looks like eu-west-1.',
    primaryRegion: 'The primary is in {region}: a replica goes to another Region.',
    alreadyReplica: 'The pool already has a replica in {region}.'
  }
}
