import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SelfServiceStep } from '@shared/contract/selfService'
import type { PoolUserSchema } from '@shared/contract/users'
import { api, unwrap } from '../api'

interface ClientTarget {
  poolId: string
  clientId: string
  username: string
}

/** The sign-up and recovery lab: the calls made so far (newest first, in memory) and the pool's schema. */
export const useSelfServiceStore = defineStore('selfService', () => {
  const steps = ref<SelfServiceStep[]>([])
  const schema = ref<PoolUserSchema | null>(null)

  async function loadSchema(poolId: string): Promise<void> {
    schema.value = null
    schema.value = await unwrap(api().users.schema({ poolId }))
  }

  async function kept(call: Promise<SelfServiceStep>): Promise<SelfServiceStep> {
    const step = await call
    steps.value = [step, ...steps.value].slice(0, 30)
    return step
  }

  const signUp = (req: ClientTarget & { password: string; attributes: Record<string, string> }) =>
    kept(unwrap(api().selfService.signUp(req)))
  const confirmSignUp = (req: ClientTarget & { confirmationCode: string }) =>
    kept(unwrap(api().selfService.confirmSignUp(req)))
  const resendCode = (req: ClientTarget) => kept(unwrap(api().selfService.resendCode(req)))
  const forgotPassword = (req: ClientTarget) => kept(unwrap(api().selfService.forgotPassword(req)))
  const confirmForgotPassword = (req: ClientTarget & { confirmationCode: string; password: string }) =>
    kept(unwrap(api().selfService.confirmForgotPassword(req)))
  const changePassword = (req: { loginId: string; previousPassword: string; proposedPassword: string }) =>
    kept(unwrap(api().selfService.changePassword(req)))
  const getUser = (loginId: string) => kept(unwrap(api().selfService.getUser({ loginId })))
  const updateAttributes = (req: { loginId: string; attributes: Record<string, string> }) =>
    kept(unwrap(api().selfService.updateAttributes(req)))

  function clear(): void {
    steps.value = []
  }

  return {
    steps,
    schema,
    loadSchema,
    signUp,
    confirmSignUp,
    resendCode,
    forgotPassword,
    confirmForgotPassword,
    changePassword,
    getUser,
    updateAttributes,
    clear
  }
})
