/**
 * A value built on its first use instead of when its module is evaluated. The progress schemas
 * are a few hundred zod objects that every page's first load would otherwise build before it can
 * start (most of the entry's evaluation time), while a first visit, with nothing stored, never
 * parses anything. The value stands in for the built one in every way (properties, methods,
 * `instanceof`), so callers and the schemas built from it see no difference.
 */
export function deferred<T extends object>(build: () => T): T {
  let built: T | undefined;
  const value = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(value(), key),
    set: (_, key, next) => Reflect.set(value(), key, next),
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(value(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(value(), key),
    // Reported as configurable: the stand-in itself holds no property, and a proxy may not claim a fixed one it lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
