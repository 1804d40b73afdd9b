import type { TestProject } from 'vitest/node'
import { startMoto } from './moto'

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string
  }
}

/** One moto server for the whole integration run; test files isolate by creating their own pools. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const moto = await startMoto()
  project.provide('motoEndpoint', moto.endpoint)
  return () => moto.stop()
}
