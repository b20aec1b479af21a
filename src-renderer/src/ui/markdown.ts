// The notes' Markdown subset, read by the same pure module the brief exports use, so a note looks the
// same on screen and in every export.
export {
  parseInline,
  parseNoteMarkdown as parseMarkdown,
  plainText,
  type Block,
  type Inline,
} from '../../../src-shared/briefs/note-markdown';
