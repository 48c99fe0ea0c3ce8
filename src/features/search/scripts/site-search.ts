// <site-search>: the search page. Loads Pagefind on arrival, runs the query with đ folded the way
// the index was built (lib/search/fold.ts), and renders results with type, title and excerpt.
// Ranking is Pagefind's own, with the index's weights (help words on service pages, a record per
// need: lib/search/help.ts), plus one cheap step: pages holding the query as a phrase come first,
// found by Pagefind's exact-phrase search over the index chunks the query has already loaded.
// Only the results shown are downloaded, a page of them at a time, as Pagefind's own UI does.
import { foldD, unfoldD } from '../lib/fold.ts';
import { phraseAnchor, phraseFirst } from '../lib/rerank.ts';
import { RESULTS_PER_STEP } from '../lib/results.ts';
import { t } from '../../../i18n/t.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
}

const FILTER = 'loai';
const INDEX_URL = '/pagefind/pagefind.js';
/**
 * Weights of the metadata the index searches besides the text (lib/search/help.ts), against 1 for
 * a word of text: a service's own number, 20, so "hotline 113" leads to 113 and not to the directory,
 * whose page holds 113 too; what a service is found by (what a phone line is called, its numbers,
 * its needs), 4; a need's words on that need's page, 8, so "bi chong danh" leads to every place
 * that helps rather than to one of them; the directory's own words, 15, so that "hotline" or
 * "so dien thoai" alone leads to the whole directory rather than to one line. Tuned on the help
 * queries in e2e/search-queries.json.
 */
const RANKING = { metaWeights: { number: 20, help: 4, need: 8, directory: 15 } };
/** How much more a page holding the whole query as a phrase counts (Pagefind scores syllables apart). */
const PHRASE_BOOST = 2;

/** Builds an excerpt from Pagefind's HTML, keeping only text and <mark>, with đ restored. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    const text = unfoldD(node.textContent ?? '');
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #timer: number | undefined;
  #run = 0;
  #found: PagefindResult[] = [];
  #query = '';

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const type = this.querySelector<HTMLInputElement>(`input[name="${FILTER}"][value="${CSS.escape(params.get(FILTER) ?? '')}"]`);
    if (type) type.checked = true;
    this.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.search(), 250);
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches(`input[name="${FILTER}"]`)) void this.search();
    });
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.more());
    void this.load().then(
      () => this.search(),
      () => this.setStatus(this.dataset.failed ?? ''),
    );
  }

  load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ INDEX_URL).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24, ranking: RANKING });
      // The engine (WebAssembly and the index's table of contents) loads now, not on the first keystroke.
      await pagefind.init();
      this.dataset.engine = 'ready';
      return pagefind;
    });
    return this.#pagefind;
  }

  setStatus(text: string) {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = text;
  }

  /** What readers see for a filter value: the label of its radio button. */
  typeLabel(value: string): string {
    return this.querySelector(`input[name="${FILTER}"][value="${CSS.escape(value)}"]`)?.parentElement?.textContent?.trim() ?? '';
  }

  async search() {
    const run = ++this.#run;
    const query = this.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim() ?? '';
    const type = this.querySelector<HTMLInputElement>(`input[name="${FILTER}"]:checked`)?.value ?? '';
    const list = this.querySelector('[data-results]');
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...(type && { [FILTER]: type }) }).toString();
    history.replaceState(null, '', url);
    if (!list) return;
    this.#found = [];
    this.#query = query;
    if (!query) {
      list.replaceChildren();
      this.showMore();
      this.setStatus('');
      delete this.dataset.state;
      return;
    }
    this.dataset.state = 'loading';
    this.setStatus(this.dataset.loading ?? '');
    const started = performance.now();
    let items: HTMLLIElement[];
    try {
      const pagefind = await this.load();
      const options = type ? { filters: { [FILTER]: type } } : {};
      const folded = foldD(query);
      // The exact-phrase search needs only the index chunks the plain search loads, so it costs no download.
      const [all, phrase] = await Promise.all([
        pagefind.search(folded, options),
        /\s/.test(folded) ? pagefind.search(`"${folded}"`, options) : Promise.resolve({ results: [] }),
      ]);
      if (run !== this.#run) return;
      this.#found = phraseFirst(all.results, phrase.results, PHRASE_BOOST);
      items = await this.render(this.#found.slice(0, RESULTS_PER_STEP));
    } catch {
      this.setStatus(this.dataset.failed ?? '');
      this.dataset.state = 'failed';
      return;
    }
    if (run !== this.#run) return;
    list.replaceChildren(...items);
    this.showMore();
    const total = this.#found.length;
    this.setStatus(total === 0 ? t(this.dataset.none ?? '', { q: query }) : t(this.dataset.count ?? '', { n: total, q: query }));
    performance.measure('site-search', { start: started });
    this.dataset.state = 'done';
  }

  /** Downloads and shows the next page of results, and takes the reader to the first new one. */
  async more() {
    const list = this.querySelector('[data-results]');
    if (!list) return;
    const run = this.#run;
    const shown = list.children.length;
    const items = await this.render(this.#found.slice(shown, shown + RESULTS_PER_STEP));
    if (run !== this.#run) return;
    list.append(...items);
    this.showMore();
    items[0]?.querySelector('a')?.focus();
  }

  showMore() {
    const button = this.querySelector<HTMLButtonElement>('[data-more]');
    const shown = this.querySelector('[data-results]')?.children.length ?? 0;
    if (button) button.hidden = shown >= this.#found.length;
  }

  async render(results: readonly PagefindResult[]): Promise<HTMLLIElement[]> {
    const loaded = await Promise.all(results.map((r) => r.data()));
    return loaded.map((data) => {
      const title = unfoldD(data.meta.title ?? data.url);
      const headings = data.sub_results.map((h) => ({ title: unfoldD(h.title), url: h.url }));
      const item = document.createElement('li');
      item.className = 'search-result';
      const type = data.filters[FILTER]?.[0];
      const kind = type ? this.typeLabel(type) : '';
      const link = document.createElement('a');
      link.href = phraseAnchor({ title, headings }, this.#query) ?? data.url;
      link.textContent = title;
      const heading = document.createElement('h2');
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(data.excerpt));
      if (kind) item.append(Object.assign(document.createElement('span'), { className: 'tag', textContent: kind }));
      item.append(heading, excerpt);
      return item;
    });
  }
}
customElements.define('site-search', SiteSearch);
