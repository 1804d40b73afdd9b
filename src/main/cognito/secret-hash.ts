import { createHmac } from 'node:crypto'

/**
 * SECRET_HASH for an app client with a secret: Base64(HMAC-SHA256(key = client secret,
 * message = username + client id)). Cognito refuses a sign-in from such a client without it.
 */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac('sha256', clientSecret)
    .update(username + clientId, 'utf8')
    .digest('base64')
}
