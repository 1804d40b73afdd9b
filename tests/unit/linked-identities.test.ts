import { describe, expect, it } from 'vitest'
import type { UserRow } from '@shared/contract/users'
import { findDuplicates, linkProblems, linkSide, MAX_LINKED_IDENTITIES } from '@shared/linked-identities'

const identities = (...ids: [string, string][]) =>
  JSON.stringify(ids.map(([providerName, userId]) => ({ providerName, providerType: 'Google', userId })))

const row = (username: string, attributes: Record<string, string>, status = 'CONFIRMED'): UserRow => ({
  username,
  sub: `sub-${username}`,
  status,
  enabled: true,
  created: '2026-11-01T00:00:00Z',
  modified: '2026-11-01T00:00:00Z',
  attributes
})

const native = row('ana', { email: 'Ana@Example.com', email_verified: 'true' })
const googleAna = row(
  'Google_111',
  { email: 'ana@example.com', email_verified: 'true', identities: identities(['Google', '111']) },
  'EXTERNAL_PROVIDER'
)

describe('likely duplicates', () => {
  it('pairs a native user with the federated user of the same email (case aside) and suggests linking into the native one', () => {
    const fromNative = findDuplicates(native, [native, googleAna])
    expect(fromNative).toEqual([
      {
        username: 'Google_111',
        status: 'EXTERNAL_PROVIDER',
        enabled: true,
        matchedOn: ['email'],
        verified: true,
        link: {
          destination: 'ana',
          providerName: 'Google',
          providerUserId: '111',
          replaceUsername: 'Google_111'
        }
      }
    ])
    // Seen from the federated twin, the suggestion is the same link into the native user.
    expect(findDuplicates(googleAna, [native])[0]?.link).toEqual(fromNative[0]?.link)
  })

  it('reports two native users sharing a phone number without a link, and says when it is not verified', () => {
    const a = row('a', { phone_number: '+819012345678', phone_number_verified: 'true' })
    const b = row('b', { phone_number: '+819012345678' })
    expect(findDuplicates(a, [b])).toEqual([
      { username: 'b', status: 'CONFIRMED', enabled: true, matchedOn: ['phone_number'], verified: false }
    ])
  })

  it('finds nothing for different values or a user without email and phone', () => {
    expect(findDuplicates(native, [row('x', { email: 'other@example.com' })])).toEqual([])
    expect(findDuplicates(row('y', {}), [row('z', {})])).toEqual([])
  })
})

describe('link rules', () => {
  const input = { providerName: 'Google', providerUserId: '111', providers: ['Google'] }

  it('accepts linking a federated twin into its native user', () => {
    expect(linkProblems({ ...input, destination: linkSide(native), replace: linkSide(googleAna) })).toEqual(
      []
    )
  })

  it('refuses an unknown provider, an empty user id and a federated destination', () => {
    expect(
      linkProblems({
        providerName: 'Okta',
        providerUserId: ' ',
        providers: ['Google'],
        destination: linkSide(googleAna)
      })
    ).toEqual([
      { code: 'providerUnknown', provider: 'Okta' },
      { code: 'userIdRequired' },
      { code: 'destinationFederated', username: 'Google_111' }
    ])
  })

  it('refuses an identity already linked, and a sixth identity', () => {
    const linked = row('l', { identities: identities(['Google', '111']) })
    expect(linkProblems({ ...input, destination: linkSide(linked) })).toEqual([
      { code: 'alreadyLinked', identity: 'Google:111' }
    ])
    const full = row('f', {
      identities: identities(
        ...Array.from({ length: MAX_LINKED_IDENTITIES }, (_, i): [string, string] => ['Google', `${i}`])
      )
    })
    expect(linkProblems({ ...input, destination: linkSide(full) })).toEqual([
      { code: 'tooManyIdentities', max: MAX_LINKED_IDENTITIES }
    ])
  })

  it('deletes first only the federated user of exactly that identity', () => {
    const otherGoogle = row('Google_222', { identities: identities(['Google', '222']) }, 'EXTERNAL_PROVIDER')
    expect(linkProblems({ ...input, destination: linkSide(native), replace: linkSide(otherGoogle) })).toEqual(
      [{ code: 'replaceOtherIdentity', username: 'Google_222', identity: 'Google:111' }]
    )
    expect(
      linkProblems({ ...input, destination: linkSide(native), replace: linkSide(row('bob', {})) })
    ).toEqual([{ code: 'replaceNotFederated', username: 'bob' }])
    expect(linkProblems({ ...input, destination: linkSide(native), replace: linkSide(native) })).toEqual([
      { code: 'replaceSameUser', username: 'ana' }
    ])
  })
})
