// <self-check>: tells the reader at once whether the answer they picked is right. Nothing is stored or sent.
import { feedbackFor } from '../lib/self-check.ts';

class SelfCheck extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-feedback]');
    const explanation = this.querySelector('[data-explanation]')?.textContent?.trim() ?? '';
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    if (!status || inputs.length === 0) throw new Error('<self-check> cần các lựa chọn và ô [data-feedback]');
    const options = inputs.map((input) => input.nextElementSibling?.textContent?.replace(/^[A-D]\.\s*/, '').trim() ?? '');
    const answer = Number(this.dataset.answer);
    this.addEventListener('change', (event) => {
      const chosen = Number((event.target as HTMLInputElement).value);
      const { correct, text } = feedbackFor(chosen, answer, options, explanation);
      status.dataset.correct = String(correct);
      status.textContent = text;
    });
  }
}

customElements.define('self-check', SelfCheck);
