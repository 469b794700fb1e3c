export declare const DEFAULT_MAX_HEAP_MB: number;
export declare function serverNodeFlags(env: Record<string, string | undefined>): string[];
