import type en from '../en/settings'

const ja: typeof en = {
  title: '設定',
  appearance: '外観',
  about: 'このアプリについて'
}

export default ja
