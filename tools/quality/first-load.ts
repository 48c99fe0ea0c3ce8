import { scanTags } from './html-scan.ts';

/** What a page asks for as soon as it loads: its stylesheets, scripts and module preloads, as written. */
export function pageAssets(html: string): string[] {
  const assets: string[] = [];
  for (const { name, attributes: a } of scanTags(html)) {
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && a.href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) assets.push(a.href);
    if (name === 'script' && a.src) assets.push(a.src);
  }
  return assets;
}

/**
 * The modules a bundled script imports, as written: `static` are fetched before it runs
 * (import … from "./x.js", import "./x.js"), `lazy` only when it calls import("./x.js").
 */
export function scriptImports(code: string): { static: string[]; lazy: string[] } {
  const lazy = [...code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
  const fromClauses = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  return { static: [...new Set(fromClauses)], lazy: [...new Set(lazy)] };
}
