// Builders for Kibana Lens visualisations embedded by value in a dashboard panel, in the saved-object
// shape Kibana 8.9+ and 9.x export (one form-based datasource layer per chart). Every field a column
// reads comes through `field()` of the caller, which checks it against Pantau's index template, so a
// renamed field breaks the build rather than a chart at the office.

/** One Lens column of the form-based datasource (the state Kibana stores, not its UI model). */
export interface LensColumn {
  label: string;
  customLabel: true;
  dataType: 'number' | 'string' | 'date' | 'boolean';
  operationType: 'count' | 'terms' | 'date_histogram';
  sourceField: string;
  isBucketed: boolean;
  scale: 'ratio' | 'ordinal' | 'interval';
  params?: Record<string, unknown>;
  filter?: { query: string; language: 'kuery' };
}

/** Lens's name for "count every document" (no field is read). */
export const RECORDS = '___records___';

export function count(label: string, filter?: string): LensColumn {
  return {
    label,
    customLabel: true,
    dataType: 'number',
    operationType: 'count',
    sourceField: RECORDS,
    isBucketed: false,
    scale: 'ratio',
    params: { emptyAsNull: false },
    ...(filter ? { filter: { query: filter, language: 'kuery' as const } } : {}),
  };
}

export function terms(field: string, label: string, size: number, orderByColumn: string, dataType: LensColumn['dataType'] = 'string'): LensColumn {
  return {
    label,
    customLabel: true,
    dataType,
    operationType: 'terms',
    sourceField: field,
    isBucketed: true,
    scale: 'ordinal',
    params: {
      size,
      orderBy: { type: 'column', columnId: orderByColumn },
      orderDirection: 'desc',
      otherBucket: false,
      missingBucket: false,
      parentFormat: { id: 'terms' },
      include: [],
      exclude: [],
      includeIsRegex: false,
      excludeIsRegex: false,
    },
  };
}

export function dateHistogram(field: string, label: string): LensColumn {
  return {
    label,
    customLabel: true,
    dataType: 'date',
    operationType: 'date_histogram',
    sourceField: field,
    isBucketed: true,
    scale: 'interval',
    params: { interval: 'auto', includeEmptyRows: true, dropPartials: false },
  };
}

export type Columns = Record<string, LensColumn>;

export interface LensChart {
  title: string;
  visualizationType: 'lnsXY' | 'lnsMetric' | 'lnsDatatable';
  layerId: string;
  /** In display order: buckets first, then metrics (Lens's own convention). */
  columns: Columns;
  visualization: Record<string, unknown>;
}

/** The reference name Lens gives the data view of one layer. */
export const layerRefName = (layerId: string): string => `indexpattern-datasource-layer-${layerId}`;

/** The `attributes` of a by-value Lens panel (embeddableConfig.attributes). */
export function lensAttributes(chart: LensChart, dataViewId: string): Record<string, unknown> {
  return {
    title: chart.title,
    description: '',
    visualizationType: chart.visualizationType,
    type: 'lens',
    references: [{ type: 'index-pattern', id: dataViewId, name: layerRefName(chart.layerId) }],
    state: {
      visualization: chart.visualization,
      query: { query: '', language: 'kuery' },
      filters: [],
      datasourceStates: {
        formBased: {
          layers: {
            [chart.layerId]: { columns: chart.columns, columnOrder: Object.keys(chart.columns), incompleteColumns: {} },
          },
        },
      },
      internalReferences: [],
      adHocDataViews: {},
    },
  };
}

export type SeriesType = 'bar_stacked' | 'area_percentage_stacked' | 'bar_horizontal' | 'bar_horizontal_stacked';

/** An XY chart: one data layer with an x axis, value accessors and an optional split (break down by). */
export function xy(opts: { layerId: string; seriesType: SeriesType; x: string; y: string[]; split?: string; yTitle?: string; legend?: 'bottom' | 'right' }): Record<string, unknown> {
  return {
    legend: { isVisible: true, position: opts.legend ?? 'bottom', showSingleSeries: false },
    valueLabels: 'hide',
    fittingFunction: 'None',
    preferredSeriesType: opts.seriesType,
    axisTitlesVisibilitySettings: { x: false, yLeft: opts.yTitle !== undefined, yRight: false },
    tickLabelsVisibilitySettings: { x: true, yLeft: true, yRight: true },
    gridlinesVisibilitySettings: { x: true, yLeft: true, yRight: true },
    ...(opts.yTitle !== undefined ? { yTitle: opts.yTitle } : {}),
    layers: [
      {
        layerId: opts.layerId,
        layerType: 'data',
        seriesType: opts.seriesType,
        xAccessor: opts.x,
        accessors: opts.y,
        ...(opts.split ? { splitAccessor: opts.split } : {}),
        palette: { type: 'palette', name: 'default' },
      },
    ],
  };
}

export function metric(layerId: string, accessor: string): Record<string, unknown> {
  return { layerId, layerType: 'data', metricAccessor: accessor };
}

export function datatable(layerId: string, columnIds: string[]): Record<string, unknown> {
  return { layerId, layerType: 'data', columns: columnIds.map((columnId) => ({ columnId, isTransposed: false })) };
}
