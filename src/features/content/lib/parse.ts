import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** A path to a value inside a parsed file, e.g. ["contacts", 0, "value"]. */
export type DataPath = readonly PropertyKey[];

/** A parsed file: its data, and the line (1-based, as the editor shows it) of any path inside it. */
export interface ParsedData {
  data: unknown;
  lineOf: (path: DataPath) => number | undefined;
}

export type ParseResult = { ok: true; value: ParsedData } | { ok: false; problem: ContentProblem };

/** Files larger than this are refused before parsing: no content file needs more. */
export const MAX_DATA_FILE_BYTES = 512 * 1024;

/** Characters that do not show on screen but change what a value is (zero-width, bidi, soft hyphen, BOM). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Names of the invisible characters staff are most likely to paste, for the message. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'gạch nối mềm',
  '\u200B': 'khoảng trắng độ rộng 0',
  '\u200C': 'ký tự không nối',
  '\u200D': 'ký tự nối độ rộng 0',
  '\u200E': 'dấu chiều trái-sang-phải',
  '\u200F': 'dấu chiều phải-sang-trái',
  '\u2060': 'ký tự nối từ',
  '\uFEFF': 'dấu BOM',
};

/** "U+200B", the way staff can search for a character. */
export const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A message naming an invisible character in `value`, or undefined when there is none. */
export function invisibleCharacterMessage(value: string): string | undefined {
  const match = INVISIBLE.exec(value);
  if (!match) return undefined;
  const char = match[0];
  const shown = `${value.slice(Math.max(0, match.index - 12), match.index)}[${codePoint(char)}]${value.slice(match.index + 1, match.index + 13)}`;
  const name = INVISIBLE_NAMES[char] ?? 'ký tự điều khiển';
  return `có ký tự ẩn ${codePoint(char)} (${name}) trong "${shown.replace(/\s+/g, ' ')}"; thường do chép từ Word hay Zalo: xóa đoạn đó và gõ lại`;
}

/** Drops a leading BOM and turns CRLF/CR line endings into LF, so lines count as the editor shows them. */
export function normaliseText(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Why a YAML file is wrong, in Vietnamese, by the parser's error code. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'thụt lề sai: các trường cùng cấp phải thẳng hàng, dùng dấu cách (không dùng Tab)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  DUPLICATE_KEY: 'một trường được ghi hai lần trong cùng một mục; xóa bớt một dòng',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn) của một giá trị mở ở dòng này hoặc phía trên',
  MULTILINE_IMPLICIT_KEY: 'tên trường không được xuống dòng; kiểm tra dấu hai chấm và dấu ngoặc kép ở dòng trên',
  BLOCK_AS_IMPLICIT_KEY: 'thụt lề sai hoặc thiếu dấu hai chấm sau tên trường',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ (thường là dấu hai chấm, dấu # hay dấu ngoặc trong giá trị chưa đặt trong ngoặc kép)',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; đặt giá trị trong ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu \\ trong ngoặc kép không hợp lệ; viết \\\\ hoặc dùng ngoặc đơn',
  MULTIPLE_DOCS: 'tệp chỉ được có một phần; xóa dòng "---" hoặc "..." thừa',
  KEY_OVER_1024_CHARS: 'tên trường quá dài',
  BLOCK_IN_FLOW: 'thụt lề sai bên trong dấu ngoặc [ ] hoặc { }',
};

const lineAt = (counter: LineCounter, offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);

/**
 * The one YAML reader of the site. YAML 1.2 core schema (dates stay text), no merge keys, no
 * tags, no anchors or aliases (so no "billion laughs"), unique keys; every error in Vietnamese.
 * `lineOffset` is added to every line (front matter starts on the file's second line).
 */
export function parseYaml(file: string, source: string, lineOffset = 0): ParseResult {
  const fail = (line: number | undefined, message: string): ParseResult => ({
    ok: false,
    problem: { file, field: 'cú pháp YAML', message, ...(line ? { line: line + lineOffset } : {}) },
  });
  if (Buffer.byteLength(source) > MAX_DATA_FILE_BYTES) return fail(undefined, `tệp lớn hơn ${MAX_DATA_FILE_BYTES / 1024} KB; tách thành nhiều tệp nhỏ`);
  const text = normaliseText(source);
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter: counter,
    strict: true,
    stringKeys: true,
  });
  // A line indented deeper than the one above shows up as a key running over two lines: point at the deeper line.
  const overIndented = doc.errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (overIndented)
    return fail(
      lineAt(counter, overIndented.pos[1]),
      'YAML không hợp lệ: dòng này thụt lề sâu hơn dòng trên (hoặc dòng trên thiếu dấu hai chấm); các trường cùng cấp phải thẳng hàng',
    );
  const [error] = doc.errors;
  if (error) return fail(lineAt(counter, error.pos[0]), `YAML không hợp lệ: ${YAML_ERRORS[error.code] ?? 'sai cú pháp ở dòng này'}`);
  let refused: ParseResult | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      refused = fail(lineAt(counter, node.range?.[0]), 'không dùng bí danh YAML (& và *); chép lại giá trị ở mỗi chỗ cần');
    } else if (isNode(node) && node.tag) {
      refused = fail(lineAt(counter, node.range?.[0]), `không dùng thẻ YAML như "${node.tag}"; bỏ phần bắt đầu bằng dấu ! đi`);
    } else if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
      refused = fail(lineAt(counter, node.key.range?.[0]), 'không dùng khóa gộp "<<:"; ghi đủ từng trường của mục');
    }
    return refused ? visit.BREAK : undefined;
  });
  if (refused) return refused;
  const [warning] = doc.warnings;
  if (warning) return fail(lineAt(counter, warning.pos[0]), 'YAML có phần không đọc được; kiểm tra dòng này');
  const data = doc.toJS({ maxAliasCount: 0 });
  const lineOf = (path: DataPath) => {
    let node: unknown = doc.contents;
    let line = lineAt(counter, (node as YamlNode | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        line = lineAt(counter, (pair.key as YamlNode).range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        line = lineAt(counter, (node as YamlNode).range?.[0]) ?? line;
      } else break;
    }
    return line === undefined ? undefined : line + lineOffset;
  };
  return { ok: true, value: { data, lineOf } };
}

/** Parses JSON, refusing duplicate keys, with the line and column of any error and of every value. */
export function parseJson(file: string, source: string): ParseResult {
  if (Buffer.byteLength(source) > MAX_DATA_FILE_BYTES)
    return { ok: false, problem: { file, field: 'cú pháp JSON', message: `tệp lớn hơn ${MAX_DATA_FILE_BYTES / 1024} KB` } };
  const text = normaliseText(source);
  const lines = new Map<string, number>();
  const reader = new JsonReader(text, lines);
  try {
    const data = reader.document();
    const lineOf = (path: DataPath) => {
      for (let n = path.length; n >= 0; n--) {
        const line = lines.get(JSON.stringify(path.slice(0, n).map(String)));
        if (line !== undefined) return line;
      }
      return undefined;
    };
    return { ok: true, value: { data, lineOf } };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = reader.position(error.offset);
    return { ok: false, problem: { file, field: `cú pháp JSON, cột ${column}`, line, message: `JSON không hợp lệ: ${error.message}` } };
  }
}

class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** A small strict JSON reader: the same grammar as JSON.parse, plus duplicate-key detection and line numbers. */
class JsonReader {
  private i = 0;
  private readonly text: string;
  private readonly lines: Map<string, number>;
  constructor(text: string, lines: Map<string, number>) {
    this.text = text;
    this.lines = lines;
  }

  position(offset: number) {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }

  document(): unknown {
    const value = this.value([]);
    this.space();
    if (this.i < this.text.length) throw new JsonSyntaxError('có nội dung thừa sau dấu đóng cuối cùng', this.i);
    return value;
  }

  private space() {
    while (/[ \t\n]/.test(this.text[this.i] ?? '')) this.i++;
  }

  private record(path: string[]) {
    this.lines.set(JSON.stringify(path), this.position(this.i).line);
  }

  private value(path: string[]): unknown {
    this.space();
    this.record(path);
    const c = this.text[this.i];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.i, this.i + 400));
    if (!literal) {
      if (c === undefined) throw new JsonSyntaxError('tệp kết thúc giữa chừng: thiếu dấu đóng } hoặc ]', this.i);
      if (c === "'") throw new JsonSyntaxError('chuỗi phải đặt trong ngoặc kép " ", không dùng ngoặc đơn', this.i);
      throw new JsonSyntaxError(`giá trị không hợp lệ bắt đầu bằng "${c}"; chữ phải đặt trong ngoặc kép, số viết liền không đơn vị`, this.i);
    }
    this.i += literal[0].length;
    return JSON.parse(literal[0]);
  }

  private string(): string {
    const match = /^"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(this.text.slice(this.i));
    if (!match) throw new JsonSyntaxError('chuỗi chưa đóng ngoặc kép, hoặc có dấu \\ hay xuống dòng không hợp lệ', this.i);
    this.i += match[0].length;
    return JSON.parse(match[0]) as string;
  }

  private expect(char: string, message: string) {
    this.space();
    if (this.text[this.i] !== char) throw new JsonSyntaxError(message, this.i);
    this.i++;
  }

  private object(path: string[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') throw new JsonSyntaxError('tên trường phải đặt trong ngoặc kép (hoặc có dấu phẩy thừa trước dấu })', this.i);
      const keyAt = this.i;
      const key = this.string();
      if (seen.has(key)) throw new JsonSyntaxError(`trường "${key}" được ghi hai lần trong cùng một mục; xóa bớt một`, keyAt);
      seen.add(key);
      this.expect(':', `thiếu dấu hai chấm sau "${key}"`);
      Object.defineProperty(result, key, { value: this.value([...path, key]), enumerable: true, writable: true, configurable: true });
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect('}', 'thiếu dấu phẩy giữa hai trường, hoặc thiếu dấu đóng }');
      return result;
    }
  }

  private array(path: string[]): unknown[] {
    const result: unknown[] = [];
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return result;
    }
    for (;;) {
      result.push(this.value([...path, String(result.length)]));
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect(']', 'thiếu dấu phẩy giữa hai phần tử, hoặc thiếu dấu đóng ]');
      return result;
    }
  }
}

/** Splits an MDX/Markdown file into its YAML front matter and body (BOM dropped, CRLF read as LF). */
export function splitFrontMatter(raw: string): { frontMatter: string | null; body: string } {
  const source = normaliseText(raw);
  const match = /^---\n(?:([\s\S]*?)\n)?---(?:\n|$)/.exec(source);
  if (!match) return { frontMatter: null, body: source };
  return { frontMatter: match[1] ?? '', body: source.slice(match[0].length) };
}
