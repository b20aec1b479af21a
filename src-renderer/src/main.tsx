// Renderer entry: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { moveLegacyWork } from './app/move-legacy-work';
// One stylesheet per area of the page. Later sheets rely on the base's variables and, where two rules
// for the same element compete, on coming after: keep this order.
import './styles/base.css';
import './styles/shell.css';
import './styles/panes.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/annotations.css';
import './styles/record-list.css';
import './styles/briefs.css';
import './styles/brief-composer.css';
import './styles/notices.css';
import './styles/work.css';
import './styles/stories.css';

// Ask the browser engine never to evict the analyst's work from IndexedDB under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
// The page's code runs in steps, each chunk in a task of its own, the largest libraries first: run all at
// once it kept the page from answering for longer than it may (DESIGN.md: no task over 200 ms).
const app = import('./db/schema')
  .then(() => import('./db/work-document'))
  .then(() => import('../../src-shared/briefs/note-markdown'))
  .then(() => import('./app/App'));
// The work the page kept at its old file:// origin is made again here before the database first opens.
void moveLegacyWork()
  .catch((error: unknown) => console.warn('The work from before app://dossier was not moved yet:', error))
  .then(() => app)
  .then(({ App }) =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
