// `npm run sandbox`: a local Cognito (moto) with demo data, and the app connected to it, so every screen
// can be tried without an AWS account. Ctrl+C stops both.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConnectionManager } from '../src/main/aws/connections'
import { EventHub } from '../src/main/events'
import { createSettingsStore, DATA_DIR_ENV } from '../src/main/store/settings'
import { TEST_PROFILE, TEST_REGION, writeAwsFiles } from '../tests/support/aws-files'
import { startMoto } from '../tests/support/moto'
import { DEMO_PASSWORD, DEMO_TEMP_PASSWORD, seedDemo } from './seed'

const root = join(import.meta.dirname, '..')

function electronInstalled(): boolean {
  const pathFile = join(root, 'node_modules/electron/path.txt')
  return (
    existsSync(pathFile) &&
    existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()))
  )
}

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 0) || undefined
  const moto = await startMoto(port ? { port } : {})
  const seed = await seedDemo({ endpoint: moto.endpoint, region: TEST_REGION })
  const aws = writeAwsFiles()
  const dataDir = mkdtempSync(join(tmpdir(), 'cac-sandbox-'))
  new ConnectionManager(createSettingsStore(dataDir), new EventHub()).save({
    name: 'Sandbox (moto)',
    source: 'profile',
    profile: TEST_PROFILE,
    region: TEST_REGION,
    endpoint: moto.endpoint,
    readOnly: false,
    production: false
  })

  const say = (line: string) => process.stdout.write(`${line}\n`)
  say(`Local Cognito (moto) at ${moto.endpoint}`)
  say(`  user pools: demo-customers ${seed.customersPoolId}, demo-staff ${seed.staffPoolId}`)
  say(`  app clients: web-app ${seed.webClientId}, backend-with-secret ${seed.serverClientId}`)
  say(`  identity pool: ${seed.identityPoolId}`)
  say(
    `  ${seed.users.length} users; confirmed ones sign in with ${DEMO_PASSWORD}, the others with ${DEMO_TEMP_PASSWORD}`
  )
  say(`  settings in ${dataDir}; AWS profile "${TEST_PROFILE}" in ${aws.config}`)

  const stop = async () => {
    await moto.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())

  if (process.argv.includes('--no-launch') || !electronInstalled()) {
    if (!process.argv.includes('--no-launch')) {
      say(
        '\nThe Electron binary is not installed here (node_modules/electron/dist), so the window cannot open.'
      )
      say(
        'Install it with `npx install-electron` where downloads are allowed, then run `npm run sandbox` again.'
      )
    }
    say('\nThe emulator keeps running until Ctrl+C.')
    return
  }
  const app = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'dev'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      [DATA_DIR_ENV]: dataDir,
      AWS_CONFIG_FILE: aws.config,
      AWS_SHARED_CREDENTIALS_FILE: aws.credentials
    }
  })
  app.on('exit', () => void stop())
}

void main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
