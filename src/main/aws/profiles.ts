import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import type { ProfileInfo, ProfileKind, ProfilesResult } from '@shared/contract/connections'

type Section = Record<string, string | undefined>

function kindOf(section: Section): ProfileKind {
  if (section.sso_session || section.sso_start_url) return 'sso'
  if (section.role_arn && section.web_identity_token_file) return 'web-identity'
  if (section.role_arn) return 'assume-role'
  if (section.credential_process) return 'process'
  if (section.aws_access_key_id) return 'static'
  return 'unknown'
}

/**
 * The profiles of the shared config and credentials files, read with the SDK's own loader (so
 * AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE and `profile` prefixes behave as the CLI's). Only names
 * and kinds leave this function; keys stay in the files.
 */
export async function listProfiles(env: NodeJS.ProcessEnv = process.env): Promise<ProfilesResult> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true })
  const names = new Set<string>()
  // Keys with a dot are other section types (`sso-session.x`, `services.x`), not profiles.
  for (const name of [...Object.keys(configFile), ...Object.keys(credentialsFile)]) {
    if (!name.includes('.')) names.add(name)
  }
  const profiles: ProfileInfo[] = [...names].sort().map((name) => {
    const section: Section = { ...credentialsFile[name], ...configFile[name] }
    const info: ProfileInfo = { name, kind: kindOf(section), mfa: Boolean(section.mfa_serial) }
    if (section.region) info.region = section.region
    if (section.source_profile) info.sourceProfile = section.source_profile
    return info
  })
  return { profiles, environmentCredentials: Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) }
}
