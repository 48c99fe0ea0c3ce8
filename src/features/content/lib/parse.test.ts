import { describe, expect, it } from 'vitest';
import { invisibleCharacterMessage, parseJson, parseYaml, splitFrontMatter } from './parse.ts';

describe('parseYaml', () => {
  it('keeps dates as text, reads CRLF and a BOM, and gives the line of a path', () => {
    const result = parseYaml('a.yaml', '\uFEFFname: x\r\nlist:\r\n  - when: 2026-02-30\r\n    note: y\r\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual({ name: 'x', list: [{ when: '2026-02-30', note: 'y' }] });
    expect(result.value.lineOf(['list', 0, 'note'])).toBe(4);
    expect(result.value.lineOf(['list', 0, 'missing'])).toBe(3);
  });

  it.each([
    ['a: &x 1\nb: *x\n', 1, 'bí danh'],
    ['a: 1\n<<: { b: 2 }\n', 2, '"<<:"'],
    ['a: !!binary aGk=\n', 1, 'thẻ YAML'],
    ['a: 1\na: 2\n', 2, 'ghi hai lần'],
    ['a:\n\tb: 1\n', 2, 'Tab'],
    ['a:\n  b: 1\n   c: 2\n', 3, 'thụt lề sâu hơn'],
  ])('refuses %j at line %d (%s)', (source, line, message) => {
    const result = parseYaml('a.yaml', source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.line).toBe(line);
    expect(result.problem.message).toContain(message);
  });

  it('adds the front matter offset to every line', () => {
    const result = parseYaml('a.mdx', 'a: 1\nb: 1\nb: 2\n', 1);
    expect(!result.ok && result.problem.line).toBe(4);
  });
});

describe('parseJson', () => {
  it('reads JSON with a BOM and gives lines of paths', () => {
    const result = parseJson('a.json', '\uFEFF{\n  "a": {\n    "b": [1, 2]\n  }\n}\n');
    expect(result.ok && result.value.data).toEqual({ a: { b: [1, 2] } });
    expect(result.ok && result.value.lineOf(['a', 'b'])).toBe(3);
  });

  it.each([
    ['{\n  "a": 1,\n  "a": 2\n}', 3, 'cột 3', 'ghi hai lần'],
    ['{\n  "a": 1,\n}', 3, 'cột 1', 'ngoặc kép'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 'cột 3', 'thiếu dấu phẩy'],
    ['{"a": 50%}', 1, 'cột 9', 'thiếu dấu phẩy'],
    ['{"a": [1, 2', 1, 'cột 12', 'thiếu dấu phẩy giữa hai phần tử, hoặc thiếu dấu đóng ]'],
  ])('refuses %j at line %d, %s', (source, line, column, message) => {
    const result = parseJson('a.json', source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.line).toBe(line);
    expect(result.problem.field).toContain(column);
    expect(result.problem.message).toContain(message);
  });

  it('parses what JSON.parse parses', () => {
    const text = JSON.stringify({ s: 'a"\\\u00e9\n', n: -1.5e3, t: true, f: false, z: null, l: [[], {}] });
    expect(parseJson('a.json', text)).toMatchObject({ ok: true, value: { data: JSON.parse(text) } });
  });
});

describe('invisibleCharacterMessage', () => {
  it.each(['\u200B', '\u200D', '\u200F', '\u00AD', '\uFEFF', '\u202E'])('shows %j by its code point', (char) => {
    expect(invisibleCharacterMessage(`Lê${char}Chân`)).toMatch(/U\+[0-9A-F]{4}/);
  });
  it('accepts ordinary Vietnamese text', () => expect(invisibleCharacterMessage('Phường Lê Chân, Hải Phòng')).toBeUndefined());
});

describe('splitFrontMatter', () => {
  it('reads CRLF files', () => expect(splitFrontMatter('---\r\na: 1\r\n---\r\nbody\r\n')).toEqual({ frontMatter: 'a: 1', body: 'body\n' }));
});
