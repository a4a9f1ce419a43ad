import { type Dataset, Dataset as DatasetSchema, type Model, type Series } from './schema';

/** The curated files of `data/`: the dataset header, one model list and one series list per provider. */
export interface DatasetParts {
  header: Omit<Dataset, 'models' | 'series'> & { series?: Series[] };
  modelLists: Model[][];
  seriesLists?: Series[][];
}

/** Joins the curated files into one dataset and validates it; throws with every problem listed. */
export function assembleDataset(parts: DatasetParts): Dataset {
  const series = [...(parts.header.series ?? []), ...(parts.seriesLists ?? []).flat()];
  const candidate = { ...parts.header, series, models: parts.modelLists.flat() };
  const parsed = DatasetSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The dataset is invalid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
