// <service-filter>: sends old shared filter links (/ho-tro/?nhu-cau=…, ?pham-vi=…) to where that
// choice now lives, replacing the history entry. The needs and scopes it knows are the directory's own.
import { legacyFilterTarget } from '../lib/service-filter.ts';

class ServiceFilter extends HTMLElement {
  connectedCallback() {
    const list = (name: string) => (this.dataset[name] ?? '').split(' ').filter(Boolean);
    const target = legacyFilterTarget(location.search, list('needs'), list('scopes'));
    if (target) location.replace(target);
  }
}
customElements.define('service-filter', ServiceFilter);
