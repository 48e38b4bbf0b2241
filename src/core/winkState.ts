// wink-nlp learns every word it has not seen: each out-of-vocabulary word, and its new shape,
// prefix and suffix values, are appended to the model's feature tables and to the cache's
// "extrinsic lexicon" for the life of the instance. Two things follow, both bugs for us:
// - memory grows with every distinct word ever analysed (a long editing session, a CLI run
//   over a large folder);
// - results depend on history: new feature values get ever larger indices, packed into
//   fixed-width bit fields, so after enough unseen words a later document's tags and sentence
//   boundaries change (the CRLF robustness test failed one run in five this way, after the
//   random inputs of the property tests).
// So after every document the instance is put back exactly as it was when loaded: the feature
// tables are cut back to their loaded size and the cache gets a fresh, empty extrinsic
// lexicon. Creating a whole new instance would do the same but costs ~80 ms; this costs time
// proportional to the number of new words in the document.
//
// This reads two wink-nlp internals, pinned with the exact wink-nlp version in package.json and
// checked by test/unit/determinism.test.ts: the core model object that `theModel.core()`
// returns (its `features.*.{hash,list,index}`), and the cache object every document carries
// (`rdd.cache`), which `its.readabilityStats` hands to the model's addons.

interface Feature {
  hash: Record<string, number>;
  list: string[];
  index: number;
}
interface CoreModel {
  features: Record<string, Partial<Feature>>;
}
type CacheMethods = Record<string, unknown>;
type CacheFactory = (model: CoreModel, featureFn: unknown) => CacheMethods;
type FeatureFns = Record<string, unknown>;
type FeatureFactory = (config: unknown) => FeatureFns;

export interface WinkState {
  /** The model wrapper to hand to winkNLP() instead of the model itself. */
  model: Record<string, unknown>;
  /** Call with any document of the instance once, after the instance is made. */
  capture(doc: { out(f: unknown): unknown }, readabilityStats: unknown): void;
  /** Puts the instance back as it was loaded. Cheap when the document had no new words. */
  reset(): void;
  /** Lexemes the instance knows now (loaded size after reset). */
  lexemes(): number;
}

export function winkState(theModel: Record<string, unknown>, makeCache: CacheFactory): WinkState {
  let core: CoreModel | null = null;
  let cache: CacheMethods | null = null;
  const loaded = new Map<string, number>();
  const addons = (theModel.addons ?? {}) as Record<string, unknown>;
  const featureFn = rememberFeatures(theModel.featureFn as FeatureFactory);
  const model: Record<string, unknown> = {
    ...theModel,
    featureFn,
    core: () => {
      core = (theModel.core as () => CoreModel)();
      for (const [name, f] of Object.entries(core.features)) if (Array.isArray(f.list) && typeof f.index === 'number') loaded.set(name, f.list.length);
      return core;
    },
    // wink calls addons.readabilityStats(rdd, its) for doc.out(its.readabilityStats): the one
    // public path to the document data, and so to the cache the instance uses.
    addons: { ...addons, readabilityStats: (rdd: { cache: CacheMethods }) => rdd.cache },
  };
  return {
    model,
    capture(doc, readabilityStats) {
      cache = doc.out(readabilityStats) as CacheMethods;
    },
    reset() {
      if (!core || !cache) return;
      let grew = false;
      for (const [name, size] of loaded) {
        const f = core.features[name] as Feature;
        if (f.list.length === size) continue;
        grew = true;
        for (let i = size; i < f.list.length; i++) delete f.hash[f.list[i]];
        f.list.length = size;
        f.index = size;
      }
      // Every method of the cache closes over its extrinsic lexicon: swap them all for a new
      // cache's. wink's tokenizer, automata and documents call them through this same object.
      if (grew) Object.assign(cache, makeCache(core, featureFn));
    },
    lexemes() {
      return core ? (core.features.lexeme as Feature).list.length : 0;
    },
  };
}

/**
 * The features wink computes for each word it learns (cache.js add(): prefix, suffix, case,
 * shape, abbreviation, likely tag). Since reset() forgets every new word, wink learns a
 * document's new words again each time, and computing these (shape is six regex replaces) was
 * about a third of that cost. Each is a function of the word and its token category alone (the
 * likely tag reads only the model's own lexicon), so their values are kept across documents;
 * the feature *indices* wink packs them into are still assigned afresh for every document.
 */
const PURE_FEATURES = ['prefix', 'suffix', 'lutCase', 'shape', 'isAbbrev', 'pos'];
/** Words whose features are kept; then the memo starts again, so memory stays bounded. */
const MAX_REMEMBERED = 50_000;

function rememberFeatures(featureFn: FeatureFactory): FeatureFactory {
  /** word -> its category and one value per PURE_FEATURES entry. */
  let memo = new Map<string, Remembered>();
  // add() asks for all six features of one word in a row: the last entry saves five lookups.
  let last: Remembered = { word: '', category: -1, values: [] };
  const entryFor = (word: string, category: unknown): Remembered => {
    if (last.word === word && last.category === category) return last;
    let entry = memo.get(word);
    if (entry === undefined || entry.category !== category) {
      if (memo.size >= MAX_REMEMBERED) memo = new Map();
      entry = { word, category, values: [] };
      memo.set(word, entry);
    }
    return (last = entry);
  };
  // Every reset() makes a new cache, which asks for the features again: the functions hold no
  // state, so the wrapped set is made once per config (wink passes its model's one config).
  let made: FeatureFns | undefined;
  let madeFor: unknown;
  return (config) => {
    if (made && madeFor === config) return made;
    const fns = featureFn(config);
    memo = new Map();
    last = { word: '', category: -1, values: [] };
    const out: FeatureFns = { ...fns };
    PURE_FEATURES.forEach((name, k) => {
      const fn = fns[name];
      if (typeof fn !== 'function') return;
      out[name] = (word: string, category: unknown, cache: unknown): unknown => {
        const values = entryFor(word, category).values;
        // Computed on first use; a value may be undefined, so the slot is tested, not the value.
        if (!(k in values)) values[k] = (fn as (w: string, c: unknown, cache: unknown) => unknown)(word, category, cache);
        return values[k];
      };
    });
    made = out;
    madeFor = config;
    return out;
  };
}

interface Remembered {
  word: string;
  category: unknown;
  values: unknown[];
}
