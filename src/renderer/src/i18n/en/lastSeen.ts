export default {
  load: 'Load last seen',
  loadHelp:
    'Reads when each of these users was last active (paced at the pool’s quota) into the index’s “Last seen” column; then filter with “not seen for (days)”.',
  cancel: 'Stop',
  sources: {
    sessions: 'from the users’ sessions',
    authEvents: 'from the newest successful sign-in event'
  },
  progress: 'Last seen: {done} of {total} read {source}',
  summary: 'Last seen: {done} of {total} read {source}; {neverSeen} never seen, {failed} could not be read.',
  cancelled: 'Stopped.',
  failed: 'Stopped: {error}',
  notSeenDays: 'Enter a whole number of days from {min} to {max}.'
}
