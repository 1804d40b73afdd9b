import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type {
  GetUICustomizationRequest,
  GetUICustomizationResponse,
  SetUICustomizationRequest,
  SetUICustomizationResponse,
  UICustomizationType
} from '@aws-sdk/client-cognito-identity-provider'
import type { Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { axeViolations } from './axe'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const dir = mkdtempSync(join(tmpdir(), 'e2e-classic-'))
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(400, 3)
])

/**
 * moto 5.2.1 has no GetUICustomization or SetUICustomization: both are answered inside the
 * connection's client (after the audit observer, so the audit scan sees the write), SDK-typed, a
 * client without its own style answered with the pool's default as Cognito does. The pool, its client
 * and its classic domain are moto's. Returns what SetUICustomization got.
 */
function answerClassic(harness: Harness): { sent: SetUICustomizationRequest[]; stop: () => void } {
  const idp = harness.ctx.connections.active().clients.idp
  const styles = new Map<string, UICustomizationType>()
  const sent: SetUICustomizationRequest[] = []
  const removers = [
    answerOperation<GetUICustomizationRequest, GetUICustomizationResponse>(
      idp,
      'GetUICustomizationCommand',
      (input) => ({
        UICustomization: styles.get(input.ClientId ?? 'ALL') ??
          styles.get('ALL') ?? { UserPoolId: input.UserPoolId, ClientId: 'ALL' }
      })
    ),
    answerOperation<SetUICustomizationRequest, SetUICustomizationResponse>(
      idp,
      'SetUICustomizationCommand',
      (input) => {
        sent.push(input)
        const style: UICustomizationType = {
          UserPoolId: input.UserPoolId,
          ClientId: input.ClientId ?? 'ALL',
          CSS: input.CSS,
          ...(input.ImageFile ? { ImageUrl: `https://cdn.example.com/${run}/logo.png` } : {})
        }
        styles.set(style.ClientId ?? 'ALL', style)
        return { UICustomization: style }
      }
    )
  ]
  return { sent, stop: () => removers.forEach((remove) => remove()) }
}

/** A pool with a client and a classic domain; its domain tab open. */
async function openDomain(page: Page, harness: Harness, name: string): Promise<void> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await harness.ok('appClients', 'create', { poolId: id, generateSecret: false, ...clientSettings('web') })
  await harness.ok('domains', 'create', {
    poolId: id,
    kind: 'prefix',
    domain: `cls-${name}`,
    managedLoginVersion: 1
  })
  await page.reload()
  await goTo(page, `#/pools/${id}/domain`)
  await expect(page.getByTestId('classic-style-section')).toBeVisible()
}

test('sets the pool’s classic style: a class Cognito refuses named, then CSS and logo previewed and sent', async ({
  page,
  harness
}) => {
  const classic = answerClassic(harness)
  try {
    await openDomain(page, harness, `e2e-classic-${run}`)
    const section = page.getByTestId('classic-style-section')
    await expect(section.getByTestId('classic-style-none')).toBeVisible()
    await section.getByTestId('classic-style-edit').click()
    const form = page.getByTestId('classic-style-form')
    const css = form.getByTestId('classic-style-css').locator('textarea')
    await css.fill('.header { color: red; }')
    await form.getByTestId('classic-style-review').click()
    await expect(form.getByTestId('classic-style-problem-cssUnknownClass')).toContainText('.header')

    await css.fill('.banner-customizable { background-color: #0b3d91; }')
    writeFileSync(join(dir, 'logo.png'), PNG)
    harness.ctx.openFile = async () => join(dir, 'logo.png')
    await form.getByTestId('classic-style-pick').click()
    await expect(form.getByTestId('classic-style-logo')).toContainText('logo.png')
    expect(await axeViolations(page, 'classic style form', '[role="dialog"]')).toEqual([])
    await form.getByTestId('classic-style-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-CSS')).toContainText('#0b3d91')
    await expect(preview.getByTestId('change-ImageFile')).toContainText('logo.png')
    await snap(page, 'classic-style-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(section.getByTestId('classic-style-current-css')).toContainText('#0b3d91')
    await expect(section.getByTestId('classic-style-logo-url')).toContainText('cdn.example.com')

    expect(classic.sent).toHaveLength(1)
    expect(classic.sent[0]).toMatchObject({
      ClientId: 'ALL',
      CSS: '.banner-customizable { background-color: #0b3d91; }'
    })
    expect(Buffer.from(classic.sent[0]?.ImageFile ?? []).equals(PNG)).toBe(true)
    expect(await axeViolations(page, 'domain tab with a classic style')).toEqual([])
  } finally {
    classic.stop()
  }
})

test('the classic style speaks Japanese, and a client without its own shows the default', async ({
  page,
  harness
}) => {
  const classic = answerClassic(harness)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    const name = `e2e-classic-ja-${run}`
    const { id } = await harness.ok('pools', 'create', plainPool(name))
    await harness.ok('appClients', 'create', { poolId: id, generateSecret: false, ...clientSettings('web') })
    await harness.ok('domains', 'create', {
      poolId: id,
      kind: 'prefix',
      domain: `cls-${name}`,
      managedLoginVersion: 1
    })
    await harness.ok('domains', 'setUiCustomization', {
      poolId: id,
      clientId: 'ALL',
      css: '.logo-customizable { max-width: 60%; }'
    })
    await page.reload()
    await goTo(page, `#/pools/${id}/domain`)
    const section = page.getByTestId('classic-style-section')
    await expect(section).toContainText('ホストされた UI (クラシック) のスタイル')
    await section.getByTestId('classic-style-scope').click()
    await page.locator('.n-base-select-option', { hasText: 'web' }).click()
    await expect(section.getByTestId('classic-style-inherited')).toContainText('プールの既定')
    await expect(section.getByTestId('classic-style-current-css')).toContainText('max-width: 60%')
    await section.getByTestId('classic-style-edit').click()
    await expect(page.getByTestId('classic-style-logo-lost')).toBeHidden()
    await snap(page, 'classic-style-ja')
  } finally {
    classic.stop()
  }
})
