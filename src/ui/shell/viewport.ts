import type { Viewport } from 'next';

/**
 * Every page's viewport: phone width, form controls and scroll bars in the visitor's colour scheme,
 * and a browser bar in the brand colour (light) or the header's colour (dark).
 */
export const SITE_VIEWPORT: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0f766e' },
    { media: '(prefers-color-scheme: dark)', color: '#161d26' },
  ],
};
