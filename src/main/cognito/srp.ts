import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/**
 * The client half of Cognito's SRP-6a (USER_SRP_AUTH): the 3072-bit group of RFC 5054, SHA-256,
 * k = H(N | g), and Cognito's HKDF ("Caldera Derived Key") and claim signature. The password is only
 * used here, in main; Cognito receives A and a signature.
 */

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF'

const N = BigInt(`0x${N_HEX}`)
const g = 2n

/** Hex of a non-negative integer as Java's BigInteger.toByteArray encodes it (even length, sign byte). */
export function padHex(value: bigint): string {
  let hex = value.toString(16)
  if (hex.length % 2 === 1) hex = `0${hex}`
  else if ('89abcdef'.includes(hex[0] ?? '')) hex = `00${hex}`
  return hex
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
const hexHash = (hex: string) => sha256Hex(Buffer.from(hex, 'hex'))

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = ((base % modulus) + modulus) % modulus
  let e = exponent
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
    e >>= 1n
  }
  return result
}

const k = BigInt(`0x${hexHash(padHex(N) + padHex(g))}`)

export interface SrpClient {
  /** The client's secret exponent; random unless a test fixes it. */
  smallA: bigint
  /** A = g^a mod N, sent as SRP_A (hex). */
  largeA: bigint
}

/** A fresh client key pair (128 random bytes for a, as Amazon's own SDKs use). */
export function createSrpClient(smallA: bigint = BigInt(`0x${randomBytes(128).toString('hex')}`)): SrpClient {
  const largeA = modPow(g, smallA, N)
  if (largeA % N === 0n) throw new Error('SRP: A mod N is zero')
  return { smallA, largeA }
}

/** Cognito's TIMESTAMP: "Sun Nov 2 01:40:11 UTC 2026" (day not padded, time padded, always UTC). */
export function srpTimestamp(date: Date = new Date()): string {
  const week = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()]
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${week} ${months[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  )
}

export interface PasswordVerifierInput {
  client: SrpClient
  /** The part of the pool id after the underscore. */
  poolName: string
  /** USER_ID_FOR_SRP from the challenge (the username Cognito hashes with). */
  userIdForSrp: string
  password: string
  /** SALT and SRP_B from the challenge, hex. */
  saltHex: string
  srpBHex: string
  /** SECRET_BLOCK from the challenge, base64. */
  secretBlock: string
  timestamp: string
}

/** PASSWORD_CLAIM_SIGNATURE for the PASSWORD_VERIFIER challenge. */
export function passwordClaimSignature(input: PasswordVerifierInput): string {
  const B = BigInt(`0x${input.srpBHex}`)
  if (B % N === 0n) throw new Error('SRP: the server sent B = 0 mod N')
  const { smallA, largeA } = input.client
  const u = BigInt(`0x${hexHash(padHex(largeA) + padHex(B))}`)
  if (u === 0n) throw new Error('SRP: u is zero')
  const identity = sha256Hex(`${input.poolName}${input.userIdForSrp}:${input.password}`)
  const salt = BigInt(`0x${input.saltHex}`)
  const x = BigInt(`0x${hexHash(padHex(salt) + identity)}`)
  const S = modPow(B - k * modPow(g, x, N), smallA + u * x, N)
  const key = Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.from(padHex(S), 'hex'),
      Buffer.from(padHex(u), 'hex'),
      'Caldera Derived Key',
      16
    )
  )
  const message = Buffer.concat([
    Buffer.from(input.poolName, 'utf8'),
    Buffer.from(input.userIdForSrp, 'utf8'),
    Buffer.from(input.secretBlock, 'base64'),
    Buffer.from(input.timestamp, 'utf8')
  ])
  return createHmac('sha256', key).update(message).digest('base64')
}
