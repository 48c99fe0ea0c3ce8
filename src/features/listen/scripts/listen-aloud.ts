// <listen-aloud>: reads the page aloud, block by block, with a Vietnamese voice that runs on the device
// (voice.localService), so no text goes to a speech service. Shown only when such a voice exists; never
// starts by itself; stops at once when the page is left (quick exit included).
import { localVietnameseVoice, SPEECH_LANG, speechChunks } from '../lib/speech.ts';

const CURRENT = 'listen-current';
const BLOCKS = 'h1, h2, h3, h4, p, li:not(:has(p)), legend, summary';

type State = 'idle' | 'playing' | 'paused';

class ListenAloud extends HTMLElement {
  private state: State = 'idle';
  private voice: SpeechSynthesisVoice | null = null;
  private play!: HTMLButtonElement;
  private stopButton!: HTMLButtonElement;
  private startLabel = '';

  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    const play = this.querySelector<HTMLButtonElement>('[data-listen="play"]');
    const stop = this.querySelector<HTMLButtonElement>('[data-listen="stop"]');
    if (!play || !stop) throw new Error('<listen-aloud> cần nút [data-listen="play"] và [data-listen="stop"]');
    this.play = play;
    this.stopButton = stop;
    this.startLabel = play.textContent ?? '';
    play.addEventListener('click', () => this.toggle());
    stop.addEventListener('click', () => this.stop());
    // Voices may arrive after the page loads.
    this.findVoice();
    speechSynthesis.addEventListener('voiceschanged', () => this.findVoice());
    addEventListener('pagehide', () => this.stop());
  }

  private findVoice() {
    this.voice = localVietnameseVoice(speechSynthesis.getVoices());
    this.hidden = this.voice === null;
  }

  private blocks(): HTMLElement[] {
    const roots = [...document.querySelectorAll<HTMLElement>(this.dataset.target ?? 'main')];
    return roots.flatMap((root) => (root.matches(BLOCKS) ? [root] : [...root.querySelectorAll<HTMLElement>(BLOCKS)]));
  }

  private toggle() {
    if (this.state === 'playing') {
      speechSynthesis.pause();
      this.show('paused');
    } else if (this.state === 'paused') {
      speechSynthesis.resume();
      this.show('playing');
    } else {
      this.start();
    }
  }

  private start() {
    const voice = this.voice;
    if (!voice) return;
    speechSynthesis.cancel();
    const queue = this.blocks().flatMap((block) => speechChunks(block.textContent ?? '').map((text) => ({ block, text })));
    queue.forEach(({ block, text }, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = SPEECH_LANG;
      utterance.voice = voice;
      utterance.addEventListener('start', () => this.highlight(block));
      if (i === queue.length - 1) utterance.addEventListener('end', () => this.stop());
      speechSynthesis.speak(utterance);
    });
    this.show(queue.length > 0 ? 'playing' : 'idle');
  }

  private highlight(block: HTMLElement) {
    if (this.state === 'idle') return;
    document.querySelector(`.${CURRENT}`)?.classList.remove(CURRENT);
    block.classList.add(CURRENT);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }

  stop() {
    speechSynthesis.cancel();
    document.querySelector(`.${CURRENT}`)?.classList.remove(CURRENT);
    if (this.play) this.show('idle');
  }

  private show(state: State) {
    this.state = state;
    const { labelPause, labelResume } = this.play.dataset;
    this.play.textContent = state === 'playing' ? (labelPause ?? '') : state === 'paused' ? (labelResume ?? '') : this.startLabel;
    this.stopButton.hidden = state === 'idle';
  }
}

customElements.define('listen-aloud', ListenAloud);
