// <site-search>: the search page. Loads Pagefind only here, runs the query with đ folded the way
// the index was built (lib/search/fold.ts), and renders results with type, title and excerpt.
import { foldD, unfoldD } from '../lib/search/fold.ts';
import { phraseAnchor, rerankByPhrase, searchCandidates } from '../lib/search/rerank.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string }[];
}
interface PagefindResult { words: number[]; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
}

const FILTER = 'loai';
const SHOWN = 10;
const INDEX_URL = '/pagefind/pagefind.js';

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

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
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
      if ((event.target as HTMLElement).matches('input[name="loai"]')) void this.search();
    });
    void this.renderFilters(params.get(FILTER) ?? '').then(() => this.search());
  }

  load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ INDEX_URL).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async renderFilters(selected: string) {
    const fieldset = this.querySelector<HTMLFieldSetElement>('[data-filters]');
    if (!fieldset) return;
    try {
      const types = (await (await this.load()).filters())[FILTER] ?? {};
      const option = (value: string, label: string) => {
        const wrapper = document.createElement('label');
        const radio = Object.assign(document.createElement('input'), { type: 'radio', name: FILTER, value, checked: value === selected });
        wrapper.append(radio, ` ${label}`);
        return wrapper;
      };
      fieldset.append(option('', this.dataset.all ?? ''), ...Object.keys(types).sort().map((value) => option(value, unfoldD(value))));
      if (!fieldset.querySelector('input:checked')) fieldset.querySelector('input')?.setAttribute('checked', '');
      fieldset.hidden = false;
    } catch {
      this.setStatus(this.dataset.failed ?? '');
    }
  }

  setStatus(text: string) {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = text;
  }

  async search() {
    const run = ++this.#run;
    const query = this.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim() ?? '';
    const type = this.querySelector<HTMLInputElement>('input[name="loai"]:checked')?.value ?? '';
    const list = this.querySelector('[data-results]');
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...(type && { [FILTER]: type }) }).toString();
    history.replaceState(null, '', url);
    if (!list) return;
    if (!query) {
      list.replaceChildren();
      this.setStatus('');
      delete this.dataset.state;
      return;
    }
    this.dataset.state = 'loading';
    this.setStatus(this.dataset.loading ?? '');
    const started = performance.now();
    let results;
    try {
      const pagefind = await this.load();
      const found = await pagefind.search(foldD(query), type ? { filters: { [FILTER]: type } } : {});
      const loaded = await Promise.all(searchCandidates(found.results, query, SHOWN).map((r) => r.data()));
      const readable = loaded.map((d) => ({
        ...d,
        title: unfoldD(d.meta.title ?? d.url),
        content: unfoldD(d.content),
        headings: d.sub_results.map((h) => ({ title: unfoldD(h.title), url: h.url })),
      }));
      results = rerankByPhrase(readable, query).slice(0, SHOWN).map((d) => ({ ...d, url: phraseAnchor(d, query) ?? d.url }));
    } catch {
      this.setStatus(this.dataset.failed ?? '');
      this.dataset.state = 'failed';
      return;
    }
    if (run !== this.#run) return;
    list.replaceChildren(...results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const kind = unfoldD(result.filters[FILTER]?.[0] ?? '');
      const title = document.createElement('a');
      title.href = result.url;
      title.textContent = result.title;
      const heading = document.createElement('h2');
      heading.append(title);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      if (kind) {
        const tag = Object.assign(document.createElement('span'), { className: 'tag', textContent: kind });
        item.append(tag);
      }
      item.append(heading, excerpt);
      return item;
    }));
    const total = results.length;
    this.setStatus(total === 0 ? (this.dataset.none ?? '').replace('{q}', query) : (this.dataset.count ?? '').replace('{n}', String(total)).replace('{q}', query));
    performance.measure('site-search', { start: started });
    this.dataset.state = 'done';
  }
}
customElements.define('site-search', SiteSearch);
