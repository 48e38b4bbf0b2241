// VS Code for the Web has no synchronous file access: a .copydesk.json is not read there, and the
// editor's own settings apply (README, "VS Code for the Web"). Same signature as deskFiles.ts.
import type { Oversized } from '../core/deskConfig';

export function readLocal(_p: string): string | Oversized | undefined {
  return undefined;
}
