// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardActions } from '../../components/CardActions';
import { OnThisPage } from '../../components/OnThisPage';
import type { OnThisPage as OnThisPageState } from '../../lib/toolbar/on-this-page';

const root = () => document.body.appendChild(document.createElement('div'));
const buttons = (el: Element) => [...el.querySelectorAll('button')];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('CardActions', () => {
  it('compares with the target when there is one, else the model alone', () => {
    const onCompare = vi.fn();
    const el = root();
    render(
      <CardActions modelId="a/x" target={{ id: 'a/y', name: 'Y' }} onCompare={onCompare} onCopyId={vi.fn()} />,
      el,
    );
    expect(buttons(el).map((b) => b.textContent)).toEqual(['Compare', 'Copy id']);
    expect(buttons(el)[0]?.getAttribute('aria-label')).toBe('Compare with Y');
    buttons(el)[0]?.click();
    render(<CardActions modelId="a/x" onCompare={onCompare} />, el);
    expect(buttons(el).map((b) => b.textContent)).toEqual(['Compare']);
    buttons(el)[0]?.click();
    expect(onCompare.mock.calls).toEqual([[['a/x', 'a/y']], [['a/x']]]);
  });

  it('says "Copied" once the id is copied, and "Copy failed" when the clipboard throws', async () => {
    const el = root();
    render(<CardActions modelId="a/x" onCopyId={() => Promise.resolve()} />, el);
    buttons(el)[0]?.click();
    await settle();
    expect(buttons(el)[0]?.textContent).toBe('Copied');
    expect(el.querySelector('[role=status]')?.textContent).toBe('Copied a/x');

    const other = root();
    render(
      <CardActions
        modelId="a/x"
        onCopyId={() => {
          throw new TypeError('navigator.clipboard is undefined');
        }}
      />,
      other,
    );
    buttons(other)[0]?.click();
    await settle();
    expect(buttons(other)[0]?.textContent).toBe('Copy failed');
  });

  it('reads "Copy id" again two seconds after copying', async () => {
    vi.useFakeTimers();
    try {
      const el = root();
      render(<CardActions modelId="a/x" onCopyId={() => Promise.resolve()} />, el);
      buttons(el)[0]?.click();
      await vi.advanceTimersByTimeAsync(1_900);
      expect(buttons(el)[0]?.textContent).toBe('Copied');
      await vi.advanceTimersByTimeAsync(200);
      expect(buttons(el)[0]?.textContent).toBe('Copy id');
      expect(el.querySelector('[role=status]')?.textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders nothing without callbacks (the card as a pure figure view)', () => {
    const el = root();
    render(<CardActions modelId="a/x" />, el);
    expect(el.innerHTML).toBe('');
  });
});

describe('OnThisPage', () => {
  const models = [
    { id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', mentions: 3 },
    { id: 'openai/gpt-4.1-nano', name: 'GPT-4.1 nano', mentions: 1 },
  ];

  it('lists the models with their mentions; each opens, "Compare all" compares them all', () => {
    const onChoose = vi.fn();
    const onCompare = vi.fn();
    const el = root();
    render(<OnThisPage state={{ kind: 'models', models }} onChoose={onChoose} onCompare={onCompare} />, el);
    expect(buttons(el).map((b) => b.textContent)).toEqual([
      'GPT-4.1 mini3 mentions',
      'GPT-4.1 nano1 mention',
      'Compare all (2)',
    ]);
    buttons(el)[1]?.click();
    buttons(el)[2]?.click();
    expect(onChoose).toHaveBeenCalledWith('openai/gpt-4.1-nano');
    expect(onCompare).toHaveBeenCalledWith(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']);
  });

  it.each([
    [{ kind: 'unavailable' }, 'ModelPeek does not run on this page.'],
    [{ kind: 'models', models: [] }, 'No known model is named on this page.'],
  ] satisfies [OnThisPageState, string][])('says so calmly: %j', (state, text) => {
    const el = root();
    render(<OnThisPage state={state} onChoose={vi.fn()} onCompare={vi.fn()} />, el);
    expect(el.querySelector('.empty')?.textContent).toBe(text);
    expect(el.querySelector('[role=alert]')).toBeNull();
  });
});
