// Words readers type when they look for help, so that search finds the service or the page of that
// need first. Pagefind indexes them as metadata (data-pagefind-meta on the h1 of service pages, of
// each need page and of the directory, weighed in src/features/search/scripts/site-search.ts); never shown to readers.
import { isPhoneLine, normalisePhone } from '../../support/lib/phone.ts';

/** What people call a phone line: every service with a phone number is found by these. */
export const CALL_TERMS = ['đường dây nóng', 'tổng đài', 'hotline', 'số điện thoại', 'gọi điện'] as const;

/** The directory of services is found by what a phone line is called, and by "danh bạ". */
export const DIRECTORY_TERMS = ['danh bạ', ...CALL_TERMS].join(', ');

/** Other words for each need, as readers say them (the need's own label is added to these). */
export const NEED_TERMS: Record<string, readonly string[]> = {
  'khan-cap': ['cấp cứu', 'nguy hiểm', 'công an', 'cảnh sát'],
  'bao-luc-gia-dinh': ['bạo hành gia đình', 'bị chồng đánh', 'bị đánh'],
  'bao-luc-gioi': ['bạo lực giới', 'quấy rối'],
  'bao-luc-tinh-duc': ['xâm hại tình dục', 'hiếp dâm', 'quấy rối tình dục'],
  'mua-ban-nguoi': ['buôn người', 'bị lừa bán'],
  'xam-hai-tre-em': ['bạo hành trẻ em', 'xâm hại trẻ em', 'bảo vệ trẻ em'],
  'tro-giup-phap-ly': ['tư vấn pháp lý', 'tư vấn pháp luật', 'luật sư', 'pháp lý miễn phí'],
  'y-te': ['cấp cứu', 'bệnh viện', 'khám chữa bệnh'],
  'tu-van-tam-ly': ['tư vấn tâm lý', 'tâm sự', 'hỗ trợ tâm lý'],
  'noi-tam-lanh': ['nhà tạm lánh', 'chỗ tạm lánh', 'chỗ ở tạm thời'],
};

interface Contact {
  kind: string;
  value: string;
}
interface Service {
  name: string;
  topics: readonly string[];
  contacts: readonly Contact[];
}

const phones = (service: Service) => service.contacts.filter(isPhoneLine).map((c) => c.value);

/** A number as readers type it too: "1900 969 680" → also "1900969680". */
export const numberForms = (value: string) => [...new Set([value, normalisePhone(value)])];

/** What a service with a phone line is called in general ("hotline"): weighed lightly, since every line shares it. */
export function serviceCallTerms(service: Service): string {
  return phones(service).length > 0 ? CALL_TERMS.join(', ') : '';
}

/** A service's phone numbers, also written together: what names that service and no other. */
export const serviceNumbers = (service: Service): string => phones(service).flatMap(numberForms).join(', ');

/**
 * Everything a service is found by, in one field so that a query mixing them ("hotline 113", "so
 * dien thoai cap cuu") matches it whole: what a phone line is called, its numbers, and each need it
 * helps with, by its label and what readers call it.
 */
export function serviceHelpTerms(service: Service, labels: Readonly<Record<string, string>>): string {
  const needs = service.topics.flatMap((topic) => [labels[topic] ?? topic, ...(NEED_TERMS[topic] ?? [])]);
  return [serviceCallTerms(service), serviceNumbers(service), ...needs].filter(Boolean).join(', ');
}

/** What a need's own page (/ho-tro/nhu-cau/<need>/) is found by: its label and what readers call it. */
export function needHelpTerms(topic: string, labels: Readonly<Record<string, string>>): string {
  return [labels[topic] ?? topic, ...(NEED_TERMS[topic] ?? [])].join(', ');
}
