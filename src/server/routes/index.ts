// The API routes and what they need from the rest of Pantau, wired in by `pantau serve`.
import type { FastifyInstance } from 'fastify';
import type { PantauConfig } from '../../core/config.js';
import type { RegionTag, Store } from '../../core/types.js';
import type { DeadlineRules } from '../../evaluation/complaints.js';
import type { AreaSet } from '../../maps/boundaries.js';
import { createMapCache, type BuiltMap, type MapKey } from '../map-cache.js';
import { registerCorrections } from './corrections.js';
import { registerEvaluation } from './evaluation.js';
import { registerGeo } from './geo.js';
import { registerIssueCorrections } from './issue-corrections.js';
import { registerIssues } from './issues.js';
import { registerMentions } from './mentions.js';
import { registerOther } from './other.js';

export interface ServerDeps {
  store: Store;
  config: PantauConfig;
  /** The issue map of a period (src/maps' producer with the analyzers' text tools), and how many issue ids it wrote. */
  buildMap(req: MapKey): Promise<BuiltMap>;
  /** Acknowledge an alert through the alert evaluator (so a running `pantau run` never overwrites it). */
  ackAlert(id: string): Promise<void>;
  /** The owned-channel audit of a period (src/audit over the owned sources' mentions). */
  audit(from?: string, to?: string): Promise<unknown>;
  /** A Kemendagri code as a place tag (name and level), or undefined when unknown. */
  place(code: string): RegionTag | undefined;
  /** Places by (part of) their name or a code, the home region's first (the place correction control). */
  findPlaces(query: string, limit: number): RegionTag[];
  /** Topic ids of the taxonomy with their labels. */
  topics: { id: string; label: { id: string; en: string } }[];
  /** The home city's simplified boundaries (map.boundaries), or undefined without a boundary file. */
  areas?(): Promise<AreaSet | undefined>;
  /** Complaint deadline rules (working days, holidays) for the issue page's complaints. */
  complaintRules: DeadlineRules;
  /** A mention URL as its stored id (canonicalized as the crawlers store it). */
  mentionIdOfUrl?(url: string): string;
  now?: () => number;
}

export function registerRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const maps = createMapCache(deps.store, (key) => deps.buildMap(key));
  registerMentions(app, deps);
  registerIssues(app, deps, maps);
  registerGeo(app, deps, maps);
  registerEvaluation(app, deps);
  registerOther(app, deps);
  registerCorrections(app, deps);
  registerIssueCorrections(app, deps);
}
