// Choices for reading a page aloud with the phone's own voice (Web Speech API), kept apart from the DOM.
import { HELP_SECTIONS } from '../../../shared/lib/routes.ts';

/** The language the site's text is read in. */
export const SPEECH_LANG = 'vi-VN';

/** Whether a page may offer the "Nghe" button: never in the help sections, where being overheard is a risk. */
export function listeningAllowed(pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return !HELP_SECTIONS.some((prefix) => path.startsWith(prefix));
}

export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
  default?: boolean;
}

/** A Vietnamese voice that runs on the device, so no text goes to a speech service; null when there is none. */
export function localVietnameseVoice<T extends VoiceLike>(voices: readonly T[]): T | null {
  const vietnamese = voices.filter((v) => v.localService && /^vi([-_]|$)/i.test(v.lang));
  return vietnamese.find((v) => v.default) ?? vietnamese[0] ?? null;
}

/** Splits a paragraph into pieces of at most `max` characters at sentence or word ends, since some engines stop long utterances. */
export function speechChunks(text: string, max = 220): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  const sentences = clean.match(/[^.!?…;:]+[.!?…;:]*\s*/g) ?? [clean];
  const chunks: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) chunks.push(current.trim());
    current = '';
  };
  for (const sentence of sentences) {
    if ((current + sentence).length <= max) {
      current += sentence;
      continue;
    }
    push();
    if (sentence.length <= max) {
      current = sentence;
      continue;
    }
    for (const word of sentence.split(' ')) {
      if ((current + word).length + 1 > max) push();
      current += `${word} `;
    }
  }
  push();
  return chunks;
}
