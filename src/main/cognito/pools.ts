import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DeleteUserPoolDomainCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  GetUserPoolMfaConfigCommand,
  ListTagsForResourceCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  paginateListUserPools,
  type CognitoIdentityProviderClient,
  type CreateUserPoolRequest,
  type DescribeUserPoolDomainResponse,
  type GetUserPoolMfaConfigResponse,
  type SchemaAttributeType,
  type UpdateUserPoolRequest,
  type UsernameAttributeType,
  type UserPoolType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError, rulesBroken, type AppErrorShape } from '@shared/errors'
import { signInPolicyProblems } from '@shared/sign-in-policy-rules'
import type {
  AttributeInfo,
  CreatePoolInput,
  CustomAttributeInput,
  MfaMode,
  Optional,
  PoolOverview,
  UserPoolFacts,
  UserPoolSummary,
  SignInPolicyInput
} from '@shared/contract/pools'
import { invitationProblems } from '@shared/messages'
import { toAppError } from '../aws/errors'

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined)

/** Copies the defined values only, so optional fields stay absent instead of `undefined`. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never
}

/** Every user pool of the account and region, following ListUserPools pages (60 a page). */
export async function listUserPools(
  idp: CognitoIdentityProviderClient,
  max = 1000
): Promise<UserPoolSummary[]> {
  const pools: UserPoolSummary[] = []
  for await (const page of paginateListUserPools({ client: idp, pageSize: 60 }, { MaxResults: 60 })) {
    for (const p of page.UserPools ?? []) {
      pools.push({
        id: p.Id ?? '',
        name: p.Name ?? '',
        lambdaTriggers: Object.values(p.LambdaConfig ?? {}).filter(Boolean).length,
        ...defined({
          status: p.Status,
          creationDate: iso(p.CreationDate),
          lastModifiedDate: iso(p.LastModifiedDate)
        })
      })
      if (pools.length >= max) return pools
    }
  }
  return pools
}

export async function describeUserPool(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<UserPoolType> {
  const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))
  if (!UserPool) throw new AppError('NOT_FOUND', `User pool ${poolId} was not found.`)
  return UserPool
}

/** Runs `work` over `items` with at most `width` calls in flight, keeping the order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane))
  return results
}

/** Estimated users, MFA mode and deletion protection, which ListUserPools leaves out. */
export async function poolFacts(
  idp: CognitoIdentityProviderClient,
  poolIds: readonly string[]
): Promise<UserPoolFacts[]> {
  return mapLimited(poolIds, 4, async (id) => {
    const pool = await describeUserPool(idp, id)
    return {
      id,
      deletionProtection: pool.DeletionProtection === 'ACTIVE',
      ...defined({
        estimatedUsers: pool.EstimatedNumberOfUsers,
        mfa: pool.MfaConfiguration as MfaMode | undefined
      })
    }
  })
}

function attributeInfo(a: SchemaAttributeType): AttributeInfo {
  const name = a.Name ?? ''
  return {
    name,
    custom: name.startsWith('custom:') || name.startsWith('dev:'),
    type: a.AttributeDataType ?? 'String',
    required: a.Required ?? false,
    mutable: a.Mutable ?? true,
    developerOnly: a.DeveloperOnlyAttribute ?? false,
    ...defined({
      minLength: a.StringAttributeConstraints?.MinLength,
      maxLength: a.StringAttributeConstraints?.MaxLength,
      minValue: a.NumberAttributeConstraints?.MinValue,
      maxValue: a.NumberAttributeConstraints?.MaxValue
    })
  }
}

/**
 * A read the endpoint may not offer (emulators lack some; a policy may deny it): the value, or the
 * reason as a mapped error, so one missing section does not blank the whole screen.
 */
export async function optionalRead<T>(operation: string, read: () => Promise<T>): Promise<Optional<T>> {
  try {
    return { available: true, value: await read() }
  } catch (error) {
    const shape: AppErrorShape = toAppError(error)
    if (shape.code === 'UNSUPPORTED_OPERATION') {
      return {
        available: false,
        reason: `Not available from this endpoint: it does not implement ${operation}.`
      }
    }
    return {
      available: false,
      reason: `${operation}: ${shape.message}${shape.detail ? ` (${shape.detail})` : ''}`
    }
  }
}

/** A pool's configuration in sections a support person can read, plus the raw answers. */
export async function describePoolOverview(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<PoolOverview> {
  const pool = await describeUserPool(idp, poolId)
  const domainName = pool.CustomDomain ?? pool.Domain
  const [mfa, tags, domain] = await Promise.all([
    idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId })),
    optionalRead('ListTagsForResource', async () =>
      pool.Arn ? ((await idp.send(new ListTagsForResourceCommand({ ResourceArn: pool.Arn }))).Tags ?? {}) : {}
    ),
    domainName
      ? optionalRead('DescribeUserPoolDomain', async () =>
          idp.send(new DescribeUserPoolDomainCommand({ Domain: domainName }))
        )
      : undefined
  ])
  return overviewOf(pool, mfa, tags, domain)
}

function overviewOf(
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse,
  tags: Optional<Record<string, string>>,
  domain: Optional<unknown> | undefined
): PoolOverview {
  const policy = pool.Policies?.PasswordPolicy
  const domainDescription = domain?.available
    ? (domain.value as DescribeUserPoolDomainResponse).DomainDescription
    : undefined
  const invite = pool.AdminCreateUserConfig?.InviteMessageTemplate ?? {}
  const verification = pool.VerificationMessageTemplate
  const strip = ({ $metadata, ...rest }: { $metadata?: unknown } & Record<string, unknown>) => (
    void $metadata,
    rest
  )
  return {
    id: pool.Id ?? '',
    name: pool.Name ?? '',
    deletionProtection: pool.DeletionProtection === 'ACTIVE',
    signIn: {
      usernameAttributes: pool.UsernameAttributes ?? [],
      aliasAttributes: pool.AliasAttributes ?? [],
      autoVerifiedAttributes: pool.AutoVerifiedAttributes ?? [],
      ...defined({ caseSensitive: pool.UsernameConfiguration?.CaseSensitive })
    },
    passwordPolicy: {
      requireUppercase: policy?.RequireUppercase ?? false,
      requireLowercase: policy?.RequireLowercase ?? false,
      requireNumbers: policy?.RequireNumbers ?? false,
      requireSymbols: policy?.RequireSymbols ?? false,
      ...defined({
        minimumLength: policy?.MinimumLength,
        temporaryPasswordValidityDays: policy?.TemporaryPasswordValidityDays,
        passwordHistorySize: policy?.PasswordHistorySize
      })
    },
    mfa: {
      mode: (mfa.MfaConfiguration ?? pool.MfaConfiguration ?? 'OFF') as MfaMode,
      sms: Boolean(mfa.SmsMfaConfiguration?.SmsConfiguration),
      totp: mfa.SoftwareTokenMfaConfiguration?.Enabled ?? false,
      email: Boolean(mfa.EmailMfaConfiguration),
      ...defined({ smsMessage: mfa.SmsMfaConfiguration?.SmsAuthenticationMessage })
    },
    schema: (pool.SchemaAttributes ?? []).map(attributeInfo),
    messages: {
      invitationProblems: invitationProblems(invite),
      ...defined({
        verificationOption: verification?.DefaultEmailOption,
        verificationEmailSubject: verification?.EmailSubject ?? pool.EmailVerificationSubject,
        verificationEmailMessage: verification?.EmailMessage ?? pool.EmailVerificationMessage,
        verificationSms: verification?.SmsMessage ?? pool.SmsVerificationMessage,
        invitationEmailSubject: invite.EmailSubject,
        invitationEmailMessage: invite.EmailMessage,
        invitationSms: invite.SMSMessage
      })
    },
    selfSignUp: !(pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly ?? false),
    signInPolicy: {
      allowedFirstAuthFactors: pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [],
      ...defined({
        tier: pool.UserPoolTier,
        webAuthnRelyingPartyId: mfa.WebAuthnConfiguration?.RelyingPartyId,
        webAuthnUserVerification: mfa.WebAuthnConfiguration?.UserVerification
      })
    },
    threatProtection: {
      mode: pool.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF',
      ...defined({ customAuthMode: pool.UserPoolAddOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode })
    },
    recovery: (pool.AccountRecoverySetting?.RecoveryMechanisms ?? []).map((m) => ({
      name: m.Name ?? '',
      priority: m.Priority ?? 0
    })),
    triggers: Object.entries(pool.LambdaConfig ?? {}).flatMap(([name, value]) =>
      typeof value === 'string'
        ? [{ name, arn: value }]
        : value && typeof value === 'object' && 'LambdaArn' in value && typeof value.LambdaArn === 'string'
          ? [{ name, arn: value.LambdaArn }]
          : []
    ),
    tags,
    raw: {
      describeUserPool: pool,
      getUserPoolMfaConfig: strip(mfa as Record<string, unknown>),
      ...(domain
        ? {
            describeUserPoolDomain: domain.available ? strip(domain.value as Record<string, unknown>) : domain
          }
        : {})
    },
    ...defined({
      arn: pool.Arn,
      status: pool.Status,
      creationDate: iso(pool.CreationDate),
      lastModifiedDate: iso(pool.LastModifiedDate),
      estimatedUsers: pool.EstimatedNumberOfUsers,
      domain: pool.Domain,
      customDomain: pool.CustomDomain,
      domainStatus: domainDescription?.Status,
      managedLoginVersion: domainDescription?.ManagedLoginVersion
    })
  }
}

function customAttributeSchema(a: CustomAttributeInput): SchemaAttributeType {
  const bounds = defined({ min: a.min, max: a.max })
  return {
    Name: a.name,
    AttributeDataType: a.type,
    Mutable: a.mutable,
    ...(a.type === 'String' && (bounds.min || bounds.max)
      ? { StringAttributeConstraints: defined({ MinLength: bounds.min, MaxLength: bounds.max }) }
      : {}),
    ...(a.type === 'Number' && (bounds.min || bounds.max)
      ? { NumberAttributeConstraints: defined({ MinValue: bounds.min, MaxValue: bounds.max }) }
      : {})
  }
}

/** MFA needs a method: TOTP is the one that works without an SMS role, so turning MFA on enables it. */
async function setMfaMode(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  mode: MfaMode,
  current?: GetUserPoolMfaConfigResponse
): Promise<void> {
  const hasOtherMethod = Boolean(
    current?.SmsMfaConfiguration?.SmsConfiguration || current?.EmailMfaConfiguration
  )
  const totp = current?.SoftwareTokenMfaConfiguration?.Enabled ?? false
  await idp.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: mode,
      SoftwareTokenMfaConfiguration: { Enabled: totp || (mode !== 'OFF' && !hasOtherMethod) }
    })
  )
}

/**
 * Passkey settings live in the MFA configuration: SetUserPoolMfaConfig is sent with every current
 * MFA setting, so only the relying party and user verification change.
 */
async function setWebAuthn(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  policy: SignInPolicyInput
): Promise<void> {
  const { $metadata: _meta, ...current } = await idp.send(
    new GetUserPoolMfaConfigCommand({ UserPoolId: poolId })
  )
  const relyingPartyId = policy.webAuthnRelyingPartyId?.trim()
  await idp.send(
    new SetUserPoolMfaConfigCommand({
      ...current,
      UserPoolId: poolId,
      WebAuthnConfiguration: {
        ...(relyingPartyId ? { RelyingPartyId: relyingPartyId } : {}),
        UserVerification: policy.webAuthnUserVerification
      }
    })
  )
}

const USERNAME_ATTRIBUTES: Record<CreatePoolInput['signIn'], UsernameAttributeType[] | undefined> = {
  username: undefined,
  email: ['email'],
  phone_number: ['phone_number'],
  email_or_phone: ['email', 'phone_number']
}

export async function createPool(
  idp: CognitoIdentityProviderClient,
  input: CreatePoolInput
): Promise<{ id: string; name: string }> {
  const usernameAttributes = USERNAME_ATTRIBUTES[input.signIn]
  const verifiable = ['email', 'phone_number'] as const
  const autoVerified = verifiable.filter(
    (a) =>
      usernameAttributes?.includes(a) || input.aliases.includes(a) || input.requiredAttributes.includes(a)
  )
  const request: CreateUserPoolRequest = {
    PoolName: input.name,
    DeletionProtection: input.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    UsernameConfiguration: { CaseSensitive: input.caseSensitive },
    Policies: {
      PasswordPolicy: {
        MinimumLength: input.passwordPolicy.minimumLength,
        RequireUppercase: input.passwordPolicy.requireUppercase,
        RequireLowercase: input.passwordPolicy.requireLowercase,
        RequireNumbers: input.passwordPolicy.requireNumbers,
        RequireSymbols: input.passwordPolicy.requireSymbols,
        TemporaryPasswordValidityDays: input.passwordPolicy.temporaryPasswordValidityDays
      }
    },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !input.selfSignUp },
    Schema: [
      ...input.requiredAttributes.map((name) => ({
        Name: name,
        Required: true,
        Mutable: true,
        AttributeDataType: 'String' as const
      })),
      ...input.customAttributes.map(customAttributeSchema)
    ],
    ...(usernameAttributes ? { UsernameAttributes: usernameAttributes } : {}),
    ...(!usernameAttributes && input.aliases.length > 0 ? { AliasAttributes: input.aliases } : {}),
    ...(autoVerified.length > 0 ? { AutoVerifiedAttributes: [...autoVerified] } : {})
  }
  const { UserPool } = await idp.send(new CreateUserPoolCommand(request))
  const id = UserPool?.Id ?? ''
  if (input.mfa !== 'OFF') await setMfaMode(idp, id, input.mfa)
  return { id, name: UserPool?.Name ?? input.name }
}

/**
 * UpdateUserPool resets every setting it is not given to its default, so the request starts from the
 * pool's current configuration and changes only what the person edited.
 */
export function updateRequestFrom(pool: UserPoolType): UpdateUserPoolRequest {
  const admin = pool.AdminCreateUserConfig
  const temporaryDays = pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays
  return defined({
    UserPoolId: pool.Id,
    Policies: pool.Policies,
    DeletionProtection: pool.DeletionProtection,
    LambdaConfig: pool.LambdaConfig,
    AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
    SmsVerificationMessage: pool.SmsVerificationMessage,
    EmailVerificationMessage: pool.EmailVerificationMessage,
    EmailVerificationSubject: pool.EmailVerificationSubject,
    VerificationMessageTemplate: pool.VerificationMessageTemplate,
    SmsAuthenticationMessage: pool.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: pool.UserAttributeUpdateSettings,
    MfaConfiguration: pool.MfaConfiguration,
    DeviceConfiguration: pool.DeviceConfiguration,
    EmailConfiguration: pool.EmailConfiguration,
    SmsConfiguration: pool.SmsConfiguration,
    UserPoolTags: pool.UserPoolTags,
    // Cognito refuses the deprecated UnusedAccountValidityDays next to TemporaryPasswordValidityDays.
    AdminCreateUserConfig: admin
      ? temporaryDays !== undefined
        ? (({ UnusedAccountValidityDays, ...rest }) => (void UnusedAccountValidityDays, rest))(admin)
        : admin
      : undefined,
    UserPoolAddOns: pool.UserPoolAddOns,
    AccountRecoverySetting: pool.AccountRecoverySetting,
    UserPoolTier: pool.UserPoolTier
  }) as UpdateUserPoolRequest
}

export async function updatePool(
  idp: CognitoIdentityProviderClient,
  change: {
    poolId: string
    passwordPolicy?: CreatePoolInput['passwordPolicy'] | undefined
    mfa?: MfaMode | undefined
    selfSignUp?: boolean | undefined
    deletionProtection?: boolean | undefined
    signInPolicy?: SignInPolicyInput | undefined
  }
): Promise<PoolOverview> {
  const pool = await describeUserPool(idp, change.poolId)
  const request = updateRequestFrom(pool)
  if (change.passwordPolicy) {
    const p = change.passwordPolicy
    request.Policies = {
      ...request.Policies,
      PasswordPolicy: {
        ...request.Policies?.PasswordPolicy,
        MinimumLength: p.minimumLength,
        RequireUppercase: p.requireUppercase,
        RequireLowercase: p.requireLowercase,
        RequireNumbers: p.requireNumbers,
        RequireSymbols: p.requireSymbols,
        TemporaryPasswordValidityDays: p.temporaryPasswordValidityDays
      }
    }
  }
  if (change.selfSignUp !== undefined)
    request.AdminCreateUserConfig = {
      ...request.AdminCreateUserConfig,
      AllowAdminCreateUserOnly: !change.selfSignUp
    }
  if (change.deletionProtection !== undefined)
    request.DeletionProtection = change.deletionProtection ? 'ACTIVE' : 'INACTIVE'
  if (change.signInPolicy) {
    const problems = signInPolicyProblems(change.signInPolicy)
    if (problems.length > 0) throw rulesBroken('sign-in policy', problems)
    request.UserPoolTier = change.signInPolicy.tier
    request.Policies = {
      ...request.Policies,
      SignInPolicy: { AllowedFirstAuthFactors: change.signInPolicy.allowedFirstAuthFactors }
    }
  }
  await idp.send(new UpdateUserPoolCommand(request))
  if (change.signInPolicy) await setWebAuthn(idp, change.poolId, change.signInPolicy)
  if (change.mfa !== undefined && change.mfa !== pool.MfaConfiguration) {
    const current = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: change.poolId }))
    await setMfaMode(idp, change.poolId, change.mfa, current)
  }
  return describePoolOverview(idp, change.poolId)
}

export async function addCustomAttributes(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  attributes: readonly CustomAttributeInput[]
): Promise<PoolOverview> {
  await idp.send(
    new AddCustomAttributesCommand({
      UserPoolId: poolId,
      CustomAttributes: attributes.map(customAttributeSchema)
    })
  )
  return describePoolOverview(idp, poolId)
}

/**
 * Deletes a pool after checking what Cognito would refuse (or an emulator would let through): the
 * typed name must match and deletion protection must be off. A domain is removed first, since
 * Cognito keeps a pool that still has one.
 */
export async function deletePool(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  confirmName: string
): Promise<void> {
  const pool = await describeUserPool(idp, poolId)
  if (confirmName !== pool.Name) {
    throw new AppError('VALIDATION', `The typed name does not match the pool’s name, ${pool.Name ?? ''}.`, {
      hint: 'Type the pool’s name exactly to confirm the deletion.'
    })
  }
  if (pool.DeletionProtection === 'ACTIVE') {
    throw new AppError(
      'PRECONDITION',
      `Deletion protection is on for ${pool.Name ?? poolId}, so it cannot be deleted.`,
      {
        name: 'DeletionProtectionActive',
        hint: 'Turn deletion protection off in the pool’s overview first, then delete it.'
      }
    )
  }
  const domain = pool.CustomDomain ?? pool.Domain
  if (domain) await idp.send(new DeleteUserPoolDomainCommand({ UserPoolId: poolId, Domain: domain }))
  await idp.send(new DeleteUserPoolCommand({ UserPoolId: poolId }))
}
