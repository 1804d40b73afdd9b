import { AppError } from '@shared/errors'

/** Work running under an id its caller chose, so the caller can cancel it while it runs. */
export class CancellableRuns {
  private readonly running = new Map<string, AbortController>()

  /** Runs `work` with a signal that `cancel(id)` aborts; one run per id at a time. */
  protected async runCancellable<R>(id: string, work: (signal: AbortSignal) => Promise<R>): Promise<R> {
    if (this.running.has(id)) {
      throw new AppError('VALIDATION', 'A run with that id is already going.', {
        hint: 'Wait for it to end or cancel it.'
      })
    }
    const controller = new AbortController()
    this.running.set(id, controller)
    try {
      return await work(controller.signal)
    } finally {
      this.running.delete(id)
    }
  }

  cancel(id: string): { cancelled: boolean } {
    const controller = this.running.get(id)
    controller?.abort()
    return { cancelled: controller !== undefined }
  }

  dispose(): void {
    for (const controller of this.running.values()) controller.abort()
  }
}
