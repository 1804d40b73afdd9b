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

type Formulas = { formulas: 'escape' | 'keep' }

function csvLine(values: readonly (string | number)[], options: Formulas): string {
  return values.map((v) => cell(String(v), options.formulas)).join(',')
}

/**
 * A header line and one line per row, CRLF-separated as RFC 4180 says. `formulas: 'keep'` only for a
 * file no person opens: the upload main sends straight to a Cognito import job.
 */
export function toCsv(
  columns: readonly string[],
  rows: Iterable<readonly (string | number)[]>,
  options: Formulas = { formulas: 'escape' }
): string {
  const lines = [csvLine(columns, options)]
  for (const row of rows) lines.push(csvLine(row, options))
  return lines.join('\r\n')
}

/** The same text as `toCsv`, a batch of rows at a time, so a file of any length is written in constant memory. */
export async function* csvChunks(
  columns: readonly string[],
  batches: AsyncIterable<Iterable<readonly (string | number)[]>>
): AsyncGenerator<string> {
  const options: Formulas = { formulas: 'escape' }
  yield csvLine(columns, options)
  for await (const batch of batches) {
    let chunk = ''
    for (const row of batch) chunk += `\r\n${csvLine(row, options)}`
    if (chunk) yield chunk
  }
}
