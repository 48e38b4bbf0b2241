// How the editor reads a .copydesk.json: node's fs, synchronously, local files only (a virtual
// workspace simply has no desk rules). The web build uses deskFiles.web.ts instead.
import * as fs from 'fs';

/** Largest config file read (as in the CLI). */
const MAX_CONFIG_BYTES = 1_048_576;

export function readLocal(p: string): string | undefined {
  try {
    const st = fs.statSync(p);
    return st.isFile() && st.size <= MAX_CONFIG_BYTES ? fs.readFileSync(p, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
