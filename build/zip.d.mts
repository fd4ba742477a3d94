/** Types for zip.mjs, for the tests. */
export function zipFiles(files: readonly { name: string; data: Buffer }[]): Buffer;
