// VS Code for the Web has no synchronous file access: a .copydesk.json is not read there, and the
// editor's own settings apply (the README says so). Same signature as deskFiles.ts.
export function readLocal(_p: string): string | undefined {
  return undefined;
}
