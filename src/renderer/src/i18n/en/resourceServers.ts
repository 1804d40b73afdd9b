export default {
  tab: 'API scopes',
  title: 'Resource servers and custom scopes',
  intro:
    'A resource server is one of your APIs; its scopes (identifier/scope) are what app clients may ask for, e.g. in the client credentials grant.',
  create: 'Add resource server',
  createTitle: 'New resource server',
  editTitle: 'Edit resource server {name}',
  previewCreate: 'Add {name}: what will be sent',
  previewEdit: 'Change {name}: what will be sent',
  review: 'Review change',
  empty: 'This pool has no resource servers: app clients can allow the standard scopes only.',
  created: 'Resource server {name} added.',
  saved: 'Resource server {name} saved.',
  deleted: 'Resource server {name} deleted.',
  deleteTitle: 'Delete resource server {name}',
  deleteDescription: 'Its scopes stop being issued; apps asking for them are refused.',
  deleteClients: 'App clients that allow its scopes: {clients}. Remove the scopes from them afterwards.',
  columns: { identifier: 'Identifier', name: 'Name', scopes: 'Scopes', clients: 'Allowed by' },
  fields: {
    identifier: 'Identifier',
    identifierHelp: 'Usually the API’s URL, e.g. https://api.example.com; fixed after creation.',
    name: 'Name',
    scopes: 'Custom scopes',
    scopeName: 'Scope',
    scopeDescription: 'Description',
    addScope: 'Add scope',
    removeScope: 'Remove',
    fullScope: 'Clients ask for'
  },
  problems: {
    identifierRequired: 'Enter an identifier, e.g. https://api.example.com.',
    identifierFormat:
      '“{identifier}” is not a valid identifier: use visible characters without spaces, quotes or backslashes.',
    nameRequired: 'Enter a name for the resource server.',
    nameFormat: "A name may contain letters, digits, spaces and + = , . {'@'} - only.",
    scopeNameRequired: 'Scope {index} has no name: enter one or remove the row.',
    scopeNameFormat:
      '“{scope}” is not a valid scope name: no spaces, quotes, slashes or backslashes (e.g. orders.read).',
    scopeDuplicate: 'The scope {scope} is listed twice: remove one.',
    scopeDescriptionRequired: 'Describe the scope {scope}: Cognito requires a description.',
    scopeDescriptionLength: 'The description of {scope} is longer than {max} characters: shorten it.',
    tooManyScopes: 'A resource server has at most {max} scopes.'
  }
}
