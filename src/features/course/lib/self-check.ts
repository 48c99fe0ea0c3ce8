// Feedback for a self-check question. Nothing is stored or sent: it is computed in the page and shown at once.

export interface Feedback {
  correct: boolean;
  text: string;
}

/** What the reader sees after choosing option `chosen` (counted from 1) for a question whose answer is `answer`. */
export function feedbackFor(chosen: number, answer: number, options: readonly string[], explanation: string): Feedback {
  const right = withoutFinalStop(options[answer - 1] ?? '');
  if (chosen === answer) return { correct: true, text: `Đúng rồi. ${explanation}` };
  return { correct: false, text: `Chưa đúng. Đáp án đúng: ${right}. ${explanation}` };
}

/** The letter before an option: A, B, C, D. */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);

/** An option without its final full stop, so it can be followed by one: "Có." → "Có". */
export const withoutFinalStop = (text: string) => text.replace(/[.。]+$/, '');
