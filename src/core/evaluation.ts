// The vocabulary of evaluation (issue 23): citizen complaints followed to an answer, and the office's
// responses linked to the issues they answer. Like the alerts, the part of the Store that keeps them
// is an interface of its own that every backend implements (test/contract/evaluation.contract.ts).
// A complaint's status (open / answered / overdue) is not stored: it depends on "now" and on the
// configured deadline, so it is computed when read (src/evaluation/complaints.ts).
import type { WriteResult } from './types.js';

/** How a complaint's OPD was decided: the export named it, the topic → OPD table, or a person corrected it. */
export type OpdSource = 'import' | 'table' | 'manual';

export interface Complaint {
  /** `<channel>:<id in that channel>`, e.g. "lapor:LAP-2611-0042" or "audit:<mention id>". */
  id: string;
  /** Where it came from: an import format name ("lapor", "sp4n", "email"…) or an owned source id. */
  channel: string;
  /** Its id in the channel (LAPOR! tracking number, the mention id). */
  externalId: string;
  url?: string;
  title?: string;
  text: string;
  author?: string;
  /** ISO instant the office received it. */
  receivedAt: string;
  /** ISO instant of the first answer; absent while unanswered. */
  answeredAt?: string;
  answer?: string;
  opd: string;
  opdSource: OpdSource;
  topics: string[];
  /** Kemendagri codes named in it. */
  regions: string[];
  /** The issue (map issue id) it belongs to, when one matched. */
  issueId?: string;
}

export interface ComplaintQuery {
  channel?: string;
  opd?: string;
  issueId?: string;
  /** Bounds on receivedAt (ISO; lower inclusive, upper exclusive). */
  from?: string;
  to?: string;
}

/** What answers an issue: an owned-channel mention (post, press release) or a fact of the fact base. */
export type ResponseKind = 'mention' | 'fact';

export interface ResponseLink {
  issueId: string;
  kind: ResponseKind;
  /** Mention id or fact id. */
  itemId: string;
  /** ISO instant the response was published (a fact dated by day: that day's start in the office zone). */
  at: string;
  /** 'auto': the map's fact/issue matching or an owned mention of the issue; 'manual': linked by a person. */
  how: 'auto' | 'manual';
  /** The matching score (auto links from facts). */
  score?: number;
  url?: string;
  title?: string;
}

export interface EvaluationStore {
  /**
   * Insert or update complaints by id. An update keeps what the new row does not know: an answer
   * already recorded stays when a later export has none, an OPD corrected by hand ('manual') stays,
   * an issue id stays when the new row has none. An unchanged complaint counts as a duplicate.
   */
  upsertComplaints(batch: Complaint[]): Promise<WriteResult>;
  getComplaint(id: string): Promise<Complaint | undefined>;
  /** Oldest received first. */
  listComplaints(q?: ComplaintQuery): Promise<Complaint[]>;
  /** Correct a complaint's OPD by hand (opdSource becomes 'manual'); false when the id is unknown. */
  setComplaintOpd(id: string, opd: string): Promise<boolean>;
  /** Insert or replace links by (issueId, kind, itemId); a manual link is never replaced by an auto one. */
  putResponseLinks(links: ResponseLink[]): Promise<WriteResult>;
  /** By issue, then time. */
  listResponseLinks(q?: { issueId?: string; from?: string; to?: string }): Promise<ResponseLink[]>;
  /** Remove one link; false when there was none. */
  deleteResponseLink(issueId: string, kind: ResponseKind, itemId: string): Promise<boolean>;
}

const ISO = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The one validator of a complaint (the store and the importers share it): the problem, or undefined. */
export function complaintProblem(c: Partial<Complaint>): string | undefined {
  if (!nonEmpty(c.id)) return 'id: expected a non-empty string';
  if (!nonEmpty(c.channel)) return 'channel: expected a non-empty string';
  if (!nonEmpty(c.externalId)) return 'externalId: expected a non-empty string';
  if (!nonEmpty(c.text)) return 'text: expected a non-empty string';
  if (!ISO(c.receivedAt)) return `receivedAt: expected an ISO date-time, got ${JSON.stringify(c.receivedAt)}`;
  if (c.answeredAt !== undefined && !ISO(c.answeredAt)) return `answeredAt: expected an ISO date-time, got ${JSON.stringify(c.answeredAt)}`;
  if (!nonEmpty(c.opd)) return 'opd: expected a non-empty string';
  if (!['import', 'table', 'manual'].includes(c.opdSource as string)) return `opdSource: expected import, table or manual, got ${JSON.stringify(c.opdSource)}`;
  if (!Array.isArray(c.topics) || !c.topics.every((t) => typeof t === 'string')) return 'topics: expected a list of strings';
  if (!Array.isArray(c.regions) || !c.regions.every((t) => typeof t === 'string')) return 'regions: expected a list of strings';
  return undefined;
}

export function responseLinkProblem(l: Partial<ResponseLink>): string | undefined {
  if (!nonEmpty(l.issueId)) return 'issueId: expected a non-empty string';
  if (l.kind !== 'mention' && l.kind !== 'fact') return `kind: expected mention or fact, got ${JSON.stringify(l.kind)}`;
  if (!nonEmpty(l.itemId)) return 'itemId: expected a non-empty string';
  if (!ISO(l.at)) return `at: expected an ISO date-time, got ${JSON.stringify(l.at)}`;
  if (l.how !== 'auto' && l.how !== 'manual') return `how: expected auto or manual, got ${JSON.stringify(l.how)}`;
  return undefined;
}
