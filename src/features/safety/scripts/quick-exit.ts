// <quick-exit>: leaves the site in one move. The page is hidden at once (so nothing is read over a
// shoulder while the neutral site loads), then location.replace swaps this history entry for it.
// On help pages, every link and form also replaces the history entry instead of adding one, so after
// quick exit no Back press shows the directory, a service or the safety advice (src/features/safety/lib/help-history.ts).
import { replacesHistory } from '../lib/help-history.ts';
import { countKey, NO_PRESSES, PRESSES_TO_EXIT, type KeyEvent } from '../lib/shift-counter.ts';

const BLANK = 'quick-exit-active';

class QuickExit extends HTMLElement {
  private count = NO_PRESSES;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a');
    if (!link) throw new Error('<quick-exit> cần một liên kết <a> tới trang trung lập');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      exit(link.href);
    });
    // Capture phase: a field that stops its own events still resets the count.
    document.addEventListener('keydown', (event) => this.onKey({ type: 'keydown', key: event.key, repeat: event.repeat, composing: event.isComposing }), true);
    for (const type of ['compositionstart', 'compositionupdate', 'input'] as const)
      document.addEventListener(type, () => this.onKey({ type: 'composition' }), true);
  }

  private onKey(event: KeyEvent) {
    const before = this.count.presses;
    this.count = countKey(this.count, event, Date.now());
    if (this.count.presses >= PRESSES_TO_EXIT) return exit(this.querySelector('a')!.href);
    if (this.count.presses > 0 && this.count.presses !== before) this.announce(PRESSES_TO_EXIT - this.count.presses);
  }

  private announce(left: number) {
    const status = this.querySelector<HTMLElement>('[data-quick-exit-status]');
    if (status) status.textContent = (status.dataset.template ?? '{n}').replace('{n}', String(left));
  }
}

function exit(url: string) {
  document.documentElement.classList.add(BLANK);
  globalThis.speechSynthesis?.cancel(); // silence a page being read aloud (listen-aloud.ts) at once
  document.title = '';
  location.replace(url);
}

// Links followed from a help page replace its history entry.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented) return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
  if (!link) return;
  const modified = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
  if (!replacesHistory(new URL(location.href), { href: link.href, target: link.getAttribute('target'), download: link.hasAttribute('download'), modified }))
    return;
  event.preventDefault();
  location.replace(link.href);
});

// So do searches sent from a help page (GET forms).
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (event.defaultPrevented || form.method.toLowerCase() !== 'get') return;
  const url = new URL(form.action, location.href);
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  if (!replacesHistory(new URL(location.href), { href: url.href, target: form.getAttribute('target') })) return;
  event.preventDefault();
  location.replace(url.href);
});

// Back may restore this page from the back-forward cache: show it again rather than a blank page.
addEventListener('pageshow', (event) => {
  if (event.persisted) document.documentElement.classList.remove(BLANK);
});

customElements.define('quick-exit', QuickExit);
