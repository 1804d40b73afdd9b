export default {
  tab: 'Identity providers',
  title: 'Identity providers',
  create: 'Add provider',
  createTitle: 'New identity provider',
  editTitle: 'Edit identity provider {name}',
  previewCreate: 'Add {name}: what will be sent',
  previewEdit: 'Change {name}: what will be sent',
  empty: 'This pool has no identity providers: users sign in with Cognito’s own user directory only.',
  created: 'Identity provider {name} added.',
  saved: 'Identity provider {name} saved.',
  deleted: 'Identity provider {name} deleted.',
  deleteTitle: 'Delete identity provider {name}',
  deleteDescription: 'Users of {name} can no longer sign in through it; app clients stop offering it.',
  review: 'Review change',
  columns: { name: 'Name', type: 'Type', clients: 'Offered by', modified: 'Modified' },
  types: {
    SAML: 'SAML',
    OIDC: 'OpenID Connect',
    Google: 'Google',
    Facebook: 'Facebook',
    LoginWithAmazon: 'Login with Amazon',
    SignInWithApple: 'Sign in with Apple'
  },
  fields: {
    type: 'Type',
    name: 'Provider name',
    nameHelp: 'Shown on the sign-in page and used in the identity_provider parameter; fixed after creation.',
    socialNameHelp: 'Cognito names this provider {name}.',
    source: 'Metadata',
    sourceUrl: 'Metadata URL',
    sourceFile: 'Metadata XML file',
    metadataUrl: 'Metadata document URL',
    metadataFile: 'Metadata XML',
    metadataFileHelp: 'Paste the XML, or choose the file your IdP gives you.',
    chooseFile: 'Choose XML file…',
    idpSignout: 'Sign out of the IdP too (SAML sign-out flow)',
    idpInit: 'Accept IdP-initiated sign-in',
    encryptedResponses: 'Require encrypted assertions',
    requestSigning: 'Sign requests to the IdP (rsa-sha256)',
    client_id: 'Client ID',
    client_secret: 'Client secret',
    private_key: 'Private key (.p8)',
    secretKeep: 'Set: leave empty to keep the stored one',
    secretSet: 'Set (not shown)',
    team_id: 'Team ID',
    key_id: 'Key ID',
    authorize_scopes: 'Scopes to request',
    api_version: 'Graph API version',
    oidc_issuer: 'Issuer URL',
    attributes_request_method: 'User info request method',
    authorize_url: 'Authorization endpoint',
    token_url: 'Token endpoint',
    attributes_url: 'User info endpoint',
    jwks_uri: 'JWKS URI',
    endpointsHelp: 'Leave empty to use the discovery document.',
    discover: 'Read discovery document',
    discovered: 'Discovery document of {issuer}',
    claims: 'Claims offered',
    identifiers: 'IdP identifiers',
    identifiersHelp: 'Email domains or names that route sign-in to this provider (e.g. example.com).',
    mapping: 'Attribute mapping',
    secrets: 'Secrets'
  },
  mapping: {
    attribute: 'Pool attribute',
    claim: 'Provider attribute (claim)',
    add: 'Add mapping',
    remove: 'Remove',
    empty: 'No attributes mapped.',
    required: 'Required by the pool: {names}'
  },
  problems: {
    nameFormat:
      'A provider name is 3 to 32 characters, starts with no space or underscore, and has no spaces or underscores after the second character.',
    nameReserved: '{name} is reserved by Cognito: choose another name.',
    socialName: 'A {type} provider must be named {type}.',
    identifierFormat:
      "“{identifier}” is not a valid identifier: up to 40 letters, digits, spaces and + = . {'@'} - _.",
    identifierDuplicate: '“{identifier}” is listed twice: remove one.',
    samlSource: 'Give either a metadata URL or a metadata XML file (one of them).',
    samlNotXml: 'The metadata is not an XML document: paste the whole file your IdP gives, starting with <.',
    samlNoEntityDescriptor: 'The XML has no EntityDescriptor: it is not SAML metadata.',
    samlNoIdpDescriptor:
      'The metadata describes no identity provider (IDPSSODescriptor): use the IdP’s metadata, not a service provider’s.',
    secretMissing: 'Enter the {field}: a new provider needs it.',
    mappingUnknownAttribute:
      'The pool has no attribute {attribute} that a provider can set: pick one from the list.',
    mappingEmptyClaim: 'Enter the provider attribute that fills {attribute}, or remove the row.',
    mappingRequiredMissing: 'The pool requires {attribute}: map it, or federated users cannot sign up.',
    mappingImmutable:
      '{attribute} cannot change after sign-up: if the provider’s value changes, that user’s sign-in fails.'
  },
  clients: {
    title: 'App clients offering this provider',
    none: 'The pool has no app clients.',
    enable: 'Offer {name} on {client}',
    disable: 'Stop offering {name} on {client}',
    previewTitle: 'App client {client}: identity providers',
    changed: '{client} now offers: {providers}.'
  },
  certificate: {
    open: 'SAML signing certificate',
    title: 'The pool’s SAML signing certificate',
    intro:
      'Cognito signs its SAML requests with this certificate, and SAML providers that encrypt their responses use it. Give it to the identity provider; Cognito issues a new one each year.',
    subject: 'Subject',
    validTo: 'Valid until',
    fingerprint: 'SHA-256 fingerprint',
    copy: 'Copy PEM',
    save: 'Save as .crt…',
    saved: 'Signing certificate saved to {path}.'
  },
  find: {
    placeholder: 'Find by identifier (e.g. example.com)',
    button: 'Find',
    found: 'Identifier {identifier} routes to {name}.'
  }
}
