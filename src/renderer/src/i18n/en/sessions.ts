export default {
  title: 'Sessions',
  columns: {
    type: 'Type',
    client: 'App client',
    device: 'Device',
    ipAddress: 'IP address',
    location: 'Location',
    created: 'Started',
    lastActive: 'Last active'
  },
  none: 'No active session.',
  notOffered: 'This endpoint does not offer session lists (AdminListUserSessions).',
  notTracked:
    'This pool does not track sessions, so none are listed. To turn tracking on, set the pool’s session configuration (SetUserPoolSessionConfiguration, UserSessionTracking ENABLED); it needs the Essentials or Plus feature plan.',
  revoke: 'Revoke',
  revokeAll: 'Sign out everywhere',
  revokeTitle: 'Revoke this session?',
  revokeText:
    'The session started {created} from {device} ends: its refresh token stops working. Access tokens already issued stay valid until they expire.',
  revokeAllText:
    'Every session of {username} ends: all refresh tokens are revoked. Access tokens already issued stay valid until they expire.',
  revoked: 'Revoked the session; {count} remain.',
  bulkHint:
    'To sign out many users at once, select them in the users list and run the bulk action “Sign out everywhere”.',
  unknownDevice: 'an unknown device'
}
