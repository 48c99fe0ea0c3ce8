// Every built HTML file passes html-validate (rules in .htmlvalidate.json) with 0 errors.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../tools/browser/built-site.ts';

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const htmlFiles = builtFiles().filter((file) => file.endsWith('.html'));

describe('html-validate on every built page', () => {
  it.each(htmlFiles)('%s has no error', async (file) => {
    const report = await htmlvalidate.validateFile(`dist${file}`);
    const errors = report.results.flatMap((result) => result.messages).filter((message) => message.severity === 2);
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
