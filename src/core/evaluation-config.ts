// Config of complaints and of the evaluation (issue 23), in the one schema of src/core/config.ts.
// A complaint export (LAPOR!/SP4N, an e-mail or form export) is read through a named format: its
// column mapping, like the social import's options.mapping. The built-in `lapor` and `sp4n` formats
// carry the column names of the LAPOR! admin export; an office overrides any of them.
import { z } from 'zod';

export const COMPLAINT_FIELDS = ['id', 'receivedAt', 'title', 'text', 'author', 'category', 'location', 'opd', 'status', 'answeredAt', 'answer', 'url'] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

/** The LAPOR! (SP4N-LAPOR!) admin export's column names; unmapped fields look for a column of their own name. */
export const LAPOR_COLUMNS: Readonly<Record<ComplaintField, string>> = {
  id: 'ID Laporan',
  receivedAt: 'Tanggal Laporan',
  title: 'Judul Laporan',
  text: 'Isi Laporan',
  author: 'Nama Pelapor',
  category: 'Kategori',
  location: 'Lokasi',
  opd: 'Instansi Terdisposisi',
  status: 'Status',
  answeredAt: 'Tanggal Tindak Lanjut',
  answer: 'Isi Tindak Lanjut',
  url: 'Tautan',
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

const mappingSchema = z.object(Object.fromEntries(COMPLAINT_FIELDS.map((f) => [f, z.string().min(1).optional()])) as Record<ComplaintField, z.ZodOptional<z.ZodString>>).strict();

const formatSchema = z
  .object({
    /** Our field → the file's column. */
    mapping: mappingSchema.default({}),
    /** One character; guessed from the header line when absent. */
    delimiter: z.string().length(1, 'expected one character').optional(),
    /** iconv-lite name; detected when absent. */
    encoding: z.string().min(1).optional(),
    /** Statuses (any case) that mean "answered" even without an answer date, e.g. "Selesai". */
    answeredStatuses: z.array(z.string().min(1)).default(['selesai', 'ditindaklanjuti', 'dijawab', 'answered', 'closed']),
  })
  .strict();

export type ComplaintFormatConfig = z.output<typeof formatSchema>;

export const complaintsSchema = z
  .object({
    /** Working days a complaint may wait for its answer (SP4N-LAPOR!: 5 working days for a follow-up). */
    deadlineDays: z.number().int().nonnegative().default(5),
    /** Public holidays YYYY-MM-DD, added to audit.holidays; weekends never count. */
    holidays: z.array(day).default([]),
    /** Import formats by name (`pantau complaints import FILE --format NAME`); lapor and sp4n are built in. */
    formats: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a format name of lowercase letters, digits, "_" or "-"'), formatSchema).default({}),
    /** Days around a complaint in which an issue's mentions are compared with it. */
    issueWindowDays: z.number().int().min(0).max(14).default(3),
  })
  .strict()
  .prefault({});

export const evaluationSchema = z
  .object({
    /** Hours before a response compared with the hours after it. */
    beforeHours: z.number().positive().max(24 * 14).default(24),
    afterHours: z.number().positive().max(24 * 14).default(24),
    /** Fewer mentions than this in either window: "belum cukup data" instead of a figure. */
    minMentions: z.number().int().positive().default(10),
    /** Lowest fact-matching score for a fact to count as an automatic response. */
    linkMinScore: z.number().min(0).max(1).default(0.35),
    /** Confidence level of the interval for the change in negative share. */
    confidence: z.number().gt(0.5).lt(1).default(0.95),
  })
  .strict()
  .prefault({});

/** A format by name: a configured one over the built-in LAPOR! columns. */
export function complaintFormat(formats: Record<string, ComplaintFormatConfig>, name: string): { mapping: Record<ComplaintField, string>; cfg: ComplaintFormatConfig } | undefined {
  const cfg = formats[name] ?? (name === 'lapor' || name === 'sp4n' ? formatSchema.parse({}) : undefined);
  if (!cfg) return undefined;
  const base: Record<ComplaintField, string> = name === 'lapor' || name === 'sp4n' || !formats[name] ? { ...LAPOR_COLUMNS } : (Object.fromEntries(COMPLAINT_FIELDS.map((f) => [f, f])) as Record<ComplaintField, string>);
  for (const f of COMPLAINT_FIELDS) if (cfg.mapping[f]) base[f] = cfg.mapping[f]!;
  return { mapping: base, cfg };
}
