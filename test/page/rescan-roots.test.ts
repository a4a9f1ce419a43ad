// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type ChangeRecord, rootsToRescan } from '../../lib/page/rescan-roots';

/** A record as a browser makes it, written by hand: the tests say exactly what was reported. */
function record(type: MutationRecordType, target: Node, added: Node[] = [], removed: Node[] = []): ChangeRecord {
  return { type, target, addedNodes: added as unknown as NodeList, removedNodes: removed as unknown as NodeList };
}

function list(count: number, parent = document.body): HTMLElement[] {
  const items = Array.from({ length: count }, (_, i) =>
    Object.assign(document.createElement('li'), { textContent: `${i}` }),
  );
  parent.append(...items);
  return items;
}

describe('rootsToRescan', () => {
  it('rescans a changed text node, an added node and an element made editable', async () => {
    document.body.innerHTML = '<p id="a">GPT-4o</p><div id="b"></div><p id="c">o3</p>';
    const text = document.getElementById('a')?.firstChild as Text;
    const b = document.getElementById('b') as HTMLElement;
    const added = b.appendChild(document.createElement('span'));
    const editable = document.getElementById('c') as HTMLElement;
    expect(
      await rootsToRescan([
        record('characterData', text),
        record('childList', b, [added]),
        record('attributes', editable),
      ]),
    ).toEqual({ roots: [text, added, editable], removed: false });
  });

  it('takes a changed text node in with its element when that is scanned again', async () => {
    document.body.innerHTML = '<p id="a">GPT-4o</p>';
    const p = document.getElementById('a') as HTMLElement;
    const rescan = await rootsToRescan([record('characterData', p.firstChild as Text), record('attributes', p)]);
    expect(rescan?.roots).toEqual([p]);
  });

  it('scans a subtree once, from its top, when nodes were added inside a node added in the same batch', async () => {
    document.body.innerHTML = '';
    const section = document.body.appendChild(document.createElement('section'));
    const inner = section.appendChild(document.createElement('p'));
    const text = inner.appendChild(document.createTextNode('GPT-4o'));
    const rescan = await rootsToRescan([
      record('childList', document.body, [section]),
      record('childList', inner, [text]),
      record('characterData', text),
    ]);
    expect(rescan?.roots).toEqual([section]);
  });

  it('scans a parent whole when most of its children were added, in one record or one by one', async () => {
    document.body.innerHTML = '<ul id="feed"></ul>';
    const feed = document.getElementById('feed') as HTMLElement;
    const old = list(10, feed);
    const many = list(64, feed);
    expect((await rootsToRescan([record('childList', feed, many)]))?.roots).toEqual([feed]);
    const oneByOne = many.map((item) => record('childList', feed, [item]));
    expect((await rootsToRescan(oneByOne))?.roots).toEqual([feed]);
    // A few added to a long list: each on its own.
    const few = list(3, feed);
    expect((await rootsToRescan([record('childList', feed, few)]))?.roots).toEqual(few);
    // Many, but not most of the children: each on its own.
    const more = list(64, feed);
    feed.prepend(...list(100));
    expect((await rootsToRescan([record('childList', feed, more)]))?.roots).toEqual(more);
    expect(old).toHaveLength(10);
  });

  it('says when anything was removed', async () => {
    document.body.innerHTML = '<p id="a">GPT-4o</p>';
    const p = document.getElementById('a') as HTMLElement;
    p.remove();
    expect(await rootsToRescan([record('childList', document.body, [], [p])])).toEqual({ roots: [], removed: true });
  });

  it('reads nesting deeper than the call stack goes', async () => {
    // Out of the document: the test DOM itself recurses over connected trees.
    const top = document.createElement('div');
    let deepest = top;
    for (let depth = 0; depth < 20_000; depth++) deepest = deepest.appendChild(document.createElement('div'));
    const text = deepest.appendChild(document.createTextNode('o3'));
    const rescan = await rootsToRescan([record('childList', document.body, [top]), record('characterData', text)]);
    expect(rescan?.roots).toEqual([top]);
  });

  it('reads a large batch in slices, and stops when the work is called off', async () => {
    document.body.innerHTML = '<ul id="feed"></ul>';
    const feed = document.getElementById('feed') as HTMLElement;
    const records = list(5_000, feed).map((item) => record('childList', feed, [item]));
    let steps = 0;
    let turns = 0;
    const pace = {
      due: () => ++steps % 100 === 0,
      next: async () => ++turns < 3,
    };
    expect(await rootsToRescan(records, pace)).toBeUndefined();
    expect(turns).toBe(3);
  });
});
