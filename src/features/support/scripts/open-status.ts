// <open-status data-hours="…">: shows whether a contact is open now, computed for Vietnam time.
import { describeStatus, openingStatus, type Hours } from '../lib/opening-hours.ts';

class OpenStatus extends HTMLElement {
  connectedCallback() {
    const hours = JSON.parse(this.dataset.hours ?? '"24/7"') as Hours;
    const status = openingStatus(hours, new Date());
    this.textContent = describeStatus(status);
    this.dataset.state = status.state === 'closed' ? 'closed' : 'open';
  }
}
customElements.define('open-status', OpenStatus);
