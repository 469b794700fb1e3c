import type { MetadataRoute } from 'next';
import { getTranslator } from '@/i18n/get-messages';

/**
 * The web app manifest, so the app can be added to a phone's home screen. One file serves both
 * languages: the name carries both (识骗 ScamSense), the short name under the icon is the one both
 * read, and the start address lets the server pick the visitor's language.
 */
export default function manifest(): MetadataRoute.Manifest {
  const zh = getTranslator('zh-CN');
  const en = getTranslator('en');
  return {
    id: '/',
    name: zh('app.name'),
    short_name: en('app.name'),
    description: `${zh('app.tagline')} ${en('app.tagline')}`,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f5f7fa',
    theme_color: '#0f766e',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
}
