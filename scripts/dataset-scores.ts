/** `npm run --silent dataset:scores`: each model's overall and category scores, one JSON object a line. */
import { overallScore } from '../lib/compare/overall';
import { readCuratedDataset } from './support/dataset';
import { stopQuietlyWhenPipeCloses } from './support/stdout';

stopQuietlyWhenPipeCloses();
const { models, benchmarks } = readCuratedDataset();
const oneDecimal = (value: number) => Math.round(value * 10) / 10;
for (const model of models) {
  const overall = overallScore(model, benchmarks);
  const categories = Object.fromEntries((overall?.categories ?? []).map((c) => [c.category, oneDecimal(c.value)]));
  console.log(
    JSON.stringify({
      id: model.id,
      overall: overall ? oneDecimal(overall.value) : null,
      provisional: overall?.provisional ?? true,
      categories,
    }),
  );
}
