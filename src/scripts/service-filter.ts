// <service-filter>: filters the directory by need and scope, with the choice kept in the URL.
import { filterFromSearch, matchesFilter, searchFromFilter, type FilterState } from '../lib/service-filter.ts';

class ServiceFilter extends HTMLElement {
  private state: FilterState = { need: null, scope: null };

  connectedCallback() {
    this.state = filterFromSearch(location.search, this.values('need'), this.values('scope'));
    this.apply(false);
    this.addEventListener('click', (event) => this.onClick(event));
  }

  private links(kind: 'need' | 'scope') {
    return [...this.querySelectorAll<HTMLAnchorElement>(`a[data-${kind}]`)];
  }

  private values(kind: 'need' | 'scope') {
    return this.links(kind).map((a) => a.dataset[kind]!);
  }

  private onClick(event: MouseEvent) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-need], a[data-scope], a[data-clear]');
    if (!link) return;
    const { need, scope } = link.dataset;
    if (link.hasAttribute('data-clear')) this.state = { need: null, scope: null };
    else if (need) this.state = { ...this.state, need: this.state.need === need ? null : need };
    else if (scope) this.state = { ...this.state, scope: this.state.scope === scope ? null : scope };
    // A chosen need keeps the link's own jump to its group; anything else stays in place.
    const jump = need !== undefined && this.state.need === need;
    if (!jump) event.preventDefault();
    this.apply(true);
  }

  private apply(announce: boolean) {
    const { state } = this;
    const search = searchFromFilter(state, location.search);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    const shown = new Set<string>();
    for (const group of this.querySelectorAll<HTMLElement>('[data-need-group]')) {
      const cards = [...group.querySelectorAll<HTMLElement>('[data-service-card]')];
      for (const card of cards) card.hidden = !matchesFilter(state, (card.dataset.topics ?? '').split(' '), card.dataset.scope ?? '');
      const visible = cards.filter((card) => !card.hidden);
      group.hidden = visible.length === 0 || (state.need !== null && group.dataset.needGroup !== state.need);
      if (!group.hidden) visible.forEach((card) => shown.add(card.dataset.serviceCard ?? ''));
    }
    for (const [kind, links] of [['need', this.links('need')], ['scope', this.links('scope')]] as const) {
      for (const link of links) {
        if (link.dataset[kind] === state[kind]) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
    const clear = this.querySelector<HTMLElement>('[data-clear]');
    if (clear) clear.hidden = state.need === null && state.scope === null;
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown.size > 0;
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status && announce) status.textContent = (status.dataset.template ?? '{n}').replace('{n}', String(shown.size));
  }
}
customElements.define('service-filter', ServiceFilter);
