import { NOT_MODEL_WORDS } from './lexicon';
import type { Mention } from './matcher';

/**
 * Encoder architectures whose checkpoints are named after them: "bert-base-uncased",
 * "all-mpnet-base-v2", "cross-encoder/ms-marco-MiniLM-L-6-v2", "xlm-roberta-large"; and the
 * embedding and rerank lines named as such checkpoints are, by size word: "bge-reranker-base",
 * "gte-large", "e5-small", "sentence-t5-base", "instructor-xl". Embedding and rerank models the
 * dataset does not list are mostly such checkpoints.
 */
export const ENCODER_WORDS = [
  'bert',
  'distilbert',
  'camembert',
  'roberta',
  'distilroberta',
  'mpnet',
  'minilm',
  'albert',
  'deberta',
  'electra',
  'xlm',
  'labse',
  'distiluse',
  'modernbert',
  'mdeberta',
  'bart',
  'mbart',
  'xlnet',
  'longformer',
  'wav2vec2',
  'bge',
  'gte',
  'e5',
  't5',
  'mt5',
  'jina',
  'mxbai',
  'instructor',
];

const ENCODER_AT = new RegExp(`(?:${ENCODER_WORDS.join('|')})(?![a-z\\d])`, 'iy');
/** A checkpoint's size or version, as a part of the id: "-base", "-L6", "-L-12", "-v2", "-uncased". */
const CHECKPOINT = /[-_](?:base|large|x?small|tiny|mini|medium|x?xl|l-?\d+|v\d+|(?:un)?cased)(?![a-z])/i;
/** Characters of an id: letters, digits, "-", "_", ".", and the "/" after an organisation. */
const ID_CHAR = /[\w./-]/;
const EDGE = /[./_-]/;

/**
 * The checkpoint id around an encoder's name at `start`, whole: a model beyond the dataset. The
 * name alone ("BERT", "the bert backend") or with no size or version ("roberta_tokenizer"), a
 * path, and a file are none.
 */
export function encoderIdAt(text: string, start: number): Mention | undefined {
  ENCODER_AT.lastIndex = start;
  if (!ENCODER_AT.test(text)) return undefined;
  let from = start;
  while (from > 0 && ID_CHAR.test(text.charAt(from - 1))) from--;
  let end = ENCODER_AT.lastIndex;
  while (end < text.length && ID_CHAR.test(text.charAt(end))) end++;
  while (end > start && EDGE.test(text.charAt(end - 1))) end--;
  while (from < start && EDGE.test(text.charAt(from))) from++;
  const id = text.slice(from, end);
  if (!CHECKPOINT.test(id) || id.split('/').length > 2 || /\.[a-z]{2,5}$/i.test(id)) return undefined;
  // "bert-base-uncased-data", "roberta_large_config": a data set or a setting named after a model.
  if (id.split(/[-_/.]/).some((part) => NOT_MODEL_WORDS.has(part.toLowerCase()))) return undefined;
  const family = text.slice(start, ENCODER_AT.lastIndex).toLowerCase();
  const mention: Mention = { start: from, end, text: id, modelId: null, family };
  // Two parts ("bert-large", "Albert-base") may be other words; three or more are a checkpoint's id.
  if ((id.match(/[-_/]/g)?.length ?? 0) < 2) mention.ambiguous = true;
  return mention;
}

/** A part of a name saying it is an embedding or rerank model: "SFR-Embedding-2_R", "colbert-v2". */
const EMBEDDING_PART = /(?:^|[-_.])(?:embed|embedding|embeddings|rerank|reranker|colbert)(?=[-_.]|$)/i;
/** A version, a size word or a number as a part of a name: "-v2.0", "-large", "-2_R", "-m". */
const CHECKPOINT_PART = /[-_.](?:v?\d|base|large|small|tiny|xs|[sml])(?![a-z])/i;

/** Whether a repository's name is an embedding or rerank model's checkpoint: its kind, and a version or size after it. */
export function isEmbeddingCheckpoint(repository: string): boolean {
  const kind = EMBEDDING_PART.exec(repository);
  return kind !== null && CHECKPOINT_PART.test(repository.slice(kind.index + 1));
}
