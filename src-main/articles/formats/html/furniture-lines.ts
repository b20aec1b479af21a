// Lines that are page furniture wherever they stand: "Advertisement", share and follow buttons, newsletter,
// app and cookie prompts, gallery controls, "Read more: …" pointers, photo credits and the captions that end
// in one. Each test is anchored to the whole line, and only short lines are judged, so prose is kept.

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whole lines that are furniture (the line is at most 40 words). */
export const FURNITURE: readonly RegExp[] = [
  // Advertising slots and their continuation notes.
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|anzeige|werbung|publicidad|publicité|pubblicità|реклама|إعلان)$/i,
  /^(?:story|article|content) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?$/i,
  /^(?:continue reading(?: (?:below|the main story))?|skip (?:advertisement|ad)|scroll to continue(?: with content)?)$/i,
  // Site chrome that escaped the menus.
  /^(?:sign in|log in|login|sign out|log out|my account|subscribe|skip to (?:main )?content|skip navigation|menu|search)$/i,
  /^(?:this (?:slideshow|video|content|feature|gallery|page) requires javascript|please enable javascript)\b.{0,80}$/i,
  /^your browser does not support\b.{0,100}$/i,
  // Galleries and media controls.
  /^(?:image|photo|slide|picture) \d+ (?:of|\/) \d+$/i,
  /^(?:\d+ )?(?:of \/ )?\d+ (?:photos?|images?)$/i,
  /^(?:caption|close|expand|enlarge this image|toggle caption|hide caption|show caption|click to enlarge|loading|play video|watch video|view gallery|open gallery)$/i,
  // Share, follow, subscribe, apps.
  /^share (?:this|the|on|via|to)\b.{0,60}$/i,
  /^click to (?:share|email|print)\b.{0,80}$/i,
  /^(?:follow|like) (?:us|me|@\S+|\S+ on (?:twitter|facebook|instagram|x|linkedin))\b.{0,100}$/i,
  /^(?:subscribe|sign up|register|join) (?:now|today|for|to|here)\b.{0,120}$/i,
  /^(?:get|receive) (?:our|the latest|the best|breaking)\b.{0,80}\b(?:newsletter|inbox|alerts?)\b.{0,60}$/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b.{0,80}$/i,
  /^(?:\S+ ){0,10}(?:by )?(?:click|tap)(?:ing)? here\b.{0,60}$/i,
  // Pointers to other pages: a label alone, a label with a headline, a headline tagged as a link.
  /^(?:read more|read next|read also|also read|see also|more from|more on this|related|related (?:stories|articles|content|coverage|news|links|topics|posts)|recommended(?: for you| stories| articles)?|you (?:may|might) also like|most (?:read|popular|viewed|shared)|trending(?: now)?|latest (?:news|stories)|top stories|more stories|more news|don't miss|editor's picks)\b[\s.:…-]*$/i,
  /^(?:read more|read next|related|see also|see more|also read|more|watch|listen|recommended)\s*[:|»›>]\s*.{0,200}$/i,
  /^(?:\S+ ){3,24}\[[A-Z]+(?: [A-Z]+)?\]$/,
  // Photo credits, and captions that end in one.
  /^\(?(?:photo|photograph|image|picture|illustration|video|graphic|credit|foto|bild)s?(?: credit| by)?\s*[:/]\s*.{0,100}$/i,
  /^.{0,80}\b(?:getty images|shutterstock|istock|ap photo(?:\/.{0,40})?|afp|reuters|epa|associated press)\)?\.?$/i,
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
const COOKIE_PROMPT =
  /\b(?:we|this (?:web)?site|our (?:web)?site|our partners)(?: and our partners)? (?:also )?(?:use|uses|store) cookies\b|\bby (?:using|continuing|clicking|browsing)\b.{0,80}\bcookies?\b|^(?:accept|allow|reject|manage)(?: all)? cookies\b|^cookie (?:settings|preferences|policy)$/i;

export function isFurniture(text: string): boolean {
  const words = wordCount(text);
  if (COOKIE_PROMPT.test(text)) return words <= 80;
  if (words > 40) return false;
  // A count or a page number alone ("6", "1 / 5"); code's brackets are kept.
  if (/^[\d\s/.,:|()-]+$/.test(text) && /\d/.test(text)) return text.length <= 8;
  if (isShareRow(text)) return true;
  return FURNITURE.some((pattern) => pattern.test(text));
}
