// Evaluation (issue 23): what the CLI, the API and the dashboard's issue page call. Everything reads
// and writes through the Store interface.
import type { Complaint, ResponseLink } from '../core/evaluation.js';
import type { Store } from '../core/types.js';
import { complaintState, type ComplaintState, type DeadlineRules } from './complaints.js';
import { issueEffect, responseContent, type EffectOptions, type IssueEffect } from './effect.js';

export * from './complaints.js';
export * from './effect.js';
export * from './report.js';
export { autoResponseLinks } from './responses.js';
export { linkResponse, resolveResponseItem, unlinkResponse } from './manual-link.js';
export { importComplaints, linkIssues } from './import.js';
export { newcombeDiff, wilson } from './stats.js';
export { renderEvaluationHtml, renderEvaluationMarkdown, SECTION_TITLES } from './render.js';

export interface IssueEvaluation {
  issueId: string;
  /** Responses linked to the issue, earliest first. */
  responses: ResponseLink[];
  /** The effect around the first response; absent without one. */
  effect?: IssueEffect;
  /** Complaints linked to the issue, with their status at `asOf`. */
  complaints: (Complaint & ComplaintState)[];
}

/** One issue's responses, their effect and its complaints: what the dashboard's issue page shows. */
export async function issueEvaluation(store: Store, issueId: string, opts: { effect: EffectOptions; rules: DeadlineRules; asOf: number }): Promise<IssueEvaluation> {
  const responses = (await store.listResponseLinks({ issueId })).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const complaints = (await store.listComplaints({ issueId })).map((c) => ({ ...c, ...complaintState(c, opts.asOf, opts.rules) }));
  if (!responses.length) return { issueId, responses, complaints };
  const effect = await issueEffect(store, issueId, responses, await responseContent(store, responses[0]!), opts.effect);
  return { issueId, responses, effect, complaints };
}
