// Lines that are page furniture wherever they stand: "Advertisement", share and follow buttons, newsletter,
// app and cookie prompts, gallery controls, "Read more: …" pointers, photo credits and the captions that end
// in one. Each test is anchored to the whole line, and only short lines are judged, so prose is kept.

import { oneOf, pattern } from './phrases';

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whole lines that are furniture (the line is at most 40 words). */
export const FURNITURE: readonly RegExp[] = [
  // Advertising slots and their continuation notes.
  pattern(
    '^',
    oneOf(['advertisement', 'advertising', 'advert', 'ad', 'sponsored(?: content)?', 'anzeige', 'werbung']),
    '$|^',
    oneOf(['publicidad', 'publicité', 'pubblicità', 'реклама', 'إعلان']),
    '$',
  ),
  /^(?:story|article|content) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?$/i,
  pattern(
    '^',
    oneOf(['continue reading(?: (?:below|the main story))?', 'skip (?:advertisement|ad)', 'scroll to continue']),
    '(?: with content)?$',
  ),
  // Site chrome that escaped the menus.
  pattern(
    '^',
    oneOf(['sign in', 'log in', 'login', 'sign out', 'log out', 'my account', 'subscribe', 'menu', 'search']),
    '$|^skip (?:to (?:main )?content|navigation)$',
  ),
  /^(?:this (?:slideshow|video|content|feature|gallery|page) requires|please enable) javascript\b.{0,80}$/i,
  /^your browser does not support\b.{0,100}$/i,
  // Galleries and media controls.
  /^(?:image|photo|slide|picture) \d+ (?:of|\/) \d+$/i,
  /^(?:\d+ )?(?:of \/ )?\d+ (?:photos?|images?)$/i,
  pattern(
    '^',
    oneOf(['caption', 'close', 'expand', 'enlarge this image', '(?:toggle|hide|show) caption', 'click to enlarge']),
    '$|^',
    oneOf(['loading', '(?:play|watch) video', '(?:view|open) gallery']),
    '$',
  ),
  // Share, follow, subscribe, apps.
  /^share (?:this|the|on|via|to)\b.{0,60}$/i,
  /^click to (?:share|email|print)\b.{0,80}$/i,
  /^(?:follow|like) (?:us|me|@\S+|\S+ on (?:twitter|facebook|instagram|x|linkedin))\b.{0,100}$/i,
  /^(?:subscribe|sign up|register|join) (?:now|today|for|to|here)\b.{0,120}$/i,
  /^(?:get|receive) (?:our|the latest|the best|breaking)\b.{0,80}\b(?:newsletter|inbox|alerts?)\b.{0,60}$/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b.{0,80}$/i,
  /^(?:\S+ ){0,10}(?:by )?(?:click|tap)(?:ing)? here\b.{0,60}$/i,
  // Pointers to other pages: a label alone, a label with a headline, a headline tagged as a link.
  pattern(
    '^',
    oneOf([
      'read (?:more|next|also)',
      'also read',
      'see also',
      'more from',
      'more on this',
      'related(?: (?:stories|articles|content|coverage|news|links|topics|posts))?',
      'recommended(?: for you| stories| articles)?',
      'you (?:may|might) also like',
      'most (?:read|popular|viewed|shared)',
      'trending(?: now)?',
      'latest (?:news|stories)',
      '(?:top|more) stories',
      'more news',
      "don't miss",
      "editor's picks",
    ]),
    String.raw`\b[\s.:…-]*$`,
  ),
  pattern(
    '^',
    oneOf(['read more', 'read next', 'related', 'see also', 'see more', 'also read', 'more', 'watch', 'listen']),
    String.raw`\s*[:|»›>]\s*.{0,200}$`,
  ),
  /^(?:\S+ ){3,24}\[[A-Z]+(?: [A-Z]+)?\]$/,
  // Photo credits, and captions that end in one.
  pattern(
    String.raw`^\(?`,
    oneOf(['photo', 'photograph', 'image', 'picture', 'illustration', 'video', 'graphic', 'credit', 'foto', 'bild']),
    String.raw`s?(?: credit| by)?\s*[:/]\s*.{0,100}$`,
  ),
  pattern(
    String.raw`^.{0,80}\b`,
    oneOf(['getty images', 'shutterstock', 'istock', String.raw`ap photo(?:\/.{0,40})?`, 'afp', 'reuters', 'epa']),
    String.raw`\)?\.?$|^.{0,80}\bassociated press\)?\.?$`,
  ),
  /^.{0,300}\((?:image|photo|picture|pictured|credit|source|foto)s?:[^()]{1,60}\)$/i,
  /^.{0,300}(?:\b|[a-z])(?:credit|image credit|photo credit)s?:\s?\p{Lu}[^.!?]{0,60}$/iu,
];

/** Words of share-button rows; the first line's are buttons even alone ("Tweet", "WhatsApp"). */
const SOCIAL_ALONE = new Set(
  [
    'share tweet email e-mail print facebook twitter whatsapp linkedin pinterest reddit telegram tumblr',
    'flipboard messenger compartir partager teilen condividi поделиться',
  ]
    .join(' ')
    .split(' '),
);
const SOCIAL = new Set([
  ...SOCIAL_ALONE,
  ...'shares sharing mail pin pint vk pocket sms copy link comments comment save x baixar'.split(' '),
]);

/** A row of share buttons: nothing but network names, "share", counts. */
function isShareRow(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|·•/,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (words.length === 1) return SOCIAL_ALONE.has(words[0] as string);
  return words.every((word) => SOCIAL.has(word) || /^\d+$/.test(word)) && words.some((word) => SOCIAL.has(word));
}

/** A consent prompt speaks of the site's own cookies to the reader; prose about cookies does not. */
const COOKIE_PROMPT = pattern(
  String.raw`\b(?:we|this (?:web)?site|our (?:web)?site|our partners)(?: and our partners)? (?:also )?`,
  String.raw`(?:use|uses|store) cookies\b`,
  String.raw`|\bby (?:using|continuing|clicking|browsing)\b.{0,80}\bcookies?\b`,
  String.raw`|^(?:accept|allow|reject|manage)(?: all)? cookies\b|^cookie (?:settings|preferences|policy)$`,
);

export function isFurniture(text: string): boolean {
  const words = wordCount(text);
  if (COOKIE_PROMPT.test(text)) return words <= 80;
  if (words > 40) return false;
  // A count or a page number alone ("6", "1 / 5"); code's brackets are kept.
  if (/^[\d\s/.,:|()-]+$/.test(text) && /\d/.test(text)) return text.length <= 8;
  if (isShareRow(text)) return true;
  return FURNITURE.some((line) => line.test(text));
}
