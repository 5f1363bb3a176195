/**
 * Writing files the safe way for `generate` and `format`: a temporary file beside the target, then
 * a rename, so an interrupted run never leaves a half-written file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes `inhoud` (UTF-8) to `doel` atomically. The folder must exist.
 * @throws the file system's error when the folder is not writable
 */
export async function schrijfAtomisch(doel: string, inhoud: string): Promise<void> {
    const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${process.pid}.tmp`);
    await fs.promises.writeFile(tijdelijk, inhoud, 'utf8');
    await fs.promises.rename(tijdelijk, doel);
}
