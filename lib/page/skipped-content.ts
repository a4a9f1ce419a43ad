import { isInSkippedContent, isSkippedElement } from './scan';

/** Whether a root to scan is off limits; `forget()` drops the verdict kept on the last parent. */
export interface SkippedContentCheck {
  (root: Node): boolean;
  forget(): void;
}

/**
 * Whether a root to scan is off limits (a field, an editable region, the extension's host, a
 * document in design mode). Roots added together mostly share a parent (a page part appended as
 * thousands of paragraphs), so the verdict on the last parent is kept until `forget()`: the
 * caller forgets it when the page has had its turn and may have changed it.
 */
export function createSkippedContentCheck(ownHost?: Element): SkippedContentCheck {
  let lastParent: Node | null = null;
  let parentSkipped = false;
  const check = (root: Node): boolean => {
    if (root.nodeType === 1 && isSkippedElement(root as Element, ownHost)) return true;
    // A document in design mode is one big editor.
    if ((root.ownerDocument ?? (root as Document)).designMode === 'on') return true;
    if (root.nodeType === 9) return false;
    const parent = root.parentNode;
    if (parent === null || parent !== lastParent) {
      lastParent = parent;
      parentSkipped = isInSkippedContent(root, ownHost);
    }
    return parentSkipped;
  };
  check.forget = () => {
    lastParent = null;
  };
  return check;
}
