// How the editor reads a .copydesk.json: node's fs, synchronously, local files only (a virtual
// workspace simply has no desk rules). The web build uses deskFiles.web.ts instead.
import * as fs from 'fs';
import { MAX_CONFIG_BYTES, type Oversized } from '../core/deskConfig';

/** A config file's text; Oversized past the limit (as in the CLI), so the file shows why it is ignored. */
export function readLocal(p: string): string | Oversized | undefined {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return undefined;
    return st.size > MAX_CONFIG_BYTES ? { oversized: st.size } : fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}
