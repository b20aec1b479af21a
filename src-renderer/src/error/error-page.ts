// The start-up error page's script: puts what main passed in the query (what failed, its details, the
// data folder) into the page as text, never as markup. The page needs nothing else of the app.
// Its own stylesheet only: sharing base.css would split it into a chunk the app page then loads last.
import '../styles/error-page.css';

const query = new URLSearchParams(location.search);

function show(selector: string, text: string | null): void {
  const element = document.querySelector(selector);
  if (element && text) element.textContent = text;
}

show('[data-testid="error-what"]', query.get('what'));
show('[data-testid="error-detail"]', query.get('detail'));
const dataDir = query.get('data');
if (dataDir) {
  show('.startup-error-data', dataDir);
  document.querySelector<HTMLElement>('[data-testid="error-data"]')?.removeAttribute('hidden');
}
