// The order of the browser test files. The crawl of every page (e2e/every-page.test.ts) is the largest
// part of their time (about a third of their CPU), so it starts first and the other files fill the
// second worker around it. Vitest orders files by the durations of the last run, which a fresh clone
// (CI) does not have; it then runs larger files first, and the crawl's small file started late and ran
// alone at the end (a fresh-clone CI run: browser tests 235 s, against about 208 s with the crawl first).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isCrawl = (file: TestSpecification) => file.moduleId.endsWith('/e2e/every-page.test.ts');

export class CrawlFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rest = sorted.filter((file) => !isCrawl(file));
    const firstBrowserTest = rest.findIndex((file) => file.project.name === 'e2e');
    rest.splice(firstBrowserTest < 0 ? rest.length : firstBrowserTest, 0, ...sorted.filter(isCrawl));
    return rest;
  }
}
