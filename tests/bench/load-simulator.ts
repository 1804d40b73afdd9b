/**
 * A load simulator for `npm run bench` only: the few Cognito operations the users benchmarks send, kept
 * in memory and answered at once, so a figure measures the console (its limiter, lanes and index) and
 * not the emulator, which spends tens of milliseconds filtering every page in Python. It is no
 * emulator: behaviour tests run against moto, never against this.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface SimUser {
  Username: string
  Attributes: { Name: string; Value: string }[]
  Enabled: boolean
  UserStatus: string
  UserCreateDate: number
  UserLastModifiedDate: number
}

interface SimPool {
  id: string
  name: string
  schema: { Name: string; AttributeDataType: string; Mutable: boolean }[]
  users: SimUser[]
  byName: Map<string, SimUser>
}

type Body = Record<string, unknown>

class SimError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

const STANDARD = ['sub', 'email', 'phone_number', 'name'].map((Name) => ({
  Name,
  AttributeDataType: 'String',
  Mutable: Name !== 'sub'
}))

/** `attribute = "value"` or `attribute ^= "value"`, as ListUsers takes. */
function filterOf(text: unknown): ((user: SimUser) => boolean) | undefined {
  if (typeof text !== 'string' || text === '') return undefined
  const match = /^\s*([\w:]+)\s*(\^?=)\s*"(.*)"\s*$/.exec(text)
  if (!match) throw new SimError('InvalidParameterException', `Unsupported filter ${text}`)
  const [, attribute = '', operator, value = ''] = match
  const read = (u: SimUser): string | undefined =>
    attribute === 'username'
      ? u.Username
      : attribute === 'status'
        ? u.Enabled
          ? 'Enabled'
          : 'Disabled'
        : attribute === 'cognito:user_status'
          ? u.UserStatus
          : u.Attributes.find((a) => a.Name === attribute)?.Value
  return operator === '='
    ? (u) => read(u) === value
    : (u) => {
        const v = read(u)
        return v !== undefined && v.startsWith(value)
      }
}

/** Pagination tokens carry the position and the filter they were made for. */
const token = (offset: number, filter: unknown): string =>
  Buffer.from(JSON.stringify({ offset, filter })).toString('base64')
function offsetOf(value: unknown, filter: unknown): number {
  if (typeof value !== 'string') return 0
  const parsed = JSON.parse(Buffer.from(value, 'base64').toString()) as { offset: number; filter: unknown }
  if (parsed.filter !== filter) throw new SimError('InvalidParameterException', 'Invalid pagination token')
  return parsed.offset
}

export interface LoadSimulator {
  endpoint: string
  /** Calls answered, by operation. */
  calls: Record<string, number>
  close(): Promise<void>
}

export async function startLoadSimulator(): Promise<LoadSimulator> {
  const pools = new Map<string, SimPool>()
  const calls: Record<string, number> = {}
  const poolOf = (body: Body): SimPool => {
    const pool = pools.get(String(body['UserPoolId']))
    if (!pool)
      throw new SimError(
        'ResourceNotFoundException',
        `User pool ${String(body['UserPoolId'])} does not exist.`
      )
    return pool
  }
  const userOf = (body: Body): SimUser => {
    const user = poolOf(body).byName.get(String(body['Username']))
    if (!user) throw new SimError('UserNotFoundException', 'User does not exist.')
    return user
  }

  const operations: Record<string, (body: Body) => Body> = {
    CreateUserPool(body) {
      const id = `us-east-1_${randomUUID().replace(/-/g, '').slice(0, 9)}`
      const custom = ((body['Schema'] as { Name: string }[] | undefined) ?? []).map((a) => ({
        Name: `custom:${a.Name}`,
        AttributeDataType: 'String',
        Mutable: true
      }))
      const pool: SimPool = {
        id,
        name: String(body['PoolName']),
        schema: [...STANDARD, ...custom],
        users: [],
        byName: new Map()
      }
      pools.set(id, pool)
      return { UserPool: { Id: id, Name: pool.name } }
    },
    DescribeUserPool(body) {
      const pool = poolOf(body)
      return {
        UserPool: {
          Id: pool.id,
          Name: pool.name,
          SchemaAttributes: pool.schema,
          EstimatedNumberOfUsers: pool.users.length,
          MfaConfiguration: 'OFF'
        }
      }
    },
    AdminCreateUser(body) {
      const pool = poolOf(body)
      const username = String(body['Username'])
      if (pool.byName.has(username))
        throw new SimError('UsernameExistsException', 'User account already exists')
      const now = Date.now() / 1000
      const user: SimUser = {
        Username: username,
        Attributes: [
          { Name: 'sub', Value: randomUUID() },
          ...((body['UserAttributes'] as SimUser['Attributes'] | undefined) ?? [])
        ],
        Enabled: true,
        UserStatus: 'FORCE_CHANGE_PASSWORD',
        UserCreateDate: now,
        UserLastModifiedDate: now
      }
      pool.users.push(user)
      pool.byName.set(username, user)
      return { User: user }
    },
    AdminGetUser(body) {
      const user = userOf(body)
      return { ...user, UserAttributes: user.Attributes, Attributes: undefined }
    },
    ListUsers(body) {
      const pool = poolOf(body)
      const matches = filterOf(body['Filter'])
      const limit = Number(body['Limit'] ?? 60)
      const from = offsetOf(body['PaginationToken'], body['Filter'])
      const page: SimUser[] = []
      let i = from
      for (; i < pool.users.length && page.length < limit; i++) {
        const user = pool.users[i] as SimUser
        if (!matches || matches(user)) page.push(user)
      }
      return { Users: page, ...(i < pool.users.length ? { PaginationToken: token(i, body['Filter']) } : {}) }
    },
    ListGroups() {
      return { Groups: [] }
    },
    AdminDisableUser(body) {
      userOf(body).Enabled = false
      return {}
    },
    AdminEnableUser(body) {
      userOf(body).Enabled = true
      return {}
    }
  }

  const answer = (res: ServerResponse, status: number, body: Body): void => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' })
    res.end(JSON.stringify(body))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? ''
      const handler = operations[operation]
      calls[operation] = (calls[operation] ?? 0) + 1
      try {
        // A benchmark that starts sending another operation must say so here, not measure a refusal.
        if (!handler) throw new SimError('UnsupportedOperation', `The load simulator has no ${operation}.`)
        answer(res, 200, handler(JSON.parse(Buffer.concat(chunks).toString() || '{}') as Body))
      } catch (error) {
        const e = error instanceof SimError ? error : new SimError('InternalErrorException', String(error))
        answer(res, 400, { __type: e.type, message: e.message })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
