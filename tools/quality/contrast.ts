// Colour contrast as WCAG 2.2 defines it, for checks of the rendered site (computed CSS colours).

/** An sRGB colour, channels 0–255. */
export type Rgb = [number, number, number];

/** Reads a computed CSS colour ("rgb(179, 38, 30)", "rgba(…, 1)", "#b3261e"). */
export function parseColour(css: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex?.[1]) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(css.trim());
  if (!rgb) throw new Error(`Không đọc được màu "${css}"`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

/** Relative luminance (WCAG 2.2), 0 for black to 1 for white. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Whether a colour reads as a strong red: red hue, saturated, and dark enough for white text (not a pale salmon). */
export function isStrongRed([r, g, b]: Rgb): boolean {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const saturation = max === 0 ? 0 : (max - min) / max;
  return r === max && g - b < 0.25 * (max - min) + 1 && saturation >= 0.6 && contrastRatio([r, g, b], [255, 255, 255]) >= 4.5;
}
