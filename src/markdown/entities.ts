// Character references (&amp; &#8220; &#x201D;) decoded as micromark decodes them.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** The character a whole reference ("&rsquo;") stands for, or '' when it is not one. */
export function decodeReference(ref: string): string {
  const body = ref.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return decodeNumericCharacterReference(body.slice(2), 16);
  if (body.startsWith('#')) return decodeNumericCharacterReference(body.slice(1), 10);
  return decodeNamedCharacterReference(body) || '';
}
