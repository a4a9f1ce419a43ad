import type { Model } from '../../lib/data/schema';
import { openRouterUpdate } from '../../lib/data/sources/openrouter';
import type { OpenRouterView } from './draft-models';

type Entry = {
  id?: unknown;
  name?: unknown;
  created?: unknown;
  context_length?: unknown;
  pricing?: { prompt?: unknown; completion?: unknown };
};

const variantOf = (id: string) => id.replace(/:[a-z-]+$/, '');

/** The figures two OpenRouter ids share when one points at the other. */
const fingerprint = (entry: Entry) =>
  JSON.stringify([entry.pricing?.prompt, entry.pricing?.completion, entry.context_length]);

/** The words of an id without its version: "~anthropic/claude-opus-latest" and "anthropic/claude-opus-4.8" are both "claude opus". */
const family = (id: string) =>
  id
    .slice(id.indexOf('/') + 1)
    .split(/[-.:]/)
    .filter((word) => !/^\d+$/.test(word) && !['latest', 'preview', 'free'].includes(word))
    .join(' ');

/**
 * What OpenRouter's answer, as of `asOf`, says for drafting: patches for every model (a model it
 * serves only as ":free" under its own id), each provider's display name as the model names
 * write it ("Thinking Machines: Inkling"), and for each floating "~provider/…-latest" id the model
 * it pointed at that day: the newest of that family with the same price and context.
 */
export function openRouterView(body: { data?: unknown[] }, asOf: string, models: readonly Model[]): OpenRouterView {
  const entries = (body.data ?? []).filter((e): e is Entry => typeof e === 'object' && e !== null);
  const ids = new Set(entries.map((entry) => String(entry.id)));
  const own = entries.map((entry) => {
    const id = String(entry.id);
    // A model OpenRouter serves only for free is still a model; its price of 0 is no list price.
    if (!id.includes(':') || ids.has(variantOf(id))) return entry;
    return { ...entry, id: variantOf(id), name: String(entry.name).replace(/\s*\(free\)$/, '') };
  });
  const update = openRouterUpdate({ ...body, data: own }, { models, fetchedAt: new Date(`${asOf}T00:00:00Z`) });

  const providerNames = new Map<string, string>();
  for (const entry of entries) {
    const [id, name] = [String(entry.id), String(entry.name)];
    const prefix = /^([^:]+):\s/.exec(name)?.[1];
    const provider = id.replace(/^~/, '').split('/')[0] ?? '';
    if (prefix && !providerNames.has(provider)) providerNames.set(provider, prefix);
  }

  const floating = new Map<string, string | undefined>();
  for (const entry of entries) {
    const id = String(entry.id);
    if (!id.startsWith('~')) continue;
    const provider = id.slice(1).split('/')[0];
    const [newest] = entries
      .filter((other) => {
        const otherId = String(other.id);
        return !otherId.startsWith('~') && otherId.split('/')[0] === provider && family(otherId) === family(id);
      })
      .filter((other) => fingerprint(other) === fingerprint(entry))
      .sort((a, b) => Number(b.created ?? 0) - Number(a.created ?? 0));
    floating.set(id, newest ? variantOf(String(newest.id)) : undefined);
  }
  return { asOf, patches: update.patches, providerNames, floating };
}
