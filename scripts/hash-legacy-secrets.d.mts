export function hashLegacySecrets(file: string, now?: Date): { attempts: number; links: number };
