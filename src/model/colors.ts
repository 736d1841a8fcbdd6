/** Colours as the browser computes them, for telling a light page from a dark one. */

/** Red, green and blue from 0 to 255, and alpha from 0 to 1. */
export type Rgba = [number, number, number, number];

/**
 * A computed colour in sRGB. `rgb(…)` and `color(srgb …)` are read as written; any other form
 * the engine computes (`oklch()`, `lab()`, `lch()`, `color(display-p3 …)`, what `color-mix()`
 * gives) is painted on a one-pixel canvas of the card's document and read back, converted by the
 * engine itself. Nothing, where a colour cannot be read (such a colour is then passed over, as if
 * transparent).
 */
export function parseColor(computed: string, document?: Document): Rgba | undefined {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(computed);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(computed);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  return document && paintedColor(computed, document);
}

/** One pixel to paint colours on, per document, made the first time a card needs it. */
const pixels = new WeakMap<Document, CanvasRenderingContext2D | null>();

function paintedColor(color: string, document: Document): Rgba | undefined {
  try {
    let pixel = pixels.get(document);
    if (pixel === undefined) {
      pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      pixels.set(document, pixel);
    }
    if (!pixel) return undefined;
    pixel.clearRect(0, 0, 1, 1);
    // A colour the canvas cannot read leaves the transparent one in place.
    pixel.fillStyle = 'transparent';
    pixel.fillStyle = color;
    pixel.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  } catch {
    // A canvas a privacy setting forbids to read: the colour is passed over.
    return undefined;
  }
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
