// docker-compose.yml (Elasticsearch, Kibana, Pantau) and docker-compose.sqlite.yml checked without
// Docker: they parse, have the services in the order of their dependencies, health checks where a
// service waits on another's health, passwords only from .env (documented in .env.example, none
// written into the files), memory limits that fit an 8 GB laptop, and the image the Dockerfile builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  mem_limit?: string;
  ports?: string[];
  restart?: string;
  profiles?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = (f: string) => parse(read(f)) as Compose;

/** Bytes of a compose size ("2g", "1536m"), after the default of a ${VAR:-default} reference. */
function bytes(v: string | undefined): number {
  const s = String(v).replace(/^\$\{[A-Z_]+:-([^}]+)\}$/, '$1');
  const m = /^(\d+)([kmg])$/i.exec(s);
  if (!m) throw new Error(`not a size: ${v}`);
  return Number(m[1]) * { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as 'k' | 'm' | 'g'];
}

/** Variables docker compose interpolates (`${X}`, `${X:-d}`, `${X:?msg}`, `$X`), not the `$$` escapes meant for the container's shell. */
function interpolated(text: string): Set<string> {
  const out = new Set<string>();
  const noEscapes = text.replace(/\$\$/g, '');
  for (const m of noEscapes.matchAll(/\$\{([A-Z_][A-Z0-9_]*)|\$([A-Z_][A-Z0-9_]*)/g)) out.add(m[1] ?? m[2]!);
  return out;
}

function envExample(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of read('.env.example').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

describe('docker-compose.yml: Elasticsearch, Kibana and Pantau', () => {
  const c = compose('docker-compose.yml');
  const s = c.services;

  it('has the five services, each starting when what it needs is ready', () => {
    expect(Object.keys(s).sort()).toEqual(['elasticsearch', 'kibana', 'kibana-import', 'kibana-password', 'pantau']);
    expect(s['kibana-password']!.depends_on).toEqual({ elasticsearch: { condition: 'service_healthy' } });
    expect(s.kibana!.depends_on).toEqual({ 'kibana-password': { condition: 'service_completed_successfully' } });
    expect(s.pantau!.depends_on).toEqual({ elasticsearch: { condition: 'service_healthy' } });
    expect(s['kibana-import']!.depends_on?.kibana).toEqual({ condition: 'service_healthy' });
    // Whatever a service waits on to be healthy has a health check.
    for (const [name, svc] of Object.entries(s)) {
      for (const [dep, { condition }] of Object.entries(svc.depends_on ?? {})) {
        expect(s[dep], `${name} depends on ${dep}`).toBeDefined();
        if (condition === 'service_healthy') expect(s[dep]!.healthcheck?.test.length, `${dep} healthcheck`).toBeGreaterThan(0);
      }
    }
    // One-shots run once; long-running services come back after a reboot.
    expect(s['kibana-password']!.restart).toBe('no');
    expect(s['kibana-import']!.restart).toBe('no');
    for (const n of ['elasticsearch', 'kibana', 'pantau']) expect(s[n]!.restart).toBe('unless-stopped');
  });

  it('Elasticsearch single node with security on; Kibana and Elasticsearch of the same version', () => {
    const es = s.elasticsearch!;
    expect(es.environment!['discovery.type']).toBe('single-node');
    expect(es.environment!['xpack.security.enabled']).toBe('true');
    expect(es.image).toMatch(/^docker\.elastic\.co\/elasticsearch\/elasticsearch:\$\{STACK_VERSION:-[89]\.\d+\.\d+\}$/);
    expect(s.kibana!.image).toBe(es.image!.replace('elasticsearch/elasticsearch', 'kibana/kibana'));
    expect(es.healthcheck!.test.join(' ')).toContain('_cluster/health');
    expect(s.kibana!.healthcheck!.test.join(' ')).toContain('5601');
    expect(s.kibana!.environment!.ELASTICSEARCH_USERNAME).toBe('kibana_system');
    // Ports only on the loopback interface: security on, but no TLS on HTTP.
    for (const svc of Object.values(s)) for (const p of svc.ports ?? []) expect(p).toMatch(/^127\.0\.0\.1:/);
  });

  it('passwords only from .env: required references, documented in .env.example with empty values', () => {
    const text = read('docker-compose.yml');
    const example = envExample();
    for (const v of interpolated(text)) expect(example.has(v), `${v} is used in docker-compose.yml but missing from .env.example`).toBe(true);
    for (const secret of ['ELASTIC_PASSWORD', 'KIBANA_PASSWORD', 'KIBANA_ENCRYPTION_KEY']) {
      expect(text).toContain(`\${${secret}:?`);
      expect(example.get(secret), `${secret} has no value in .env.example`).toBe('');
    }
    // No literal password anywhere in the environment blocks.
    for (const svc of Object.values(s)) {
      for (const [k, v] of Object.entries(svc.environment ?? {})) if (/PASSWORD|API_KEY|TOKEN|ENCRYPTIONKEY/.test(k)) expect(String(v), k).toMatch(/^\$\{[A-Z_]+:[-?]/);
    }
    expect(read('.gitignore').split('\n')).toContain('.env');
    expect(read('.dockerignore').split('\n')).toContain('.env');
  });

  it('memory: heap at most half of the Elasticsearch limit; the long-running services and the largest one-shot under 5 GB', () => {
    const es = s.elasticsearch!;
    const heap = /-Xmx\$\{ES_HEAP:-(\d+[kmg])\}/.exec(es.environment!.ES_JAVA_OPTS!)![1]!;
    expect(bytes(heap)).toBeLessThanOrEqual(bytes(es.mem_limit) / 2);
    expect(envExample().get('ES_HEAP')).toBe(heap);
    let running = 0;
    let oneShot = 0;
    for (const [name, svc] of Object.entries(s)) {
      expect(svc.mem_limit, `${name} mem_limit`).toBeDefined();
      if (svc.restart === 'no') oneShot = Math.max(oneShot, bytes(svc.mem_limit));
      else running += bytes(svc.mem_limit);
    }
    // The one-shots run before Kibana (kibana-password) or after it is up (kibana-import), one at a time.
    expect(running + oneShot).toBeLessThan(5 * 1024 ** 3);
  });

  it('pantau runs `pantau run` from the built image against the cluster; kibana-import imports into Kibana', () => {
    const p = s.pantau!;
    expect(p.build).toBe('.');
    expect(p.image).toBe('pantau:local');
    expect(p.command).toEqual(['run', '--config', '/srv/pantau/pantau.config.yaml']);
    expect(p.environment).toMatchObject({ PANTAU_STORAGE_DRIVER: 'elasticsearch', PANTAU_STORAGE_NODE: 'http://elasticsearch:9200', PANTAU_STORAGE_REPLICAS: '0', ELASTICSEARCH_USERNAME: 'elastic' });
    const k = s['kibana-import']!;
    expect(k.image).toBe('pantau:local');
    expect((k.command as string[]).slice(0, 4)).toEqual(['kibana', 'import', '--url', 'http://kibana:5601']);
    expect(k.environment!.KIBANA_USERNAME).toBe('elastic');
    // The image's entry point is the pantau command: `command` holds its arguments.
    expect(read('Dockerfile')).toMatch(/ENTRYPOINT \["tini", "--", "pantau"\]/);
    expect(Object.keys(c.volumes ?? {})).toContain('esdata');
  });
});

describe('docker-compose.sqlite.yml: the SQLite-only way', () => {
  it('runs only pantau on the embedded store', () => {
    const c = compose('docker-compose.sqlite.yml');
    expect(Object.keys(c.services)).toEqual(['pantau']);
    const p = c.services.pantau!;
    expect(p.build).toBe('.');
    expect(p.command).toEqual(['run', '--config', '/srv/pantau/pantau.config.yaml']);
    expect(JSON.stringify(p.environment)).not.toMatch(/ELASTICSEARCH|PANTAU_STORAGE_DRIVER/);
    for (const v of interpolated(read('docker-compose.sqlite.yml'))) expect(envExample().has(v), v).toBe(true);
  });
});
