import { z } from 'zod'
import { command, query } from './define'
import {
  groupNameSchema,
  iamRoleArnSchema,
  nextTokenSchema,
  strict,
  text,
  userPoolIdSchema
} from '../schemas'

export interface GroupInfo {
  name: string
  description?: string
  precedence?: number
  roleArn?: string
  creationDate?: string
  lastModifiedDate?: string
}

export interface GroupMember {
  username: string
  status?: string
  enabled: boolean
  email?: string
  createdDate?: string
}

const groupSettings = {
  poolId: userPoolIdSchema,
  name: groupNameSchema,
  description: text(2048).optional(),
  precedence: z
    .number()
    .int('Precedence is a whole number.')
    .min(0, 'Precedence is 0 or more (lower wins).')
    .max(2147483647)
    .optional(),
  roleArn: iamRoleArnSchema.optional()
}

const groupRef = strict({ poolId: userPoolIdSchema, name: groupNameSchema })

export const groupsContract = {
  /** Every group of a pool (ListGroups, all pages), by precedence then name. */
  list: query(strict({ poolId: userPoolIdSchema })).returns<{ groups: GroupInfo[] }>(),
  create: command(strict(groupSettings)).returns<GroupInfo>(),
  /** Sets the description, precedence and role ARN given. */
  update: command(strict(groupSettings)).returns<GroupInfo>(),
  delete: command(groupRef).returns<{ deleted: true }>(),
  /** One page of a group's members (ListUsersInGroup). */
  members: query(
    strict({
      poolId: userPoolIdSchema,
      name: groupNameSchema,
      limit: z.number().int().min(1).max(60).optional(),
      nextToken: nextTokenSchema
    })
  ).returns<{ members: GroupMember[]; nextToken?: string }>()
  // Joining and leaving a group are user changes: `users:addToGroup` and `users:removeFromGroup`.
}
