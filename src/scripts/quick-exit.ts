// <quick-exit>: leaves the site in one move. The page is hidden at once (so nothing is read over a
// shoulder while the neutral site loads), then location.replace swaps this history entry for it.
import { PRESSES_TO_EXIT, pressShift, type ShiftCount } from '../lib/shift-counter.ts';

const BLANK = 'quick-exit-active';

class QuickExit extends HTMLElement {
  private count: ShiftCount = { presses: 0, since: 0 };

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a');
    if (!link) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      exit(link.href);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Shift' || event.repeat) return;
      this.count = pressShift(this.count, Date.now());
      if (this.count.presses >= PRESSES_TO_EXIT) return exit(link.href);
      this.announce(PRESSES_TO_EXIT - this.count.presses);
    });
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

// Back may restore this page from the back-forward cache: show it again rather than a blank page.
addEventListener('pageshow', (event) => {
  if (event.persisted) document.documentElement.classList.remove(BLANK);
});

customElements.define('quick-exit', QuickExit);
