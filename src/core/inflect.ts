// English verb forms from a base form: -s, -ed, -ing, with the spelling rules newsroom verbs need
// (quip → quipped, admit → admitted, refer → referred, panic → panicked, deny → denied, argue →
// argued) and the irregular reporting verbs (say → said, tell → told, write → wrote).

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'],
  find: ['found', 'finds', 'finding'],
  know: ['knew', 'known', 'knows', 'knowing'],
  understand: ['understood', 'understands', 'understanding'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  read: ['reads', 'reading'],
  show: ['shows', 'showed', 'shown', 'showing'],
  forecast: ['forecasts', 'forecasting', 'forecasted'],
  hit: ['hits', 'hitting'],
  go: ['went', 'gone', 'goes', 'going'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  hear: ['heard', 'hears', 'hearing'],
  teach: ['taught', 'teaches', 'teaching'],
  foresee: ['foresaw', 'foreseen', 'foresees', 'foreseeing'],
};

/** Two-syllable verbs stressed on the last syllable double their final consonant too. */
const DOUBLES_FINAL = new Set(['admit', 'commit', 'omit', 'permit', 'submit', 'transmit', 'refer', 'prefer', 'confer', 'defer', 'infer', 'occur', 'concur', 'regret', 'rebut', 'compel', 'expel', 'propel', 'control', 'patrol', 'equip', 'forget', 'begin', 'acquit', 'abet', 'deter', 'incur', 'recur', 'upset']);

const VOWEL = /[aeiou]/;

/** One-syllable consonant-vowel-consonant verbs double the consonant: quip, stop, plan (not w, x, y). */
function doublesFinal(b: string): boolean {
  if (DOUBLES_FINAL.has(b)) return true;
  // "qu" is a consonant sound: quip → quipped, quit → quitting.
  const core = b.replace(/^qu/, 'q');
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(core);
}

/** Every form of a verb: base, third person, past (and participle), present participle. */
export function inflect(base: string): string[] {
  const b = base.toLowerCase().trim();
  if (!b) return [];
  if (IRREGULAR[b]) return [b, ...IRREGULAR[b]];
  const out = [b];
  if (/(s|sh|ch|x|z)$/.test(b)) out.push(b + 'es');
  else if (/[^aeiou]y$/.test(b)) out.push(b.slice(0, -1) + 'ies');
  else out.push(b + 's');
  if (/ee$/.test(b)) out.push(b + 'd', b + 'ing'); // agree → agreed, agreeing
  else if (/ie$/.test(b)) out.push(b + 'd', b.slice(0, -2) + 'ying'); // lie → lied, lying
  else if (b.endsWith('e')) out.push(b + 'd', b.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(b)) out.push(b.slice(0, -1) + 'ied', b + 'ing');
  else if (/[^aeiou]ic$/.test(b) && b.length > 3) out.push(b + 'ked', b + 'king'); // panic → panicked
  else if (doublesFinal(b) && VOWEL.test(b)) {
    const last = b[b.length - 1];
    out.push(b + last + 'ed', b + last + 'ing');
  } else out.push(b + 'ed', b + 'ing');
  return out;
}
