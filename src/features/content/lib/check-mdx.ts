import { existsSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { ARTICLE_COMPONENTS, type ArticleComponent } from './article-components.ts';
import { CONTENT_ROOT, IMAGE_EXTENSIONS } from './files.ts';
import { invisibleCharacterMessage } from './parse.ts';
import type { ContentProblem } from './problems.ts';

/** Tags that run code, load another page or change the page around the article: named in the error. */
const DANGEROUS_TAGS: Record<string, string> = {
  script: 'chạy mã JavaScript',
  iframe: 'nhúng trang của nơi khác',
  frame: 'nhúng trang của nơi khác',
  object: 'nhúng tệp chạy được',
  embed: 'nhúng tệp chạy được',
  meta: 'có thể chuyển người đọc sang trang khác',
  base: 'đổi địa chỉ của mọi liên kết',
  link: 'tải tệp từ nơi khác',
  style: 'đổi giao diện toàn trang',
  form: 'gửi dữ liệu người đọc đi nơi khác',
};

/** Link schemes an article may use besides paths on this site and #anchors. */
const LINK_SCHEMES = /^(?:https:\/\/|tel:|mailto:)/i;

/** An MDX syntax error, said in Vietnamese from the compiler's English message. */
export function describeMdxError(message: string): string {
  const tag = /closing tag for `<([^>`]*)>`/.exec(message)?.[1];
  if (tag !== undefined) return `thẻ <${tag}> chưa có thẻ đóng </${tag}>`;
  const closing = /Unexpected closing (?:slash|tag) `?<?\/?([^>`]*)/.exec(message)?.[1];
  if (closing !== undefined) return `thẻ đóng </${closing}> không khớp với thẻ mở nào`;
  if (/closing brace|in expression/.test(message)) return 'dấu { chưa có dấu } đóng; muốn viết chữ { thì gõ \\{';
  if (/to create a comment in MDX/.test(message)) return 'không dùng chú thích <!-- -->; muốn viết chữ < thì gõ \\<';
  if (/before name|after name|attribute/.test(message)) return 'dấu < ở đây bị hiểu là mở một thẻ; muốn viết chữ < thì gõ \\<';
  return 'cú pháp MDX sai ở dòng này: kiểm tra các dấu <, >, { và }';
}

export interface ArticleBodyContext {
  root: string;
  /** National forms of every number a published service lists; null when services are invalid. */
  publishedNumbers: ReadonlySet<string> | null;
  /** Finds phone numbers in a text: each as written and in national form. */
  phoneRuns: (text: string) => { raw: string; national: string }[];
  /** The components this kind of page may use; articles' by default (lessons have their own). */
  components?: Readonly<Record<string, ArticleComponent>>;
}

type Node = MdastNode & {
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  value?: string;
  identifier?: string;
  position?: { start: { line: number } };
};

/** Whether a national number has the shape of a Vietnamese phone number (not a year, amount or date). */
const looksLikePhone = (national: string) => /^(?:0\d{9,10}|1[89]00\d{4,6})$/.test(national);

/** MDX syntax trees by source text: the dev server and the tests check unchanged articles again and again. */
const trees = new Map<string, Node>();

function syntaxTree(source: string): Node {
  const cached = trees.get(source);
  if (cached) return cached;
  const tree = mdxToMdast(source) as Node;
  if (trees.size > 500) trees.delete(trees.keys().next().value ?? '');
  trees.set(source, tree);
  return tree;
}

/**
 * Checks an article on its MDX syntax tree: Markdown and the site's own components only, no
 * code, no raw HTML, safe links, images from content/, and phone numbers that a published
 * service lists. `source` is the whole file, so lines are the editor's.
 */
export function checkArticleBody(file: string, source: string, context: ArticleBodyContext): ContentProblem[] {
  let tree: Node;
  try {
    tree = syntaxTree(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, column] = /^(\d+):(\d+)/.exec(message) ?? [];
    return [
      {
        file,
        field: line ? `nội dung, cột ${column}` : 'nội dung',
        message: `MDX không hợp lệ: ${describeMdxError(message)}`,
        ...(line ? { line: Number(line) } : {}),
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const add = (node: Node, message: string) => {
    const line = node.position?.start.line;
    problems.push({ file, field: 'nội dung', message, ...(line ? { line } : {}) });
  };
  const definitions = new Map<string, string>();
  const visit = (node: Node, each: (node: Node) => void) => {
    each(node);
    for (const child of node.children ?? []) visit(child, each);
  };
  visit(tree, (node) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
  });
  const articleFolder = dirname(join(context.root, file));
  const contentFolder = join(context.root, CONTENT_ROOT);

  const checkLink = (node: Node, url: string) => {
    if (url.startsWith('#') || (url.startsWith('/') && !/^\/[/\\]/.test(url)) || LINK_SCHEMES.test(url)) {
      if (/^tel:/i.test(url)) checkNumber(node, url.slice(4), true);
      return;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\s\u0000-\u001F]/g, ''))?.[1]?.toLowerCase();
    if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript')
      add(node, `không dùng liên kết "${scheme}:": liên kết chỉ được bắt đầu bằng https://, / (trang trong web này), # hoặc tel:`);
    else add(node, `liên kết "${url}" không dùng được: chỉ bắt đầu bằng https://, / (trang trong web này), # hoặc tel:`);
  };
  const checkImage = (node: Node, url: string) => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) {
      add(node, `ảnh "${url}" phải là tệp trong content/, đặt cạnh bài viết và ghi đường dẫn tương đối, ví dụ "./anh.jpg"`);
      return;
    }
    const target = resolve(articleFolder, decodeURI(url.split(/[?#]/)[0] ?? ''));
    if (!target.startsWith(contentFolder + sep)) add(node, `ảnh "${url}" nằm ngoài content/; đặt ảnh cạnh bài viết`);
    else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extname(target).toLowerCase()))
      add(node, `"${url}" không phải ảnh (${IMAGE_EXTENSIONS.join(', ')})`);
    else if (!existsSync(target)) add(node, `không tìm thấy ảnh "${relative(context.root, target)}"`);
  };
  const checkNumber = (node: Node, raw: string, isLink: boolean) => {
    for (const run of isLink ? [{ raw, national: context.phoneRuns(raw)[0]?.national ?? raw }] : context.phoneRuns(raw)) {
      if (!context.publishedNumbers || (!isLink && !looksLikePhone(run.national))) continue;
      if (!context.publishedNumbers.has(run.national)) {
        add(
          node,
          `số "${run.raw.trim()}" không có ở nơi hỗ trợ nào đã đăng trong content/services/; chỉ ghi số đã có trong danh bạ (sửa số ở tệp của nơi hỗ trợ trước)`,
        );
      }
    }
  };

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return add(node, 'bài viết không được có dòng import hay export: chỉ viết chữ Markdown và các thành phần có sẵn');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return add(node, 'bài viết không được có biểu thức trong dấu { }; muốn viết chữ { thì gõ \\{');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node);
      case 'html':
        return add(node, 'bài viết không dùng thẻ HTML; dùng Markdown');
      case 'link':
        return checkLink(node, node.url ?? '');
      case 'definition':
        return undefined;
      case 'linkReference':
        return node.identifier && definitions.has(node.identifier) ? checkLink(node, definitions.get(node.identifier) ?? '') : undefined;
      case 'image':
        return checkImage(node, node.url ?? '');
      case 'imageReference':
        return node.identifier && definitions.has(node.identifier) ? checkImage(node, definitions.get(node.identifier) ?? '') : undefined;
      case 'text':
      case 'inlineCode':
      case 'code': {
        const message = invisibleCharacterMessage(node.value ?? '');
        if (message) add(node, message);
        if (node.type === 'text') checkNumber(node, node.value ?? '', false);
        return undefined;
      }
      default:
        return undefined;
    }
  });

  function checkElement(node: Node) {
    const name = node.name ?? '';
    const components = context.components ?? ARTICLE_COMPONENTS;
    const allowed = Object.keys(components);
    const list = allowed.length ? `chỉ dùng được: ${allowed.map((n) => `<${n}>`).join(', ')}` : 'bài viết chưa dùng được thành phần nào';
    if (!name) return add(node, 'không dùng thẻ rỗng <>…</>; viết chữ Markdown');
    const reason = DANGEROUS_TAGS[name.toLowerCase()];
    if (reason) return add(node, `không dùng thẻ <${name}> trong bài viết: thẻ này ${reason}`);
    const component = components[name];
    if (!component) {
      return add(
        node,
        /^[a-z]/.test(name)
          ? `không dùng thẻ HTML <${name}>; viết bằng Markdown (## tiêu đề, **đậm**, [liên kết](https://…))`
          : `không có thành phần <${name}>; ${list}`,
      );
    }
    const values: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      const attrName = attribute.name ?? '';
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') values[attrName] = attribute.value;
      if (attribute.type !== 'mdxJsxAttribute') add(node, `<${name}> không nhận {…}; ghi từng thuộc tính dạng tên="giá trị"`);
      else if (/^on/i.test(attrName)) add(node, `không dùng thuộc tính ${attrName} (chạy mã khi người đọc bấm hoặc di chuột)`);
      else if (typeof attribute.value === 'object' && attribute.value !== null)
        add(node, `thuộc tính ${attrName} của <${name}> phải là chữ trong ngoặc kép, không dùng {…}`);
      else if (!component.attributes.includes(attrName))
        add(node, `<${name}> không có thuộc tính ${attrName}; dùng: ${component.attributes.join(', ') || '(không có)'}`);
      else if (typeof attribute.value === 'string' && /^\s*(?:javascript|data|vbscript):/i.test(attribute.value))
        add(node, `thuộc tính ${attrName} không được là liên kết javascript: hay data:`);
    }
    for (const message of component.check?.(values) ?? []) add(node, message);
    return undefined;
  }
  return problems;
}
