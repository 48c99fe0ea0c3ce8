// <offline-notice>: says the directory shown is the copy kept on the phone, when there is no network
// or when the service worker showed it in place of another page.
class OfflineNotice extends HTMLElement {
  connectedCallback() {
    const update = () => {
      this.hidden = navigator.onLine && location.pathname === this.dataset.path;
    };
    update();
    addEventListener('online', update);
    addEventListener('offline', update);
  }
}
customElements.define('offline-notice', OfflineNotice);
