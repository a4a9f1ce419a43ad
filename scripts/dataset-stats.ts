/** `npm run --silent dataset:stats`: one JSON object describing the curated dataset's coverage. */
import { readCuratedDataset } from './support/dataset';
import { datasetStats } from './support/dataset-stats';

console.log(JSON.stringify(datasetStats(readCuratedDataset())));
