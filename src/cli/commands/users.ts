// `pantau users add|list|passwd|remove`: the dashboard's accounts (roles admin, humas, pimpinan) in
// the store. A password is read from standard input (the first line) when it is not a terminal, so
// scripts can pipe it; on a terminal it is asked for twice without echo.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { WEB_ROLES, type WebRole } from '../../core/web.js';
import { addLangOption, parseLang, type Lang } from '../i18n.js';
import type { GlobalOpts } from '../runtime.js';

/** What the commands print for people (errors stay English one-liners, like every command's). */
const T: Record<Lang, { added: string; changed: string; removed: string; none: string }> = {
  id: { added: 'ditambahkan', changed: 'kata sandi diganti', removed: 'dihapus', none: 'belum ada akun' },
  en: { added: 'added', changed: 'password changed', removed: 'removed', none: 'no accounts' },
};

const NAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new InputError(`username: expected 2–64 lower-case letters, digits, dots, dashes or underscores, got "${name}"`);
  return name;
}

function checkRole(role: string): WebRole {
  if (!(WEB_ROLES as readonly string[]).includes(role)) throw new InputError(`--role: expected ${WEB_ROLES.join(', ')}, got "${role}"`);
  return role as WebRole;
}

async function askHidden(prompt: string): Promise<string> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asked = false;
  out._writeToOutput = (s: string) => {
    if (!asked) {
      asked = true;
      process.stdout.write(s);
    }
  };
  return new Promise((resolve) =>
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function readPassword(): Promise<string> {
  const { MIN_PASSWORD_LENGTH } = await import('../../server/password.js');
  let pw: string;
  if (process.stdin.isTTY) {
    pw = await askHidden('Kata sandi / password: ');
    const again = await askHidden('Ulangi / repeat: ');
    if (pw !== again) throw new InputError('password: the two entries differ');
  } else {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    pw = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  if (pw.length < MIN_PASSWORD_LENGTH) throw new InputError(`password: at least ${MIN_PASSWORD_LENGTH} characters, got ${pw.length}`);
  return pw;
}

async function withStore<R>(opts: GlobalOpts, body: (store: import('../../core/types.js').Store, timezone: string) => Promise<R>): Promise<R> {
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const config = readConfig(opts);
  const store = await openStore(config, makeLogger());
  try {
    return await body(store, config.timezone);
  } finally {
    await store.close();
  }
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('dashboard accounts: add, list, change a password, remove');
  const cfg = (c: Command) => addLangOption(c.option('-c, --config <file>', 'config file'));

  cfg(users.command('add').description('add an account (password from stdin or asked)').argument('<username>').requiredOption('--role <role>', `one of ${WEB_ROLES.join(', ')}`)).action(
    async (name: string, opts: GlobalOpts & { role: string; lang: string }, c: Command) => {
      const o = { ...c.optsWithGlobals(), ...opts };
      const t = T[parseLang(o.lang)];
      const username = checkName(name);
      const role = checkRole(o.role);
      const pw = await readPassword();
      const { hashPassword } = await import('../../server/password.js');
      await withStore(o, async (store) => {
        if (await store.getUser(username)) throw new InputError(`user "${username}" exists (pantau users passwd ${username} to change the password)`);
        const now = new Date().toISOString();
        await store.putUser({ username, role, passwordHash: await hashPassword(pw), createdAt: now, updatedAt: now });
      });
      process.stdout.write(`${t.added}: ${username} (${role})\n`);
    },
  );

  cfg(users.command('list').description('list accounts (last change in the office time zone)').option('--json', 'JSON')).action(async (opts: GlobalOpts & { json?: boolean; lang: string }, c: Command) => {
    const o = { ...c.optsWithGlobals(), ...opts };
    const t = T[parseLang(o.lang)];
    const [list, zone] = await withStore(o, async (s, tz) => [await s.listUsers(), tz] as const);
    const rows = list.map((u) => ({ username: u.username, role: u.role, createdAt: u.createdAt, updatedAt: u.updatedAt }));
    if (o.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else {
      const { formatLocalMinute } = await import('../../core/time.js');
      process.stdout.write(rows.length ? rows.map((r) => `${r.username}\t${r.role}\t${formatLocalMinute(Date.parse(r.updatedAt), zone)}`).join('\n') + '\n' : `${t.none}\n`);
    }
  });

  cfg(users.command('passwd').description('set a new password (ends the user’s sessions)').argument('<username>').option('--role <role>', 'also change the role')).action(
    async (name: string, opts: GlobalOpts & { role?: string; lang: string }, c: Command) => {
      const o = { ...c.optsWithGlobals(), ...opts };
      const t = T[parseLang(o.lang)];
      const role = o.role ? checkRole(o.role) : undefined;
      const pw = await readPassword();
      const { hashPassword } = await import('../../server/password.js');
      await withStore(o, async (store) => {
        const u = await store.getUser(name);
        if (!u) throw new InputError(`no user "${name}" (pantau users list)`);
        await store.putUser({ ...u, ...(role ? { role } : {}), passwordHash: await hashPassword(pw), updatedAt: new Date().toISOString() });
        await store.deleteSessions({ username: name });
      });
      process.stdout.write(`${t.changed}: ${name}\n`);
    },
  );

  cfg(users.command('remove').description('remove an account and its sessions').argument('<username>')).action(async (name: string, opts: GlobalOpts & { lang: string }, c: Command) => {
    const o = { ...c.optsWithGlobals(), ...opts };
    const t = T[parseLang(o.lang)];
    const gone = await withStore(o, (s) => s.removeUser(name));
    if (!gone) throw new InputError(`no user "${name}" (pantau users list)`);
    process.stdout.write(`${t.removed}: ${name}\n`);
  });
}
