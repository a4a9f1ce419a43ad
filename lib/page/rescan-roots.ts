import type { Slice } from './slices';

/** What a change record tells, as a MutationObserver gives it (tests write them by hand). */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

/** Added children from which their parent is scanned whole, if they are most of its children. */
const MANY_ADDED = 64;

/** Never pauses: for callers that need no slices. */
const UNPACED: Pick<Slice, 'due' | 'next'> = { due: () => false, next: async () => true };

export interface Rescan {
  /** The subtrees to scan again, none inside another, in the order first met. */
  roots: Node[];
  /** Whether any node was removed (its hits, and those of its subtree, are to be dropped). */
  removed: boolean;
}

/**
 * Which parts of the page to scan again after a batch of changes: the text nodes whose text
 * changed, the nodes added, and the elements whose editability changed; each subtree once, from
 * its top. A node most of whose children were added (a page part put in place, at once or one
 * by one) is scanned whole, as one root, rather than each child as its own (each would cost a
 * walker and bookkeeping). Reads the records and the nodes' parents only. A batch can be
 * hundreds of thousands of records, so reading it keeps to `pace`'s slices; undefined when
 * called off.
 */
export async function rootsToRescan(
  records: readonly ChangeRecord[],
  pace: Pick<Slice, 'due' | 'next'> = UNPACED,
): Promise<Rescan | undefined> {
  const changed = new Set<Node>();
  const addedTo = new Map<Node, number>();
  for (const record of records) {
    const count = record.addedNodes.length;
    if (count > 0) addedTo.set(record.target, (addedTo.get(record.target) ?? 0) + count);
    if (pace.due() && !(await pace.next())) return undefined;
  }
  for (const [target, count] of addedTo) {
    if (count >= MANY_ADDED && target.childNodes.length <= count * 2) changed.add(target);
    if (pace.due() && !(await pace.next())) return undefined;
  }
  let removed = false;
  for (const record of records) {
    if (record.type === 'characterData' && record.target.nodeType === 3) changed.add(record.target);
    // An element made editable, or no longer: its content is scanned again, or dropped.
    if (record.type === 'attributes') changed.add(record.target);
    removed ||= record.removedNodes.length > 0;
    const added = record.addedNodes;
    if (changed.has(record.target)) continue;
    for (let i = 0; i < added.length; i++) {
      changed.add(added[i] as Node);
      if (pace.due() && !(await pace.next())) return undefined;
    }
  }
  // A subtree added and then changed is scanned once, from its top; siblings share a verdict.
  // A loop, not recursion: a page can nest elements deeper than the stack goes.
  const covered = new Map<Node, boolean>();
  const isCovered = (parent: Node | null): boolean => {
    const path: Node[] = [];
    let verdict = false;
    for (let node = parent; node; node = node.parentNode) {
      const known = covered.get(node);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(node);
      if (changed.has(node)) {
        verdict = true;
        break;
      }
    }
    for (const node of path) covered.set(node, verdict);
    return verdict;
  };
  const roots: Node[] = [];
  for (const node of changed) {
    if (!isCovered(node.parentNode)) roots.push(node);
    if (pace.due() && !(await pace.next())) return undefined;
  }
  return { roots, removed };
}
