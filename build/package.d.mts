/** Types for package.mjs, for the tests. */
export const SOURCE_FILES: readonly string[];
export const SOURCE_DIRS: readonly string[];
export function sourceEntries(root: string): { name: string; data: Buffer }[];
export function extensionEntries(extensionDir: string): { name: string; data: Buffer }[];
export function packageAll(options: { root: string; outDir?: string }): { file: string; bytes: number; sha256: string }[];
export const DESTINATIONS: Readonly<Record<string, string>>;
export function destinationOf(file: string): string | undefined;
