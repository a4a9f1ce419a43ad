/** `npm run --silent dataset:stats`: one JSON object describing the curated dataset's coverage. */
import { buildAliasIndex } from '../lib/detect/aliases';
import { readCuratedDataset } from './support/dataset';

const { models } = readCuratedDataset();
console.log(
  JSON.stringify({
    models: models.length,
    providers: new Set(models.map((m) => m.provider)).size,
    withPrice: models.filter((m) => m.price).length,
    withThreeScores: models.filter((m) => Object.keys(m.scores).length >= 3).length,
    withSpeed: models.filter((m) => m.speed).length,
    aliases: buildAliasIndex(models).length,
  }),
);
