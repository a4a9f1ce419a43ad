import { z } from 'zod/mini';

/** The envelope every message travels in. */
export const Envelope = z.strictObject({ type: z.string().check(z.maxLength(64)), payload: z.unknown() });

/** The envelope every answer travels in. */
export const Reply = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;
