export function trustedProxyHops(value: string | undefined): number;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
