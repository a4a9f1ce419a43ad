import type { Mention } from './matcher';

/**
 * What may stand between two names of one list: a comma, "and", "or", a slash, and at most one
 * item that is no name ("FastChat-T5, GPT4ALL, Guanaco").
 */
const LIST_GAP = /^(?:\s*[,，、]\s*[^\s,，、.;:()[\]]{1,24})?\s*(?:[,，、/]\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/;
/** A list has at least this many names. */
const MIN_ITEMS = 3;

/**
 * Lone words that name one line of models ("WizardLM", "Guanaco", "LongChat") are models where a
 * text lists them among names: "LLama 2, Vicuna, Alpaca, Dolly and WizardLM". The same word in
 * prose stays a word. Found names join the list; lone words in it are added to `mentions`, and a
 * series' short name in it ("Vicuna") counts without waiting for the page to name its models.
 */
export function withListMates(text: string, mentions: Mention[], lone: readonly Mention[]): void {
  const items = [...mentions, ...lone].sort((a, b) => a.start - b.start);
  let run: Mention[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS)
      for (const item of run) {
        if (lone.includes(item)) mentions.push(item);
        else if (item.seriesId && item.shortName) delete item.shortName;
      }
    run = [];
  };
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && (item.start < last.end || !LIST_GAP.test(text.slice(last.end, item.start)))) close();
    run.push(item);
  }
  close();
  mentions.sort((a, b) => a.start - b.start);
}
