/**
 * Marks a promise the way React's `use` reads it (`status`, `value`, `reason`), so a
 * chunk loaded ahead of time (before hydrating a prerendered page) renders at once
 * instead of suspending, and the server's HTML is kept as it is.
 */
export function track<T>(promise: Promise<T>): Promise<T> {
  const fields = promise as unknown as { status: string; value?: T; reason?: unknown };
  fields.status = 'pending';
  promise.then(
    (value) => {
      fields.status = 'fulfilled';
      fields.value = value;
    },
    (reason: unknown) => {
      fields.status = 'rejected';
      fields.reason = reason;
    },
  );
  return promise;
}
