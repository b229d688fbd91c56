// The shapes of the API answers the dashboard reads (see /api/openapi.json and src/maps/types.ts).
export interface Split { positive: number; neutral: number; negative: number }
export interface MentionView {
  id: string; url: string; title: string; snippet?: string; source: string; kind?: string; author?: string; publishedAt?: string;
  sentiment: 'positive' | 'neutral' | 'negative'; hoax?: { flagged: boolean }; hoaxFlagged?: boolean; corrected?: string[]; issueId?: string;
}
export interface Fact { id: string; statement: string; source_url: string; opd: string; score?: number; reason?: string }
export interface Issue {
  id: string; label: string; rank: number; volume: number; negativeShare: number; mentionCount?: number;
  trend: { previous: number; change: number; direction: 'new' | 'up' | 'down' | 'steady' };
  sentiment: Split; regions: { code: string; name: string; count: number }[]; hoax: { flagged: boolean };
  facts: Fact[]; opd: string; outlets: { source: string; count: number }[];
  brief?: { summary: string; holdingStatement?: string; needsData?: string; opd: string };
  representatives: MentionView[]; mentions?: MentionView[];
}
export interface IssueMap { period: { from: string; to: string }; timezone: string; totals: { mentions: number; city: number; issues: number; sentiment: Split }; issues: Issue[] }
export interface Meta { timezone: string; homeRegion: string; topics: { id: string; label: { id: string; en: string } }[]; sources: { id: string; name: string; kind: string; owned: boolean }[] }
export interface Alert { id: string; kind: string; label: string; status: string; acknowledged: boolean; startedAt: string; size: number; numbers: { total: number; negative: number; baseline: number }; samples: { title: string; url: string; source: string }[] }
