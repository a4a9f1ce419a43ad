/** Resolves once the document is visible: nothing is done for a tab the user has not looked at. */
export function whenVisible(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (doc.visibilityState === 'hidden') return;
      doc.removeEventListener('visibilitychange', check);
      resolve();
    };
    doc.addEventListener('visibilitychange', check, { signal });
  });
}
