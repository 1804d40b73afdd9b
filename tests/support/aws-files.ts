import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TEST_PROFILE = 'moto'
export const TEST_REGION = 'us-east-1'
/** The test profile's static keys (moto accepts any). */
export const TEST_KEYS = { accessKeyId: 'AKIAMOTOTESTKEY00000', secretAccessKey: 'motoTestSecretKey' }

/** SDK client settings for calling the emulator directly, as an app would, outside the console. */
export function directSdk(endpoint: string) {
  return { region: TEST_REGION, endpoint, credentials: TEST_KEYS }
}

/**
 * Shared AWS config and credentials files with a static-key profile for the emulator, so the app's
 * real profile loading (the SDK's fromIni) is what the tests exercise. moto accepts any keys.
 */
export function writeAwsFiles(dir = mkdtempSync(join(tmpdir(), 'cac-aws-'))): {
  dir: string
  config: string
  credentials: string
} {
  const config = join(dir, 'config')
  const credentials = join(dir, 'credentials')
  writeFileSync(
    config,
    [
      `[profile ${TEST_PROFILE}]`,
      `region = ${TEST_REGION}`,
      '[profile sso-demo]',
      'sso_session = demo',
      'sso_account_id = 123456789012',
      'sso_role_name = Admin',
      'region = us-east-1',
      '[profile mfa-role]',
      'role_arn = arn:aws:iam::123456789012:role/console-admin',
      `source_profile = ${TEST_PROFILE}`,
      'mfa_serial = arn:aws:iam::123456789012:mfa/tester',
      'region = us-east-1',
      '[profile process]',
      `credential_process = ${JSON.stringify(process.execPath)} -e "process.stdout.write(JSON.stringify({Version:1,AccessKeyId:'AKIAPROCESS000000000',SecretAccessKey:'processSecret'}))"`,
      'region = us-east-1',
      '[sso-session demo]',
      'sso_start_url = https://example.awsapps.com/start',
      'sso_region = us-east-1',
      ''
    ].join('\n')
  )
  writeFileSync(
    credentials,
    [
      `[${TEST_PROFILE}]`,
      `aws_access_key_id = ${TEST_KEYS.accessKeyId}`,
      `aws_secret_access_key = ${TEST_KEYS.secretAccessKey}`,
      ''
    ].join('\n')
  )
  return { dir, config, credentials }
}

/** Points the SDK's loaders at the test files (and nowhere near the developer's own ~/.aws). */
export function useAwsFiles(): { dir: string } {
  const files = writeAwsFiles()
  process.env.AWS_CONFIG_FILE = files.config
  process.env.AWS_SHARED_CREDENTIALS_FILE = files.credentials
  process.env.AWS_SDK_LOAD_CONFIG = '1'
  delete process.env.AWS_PROFILE
  delete process.env.AWS_ACCESS_KEY_ID
  delete process.env.AWS_SECRET_ACCESS_KEY
  delete process.env.AWS_SESSION_TOKEN
  return files
}
