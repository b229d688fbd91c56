// `pantau alerts list|test|ack|replay`: recent alerts with their state, deliveries and latency; a
// test message through a channel; acknowledging an alert (its key stays quiet until it grows); and
// the detectors run over stored history as if live, delivering nothing (to tune thresholds).
import type { Command } from 'commander';
import type { AlertRecord, OutboxEntry } from '../../core/alerts.js';
import { InputError } from '../../core/errors.js';
import { addLangOption, parseLang, type Lang } from '../i18n.js';
import { parseDateOption } from '../dates.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';
import { factcheckSourceIds } from '../../core/factcheck-sources.js';

/** An alert as `alerts list --json` shows it: the record, its deliveries and its latencies. */
export function alertView(a: AlertRecord, outbox: readonly OutboxEntry[]) {
  const mine = outbox.filter((e) => e.alertId === a.id);
  const firstSent = mine.filter((e) => e.event === 'alert' && e.sentAt).map((e) => Date.parse(e.sentAt!)).sort((x, y) => x - y)[0];
  const lat = a.latency;
  const pub = lat?.publishedAt ? Date.parse(lat.publishedAt) : undefined;
  const stored = lat?.storedAt ? Date.parse(lat.storedAt) : undefined;
  return {
    ...a,
    acknowledged: a.ackedAt !== undefined,
    latency: lat
      ? {
          ...lat,
          ...(firstSent !== undefined && pub !== undefined ? { publishToAlertMs: firstSent - pub } : {}),
          ...(firstSent !== undefined && stored !== undefined ? { storeToAlertMs: firstSent - stored } : {}),
        }
      : null,
    deliveries: mine.map((e) => ({ channel: e.channel, event: e.event, state: e.state, attempts: e.attempts, ...(e.sentAt ? { sentAt: e.sentAt } : {}), ...(e.lastError ? { lastError: e.lastError } : {}) })),
  };
}

const secs = (ms: number | undefined): string => (ms === undefined ? '-' : ms < 90_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

function listTable(views: ReturnType<typeof alertView>[], lang: Lang, zone: string, when: (iso: string) => string): string {
  const id = lang === 'id';
  if (!views.length) return id ? 'Belum ada peringatan.\n' : 'No alerts yet.\n';
  const out: string[] = [];
  for (const v of views) {
    const status = v.acknowledged ? (id ? 'diakui' : 'acknowledged') : v.status === 'open' ? (id ? 'aktif' : 'open') : id ? 'reda' : 'resolved';
    const sent = v.deliveries.filter((d) => d.state === 'sent').length;
    const pending = v.deliveries.filter((d) => d.state === 'pending').length;
    const failed = v.deliveries.filter((d) => d.state === 'failed').length;
    out.push(`${v.id}  [${status}]  ${v.kind}  ${terminalSafe(v.label)}`);
    out.push(
      `    ${id ? 'mulai' : 'started'} ${when(v.startedAt)}, ${id ? 'ukuran' : 'size'} ${v.size}, ${id ? 'kirim' : 'delivery'}: ${sent} ${id ? 'terkirim' : 'sent'}` +
        `${pending ? `, ${pending} ${id ? 'menunggu' : 'pending'}` : ''}${failed ? `, ${failed} ${id ? 'gagal' : 'failed'}` : ''}` +
        `; ${id ? 'latensi terbit→peringatan' : 'latency publish→alert'} ${secs(v.latency?.publishToAlertMs ?? v.latency?.publishToDetectMs)}, ${id ? 'simpan→peringatan' : 'store→alert'} ${secs(v.latency?.storeToAlertMs ?? v.latency?.storeToDetectMs)}`,
    );
    for (const d of v.deliveries.filter((x) => x.state === 'failed' || (x.state === 'pending' && x.lastError))) {
      out.push(`    ${d.channel} ${d.event}: ${d.state} (${d.attempts}×) ${terminalSafe(d.lastError ?? '')}`);
    }
  }
  void zone;
  return out.join('\n') + '\n';
}

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description('alerts: list recent ones, send a test message, acknowledge one, replay history');

  const list = alerts
    .command('list')
    .description('recent alerts with their state, deliveries and latency')
    .option('--json', 'print a JSON array (with deliveries and latencies in ms)')
    .option('-n, --limit <n>', 'how many', '20')
    .option('--open', 'only alerts that are not resolved')
    .option('-c, --config <file>', 'config file');
  addLangOption(list).action(async (opts, cmd: Command) => {
    const o = { ...cmd.optsWithGlobals(), ...opts } as GlobalOpts & { json?: boolean; limit: string; open?: boolean; lang?: string };
    const lang = parseLang(o.lang);
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit: expected a whole number ≥ 1, got "${o.limit}"`);
    const config = readConfig(o);
    const store = await openStore(config, makeLogger());
    try {
      const list = await store.listAlerts({ limit, ...(o.open ? { open: true } : {}) });
      const outbox = await store.listOutbox();
      const views = list.map((a) => alertView(a, outbox));
      if (o.json) {
        process.stdout.write(JSON.stringify(views, null, 2) + '\n');
        return;
      }
      const { when } = await import('../../alerts/message.js');
      process.stdout.write(listTable(views, lang, config.timezone, (iso) => when(iso, lang, config.timezone)));
    } finally {
      await store.close();
    }
  });

  const test = alerts
    .command('test')
    .description('send a test message through a configured channel')
    .requiredOption('--channel <id>', 'the channel id (alerts.channels[].id)')
    .option('-c, --config <file>', 'config file');
  addLangOption(test).action(async (opts, cmd: Command) => {
    const o = { ...cmd.optsWithGlobals(), ...opts } as GlobalOpts & { channel: string; lang?: string };
    const config = readConfig(o, 'optional');
    const conf = config.alerts.channels.find((c) => c.id === o.channel);
    if (!conf) throw new InputError(`--channel: expected one of ${config.alerts.channels.map((c) => c.id).join(', ') || '(no channels configured in alerts.channels)'}, got "${o.channel}"`);
    const lang = parseLang(o.lang ?? conf.lang ?? config.alerts.lang);
    const [{ createChannel }, { buildTestMessage }] = await Promise.all([import('../../alerts/channels/index.js'), import('../../alerts/message.js')]);
    const ch = createChannel(conf, config.alerts.delivery.timeout);
    const now = Date.now();
    try {
      await ch.send(buildTestMessage(conf.id, now, { lang, timezone: config.timezone }), { idempotencyKey: `test:${conf.id}:${now}`, nowMs: now });
    } finally {
      await ch.close?.();
    }
    process.stdout.write(lang === 'id' ? `terkirim: pesan uji lewat ${conf.id} (${conf.kind})\n` : `sent: test message through ${conf.id} (${conf.kind})\n`);
  });

  const ack = alerts
    .command('ack')
    .description('acknowledge an alert: its key stays quiet until it grows past twice its size now')
    .argument('<id>', 'the alert id (see `pantau alerts list`)')
    .option('-c, --config <file>', 'config file');
  addLangOption(ack).action(async (id: string, opts, cmd: Command) => {
    const o = { ...cmd.optsWithGlobals(), ...opts } as GlobalOpts & { lang?: string };
    const lang = parseLang(o.lang);
    const config = readConfig(o);
    const log = makeLogger();
    const store = await openStore(config, log);
    try {
      const a = await store.getAlert(id);
      if (!a) throw new InputError(`no alert "${id}" (see pantau alerts list)`);
      const { openAlerts } = await import('../alerts-runtime.js');
      const rt = await openAlerts(config, store, log);
      try {
        // Applied inside an evaluation commit, so a running `pantau run` never overwrites it.
        await rt.evaluator.evaluate({ ack: [id] });
      } finally {
        await rt.close();
      }
      process.stdout.write(lang === 'id' ? `diakui: ${id} (${terminalSafe(a.label)})\n` : `acknowledged: ${id} (${terminalSafe(a.label)})\n`);
    } finally {
      await store.close();
    }
  });

  const check = alerts
    .command('check')
    .description('evaluate what was stored since the last evaluation and deliver what is due (what `pantau run` does after each batch; for cron)')
    .option('-c, --config <file>', 'config file');
  addLangOption(check).action(async (opts, cmd: Command) => {
    const o = { ...cmd.optsWithGlobals(), ...opts } as GlobalOpts & { lang?: string };
    const lang = parseLang(o.lang);
    const config = readConfig(o);
    const log = makeLogger();
    const store = await openStore(config, log);
    try {
      const [{ openAlerts }, { alertsLine }] = await Promise.all([import('../alerts-runtime.js'), import('./run.js')]);
      const rt = await openAlerts(config, store, log);
      try {
        await rt.service.kick();
      } finally {
        await rt.close();
      }
      const t = rt.service.totals;
      process.stdout.write(alertsLine(t, lang) || (lang === 'id' ? 'peringatan: tidak ada yang baru\n' : 'alerts: nothing new\n'));
      if (t.failed) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

  const rp = alerts
    .command('replay')
    .description('run the detectors over stored history as if live and print what would have fired (delivers nothing)')
    .requiredOption('--from <date>', 'from YYYY-MM-DD (00:00 in the office time zone) or an ISO date-time')
    .requiredOption('--to <date>', 'to YYYY-MM-DD (that whole day) or an ISO date-time')
    .option('--step <duration>', 'evaluate every … of the history, as a live run polling that often would', '15m')
    .option('--all', 'also updates and reda (resolved) messages, not only new alerts')
    .option('--json', 'print a JSON array')
    .option('-c, --config <file>', 'config file');
  addLangOption(rp).action(async (opts, cmd: Command) => {
    const o = { ...cmd.optsWithGlobals(), ...opts } as GlobalOpts & { from: string; to: string; step: string; all?: boolean; json?: boolean; lang?: string };
    const lang = parseLang(o.lang);
    const config = readConfig(o);
    const from = Date.parse(parseDateOption(o.from, 'from', config.timezone)!);
    const to = Date.parse(parseDateOption(o.to, 'to', config.timezone)!);
    if (!(to > from)) throw new InputError(`--to: expected a time after --from, got "${o.to}"`);
    const { parseEvery } = await import('../../core/duration.js');
    let stepMs: number;
    try {
      stepMs = Math.round(parseEvery(o.step) * 60_000);
    } catch {
      throw new InputError(`--step: expected a duration like "15m" or "1h", got "${o.step}"`);
    }
    if (stepMs < 60_000) throw new InputError(`--step: expected at least 1m, got "${o.step}"`);
    const log = makeLogger();
    const store = await openStore(config, log);
    try {
      const [{ replay }, { keyLabeler }, { when }] = await Promise.all([import('../../alerts/replay.js'), import('../alerts-runtime.js'), import('../../alerts/message.js')]);
      const config2 = { ...config, alerts: { ...config.alerts, lang } };
      const events = await replay(store, {
        fromMs: from,
        toMs: to,
        stepMs,
        alerts: config2.alerts,
        timezone: config.timezone,
        watchlist: config.analysis.watchlist.map((w) => w.name),
        ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id),
        factcheckSources: factcheckSourceIds(config),
        label: await keyLabeler(config, store),
        allEvents: o.all === true,
        log,
      });
      if (o.json) {
        process.stdout.write(JSON.stringify(events, null, 2) + '\n');
        return;
      }
      const id = lang === 'id';
      if (!events.length) {
        process.stdout.write(id ? 'Tidak ada peringatan yang akan terpicu pada periode ini.\n' : 'Nothing would have fired in this period.\n');
        return;
      }
      for (const e of events) {
        const c = e.counts;
        const nums =
          e.kind === 'hoax-spread'
            ? `${c.sources ?? c.total} ${id ? 'media/akun' : 'outlets/accounts'}`
            : e.kind === 'share-shift'
              ? `${Math.round((c.share ?? 0) * 100)}% ${id ? 'negatif' : 'negative'} (${c.negative}/${c.total}), ${id ? 'biasanya' : 'usually'} ${Math.round(e.baseline * 100)}%`
              : `${c.negative} ${id ? 'negatif' : 'negative'} / ${c.total}, ${id ? 'biasanya' : 'usually'} ${e.baseline} (${e.baselineDays} ${id ? 'hari' : 'days'})`;
        process.stdout.write(`${when(e.at, lang, config.timezone)}  ${e.kind}${e.event !== 'alert' ? ` (${e.event})` : ''}  ${terminalSafe(e.label)}  [${e.key}]  ${nums}\n`);
      }
    } finally {
      await store.close();
    }
  });
}
