export default {
  title: 'Groups',
  create: 'Create group',
  createTitle: 'New group',
  editTitle: 'Edit group {name}',
  empty: 'This pool has no groups yet.',
  created: 'Group {name} created.',
  saved: 'Group {name} saved.',
  deleted: 'Group {name} deleted.',
  columns: {
    name: 'Name',
    description: 'Description',
    precedence: 'Precedence',
    role: 'IAM role',
    modified: 'Modified'
  },
  fields: {
    name: 'Group name',
    description: 'Description',
    precedence: 'Precedence',
    precedenceHelp: 'Lower wins: a user in several groups gets the role of the group with the lowest number.',
    roleArn: 'IAM role ARN (optional)',
    rolePlaceholder: 'arn:aws:iam::123456789012:role/MyRole'
  },
  members: {
    button: 'Members',
    title: 'Members of {name}',
    empty: 'No users in this group.',
    more: 'Load more',
    add: 'Add user',
    addPlaceholder: 'Username',
    added: '{username} added to {group}.',
    remove: 'Remove',
    removed: '{username} removed from {group}.',
    removeTitle: 'Remove {username} from {group}?',
    removeDescription: 'The user keeps their account; only the membership (and the group’s role) is removed.',
    count: '{count} shown',
    username: 'Username',
    email: 'Email',
    status: 'Status',
    enabled: 'Enabled'
  },
  deleteTitle: 'Delete group {name}?',
  deleteDescription: 'Members stay in the pool; they lose this group and its role.'
}
