import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { createPinnedAgent } from '../../../crawlers/shared/pinned-agent.js';

// DNS rebinding: the connect must go to the address the SSRF guard checked, not to a second DNS
// answer. "pinned.invalid" cannot be resolved by any resolver (RFC 6761), so reaching the local
// server under that name proves the connection used the pin and asked no DNS.
describe('pinned agent', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => res.end(`host=${req.headers.host}`));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('connects a pinned host to its checked address, keeping the name in the request', async () => {
    const agent = createPinnedAgent();
    agent.pin('Pinned.Invalid.', ['127.0.0.1']);
    const res = await fetch(`http://pinned.invalid:${port}/`, { dispatcher: agent.dispatcher });
    expect(await res.text()).toBe(`host=pinned.invalid:${port}`);
    await agent.close();
  });

  it('resolves an unpinned host normally, and a later pin replaces the earlier one', async () => {
    const agent = createPinnedAgent();
    await expect(fetch(`http://unpinned.invalid:${port}/`, { dispatcher: agent.dispatcher })).rejects.toThrow();
    agent.pin('unpinned.invalid', ['127.0.0.1']);
    expect((await fetch(`http://unpinned.invalid:${port}/`, { dispatcher: agent.dispatcher })).status).toBe(200);
    agent.pin('unpinned.invalid', []); // nothing checked this time: the last checked addresses stay
    expect((await fetch(`http://unpinned.invalid:${port}/`, { dispatcher: agent.dispatcher })).status).toBe(200);
    await agent.close();
  });
});
