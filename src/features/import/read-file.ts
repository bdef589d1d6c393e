import { type ImportFile, maxImportBytes } from '../../core';

/**
 * The bytes of a file the user picked or dropped, for the core's checks. A file over the size limit is not read
 * at all (its size alone is refused), so a huge file never blocks the page.
 */
export async function readImportFile(file: File): Promise<ImportFile> {
  if (file.size > maxImportBytes) return { name: file.name, size: file.size, bytes: new Uint8Array() };
  const buffer = await file.arrayBuffer();
  return { name: file.name, size: file.size, bytes: new Uint8Array(buffer) };
}
