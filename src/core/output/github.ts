// GitHub Actions workflow commands: one ::error/::warning/::notice line per finding, which the
// runner turns into annotations on the pull request's diff.
import type { CheckedFinding } from '../check';
import { FINDING_DOCS } from '../findingDocs';
import type { SeverityName } from '../findings';

const COMMAND: Record<SeverityName, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A message: %, CR and LF are escaped so one finding stays one command. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also ':' and ',' which would end it. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithub(file: string, f: CheckedFinding): string {
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`${FINDING_DOCS[f.code].title} (${f.code})`)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}
