import type { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity'
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'

/**
 * Answers one operation the emulator lacks from inside the client's own middleware stack, after the
 * console's observer (so the audit log records the call as it would against Cognito) and before any
 * request is sent. aws-sdk-client-mock replaces `send` and with it that observer, so tests that need
 * the audit trail of a mocked operation use this; `respond` is typed by the SDK's own input and output.
 * Returns the function that removes it.
 */
export function answerOperation<I extends object, O extends object>(
  client: CognitoIdentityProviderClient | CognitoIdentityClient,
  commandName: `${string}Command`,
  respond: (input: I) => O
): () => void {
  const name = `answer-${commandName}-${Math.random().toString(36).slice(2)}`
  // Both clients share the middleware stack's shape; only their command unions differ.
  const stack = client.middlewareStack as CognitoIdentityProviderClient['middlewareStack']
  stack.add(
    (next, context) => async (args) => {
      if (context.commandName !== commandName) return next(args)
      return { output: { $metadata: {}, ...respond(args.input as I) }, response: {} } as never
    },
    { step: 'build', name }
  )
  return () => void stack.remove(name)
}
