import type en from '../en'
import common from './common'
import connections from './connections'
import errors from './errors'
import pools from './pools'
import settings from './settings'

const ja: typeof en = { common, errors, connections, pools, settings }

export default ja
