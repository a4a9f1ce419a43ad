import { z } from 'zod/mini';
import { MODEL_ID_PATTERN } from '../data/categories';

/**
 * The messages a page's content script answers. Apart from the background's protocol so the
 * content script, which runs on every page, carries only the schemas it uses.
 */

/** A model the content script found on its page, with how often it is named. */
export const PageModel = z.strictObject({
  id: z.string().check(z.regex(MODEL_ID_PATTERN), z.maxLength(120)),
  name: z.string(),
  // An integer, without z.int(): its number formats would add 200 bytes to every page's content script.
  mentions: z.number().check(z.positive(), z.multipleOf(1), z.maximum(Number.MAX_SAFE_INTEGER)),
});
export type PageModel = z.infer<typeof PageModel>;

export const contentProtocol = {
  /** Popup or background → content script: the models named on this page. */
  listPageModels: {
    request: z.strictObject({}),
    response: z.strictObject({ models: z.array(PageModel) }),
  },
} as const;
