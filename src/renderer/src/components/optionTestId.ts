import type { SelectGroupOption, SelectOption } from 'naive-ui'

/** Each option of a select gets `data-testid="option-<value>"`, so a test picks it by what it is. */
export function optionTestId(option: SelectOption | SelectGroupOption): Record<string, string> {
  return { 'data-testid': `option-${String('value' in option ? option.value : option.key)}` }
}
