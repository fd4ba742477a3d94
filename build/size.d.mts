// Types for build/size.mjs, which the bench imports.
export interface SizeRow { browser: string; file: string; bytes: number; gzip: number; budget: number; ok: boolean }
export const SIZE_BUDGETS: Record<string, number>;
export const DEFAULT_BUDGET: number;
export function measureSizes(dist?: string): SizeRow[];
