// Wiring of `pantau serve`: the server's dependencies from the config, the store, the map runtime
// (analyzers' text tools, gazetteer, topics), the alert evaluator and the channel audit.
import type { PantauConfig } from '../core/config.js';
import type { Logger, Mention, Store } from '../core/types.js';
import type { ServerDeps } from '../server/app.js';

export async function serverDeps(config: PantauConfig, store: Store, log: Logger, now: () => number = Date.now): Promise<ServerDeps> {
  const [{ mapRuntime }, { produceMap }, { loadGazetteer }, { DEFAULT_TAXONOMY }, { searchPlaces }, { mapAreas }, { deadlineRules }, { canonicalizeUrl }, { mentionId }] = await Promise.all([
    import('./map-runtime.js'),
    import('../maps/produce.js'),
    import('../../analyzers/regions/index.js'),
    import('../../analyzers/topics/taxonomy.js'),
    import('../../analyzers/regions/search.js'),
    import('./map-output.js'),
    import('./complaints-runtime.js'),
    import('../../crawlers/shared/url.js'),
    import('../core/ids.js'),
  ]);
  const gaz = loadGazetteer();
  const runtimes = { id: await mapRuntime(config, store, 'id', () => new Date(now())), en: await mapRuntime(config, store, 'en', () => new Date(now())) };
  return {
    store,
    config,
    now,
    // The same boundaries as `pantau map --format html`, simplified once (cached beside the store).
    areas: () => mapAreas(config),
    complaintRules: deadlineRules(config),
    mentionIdOfUrl: (url) => mentionId(canonicalizeUrl(url)),
    topics: DEFAULT_TAXONOMY.topics.map((t) => ({ id: t.id, label: { ...t.label } })),
    place: (code) => {
      const p = gaz.byCode.get(code);
      return p ? { code: p.code, name: p.name, level: p.level as 'province' | 'regency' | 'district' | 'village' } : undefined;
    },
    findPlaces: (query, limit) => searchPlaces(query, { home: config.analysis.homeRegion, limit }),
    async buildMap(req) {
      const rt = runtimes[req.lang];
      const region = req.region ? { code: req.region, name: rt.regionName(req.region) ?? req.region } : undefined;
      let idsWritten = 0;
      const map = await produceMap({ from: req.from, to: req.to, lang: req.lang, ...(region ? { region } : {}), idsWritten: (n) => (idsWritten += n) }, rt.deps);
      return { map, idsWritten };
    },
    async ackAlert(id) {
      const { openAlerts } = await import('./alerts-runtime.js');
      const rt = await openAlerts(config, store, log);
      try {
        await rt.evaluator.evaluate({ ack: [id] });
      } finally {
        await rt.close();
      }
    },
    async audit(from, to) {
      const [{ auditChannels }, { isQuestionOrComplaint }, { loadMentions }, { parseDateOption }] = await Promise.all([
        import('../audit/index.js'),
        import('../../analyzers/questions/index.js'),
        import('./commands/audit.js'),
        import('./dates.js'),
      ]);
      const owned = config.sources.filter((s) => s.owned);
      const f = parseDateOption(from, 'from', config.timezone);
      const t = parseDateOption(to, 'to', config.timezone);
      const loadFrom = f ? new Date(Date.parse(f) - 30 * 86_400_000).toISOString() : undefined;
      let mentions: Mention[] = [];
      for (const s of owned) mentions = mentions.concat(await loadMentions(store, s.id, loadFrom, t));
      return auditChannels(mentions, owned, {
        from: f,
        to: t,
        defaultDeadlineDays: config.audit.deadlineDays,
        holidays: config.audit.holidays,
        classify: isQuestionOrComplaint,
        timezone: config.timezone,
      });
    },
  };
}
