import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/detect/matcher';
import { createHoldBack } from '../../lib/page/hold-back';

type Named = Mention & { node: Node };

const name = (text: string, modelId: string | null, ambiguous = false, isConnected = true): Named => ({
  start: 0,
  end: text.length,
  text,
  modelId,
  ...(ambiguous ? { ambiguous } : {}),
  node: { isConnected } as Node,
});

function holdBack(context?: string) {
  const counted: string[] = [];
  const hold = createHoldBack<Named>({
    count: (hit) => counted.push(hit.text),
    context: context === undefined ? undefined : () => context,
  });
  return { hold, counted };
}

describe('the hold-back of ambiguous names', () => {
  it('counts unambiguous names at once and holds the ambiguous ones', () => {
    const { hold, counted } = holdBack();
    hold.take([name('o3', 'openai/o3', true), name('Grok 4', 'x-ai/grok-4', true)]);
    hold.take([name('vicuna-13b', null)]);
    expect(counted).toEqual(['vicuna-13b']);
  });

  it('counts the held names once the page names a model unambiguously, and those after them', () => {
    const { hold, counted } = holdBack();
    const gone = name('Grok 4', 'x-ai/grok-4', true, false);
    hold.take([name('o3', 'openai/o3', true), gone]);
    hold.take([name('GPT-4o', 'openai/gpt-4o')]);
    hold.take([name('R1', 'deepseek/deepseek-r1', true)]);
    // Grok 4's text left the page meanwhile.
    expect(counted).toEqual(['o3', 'GPT-4o', 'R1']);
  });

  it('drops a held name whose text changed', () => {
    const { hold, counted } = holdBack();
    const o3 = name('o3', 'openai/o3', true);
    hold.take([o3]);
    expect(hold.drop(o3)).toBe(true);
    hold.take([name('GPT-4o', 'openai/gpt-4o')]);
    expect(counted).toEqual(['GPT-4o']);
  });

  it('counts the held names after a scan when the text around them is about AI, and only then', () => {
    const aboutAi = holdBack('For LLM inference, o3 takes long prompts.');
    aboutAi.hold.take([name('o3', 'openai/o3', true)]);
    aboutAi.hold.checkContext();
    expect(aboutAi.counted).toEqual(['o3']);

    const ozone = holdBack('Ozone (O3) levels rose.');
    ozone.hold.take([name('O3', 'openai/o3', true)]);
    ozone.hold.checkContext();
    expect(ozone.counted).toEqual([]);
  });
});

describe('the short names a page resolves', () => {
  const short = (text: string, isConnected = true): Named => ({
    ...name(text, null, false, isConnected),
    shortName: text.toLowerCase(),
  });

  function resolving() {
    const counted: string[] = [];
    const hold = createHoldBack<Named>({
      count: (hit) => counted.push(`${hit.text}=${hit.modelId}`),
      resolveShortName: (hit) => (hit.shortName === 'sonnet' ? 'anthropic/claude-sonnet-4-5' : undefined),
    });
    // The page is about AI: it names a model.
    hold.take([name('GPT-4o', 'openai/gpt-4o')]);
    counted.length = 0;
    return { hold, counted };
  }

  it('resolves them in turns when told to stop, going on where the last turn stopped', () => {
    const { hold, counted } = resolving();
    hold.take([short('Sonnet'), short('Opus'), short('Sonnet'), short('Sonnet')]);
    let calls = 0;
    const stopEvery2 = () => ++calls % 2 === 0;
    expect(hold.resolveShortNames(stopEvery2)).toBe(false);
    expect(counted).toEqual(['Sonnet=anthropic/claude-sonnet-4-5']);
    // Found between turns: tried in the turn under way.
    hold.take([short('Sonnet')]);
    const turns = [hold.resolveShortNames(stopEvery2), hold.resolveShortNames(stopEvery2)];
    expect(turns).toEqual([false, true]);
    expect(counted).toHaveLength(4);
    // "Opus" names no model of the page: it waits, and a new resolution tries it again.
    expect(hold.resolveShortNames()).toBe(true);
    expect(counted).toHaveLength(4);
  });

  it('skips those dropped or gone from the page meanwhile', () => {
    const { hold, counted } = resolving();
    const dropped = short('Sonnet');
    hold.take([short('Sonnet'), dropped, short('Sonnet', false)]);
    expect(hold.resolveShortNames(() => true)).toBe(false);
    hold.drop(dropped);
    while (!hold.resolveShortNames(() => true));
    expect(counted).toEqual(['Sonnet=anthropic/claude-sonnet-4-5']);
  });
});
