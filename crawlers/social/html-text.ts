// Plain text from the small HTML fragments APIs return as post bodies (Mastodon `content`, YouTube
// `textDisplay`): paragraphs and <br> become line breaks, tags go, entities decode.
import { loadHtml } from '../shared/html-load.js';

export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.trim();
  const $ = loadHtml(`<div id="x">${fragment}</div>`);
  const root = $('#x');
  root.find('br').replaceWith('\n');
  root.find('p').each((_, p) => void $(p).append('\n\n'));
  return root
    .text()
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
