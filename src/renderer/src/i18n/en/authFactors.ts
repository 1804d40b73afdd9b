export default {
  lostTitle: 'Lost authenticator',
  lostIntro:
    'For a user who lost the phone or app that gives their sign-in codes. After this, a pool that requires MFA asks them to set up a new authenticator at their next sign-in.',
  steps: {
    deleteSoftwareToken: 'Remove the authenticator app registered to {username}',
    mfaPreference: 'Authenticator MFA: {before} → off (other factors stay)',
    signOut: 'Sign {username} out everywhere, so tokens on the lost device stop refreshing'
  },
  mfaOn: 'on',
  mfaPreferred: 'on, preferred',
  mfaOff: 'off',
  outcomes: {
    done: 'done',
    notOffered: 'not offered by this endpoint',
    skipped: 'skipped'
  },
  run: 'Reset authenticator',
  done: 'Reset the authenticator of {username}.'
}
