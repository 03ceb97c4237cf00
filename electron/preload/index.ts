import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './createBridge.ts';

// The only thing the page gets: no ipcRenderer, no event emitter, no Node.
contextBridge.exposeInMainWorld(
  'toasoan',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
