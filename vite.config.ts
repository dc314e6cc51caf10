import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// (Electron) or the loopback server (browser door): relative asset URLs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The bundle is read from the local disk (app:// or the loopback door), never downloaded.
    chunkSizeWarningLimit: 1000,
  },
});
