import { describe, expect, it } from 'vitest';
import { planTargetIds } from './components.ts';
import { COURSE_COMPLETION_URL } from '../../../shared/lib/routes.ts';
import { coursePath, duplicateOrders, wordCount } from './course.ts';
import { feedbackFor, optionLetter } from './self-check.ts';
import { listeningAllowed, localVietnameseVoice, speechChunks } from '../../listen/lib/speech.ts';

describe('coursePath', () => {
  const lessons = [
    { id: 'b', order: 2, title: 'Hai' },
    { id: 'a', order: 1, title: 'Một' },
    { id: 'c', order: 5, title: 'Năm' },
  ];
  const path = coursePath(lessons, 'Hoàn thành');
  it('orders lessons by `order` and numbers them from 1 without gaps', () => {
    expect(path.map((p) => [p.lesson.id, p.number])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
  it('links each lesson to its neighbours; the last one leads to the completion page', () => {
    expect(path[0]!.previous).toBeNull();
    expect(path[1]!.previous).toEqual({ href: '/kien-thuc/a/', title: 'Một' });
    expect(path[1]!.next).toEqual({ href: '/kien-thuc/c/', title: 'Năm' });
    expect(path[2]!.next).toEqual({ href: COURSE_COMPLETION_URL, title: 'Hoàn thành' });
    expect(path.map((p) => p.isLast)).toEqual([false, false, true]);
    expect(path[0]!.printHref).toBe('/kien-thuc/a/in/');
  });
});

describe('duplicateOrders', () => {
  it('names the later file sharing an order and the earlier one', () => {
    expect(
      duplicateOrders([
        { file: 'x', order: 1 },
        { file: 'y', order: 2 },
        { file: 'z', order: 1 },
      ]),
    ).toEqual([{ file: 'z', order: 1, other: 'x' }]);
    expect(
      duplicateOrders([
        { file: 'x', order: 1 },
        { file: 'y', order: 2 },
      ]),
    ).toEqual([]);
  });
});

describe('wordCount', () => {
  it.each([
    ['Bình đẳng giới là gì?', 5],
    ['## Tiêu đề\n\n- Việc nhà là **việc chung**.', 7],
    ['<HelpNumbers />\n\nGọi [113](tel:113) ngay.', 3],
    ['', 0],
  ])('%j has %i words', (body, words) => expect(wordCount(body)).toBe(words));
});

describe('planTargetIds', () => {
  it.each([
    ['3.1 6.1', ['3.1', '6.1']],
    [' 3.2a,3.2b ', ['3.2a', '3.2b']],
    ['', []],
    [undefined, []],
  ])('%j → %j', (ids, expected) => expect(planTargetIds(ids)).toEqual(expected));
});

describe('feedbackFor', () => {
  const options = ['Có', 'Không'];
  it('says right and explains', () => expect(feedbackFor(2, 2, options, 'Vì luật cấm.')).toEqual({ correct: true, text: 'Đúng rồi. Vì luật cấm.' }));
  it('says wrong, gives the right answer and explains', () =>
    expect(feedbackFor(1, 2, options, 'Vì luật cấm.')).toEqual({ correct: false, text: 'Chưa đúng. Đáp án đúng: Không. Vì luật cấm.' }));
  it('never doubles the full stop after an option that ends with one', () =>
    expect(feedbackFor(1, 2, ['Có.', 'Không cần gọi.'], 'Vì vậy.').text).toBe('Chưa đúng. Đáp án đúng: Không cần gọi. Vì vậy.'));
  it('letters options A to D', () => expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']));
});

describe('listening', () => {
  it.each([
    ['/bai-viet/x/', true],
    ['/kien-thuc/y/', true],
    ['/ho-tro/', false],
    ['/ho-tro/the-in/', false],
    ['/an-toan/', false],
    ['/an-toan', false],
  ])('%s allowed: %s', (path, allowed) => expect(listeningAllowed(path)).toBe(allowed));

  it('picks only a Vietnamese voice that runs on the device, preferring the default', () => {
    const remote = { name: 'remote', lang: 'vi-VN', localService: false };
    const english = { name: 'en', lang: 'en-US', localService: true, default: true };
    const local = { name: 'local', lang: 'vi-VN', localService: true };
    const localDefault = { name: 'local2', lang: 'vi_VN', localService: true, default: true };
    expect(localVietnameseVoice([remote, english])).toBeNull();
    expect(localVietnameseVoice([remote, english, local])).toBe(local);
    expect(localVietnameseVoice([local, localDefault])).toBe(localDefault);
    expect(localVietnameseVoice([{ name: 'vie', lang: 'vie', localService: true }])).toBeNull();
  });

  it('cuts long text at sentence ends, then at word ends, never above the limit', () => {
    expect(speechChunks('  Một câu.   Hai câu!  ', 220)).toEqual(['Một câu. Hai câu!']);
    expect(speechChunks('Câu thứ nhất. Câu thứ hai.', 15)).toEqual(['Câu thứ nhất.', 'Câu thứ hai.']);
    const long = Array.from({ length: 60 }, () => 'chữ').join(' ');
    const chunks = speechChunks(long, 50);
    expect(chunks.every((c) => c.length <= 50)).toBe(true);
    expect(chunks.join(' ')).toBe(long);
    expect(speechChunks('   ')).toEqual([]);
  });
});
