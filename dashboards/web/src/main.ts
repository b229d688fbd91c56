// The dashboard's entry: login, the view router (#/isu, #/isu/ID (one issue), #/sebutan, #/peringatan, #/sumber, #/audit,
// #/pimpinan), the language switch. A pimpinan account starts on the leadership view.
import { ApiError, current, get, login, logout, restore } from './api.js';
import { clear, h } from './dom.js';
import { getLang, setLang, t, translateStatic } from './i18n.js';
import { renderIssuePage } from './issue-page.js';
import { renderIssues } from './issues.js';
import { renderLeader } from './leader.js';
import { renderMentions } from './mentions.js';
import { renderAlerts, renderAudit, renderSources } from './panels.js';
import type { Meta } from './types.js';

const view = document.getElementById('view')!;
const form = document.getElementById('login') as HTMLFormElement;
const nav = document.getElementById('nav')!;
let meta: Meta | undefined;

function route(): { name: string; params: URLSearchParams } {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const fallback = current()?.role === 'pimpinan' ? 'pimpinan' : 'isu';
  return { name: path || fallback, params: new URLSearchParams(query ?? '') };
}

async function show(): Promise<void> {
  const s = current();
  form.hidden = Boolean(s);
  nav.hidden = !s;
  document.getElementById('logout')!.hidden = !s;
  document.getElementById('who')!.textContent = s ? `${s.username} (${s.role})` : '';
  if (!s) {
    clear(view);
    return;
  }
  meta ??= await get<Meta>('/api/meta');
  const { name, params } = route();
  nav.querySelectorAll<HTMLAnchorElement>('a').forEach((a) => a.classList.toggle('active', a.dataset.view === name.split('/')[0]));
  try {
    if (name === 'sebutan') await renderMentions(view, meta, params);
    else if (name === 'peringatan') await renderAlerts(view, meta);
    else if (name === 'sumber') await renderSources(view, meta);
    else if (name === 'audit') await renderAudit(view, meta);
    else if (name === 'pimpinan') await renderLeader(view, meta, params);
    else if (name.startsWith('isu/')) await renderIssuePage(view, meta, decodeURIComponent(name.slice(4)), params);
    else await renderIssues(view, meta, params);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      await restore();
      return show();
    }
    clear(view);
    view.append(h('p', { class: 'error', role: 'alert' }, `${t('failed')}: ${(e as Error).message}`));
  }
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  const err = document.getElementById('login-error')!;
  try {
    await login(String(data.get('username')), String(data.get('password')));
    err.textContent = '';
    form.reset();
    await show();
  } catch (x) {
    err.textContent = x instanceof ApiError && x.status === 401 ? t('login.failed') : (x as Error).message;
  }
});
document.getElementById('logout')!.addEventListener('click', async () => {
  await logout();
  await show();
});
document.getElementById('lang')!.addEventListener('click', () => {
  setLang(getLang() === 'id' ? 'en' : 'id');
  translateStatic();
  void show();
});
window.addEventListener('hashchange', () => void show());

translateStatic();
void restore().then(show);
