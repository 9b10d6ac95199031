import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Excalidraw fetches its fonts at run time, from a CDN unless told otherwise. The app is offline, so the fonts are
 * copied into the build and served by our own server at /excalidraw-assets/fonts (see the whiteboard page).
 */
function excalidrawFonts(): Plugin {
  const from = fileURLToPath(new URL('./node_modules/@excalidraw/excalidraw/dist/prod/fonts', import.meta.url));
  return {
    name: 'llmprep-excalidraw-fonts',
    apply: 'build',
    writeBundle(options) {
      cpSync(from, `${options.dir ?? 'dist/web'}/excalidraw-assets/fonts`, { recursive: true });
    },
  };
}

// The web app: built into dist/web and served by the llmprep server (same origin, offline, no CDN).
export default defineConfig({
  plugins: [react(), excalidrawFonts()],
  build: { outDir: 'dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:4310' } },
});
