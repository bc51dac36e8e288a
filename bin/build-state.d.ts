export const ROOT: string;
export const STAMP: string;
export function sourceSignature(root?: string): string;
export function buildIsFresh(root?: string): boolean;
