// The export dialog's choices: format, what goes out (notes, tags, colour meanings), the citation style,
// tracking taken off URLs, and the header block (author, organisation, date of analysis, marking).
import type { ReactNode } from 'react';
import type { BriefExportOptions, BriefFormat, BriefHeader, ExportKind } from '../../../../src-preload/contract';
import { EXPORT_FORMATS } from './export-formats';

interface Props {
  readonly kind: ExportKind;
  readonly format: BriefFormat;
  readonly options: BriefExportOptions;
  readonly onFormat: (format: BriefFormat) => void;
  readonly onOptions: (options: BriefExportOptions) => void;
}

const HEADER_FIELDS: readonly { key: keyof BriefHeader; label: string; placeholder: string; type?: string }[] = [
  { key: 'author', label: 'Author', placeholder: 'Your name' },
  { key: 'organisation', label: 'Organisation', placeholder: 'Team or organisation' },
  { key: 'analysisDate', label: 'Date of analysis', placeholder: '', type: 'date' },
  { key: 'marking', label: 'Handling marking', placeholder: 'e.g. OFFICIAL-SENSITIVE' },
];

export function ExportOptionsForm({ kind, format, options, onFormat, onOptions }: Props): ReactNode {
  const json = format === 'json';
  const paged = format === 'pdf' || format === 'docx';
  const set = (patch: Partial<BriefExportOptions>): void => onOptions({ ...options, ...patch });
  const check = (
    key: 'includeNotes' | 'includeTags' | 'includeMeanings' | 'stripTracking',
    label: string,
  ): ReactNode => (
    <label className="export-check">
      <input type="checkbox" checked={options[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <div className="export-form">
      <fieldset className="export-formats">
        <legend>Format</legend>
        {EXPORT_FORMATS.map(({ format: value, label }) => (
          <label key={value} className="export-radio">
            <input type="radio" name="export-format" checked={format === value} onChange={() => onFormat(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {json && (
        <p className="export-note" data-testid="json-note">
          JSON is the whole {kind === 'brief' ? 'brief' : 'article with its annotations'}, for importing again: notes,
          tags and meanings always go, and URLs stay as they are. The choices below apply to the other formats.
        </p>
      )}
      <fieldset disabled={json}>
        <legend>Include</legend>
        {check('includeNotes', 'Analyst notes on highlights')}
        {check('includeTags', 'Tags')}
        {check('includeMeanings', 'Colour meanings (“Key fact”)')}
        <p className="export-hint">Your comments on each quote in the brief always go.</p>
      </fieldset>
      <fieldset disabled={json}>
        <legend>Citations</legend>
        <label className="export-radio">
          <input
            type="radio"
            name="export-citations"
            checked={options.citationStyle === 'numbered'}
            onChange={() => set({ citationStyle: 'numbered' })}
          />
          Numbered: “… [1, para. 3]”, sources listed by number
        </label>
        <label className="export-radio">
          <input
            type="radio"
            name="export-citations"
            checked={options.citationStyle === 'author-date'}
            onChange={() => set({ citationStyle: 'author-date' })}
          />
          Author–date: “… (Doe, 2022, para. 3)” (the outlet when no author is known), sources listed A–Z
        </label>
        {check('stripTracking', 'Remove tracking from URLs (utm_, at_, fbclid, gclid …)')}
      </fieldset>
      <fieldset disabled={json} className="export-header">
        <legend>Header</legend>
        {HEADER_FIELDS.map(({ key, label, placeholder, type }) => (
          <label key={key} className="export-field">
            <span>{label}</span>
            <input
              type={type ?? 'text'}
              value={options.header[key]}
              placeholder={placeholder}
              maxLength={key === 'marking' ? 100 : 200}
              onChange={(e) => set({ header: { ...options.header, [key]: e.target.value } })}
            />
          </label>
        ))}
        <p className="export-hint">
          {paged
            ? 'Shown above the title, with the marking and “Page 3 of 7” on every page.'
            : 'Shown above the title.'}
        </p>
      </fieldset>
    </div>
  );
}
