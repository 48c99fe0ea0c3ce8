import { describe, expect, it } from 'vitest';
import { pageAssets, scriptImports } from './first-load.ts';

describe('pageAssets', () => {
  it('lists stylesheets, module preloads and external scripts, nothing else', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/_astro/m.js">
      <link rel="canonical" href="/x/"><script type="module" src="/_astro/p.js"></script><script type="application/ld+json">{}</script>`;
    expect(pageAssets(html)).toEqual(['/_astro/a.css', '/_astro/m.js', '/_astro/p.js']);
  });
});

describe('scriptImports', () => {
  it.each([
    ['minified static imports', 'import{a as b}from"./chunk.Ab1.js";import"./side.js";b()', ['./chunk.Ab1.js', './side.js'], []],
    ['a namespace import and a re-export', `import * as c from './c.js'\nexport { d } from "./d.js"`, ['./c.js', './d.js'], []],
    ['a lazy import', 'button.onclick=()=>import("./chart.B2.js").then(m=>m.draw())', [], ['./chart.B2.js']],
    ['no import at all', 'customElements.define("x-y",class extends HTMLElement{})', [], []],
  ])('%s', (_what, code, staticImports, lazy) => {
    expect(scriptImports(code)).toEqual({ static: staticImports, lazy });
  });
});
