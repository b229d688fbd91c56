// Channels named in config.alerts.channels, built once per process.
import type { AlertChannelConfig } from '../../core/alerts-config.js';
import { emailChannel } from './email.js';
import { slackChannel } from './slack.js';
import { telegramChannel } from './telegram.js';
import type { Channel } from './types.js';
import { webhookChannel } from './webhook.js';

export type { Channel, SendContext } from './types.js';

export function createChannel(c: AlertChannelConfig, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Channel {
  switch (c.kind) {
    case 'webhook':
      return webhookChannel({ id: c.id, url: c.url, secretEnv: c.secretEnv, lang: c.lang, timeoutMs, env });
    case 'slack':
      return slackChannel({ id: c.id, urlEnv: c.urlEnv, lang: c.lang, timeoutMs, env });
    case 'telegram':
      return telegramChannel({ id: c.id, chatId: c.chatId, tokenEnv: c.tokenEnv, apiBase: c.apiBase, lang: c.lang, timeoutMs, env });
    case 'email':
      return emailChannel({ ...c, timeoutMs, env });
  }
}

export function createChannels(list: readonly AlertChannelConfig[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Map<string, Channel> {
  return new Map(list.filter((c) => c.enabled).map((c) => [c.id, createChannel(c, timeoutMs, env)]));
}
