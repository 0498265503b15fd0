// Renders the seed catalog's product photos: two 800x800 WebP images per product, drawn as
// SVG in code (scripts/product-art/*) and rasterised with sharp. No network, no randomness:
// the same catalog always gives byte-identical files.
//   npx tsx scripts/generate-product-images.ts [slug-filter]
// Image 1: soft white studio sweep, front view. Image 2: the product turned around on a
// coloured paper backdrop in hard window light. The product list, the art to draw and the
// colours all come from prisma/seed-data/catalog.ts, so images and data cannot drift apart.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { seedProducts } from "../prisma/seed-data/catalog";
import type { SeedProduct } from "../prisma/seed-data/catalog";
import { arts } from "./product-art/index";
import { GROUND, SIZE, blur, dark, light, linear, mix, radial, scaled } from "./product-art/shared";
import type { Drawing, Palette } from "./product-art/shared";

const PUBLIC_DIR = "public";
const OUT_DIR = path.join(PUBLIC_DIR, "images/products");
const QUALITY = 80;
/** How much closer the camera is than the 1:1 drawing, per view. */
const ZOOM = [1.12, 1.18] as const;

function paletteOf(product: SeedProduct): Palette {
  const [main, second, accent, backdrop] = product.palette;
  if (!main || !second || !accent || !backdrop) {
    throw new Error(`${product.slug}: palette needs 4 colours [main, second, accent, backdrop]`);
  }
  return { main, second, accent, backdrop };
}

function draw(product: SeedProduct, view: number): Drawing {
  const art = arts[product.art];
  if (!art) throw new Error(`${product.slug}: no drawing called "${product.art}"`);
  return art(paletteOf(product), (name) => `v${view}-${name}`);
}

const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${defs}</defs>${body}</svg>`;

/** Soft contact shadow under an object standing on the floor, centred on x. */
function floorShadow(width: number, color: string, strength = 1, x = 400): string {
  if (width <= 0) return "";
  return [
    `<ellipse cx="${x}" cy="${GROUND + 2}" rx="${width * 0.55}" ry="${Math.max(10, width * 0.07)}" fill="${color}" opacity="${0.22 * strength}" filter="url(#soft)"/>`,
    `<ellipse cx="${x}" cy="${GROUND}" rx="${width * 0.42}" ry="${Math.max(5, width * 0.028)}" fill="${color}" opacity="${0.34 * strength}" filter="url(#tight)"/>`,
  ].join("");
}

/** A filter that turns whatever it is applied to into a blurred shadow of one colour. */
function silhouette(id: string, color: string, opacity: number, softness: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => (Number.parseInt(color.slice(i, i + 2), 16) / 255).toFixed(3));
  const matrix = `0 0 0 0 ${r} 0 0 0 0 ${g} 0 0 0 0 ${b} 0 0 0 ${opacity} 0`;
  return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feColorMatrix type="matrix" values="${matrix}"/><feGaussianBlur stdDeviation="${softness}"/></filter>`;
}

/** View 1: front view on a bright studio sweep with a soft overhead light. */
function studio(product: SeedProduct): string {
  const p = paletteOf(product);
  const d = draw(product, 1);
  const wall = light(p.backdrop, 0.6);
  const defs = [
    linear(
      "bg",
      [
        [0, light(p.backdrop, 0.7)],
        [0.62, wall],
        [0.8, light(p.backdrop, 0.66)],
        [1, light(p.backdrop, 0.5)],
      ],
      0,
      0,
      0,
      1,
    ),
    radial(
      "glow",
      [
        [0, "#ffffff", 0.75],
        [1, "#ffffff", 0],
      ],
      0.5,
      0.42,
      0.55,
    ),
    radial(
      "vignette",
      [
        [0.55, p.backdrop, 0],
        [1, dark(p.backdrop, 0.25), 0.22],
      ],
      0.5,
      0.5,
      0.75,
    ),
    blur("soft", 16),
    blur("tight", 5),
    silhouette("drop", dark(p.backdrop, 0.6), 0.42, 9),
    d.defs,
    `<g id="obj">${scaled(ZOOM[0], d.body)}</g>`,
  ].join("");
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#glow)"/>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#vignette)"/>`,
    d.cast === "drop" ? `<use href="#obj" transform="translate(8 20)" filter="url(#drop)"/>` : "",
    floorShadow(d.shadow * ZOOM[0], dark(p.backdrop, 0.55), 1, 400 + ((d.shadowX ?? 400) - 400) * ZOOM[0]),
    d.glow ? scaled(ZOOM[0], d.glow) : "",
    `<use href="#obj"/>`,
  ].join("");
  return svg(defs, body);
}

/** View 2: mirrored, a touch closer, on coloured paper with a hard shadow from a window. */
function sunlit(product: SeedProduct): string {
  const p = paletteOf(product);
  const d = draw(product, 2);
  const wall = mix(p.backdrop, dark(p.backdrop, 1), 0.04);
  const floor = light(p.backdrop, 0.22);
  const shade = dark(p.backdrop, 0.55);
  const cast = d.cast ?? (d.shadow > 0 ? "floor" : "none");
  // Projects a point at height h above the floor onto the floor, behind and to the left.
  const turn = `translate(400 ${GROUND}) scale(${-ZOOM[1]} ${ZOOM[1]}) translate(-400 -${GROUND})`;
  const onFloor = `matrix(1 0 0.62 0.2 ${-0.62 * GROUND} ${0.8 * GROUND})`;
  const defs = [
    linear(
      "bg",
      [
        [0, light(wall, 0.08)],
        [0.6, wall],
        [0.68, floor],
        [1, light(p.backdrop, 0.12)],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(
      "window",
      [
        [0, "#ffffff", 0],
        [0.5, "#ffffff", 0.28],
        [1, "#ffffff", 0],
      ],
      0,
      0,
      1,
      0.4,
    ),
    silhouette("sil", shade, 0.45, 3),
    silhouette("drop", shade, 0.4, 7),
    blur("soft", 16),
    blur("tight", 5),
    blur("haze", 40),
    d.defs,
    `<g id="obj" transform="${turn}">${d.body}</g>`,
  ].join("");
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>`,
    `<polygon points="470,-40 760,-40 420,840 130,840" fill="url(#window)" filter="url(#haze)"/>`,
    cast === "floor" ? `<use href="#obj" transform="${onFloor}" filter="url(#sil)"/>` : "",
    cast === "drop" ? `<use href="#obj" transform="translate(-30 36)" filter="url(#drop)"/>` : "",
    floorShadow(d.shadow * ZOOM[1], shade, 0.9, 400 - ((d.shadowX ?? 400) - 400) * ZOOM[1]),
    d.glow ? `<g transform="${turn}">${d.glow}</g>` : "",
    `<use href="#obj"/>`,
  ].join("");
  return svg(defs, body);
}

export const views = [studio, sunlit] as const;

async function render(product: SeedProduct): Promise<number> {
  let bytes = 0;
  for (const [index, view] of views.entries()) {
    const image = product.images[index];
    const expected = `images/products/${product.slug}-${index + 1}.webp`;
    if (!image || image.file !== expected) throw new Error(`${product.slug}: image ${index + 1} should be ${expected}`);
    const webp = await sharp(Buffer.from(view(product)), { density: 72 })
      .resize(image.width, image.height)
      .webp({ quality: QUALITY, effort: 6, smartSubsample: true })
      .toBuffer();
    writeFileSync(path.join(PUBLIC_DIR, image.file), webp);
    bytes += webp.length;
  }
  if (product.images.length !== views.length) throw new Error(`${product.slug}: expected ${views.length} images`);
  return bytes;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  mkdirSync(OUT_DIR, { recursive: true });
  const wanted = new Set(seedProducts.flatMap((p) => p.images.map((i) => path.basename(i.file))));
  if (!filter) {
    // Remove images of products that left the catalog, so public/ matches the data exactly.
    for (const file of readdirSync(OUT_DIR))
      if (file.endsWith(".webp") && !wanted.has(file)) rmSync(path.join(OUT_DIR, file));
  }
  let total = 0;
  let largest = { file: "", bytes: 0 };
  for (const product of seedProducts) {
    if (filter && !product.slug.includes(filter)) continue;
    total += await render(product);
    for (const image of product.images) {
      const bytes = statSync(path.join(PUBLIC_DIR, image.file)).size;
      if (bytes > largest.bytes) largest = { file: image.file, bytes };
    }
  }
  console.log(
    `wrote ${OUT_DIR}: ${(total / 1024).toFixed(0)} KB, largest ${largest.file} ${(largest.bytes / 1024).toFixed(1)} KB`,
  );
}

await main();
