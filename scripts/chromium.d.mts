import type { Browser } from 'playwright-core';

export function findChromium(): Promise<{ executablePath: string; args: string[]; source: 'CHROMIUM_PATH' | 'system' | 'bundled' }>;
export function launchChromium(): Promise<Browser>;
