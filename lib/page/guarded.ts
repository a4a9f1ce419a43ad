/** Runs a page callback, logging instead of throwing: an error of ours must never reach the page. */
export function guarded<A extends unknown[]>(run: (...args: A) => unknown) {
  return (...args: A): void => {
    try {
      const result = run(...args);
      if (result instanceof Promise) result.catch((error: unknown) => console.warn('[ModelPeek]', error));
    } catch (error) {
      console.warn('[ModelPeek]', error);
    }
  };
}
