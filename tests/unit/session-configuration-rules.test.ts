import { describe, expect, it } from 'vitest'
import {
  clientSessionProblems,
  clientSessionRequest,
  poolSessionProblems,
  poolSessionRequest
} from '@shared/session-configuration-rules'

describe('session configuration rules', () => {
  it('allows 1 to 100 whole sessions per user', () => {
    expect(poolSessionProblems({ tracking: 'ENABLED', maxPerUser: 1 })).toEqual([])
    expect(poolSessionProblems({ tracking: 'ENABLED', maxPerUser: 100 })).toEqual([])
    for (const maxPerUser of [0, 101, 2.5])
      expect(poolSessionProblems({ tracking: 'ENABLED', maxPerUser })).toEqual([
        { code: 'maxPerUserRange', field: 'maxPerUser', params: { min: 1, max: 100 } }
      ])
  })

  it('allows an SSO session reuse from 0 minutes to 90 days', () => {
    expect(clientSessionProblems({ ssoMaxValidityMinutes: 0 })).toEqual([])
    expect(clientSessionProblems({ ssoMaxValidityMinutes: 129_600 })).toEqual([])
    expect(clientSessionProblems({ ssoMaxValidityMinutes: 129_601 })).toMatchObject([
      { code: 'ssoValidityRange', params: { min: 0, max: 129_600 } }
    ])
  })

  it('names the settings as Cognito’s requests do', () => {
    expect(poolSessionRequest({ tracking: 'DISABLED', maxPerUser: 7 })).toEqual({
      UserSessionTracking: 'DISABLED',
      TokenSession: { MaxPerUser: 7 }
    })
    expect(clientSessionRequest({ ssoMaxValidityMinutes: 15 })).toEqual({
      SSOSession: { MaxValidityMinutes: 15 }
    })
  })
})
