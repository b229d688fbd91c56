// Which mentions are the city's business. A mention belongs to the city's issues when it names a
// place in the home region, a watched person or organisation, comes from an owned source, or is
// about a local-issue topic without naming a place outside the home region. Unrelated national or
// foreign news goes to `outside` and never into an issue. "unsure" mentions (nothing either way)
// join a city issue only when their words tie them to one; otherwise they stay outside.
import type { MentionFeatures } from './features.js';

export type Relevance = 'city' | 'outside' | 'unsure';

/** Topics an office answers for locally (every taxonomy topic but national politics). */
const NON_LOCAL_TOPICS = new Set(['politik-pilkada']);

export function relevanceOf(f: MentionFeatures): Relevance {
  if (f.owned || f.watched) return 'city';
  const outside = f.outsidePlaces.length;
  if (f.provincialVenue) return 'outside';
  if (f.homePlace) {
    // "Wali Kota Jambi ke Jakarta" is the city's; a story about another regency that names the city in
    // passing is not: the places it names decide, home places counted double (they are the reader's).
    const home = Math.max(1, f.places.length);
    return home * 2 >= outside ? 'city' : 'outside';
  }
  if (outside > 0) return 'outside';
  // The province's own business (its DPRD passing the provincial budget, the governor's programme)
  // without the city in it is not the city office's to answer.
  if (f.provinceOnly) return 'outside';
  if (f.nationalCue) return 'outside';
  if (f.topics.some((t) => !NON_LOCAL_TOPICS.has(t))) return 'city';
  return 'unsure';
}
