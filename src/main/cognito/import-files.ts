import { randomUUID } from 'node:crypto'

/** A picked file held in main between the check and the upload; the renderer only sees its id. */
interface HeldFile {
  poolId: string
  body: Buffer
  expires: number
}

/** A pre-signed URL lives 15 minutes; a file waits no longer than an hour for its job. */
const HOLD_MS = 60 * 60 * 1000

/**
 * Files picked for a pool (import-job CSVs, branding images), by id, for one pool each; dropped once
 * uploaded or expired.
 */
export class ImportFiles {
  private readonly files = new Map<string, HeldFile>()

  hold(poolId: string, body: Buffer): string {
    this.prune()
    const id = randomUUID()
    this.files.set(id, { poolId, body, expires: Date.now() + HOLD_MS })
    return id
  }

  /** The file's bytes when it was picked for this pool and is still held. */
  get(id: string, poolId: string): Buffer | undefined {
    this.prune()
    const file = this.files.get(id)
    return file?.poolId === poolId ? file.body : undefined
  }

  drop(id: string): void {
    this.files.delete(id)
  }

  clear(): void {
    this.files.clear()
  }

  private prune(): void {
    const now = Date.now()
    for (const [id, file] of this.files) if (file.expires < now) this.files.delete(id)
  }
}
