import { AppError } from '@shared/errors'
import type { UnlinkRefusal } from '@shared/credentialsLab'

/**
 * How long a lab run's login is kept: a user pool ID token lives one hour by default, and UnlinkIdentity
 * refuses an expired token, so keeping one longer would only keep a secret that no longer works.
 */
export const LAB_RUN_LIFETIME_MS = 60 * 60 * 1000

/** A lab run's identity and the Logins map (with its tokens) it signed in with. */
export interface KeptRun {
  connectionId: string
  identityId: string
  logins: Record<string, string>
}

interface Entry extends KeptRun {
  timer: ReturnType<typeof setTimeout>
}

export function unlinkRefusal(reason: UnlinkRefusal, message: string, hint: string): AppError {
  return new AppError(reason === 'RUN_GONE' ? 'NOT_FOUND' : 'VALIDATION', message, {
    hint,
    params: { reason }
  })
}

/**
 * The logins of recent lab runs, in main's memory only: never sent to the window, never written to
 * disk. Each is dropped when its token expires (at most `LAB_RUN_LIFETIME_MS`), when the connection
 * changes and on quit.
 */
export class LabRuns {
  private readonly runs = new Map<string, Entry>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a run's login until `tokenExpiresAt` (epoch ms) or the lifetime, whichever comes first. */
  keep(run: KeptRun, tokenExpiresAt?: number): string {
    const runId = crypto.randomUUID()
    const limit = this.now() + LAB_RUN_LIFETIME_MS
    const until = tokenExpiresAt === undefined ? limit : Math.min(limit, tokenExpiresAt)
    const timer = setTimeout(() => this.forget(runId), Math.max(0, until - this.now()))
    // A kept login must not hold the app open at quit.
    timer.unref?.()
    this.runs.set(runId, { ...run, timer })
    return runId
  }

  /** The run kept under this id for this connection, or a refusal saying to run the lab again. */
  get(connectionId: string, runId: string): KeptRun {
    const entry = this.runs.get(runId)
    if (!entry || entry.connectionId !== connectionId) {
      throw unlinkRefusal(
        'RUN_GONE',
        'That lab run is no longer in memory: its login is kept for an hour at most, until its token expires, and is forgotten when the connection changes.',
        'Run the lab again with the login, then unlink it.'
      )
    }
    const { timer: _timer, ...run } = entry
    return run
  }

  forget(runId: string): void {
    const entry = this.runs.get(runId)
    if (!entry) return
    clearTimeout(entry.timer)
    this.runs.delete(runId)
  }

  clear(): void {
    for (const runId of [...this.runs.keys()]) this.forget(runId)
  }
}
