import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  ChallengeAnswer,
  LoginSummary,
  LoginTarget,
  LoginView,
  MachineToken,
  PasswordFlow,
  ProbeCheck,
  TotpSetup
} from '@shared/contract/testLogin'
import type { AppClientSummary } from '@shared/contract/appClients'
import type { FirstFactor, MachineTokenMethod } from '@shared/capabilities'
import { api, unwrap } from '../api'

/** Test logins: the chosen client, the login in progress and the logins main keeps in memory. */
export const useTestLoginStore = defineStore('testLogin', () => {
  const appClients = ref<AppClientSummary[]>([])
  const appClientsFor = ref<string | null>(null)
  const loadingAppClients = ref(false)
  const target = ref<LoginTarget | null>(null)
  const loadingTarget = ref(false)
  const current = ref<LoginView | null>(null)
  const totp = ref<TotpSetup | null>(null)
  const logins = ref<LoginSummary[]>([])
  const busy = ref(false)
  /** The last machine-to-machine token, in memory only. */
  const machine = ref<MachineToken | null>(null)

  async function loadAppClients(poolId: string): Promise<void> {
    loadingAppClients.value = true
    try {
      const { clients: list } = await unwrap(api().appClients.list({ poolId }))
      appClients.value = list.map((c) => ({ clientId: c.clientId, name: c.name }))
      appClientsFor.value = poolId
    } finally {
      loadingAppClients.value = false
    }
  }

  async function loadTarget(poolId: string, clientId: string): Promise<void> {
    loadingTarget.value = true
    target.value = null
    try {
      target.value = await unwrap(api().testLogin.target({ poolId, clientId }))
    } finally {
      loadingTarget.value = false
    }
  }

  /** Runs a call that yields a login, keeps it as the current one and refreshes the list. */
  async function run(call: () => Promise<LoginView>): Promise<LoginView> {
    busy.value = true
    try {
      const view = await call()
      current.value = view
      if (view.challenge?.name !== 'MFA_SETUP') totp.value = null
      await loadLogins()
      return view
    } finally {
      busy.value = false
    }
  }

  const start = (req: {
    poolId: string
    clientId: string
    flow: PasswordFlow
    username: string
    password: string
  }) => run(() => unwrap(api().testLogin.start(req)))

  const startChoice = (req: {
    poolId: string
    clientId: string
    username: string
    preferredChallenge?: FirstFactor
    password?: string
  }) => run(() => unwrap(api().testLogin.startChoice(req)))

  const resendCode = (loginId: string) => run(() => unwrap(api().testLogin.resendCode({ loginId })))

  const respond = (loginId: string, answer: ChallengeAnswer) =>
    run(() => unwrap(api().testLogin.respond({ loginId, answer })))

  const refresh = (loginId: string) => run(() => unwrap(api().testLogin.refresh({ loginId })))
  const revoke = (loginId: string) => run(() => unwrap(api().testLogin.revoke({ loginId })))
  const globalSignOut = (loginId: string) => run(() => unwrap(api().testLogin.globalSignOut({ loginId })))
  const probe = (loginId: string, check: ProbeCheck) =>
    run(() => unwrap(api().testLogin.probe({ loginId, check })))

  const hostedUi = (req: {
    poolId: string
    clientId: string
    redirectUri: string
    identityProvider?: string
  }) => run(() => unwrap(api().testLogin.hostedUi(req)))

  async function setupTotp(loginId: string): Promise<void> {
    busy.value = true
    try {
      totp.value = await unwrap(api().testLogin.setupTotp({ loginId }))
    } finally {
      busy.value = false
    }
  }

  async function machineToken(req: {
    poolId: string
    clientId: string
    method: MachineTokenMethod
    scopes: string[]
  }): Promise<MachineToken> {
    busy.value = true
    try {
      machine.value = await unwrap(api().testLogin.machineToken(req))
      return machine.value
    } finally {
      busy.value = false
    }
  }

  async function loadLogins(): Promise<void> {
    logins.value = (await unwrap(api().testLogin.list())).logins
  }

  async function open(loginId: string): Promise<LoginView> {
    const view = await unwrap(api().testLogin.get({ loginId }))
    current.value = view
    return view
  }

  /** Forgets one login, or all of them; returns how many were dropped. */
  async function clear(loginId?: string): Promise<number> {
    const { cleared } = await unwrap(api().testLogin.clear(loginId ? { loginId } : {}))
    if (!loginId || current.value?.loginId === loginId) {
      current.value = null
      totp.value = null
    }
    await loadLogins()
    return cleared
  }

  return {
    appClients,
    appClientsFor,
    loadingAppClients,
    target,
    loadingTarget,
    current,
    totp,
    logins,
    busy,
    machine,
    loadAppClients,
    loadTarget,
    start,
    startChoice,
    resendCode,
    respond,
    refresh,
    revoke,
    globalSignOut,
    probe,
    hostedUi,
    setupTotp,
    machineToken,
    loadLogins,
    open,
    clear
  }
})
