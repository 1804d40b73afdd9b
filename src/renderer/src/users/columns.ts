import type { useI18n } from 'vue-i18n'

type Translate = ReturnType<typeof useI18n>['t']

/** Columns with a translated heading; any other attribute is headed by its own name. */
const LABELLED = [
  'username',
  'status',
  'enabled',
  'created',
  'modified',
  'email',
  'phone_number',
  'sub',
  'name',
  'given_name',
  'family_name',
  'groups',
  'lastSeen'
] as const

const WIDTHS: Record<string, number> = {
  username: 220,
  status: 190,
  enabled: 90,
  email: 250,
  phone_number: 160,
  created: 215,
  modified: 215,
  sub: 290,
  groups: 220,
  lastSeen: 215
}

export function columnLabel(column: string, t: Translate): string {
  return (LABELLED as readonly string[]).includes(column)
    ? t(`users.columns.${column as (typeof LABELLED)[number]}`)
    : column
}

export function columnWidth(column: string): number {
  return WIDTHS[column] ?? 180
}
