/**
 * The one CSV writer of the app (user exports in both layouts, job reports, the audit export).
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by spreadsheets as a
 * formula, so it is prefixed with `'` and quoted (OWASP "CSV injection"). A cell that is only a number
 * (`+819012345678`, `-3`, `1.5`) is left as it is: a spreadsheet reads it as that number and nothing
 * else, and E.164 phone numbers must stay exactly as Cognito stores them.
 *
 * The import layout goes through the same rule. Phone numbers, booleans, dates and epoch seconds (the
 * columns Cognito's import job checks) never need the prefix, so the file stays loadable; a free-text
 * value that starts like a formula (a name `=1+1`, a nickname `@handle`) is written `'=1+1`, and the
 * console's own CSV import reads that prefix back off (see `unescapeFormula`), so an export imported
 * by the console round-trips exactly. A file a person hands to Cognito's import job themselves keeps
 * the `'` in such a value (protecting whoever opens it in a spreadsheet comes first); the console's own
 * upload to an import job reads the prefix back off first.
 */

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

/** Undoes `escapeFormula` on a cell read back from a file this app wrote. */
export function unescapeFormula(value: string): string {
  return value.length > 1 &&
    value.startsWith("'") &&
    FORMULA_START.test(value.slice(1)) &&
    !PLAIN_NUMBER.test(value.slice(1))
    ? value.slice(1)
    : value
}

function cell(value: string, formulas: 'escape' | 'keep'): string {
  const safe = formulas === 'escape' ? escapeFormula(value) : value
  return safe !== value || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * A header line and one line per row, CRLF-separated as RFC 4180 says. `formulas: 'keep'` only for a
 * file no person opens: the upload main sends straight to a Cognito import job.
 */
export function toCsv(
  columns: readonly string[],
  rows: Iterable<readonly (string | number)[]>,
  options: { formulas: 'escape' | 'keep' } = { formulas: 'escape' }
): string {
  const write = (v: string | number) => cell(String(v), options.formulas)
  const lines = [columns.map(write).join(',')]
  for (const row of rows) lines.push(row.map(write).join(','))
  return lines.join('\r\n')
}
