// <calendar-now>: the page was built on some day; this marks what is on now or next from the reader's today.
import { vietnamDay } from '../../../shared/lib/dates.ts';
import { calendarStatus } from '../lib/occurrence.ts';

const dayOf = (value: string | undefined) => {
  const [month, day] = (value ?? '').split('-').map(Number);
  return { month: month ?? 1, day: day ?? 1 };
};

class CalendarNow extends HTMLElement {
  connectedCallback() {
    const items = [...this.querySelectorAll<HTMLElement>('.calendar__item')].map((element) => ({
      element,
      start: dayOf(element.dataset.start),
      end: element.dataset.end ? dayOf(element.dataset.end) : undefined,
    }));
    const status = calendarStatus(items, vietnamDay(new Date()));
    const list = this.querySelector('ol');
    for (const item of status.items) {
      const { element } = item.event;
      const highlighted = status.highlighted.has(item.event);
      element.classList.toggle('calendar__item--highlight', highlighted);
      const badge = element.querySelector('.calendar__badge');
      if (badge) badge.textContent = highlighted ? ((item.current ? this.dataset.now : this.dataset.next) ?? '') : '';
      const time = element.querySelector('time');
      if (time) time.dateTime = item.start;
      list?.append(element);
    }
  }
}
customElements.define('calendar-now', CalendarNow);
