// Set by the app's entry point, before any chunk can load Excalidraw: Excalidraw resolves its font URLs when its
// module initializes, from this path (fonts copied into the build by vite.config.ts) instead of its CDN default,
// so the whiteboard works offline.
declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string;
  }
}
window.EXCALIDRAW_ASSET_PATH = '/excalidraw-assets/';
export {};
