import { describe, expect, it } from 'vitest'
import { replicaProblem } from '@shared/replica-rules'

describe('where a replica may be added', () => {
  it('accepts another Region than the primary’s and the replicas’', () => {
    expect(replicaProblem('eu-west-1', 'us-east-1', ['ap-south-1'])).toBeNull()
  })

  it('refuses the primary’s own Region, naming it', () => {
    expect(replicaProblem('us-east-1', 'us-east-1', [])).toEqual({
      code: 'primaryRegion',
      params: { region: 'us-east-1' }
    })
  })

  it('refuses a Region that already holds a replica', () => {
    expect(replicaProblem('ap-south-1', 'us-east-1', ['ap-south-1'])?.code).toBe('alreadyReplica')
  })

  it('refuses text that is no Region code before comparing', () => {
    expect(replicaProblem('Europe', 'us-east-1', [])?.code).toBe('regionInvalid')
    expect(replicaProblem('us-east-1 ', 'us-east-1', [])?.code).toBe('regionInvalid')
  })
})
