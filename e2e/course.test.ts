// The basic-knowledge course end to end: with and without JavaScript, the self-check feedback,
// the "Nghe" button with a stubbed speech engine, the one-page A4 sheets; nothing from another origin, nothing stored.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLessons } from '../src/features/content/lib/check-lessons.ts';
import { coursePath } from '../src/features/course/lib/course.ts';
import { COURSE_COMPLETION_URL as COMPLETION_PATH, COURSE_URL as COURSE_PATH } from '../src/shared/lib/routes.ts';
import { pageWeight } from '../tools/bench/page-weight.ts';
import { axeViolationsLightAndDark } from '../tools/browser/axe.ts';
import { launchChromium, openSiteMenu, PHONE } from '../tools/browser/browser.ts';
import { foreignRequests, recordCspViolations, watchPage } from '../tools/browser/page-watch.ts';
import { serveNeutralSite } from '../tools/browser/quick-exit-url.ts';

const baseUrl = inject('baseUrl');
const lessons = checkLessons('.', null, null).lessons.map(({ file, order, data }) => ({
  id: file.replace(/^.*\/|\.mdx$/g, ''),
  order,
  title: data.title,
  data,
}));
const course = coursePath(lessons, '');
let browser: Browser;

beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

async function phone(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  await recordCspViolations(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  return { context, page, requests, watch: watchPage(page) };
}

const foreign = (requests: string[]) => foreignRequests(requests, baseUrl);

/** Replaces the browser's speech engine with one that records what it is asked, with the given voices. */
async function stubSpeech(context: BrowserContext, voices: { name: string; lang: string; localService: boolean }[]) {
  await context.addInitScript((list) => {
    const log = { spoken: [] as { text: string; lang: string; voice: string | null }[], calls: [] as string[] };
    (window as unknown as { __speech: typeof log }).__speech = log;
    const engine = Object.assign(new EventTarget(), {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => list.map((v) => ({ ...v, default: false, voiceURI: v.name })),
      speak(u: SpeechSynthesisUtterance) {
        log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        if (log.spoken.length === 1) setTimeout(() => u.dispatchEvent(new Event('start')), 0);
      },
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      cancel: () => log.calls.push('cancel'),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    // The real utterance only accepts the engine's own voice objects.
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      text: string;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}
const speech = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] } }).__speech);

describe('course', () => {
  it('has 5 to 8 lessons, each with 2 to 4 questions', () => {
    expect(course.length).toBeGreaterThanOrEqual(5);
    expect(course.length).toBeLessThanOrEqual(8);
  });

  it('with JavaScript: from the home page through every lesson, with feedback at once, to the completion page; nothing stored or sent elsewhere', async () => {
    const { context, page, requests, watch } = await phone();
    await page.goto(`${baseUrl}/`);
    await openSiteMenu(page);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiến thức' }).tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}${COURSE_PATH}`);
    expect(await page.locator('.course-list > li').count()).toBe(course.length);
    await page.getByRole('link', { name: 'Bắt đầu bài 1' }).tap();
    for (const place of course) {
      await expect.poll(() => page.url()).toBe(`${baseUrl}${place.href}`);
      expect(await page.locator('h1').textContent()).toBe(place.lesson.title);
      const questions = place.lesson.data.questions;
      expect(await page.locator('self-check').count()).toBe(questions.length);
      for (const [i, q] of questions.entries()) {
        const block = page.locator('self-check').nth(i);
        const wrong = q.answer === 1 ? 2 : 1;
        await block.locator(`input[value="${wrong}"]`).check();
        expect(await block.getByRole('status').textContent()).toBe(`Chưa đúng. Đáp án đúng: ${q.options[q.answer - 1]!.replace(/\.$/, '')}. ${q.explanation}`);
        await block.locator(`input[value="${q.answer}"]`).check();
        expect(await block.getByRole('status').textContent()).toBe(`Đúng rồi. ${q.explanation}`);
      }
      const nav = page.getByRole('navigation', { name: 'Các bài học' });
      await nav.getByRole('link', { name: place.isLast ? /Hoàn thành khóa học/ : /Bài tiếp theo/ }).tap();
    }
    await expect.poll(() => page.url()).toBe(`${baseUrl}${COMPLETION_PATH}`);
    expect(await page.locator('h1').textContent()).toMatch(/^Bạn đã hoàn thành/);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect(await context.cookies()).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    expect(await watch.problems()).toEqual([]);
    await context.close();
  });

  it('without JavaScript: every lesson is reachable in turn, each answer and explanation opens, and the Nghe button stays hidden', async () => {
    const { context, page, requests } = await phone({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${COURSE_PATH}`);
    await page.getByRole('link', { name: 'Bắt đầu bài 1' }).tap();
    for (const place of course) {
      await expect.poll(() => page.url()).toBe(`${baseUrl}${place.href}`);
      const play = page.locator('listen-aloud [data-listen="play"]');
      expect(await play.count()).toBe(1);
      expect(await play.isVisible()).toBe(false);
      const details = page.locator('.self-check details');
      expect(await details.count()).toBe(place.lesson.data.questions.length);
      for (const [i, q] of place.lesson.data.questions.entries()) {
        const one = details.nth(i);
        expect(await one.locator('[data-explanation]').isVisible()).toBe(false);
        await one.locator('summary').tap();
        expect(await one.locator('[data-explanation]').isVisible()).toBe(true);
        expect(await one.textContent()).toContain(q.options[q.answer - 1]);
      }
      await page
        .getByRole('navigation', { name: 'Các bài học' })
        .getByRole('link', { name: place.isLast ? /Hoàn thành khóa học/ : /Bài tiếp theo/ })
        .tap();
    }
    await expect.poll(() => page.url()).toBe(`${baseUrl}${COMPLETION_PATH}`);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  });

  it('prints each lesson on one A4 page, with a QR code to the course', async () => {
    const { context, page } = await phone();
    for (const place of course) {
      await page.goto(`${baseUrl}${place.printHref}`);
      expect(await page.locator('.course-qr svg').count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, place.printHref).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });

  it('loads each lesson in at most 60 KB (gzip, HTML, CSS and JS) on a first visit', async () => {
    for (const place of course) {
      const { total } = await pageWeight(baseUrl, 'dist', place.href);
      expect(total, place.href).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('keeps the lessons a reader opened for reading offline', async () => {
    const { context, page } = await phone();
    const [first, second] = course;
    await page.goto(`${baseUrl}${first!.href}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    // Pages opened once the service worker is in control are kept: the next lesson, and the first one again.
    await page.goto(`${baseUrl}${second!.href}`);
    await page.goto(`${baseUrl}${first!.href}`);
    await context.setOffline(true);
    for (const place of [first!, second!]) {
      await page.goto(`${baseUrl}${place.href}`);
      expect(await page.locator('h1').textContent()).toBe(place.lesson.title);
      expect(await page.locator('.self-check').isVisible()).toBe(true);
    }
    await context.close();
  });

  it('finds lessons with the site search', async () => {
    const { context, page } = await phone();
    const first = course[0]!;
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(first.lesson.title)}`);
    await expect.poll(() => page.locator(`a[href="${first.href}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
  });
});

describe('listening', () => {
  const local = { name: 'Tiếng Việt (máy)', lang: 'vi-VN', localService: true };

  it('shows Nghe with a local vi-VN voice and reads the lesson, block by block, in vi-VN with that voice; pause, resume and stop', async () => {
    const { context, page, watch } = await phone();
    await stubSpeech(context, [{ name: 'English', lang: 'en-US', localService: true }, { name: 'Online', lang: 'vi-VN', localService: false }, local]);
    const lesson = course[0]!;
    await page.goto(`${baseUrl}${lesson.href}`);
    const listen = page.getByRole('button', { name: 'Nghe', exact: true });
    await listen.waitFor({ state: 'visible' });
    expect((await speech(page)).spoken).toEqual([]);
    expect(await page.locator('[data-listen="stop"]').isVisible()).toBe(false);
    await listen.tap();
    expect(await page.getByRole('button', { name: 'Dừng', exact: true }).isVisible()).toBe(true);
    const { spoken } = await speech(page);
    const paragraphs = await page.locator('.article__body p').count();
    expect(spoken.length).toBeGreaterThan(paragraphs);
    expect(spoken[0]).toEqual({ text: lesson.lesson.title, lang: 'vi-VN', voice: local.name });
    expect(spoken.every((u) => u.lang === 'vi-VN' && u.voice === local.name && u.text.length > 0)).toBe(true);
    const body = (await page.locator('.article__body').textContent())!.replace(/\s+/g, ' ');
    expect(body).toContain(spoken.at(-1)!.text);
    await expect.poll(() => page.locator('h1.listen-current').count()).toBe(1);
    await page.getByRole('button', { name: 'Tạm dừng', exact: true }).tap();
    await page.getByRole('button', { name: 'Nghe tiếp', exact: true }).tap();
    await page.getByRole('button', { name: 'Dừng', exact: true }).tap();
    expect((await speech(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    expect(await page.locator('.listen-current').count()).toBe(0);
    expect(await listen.isVisible()).toBe(true);
    expect(await watch.problems()).toEqual([]);
    await context.close();
  });

  it('stops reading at once on quick exit', async () => {
    const { context, page } = await phone();
    await stubSpeech(context, [local]);
    const asked = await serveNeutralSite(context, { noContent: true });
    await page.goto(`${baseUrl}${course[1]!.href}`);
    await page.getByRole('button', { name: 'Nghe', exact: true }).tap();
    const before = (await speech(page)).calls.length;
    await page.getByRole('link', { name: 'Thoát nhanh' }).tap();
    await expect.poll(() => asked.length).toBe(1);
    expect((await speech(page)).calls.slice(before)).toContain('cancel');
    await context.close();
  });

  it('passes axe (WCAG 2.2 AA) at 320 px, light and dark, with the feedback shown and a paragraph being read', async () => {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } });
    await stubSpeech(context, [local]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${course[2]!.href}`);
    await page.locator('self-check').first().locator('input[value="1"]').check();
    await page.locator('self-check').nth(1).locator('input[value="2"]').check();
    await page.getByRole('button', { name: 'Nghe', exact: true }).tap();
    await page.locator('.listen-current').waitFor();
    // Reading scrolled the page; the sticky quick-exit bar would then cover the menu, which axe counts against it.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await axeViolationsLightAndDark(page)).toEqual([]);
    // Nothing in the lesson is wider than the phone (the header's search box is another matter, left to its owner).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(wide).toEqual([]);
    await context.close();
  });

  it('is also on articles, but never on the help and safety pages', async () => {
    const { context, page } = await phone();
    await stubSpeech(context, [local]);
    await page.goto(`${baseUrl}/bai-viet/`);
    await page.locator('.article-list h2 a').first().tap();
    await page.getByRole('button', { name: 'Nghe', exact: true }).waitFor({ state: 'visible' });
    for (const path of ['/ho-tro/', '/an-toan/']) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.locator('listen-aloud').count(), path).toBe(0);
    }
    await context.close();
  });

  it('stays hidden without a Vietnamese voice on the device', async () => {
    for (const voices of [
      [],
      [
        { name: 'English', lang: 'en-US', localService: true },
        { name: 'Online', lang: 'vi-VN', localService: false },
      ],
    ]) {
      const { context, page } = await phone();
      await stubSpeech(context, voices);
      await page.goto(`${baseUrl}${course[0]!.href}`);
      await page.evaluate(() => customElements.whenDefined('listen-aloud'));
      expect(await page.locator('listen-aloud').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Nghe', exact: true }).isVisible()).toBe(false);
      await context.close();
    }
  });
});
