import { i18n } from './i18n'

const locale = () => (i18n.global.locale.value === 'ja' ? 'ja-JP' : 'en-US')

/** A date and time in the person's locale and time zone; empty for missing values. */
export function formatDateTime(value: string | number | Date | undefined | null): string {
  if (value === undefined || value === null || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return dateTimeFormat(locale()).format(date)
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** Building a formatter costs far more than using one, and long tables format thousands of dates. */
function dateTimeFormat(tag: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium' })
    dateTimeFormats.set(tag, format)
  }
  return format
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1]
]

/** "in 5 minutes", "3 hours ago", in the person's language. */
export function formatRelative(value: string | number | Date, now: number = Date.now()): string {
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime()
  const seconds = Math.round((time - now) / 1000)
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1]
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(Math.round(seconds / size), unit)
}

const numberFormats = new Map<string, Intl.NumberFormat>()

export function formatNumber(value: number): string {
  const tag = locale()
  let format = numberFormats.get(tag)
  if (!format) {
    format = new Intl.NumberFormat(tag)
    numberFormats.set(tag, format)
  }
  return format.format(value)
}

const shareFormats = new Map<string, Intl.NumberFormat>()

/** A part of a whole as a percentage ("12.5%", "12.5%" in ja too), one decimal at most. */
export function formatShare(part: number, whole: number): string {
  const tag = locale()
  let format = shareFormats.get(tag)
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
    shareFormats.set(tag, format)
  }
  return format.format(whole ? part / whole : 0)
}

/** A calendar day (YYYY-MM-DD, UTC) or its month in the person's language, without a time. */
export function formatDay(day: string, unit: 'day' | 'month' = 'day'): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(locale(), {
    timeZone: 'UTC',
    ...(unit === 'month' ? { year: 'numeric', month: 'short' } : { dateStyle: 'medium' })
  }).format(date)
}
