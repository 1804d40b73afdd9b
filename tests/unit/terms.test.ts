import {
  CognitoIdentityProviderClient,
  CreateTermsCommand,
  DescribeTermsByClientCommand,
  DescribeTermsCommand,
  ListTermsCommand,
  type CreateTermsCommandInput,
  type TermsType
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterEach, describe, expect, it } from 'vitest'
import { createTerms, listTerms } from '../../src/main/cognito/terms'
import { termsProblems } from '../../src/shared/terms-rules'

/**
 * moto 5.2.1 has no terms documents (CreateTerms, ListTerms, DescribeTerms, DescribeTermsByClient), so
 * the service is run against a client mocked with the SDK's own command types.
 */
const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' })
const mock = mockClient(idp)
afterEach(() => mock.reset())

const POOL = 'eu-west-1_Terms1'
const doc = (id: string, name: string, client: string): TermsType => ({
  TermsId: id,
  UserPoolId: POOL,
  ClientId: client,
  TermsName: name,
  TermsSource: 'LINK',
  Enforcement: 'NONE',
  Links: { 'cognito:default': `https://example.com/${name}` },
  CreationDate: new Date(0),
  LastModifiedDate: new Date(0)
})

describe('terms rules', () => {
  it('wants a name of a known kind, a link, https, and each language once', () => {
    expect(
      termsProblems({
        name: 'terms-of-use',
        links: [{ language: 'cognito:default', url: 'https://x.example/t' }]
      })
    ).toEqual([])
    expect(
      termsProblems({
        name: 'tos',
        links: [
          { language: 'cognito:japanese', url: 'http://x.example/t' },
          { language: 'cognito:japanese', url: 'nope' }
        ]
      }).map((p) => p.code)
    ).toEqual(['nameKind', 'linkInsecure', 'languageTwice', 'linkFormat'])
    expect(termsProblems({ name: 'privacy-policy with spaces', links: [] }).map((p) => p.code)).toEqual([
      'nameFormat',
      'noLinks'
    ])
  })
})

describe('terms service', () => {
  it('refuses a bad document before any call', async () => {
    await expect(
      createTerms(idp, { poolId: POOL, clientId: 'abc', name: 'rules', links: [] })
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(mock.calls()).toHaveLength(0)
  })

  it('sends the only source and enforcement Cognito takes, and the links as a map', async () => {
    mock.on(CreateTermsCommand).callsFake((input: CreateTermsCommandInput) => ({
      Terms: doc('t-1', input.TermsName ?? '', input.ClientId ?? '')
    }))
    const created = await createTerms(idp, {
      poolId: POOL,
      clientId: 'abc',
      name: ' terms-of-use ',
      links: [
        { language: 'cognito:default', url: 'https://example.com/terms' },
        { language: 'cognito:japanese', url: 'https://example.com/ja/terms ' }
      ]
    })
    expect(mock.commandCalls(CreateTermsCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'abc',
      TermsName: 'terms-of-use',
      TermsSource: 'LINK',
      Enforcement: 'NONE',
      Links: {
        'cognito:default': 'https://example.com/terms',
        'cognito:japanese': 'https://example.com/ja/terms'
      }
    })
    expect(created).toMatchObject({ termsId: 't-1', clientId: 'abc', name: 'terms-of-use' })
  })

  it('reads a created document back by client and name when the answer leaves it out', async () => {
    mock.on(CreateTermsCommand).resolves({})
    mock.on(DescribeTermsByClientCommand).resolves({ Terms: doc('t-9', 'privacy-policy', 'abc') })
    const created = await createTerms(idp, {
      poolId: POOL,
      clientId: 'abc',
      name: 'privacy-policy',
      links: [{ language: 'cognito:default', url: 'https://example.com/privacy' }]
    })
    expect(created.termsId).toBe('t-9')
    expect(mock.commandCalls(DescribeTermsByClientCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'abc',
      TermsName: 'privacy-policy'
    })
  })

  it('lists every page and describes each document for its client and links', async () => {
    const now = new Date()
    mock
      .on(ListTermsCommand, { NextToken: undefined })
      .resolves({
        Terms: [
          {
            TermsId: 't-2',
            TermsName: 'terms-of-use',
            Enforcement: 'NONE',
            CreationDate: now,
            LastModifiedDate: now
          }
        ],
        NextToken: 'next'
      })
      .on(ListTermsCommand, { NextToken: 'next' })
      .resolves({
        Terms: [
          {
            TermsId: 't-1',
            TermsName: 'privacy-policy',
            Enforcement: 'NONE',
            CreationDate: now,
            LastModifiedDate: now
          }
        ]
      })
    mock.on(DescribeTermsCommand, { TermsId: 't-1' }).resolves({ Terms: doc('t-1', 'privacy-policy', 'abc') })
    mock.on(DescribeTermsCommand, { TermsId: 't-2' }).resolves({ Terms: doc('t-2', 'terms-of-use', 'abc') })
    const docs = await listTerms(idp, POOL)
    expect(docs.map((d) => [d.termsId, d.name, d.links['cognito:default']])).toEqual([
      ['t-1', 'privacy-policy', 'https://example.com/privacy-policy'],
      ['t-2', 'terms-of-use', 'https://example.com/terms-of-use']
    ])
  })
})
