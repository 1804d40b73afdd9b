import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/api'
import { isEventName } from '@shared/events'

/**
 * `window.api`: one method per contract channel and typed events, nothing else. The Electron event
 * object never reaches the page, and only contract event names can be listened to.
 */
contextBridge.exposeInMainWorld(
  'api',
  buildApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    on: (event, listener) => {
      if (!isEventName(event)) throw new Error('Unknown event')
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, forward)
      return () => {
        ipcRenderer.removeListener(event, forward)
      }
    }
  })
)
