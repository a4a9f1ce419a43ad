import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Model } from '../../lib/data/schema';
import { readDatasetHeader } from '../../scripts/support/dataset';
import { draftArenaModels } from '../../scripts/support/draft-arena';
import { readLmArena, readLmArenaMakers } from '../../scripts/support/score-snapshots';
import { importWorkspace } from '../support/import-workspace';
import { writeArenaBoard } from '../support/lmarena';
import { testModel } from '../support/models';

const { tempDir, run, dataDirWith } = importWorkspace();

/** LMArena's files as published: the board with style control, its scatter plot and the CSV export. */
function arenaDir(): string {
  const dir = tempDir('lmarena-');
  writeArenaBoard(dir, {
    full: {
      'anvil-1': 1300,
      'owl-13b': 1071.04,
      'kestrel-plus': 1319.5,
      'kestrel-plus-0111': 1343.6,
      'owl-13b-thinking': 1100,
      'wren-7b': 1000,
      'finch-2-0520': 1275,
    },
  });
  writeFileSync(
    join(dir, 'lmarena/scatterplot-data.json'),
    JSON.stringify([
      {
        name: 'Kestrel-Plus',
        model_api_name: 'kestrel-plus-0111',
        organization: 'Acme',
        license: 'Proprietary',
        model_source: 'https://acme.example/kestrel',
      },
    ]),
  );
  writeFileSync(
    join(dir, 'lmarena/lmarena_text.2025-08-04.csv'),
    [
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,1,Kestrel-Plus,1290,+9/-9,4112,Acme,Proprietary,,https://acme.example/kestrel',
      '2,2,Owl-13B,940,+11/-11,5864,Owl Lab,Non-commercial,2023/3,https://owl.example/blog/owl',
      '3,3,Finch-2-0520,1230,+5/-5,100,Acme,Proprietary,,http://acme.example/finch',
    ].join('\n'),
  );
  return dir;
}

/** The dataset's registry with Acme's Anvil 1 and Finch 2 as curated. */
function dataset(): Dataset {
  const header = readDatasetHeader();
  return {
    ...header,
    providers: [...header.providers, { id: 'acme', name: 'Acme', url: 'https://acme.example' }],
    series: [],
    models: [
      testModel('acme/anvil-1', { name: 'Anvil 1', aliases: ['anvil-1'] }),
      testModel('acme/finch-2', { name: 'Finch 2', aliases: ['finch-2'] }),
    ],
  } as Dataset;
}

describe("LMArena's word on a model's maker", () => {
  it('takes the scatter plot by model name, else the CSV row written as the name', () => {
    const dir = arenaDir();
    const makers = readLmArenaMakers(dir, ['kestrel-plus-0111', 'owl-13b', 'wren-7b']);
    expect(makers.get('kestrel-plus-0111')).toEqual({
      name: 'Kestrel-Plus',
      organization: 'Acme',
      license: 'Proprietary',
      url: 'https://acme.example/kestrel',
    });
    expect(makers.get('owl-13b')).toEqual({
      name: 'Owl-13B',
      organization: 'Owl Lab',
      license: 'Non-commercial',
      url: 'https://owl.example/blog/owl',
    });
    expect(makers.has('wren-7b')).toBe(false);
  });
});

describe('draftArenaModels', () => {
  const dir = arenaDir();
  const { entries } = readLmArena(dir);
  const drafts = draftArenaModels(
    dataset(),
    entries,
    readLmArenaMakers(
      dir,
      entries.map((entry) => entry.id),
    ),
  );
  const added = (id: string) => drafts.added.find((model) => model.id === id);

  it('drafts a model LMArena rates, with its rating, name, maker and open weights, and a provider for a new maker', () => {
    expect(added('owl-lab/owl-13b')).toEqual({
      id: 'owl-lab/owl-13b',
      name: 'Owl-13B',
      provider: 'owl-lab',
      openWeights: true,
      modalities: { input: ['text'], output: ['text'] },
      aliases: ['owl-13b'],
      scores: { 'arena-elo': { value: 1071, source: 'lmarena', asOf: '2025-12-11' } },
    });
    expect(drafts.providers).toEqual([{ id: 'owl-lab', name: 'Owl Lab', url: 'https://owl.example/blog/owl' }]);
    expect(added('acme/kestrel-plus')?.openWeights).toBe(false);
  });

  it('drafts none that a curated model answers to, a dated snapshot of one included', () => {
    expect(drafts.added.map((model) => model.id)).not.toContain('acme/anvil-1');
    expect(drafts.added.map((model) => model.id)).not.toContain('acme/finch-2-0520');
  });

  it("keeps a dated entry's own name when LMArena gives it another entry's", () => {
    expect(added('acme/kestrel-plus')?.name).toBe('Kestrel-Plus');
    expect(added('acme/kestrel-plus-0111')?.name).toBe('kestrel-plus-0111');
  });

  it('leaves out a setting of another model and an entry without a maker, saying why', () => {
    expect(drafts.skipped).toEqual([
      'owl-13b-thinking: no model of its own',
      'wren-7b: LMArena names no maker or licence for it',
    ]);
  });
});

describe('draftArenaModels, where detection reads an entry as another release', () => {
  const data = {
    ...dataset(),
    models: [
      testModel('acme/anvil-2-instruct', { name: 'Anvil 2 Instruct', aliases: ['anvil-2-instruct'] }),
      testModel('acme/finch-3-chat', { name: 'Finch 3 Chat', aliases: ['finch-3-chat'] }),
    ],
  } as Dataset;
  const entries = ['anvil-2-chat', 'anvil-2-instruct', 'finch-3-instruct'].map((id) => ({
    id,
    rating: 1200,
    asOf: '2025-12-11',
  }));
  const makers = new Map(
    entries.map((entry) => [
      entry.id,
      { name: entry.id, organization: 'Acme', license: 'Open', url: 'https://acme.example' },
    ]),
  );
  const added = draftArenaModels(data, entries, makers).added.map((model) => model.id);

  it('drafts a chat model where only its instruct model is curated, and the other way round', () => {
    // Pages mean either by either word, so detection reads "anvil-2-chat" as Anvil 2 Instruct.
    expect(added).toEqual(['acme/anvil-2-chat', 'acme/finch-3-instruct']);
  });
});

describe('dataset:import --arena', { timeout: 60_000 }, () => {
  it('writes the drafts and their providers into data/, and adds nothing the second time', () => {
    const from = arenaDir();
    const data = dataDirWith([]);
    const first = run('--from', from, '--data', data, '--arena');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('added    owl-lab/owl-13b: Owl-13B; arena-elo 1071 (lmarena)');
    const written = JSON.parse(readFileSync(join(data, 'models/owl-lab.json'), 'utf8')) as Model[];
    expect(written.map((model) => model.id)).toEqual(['owl-lab/owl-13b']);
    const registry = JSON.parse(readFileSync(join(data, 'dataset.json'), 'utf8')) as Dataset;
    expect(registry.providers.map((provider) => provider.id)).toContain('owl-lab');

    const second = run('--from', from, '--data', data, '--arena');
    expect(JSON.parse(second.stdout.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ added: 0, providers: 0 });
  });
});
