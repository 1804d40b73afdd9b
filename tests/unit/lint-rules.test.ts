import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
let eslint: ESLint

/** The local rules' messages for `code` linted as if it were the file at `filePath`. */
async function localErrors(code: string, filePath: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath: join(root, filePath) })
  return results
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId?.startsWith('local/'))
    .map((m) => m.message)
}

// Loading the config and its parsers takes seconds on a busy machine: once, before the cases.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') })
  await eslint.lintText('\n', { filePath: join(root, 'src/shared/x.ts') })
}, 60_000)

/** Each case is a deliberate import; `refused` names what the message must quote, null when allowed. */
const IMPORTS: { file: string; code: string; refused: string | null }[] = [
  // Handlers: services, shared and the router types only.
  {
    file: 'src/main/ipc/handlers/x.ts',
    code: "import { listUserPools } from '../../cognito/pools'",
    refused: null
  },
  { file: 'src/main/ipc/handlers/x.ts', code: "import { AppError } from '@shared/errors'", refused: null },
  {
    file: 'src/main/ipc/handlers/x.ts',
    code: "import type { DomainHandlers } from '../router'",
    refused: null
  },
  {
    file: 'src/main/ipc/handlers/x.ts',
    code: "import { createRouter } from '../router'",
    refused: 'src/main/ipc/router'
  },
  {
    file: 'src/main/ipc/handlers/x.ts',
    code: "import { writeFile } from 'node:fs/promises'",
    refused: 'node:fs/promises'
  },
  {
    file: 'src/main/ipc/handlers/x.ts',
    code: "import { usersHandlers } from './users'",
    refused: 'src/main/ipc/handlers/users'
  },
  { file: 'src/main/ipc/handlers/x.ts', code: "import { dialog } from 'electron'", refused: 'electron' },
  // Services: never handlers, ipc or electron.
  { file: 'src/main/cognito/x.ts', code: "import { AppError } from '@shared/errors'", refused: null },
  { file: 'src/main/cognito/x.ts', code: "import { randomUUID } from 'node:crypto'", refused: null },
  {
    file: 'src/main/cognito/x.ts',
    code: "import { usersHandlers } from '../ipc/handlers/users'",
    refused: 'src/main/ipc/handlers/users'
  },
  {
    file: 'src/main/jobs/x.ts',
    code: "import type { Handlers } from '../ipc/router'",
    refused: 'src/main/ipc/router'
  },
  { file: 'src/main/aws/x.ts', code: "import { app } from 'electron'", refused: 'electron' },
  // Shared: zod and shared only.
  { file: 'src/shared/x.ts', code: "import { z } from 'zod'", refused: null },
  { file: 'src/shared/x.ts', code: "import { strict } from './schemas'", refused: null },
  { file: 'src/shared/x.ts', code: "import { join } from 'node:path'", refused: 'node:path' },
  { file: 'src/shared/x.ts', code: "import Papa from 'papaparse'", refused: 'papaparse' },
  {
    file: 'src/shared/x.ts',
    code: "import type { AppContext } from '../main/context'",
    refused: 'src/main/context'
  },
  // Preload: electron and shared only.
  { file: 'src/preload/x.ts', code: "import { contextBridge } from 'electron'", refused: null },
  { file: 'src/preload/x.ts', code: "import { readFile } from 'node:fs'", refused: 'node:fs' },
  {
    file: 'src/preload/x.ts',
    code: "import { handlers } from '../main/ipc/handlers'",
    refused: 'src/main/ipc/handlers'
  },
  // Renderer: no main, preload, electron, Node or AWS SDK.
  { file: 'src/renderer/src/x.ts', code: "import { ref } from 'vue'", refused: null },
  { file: 'src/renderer/src/x.ts', code: "import { formatDateTime } from './format'", refused: null },
  { file: 'src/renderer/src/x.ts', code: "import { ipcRenderer } from 'electron'", refused: 'electron' },
  { file: 'src/renderer/src/x.ts', code: "import { readFile } from 'node:fs'", refused: 'node:fs' },
  {
    file: 'src/renderer/src/x.ts',
    code: "import { STSClient } from '@aws-sdk/client-sts'",
    refused: '@aws-sdk/client-sts'
  },
  {
    file: 'src/renderer/src/x.ts',
    code: "import type { AppContext } from '../../main/context'",
    refused: 'src/main/context'
  },
  {
    file: 'src/renderer/src/x.ts',
    code: "export { api } from '../../preload/index'",
    refused: 'src/preload/index'
  }
]

describe('layer allow-lists (eslint/layers.js)', () => {
  it.each(IMPORTS)('$file: $code', async ({ file, code, refused }) => {
    const errors = await localErrors(`${code}\n`, file)
    if (refused === null) expect(errors).toEqual([])
    else expect(errors).toEqual([expect.stringContaining(`${file} may not import ${refused}:`)])
  })

  it('gives a file in no layer no rights at all', async () => {
    expect(await localErrors("import { z } from 'zod'\n", 'src/main/newfolder/x.ts')).toEqual([
      expect.stringContaining('src/main/newfolder/x.ts belongs to no layer')
    ])
  })
})

describe('shell.openExternal only through safeOpenExternal', () => {
  const file = 'src/main/index.ts'
  const header = "import { shell } from 'electron'\nimport { safeOpenExternal } from './security/policy'\n"

  it('allows the call handed to safeOpenExternal', async () => {
    expect(
      await localErrors(`${header}void safeOpenExternal(url, (u) => shell.openExternal(u))\n`, file)
    ).toEqual([])
  })

  it.each([
    ['a direct call', 'void shell.openExternal(url)'],
    ['a call beside the guard', 'void safeOpenExternal(url, async () => {})\nvoid shell.openExternal(url)'],
    ['a destructured reference', 'const { openExternal } = shell\nvoid openExternal(url)']
  ])('refuses %s', async (_case, code) => {
    expect(await localErrors(`${header}${code}\n`, file)).toEqual([
      expect.stringContaining('safeOpenExternal')
    ])
  })
})
