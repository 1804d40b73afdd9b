import { query } from './define'
import { empty } from '../schemas'

export interface AppInfo {
  name: string
  version: string
  platform: string
  versions: Record<string, string>
}

export const appContract = {
  info: query(empty).returns<AppInfo>()
}
