// Index names and their creation on first use.
//
// Mentions live in one index per UTC month of publication (fetch time when a page gives no date):
//   PREFIX-mentions-2024.05-000001   the physical index, made from the PREFIX-mentions template
//   PREFIX-mentions-2024.05          its write alias (is_write_index): what writes address
//   PREFIX-mentions                  the read alias over every month: what every read and Kibana use
// A write finds its index in two steps: the store first looks the ids up through the read alias, and
// a mention that exists is rewritten in the index it is in (with if_seq_no, so a concurrent change is
// never overwritten blindly); only a new mention goes to the month alias of its own date. So an id
// lives in exactly one index even when a later crawl reads a different date, and writing the same
// mentions again (a re-index, a resumed migration) changes nothing. The month alias decouples the
// month from its physical index: a mapping change is a new -000002 index, a reindex, an alias swap.
import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import type { Logger } from '../../core/types.js';
import { monthEndMs } from './doc.js';
import { debunkIndex, mentionProperties, mentionTemplate, retentionPolicy } from './mapping.js';

export interface IndexNames {
  prefix: string;
  readAlias: string;
  template: string;
  pattern: string;
  debunks: string;
  policy: string;
}

export function indexNames(prefix: string): IndexNames {
  return {
    prefix,
    readAlias: `${prefix}-mentions`,
    template: `${prefix}-mentions`,
    pattern: `${prefix}-mentions-*`,
    debunks: `${prefix}-debunks`,
    policy: `${prefix}-mentions-retention`,
  };
}

export const monthAlias = (n: IndexNames, month: string): string => `${n.readAlias}-${month}`;
export const physicalIndex = (n: IndexNames, month: string): string => `${n.readAlias}-${month}-000001`;

const MONTH_ALIAS = /-(\d{4}\.\d{2})$/;

function errorType(e: unknown): string | undefined {
  if (!(e instanceof errors.ResponseError)) return undefined;
  const body = e.body as { error?: { type?: string } } | undefined;
  return body?.error?.type;
}

export interface IndexOptions {
  replicas: number;
  /** Delete a month this many days after it ended; undefined keeps everything. */
  retentionDays?: number;
  log: Logger;
}

export class IndexManager {
  private setup: Promise<void> | undefined;
  private readonly months = new Set<string>();
  private policy: string | undefined;
  private debunksReady = false;

  constructor(
    private readonly client: Client,
    readonly names: IndexNames,
    private readonly opts: IndexOptions,
  ) {}

  /** Template, retention policy, known months: once per process, again after a failure. */
  ensureSetup(): Promise<void> {
    this.setup ??= this.doSetup().catch((e: unknown) => {
      this.setup = undefined;
      throw e;
    });
    return this.setup;
  }

  private async doSetup(): Promise<void> {
    const n = this.names;
    if (this.opts.retentionDays !== undefined) {
      try {
        await this.client.ilm.putLifecycle(retentionPolicy(n.policy, this.opts.retentionDays));
        this.policy = n.policy;
      } catch (e) {
        // Serverless and some managed clusters have no ILM (410 Gone / api_not_available_exception).
        const status = e instanceof errors.ResponseError ? e.statusCode : undefined;
        if (status !== 400 && status !== 404 && status !== 410) throw e;
        this.opts.log.warn({ type: errorType(e) }, 'Elasticsearch has no index lifecycle management: storage.retention is not enforced');
      }
    }
    await this.client.indices.putIndexTemplate(mentionTemplate({ ...n, policy: this.policy }, this.opts.replicas));
    let existing: Record<string, { aliases?: Record<string, unknown> }> = {};
    try {
      existing = (await this.client.indices.getAlias({ index: n.pattern })) as typeof existing;
    } catch (e) {
      if (!(e instanceof errors.ResponseError && e.statusCode === 404)) throw e;
    }
    for (const info of Object.values(existing)) {
      for (const alias of Object.keys(info.aliases ?? {})) {
        const m = MONTH_ALIAS.exec(alias);
        if (m && alias === monthAlias(n, m[1]!)) this.months.add(m[1]!);
      }
    }
    if (Object.keys(existing).length) {
      // Fields added by a newer Pantau reach the months that exist already (additive only).
      try {
        await this.client.indices.putMapping({ index: n.pattern, properties: mentionProperties() });
      } catch (e) {
        this.opts.log.warn({ err: (e as Error).message }, 'could not add new fields to the existing mention indices');
      }
    }
  }

  /** Create the monthly indices (with their write alias) that do not exist yet. */
  async ensureMonths(months: Iterable<string>): Promise<void> {
    await this.ensureSetup();
    for (const month of months) {
      if (this.months.has(month)) continue;
      try {
        await this.client.indices.create({
          index: physicalIndex(this.names, month),
          aliases: { [monthAlias(this.names, month)]: { is_write_index: true } },
          // Retention counts from the end of the month, whenever the index was made (a migration
          // of 2019 news today must not keep 2019 for another two years).
          ...(this.policy ? { settings: { 'index.lifecycle.origination_date': monthEndMs(month) } } : {}),
        });
      } catch (e) {
        // Another process made it first.
        if (errorType(e) !== 'resource_already_exists_exception') throw e;
      }
      this.months.add(month);
    }
  }

  async ensureDebunks(replicas = this.opts.replicas): Promise<void> {
    if (this.debunksReady) return;
    try {
      await this.client.indices.create(debunkIndex(this.names.debunks, replicas));
    } catch (e) {
      if (errorType(e) !== 'resource_already_exists_exception') throw e;
    }
    this.debunksReady = true;
  }

  /** Forget what exists (an index was deleted under us): the next write checks again. */
  forget(): void {
    this.months.clear();
    this.setup = undefined;
    this.debunksReady = false;
  }
}
