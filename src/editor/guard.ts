// Providers VS Code calls (hovers, code actions, trees, symbols) must never surface an error to
// the editor: a failure is logged as one line in the Copydesk output and the call returns nothing.

/** An error as one short line: what the output channel and messages show, never a stack. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 300);
}

export type LogError = (message: string) => void;

// Set once on activation to the output channel; before that, errors go to the console.
let logError: LogError = (m) => console.error(m);

export function setGuardLog(log: LogError): void {
  logError = log;
}

/** Wraps every method of a provider so a throw or rejection is logged and answered with undefined. */
export function guarded<T extends object>(name: string, provider: T): T {
  return new Proxy(provider, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'constructor') return value;
      return (...args: unknown[]) => {
        const fail = (err: unknown): undefined => {
          logError(`${name}.${String(key)}: ${oneLine(err)}`);
          return undefined;
        };
        try {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result instanceof Promise ? result.catch(fail) : result;
        } catch (err) {
          return fail(err);
        }
      };
    },
  });
}
