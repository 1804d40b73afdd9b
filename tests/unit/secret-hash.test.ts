import { describe, expect, it } from 'vitest'
import { secretHash } from '../../src/main/cognito/secret-hash'

/**
 * Vectors computed independently with OpenSSL; moto does not check SECRET_HASH on every path, so our
 * side is checked here.
 */
describe('SECRET_HASH', () => {
  it('matches HMAC-SHA256(secret, username + clientId) computed by openssl', () => {
    // echo -n 'aiko.sato01example23456789' | openssl dgst -sha256 \
    //   -hmac 'shh-client-secret-0123456789abcdefghijklmnopqrstuvwxyz' -binary | base64
    expect(
      secretHash('shh-client-secret-0123456789abcdefghijklmnopqrstuvwxyz', 'aiko.sato0', '1example23456789')
    ).toBe('VhchcmUC1YHKYetL8fICbysrtphbzPuoH726zJ0uVt4=')
  })

  it('hashes non-ASCII usernames as UTF-8', () => {
    // echo -n 'ユーザーabcdefghij1234567890' | openssl dgst -sha256 -hmac 'k' -binary | base64
    expect(secretHash('k', 'ユーザー', 'abcdefghij1234567890')).toBe(
      'UWpqkGZonzJSHVOgJExDbAxVH7GRNyOKWd+V0AXsKr0='
    )
  })

  it('depends on the order username then client id', () => {
    expect(secretHash('k', 'a', 'b')).not.toBe(secretHash('k', 'b', 'a'))
  })
})
