import { enUS, jaJP, type NLocale } from 'naive-ui'
import type { Language } from '@shared/contract/settings'

/**
 * Naive UI's texts for a language, without its generic placeholders ("Please Input", "Please
 * Select"): a field is explained by its label, or by a placeholder of its own in our messages.
 */
function withoutGenericPlaceholders(locale: NLocale): NLocale {
  return {
    ...locale,
    Input: { ...locale.Input, placeholder: '' },
    InputNumber: { ...locale.InputNumber, placeholder: '' },
    Select: { ...locale.Select, placeholder: '' },
    Cascader: { ...locale.Cascader, placeholder: '' }
  }
}

const locales: Record<Language, NLocale> = {
  en: withoutGenericPlaceholders(enUS),
  ja: withoutGenericPlaceholders(jaJP)
}

export function naiveLocale(language: Language): NLocale {
  return locales[language]
}
