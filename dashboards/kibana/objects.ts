// Pantau's Kibana saved objects: a data view over the mentions read alias, two saved searches (the
// latest negative mentions, the hoax list) and the leadership dashboard "Peta Isu Harian" whose Lens
// charts are embedded by value, as Elastic's own integrations ship them. Titles are Indonesian (the
// dashboard is read by the office's leadership). The objects are generated, never hand-edited:
// names come from the index template (fields.ts), the index names from the store's naming
// (indices.ts), the topic labels from the taxonomy and the kecamatan names from the gazetteer.
//
// Versions: coreMigrationVersion 8.8.0 and the typeMigrationVersion of each type as Kibana 8.9
// wrote them; Kibana migrates an older object on import, so one file imports into 8.9+ and 9.x
// (a newer version than the running Kibana knows would be refused).
import { DEFAULT_TAXONOMY } from '../../analyzers/topics/taxonomy.js';
import { loadGazetteer } from '../../analyzers/regions/gazetteer.js';
import { indexNames } from '../../src/store/elasticsearch/indices.js';
import { field } from './fields.js';
import { count, datatable, dateHistogram, layerRefName, lensAttributes, metric, terms, xy, type LensChart } from './lens.js';

export interface SavedObjectReference {
  type: string;
  id: string;
  name: string;
}

export interface SavedObject {
  type: 'index-pattern' | 'search' | 'dashboard';
  id: string;
  attributes: Record<string, unknown>;
  references: SavedObjectReference[];
  coreMigrationVersion: string;
  typeMigrationVersion: string;
  managed: false;
}

export const CORE_MIGRATION_VERSION = '8.8.0';
export const TYPE_MIGRATION_VERSION: Record<SavedObject['type'], string> = {
  'index-pattern': '8.0.0',
  search: '8.0.0',
  dashboard: '8.9.0',
};

export interface KibanaObjectOptions {
  /** storage.indexPrefix: the data view reads PREFIX-mentions. */
  indexPrefix?: string;
  /** analysis.homeRegion: the kecamatan of its province get their names in the tables. */
  homeRegion?: string;
}

export const DASHBOARD_TITLE = 'Peta Isu Harian';

const SENTIMENT_LABELS: Record<string, string> = { negative: 'Negatif', neutral: 'Netral', positive: 'Positif' };

const NEGATIVE = `${field('sentiment', { aggregatable: true })} : "negative"`;
const HOAX = `${field('hoax_flagged', { aggregatable: true })} : true`;

function staticLookup(entries: [string, string][]): Record<string, unknown> {
  return { id: 'static_lookup', params: { lookupEntries: entries.map(([key, value]) => ({ key, value })), unknownKeyValue: null } };
}

/** "Telanaipura, Kota Jambi" for each kecamatan of the office's province. */
function districtNames(homeRegion: string): [string, string][] {
  const province = homeRegion.split('.')[0]!;
  const g = loadGazetteer();
  const out: [string, string][] = [];
  for (const p of g.byCode.values()) {
    if (p.level !== 'district' || !p.code.startsWith(`${province}.`)) continue;
    const regency = g.byCode.get(p.code.split('.').slice(0, 2).join('.'));
    out.push([p.code, regency ? `${p.name}, ${regency.name}` : p.name]);
  }
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

function dataView(id: string, alias: string, homeRegion: string): SavedObject {
  const formats: Record<string, unknown> = {
    [field('url')]: { id: 'url', params: { type: 'a', urlTemplate: null, labelTemplate: null } },
    [field('topic')]: staticLookup(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label.id])),
    [field('sentiment')]: staticLookup(Object.entries(SENTIMENT_LABELS)),
    [field('district')]: staticLookup(districtNames(homeRegion)),
  };
  const labels: Record<string, string> = {
    '@timestamp': 'Waktu terbit',
    title: 'Judul',
    source: 'Sumber',
    kind: 'Jenis',
    url: 'Tautan',
    sentiment: 'Sentimen',
    sentiment_score: 'Skor sentimen',
    topic: 'Isu',
    region: 'Kode wilayah',
    district: 'Kecamatan',
    place_name: 'Nama tempat',
    entity: 'Tokoh & lembaga',
    hoax_score: 'Skor hoaks',
    hoax_flagged: 'Terindikasi hoaks',
    author: 'Penulis',
  };
  const fieldAttrs = Object.fromEntries(Object.entries(labels).map(([f, customLabel]) => [field(f), { customLabel }]));
  return {
    type: 'index-pattern',
    id,
    attributes: {
      title: alias,
      name: 'Pantau — sebutan media',
      timeFieldName: field('@timestamp', { aggregatable: true }),
      allowNoIndex: true,
      fields: '[]',
      fieldFormatMap: JSON.stringify(formats),
      fieldAttrs: JSON.stringify(fieldAttrs),
      runtimeFieldMap: '{}',
      // The analysis and meta objects are large and not searchable: Discover need not load them.
      sourceFilters: JSON.stringify([{ value: 'analysis' }, { value: 'meta' }]),
      typeMeta: '{}',
    },
    references: [],
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: TYPE_MIGRATION_VERSION['index-pattern'],
    managed: false,
  };
}

const INDEX_REF = 'kibanaSavedObjectMeta.searchSourceJSON.index';

function savedSearch(id: string, title: string, description: string, query: string, columns: string[], dataViewId: string): SavedObject {
  return {
    type: 'search',
    id,
    attributes: {
      title,
      description,
      columns: columns.map((c) => field(c)),
      sort: [[field('@timestamp', { aggregatable: true }), 'desc']],
      grid: {},
      hideChart: true,
      isTextBasedQuery: false,
      kibanaSavedObjectMeta: {
        searchSourceJSON: JSON.stringify({ query: { query, language: 'kuery' }, filter: [], indexRefName: INDEX_REF }),
      },
    },
    references: [{ type: 'index-pattern', id: dataViewId, name: INDEX_REF }],
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: TYPE_MIGRATION_VERSION.search,
    managed: false,
  };
}

/** The Lens charts of the dashboard, each with its place on the 48-column grid. */
function charts(): { chart: LensChart; grid: { x: number; y: number; w: number; h: number } }[] {
  const agg = { aggregatable: true };
  const time = field('@timestamp', agg);
  const sentiment = field('sentiment', agg);
  return [
    {
      grid: { x: 0, y: 0, w: 16, h: 6 },
      chart: { title: 'Jumlah sebutan', visualizationType: 'lnsMetric', layerId: 'total', columns: { total_count: count('Sebutan') }, visualization: metric('total', 'total_count') },
    },
    {
      grid: { x: 16, y: 0, w: 16, h: 6 },
      chart: { title: 'Sebutan negatif', visualizationType: 'lnsMetric', layerId: 'negative', columns: { negative_count: count('Negatif', NEGATIVE) }, visualization: metric('negative', 'negative_count') },
    },
    {
      grid: { x: 32, y: 0, w: 16, h: 6 },
      chart: { title: 'Terindikasi hoaks', visualizationType: 'lnsMetric', layerId: 'hoax', columns: { hoax_count: count('Hoaks', HOAX) }, visualization: metric('hoax', 'hoax_count') },
    },
    {
      grid: { x: 0, y: 6, w: 24, h: 13 },
      chart: {
        title: 'Volume sebutan menurut sentimen',
        visualizationType: 'lnsXY',
        layerId: 'volume',
        columns: {
          volume_time: dateHistogram(time, 'Waktu'),
          volume_sentiment: terms(sentiment, 'Sentimen', 3, 'volume_count'),
          volume_count: count('Sebutan'),
        },
        visualization: xy({ layerId: 'volume', seriesType: 'bar_stacked', x: 'volume_time', y: ['volume_count'], split: 'volume_sentiment', yTitle: 'Sebutan' }),
      },
    },
    {
      grid: { x: 24, y: 6, w: 24, h: 13 },
      chart: {
        title: 'Porsi sebutan negatif dari waktu ke waktu',
        visualizationType: 'lnsXY',
        layerId: 'share',
        columns: {
          share_time: dateHistogram(time, 'Waktu'),
          share_sentiment: terms(sentiment, 'Sentimen', 3, 'share_count'),
          share_count: count('Porsi sebutan'),
        },
        visualization: xy({ layerId: 'share', seriesType: 'area_percentage_stacked', x: 'share_time', y: ['share_count'], split: 'share_sentiment', yTitle: 'Porsi' }),
      },
    },
    {
      grid: { x: 0, y: 19, w: 24, h: 14 },
      chart: {
        title: 'Isu teratas',
        visualizationType: 'lnsXY',
        layerId: 'topics',
        columns: { topics_topic: terms(field('topic', agg), 'Isu', 10, 'topics_count'), topics_count: count('Sebutan') },
        visualization: xy({ layerId: 'topics', seriesType: 'bar_horizontal', x: 'topics_topic', y: ['topics_count'] }),
      },
    },
    {
      grid: { x: 24, y: 19, w: 24, h: 14 },
      chart: {
        title: 'Sentimen per sumber',
        visualizationType: 'lnsXY',
        layerId: 'sources',
        columns: {
          sources_source: terms(field('source', agg), 'Sumber', 15, 'sources_count'),
          sources_sentiment: terms(sentiment, 'Sentimen', 3, 'sources_count'),
          sources_count: count('Sebutan'),
        },
        visualization: xy({ layerId: 'sources', seriesType: 'bar_horizontal_stacked', x: 'sources_source', y: ['sources_count'], split: 'sources_sentiment', legend: 'right' }),
      },
    },
    {
      grid: { x: 0, y: 33, w: 20, h: 18 },
      chart: {
        title: 'Wilayah: sebutan per kecamatan',
        visualizationType: 'lnsDatatable',
        layerId: 'districts',
        columns: {
          districts_district: terms(field('district', agg), 'Kecamatan', 50, 'districts_count'),
          districts_count: count('Sebutan'),
          districts_negative: count('Negatif', NEGATIVE),
          districts_hoax: count('Hoaks', HOAX),
        },
        visualization: datatable('districts', ['districts_district', 'districts_count', 'districts_negative', 'districts_hoax']),
      },
    },
  ];
}

function dashboard(id: string, dataViewId: string, searches: { id: string; grid: { x: number; y: number; w: number; h: number } }[]): SavedObject {
  const panels: Record<string, unknown>[] = [];
  const references: SavedObjectReference[] = [];
  for (const { chart, grid } of charts()) {
    const panelIndex = `lens-${chart.layerId}`;
    panels.push({
      type: 'lens',
      panelIndex,
      gridData: { ...grid, i: panelIndex },
      title: chart.title,
      embeddableConfig: { attributes: lensAttributes(chart, dataViewId), enhancements: {}, hidePanelTitles: false },
    });
    references.push({ type: 'index-pattern', id: dataViewId, name: `${panelIndex}:${layerRefName(chart.layerId)}` });
  }
  for (const s of searches) {
    const panelIndex = `search-${s.id}`;
    const panelRefName = `panel_${panelIndex}`;
    panels.push({ type: 'search', panelIndex, gridData: { ...s.grid, i: panelIndex }, embeddableConfig: { enhancements: {} }, panelRefName });
    references.push({ type: 'search', id: s.id, name: `${panelIndex}:${panelRefName}` });
  }
  return {
    type: 'dashboard',
    id,
    attributes: {
      title: DASHBOARD_TITLE,
      description: 'Ringkasan harian untuk pimpinan: volume dan porsi sebutan negatif, isu teratas, sentimen per sumber, kecamatan, hoaks, dan sebutan negatif terbaru dengan tautannya.',
      panelsJSON: JSON.stringify(panels),
      optionsJSON: JSON.stringify({ useMargins: true, syncColors: true, syncCursor: true, syncTooltips: false, hidePanelTitles: false }),
      timeRestore: true,
      timeFrom: 'now-7d/d',
      timeTo: 'now',
      refreshInterval: { pause: false, value: 300_000 },
      version: 1,
      kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }) },
    },
    references,
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: TYPE_MIGRATION_VERSION.dashboard,
    managed: false,
  };
}

/** Every object, dependencies first (the order Kibana's own export writes). */
export function kibanaObjects(opts: KibanaObjectOptions = {}): SavedObject[] {
  const names = indexNames(opts.indexPrefix ?? 'pantau');
  const dataViewId = `${names.prefix}-mentions`;
  const negativeId = `${names.prefix}-sebutan-negatif-terbaru`;
  const hoaxId = `${names.prefix}-daftar-hoaks`;
  return [
    dataView(dataViewId, names.readAlias, opts.homeRegion ?? '15.71'),
    savedSearch(negativeId, 'Sebutan negatif terbaru', 'Sebutan bersentimen negatif, terbaru di atas, dengan tautan ke beritanya.', NEGATIVE, ['title', 'source', 'district', 'url'], dataViewId),
    savedSearch(hoaxId, 'Daftar hoaks', 'Sebutan yang terindikasi hoaks (skor hoaks tinggi atau cocok dengan bantahan yang terbit).', HOAX, ['title', 'source', 'hoax_score', 'url'], dataViewId),
    dashboard(`${names.prefix}-peta-isu-harian`, dataViewId, [
      { id: negativeId, grid: { x: 20, y: 33, w: 28, h: 18 } },
      { id: hoaxId, grid: { x: 0, y: 51, w: 48, h: 14 } },
    ]),
  ];
}

/** NDJSON as the saved-objects import API reads it: one object a line. */
export function toNdjson(objects: SavedObject[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}
