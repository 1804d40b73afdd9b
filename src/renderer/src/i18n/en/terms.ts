export default {
  title: 'Terms documents per app client',
  intro:
    'Managed login links each app client’s terms of use and privacy policy; give a link per language or one for all.',
  add: 'Add document',
  edit: 'Edit',
  delete: 'Delete',
  none: 'No terms documents yet.',
  client: 'App client',
  name: 'Name',
  nameHelp: 'Begins with terms-of-use or privacy-policy, e.g. terms-of-use or privacy-policy-2025.',
  links: 'Links',
  language: 'Language',
  url: 'URL',
  addLink: 'Add a language',
  removeLink: 'Remove link',
  createTitle: 'New terms document',
  editTitle: 'Edit {name}',
  review: 'Review change',
  previewTitle: '{name} of {client}: what will be sent',
  saved: '{name} saved for {client}.',
  deleteTitle: 'Delete {name}',
  deleteText: 'Managed login for {client} stops linking this document.',
  deleted: '{name} deleted.',
  unsupported: 'This endpoint has no terms documents (CreateTerms, ListTerms and related operations).',
  languages: {
    'cognito:default': 'Every other language',
    'cognito:english': 'English',
    'cognito:french': 'French',
    'cognito:spanish': 'Spanish',
    'cognito:german': 'German',
    'cognito:bahasa-indonesia': 'Indonesian',
    'cognito:italian': 'Italian',
    'cognito:japanese': 'Japanese',
    'cognito:korean': 'Korean',
    'cognito:portuguese-brazil': 'Portuguese (Brazil)',
    'cognito:chinese-simplified': 'Chinese (Simplified)',
    'cognito:chinese-traditional': 'Chinese (Traditional)'
  },
  problems: {
    nameKind:
      'The name must begin with terms-of-use or privacy-policy: that is how Cognito tells them apart.',
    nameFormat: 'Keep the name to {max} characters without spaces.',
    noLinks: 'Add at least one link; “Every other language” covers all languages without their own.',
    languageTwice: '{language} has two links: keep one.',
    linkFormat:
      'The link for {language} is not a full URL (up to {max} characters), e.g. https://example.com/terms.',
    linkInsecure: 'The link for {language} must start with https:// and hold no user name or password.'
  }
}
