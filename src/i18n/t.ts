/** The names of the `{name}` placeholders in a template, as a type: 'Trang {n}/{of}' → 'n' | 'of'. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a template needs, one per placeholder; a template without placeholders takes none. */
export type TemplateVars<S extends string> = [Placeholders<S>] extends [never] ? Record<string, never> : Record<Placeholders<S>, string | number>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills the `{name}` placeholders of a UI string from src/i18n/ui.ts:
 * t('Đang hiện {n} nơi hỗ trợ.', { n: 3 }) → 'Đang hiện 3 nơi hỗ trợ.'.
 * A placeholder without a value, or a value no placeholder uses, throws: the build stops with the
 * template named instead of a page that prints "{n}".
 */
export function t<S extends string>(template: S, vars: TemplateVars<S>): string {
  const values = vars as Record<string, string | number | undefined>;
  const used = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Chuỗi giao diện "${template}" cần giá trị cho {${name}} nhưng không được truyền.`);
    used.add(name);
    return String(value);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`Chuỗi giao diện "${template}" không có chỗ cho ${unused.map((n) => `{${n}}`).join(', ')}.`);
  return filled;
}

/** Joins a few words as Vietnamese writes a list: "113", "113 hoặc 111", "phường, thành phố và toàn quốc". */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
