import {
  CreateTermsCommand,
  DeleteTermsCommand,
  DescribeTermsByClientCommand,
  DescribeTermsCommand,
  ListTermsCommand,
  UpdateTermsCommand,
  type CognitoIdentityProviderClient,
  type TermsType
} from '@aws-sdk/client-cognito-identity-provider'
import type { TermsDocument, TermsSettings } from '@shared/contract/terms'
import { AppError, rulesBroken } from '@shared/errors'
import { termsProblems } from '@shared/terms-rules'

function documentOf(t: TermsType): TermsDocument {
  const doc: TermsDocument = {
    termsId: t.TermsId ?? '',
    clientId: t.ClientId ?? '',
    name: t.TermsName ?? '',
    links: t.Links ?? {}
  }
  if (t.CreationDate) doc.creationDate = t.CreationDate.toISOString()
  if (t.LastModifiedDate) doc.lastModifiedDate = t.LastModifiedDate.toISOString()
  return doc
}

/** ListTerms names the documents without their client or links, so each is described. */
export async function listTerms(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<TermsDocument[]> {
  const ids: string[] = []
  let NextToken: string | undefined
  do {
    const page = await idp.send(new ListTermsCommand({ UserPoolId: poolId, MaxResults: 25, NextToken }))
    for (const t of page.Terms ?? []) if (t.TermsId) ids.push(t.TermsId)
    NextToken = page.NextToken
  } while (NextToken)
  const docs: TermsDocument[] = []
  for (const id of ids) docs.push(await describeTerms(idp, poolId, id))
  return docs.sort((a, b) => a.clientId.localeCompare(b.clientId) || a.name.localeCompare(b.name))
}

export async function describeTerms(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  termsId: string
): Promise<TermsDocument> {
  const { Terms } = await idp.send(new DescribeTermsCommand({ UserPoolId: poolId, TermsId: termsId }))
  return returned(Terms)
}

function returned(terms: TermsType | undefined): TermsDocument {
  if (!terms) throw new AppError('INTERNAL', 'Cognito did not return the terms document.')
  return documentOf(terms)
}

/** A client's document of one name, as managed login looks it up. */
async function describeTermsByName(
  idp: CognitoIdentityProviderClient,
  settings: TermsSettings
): Promise<TermsDocument> {
  const { Terms } = await idp.send(
    new DescribeTermsByClientCommand({
      UserPoolId: settings.poolId,
      ClientId: settings.clientId,
      TermsName: settings.name.trim()
    })
  )
  return returned(Terms)
}

/** The name and links as both writes send them, after the shared rules pass. */
function checked(settings: TermsSettings) {
  const problems = termsProblems(settings)
  if (problems.length > 0) throw rulesBroken('terms', problems)
  return {
    UserPoolId: settings.poolId,
    TermsName: settings.name.trim(),
    // The only values Cognito takes today.
    TermsSource: 'LINK' as const,
    Enforcement: 'NONE' as const,
    Links: Object.fromEntries(settings.links.map((l) => [l.language, l.url.trim()]))
  }
}

export async function createTerms(
  idp: CognitoIdentityProviderClient,
  settings: TermsSettings
): Promise<TermsDocument> {
  const { Terms } = await idp.send(
    new CreateTermsCommand({ ...checked(settings), ClientId: settings.clientId })
  )
  // Cognito returns the new document; when an endpoint leaves it out, it is read back by its name.
  return Terms ? documentOf(Terms) : describeTermsByName(idp, settings)
}

export async function updateTerms(
  idp: CognitoIdentityProviderClient,
  settings: TermsSettings & { termsId: string }
): Promise<TermsDocument> {
  const { Terms } = await idp.send(
    new UpdateTermsCommand({ ...checked(settings), TermsId: settings.termsId })
  )
  return returned(Terms)
}

export async function deleteTerms(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  termsId: string
): Promise<void> {
  await idp.send(new DeleteTermsCommand({ UserPoolId: poolId, TermsId: termsId }))
}
