// Validates one line of a fact-check import file (`pantau factcheck import FILE.jsonl`):
// {"url": …, "title": …, "text": …, "publishedAt"?: …}. Errors say which field is wrong so the CLI
// can report "line N: …" and go on with the rest of the file.
import { z } from 'zod';
import type { Debunk } from '../../src/core/types.js';

const lineSchema = z.object({
  url: z.string().trim().regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL'),
  title: z.string().trim().min(1, 'expected a non-empty title'),
  text: z.string().default(''),
  publishedAt: z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: `expected a date, got ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return d.toISOString();
    }),
  sourceId: z.string().optional(),
});

/** Parses and validates one JSONL line; throws Error with a readable message when invalid. */
export function parseDebunkLine(line: string): Omit<Debunk, 'id'> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('expected a JSON object');
  const res = lineSchema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const field = issue.path.join('.') || '(object)';
    throw new Error(`${field}: ${issue.message}`);
  }
  const { url, title, text, publishedAt, sourceId } = res.data;
  const out: Omit<Debunk, 'id'> = { url, title, text };
  if (publishedAt) out.publishedAt = publishedAt;
  if (sourceId) out.sourceId = sourceId;
  return out;
}
