// The HTML brief's one stylesheet, inline: readable serif text on screen and on paper (A4 or Letter, as
// the printer or printToPDF chooses), quotes kept whole across pages, URLs wrapped only where they may
// break, local fonts only.
import { NEUTRAL_SWATCH, SWATCHES } from './palette';

const swatchRules = Object.entries(SWATCHES)
  .map(([key, colour]) => `.swatch.c-${key} { background: ${colour}; }`)
  .join('\n');

export const BRIEF_CSS = `
@page { margin: 20mm 18mm 22mm; }
:root { color-scheme: light; }
html { font-size: 11pt; }
body {
  margin: 0 auto; max-width: 42em; padding: 2.5em 1.5em;
  font-family: Charter, "Bitstream Charter", Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif;
  line-height: 1.5; color: #1b1b1b; background: #fff;
  font-variant-numeric: oldstyle-nums; overflow-wrap: break-word;
}
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .3em; }
h2 { font-size: 1.35em; margin: 1.8em 0 .5em; padding-bottom: .15em; border-bottom: 1px solid #ccc; }
h1, h2 { break-after: avoid; page-break-after: avoid; }
p { margin: .5em 0; orphans: 3; widows: 3; }
.meta { color: #555; font-style: italic; margin-bottom: 1.5em; }
.grade-key { color: #555; font-style: italic; }
.summary { font-size: 1.05em; }
.evidence { margin: 1.2em 0 1.6em; break-inside: avoid; page-break-inside: avoid; }
blockquote {
  margin: 0; padding: .4em 0 .4em 1em; border-left: 3px solid #888; font-style: italic;
  break-inside: avoid; page-break-inside: avoid;
}
blockquote p { margin: .25em 0; }
.evidence .details { margin: .4em 0 0 1.2em; font-size: .95em; }
.evidence .details p { margin: .25em 0; }
.label { font-weight: bold; font-style: normal; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border-radius: 2px;
  background: ${NEUTRAL_SWATCH}; vertical-align: baseline;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
${swatchRules}
.tag { display: inline-block; padding: 0 .45em; margin-right: .3em; border: 1px solid #aaa; border-radius: .7em;
  font-size: .9em; }
.orphan { color: #9b1c1c; font-weight: bold; font-style: normal; }
.evidence.orphaned blockquote { border-left-color: #9b1c1c; border-left-style: dashed; }
a.cite { font-style: normal; text-decoration: none; white-space: nowrap; font-size: .92em; }
a { color: #1a4f8b; }
.url { word-break: normal; }
.url > span { white-space: nowrap; }
.marking { text-align: center; font-family: system-ui, "DejaVu Sans", sans-serif; font-weight: bold;
  letter-spacing: .08em; text-transform: uppercase; margin: 0 0 1em; }
.byline { margin: 0 0 .2em; font-style: normal; }
ul.author-date { list-style: none; padding-left: 1.5em; text-indent: -1.5em; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
.sources li { margin: .3em 0; break-inside: avoid; page-break-inside: avoid; }
.sources { font-size: .92em; }
.ach-matrix, .timeline { margin: 1em 0 1.6em; }
.hypotheses { list-style: none; padding: 0; margin: .4em 0; }
table.ach { width: 100%; border-collapse: collapse; font-size: .88em; line-height: 1.35; margin: .6em 0; }
table.ach th, table.ach td { border: 1px solid #bbb; padding: .3em .45em; vertical-align: top; }
table.ach thead th { background: #eee; text-align: center;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
table.ach thead th.evidence-col { text-align: start; }
table.ach th.evidence-cell { font-weight: normal; text-align: start; }
table.ach td { text-align: center; white-space: nowrap; }
table.ach td.rating.r-I, table.ach td.rating.r-II { font-weight: bold; }
table.ach tfoot th { text-align: start; }
table.ach tfoot td.score { font-weight: bold; }
table.ach tr.not-diagnostic { color: #555; }
.non-diagnostic { font-style: italic; white-space: nowrap; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
table.ach tr { break-inside: avoid; page-break-inside: avoid; }
.ranking { font-weight: bold; }
.rating-key, .range { color: #555; font-style: italic; font-size: .92em; }
ul.dated { padding-left: 1.2em; }
ul.dated li { margin: .3em 0; break-inside: avoid; page-break-inside: avoid; }
.gap { color: #555; white-space: nowrap; }
h3 { font-size: 1.1em; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
