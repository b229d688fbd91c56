// The Store methods whose data is this office's own working state, kept in the local SQLite state
// file even when mentions live in Elasticsearch (issue 21: "crawl state, the alert outbox, users and
// corrections stay in the local SQLite state file"): the fact base (hundreds of rows, read whole),
// the alert counters, states and outbox, dashboard accounts, sessions and corrections, complaints and
// response links, and the issue merges and splits (the map applies them; the issue ids it writes go
// to the cluster through setIssueIds). The Elasticsearch store forwards each of them to its state
// store unchanged — except adding and undoing a mention correction, which it implements itself (the
// ledger is here, the documents it rewrites are in the cluster; store.ts).
export const STATE_METHODS = [
  'upsertFacts',
  'listFacts',
  'getAlertProgress',
  'getAlertContributions',
  'recentAlertContributions',
  'sumAlertCounts',
  'listDirtyAlertKeys',
  'countAlertSpread',
  'listAlertKeyStates',
  'commitAlerts',
  'getAlert',
  'listAlerts',
  'dueOutbox',
  'finishOutbox',
  'listOutbox',
  'putUser',
  'getUser',
  'listUsers',
  'removeUser',
  'putSession',
  'getSession',
  'deleteSession',
  'deleteSessions',
  'listCorrections',
  'addIssueCorrection',
  'undoIssueCorrection',
  'listIssueCorrections',
  'upsertComplaints',
  'getComplaint',
  'listComplaints',
  'setComplaintOpd',
  'putResponseLinks',
  'listResponseLinks',
  'deleteResponseLink',
] as const;

export type StateMethod = (typeof STATE_METHODS)[number];
