// What the complaint commands need from the crawlers' file readers (CSV/JSON/JSONL in any encoding,
// dates as exports write them) and from the analyzers (topics, places, organisations), wired into
// the pure functions of src/evaluation.
import type { PantauConfig } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { complaintFormat } from '../core/evaluation-config.js';
import { keyTerms } from '../core/terms.js';
import type { Logger, Store } from '../core/types.js';
import type { ComplaintTags, DeadlineRules, RowContext } from '../evaluation/complaints.js';
import { buildAnalyzers } from './runtime.js';

export function deadlineRules(config: PantauConfig): DeadlineRules {
  return {
    deadlineDays: config.complaints.deadlineDays,
    holidays: [...new Set([...config.audit.holidays, ...config.complaints.holidays])].sort(),
    timezone: config.timezone,
  };
}

export async function complaintTagger(config: PantauConfig, store: Store): Promise<(title: string | undefined, text: string) => ComplaintTags> {
  const chain = await buildAnalyzers(config, store);
  let n = 0;
  return (title, text) => {
    const a = chain.analyze({ id: `complaint-${++n}`, title, text });
    return {
      topics: a.topics,
      regions: [...new Set(a.regions.map((r) => r.code))],
      entities: a.entities,
      keyTerms: keyTerms(title, text),
    };
  };
}

export async function homeRegionName(config: PantauConfig): Promise<string> {
  const { loadGazetteer } = await import('../../analyzers/regions/index.js');
  return loadGazetteer().byCode.get(config.analysis.homeRegion)?.name ?? config.analysis.homeRegion;
}

export interface OpenedComplaintFile {
  records: AsyncIterable<{ row: number; value: unknown }>;
  ctx: Omit<RowContext, 'tag' | 'regionName' | 'now'>;
}

/** The file's records and the row context of its format (config complaints.formats, or built-in lapor/sp4n). */
export async function openComplaintFile(config: PantauConfig, path: string, formatName: string, log: Logger): Promise<OpenedComplaintFile> {
  const fmt = complaintFormat(config.complaints.formats, formatName);
  if (!fmt) {
    const known = [...new Set(['lapor', 'sp4n', ...Object.keys(config.complaints.formats)])];
    throw new InputError(`--format: expected one of ${known.join(', ')} (complaints.formats in the config), got "${formatName}"`);
  }
  const [{ openImportFile, DEFAULT_IMPORT_MAX_BYTES }, { parseImportDate }, { pick }, { mentionsFormat }] = await Promise.all([
    import('../../crawlers/social/import-file.js'),
    import('../../crawlers/social/import-date.js'),
    import('../../crawlers/social/import-values.js'),
    import('../../crawlers/social/mentions-file.js'),
  ]);
  const { closeSync, openSync, readSync } = await import('node:fs');
  let first: string | undefined;
  try {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    closeSync(fd);
    first = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  } catch (e) {
    throw new InputError(`complaints file not found: ${path} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const file = await openImportFile(
    { path, format: mentionsFormat(path, undefined, first), encoding: fmt.cfg.encoding, delimiter: fmt.cfg.delimiter, maxBytes: DEFAULT_IMPORT_MAX_BYTES },
    log,
    (m) => process.stderr.write(`pantau complaints import: ${m}\n`),
  );
  return {
    records: file.records(),
    ctx: {
      channel: formatName,
      mapping: fmt.mapping,
      format: fmt.cfg,
      parseDate: (v) => parseImportDate(v, config.timezone),
      pick: (row, col) => pick(row, col),
      opdOverrides: config.map.opd,
    },
  };
}
