import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: built into dist/web and served by the llmprep server (same origin, offline, no CDN).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:4310' } },
});
