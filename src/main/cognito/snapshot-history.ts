import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { SnapshotEntry } from '@shared/contract/snapshots'
import { AppError } from '@shared/errors'
import { parseSnapshot, type PoolSnapshot } from '@shared/pool-snapshot'
import { ensurePrivateDir, writePrivateFile } from '../files/private-files'

/** Snapshots kept per pool; the oldest go first. */
export const HISTORY_PER_POOL = 50

/** `2026-11-27T10:15:00.123Z` -> `20261127T101500123Z`: sortable and safe as a file name. */
const idOf = (takenAt: string) => takenAt.replace(/[-:.]/g, '')

/**
 * Each pool's snapshots as owner-only JSON files under `<data>/snapshots/<poolId>/`, so a change the
 * console made can be undone by applying the snapshot taken before it.
 */
export class SnapshotHistory {
  constructor(private readonly dir: string) {}

  private poolDir(poolId: string): string {
    // The id passed the pool-id schema (letters, digits, `-` and `_`), so it cannot leave the folder.
    return join(this.dir, poolId)
  }

  async record(snapshot: PoolSnapshot): Promise<SnapshotEntry> {
    const dir = this.poolDir(snapshot.source.poolId)
    ensurePrivateDir(dir)
    const taken = new Set(await this.ids(snapshot.source.poolId))
    let id = idOf(snapshot.takenAt)
    for (let n = 1; taken.has(id); n++) id = `${idOf(snapshot.takenAt)}-${n}`
    await writePrivateFile(join(dir, `${id}.json`), JSON.stringify(snapshot, null, 2))
    const ids = [...taken, id].sort()
    for (const old of ids.slice(0, Math.max(0, ids.length - HISTORY_PER_POOL)))
      await rm(join(dir, `${old}.json`), { force: true })
    return entryOf(id, snapshot)
  }

  private async ids(poolId: string): Promise<string[]> {
    try {
      return (await readdir(this.poolDir(poolId)))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort()
    } catch {
      return []
    }
  }

  async list(poolId: string): Promise<SnapshotEntry[]> {
    const entries: SnapshotEntry[] = []
    for (const id of (await this.ids(poolId)).reverse()) {
      const parsed = parseSnapshot(await readFile(join(this.poolDir(poolId), `${id}.json`), 'utf8'))
      // A file that no longer reads as a snapshot is left out rather than failing the list.
      if ('snapshot' in parsed) entries.push(entryOf(id, parsed.snapshot))
    }
    return entries
  }

  async read(poolId: string, id: string): Promise<PoolSnapshot> {
    let raw: string
    try {
      raw = await readFile(join(this.poolDir(poolId), `${id}.json`), 'utf8')
    } catch {
      throw new AppError('NOT_FOUND', `No snapshot ${id} is kept for ${poolId}.`, {
        hint: 'Pick one from the pool’s snapshot history.'
      })
    }
    const parsed = parseSnapshot(raw)
    if (!('snapshot' in parsed))
      throw new AppError('VALIDATION', `The kept snapshot ${id} cannot be read (${parsed.problem}).`)
    return parsed.snapshot
  }
}

function entryOf(id: string, snapshot: PoolSnapshot): SnapshotEntry {
  return {
    id,
    takenAt: snapshot.takenAt,
    poolName: snapshot.source.poolName,
    reason: snapshot.source.reason ?? 'manual'
  }
}
