// Emoji and emoticons carry much of the sentiment in social posts, but there are thousands of them.
// We map the common, clearly-valenced ones to two marker tokens the sentiment model and lexicon learn
// once, and drop the rest (a flag or a building emoji says nothing about tone).

export const EMO_POS = 'emopos';
export const EMO_NEG = 'emoneg';

const POSITIVE = [
  '😀', '😃', '😄', '😁', '😆', '😊', '🙂', '😍', '🥰', '😘', '😗', '😙', '😚', '🤗', '🤩', '😎', '😇',
  '👍', '👏', '🙌', '💪', '🙏', '❤', '❤️', '💖', '💕', '💗', '💓', '💞', '💯', '✨', '🎉', '🥳', '👌',
  '🌹', '🔥', '😋', '🤤', '🆗', '✅', '⭐', '🌟', '💐', '😻', '🤝', '☺', '☺️', '🥹',
];
const NEGATIVE = [
  '😠', '😡', '🤬', '😤', '😒', '😞', '😔', '😟', '😕', '🙁', '☹', '☹️', '😣', '😖', '😫', '😩',
  '😢', '😭', '😿', '💔', '👎', '🤮', '🤢', '😷', '😱', '😨', '😰', '😥', '😓', '🙄', '😑', '😐',
  '🤦', '🤦‍♂️', '🤦‍♀️', '💩', '❌', '⛔', '🚫', '😪', '🥺', '😬',
];

/** emoji (by its first code point) → marker token. Variation selectors are stripped before lookup. */
export const EMOJI_MARKERS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const e of POSITIVE) m.set(String.fromCodePoint(e.codePointAt(0)!), EMO_POS);
  for (const e of NEGATIVE) m.set(String.fromCodePoint(e.codePointAt(0)!), EMO_NEG);
  return m;
})();

/** ASCII emoticons, matched as whole space-separated tokens before punctuation is removed. */
export const EMOTICONS: ReadonlyMap<string, string> = new Map([
  [':)', EMO_POS], [':-)', EMO_POS], [':d', EMO_POS], [':-d', EMO_POS], ['=)', EMO_POS], [';)', EMO_POS],
  ['(:', EMO_POS], [':p', EMO_POS], ['<3', EMO_POS], ['^_^', EMO_POS], ['^^', EMO_POS], ['xd', EMO_POS],
  [':(', EMO_NEG], [':-(', EMO_NEG], [":'(", EMO_NEG], ['):', EMO_NEG], [':/', EMO_NEG], ['-_-', EMO_NEG],
  ['>:(', EMO_NEG], [':@', EMO_NEG], ['t_t', EMO_NEG],
]);
