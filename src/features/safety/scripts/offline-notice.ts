// <offline-notice>: says the page shown is the copy kept on the phone ("Bản lưu ngày …"), when there is
// no network, when the network was too slow, or when the service worker showed it in place of another
// page. The service worker marks such a copy with the day the server sent it (data-saved-copy on <html>).
import { savedCopyDate } from '../lib/offline.ts';

class OfflineNotice extends HTMLElement {
  connectedCallback() {
    const saved = document.documentElement.dataset.savedCopy;
    const date = savedCopyDate(saved);
    if (date && this.dataset.template) this.textContent = this.dataset.template.replace('{date}', date);
    const update = () => {
      this.hidden = saved === undefined && navigator.onLine && location.pathname === this.dataset.path;
    };
    update();
    addEventListener('online', update);
    addEventListener('offline', update);
  }
}
customElements.define('offline-notice', OfflineNotice);
