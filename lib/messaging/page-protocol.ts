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
  mentions: z.int().check(z.positive()),
});
export type PageModel = z.infer<typeof PageModel>;

export const contentProtocol = {
  /** Popup or background → content script: the models named on this page. */
  listPageModels: {
    request: z.strictObject({}),
    response: z.strictObject({ models: z.array(PageModel) }),
  },
} as const;
