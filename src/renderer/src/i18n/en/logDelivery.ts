/** Log delivery of a user pool: message delivery errors and threat protection's user activity. */
export default {
  tab: 'Logs',
  title: 'Log delivery',
  intro:
    'Cognito can send two kinds of logs. Each goes to one destination; the destination’s resource policy must let Cognito write to it.',
  notOffered:
    'This endpoint does not offer log delivery (GetLogDeliveryConfiguration / SetLogDeliveryConfiguration), so it cannot be read or changed here. It works against Cognito itself.',
  sources: {
    userNotification: {
      name: 'Message delivery errors',
      about:
        'Email and SMS that Cognito could not deliver (userNotification), at ERROR level, to CloudWatch Logs.'
    },
    userAuthEvents: {
      name: 'User activity from threat protection',
      about:
        'Sign-ins and other auth events with their risk (userAuthEvents), at INFO level. Needs the Plus feature plan.'
    }
  },
  deliver: 'Deliver these logs',
  destination: 'Destination',
  destinations: { cloudWatchLogs: 'CloudWatch Logs', s3: 'S3 bucket', firehose: 'Data Firehose' },
  arn: { cloudWatchLogs: 'Log group ARN', s3: 'Bucket ARN', firehose: 'Stream ARN' },
  level: 'Level: {level}',
  review: 'Review changes',
  previewTitle: 'Change log delivery',
  saved: 'Log delivery saved.',
  problems: {
    sourceTwice: 'The logs “{source}” are given twice: keep one destination.',
    levelNotAllowed: 'The logs “{source}” are not sent at level {level}.',
    destinationNotAllowed: 'The logs “{source}” cannot go to {destination}: choose another destination.',
    arnRequired: 'Enter the ARN of the destination, or turn delivery off.',
    needsPlus: 'The logs “{source}” need the Plus feature plan; this pool is on {plan}.',
    arnMalformed: 'This is not an ARN of that kind: it looks like {example}.',
    arnOtherRegion: 'This destination is in {region}; Cognito delivers only in the pool’s Region, {expected}.'
  }
}
