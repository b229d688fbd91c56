import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';

const parse = (alerts: unknown) => parseConfig({ alerts } as Record<string, unknown>, { file: 'x.yaml', env: {} }).alerts;

describe('alerts config', () => {
  it('has four default rules and the discipline defaults', () => {
    const a = parseConfig({}, { env: {} }).alerts;
    expect(a.rules.map((r) => r.kind)).toEqual(['spike', 'share', 'hoax', 'watch']);
    expect(a.cooldown).toBe(4 * 3_600_000);
    expect(a.lang).toBe('id');
    const spike = a.rules[0]!;
    expect(spike.kind === 'spike' && spike.window).toBe(2 * 3_600_000);
    expect(spike.kind === 'spike' && spike.baselineDays).toBe(14);
    expect(a.channels).toEqual([]);
  });
  it('reads durations, channels and quiet hours', () => {
    const a = parse({
      cooldown: '2h',
      quietHours: { from: '22:00', to: '06:00' },
      channels: [
        { id: 'tg', kind: 'telegram', chatId: -100123 },
        { id: 'mail', kind: 'email', to: 'humas@jambikota.go.id', from: 'pantau@jambikota.go.id', host: 'smtp.local' },
      ],
      rules: [{ id: 'banjir', kind: 'spike', window: '30m', minCount: 8, channels: ['tg'] }],
    });
    expect(a.cooldown).toBe(7_200_000);
    expect(a.channels[0]).toMatchObject({ kind: 'telegram', chatId: '-100123', tokenEnv: 'PANTAU_TELEGRAM_BOT_TOKEN', apiBase: 'https://api.telegram.org' });
    expect(a.channels[1]).toMatchObject({ to: ['humas@jambikota.go.id'], port: 587, passEnv: 'PANTAU_SMTP_PASS' });
    expect(a.rules).toHaveLength(1);
    expect(a.rules[0]).toMatchObject({ window: 1_800_000, minCount: 8, minStories: 4 });
  });
  it('says "expected X, got Y" naming the key', () => {
    expect(() => parse({ rules: [{ id: 'a', kind: 'spik' }] })).toThrow(/x\.yaml: alerts\.rules\[0\]\.kind: expected spike, share, hoax, watch, got string "spik"/);
    expect(() => parse({ rules: [{ id: 'a', kind: 'spike', minCount: 'lima' }] })).toThrow(/alerts\.rules\[0\]\.minCount: expected number, got string "lima"/);
    expect(() => parse({ quietHours: { from: '7', to: '06:00' } })).toThrow(/alerts\.quietHours\.from: expected a time HH:MM, got string "7"/);
    expect(() => parse({ cooldown: 'soon' })).toThrow(/alerts\.cooldown: expected a duration/);
    expect(() => parse({ channels: [{ id: 'w', kind: 'webhook', url: 'ftp://x' }] })).toThrow(/alerts\.channels\[0\]\.url: expected an http\(s\) URL, got string "ftp:\/\/x"/);
    expect(() => parse({ rules: [{ id: 'a', kind: 'spike', channels: ['nope'] }] })).toThrow(/alerts\.rules\[id=a\]\.channels: expected one of the channel ids \(none configured\), got "nope"/);
    expect(() => parse({ rules: [{ id: 'a', kind: 'spike', foo: 1 }] })).toThrow(/unknown key "alerts\.rules\[0\]\.foo"/);
    expect(() => parse({ channels: [{ id: 's', kind: 'slack', url: 'https://hooks.slack.com/x' }] })).toThrow(/unknown key "alerts\.channels\[0\]\.url"/);
  });
  it('takes env overrides of scalar keys', () => {
    const c = parseConfig({}, { env: { PANTAU_ALERTS_ENABLED: 'false', PANTAU_ALERTS_COOLDOWN: '30m', PANTAU_ALERTS_LANG: 'en' } });
    expect(c.alerts.enabled).toBe(false);
    expect(c.alerts.cooldown).toBe(1_800_000);
    expect(c.alerts.lang).toBe('en');
  });
});
