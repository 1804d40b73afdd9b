import {
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  type AttributeType,
  type CodeDeliveryDetailsType,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { redactInput } from '@shared/code-snippets'
import type { CodeDelivery, SelfServiceOperation, SelfServiceStep } from '@shared/contract/selfService'
import { AppError } from '@shared/errors'
import { describeAppClient, revealClientSecret } from './appClients'
import type { LoginSession } from './login-sessions'
import { secretHash } from './secret-hash'
import { assertSameConnection, regionOfPool, type AuthDeps } from './testLogin'
import { assertAttributes, assertPasswordFits, describeUserSchema } from './user-schema'

/**
 * The header in which moto's ForgotPassword hands back the code it made up. Cognito sends codes only
 * to the user's email or phone; an endpoint that exposes one is an emulator, and the screen says so.
 */
const EXPOSED_CODE_HEADER = 'x-moto-forgot-password-confirmation-code'

interface ClientTarget {
  poolId: string
  clientId: string
  username: string
}

/** A command whose input is shown (redacted) and whose raw answer headers are read. */
interface SelfServiceCommand {
  readonly input: object
  readonly middlewareStack: object
}

/** The part of the SDK's middleware stack used here: one step after the answer is received. */
type Step = (args: unknown) => Promise<{ response: unknown }>
interface DeserializeStack {
  add: (middleware: (next: Step) => Step, options: { step: 'deserialize'; name: string }) => void
}

interface Sent {
  output: Record<string, unknown>
  step: SelfServiceStep
}

const deliveryOf = (d: CodeDeliveryDetailsType | undefined): CodeDelivery[] =>
  d
    ? [
        {
          destination: d.Destination ?? '',
          medium: d.DeliveryMedium ?? '',
          attributeName: d.AttributeName ?? ''
        }
      ]
    : []

const attributeList = (values: Record<string, string>): AttributeType[] =>
  Object.entries(values).map(([Name, Value]) => ({ Name, Value }))

/** Sends one user-side call and returns it as the lab shows it: request redacted, answer, deliveries. */
async function send(
  idp: CognitoIdentityProviderClient,
  region: string,
  operation: SelfServiceOperation,
  command: SelfServiceCommand,
  secretHashSent: boolean
): Promise<Sent> {
  let exposedCode: string | undefined
  ;(command.middlewareStack as DeserializeStack).add(
    (next) => async (args) => {
      const result = await next(args)
      const headers = (result.response as { headers?: Record<string, string | undefined> }).headers
      const code = headers?.[EXPOSED_CODE_HEADER]
      if (code) exposedCode = code
      return result
    },
    { step: 'deserialize', name: 'exposedConfirmationCode' }
  )
  const { $metadata: _metadata, ...output } = (await (
    idp.send as (c: SelfServiceCommand) => Promise<Record<string, unknown>>
  )(command)) as Record<string, unknown> & { $metadata?: unknown }
  const step: SelfServiceStep = {
    operation,
    call: {
      operation,
      service: 'cognito-idp',
      region,
      input: redactInput(command.input as Record<string, unknown>)
    },
    response: output,
    deliveries: [],
    secretHash: secretHashSent,
    at: new Date().toISOString()
  }
  if (exposedCode) step.exposedCode = exposedCode
  return { output, step }
}

/** SECRET_HASH for a client with a secret, read from DescribeUserPoolClient here in main only. */
async function secretHashFor(
  idp: CognitoIdentityProviderClient,
  { poolId, clientId, username }: ClientTarget
): Promise<{ SecretHash?: string }> {
  const client = await describeAppClient(idp, poolId, clientId)
  if (!client.hasSecret) return {}
  return { SecretHash: secretHash(await revealClientSecret(idp, poolId, clientId), username, clientId) }
}

/** A client-side call (no AWS credentials in real Cognito): ClientId, Username and SECRET_HASH. */
async function clientCall(
  idp: CognitoIdentityProviderClient,
  target: ClientTarget,
  operation: SelfServiceOperation,
  build: (base: { ClientId: string; Username: string; SecretHash?: string }) => SelfServiceCommand
): Promise<Sent> {
  const hash = await secretHashFor(idp, target)
  const command = build({ ClientId: target.clientId, Username: target.username, ...hash })
  return send(idp, regionOfPool(target.poolId), operation, command, hash.SecretHash !== undefined)
}

export async function signUp(
  idp: CognitoIdentityProviderClient,
  req: ClientTarget & { password: string; attributes: Record<string, string> }
): Promise<SelfServiceStep> {
  const schema = await describeUserSchema(idp, req.poolId)
  // The same rules as the admin's create form: the app's own form would check these before sending.
  assertPasswordFits(schema.passwordPolicy, req.password)
  assertAttributes(schema, req.attributes, 'create')
  const { output, step } = await clientCall(
    idp,
    req,
    'SignUp',
    (base) =>
      new SignUpCommand({ ...base, Password: req.password, UserAttributes: attributeList(req.attributes) })
  )
  step.deliveries = deliveryOf(output.CodeDeliveryDetails as CodeDeliveryDetailsType | undefined)
  step.userConfirmed = output.UserConfirmed === true
  return step
}

export async function confirmSignUp(
  idp: CognitoIdentityProviderClient,
  req: ClientTarget & { confirmationCode: string }
): Promise<SelfServiceStep> {
  const { step } = await clientCall(
    idp,
    req,
    'ConfirmSignUp',
    (base) => new ConfirmSignUpCommand({ ...base, ConfirmationCode: req.confirmationCode })
  )
  return step
}

export async function resendConfirmationCode(
  idp: CognitoIdentityProviderClient,
  req: ClientTarget
): Promise<SelfServiceStep> {
  const { output, step } = await clientCall(
    idp,
    req,
    'ResendConfirmationCode',
    (base) => new ResendConfirmationCodeCommand(base)
  )
  step.deliveries = deliveryOf(output.CodeDeliveryDetails as CodeDeliveryDetailsType | undefined)
  return step
}

export async function forgotPassword(
  idp: CognitoIdentityProviderClient,
  req: ClientTarget
): Promise<SelfServiceStep> {
  const { output, step } = await clientCall(
    idp,
    req,
    'ForgotPassword',
    (base) => new ForgotPasswordCommand(base)
  )
  step.deliveries = deliveryOf(output.CodeDeliveryDetails as CodeDeliveryDetailsType | undefined)
  return step
}

export async function confirmForgotPassword(
  idp: CognitoIdentityProviderClient,
  req: ClientTarget & { confirmationCode: string; password: string }
): Promise<SelfServiceStep> {
  const schema = await describeUserSchema(idp, req.poolId)
  assertPasswordFits(schema.passwordPolicy, req.password)
  const { step } = await clientCall(
    idp,
    req,
    'ConfirmForgotPassword',
    (base) =>
      new ConfirmForgotPasswordCommand({
        ...base,
        ConfirmationCode: req.confirmationCode,
        Password: req.password
      })
  )
  return step
}

/** The access token of a signed-in test login, kept in main: the user-side calls authorise with it. */
function accessTokenOf(deps: AuthDeps, loginId: string): { login: LoginSession; accessToken: string } {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  const accessToken = login.tokens?.accessToken
  if (!accessToken) {
    throw new AppError('PRECONDITION', 'This test login has no access token yet.', {
      hint: 'Finish the sign-in (answer its challenge) first.'
    })
  }
  return { login, accessToken }
}

export async function changePassword(
  deps: AuthDeps,
  req: { loginId: string; previousPassword: string; proposedPassword: string }
): Promise<SelfServiceStep> {
  const { login, accessToken } = accessTokenOf(deps, req.loginId)
  const schema = await describeUserSchema(deps.idp, login.poolId)
  assertPasswordFits(schema.passwordPolicy, req.proposedPassword)
  const command = new ChangePasswordCommand({
    AccessToken: accessToken,
    PreviousPassword: req.previousPassword,
    ProposedPassword: req.proposedPassword
  })
  return (await send(deps.idp, login.region, 'ChangePassword', command, false)).step
}

export async function getUser(deps: AuthDeps, loginId: string): Promise<SelfServiceStep> {
  const { login, accessToken } = accessTokenOf(deps, loginId)
  const command = new GetUserCommand({ AccessToken: accessToken })
  const { output, step } = await send(deps.idp, login.region, 'GetUser', command, false)
  step.attributes = Object.fromEntries(
    ((output.UserAttributes ?? []) as AttributeType[]).map((a) => [a.Name ?? '', a.Value ?? ''])
  )
  return step
}

export async function updateUserAttributes(
  deps: AuthDeps,
  req: { loginId: string; attributes: Record<string, string> }
): Promise<SelfServiceStep> {
  const { login, accessToken } = accessTokenOf(deps, req.loginId)
  assertAttributes(await describeUserSchema(deps.idp, login.poolId), req.attributes, 'update')
  const command = new UpdateUserAttributesCommand({
    AccessToken: accessToken,
    UserAttributes: attributeList(req.attributes)
  })
  const { output, step } = await send(deps.idp, login.region, 'UpdateUserAttributes', command, false)
  step.deliveries = ((output.CodeDeliveryDetailsList ?? []) as CodeDeliveryDetailsType[]).flatMap((d) =>
    deliveryOf(d)
  )
  return step
}
