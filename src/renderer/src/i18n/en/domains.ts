export default {
  tab: 'Domain',
  title: 'Domain and managed login',
  none: 'This pool has no domain: there are no hosted sign-in pages and no /oauth2 endpoints.',
  create: 'Add domain',
  createTitle: 'New domain',
  editTitle: 'Edit domain {domain}',
  review: 'Review change',
  previewCreate: 'Add {domain}: what will be sent',
  previewEdit: 'Change {domain}: what will be sent',
  created: 'Domain {domain} added.',
  saved: 'Domain {domain} saved.',
  deleted: 'Domain {domain} deleted.',
  deleteTitle: 'Delete domain {domain}',
  deleteDescription:
    'The sign-in pages and /oauth2 endpoints at {domain} stop working for every app client of this pool.',
  kinds: { prefix: 'Cognito prefix domain', custom: 'Custom domain' },
  versions: { '1': 'Hosted UI (classic)', '2': 'Managed login' },
  fields: {
    kind: 'Type',
    prefix: 'Prefix',
    prefixHelp: 'Becomes https://PREFIX.auth.{region}.amazoncognito.com; fixed after creation.',
    custom: 'Domain name',
    customHelp: 'A name you own, e.g. auth.example.com; fixed after creation.',
    certificateArn: 'Certificate ARN (ACM, us-east-1)',
    managedLoginVersion: 'Sign-in pages',
    managedLoginHelp:
      'Managed login needs the Essentials or Plus feature plan and a branding style per client.',
    domain: 'Domain',
    status: 'Status',
    baseUrl: 'Sign-in pages at',
    cloudFrontTarget: 'DNS target (CloudFront)',
    cloudFrontHelp: 'Create a CNAME (or alias) record for {domain} pointing to this host.'
  },
  problems: {
    prefixFormat:
      'A prefix is 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.',
    prefixReserved:
      'A prefix cannot contain “{word}”: Cognito reserves aws, amazon and cognito. Choose another.',
    customFormat:
      'Enter a full domain name such as auth.example.com (lowercase letters, digits, hyphens, dots).',
    certificateMissing: 'A custom domain needs an ACM certificate ARN for the name, issued in us-east-1.',
    arnMalformed: 'That is not a certificate ARN. It looks like {example}.',
    arnOtherRegion:
      'This certificate is in {region}: a custom domain needs one in {expected}, whatever the pool’s Region.'
  },
  classic: {
    title: 'Hosted UI (classic) style',
    intro:
      'The classic hosted UI takes a logo and CSS for a fixed set of classes. The pool’s default applies to every app client without a style of its own.',
    scope: 'Style of',
    allClients: 'Every app client (the pool’s default)',
    none: 'No style: the classic pages show Cognito’s look.',
    inherited: 'This app client has no style of its own: it shows the pool’s default below.',
    logoAt: 'Logo: {url}',
    noLogo: 'No logo',
    currentLogo: 'The current logo',
    edit: 'Edit style',
    editTitle: 'Classic style of {scope}',
    previewTitle: 'Replace the classic style of {scope}: what will be sent',
    saved: 'Classic style of {scope} saved.',
    css: 'CSS',
    cssHelp:
      "Only Cognito’s classes (such as .banner-customizable, .submitButton-customizable); no {'@'}import, {'@'}media, HTML or scripts.",
    logo: 'Logo',
    chooseLogo: 'Choose logo…',
    logoHelp: 'PNG or JPEG up to 100,000 bytes; Cognito scales it to fit 350 × 178 pixels.',
    logoLost:
      'Cognito sets the CSS and the logo together: choose the logo again, or the current one is removed.',
    unsupported:
      'This endpoint does not offer the classic hosted UI’s style (GetUICustomization). It can be set in an AWS Region of Cognito.',
    problems: {
      cssForbidden: 'Cognito refuses {what} in the CSS. Remove it.',
      cssUnknownClass:
        '“{selector}” is not one of Cognito’s classes. Use only the classes it lists, such as .banner-customizable.',
      cssMalformed:
        'The CSS is not a list of rules (a class, then its declarations in braces). Check the braces.',
      classicTooLarge:
        'The CSS and the logo come to {bytes} bytes in the request; Cognito takes at most {max}. Use a smaller logo or shorter CSS.'
    }
  },
  branding: {
    title: 'Managed login branding per app client',
    intro: 'With managed login, each app client shows its sign-in pages only once it has a branding style.',
    classic:
      'The domain serves the classic hosted UI: branding styles apply after switching to managed login.',
    client: 'App client',
    style: 'Branding style',
    none: 'None: managed login pages are not shown',
    defaults: 'Cognito’s default look',
    custom: 'Custom settings',
    assets: '{count} image(s)',
    create: 'Create with defaults',
    delete: 'Remove style',
    deleteTitle: 'Remove the branding style of {client}',
    deleteConfirm:
      'The managed login pages of {client} stop showing until it has a style again, and the style’s settings and images are gone. A snapshot taken before the removal keeps them.',
    edit: 'Edit style',
    editTitle: 'Branding style of {client}',
    previewTitle: 'Change the branding style of {client}: what will be sent',
    saved: 'Branding style of {client} saved.',
    useDefaults: 'Go back to Cognito’s default look (the settings and images below are dropped)',
    settings: 'Settings (JSON)',
    settingsHelp:
      'The style’s settings document as Cognito returns it (components, categories, colours). Edit values in place.',
    images: 'Images',
    category: 'Where it shows',
    mode: 'Colour mode',
    file: 'File',
    keep: 'Keep',
    removeImage: 'Remove',
    chooseImage: 'Choose image…',
    imageHelp:
      'PNG, JPEG, SVG or WebP up to 750,000 bytes; the favicons take ICO or SVG only. Choosing a file for a place and mode that has one replaces it.',
    categories: {
      PAGE_HEADER_LOGO: 'Page header logo',
      PAGE_HEADER_BACKGROUND: 'Page header background',
      PAGE_FOOTER_LOGO: 'Page footer logo',
      PAGE_FOOTER_BACKGROUND: 'Page footer background',
      PAGE_BACKGROUND: 'Page background',
      FORM_LOGO: 'Form logo',
      FORM_BACKGROUND: 'Form background',
      FAVICON_ICO: 'Favicon (ICO)',
      FAVICON_SVG: 'Favicon (SVG)',
      IDP_BUTTON_ICON: 'Identity provider button icon',
      EMAIL_GRAPHIC: 'Email sign-in graphic',
      SMS_GRAPHIC: 'SMS sign-in graphic',
      AUTH_APP_GRAPHIC: 'Authenticator app graphic',
      PASSWORD_GRAPHIC: 'Password graphic',
      PASSKEY_GRAPHIC: 'Passkey graphic'
    },
    modes: { LIGHT: 'Light', DARK: 'Dark', DYNAMIC: 'Both (follows the browser)' },
    problems: {
      assetEmpty: 'The file is empty. Choose the image file itself.',
      assetTooLarge:
        'The file has {bytes} bytes; Cognito takes at most {max}. Make it smaller (export at a lower resolution or compress it) and choose it again.',
      assetUnknownType: 'The file is not a PNG, JPEG, SVG, WebP or ICO image. Choose an image file.',
      assetWrongType: 'This place takes {allowed}, and the file is {extension}. Choose a file of that type.',
      settingsJson:
        'The settings are not valid JSON ({detail}). Correct the text or close the editor to start over.',
      settingsNotObject:
        'The settings must be one JSON object (name: value pairs), not a list or a single value.',
      styleTooLarge:
        'The style would send {bytes} bytes; Cognito takes at most {max} in one request. Remove or shrink some images.',
      tooManyAssets: 'A style holds at most {max} images; this one would have {count}. Remove some first.'
    },
    created: 'App client {client} now has a branding style with Cognito’s default look.',
    deleted: 'Branding style of {client} removed.',
    unsupported:
      'This endpoint has no managed login branding (CreateManagedLoginBranding and related operations).'
  }
}
