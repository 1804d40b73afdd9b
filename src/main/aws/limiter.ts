/**
 * Client-side pacing at Cognito's published request-rate quotas. One RateLimiter is shared by every
 * caller of a connection (quotas are per account and region), so a bulk job, the pool index and the
 * screen the person is looking at draw from the same budget instead of tripping each other's throttles.
 */
import { DEFAULT_QUOTAS, type QuotaCategory } from '@shared/quotas'

export { DEFAULT_QUOTAS, QUOTA_CATEGORIES, type QuotaCategory } from '@shared/quotas'

const commandCategories: Record<string, QuotaCategory> = {
  ListUsersCommand: 'UserList',
  ListUsersInGroupCommand: 'UserList',
  AdminGetUserCommand: 'UserRead',
  GetUserCommand: 'UserRead',
  AdminListGroupsForUserCommand: 'UserRead',
  AdminCreateUserCommand: 'UserCreation',
  SignUpCommand: 'UserCreation',
  AdminDeleteUserCommand: 'UserDeletion',
  AdminDisableUserCommand: 'UserUpdate',
  AdminEnableUserCommand: 'UserUpdate',
  AdminUpdateUserAttributesCommand: 'UserUpdate',
  AdminDeleteUserAttributesCommand: 'UserUpdate',
  AdminSetUserPasswordCommand: 'UserUpdate',
  AdminResetUserPasswordCommand: 'UserUpdate',
  AdminConfirmSignUpCommand: 'UserUpdate',
  AdminUserGlobalSignOutCommand: 'UserUpdate',
  AdminSetUserMFAPreferenceCommand: 'UserUpdate',
  AdminSetUserSettingsCommand: 'UserUpdate',
  AdminAddUserToGroupCommand: 'UserUpdate',
  AdminRemoveUserFromGroupCommand: 'UserUpdate',
  AdminListDevicesCommand: 'UserResourceRead',
  AdminGetDeviceCommand: 'UserResourceRead',
  AdminListUserAuthEventsCommand: 'UserResourceRead',
  AdminForgetDeviceCommand: 'UserResourceUpdate',
  AdminUpdateDeviceStatusCommand: 'UserResourceUpdate',
  AdminUpdateAuthEventFeedbackCommand: 'UserResourceUpdate',
  InitiateAuthCommand: 'UserAuthentication',
  AdminInitiateAuthCommand: 'UserAuthentication',
  RespondToAuthChallengeCommand: 'UserAuthentication',
  AdminRespondToAuthChallengeCommand: 'UserAuthentication',
  AssociateSoftwareTokenCommand: 'UserAuthentication',
  VerifySoftwareTokenCommand: 'UserAuthentication',
  ListUserPoolsCommand: 'UserPoolRead',
  DescribeUserPoolCommand: 'UserPoolRead',
  GetUserPoolMfaConfigCommand: 'UserPoolRead',
  GetCSVHeaderCommand: 'UserPoolRead',
  DescribeUserPoolDomainCommand: 'UserPoolRead',
  ListTagsForResourceCommand: 'UserPoolRead',
  TagResourceCommand: 'UserPoolUpdate',
  UntagResourceCommand: 'UserPoolUpdate',
  DescribeRiskConfigurationCommand: 'UserPoolRead',
  GetLogDeliveryConfigurationCommand: 'UserPoolRead',
  ListUserPoolReplicasCommand: 'UserPoolRead',
  CreateUserPoolCommand: 'UserPoolUpdate',
  UpdateUserPoolCommand: 'UserPoolUpdate',
  DeleteUserPoolCommand: 'UserPoolUpdate',
  AddCustomAttributesCommand: 'UserPoolUpdate',
  SetUserPoolMfaConfigCommand: 'UserPoolUpdate',
  SetRiskConfigurationCommand: 'UserPoolUpdate',
  SetLogDeliveryConfigurationCommand: 'UserPoolUpdate',
  CreateUserPoolReplicaCommand: 'UserPoolUpdate',
  UpdateUserPoolReplicaCommand: 'UserPoolUpdate',
  DeleteUserPoolReplicaCommand: 'UserPoolUpdate',
  ListUserPoolClientsCommand: 'ClientRead',
  DescribeUserPoolClientCommand: 'ClientRead',
  CreateUserPoolClientCommand: 'ClientUpdate',
  UpdateUserPoolClientCommand: 'ClientUpdate',
  DeleteUserPoolClientCommand: 'ClientUpdate',
  ListGroupsCommand: 'GroupRead',
  GetGroupCommand: 'GroupRead',
  CreateGroupCommand: 'GroupUpdate',
  UpdateGroupCommand: 'GroupUpdate',
  DeleteGroupCommand: 'GroupUpdate',
  GetIdCommand: 'IdentityId',
  GetCredentialsForIdentityCommand: 'IdentityCredentials',
  GetOpenIdTokenCommand: 'IdentityCredentials',
  ListIdentitiesCommand: 'IdentityRead',
  ListIdentityPoolsCommand: 'IdentityRead',
  DescribeIdentityPoolCommand: 'IdentityRead',
  DescribeIdentityCommand: 'IdentityRead',
  GetIdentityPoolRolesCommand: 'IdentityRead',
  LookupDeveloperIdentityCommand: 'IdentityRead',
  GetPrincipalTagAttributeMapCommand: 'IdentityRead',
  GetOpenIdTokenForDeveloperIdentityCommand: 'IdentityCredentials',
  CreateIdentityPoolCommand: 'IdentityUpdate',
  UpdateIdentityPoolCommand: 'IdentityUpdate',
  DeleteIdentityPoolCommand: 'IdentityUpdate',
  SetIdentityPoolRolesCommand: 'IdentityUpdate',
  DeleteIdentitiesCommand: 'IdentityUpdate',
  MergeDeveloperIdentitiesCommand: 'IdentityUpdate',
  UnlinkDeveloperIdentityCommand: 'IdentityUpdate',
  SetPrincipalTagAttributeMapCommand: 'IdentityUpdate'
}

/** cognito-identity's tag calls share their names with cognito-idp's; they count against identity quotas. */
const identityCategories: Record<string, QuotaCategory> = {
  ListTagsForResourceCommand: 'IdentityRead',
  TagResourceCommand: 'IdentityUpdate',
  UntagResourceCommand: 'IdentityUpdate'
}

export function categoryOf(commandName: string, service = 'cognito-idp'): QuotaCategory {
  const own = service === 'cognito-identity' ? identityCategories[commandName] : undefined
  return own ?? commandCategories[commandName] ?? 'Other'
}

type Sleep = (ms: number) => Promise<void>
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A token bucket that hands out permits in strict arrival order (no starvation). Capacity is one
 * second's worth, so a burst never exceeds the quota within any one-second window by more than that.
 */
export class TokenBucket {
  private tokens: number
  private last: number
  private chain: Promise<void> = Promise.resolve()
  waiting = 0

  constructor(
    private rate: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: Sleep = realSleep,
    /** Told whenever the number of waiting callers changes (the throttle indicator listens). */
    private readonly onChange: () => void = () => undefined
  ) {
    this.tokens = Math.min(rate, 1)
    this.last = now()
  }

  setRate(rate: number): void {
    this.refill()
    this.rate = rate
    this.tokens = Math.min(this.tokens, rate)
  }

  get ratePerSecond(): number {
    return this.rate
  }

  private refill(): void {
    const t = this.now()
    this.tokens = Math.min(this.rate, this.tokens + ((t - this.last) / 1000) * this.rate)
    this.last = t
  }

  /** Resolves when the caller may send one request. */
  acquire(signal?: AbortSignal): Promise<void> {
    this.waiting++
    this.onChange()
    const turn = this.chain.then(async () => {
      for (;;) {
        if (signal?.aborted) throw signal.reason ?? new Error('aborted')
        this.refill()
        if (this.tokens >= 1) {
          this.tokens -= 1
          return
        }
        await this.sleep(Math.max(1, ((1 - this.tokens) / this.rate) * 1000))
      }
    })
    const done = turn.finally(() => {
      this.waiting--
      this.onChange()
    })
    this.chain = done.catch(() => undefined)
    return done
  }
}

export interface LimiterSnapshot {
  waiting: Partial<Record<QuotaCategory, number>>
}

/** One bucket per quota category, at rates the person can change in Settings. */
export class RateLimiter {
  private readonly buckets = new Map<QuotaCategory, TokenBucket>()
  private readonly listeners = new Set<() => void>()

  constructor(
    private quotas: Record<QuotaCategory, number> = { ...DEFAULT_QUOTAS },
    private readonly clock?: { now: () => number; sleep: Sleep }
  ) {}

  bucket(category: QuotaCategory): TokenBucket {
    let b = this.buckets.get(category)
    if (!b) {
      b = new TokenBucket(this.quotas[category], this.clock?.now, this.clock?.sleep, () =>
        this.listeners.forEach((listener) => listener())
      )
      this.buckets.set(category, b)
    }
    return b
  }

  acquire(category: QuotaCategory, signal?: AbortSignal): Promise<void> {
    return this.bucket(category).acquire(signal)
  }

  /** Calls `listener` whenever a call starts or stops waiting; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  setQuotas(quotas: Partial<Record<QuotaCategory, number>>): void {
    for (const [category, rate] of Object.entries(quotas) as [QuotaCategory, number][]) {
      this.quotas[category] = rate
      this.buckets.get(category)?.setRate(rate)
    }
  }

  quota(category: QuotaCategory): number {
    return this.quotas[category]
  }

  snapshot(): LimiterSnapshot {
    const waiting: Partial<Record<QuotaCategory, number>> = {}
    for (const [category, b] of this.buckets) if (b.waiting > 0) waiting[category] = b.waiting
    return { waiting }
  }
}
