import type {
  CognitoIdentityProviderClient,
  GetLogDeliveryConfigurationCommandOutput,
  LogConfigurationType,
  SetLogDeliveryConfigurationCommandInput,
  SetLogDeliveryConfigurationCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { answerOperation } from './sdk-answers'

/**
 * moto 5.2.1 has no log delivery: GetLogDeliveryConfiguration and SetLogDeliveryConfiguration are
 * answered inside the connection's client (SDK-typed, audited as real calls), Set keeping what it
 * received so Get reads it back as Cognito does. Returns what Set received and the function that
 * removes both answers.
 */
export function answerLogDelivery(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  initial: LogConfigurationType[]
): { sent: SetLogDeliveryConfigurationCommandInput[]; stop: () => void } {
  let stored = initial
  const sent: SetLogDeliveryConfigurationCommandInput[] = []
  const stops = [
    answerOperation(
      idp,
      'GetLogDeliveryConfigurationCommand',
      () =>
        ({
          LogDeliveryConfiguration: { UserPoolId: poolId, LogConfigurations: stored }
        }) satisfies Omit<GetLogDeliveryConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(
      idp,
      'SetLogDeliveryConfigurationCommand',
      (input: SetLogDeliveryConfigurationCommandInput) => {
        sent.push(input)
        stored = input.LogConfigurations ?? []
        return {
          LogDeliveryConfiguration: { UserPoolId: poolId, LogConfigurations: stored }
        } satisfies Omit<SetLogDeliveryConfigurationCommandOutput, '$metadata'>
      }
    )
  ]
  return { sent, stop: () => stops.forEach((stop) => stop()) }
}
