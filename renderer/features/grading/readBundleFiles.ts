import type { BundleFile } from '../../state/grading-slice';

/** Reads picked files as text; a file the browser cannot read becomes a refusal naming it, not a thrown error. */
export async function readBundleFiles(files: readonly File[]): Promise<{ read: BundleFile[]; unreadable: string[] }> {
  const read: BundleFile[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, json: await file.text() });
    } catch (error) {
      unreadable.push(`${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { read, unreadable };
}
