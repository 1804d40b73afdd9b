import { describe, expect, it } from 'vitest'
import {
  attributeMappingProblems,
  isBlocking,
  providerNameProblems,
  providerProblems,
  samlMetadataProblems
} from '@shared/identity-provider-rules'

const schema = [
  { name: 'sub', required: true, mutable: false },
  { name: 'email', required: true, mutable: true },
  { name: 'custom:tenant', required: false, mutable: false }
]

describe('identity provider rules', () => {
  it.each([
    ['SAML', 'Corp', []],
    ['OIDC', 'x', [{ code: 'nameFormat' }]],
    ['OIDC', 'My-Idp', []],
    ['OIDC', 'My_Idp', [{ code: 'nameFormat' }]],
    ['SAML', 'Cognito', [{ code: 'nameReserved', name: 'Cognito' }]],
    ['OIDC', 'google', [{ code: 'nameReserved', name: 'google' }]],
    ['Google', 'Google', []],
    ['Facebook', 'Meta', [{ code: 'socialName', type: 'Facebook' }]]
  ] as const)('names a %s provider %s', (type, name, expected) => {
    expect(providerNameProblems(type, name)).toEqual(expected)
  })

  it.each([
    ['<EntityDescriptor><IDPSSODescriptor/></EntityDescriptor>', []],
    [
      '\uFEFF<?xml version="1.0"?><md:EntityDescriptor x="1"><md:IDPSSODescriptor></md:IDPSSODescriptor></md:EntityDescriptor>',
      []
    ],
    ['https://idp.example.com/metadata', [{ code: 'samlNotXml' }]],
    ['<html><body>Sign in</body></html>', [{ code: 'samlNoEntityDescriptor' }]],
    ['<EntityDescriptor><SPSSODescriptor/></EntityDescriptor>', [{ code: 'samlNoIdpDescriptor' }]]
  ])('checks SAML metadata %#', (xml, expected) => {
    expect(samlMetadataProblems(xml)).toEqual(expected)
  })

  it('checks a mapping against the schema: unknown, empty, required, immutable, standard', () => {
    expect(attributeMappingProblems({ email: 'mail', name: 'cn', username: 'sub' }, schema)).toEqual([])
    const problems = attributeMappingProblems(
      { 'custom:tenant': 'org', sub: 'id', 'custom:x': 'y', name: ' ' },
      schema
    )
    expect(problems).toEqual([
      { code: 'mappingImmutable', attribute: 'custom:tenant' },
      { code: 'mappingUnknownAttribute', attribute: 'sub' },
      { code: 'mappingUnknownAttribute', attribute: 'custom:x' },
      { code: 'mappingEmptyClaim', attribute: 'name' },
      { code: 'mappingRequiredMissing', attribute: 'email' }
    ])
    expect(problems.filter(isBlocking).map((p) => p.code)).not.toContain('mappingImmutable')
  })

  it('needs one SAML source, and the secret on create but not on an edit that keeps it', () => {
    const saml = {
      type: 'SAML' as const,
      name: 'Corp',
      attributeMapping: { email: 'mail' },
      idpIdentifiers: []
    }
    expect(providerProblems({ ...saml, details: {} }, schema)).toEqual([{ code: 'samlSource' }])
    expect(
      providerProblems({ ...saml, details: { MetadataURL: 'https://x', MetadataFile: '<x/>' } }, schema)
    ).toEqual([{ code: 'samlSource' }])
    const google = {
      type: 'Google' as const,
      name: 'Google',
      details: { client_id: 'c' },
      attributeMapping: { email: 'email' },
      idpIdentifiers: ['a.com', 'a.com', 'bad/id']
    }
    expect(providerProblems(google, schema)).toEqual([
      { code: 'identifierDuplicate', identifier: 'a.com' },
      { code: 'identifierFormat', identifier: 'bad/id' },
      { code: 'secretMissing', field: 'client_secret' }
    ])
    expect(providerProblems({ ...google, idpIdentifiers: [] }, schema, ['client_secret'])).toEqual([])
  })
})
