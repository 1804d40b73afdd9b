export default {
  title: 'Sign-up and recovery',
  intro:
    'Run the calls an app makes for its users: sign-up and its confirmation code, a forgotten password, and the signed-in user’s own account. Each request and Cognito’s answer are shown, with passwords, codes and tokens as placeholders.',
  clientTitle: 'App client',
  secretNote:
    'This client has a secret: the console reads it in the background and sends SECRET_HASH with each call. It is never shown here.',
  signUp: {
    title: 'Sign up',
    username: 'Username',
    password: 'Password',
    attributesHelp: 'The pool’s required attributes, and the email address a code can be sent to.',
    submit: 'Sign up',
    signedUp: 'Signed up {username}.',
    code: 'Confirmation code',
    codeHelp: 'The code Cognito sent to the new user (or one an administrator confirms instead).',
    confirm: 'Confirm sign-up',
    confirmed: '{username} is confirmed and can sign in.',
    resend: 'Resend code',
    resent: 'Cognito sent the code again.'
  },
  recovery: {
    title: 'Forgotten password',
    username: 'Username',
    send: 'Send a reset code',
    sent: 'Cognito sent a reset code.',
    code: 'Reset code',
    password: 'New password',
    confirm: 'Set the new password',
    done: 'The new password is set: {username} signs in with it.',
    exposed:
      'This endpoint returned the code in its answer ({code}). Cognito never does: it sends the code only to the user’s email or phone.',
    useCode: 'Use this code'
  },
  account: {
    title: 'The signed-in user',
    help: 'These calls carry the access token of a test login, kept in the console’s memory.',
    login: 'Test login',
    noLogins: 'No signed-in test login: sign in on the Test login screen first.',
    getUser: 'Get user (GetUser)',
    previous: 'Current password',
    proposed: 'New password',
    changePassword: 'Change password',
    changed: 'The password was changed.',
    attribute: 'Attribute',
    value: 'Value',
    update: 'Update attribute',
    updated: 'The attribute was updated.'
  },
  steps: {
    title: 'Requests and answers',
    empty: 'No calls yet: each call you make here is shown with its request and answer.',
    clear: 'Clear',
    request: 'Request',
    response: 'Answer',
    delivery: 'Code sent by {medium} to {destination} (attribute {attribute}).',
    noDelivery: 'Cognito did not say where a code was sent.',
    confirmed: 'Confirmed already: {value}',
    secretHash: 'SECRET_HASH computed from the client’s secret and sent.',
    attributes: 'Attributes the user can read'
  }
}
