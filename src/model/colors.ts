/** Colours as the browser computes them, for telling a light page from a dark one. */

/** Red, green and blue from 0 to 255, and alpha from 0 to 1. */
export type Rgba = [number, number, number, number];

/**
 * A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`), or nothing for a form this does not
 * read (such a colour is then passed over, as if transparent).
 */
export function parseColor(computed: string): Rgba | undefined {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(computed);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(computed);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  return undefined;
}

function alpha(written: string | undefined): number {
  if (written === undefined) return 1;
  return written.endsWith('%') ? Number(written.slice(0, -1)) / 100 : Number(written);
}

/** `top` laid over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

/** WCAG's relative luminance: 0 for black, 1 for white. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Whether text reads better dark on this background or light: the background is dark when
 * white text on it would contrast more than black text does.
 */
export function isDark(background: Rgba): boolean {
  const l = luminance(background);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
}
