// Government and public organisations found by pattern, independent of the statistical tagger:
// these are what a humas office tracks, and their names follow fixed shapes ("Dinas X Kota Jambi",
// "Pemkot Jambi", "BPBD", "Kemendagri").
import type { EToken } from './tokenize.js';

/** Stand-alone acronyms and names (matched case-sensitively as whole tokens). */
const ACRONYMS = new Set(
  `BPBD BNPB KPK KPU KPUD Bawaslu BPS BMKG Basarnas BNN BPN BPJS BPOM BKKBN BRIN Bappeda Bapenda Bappenas BKD BKPSDM BPKAD
  Disdukcapil Dishub Dinkes Disdik Dinsos DLH Diskominfo Disnaker Disperindag Disparbud Dispora Disbudpar Damkar
  Inspektorat Ombudsman PDAM PLN Pertamina Telkom TNI Polri DPR MPR DPD DPRD MK MA KY BPK BPKP PUPR Satpol Kominfo
  Kemendagri Kemenkes Kemenag Kemenkeu Kemendikbud Kemendikbudristek Kemensos Kemenhub Kemenpan Kemenpora Kemnaker
  Kemenkumham Kemenlu Kemhan Kementan Kemenparekraf Kemendes Kemenperin Kemendag Kemenko KLHK ATR Setneg Setkab
  Polda Polres Polresta Polsek Polrestabes Kejari Kejati Kejagung Kodim Korem Kodam Koramil Lanud Lantamal
  Pemkot Pemkab Pemprov Pemda Pemdes Setda Sekretariat UIN Unja Golkar Gerindra PDIP PKB PKS NasDem Nasdem Demokrat PAN PPP
  Hanura Perindo PSI PBB Gelora Ummat NU Muhammadiyah MUI ICW YLBHI LBH Walhi`.split(/\s+/),
);

/** Words that begin a multi-word organisation name and take the capitalized words after them. */
const HEADS = new Set(
  `Dinas Badan Kementerian Kantor Lembaga Komisi Dewan Majelis Partai Universitas Institut Politeknik Sekolah Yayasan
  Rumah RSUD Puskesmas Satuan Bank Perusahaan Pengadilan Kejaksaan Kepolisian Direktorat Sekretariat Inspektorat
  Biro Bagian Balai Otoritas Pemerintah Pemkot Pemkab Pemprov DPRD Polda Polres Polresta Polsek Kejari Kejati`.split(/\s+/),
);

/** Connectors allowed inside a long official name: "Dinas Pekerjaan Umum dan Penataan Ruang". */
const INNER = new Set(['dan', '&']);
/** Heads of long descriptive names, the only ones that may continue over "dan". */
const LONG_HEADS = new Set(['Dinas', 'Badan', 'Kementerian', 'Komisi', 'Lembaga', 'Dewan', 'Majelis', 'Direktorat', 'Biro', 'Balai', 'Satuan']);
/** Region words that may end an organisation name: "Dinas PUPR Kota Jambi", "Polda Jambi". */
const REGION_WORDS = new Set(['Kota', 'Kabupaten', 'Kab', 'Provinsi', 'Prov']);

export interface Span {
  start: number; // token index
  end: number; // exclusive
  type: 'person' | 'organization';
}

function isCap(t: EToken | undefined): boolean {
  if (!t || !t.word) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
}

/** Capitalized continuation of an organisation name starting after token i (inclusive end index). */
function extend(tokens: EToken[], i: number, maxLen = 8, joinAnd = false): number {
  let end = i;
  for (let j = i + 1; j < tokens.length && j <= i + maxLen; j++) {
    const t = tokens[j]!;
    // Another organisation starts here ("Satpol PP dan Disdukcapil", "Pemkot Jambi BPBD").
    if (j > i + 1 && (HEADS.has(t.text) || ACRONYMS.has(t.text)) && !REGION_WORDS.has(t.text)) break;
    // An initial with its full stop inside a name: "RSUD S.K. Lerik", "Universitas H. Aliudin".
    if (isCap(t) && t.text.length === 1 && tokens[j + 1]?.text === '.' && isCap(tokens[j + 2])) {
      end = ++j;
      continue;
    }
    if (isCap(t) || (/^\d+$/.test(t.text) && end === j - 1)) end = j;
    else if (joinAnd && INNER.has(t.text) && isCap(tokens[j + 1]) && !ACRONYMS.has(tokens[j + 1]!.text)) continue;
    else break;
  }
  return end;
}

export function findOrgs(tokens: EToken[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (HEADS.has(t.text)) {
      const end = extend(tokens, i, 8, LONG_HEADS.has(t.text));
      // A bare head word ("Dinas", "Kantor") with nothing after it is not a name.
      if (end > i || ACRONYMS.has(t.text)) {
        out.push({ start: i, end: end + 1, type: 'organization' });
        i = end;
      }
      continue;
    }
    if (ACRONYMS.has(t.text)) {
      // "BPBD Kota Jambi", "Satpol PP", "DPRD Provinsi Jambi": take a following region or PP.
      let end = i;
      if (tokens[i + 1]?.text === 'PP') end = i + 1;
      if (REGION_WORDS.has(tokens[end + 1]?.text ?? '') && isCap(tokens[end + 2])) end = extend(tokens, end + 1, 3);
      else if (/^(Polda|Polres|Polresta|Polsek|Kejari|Kejati|Pemkot|Pemkab|Pemprov|Kodim|Korem)$/.test(t.text) && isCap(tokens[end + 1])) {
        end = extend(tokens, end, 3);
      }
      out.push({ start: i, end: end + 1, type: 'organization' });
      i = end;
    }
  }
  return out;
}
