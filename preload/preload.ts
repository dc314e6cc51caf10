/**
 * The preload runs in the sandboxed renderer before the page. It exposes exactly one object,
 * `window.carebinder`, and nothing else: no ipcRenderer, no Node, no other globals.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createCareBinderApi } from './carebinder-api.ts';
import { API_GLOBAL_NAME } from './ipc-channels.ts';

contextBridge.exposeInMainWorld(
  API_GLOBAL_NAME,
  createCareBinderApi(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
