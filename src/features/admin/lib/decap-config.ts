/**
 * Builds the browser editor's configuration (Decap CMS) from the content schemas in src/schemas,
 * so the forms cannot drift from what the content guard accepts: every field, which ones are
 * required, enums, list minimums, number bounds, text patterns and dates come from the zod
 * schema (read through its JSON Schema); only the Vietnamese labels and hints come from
 * ./labels.ts. What a form cannot check (phone rules, retired numbers, cross-references,
 * freshness) is left to the content guard, which CI runs on every change before approval.
 */
import { z } from 'astro/zod';
import { LABELS, type FieldText } from './labels.ts';

type Json = Record<string, unknown>;
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** A key of a record field the editor shows as one sub-form each, e.g. one per indicator. */
export interface RecordKey {
  name: string;
  label: string;
}

/** One value a field may take, with what staff read. */
export interface Choice {
  value: string;
  label: string;
}

export interface FieldOptions {
  /** Collection name, the key into LABELS. */
  collection: string;
  /** Field paths (as in LABELS) whose record keys are known in advance, e.g. snapshot values by indicator id. */
  recordKeys?: Record<string, readonly RecordKey[]>;
  /** Field paths whose values come from other content (objectives, ward units): a drop-down list instead of free text. */
  choices?: Record<string, readonly Choice[]>;
  /** Field paths whose value is an image file. */
  images?: readonly string[];
  /** Paths without a label, collected instead of thrown (for the agreement test). */
  missing?: string[];
}

const DATE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;

/**
 * Whether a schema reads a YYYY-MM-DD text into a Date, however it is written (z.coerce.date(),
 * or a check-and-transform that JSON Schema cannot describe): found by trying it.
 */
function isDateSchema(schema: z.ZodType): boolean {
  const def = (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
  if (def.type === 'date') return true;
  if (def.type !== 'pipe' && def.type !== 'transform') return false;
  const day = schema.safeParse('2026-11-30');
  return day.success && day.data instanceof Date && !schema.safeParse('30/11/2026').success;
}

/** The JSON Schema of a zod schema as a form sees it (input side); dates are marked with format "date". */
export function formSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (isDateSchema(ctx.zodSchema as unknown as z.ZodType)) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Json;
}

/** Strips `null` from a nullable schema: the form leaves such a field empty instead. */
function nonNull(schema: Json): { schema: Json; nullable: boolean } {
  const anyOf = schema.anyOf as Json[] | undefined;
  if (anyOf) {
    const rest = anyOf.filter((s) => s.type !== 'null');
    if (rest.length === 1 && rest.length < anyOf.length)
      return { schema: { ...rest[0], ...(schema.default !== undefined ? { default: schema.default } : {}) }, nullable: true };
  }
  return { schema, nullable: false };
}

const isDate = (s: Json) => s.format === 'date' || (typeof s.pattern === 'string' && DATE.test(s.pattern));

function label(path: string, options: FieldOptions): FieldText {
  const text = LABELS[options.collection]?.[path];
  if (text) return text;
  if (options.missing) options.missing.push(`${options.collection}: ${path}`);
  else throw new Error(`Trình biên tập: trường "${path}" của "${options.collection}" chưa có nhãn tiếng Việt trong src/features/admin/lib/labels.ts`);
  return { label: path };
}

function selectOptions(values: readonly unknown[], text: FieldText) {
  return values.map((value) => ({ label: text.options?.[String(value)] ?? String(value), value }));
}

/** The widget part of a field (no name, label or required), for a JSON Schema at `path`. */
function widget(schema: Json, path: string, text: FieldText, options: FieldOptions): Record<string, unknown> {
  const type = schema.type;
  const choices = options.choices?.[path];
  if (Array.isArray(schema.enum)) return { widget: 'select', options: selectOptions(schema.enum, text) };
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'integer' || type === 'number') {
    const bounds: Json = {};
    if (typeof schema.minimum === 'number' && schema.minimum > Number.MIN_SAFE_INTEGER) bounds.min = schema.minimum;
    if (typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER) bounds.max = schema.maximum;
    return { widget: 'number', value_type: type === 'integer' ? 'int' : 'float', ...bounds };
  }
  if (type === 'string') {
    if (choices) return { widget: 'select', options: choices };
    if (options.images?.includes(path)) return { widget: 'image', choose_url: false };
    if (isDate(schema)) return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
    const rules: Json = {};
    if (typeof schema.pattern === 'string') rules.pattern = [schema.pattern, text.hint ?? 'không đúng dạng'];
    else if (schema.format === 'uri') rules.pattern = ['^https://\\S+$', 'phải là địa chỉ bắt đầu bằng https://'];
    return { widget: text.multiline ? 'text' : 'string', ...rules };
  }
  if (type === 'array') {
    const items = nonNull(schema.items as Json).schema;
    const bounds: Json = {};
    if (typeof schema.minItems === 'number') bounds.min = schema.minItems;
    if (typeof schema.maxItems === 'number') bounds.max = schema.maxItems;
    if (Array.isArray(items.enum)) return { widget: 'select', multiple: true, options: selectOptions(items.enum, text), ...bounds };
    if (choices) return { widget: 'select', multiple: true, options: choices, ...bounds };
    const singular = text.singular ? { label_singular: text.singular } : {};
    if (items.type === 'object') return { widget: 'list', ...singular, ...bounds, fields: objectFields(items, path, options), collapsed: false };
    const item = widget(items, path, { label: text.label }, options);
    return { widget: 'list', ...singular, ...bounds, field: { name: 'item', label: text.label, ...item } };
  }
  if (type === 'object') {
    const keys = options.recordKeys?.[path];
    if (keys && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      const value = schema.additionalProperties as Json;
      return {
        widget: 'object',
        collapsed: false,
        fields: keys.map((key) => {
          const field: DecapField = {
            name: key.name,
            label: key.label,
            required: false,
            widget: 'object',
            collapsed: false,
            fields: objectFields(value, path, options),
          };
          optionalChildren(field);
          return field;
        }),
      };
    }
    return { widget: 'object', collapsed: false, fields: objectFields(schema, path, options) };
  }
  return { widget: 'string' };
}

/**
 * Decap checks the required fields inside an optional object even when the object is left empty,
 * so an article without a cover could not be saved. Inside an optional object nothing is required
 * in the form; the content guard still asks for what the schema requires (e.g. the cover's alt text).
 */
function optionalChildren(field: DecapField) {
  for (const child of (field.fields as DecapField[] | undefined) ?? []) {
    child.required = false;
    if (child.widget === 'object') optionalChildren(child);
  }
}

/** Decap fields for the properties of an object schema whose field path is `prefix`. */
export function objectFields(schema: Json, prefix: string, options: FieldOptions): DecapField[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, raw]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { schema: property, nullable } = nonNull(raw);
    const text = label(path, options);
    const field: DecapField = { name, label: text.label, widget: 'string', ...widget(property, path, text, options) };
    field.required = required.has(name) && !nullable;
    if (text.hint) field.hint = text.hint;
    if (property.default !== undefined) field.default = property.default;
    if (!field.required && field.widget === 'object') optionalChildren(field);
    return field;
  });
}

/** Decap fields for a zod object schema. */
export function fieldsFor(schema: z.ZodType, options: FieldOptions): DecapField[] {
  return objectFields(formSchema(schema), '', options);
}

/** The content schemas the editor builds its forms from, and what it needs from the plan. */
export interface EditorSources {
  article: z.ZodType;
  service: z.ZodType;
  snapshot: z.ZodType;
  calendar: z.ZodType;
  ward: z.ZodType;
  /** The plan's indicators: the snapshot form has one sub-form per indicator, in this order. */
  indicators: readonly { id: string; shortName: string }[];
  /** The plan's objectives: an article's topics are chosen from their slugs. */
  objectives: readonly { slug: string; domain: string }[];
  /** The ward's units (content/ward.yaml): services and snapshots name them by id. */
  units: readonly { id: string; name: string }[];
}

/**
 * Where the editor reads and writes: this working copy (`npm run admin`), or a repository on a
 * git server. Forgejo and GitHub get Decap's editorial workflow (each change a branch and a pull
 * request: draft → in review → ready). Decap's gitea backend has no workflow, so it writes to
 * a review branch (default "bien-tap") that a leader merges into main by pull request.
 */
export type EditorBackend =
  | { name: 'local'; url?: string }
  | { name: 'forgejo' | 'gitea' | 'github'; repo: string; branch?: string; base_url?: string; api_root?: string; app_id?: string };

/** The backend part of the configuration, and whether it uses the editorial workflow. */
function backendConfig(backend: EditorBackend): Record<string, unknown> {
  if (backend.name === 'local') return { backend: { name: 'proxy', proxy_url: backend.url ?? '/api/v1', branch: 'main' } };
  if (backend.name === 'gitea') return { backend: { branch: 'bien-tap', ...backend } };
  return { backend: { branch: 'main', ...backend, squash_merges: true }, publish_mode: 'editorial_workflow' };
}

/** The whole Decap CMS configuration (config.yml) for the content in content/. */
export function decapConfig(sources: EditorSources, backend: EditorBackend, missing?: string[]): Record<string, unknown> {
  const fields = (collection: string, schema: z.ZodType, extra: Partial<FieldOptions> = {}) => fieldsFor(schema, { collection, missing, ...extra });
  const bodyText = LABELS.articles?.body ?? { label: 'Nội dung' };
  const body: DecapField = { name: 'body', label: bodyText.label, hint: bodyText.hint, widget: 'markdown', required: true };
  const units = sources.units.map((u) => ({ value: u.id, label: u.name }));
  return {
    ...backendConfig(backend),
    locale: 'vi',
    site_url: '/',
    show_preview_links: false,
    // Images go beside the article that shows them (Astro's image helper needs "./…").
    media_folder: 'content/articles',
    public_folder: './',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Bài viết',
        label_singular: 'bài viết',
        description: 'Bài viết nâng cao nhận thức. Tên tệp (đường dẫn của bài) lấy từ tiêu đề, không dấu.',
        folder: 'content/articles',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        delete: false,
        editor: { preview: false },
        slug: '{{title}}',
        identifier_field: 'title',
        summary: '{{title}} — {{publishDate}}',
        sortable_fields: ['publishDate', 'title'],
        media_folder: '',
        public_folder: './',
        fields: [
          ...fields('articles', sources.article, {
            images: ['cover.src'],
            choices: { topics: sources.objectives.map((o) => ({ value: o.slug, label: o.domain })) },
          }),
          body,
        ],
      },
      {
        name: 'services',
        label: 'Nơi hỗ trợ',
        label_singular: 'nơi hỗ trợ',
        description: 'Danh bạ nơi hỗ trợ. Chỉ đăng số và địa chỉ có nguồn công khai; không bao giờ đăng 1800 1567 (nay là 111).',
        folder: 'content/services',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        delete: false,
        editor: { preview: false },
        slug: '{{name}}',
        identifier_field: 'name',
        summary: '{{name}}',
        sortable_fields: ['name', 'order'],
        fields: fields('services', sources.service, { choices: { unit: units } }),
      },
      {
        name: 'snapshots',
        label: 'Số liệu theo năm',
        label_singular: 'kỳ số liệu',
        description: 'Mỗi năm một tệp số liệu của các chỉ tiêu. Chỉ ghi số đã đo, có nguồn; không ước tính.',
        folder: 'content/snapshots',
        extension: 'json',
        format: 'json',
        create: true,
        delete: false,
        editor: { preview: false },
        slug: '{{period}}',
        identifier_field: 'period',
        summary: 'Năm {{period}}',
        fields: fields('snapshots', sources.snapshot, {
          choices: { reportingUnit: units },
          recordKeys: { values: sources.indicators.map((i) => ({ name: i.id, label: `Chỉ tiêu ${i.id}: ${i.shortName}` })) },
        }),
      },
      {
        name: 'settings',
        label: 'Lịch và thông tin phường',
        description: 'Kế hoạch của phường chỉ đọc, không sửa ở đây.',
        delete: false,
        editor: { preview: false },
        files: [
          { name: 'calendar', label: 'Lịch các ngày, tháng hành động', file: 'content/calendar.yaml', fields: fields('calendar', sources.calendar) },
          { name: 'ward', label: 'Thông tin phường', file: 'content/ward.yaml', fields: fields('ward', sources.ward) },
        ],
      },
    ],
  };
}
