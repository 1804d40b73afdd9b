import { CreateRoleCommand, type IAMClient } from '@aws-sdk/client-iam'
import { AddPermissionCommand, CreateFunctionCommand, type LambdaClient } from '@aws-sdk/client-lambda'

/** An empty zip archive: moto stores the code without running it. */
const EMPTY_ZIP = Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64')

/** Creates a function in the emulator (with the execution role it insists on) and returns its ARN. */
export async function createFunction(iam: IAMClient, lambda: LambdaClient, name: string): Promise<string> {
  const { Role } = await iam.send(
    new CreateRoleCommand({ RoleName: `${name}-role`, AssumeRolePolicyDocument: '{}' })
  )
  const created = await lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs22.x',
      Role: Role?.Arn ?? '',
      Handler: 'index.handler',
      Code: { ZipFile: EMPTY_ZIP }
    })
  )
  return created.FunctionArn ?? ''
}

/** Lets `poolArn` invoke the function, as an administrator would from the statement the console shows. */
export async function allowPool(lambda: LambdaClient, functionArn: string, poolArn: string): Promise<void> {
  await lambda.send(
    new AddPermissionCommand({
      FunctionName: functionArn,
      StatementId: `cognito-${poolArn.split('/').pop() ?? ''}`,
      Action: 'lambda:InvokeFunction',
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: poolArn
    })
  )
}
