import { z } from 'zod'
import { command, query } from './define'
import { strict, text, userPoolIdSchema } from '../schemas'

export interface ResourceServerScope {
  name: string
  description: string
}

/** A resource server (an API) of a user pool and the custom scopes app clients may ask for. */
export interface ResourceServerDetail {
  poolId: string
  identifier: string
  name: string
  scopes: ResourceServerScope[]
}

const scopeSchema = strict({ name: text(256, 1), description: text(256, 1) })

/** Shapes only: the rules (formats, duplicates) are in resource-server-rules and run in main. */
export const resourceServerSettingsSchema = strict({
  poolId: userPoolIdSchema,
  identifier: text(256, 1),
  name: text(256, 1),
  scopes: z.array(scopeSchema).max(100)
})
export type ResourceServerSettings = z.infer<typeof resourceServerSettingsSchema>

const serverRef = strict({ poolId: userPoolIdSchema, identifier: text(256, 1) })

export const resourceServersContract = {
  /** Every resource server of a pool with its scopes (ListResourceServers, all pages). */
  list: query(strict({ poolId: userPoolIdSchema })).returns<{ servers: ResourceServerDetail[] }>(),
  describe: query(serverRef).returns<ResourceServerDetail>(),
  create: command(resourceServerSettingsSchema).returns<ResourceServerDetail>(),
  /** Replaces the name and the whole list of scopes; the identifier is fixed after creation. */
  update: command(resourceServerSettingsSchema).returns<ResourceServerDetail>(),
  delete: command(serverRef).returns<{ deleted: true }>()
}
