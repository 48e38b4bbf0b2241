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
  const model: Record<string, unknown> = {
    ...theModel,
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
      if (grew) Object.assign(cache, makeCache(core, theModel.featureFn));
    },
    lexemes() {
      return core ? (core.features.lexeme as Feature).list.length : 0;
    },
  };
}
