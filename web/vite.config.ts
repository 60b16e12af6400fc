import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Paths the gateway answers itself; the service worker never serves the app for them. */
const GATEWAY_PATHS = [/^\/graphql/, /^\/graphiql/, /^\/exports\//, /^\/(ping|health|metrics)$/];

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Kasir POS',
        short_name: 'Kasir',
        description: 'Till for small shops',
        lang: 'id',
        start_url: '/',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#0f766e',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
      },
      workbox: {
        // The app shell is precached, so a till whose tab is closed while offline opens again.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: GATEWAY_PATHS,
        // API traffic is never cached by the worker: the app keeps its own offline data in IndexedDB.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true }, '/exports': 'http://127.0.0.1:4000' },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
