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
