import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, text, userPoolIdSchema } from '../schemas'
import { MAX_TERMS_URL, TERMS_LANGUAGES } from '../terms-rules'

/** A terms document of an app client: its name (which begins with its kind) and a link per language. */
export interface TermsDocument {
  termsId: string
  clientId: string
  name: string
  links: Record<string, string>
  creationDate?: string
  lastModifiedDate?: string
}

const links = z
  .array(strict({ language: z.enum(TERMS_LANGUAGES), url: text(MAX_TERMS_URL + 1) }))
  .max(TERMS_LANGUAGES.length)

/** Shapes only: the name and link rules are in terms-rules and run in main. */
export const termsSettingsSchema = strict({
  poolId: userPoolIdSchema,
  clientId: clientIdSchema,
  name: text(64, 1),
  links
})
export type TermsSettings = z.infer<typeof termsSettingsSchema>

const termsRef = { poolId: userPoolIdSchema, termsId: text(64, 1) }

export const termsContract = {
  /** Every terms document of the pool with its links (ListTerms, then DescribeTerms each). */
  list: query(strict({ poolId: userPoolIdSchema })).returns<TermsDocument[]>(),
  create: command(termsSettingsSchema).returns<TermsDocument>(),
  /** Changes a document's name and links; its client stays. */
  update: command(termsSettingsSchema.extend(termsRef)).returns<TermsDocument>(),
  delete: command(strict(termsRef)).returns<{ deleted: true }>()
}
