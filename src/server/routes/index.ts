// The API routes and what they need from the rest of Pantau, wired in by `pantau serve`.
import type { FastifyInstance } from 'fastify';
import type { PantauConfig } from '../../core/config.js';
import type { RegionTag, Store } from '../../core/types.js';
import type { BuiltMap, MapKey } from '../map-cache.js';
import { registerCorrections } from './corrections.js';
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
  /** Topic ids of the taxonomy with their labels. */
  topics: { id: string; label: { id: string; en: string } }[];
  now?: () => number;
}

export function registerRoutes(app: FastifyInstance, deps: ServerDeps): void {
  registerMentions(app, deps);
  registerIssues(app, deps);
  registerOther(app, deps);
  registerCorrections(app, deps);
}
