// <copy-link>: enhances a link to the page itself so a tap copies its address instead of reloading.
class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const status = this.querySelector('[role="status"]');
    if (!link || !navigator.clipboard) return;
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      try {
        await navigator.clipboard.writeText(link.href);
        const copied = this.dataset.copied ?? '';
        if (status) status.textContent = copied;
        link.textContent = copied;
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
customElements.define('copy-link', CopyLink);
