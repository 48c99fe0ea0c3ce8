// Every address on the site that is built from an id, written once. Pages, components, libraries, the
// service worker's lists, the sitemap and the feed all link through these, so a section can move by
// changing one line. No imports: client scripts bundle this file.

/** The sections readers reach in trouble: kept offline on the phone, never read aloud, counted apart. */
export const SUPPORT_URL = '/ho-tro/';
export const SAFETY_URL = '/an-toan/';
export const HELP_SECTIONS = [SUPPORT_URL, SAFETY_URL] as const;

/** The basic-knowledge course, and the page finishing it leads to (its views count completions). */
export const COURSE_URL = '/kien-thuc/';
export const COURSE_COMPLETION_URL = `${COURSE_URL}hoan-thanh/`;

/** The plan, the progress of its indicators, and the articles. */
export const PLAN_URL = '/ke-hoach/';
export const PROGRESS_URL = '/tien-do/';
export const ARTICLES_URL = '/bai-viet/';

/** The open-data folder. */
export const DATA_URL = '/du-lieu/';

/** An indicator's own page. */
export const indicatorUrl = (id: string) => `/chi-tieu/${id}/`;
/** The id of an indicator's entry on its objective's page. */
export const indicatorAnchor = (id: string) => `chi-tieu-${id}`;
/** One indicator's open data, as a file of the open-data folder ("chi-tieu/1.1.csv") and as an address. */
export const indicatorDownloadFile = (id: string, format: 'csv' | 'json') => `chi-tieu/${id}.${format}`;
export const indicatorDownloadUrl = (id: string, format: 'csv' | 'json') => `${DATA_URL}${indicatorDownloadFile(id, format)}`;

/** An objective's page of the plan; with an indicator id, that indicator's entry on it. */
export const objectiveUrl = (slug: string, indicatorId?: string) =>
  `${PLAN_URL}muc-tieu/${slug}/${indicatorId === undefined ? '' : `#${indicatorAnchor(indicatorId)}`}`;

/** The id of a unit's section on the responsibilities page, and a link to it. */
export const unitAnchor = (id: string) => `don-vi-${id}`;
export const unitUrl = (id: string) => `${PLAN_URL}trach-nhiem/#${unitAnchor(id)}`;

/** The progress list filtered by a status or by a responsible unit (their slugs). */
export const progressStatusUrl = (slug: string) => `${PROGRESS_URL}trang-thai/${slug}/`;
export const progressUnitUrl = (slug: string) => `${PROGRESS_URL}don-vi/${slug}/`;

/** A support service's page. */
export const serviceUrl = (id: string) => `${SUPPORT_URL}${id}/`;
/** The page of the services for one need ("bao-luc-gia-dinh"). */
export const needUrl = (need: string) => `${SUPPORT_URL}nhu-cau/${need}/`;
/** The id of a scope's group in the directory, and a link to it. */
export const scopeAnchor = (scope: string) => `pham-vi-${scope}`;
export const scopeUrl = (scope: string) => `${SUPPORT_URL}#${scopeAnchor(scope)}`;

/** An article, and the articles of one topic (an objective's slug). */
export const articleUrl = (slug: string) => `${ARTICLES_URL}${slug}/`;
export const topicUrl = (slug: string) => `${ARTICLES_URL}chu-de/${slug}/`;

/** A lesson of the course, and its printable A4 sheet under it. */
export const lessonUrl = (id: string) => `${COURSE_URL}${id}/`;
export const lessonPrintUrl = (id: string) => `${lessonUrl(id)}in/`;

/** An occasion on the calendar page. */
export const occasionUrl = (id: string) => `/lich/#${id}`;
