import type { BrowserWindow, IpcMain } from 'electron'
import type { EventSink } from '../events'
import type { Router } from './router'

/** Binds each contract channel to Electron's ipcMain; nothing else is ever handled. */
export function bindIpcMain(ipcMain: IpcMain, router: Router): () => void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, {
        url: event.senderFrame?.url ?? '',
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame
      })
    )
  }
  return () => router.channels.forEach((channel) => ipcMain.removeHandler(channel))
}

/** Sends events to the window's renderer, if it is still there. */
export function windowEventSink(getWindow: () => BrowserWindow | null): EventSink {
  return {
    emit(event, payload) {
      const win = getWindow()
      if (win && !win.isDestroyed()) win.webContents.send(event, payload)
    }
  }
}
