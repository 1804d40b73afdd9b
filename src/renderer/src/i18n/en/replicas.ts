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
  columns: { region: 'Region', role: 'Role', status: 'Status', actions: 'Actions' },
  roles: { PRIMARY: 'Primary', SECONDARY: 'Replica' },
  add: 'Review the new replica',
  region: 'Region of a new replica',
  regionPlaceholder: 'Pick or type a Region',
  activate: 'Activate',
  deactivate: 'Deactivate',
  delete: 'Delete',
  previewCreate: 'Add a replica in {region}',
  previewUpdate: 'Change the replica in {region}',
  createNote:
    'Cognito copies the pool, its users and its configuration to {region}. The replica shows as CREATING until it is ready.',
  updateNote: {
    ACTIVE: 'The replica in {region} starts serving sign-ins again.',
    INACTIVE: 'The replica in {region} stops serving sign-ins; users there are sent to the primary.'
  },
  deleteTitle: 'Delete the replica in {region}',
  deleteDescription:
    'Sign-ins in {region} are no longer served by this replica. Users and configuration stay in the primary Region.',
  created: 'Replica in {region} requested; it shows as CREATING until ready.',
  updated: 'The replica in {region} is now {status}.',
  deleted: 'Deletion of the replica in {region} started.',
  problems: {
    regionInvalid: '“{region}” is not a Region code: one looks like eu-west-1.',
    primaryRegion: 'The primary is in {region}: a replica goes to another Region.',
    alreadyReplica: 'The pool already has a replica in {region}.'
  }
}
