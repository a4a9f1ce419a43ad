import { describe, expect, it } from 'vitest';
import { cardViewOnce } from '../../lib/page/card-controller';
import type { CardView } from '../../lib/page/card-data';

const view: CardView = { paint() {}, clear() {}, announcement: () => '' };

describe('cardViewOnce', () => {
  it('loads the view at the first card and keeps it for the next ones', async () => {
    let loads = 0;
    const load = cardViewOnce(async () => {
      loads += 1;
      return view;
    });
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(loads).toBe(1);
  });

  it('tries again at the next card after a load that failed', async () => {
    const answers = [Promise.reject(new Error('extension updated')), Promise.resolve(view)];
    const load = cardViewOnce(() => answers.shift() as Promise<CardView>);
    await expect(load()).rejects.toThrow('extension updated');
    expect(await load()).toBe(view);
    expect(answers).toEqual([]);
  });
});
