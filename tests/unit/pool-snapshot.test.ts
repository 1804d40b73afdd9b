import { describe, expect, it } from 'vitest'
import {
  SNAPSHOT_MAX_BYTES,
  SNAPSHOT_VERSION,
  diffSnapshots,
  parseSnapshot,
  planFingerprint,
  sectionsNotTaken,
  planSnapshot,
  type PoolSnapshot
} from '@shared/pool-snapshot'
import { fullSnapshot } from '../support/snapshot-fixture'

const prod = (change: (s: PoolSnapshot) => void): PoolSnapshot => {
  const s = structuredClone(fullSnapshot())
  change(s)
  return s
}

/** Each difference as [change, kind, name, fields]: what a reader of the comparison sees. */
const differences = (left: PoolSnapshot, right: PoolSnapshot) =>
  diffSnapshots(left, right).map((d) => [d.change, d.kind, d.name, d.fields.map((f) => f.field)])

describe('diffSnapshots', () => {
  it('finds nothing between a pool and itself, whatever order lists come in', () => {
    const reordered = prod((s) => {
      s.appClients.reverse()
      s.pool['AutoVerifiedAttributes'] = ['email']
      const web = s.appClients.find((c) => c['ClientName'] === 'web')
      if (web) web['ExplicitAuthFlows'] = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']
    })
    expect(diffSnapshots(fullSnapshot(), reordered)).toEqual([])
  })

  it('names each changed field and marks what Cognito fixes at creation', () => {
    const other = prod((s) => {
      s.pool['UsernameAttributes'] = ['phone_number']
      s.pool['DeletionProtection'] = 'INACTIVE'
      s.identityProviders[0] = { ...s.identityProviders[0], ProviderType: 'OIDC' }
    })
    expect(diffSnapshots(fullSnapshot(), other)).toEqual([
      {
        kind: 'pool',
        name: '',
        change: 'changed',
        fields: [
          { field: 'DeletionProtection', left: 'ACTIVE', right: 'INACTIVE', createOnly: false },
          { field: 'UsernameAttributes', left: ['email'], right: ['phone_number'], createOnly: true }
        ]
      },
      {
        kind: 'identityProviders',
        name: 'Corp',
        change: 'changed',
        fields: [{ field: 'ProviderType', left: 'SAML', right: 'OIDC', createOnly: true }]
      }
    ])
  })

  it('compares the attribute schema attribute by attribute: a new custom attribute can be added', () => {
    const other = prod((s) => {
      ;(s.pool['Schema'] as unknown[]).push({
        Name: 'custom:plan',
        AttributeDataType: 'String',
        Mutable: true
      })
    })
    const [pool] = diffSnapshots(fullSnapshot(), other)
    expect(pool?.fields).toEqual([
      {
        field: 'Schema.custom:plan',
        right: { Name: 'custom:plan', AttributeDataType: 'String', Mutable: true },
        createOnly: false,
        addOnly: true
      }
    ])
  })
})

describe('planSnapshot', () => {
  it('creates everything for a new pool, except providers whose secret a snapshot never holds', () => {
    const steps = planSnapshot(fullSnapshot(), null)
    expect(steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'create pool ',
      'create mfa ',
      'create resourceServers https://api.example.com',
      'create identityProviders Corp',
      'blocked identityProviders Google',
      'create threatProtection ',
      'create sessionConfiguration ',
      'create appClients orders-backend',
      'create appClients web',
      'create clientThreatProtection orders-backend',
      'create clientSessionConfiguration orders-backend',
      'create branding web',
      'create terms web / terms-of-use',
      'create groups admins',
      'create groups staff',
      'create logDelivery ',
      'create domain ',
      'blocked replicas eu-west-1'
    ])
    expect(steps.find((s) => s.name === 'Google')?.blocked).toBe('needsSecret')
    expect(steps.find((s) => s.kind === 'replicas')?.blocked).toBe('readOnly')
  })

  it('updates what can change, deletes first, and blocks what needs a new pool or cannot be removed', () => {
    const current = prod((s) => {
      s.pool['UsernameAttributes'] = ['phone_number']
      ;(s.pool['Schema'] as unknown[]).push({ Name: 'custom:legacy', AttributeDataType: 'String' })
      s.groups.push({ GroupName: 'old' })
      s.groups = s.groups.filter((g) => g['GroupName'] !== 'staff')
      s.appClients[0] = { ...s.appClients[0], AccessTokenValidity: 5 }
    })
    expect(planSnapshot(fullSnapshot(), current)).toEqual([
      { kind: 'groups', name: 'old', action: 'delete', fields: [] },
      { kind: 'pool', name: '', action: 'blocked', fields: ['UsernameAttributes'], blocked: 'createOnly' },
      {
        kind: 'pool',
        name: '',
        action: 'blocked',
        fields: ['Schema.custom:legacy'],
        blocked: 'schemaRemoval'
      },
      { kind: 'appClients', name: 'web', action: 'update', fields: ['AccessTokenValidity'] },
      { kind: 'groups', name: 'staff', action: 'create', fields: [] }
    ])
  })

  it('leaves a resource server another AWS service manages alone', () => {
    const current = prod((s) => {
      s.resourceServers.push({ Identifier: 'managed', Name: 'managed', ManagedBy: 'BEDROCK' })
    })
    expect(planSnapshot(fullSnapshot(), current)).toEqual([
      { kind: 'resourceServers', name: 'managed', action: 'blocked', fields: [], blocked: 'managedByService' }
    ])
  })

  it('gives a different fingerprint when the plan differs', () => {
    const a = planFingerprint(
      planSnapshot(
        fullSnapshot(),
        prod((s) => s.groups.pop())
      )
    )
    const b = planFingerprint(
      planSnapshot(
        fullSnapshot(),
        prod((s) => s.groups.shift())
      )
    )
    expect(a).not.toBe(b)
  })
})

describe('parseSnapshot', () => {
  it('reads back what it wrote', () => {
    expect(parseSnapshot(JSON.stringify(fullSnapshot()))).toEqual({ snapshot: fullSnapshot() })
  })

  it.each([
    ['not JSON', '{oops', 'notJson'],
    ['another document', JSON.stringify({ format: 'other', version: 1 }), 'notSnapshot'],
    ['a later version', JSON.stringify({ ...fullSnapshot(), version: SNAPSHOT_VERSION + 1 }), 'newerVersion'],
    ['a huge file', ' '.repeat(SNAPSHOT_MAX_BYTES + 1), 'tooLarge'],
    [
      'a hostile nesting',
      JSON.stringify({ ...fullSnapshot(), groups: [{ GroupName: 'x', Deep: [[[[[[[[[[]]]]]]]]]] }] }).replace(
        '[[[[[[[[[[]]]]]]]]]]',
        '['.repeat(5000) + ']'.repeat(5000)
      ),
      'notSnapshot'
    ]
  ])('refuses %s with a reason code', (_what, raw, problem) => {
    expect(parseSnapshot(raw)).toEqual(expect.objectContaining({ problem }))
  })
})

describe('version 1 files (before threat protection and branding)', () => {
  const versionOne = (): PoolSnapshot => {
    const { threatProtection: _t, branding: _b, ...rest } = fullSnapshot()
    return { ...rest, version: 1 }
  }

  it('still load, with the newer sections not taken', () => {
    const parsed = parseSnapshot(JSON.stringify(versionOne()))
    expect(parsed).toEqual({ snapshot: versionOne() })
    expect(sectionsNotTaken(versionOne())).toEqual(['threatProtection', 'branding'])
    expect(sectionsNotTaken(fullSnapshot())).toEqual([])
  })

  it('neither compare nor apply a section one side did not take, so nothing is deleted for it', () => {
    const now = prod((s) => {
      s.threatProtection = null
      s.branding = []
      s.groups.pop()
    })
    // The only difference compared is the group; the live pool's lack of threat protection is not one.
    expect(diffSnapshots(versionOne(), now).map((d) => `${d.change} ${d.kind} ${d.name}`)).toEqual([
      'onlyLeft groups staff'
    ])
    expect(planSnapshot(versionOne(), now).map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'create groups staff'
    ])
    expect(planSnapshot(versionOne(), null).some((s) => s.kind === 'branding')).toBe(false)
  })
})

describe('a section the console could not read', () => {
  it('is listed, neither compared nor applied, so its empty record plans no deletion', () => {
    const unread: PoolSnapshot = {
      ...fullSnapshot(),
      groups: [],
      unavailable: [{ section: 'groups', reason: 'AccessDeniedException: not allowed to ListGroups' }]
    }
    const live = fullSnapshot()
    expect(live.groups.length).toBeGreaterThan(0)
    expect(sectionsNotTaken(unread, live)).toEqual(['groups'])
    expect(diffSnapshots(unread, live)).toEqual([])
    expect(planSnapshot(unread, live).filter((step) => step.kind === 'groups')).toEqual([])
  })
})

describe('threat protection and branding', () => {
  it('are compared field by field, and removing them deletes the style before its client', () => {
    const other = prod((s) => {
      ;(s.threatProtection as Record<string, unknown>)['RiskExceptionConfiguration'] = {
        SkippedIPRangeList: [],
        BlockedIPRangeList: ['198.51.100.0/24']
      }
      const web = s.branding?.[0]
      if (web) web.UseCognitoProvidedValues = true
    })
    expect(
      diffSnapshots(fullSnapshot(), other).map((d) => [d.kind, d.name, d.fields.map((f) => f.field)])
    ).toEqual([
      ['threatProtection', '', ['RiskExceptionConfiguration']],
      ['branding', 'web', ['UseCognitoProvidedValues']]
    ])
    const bare = prod((s) => {
      s.threatProtection = null
      s.branding = []
      s.appClients = s.appClients.filter((c) => c['ClientName'] !== 'web')
    })
    expect(planSnapshot(bare, fullSnapshot()).map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'delete branding web',
      'delete appClients web',
      'delete threatProtection '
    ])
  })
})

describe('planSnapshot and names', () => {
  it('keeps the target pool’s own name when making it like another', () => {
    const current = prod((s) => {
      s.pool['PoolName'] = 'shop-prod'
    })
    expect(diffSnapshots(current, fullSnapshot())).toHaveLength(1)
    expect(planSnapshot(fullSnapshot(), current)).toEqual([])
  })
})

/** The fixture as version 3 wrote it: without session configuration. */
const versionThree = (): PoolSnapshot => {
  const { sessionConfiguration: _s, clientSessionConfiguration: _c, ...rest } = fullSnapshot()
  return { ...rest, version: 3 }
}

describe('log delivery, client threat protection, terms and replicas (version 3)', () => {
  const versionTwo = (): PoolSnapshot => {
    const { logDelivery: _l, clientThreatProtection: _c, terms: _t, replicas: _r, ...rest } = versionThree()
    return { ...rest, version: 2 }
  }

  it('a version 2 file still loads, with these sections not compared or applied', () => {
    expect(parseSnapshot(JSON.stringify(versionTwo()))).toEqual({ snapshot: versionTwo() })
    // Neither has session configuration (version 4): not compared either.
    expect(sectionsNotTaken(versionTwo(), versionThree())).toEqual([
      'sessionConfiguration',
      'clientThreatProtection',
      'clientSessionConfiguration',
      'terms',
      'logDelivery',
      'replicas'
    ])
    expect(diffSnapshots(versionTwo(), versionThree())).toEqual([])
  })

  it('are compared by client and name, field by field', () => {
    const other = prod((s) => {
      const backend = s.clientThreatProtection?.[0]
      if (backend) backend['RiskExceptionConfiguration'] = { SkippedIPRangeList: [], BlockedIPRangeList: [] }
      s.terms?.push({
        ClientName: 'web',
        TermsName: 'privacy-policy',
        Links: { 'cognito:default': 'https://shop.example.com/privacy' }
      })
      s.logDelivery = null
      s.replicas = [{ Region: 'us-east-1' }]
    })
    expect(differences(fullSnapshot(), other)).toEqual([
      ['changed', 'clientThreatProtection', 'orders-backend', ['RiskExceptionConfiguration']],
      ['onlyRight', 'terms', 'web / privacy-policy', []],
      ['onlyLeft', 'logDelivery', '', []],
      ['onlyLeft', 'replicas', 'eu-west-1', []],
      ['onlyRight', 'replicas', 'us-east-1', []]
    ])
  })

  it('are planned in order, client settings removed before the client, replicas never applied', () => {
    const bare = prod((s) => {
      s.appClients = s.appClients.filter((c) => c['ClientName'] !== 'orders-backend')
      s.clientThreatProtection = []
      s.terms = []
      s.logDelivery = null
      s.replicas = []
      s.clientSessionConfiguration = []
    })
    expect(planSnapshot(bare, fullSnapshot()).map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'delete logDelivery ',
      'delete terms web / terms-of-use',
      'delete clientSessionConfiguration orders-backend',
      'delete clientThreatProtection orders-backend',
      'delete appClients orders-backend',
      'blocked replicas eu-west-1'
    ])
  })
})

describe('session configuration (version 4)', () => {
  it('a version 3 file still loads, with session configuration not compared or applied', () => {
    expect(parseSnapshot(JSON.stringify(versionThree()))).toEqual({ snapshot: versionThree() })
    expect(sectionsNotTaken(versionThree(), fullSnapshot())).toEqual([
      'sessionConfiguration',
      'clientSessionConfiguration'
    ])
    expect(diffSnapshots(versionThree(), fullSnapshot())).toEqual([])
    expect(planSnapshot(versionThree(), fullSnapshot())).toEqual([])
  })

  it('is compared field by field, and a client left out is planned back to the default', () => {
    const other = prod((s) => {
      s.sessionConfiguration = { UserSessionTracking: 'DISABLED', TokenSession: { MaxPerUser: 5 } }
      s.clientSessionConfiguration = [{ ClientName: 'web', SSOSession: { MaxValidityMinutes: 1440 } }]
    })
    expect(differences(fullSnapshot(), other)).toEqual([
      ['changed', 'sessionConfiguration', '', ['UserSessionTracking']],
      ['onlyLeft', 'clientSessionConfiguration', 'orders-backend', []],
      ['onlyRight', 'clientSessionConfiguration', 'web', []]
    ])
    expect(planSnapshot(other, fullSnapshot()).map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'delete clientSessionConfiguration orders-backend',
      'update sessionConfiguration ',
      'create clientSessionConfiguration web'
    ])
  })
})
