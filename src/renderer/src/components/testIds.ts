import type { SelectGroupOption, SelectOption } from 'naive-ui'
import type { HTMLAttributes } from 'vue'

/** Each option of a select gets `data-testid="option-<value>"`, so a test picks it by what it is. */
export function optionTestId(option: SelectOption | SelectGroupOption): Record<string, string> {
  return { 'data-testid': `option-${String('value' in option ? option.value : option.key)}` }
}

/** Attributes for a part a component library draws (a tab), where a template cannot write data-testid. */
export function testIdProps(id: string): HTMLAttributes {
  return { 'data-testid': id } as HTMLAttributes
}
