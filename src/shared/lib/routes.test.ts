import { describe, expect, it } from 'vitest';
import * as routes from './routes.ts';

describe('routes', () => {
  it.each([
    [routes.indicatorUrl('3.2a'), '/chi-tieu/3.2a/'],
    [routes.indicatorDownloadUrl('1.1', 'csv'), '/du-lieu/chi-tieu/1.1.csv'],
    [routes.indicatorDownloadFile('1.1', 'json'), 'chi-tieu/1.1.json'],
    [routes.objectiveUrl('kinh-te'), '/ke-hoach/muc-tieu/kinh-te/'],
    [routes.objectiveUrl('kinh-te', '2.1'), '/ke-hoach/muc-tieu/kinh-te/#chi-tieu-2.1'],
    [routes.unitUrl('tram-y-te'), '/ke-hoach/trach-nhiem/#don-vi-tram-y-te'],
    [routes.progressStatusUrl('dung-tien-do'), '/tien-do/trang-thai/dung-tien-do/'],
    [routes.progressUnitUrl('tram-y-te'), '/tien-do/don-vi/tram-y-te/'],
    [routes.serviceUrl('tong-dai-111'), '/ho-tro/tong-dai-111/'],
    [routes.needUrl('bao-luc-gia-dinh'), '/ho-tro/nhu-cau/bao-luc-gia-dinh/'],
    [routes.scopeUrl('quoc-gia'), '/ho-tro/#pham-vi-quoc-gia'],
    [routes.articleUrl('ngay-quoc-te'), '/bai-viet/ngay-quoc-te/'],
    [routes.topicUrl('kinh-te'), '/bai-viet/chu-de/kinh-te/'],
    [routes.lessonUrl('bai-1'), '/kien-thuc/bai-1/'],
    [routes.lessonPrintUrl('bai-1'), '/kien-thuc/bai-1/in/'],
    [routes.COURSE_COMPLETION_URL, '/kien-thuc/hoan-thanh/'],
    [routes.occasionUrl('ngay-8-3'), '/lich/#ngay-8-3'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));

  it('links to the very ids the anchors give', () => {
    expect(routes.objectiveUrl('x', '1.1').endsWith(`#${routes.indicatorAnchor('1.1')}`)).toBe(true);
    expect(routes.unitUrl('u').endsWith(`#${routes.unitAnchor('u')}`)).toBe(true);
    expect(routes.scopeUrl('s').endsWith(`#${routes.scopeAnchor('s')}`)).toBe(true);
  });

  it('keeps the help sections under the support and safety pages', () => expect(routes.HELP_SECTIONS).toEqual(['/ho-tro/', '/an-toan/']));
});
