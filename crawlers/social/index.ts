// The social connectors, one Crawler per platform kind, all on the shared polite HTTP client.
// crawlers/index.ts registers them on the shared client: createSocialCrawlers({ http, log }).
import type { Crawler } from '../../src/core/types.js';
import { createFacebookCrawler } from './facebook.js';
import { createImportCrawler } from './import.js';
import { createInstagramCrawler } from './instagram.js';
import { createMastodonCrawler } from './mastodon.js';
import { createRedditCrawler } from './reddit.js';
import { createTelegramCrawler } from './telegram.js';
import type { SocialDeps } from './types.js';
import { createXCrawler } from './x.js';
import { createYoutubeCrawler } from './youtube.js';

export type { SocialDeps } from './types.js';

export function createSocialCrawlers(deps: SocialDeps): Crawler[] {
  return [
    createTelegramCrawler(deps),
    createYoutubeCrawler(deps),
    createMastodonCrawler(deps),
    createRedditCrawler(deps),
    createXCrawler(deps),
    createFacebookCrawler(deps),
    createInstagramCrawler(deps),
    createImportCrawler(deps),
  ];
}
