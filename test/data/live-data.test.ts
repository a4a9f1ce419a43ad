import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { createLiveData, type LiveSources } from '../../lib/data/live-data';
import { LIVE_SOURCE_IDS, type LiveSourceId } from '../../lib/data/sources/types';
import { openModelStore } from '../../lib/data/store';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { type HttpServer, serveHttp } from '../../scripts/support/serve';
import { openRouterAnswer, openRouterArchitecture, openRouterModel } from '../support/source-shapes';

/** Real HTTP on 127.0.0.1 standing in for OpenRouter and a team's custom dataset. */
const routes: Record<string, { status: number; body: string }> = {};
let server: HttpServer;
let origin = '';

const openRouter = openRouterAnswer(
  openRouterModel('openai/gpt-4.1-nano', {
    name: 'OpenAI: GPT-4.1 Nano',
    created: 1744651369,
    context_length: 1047576,
    architecture: openRouterArchitecture(['text', 'image'], ['text']),
    pricing: { prompt: '0.00000008', completion: '0.00000032' },
    top_provider: { context_length: 1047576, max_completion_tokens: 32768, is_moderated: true },
  }),
  openRouterModel('acme/brand-new-9b', {
    name: 'Acme: Brand New 9B',
    created: 1790000000,
    context_length: 65536,
    architecture: openRouterArchitecture(['text'], ['text']),
    pricing: { prompt: '0.0000002', completion: '0.0000006' },
    top_provider: { context_length: 65536, max_completion_tokens: 8192, is_moderated: false },
  }),
);

const bundled = loadBundledDataset();
const mini = bundled.models.find((m) => m.id === 'openai/gpt-4.1-mini');
/** A partial dataset file: one model, with a negotiated price. */
const customFile = {
  schemaVersion: 1,
  version: '2026-11-01',
  models: [{ ...mini, price: { input: 0.3, output: 1.2, source: 'custom', asOf: '2026-11-01' } }],
};

beforeAll(async () => {
  server = await serveHttp((req, res) => {
    const route = routes[req.url ?? ''] ?? { status: 404, body: 'not found' };
    res.writeHead(route.status, { 'content-type': 'application/json' }).end(route.body);
  });
  origin = server.origin;
});

afterAll(() => server.close());

/** The given sources on, at these addresses. */
function on(urls: Partial<Record<LiveSourceId, string>>): LiveSources {
  const enabled = LIVE_SOURCE_IDS.flatMap((id) => {
    const url = urls[id];
    return url ? [{ id, url }] : [];
  });
  return { enabled, intervalHours: 12 };
}

function liveData(sources: LiveSources, today = '2026-11-29T10:00:00Z') {
  return createLiveData({
    bundled: () => bundled,
    openStore: openModelStore,
    sources: async () => sources,
    now: () => new Date(today),
  });
}

describe('live data', () => {
  it('merges live figures over the bundled ones, lets a new model be detected, and keeps good data when a source breaks', async () => {
    indexedDB.deleteDatabase('modelpeek');
    routes['/openrouter'] = { status: 200, body: JSON.stringify(openRouter) };
    routes['/custom'] = { status: 200, body: JSON.stringify(customFile) };
    const sources = on({ openrouter: `${origin}/openrouter`, custom: `${origin}/custom` });
    // A plain-http custom file is refused: only https is taken for a team's own figures.
    let live = liveData(sources);
    await live.refresh(true);
    let state = await live.state();
    expect(state.custom?.lastError).toMatch(/https/);
    expect(state.openrouter?.lastError).toBeUndefined();

    const catalog = await live.current();
    expect(catalog.byId.get('openai/gpt-4.1-nano')?.price).toMatchObject({
      input: 0.08,
      output: 0.32,
      source: 'openrouter',
    });
    // Bundled scores stay.
    expect(catalog.byId.get('openai/gpt-4.1-nano')?.scores['gpqa-diamond']?.value).toBe(50.3);
    expect(catalog.priceNotes.get('openai/gpt-4.1-nano')).toBe('price cut 20% on 2026-11-29');
    // A model only the live source knows is in the dataset and found on pages.
    const match = createMatcher(buildAliasIndex(catalog.dataset.models));
    expect(match('We tried Brand New 9B yesterday.')).toContainEqual(
      expect.objectContaining({ text: 'Brand New 9B', modelId: 'acme/brand-new-9b' }),
    );

    // The source breaks: the last good figures stay and the error is kept in words.
    routes['/openrouter'] = { status: 200, body: '{"data": [' };
    live = liveData(sources, '2026-11-30T10:00:00Z');
    await live.refresh(true);
    state = await live.state();
    expect(state.openrouter?.lastError).toMatch(/not valid JSON/);
    expect((await live.current()).byId.get('openai/gpt-4.1-nano')?.price?.output).toBe(0.32);

    // A valid answer of the wrong shape is refused the same way.
    routes['/openrouter'] = { status: 200, body: JSON.stringify({ models: [] }) };
    await live.refresh(true);
    state = await live.state();
    expect(state.openrouter?.lastError).toBeTruthy();
    expect((await live.current()).byId.get('openai/gpt-4.1-nano')?.price?.output).toBe(0.32);
  });

  it('stops counting a source the user turns off, and counts it again when turned back on', async () => {
    globalThis.indexedDB = new IDBFactory();
    routes['/openrouter'] = { status: 200, body: JSON.stringify(openRouter) };
    const openRouterOn = on({ openrouter: `${origin}/openrouter` });
    let sources = openRouterOn;
    const live = createLiveData({
      bundled: () => bundled,
      openStore: openModelStore,
      sources: async () => sources,
      now: () => new Date('2026-11-29T10:00:00Z'),
    });
    const nanoOutput = async () => (await live.current()).byId.get('openai/gpt-4.1-nano')?.price?.output;
    const bundledOutput = bundled.models.find((m) => m.id === 'openai/gpt-4.1-nano')?.price?.output;
    await live.refresh(true);
    expect(await nanoOutput()).toBe(0.32);
    expect((await live.current()).byId.has('acme/brand-new-9b')).toBe(true);

    sources = on({});
    live.sourcesChanged();
    expect(await nanoOutput()).toBe(bundledOutput);
    expect((await live.current()).byId.has('acme/brand-new-9b')).toBe(false);

    // Turned on again, the stored answer counts at once, before any new request.
    routes['/openrouter'] = { status: 500, body: 'down' };
    sources = openRouterOn;
    live.sourcesChanged();
    expect(await nanoOutput()).toBe(0.32);
  });

  it('serves the same dataset after a restart, each registry entry from the source that wins', async () => {
    globalThis.indexedDB = new IDBFactory();
    const file = (providerName: string) => ({
      schemaVersion: 1,
      version: '2026-11-01',
      providers: [{ id: 'acme', name: providerName, url: 'https://acme.example/' }],
      models: [
        {
          id: 'acme/rocket-1',
          name: 'Rocket 1',
          provider: 'acme',
          openWeights: false,
          modalities: { input: ['text'], output: ['text'] },
          aliases: [],
        },
      ],
    });
    routes['/published'] = { status: 200, body: JSON.stringify(file('Acme, as published')) };
    routes['/custom'] = { status: 200, body: JSON.stringify(file('Acme, as our team says')) };
    // The custom file must come over https: these addresses reach the local server.
    const sources = on({ published: 'https://published.test/published', custom: 'https://team.test/custom' });
    const live = () =>
      createLiveData({
        bundled: () => bundled,
        openStore: openModelStore,
        sources: async () => sources,
        now: () => new Date('2026-11-29T10:00:00Z'),
        fetch: (input, init) => fetch(`${origin}${new URL(String(input)).pathname}`, init),
      });
    const first = live();
    await first.refresh(true);
    const served = (await first.current()).dataset;
    expect(served.providers.find((p) => p.id === 'acme')?.name).toBe('Acme, as our team says');
    expect((await live().current()).dataset).toEqual(served);
  });
});
