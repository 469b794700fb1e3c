export const root: string;
export const PROVIDERS: readonly ['sqlite', 'postgresql'];
export const modelPath: string;
export function schemaPath(provider: 'sqlite' | 'postgresql'): string;
export function migrationsPath(provider: 'sqlite' | 'postgresql'): string;
export function renderSchema(provider: 'sqlite' | 'postgresql', model?: string): string;
