// Shared vocabulary for the product illustrations: colour maths, gradient builders and the
// Art contract. Every drawing lives on an 800x800 canvas, stands on the floor line at
// y = GROUND, is centred on x = 400 and is lit from the upper left.

export const SIZE = 800;
export const GROUND = 620;

/** The product's palette: [main, second, accent, backdrop] (see SeedProduct.palette). */
export type Palette = { main: string; second: string; accent: string; backdrop: string };

export type Drawing = {
  defs: string;
  body: string;
  /** Light the object gives off, painted under it and never casting a shadow. */
  glow?: string;
  /** Width of the soft floor shadow; 0 for objects that do not touch the floor. */
  shadow: number;
  /** Centre of the floor shadow when the object's footprint is off-centre (default 400). */
  shadowX?: number;
  /** How view 2 casts a hard shadow: from the floor ("floor"), as an offset drop ("drop") or not at all. */
  cast?: "floor" | "drop" | "none";
};

/** `id("body")` gives an id unique within one image. */
export type Art = (p: Palette, id: (name: string) => string) => Drawing;

// ---------------------------------------------------------------- colour

function rgb(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: [number, number, number]): string {
  const c = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Linear blend from a (t = 0) to b (t = 1). */
export function mix(a: string, b: string, t: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return hex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Darken towards a cool near-black rather than pure black, which keeps shadows from going muddy. */
export const dark = (c: string, t: number) => mix(c, "#14151c", t);
export const light = (c: string, t: number) => mix(c, "#ffffff", t);

// ---------------------------------------------------------------- gradients

type Stop = [offset: number, color: string, opacity?: number];

const stops = (list: Stop[]) =>
  list
    .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`)
    .join("");

export function linear(id: string, list: Stop[], x1 = 0, y1 = 0, x2 = 1, y2 = 0): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

export function radial(id: string, list: Stop[], cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}" fx="${fx}" fy="${fy}">${stops(list)}</radialGradient>`;
}

/** Left-to-right shading of a rounded surface: shadowed edge, highlight at a third, falloff. */
export function cylinder(id: string, c: string, strength = 1): string {
  return linear(id, [
    [0, dark(c, 0.28 * strength)],
    [0.22, light(c, 0.12 * strength)],
    [0.38, light(c, 0.18 * strength)],
    [0.7, c],
    [1, dark(c, 0.35 * strength)],
  ]);
}

/** Top-to-bottom shading, lighter at the top. */
export function vertical(id: string, c: string, strength = 1): string {
  return linear(
    id,
    [
      [0, light(c, 0.14 * strength)],
      [1, dark(c, 0.22 * strength)],
    ],
    0,
    0,
    0,
    1,
  );
}

/** A soft-edged blur filter. */
export function blur(id: string, sd: number): string {
  return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;
}

// ---------------------------------------------------------------- determinism

/** Seeded PRNG (mulberry32) so speckles and textures are identical on every run. */
export function random(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Round to one decimal, keeping the generated SVG compact. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Wraps a group scaled about the floor point (400, GROUND). */
export const scaled = (s: number, inner: string, dx = 0) =>
  `<g transform="translate(${400 + dx} ${GROUND}) scale(${s}) translate(-400 -${GROUND})">${inner}</g>`;
