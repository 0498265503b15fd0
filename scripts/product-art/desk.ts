// Desk & stationery: hardcover notebook, spiral sketchbook, fountain pen, mechanical pencil,
// planter with a snake plant, desk clock.
import { cylinder, dark, light, linear, r1, radial, vertical } from "./shared";
import type { Art } from "./shared";

/** Round-section object lying along the x axis: shaded top-to-bottom. */
const rod = (id: string, c: string, k = 1) =>
  linear(
    id,
    [
      [0, dark(c, 0.2 * k)],
      [0.3, light(c, 0.35 * k)],
      [0.55, c],
      [1, dark(c, 0.4 * k)],
    ],
    0,
    0,
    0,
    1,
  );

const notebook: Art = (p, id) => {
  const defs = [
    linear(
      id("cover"),
      [
        [0, light(p.main, 0.12)],
        [1, dark(p.main, 0.18)],
      ],
      0,
      0,
      1,
      1,
    ),
    linear(id("pages"), [
      [0, light(p.second, 0.2)],
      [1, dark(p.second, 0.12)],
    ]),
    cylinder(id("band"), p.accent, 1.1),
  ].join("");
  const linen = Array.from({ length: 40 }, (_, i) => `<path d="M282,${214 + i * 10} H520"/>`).join("");
  const pageLines = Array.from({ length: 36 }, (_, i) => `<path d="M522,${214 + i * 11} h12"/>`).join("");
  const svg = [
    `<path d="M520,210 L538,200 V598 L520,610 Z" fill="url(#${id("pages")})"/>`,
    `<g stroke="${dark(p.second, 0.2)}" stroke-width="1" opacity="0.35">${pageLines}</g>`,
    `<path d="M284,200 H512 C518,200 522,204 522,210 V602 C522,608 518,612 512,612 H284 Z" fill="url(#${id("cover")})"/>`,
    `<g stroke="${light(p.main, 0.2)}" stroke-width="1" opacity="0.25">${linen}</g>`,
    `<path d="M270,206 C270,200 276,200 284,200 V612 C276,612 270,612 270,606 Z" fill="${dark(p.main, 0.3)}"/>`,
    `<path d="M292,204 V608" stroke="${dark(p.main, 0.35)}" stroke-width="2" opacity="0.6"/>`,
    `<rect x="336" y="270" width="130" height="76" rx="6" fill="none" stroke="${dark(p.main, 0.25)}" stroke-width="3" opacity="0.5"/>`,
    `<rect x="482" y="196" width="14" height="420" rx="3" fill="url(#${id("band")})"/>`,
    `<rect x="496" y="200" width="4" height="412" fill="#000" opacity="0.12"/>`,
  ].join("");
  return { defs, body: svg, shadow: 300 };
};

const sketchbook: Art = (p, id) => {
  const defs = [
    linear(
      id("cover"),
      [
        [0, light(p.main, 0.12)],
        [1, dark(p.main, 0.15)],
      ],
      0,
      0,
      1,
      1,
    ),
    rod(id("wire"), p.accent),
  ].join("");
  let wire = "";
  for (let x = 226; x <= 574; x += 14)
    wire += `<circle cx="${x + 5}" cy="340" r="3.5" fill="${dark(p.main, 0.5)}"/><path d="M${x},342 C${x - 4},316 ${x + 12},312 ${x + 10},336" fill="none" stroke="${p.accent}" stroke-width="4" stroke-linecap="round"/>`;
  const svg = [
    `<rect x="206" y="318" width="400" height="290" rx="6" fill="${p.second}"/>`,
    `<path d="M210,604 H604" stroke="${dark(p.second, 0.2)}" stroke-width="2"/>`,
    `<rect x="196" y="326" width="404" height="290" rx="8" fill="url(#${id("cover")})"/>`,
    `<rect x="470" y="540" width="100" height="48" rx="4" fill="${light(p.second, 0.1)}"/>`,
    `<path d="M484,556 H556 M484,572 H536" stroke="${dark(p.second, 0.3)}" stroke-width="2"/>`,
    wire,
  ].join("");
  return { defs, body: svg, shadow: 410 };
};

const pen: Art = (p, id) => {
  const defs = [rod(id("brass"), p.main), rod(id("black"), p.second, 0.6), rod(id("nib"), "#c9cdd1")].join("");
  const body = [
    `<path d="M-170,-16 C-200,-14 -232,-6 -252,0 C-232,6 -200,14 -170,16 Z" fill="url(#${id("nib")})"/>`,
    `<path d="M-250,0 H-196" stroke="${dark(p.second, 0.2)}" stroke-width="1.5"/><circle cx="-194" cy="0" r="3" fill="${dark(p.second, 0.2)}"/>`,
    `<rect x="-176" y="-19" width="60" height="38" rx="8" fill="url(#${id("black")})"/>`,
    `<rect x="-120" y="-23" width="290" height="46" rx="18" fill="url(#${id("brass")})"/>`,
    `<rect x="-124" y="-23" width="12" height="46" rx="3" fill="${light(p.accent, 0.2)}"/>`,
  ].join("");
  const cap = [
    `<rect x="-100" y="-26" width="200" height="52" rx="22" fill="url(#${id("brass")})"/>`,
    `<rect x="-84" y="-26" width="10" height="52" fill="${p.accent}"/>`,
    `<path d="M-60,-34 H80 C90,-34 90,-24 80,-24 H-60 Z" fill="${light(p.main, 0.2)}"/>`,
    `<circle cx="-60" cy="-29" r="7" fill="${light(p.main, 0.3)}"/>`,
  ].join("");
  const svg = `<g transform="translate(396 372) rotate(-24)">${body}</g><g transform="translate(450 512) rotate(-24)">${cap}</g>`;
  return { defs, body: svg, shadow: 0, cast: "drop" };
};

const pencil: Art = (p, id) => {
  const defs = [rod(id("body"), p.main), rod(id("steel"), p.second), rod(id("dark"), p.accent, 0.6)].join("");
  const knurl = Array.from(
    { length: 12 },
    (_, i) => `<path d="M${-196 + i * 6},-16 l6,32 M${-190 + i * 6},-16 l-6,32"/>`,
  ).join("");
  const body = [
    `<path d="M-200,-17 L-246,-5 V5 L-200,17 Z" fill="url(#${id("steel")})"/>`,
    `<rect x="-266" y="-2" width="22" height="4" fill="${p.accent}"/>`,
    `<rect x="-202" y="-18" width="76" height="36" rx="4" fill="url(#${id("dark")})"/>`,
    `<g stroke="${light(p.accent, 0.35)}" stroke-width="1" opacity="0.5">${knurl}</g>`,
    `<rect x="-128" y="-21" width="340" height="42" rx="4" fill="url(#${id("body")})"/>`,
    `<path d="M-128,-8 H212" stroke="${light(p.main, 0.4)}" stroke-width="2" opacity="0.6"/>`,
    `<rect x="210" y="-16" width="44" height="32" rx="8" fill="url(#${id("steel")})"/>`,
    `<path d="M120,-30 H238 C246,-30 246,-22 238,-22 H120 Z" fill="url(#${id("steel")})"/>`,
  ].join("");
  return { defs, body: `<g transform="translate(400 430) rotate(-24)">${body}</g>`, shadow: 0, cast: "drop" };
};

/** A sword-shaped snake plant leaf from the soil at xb to a tip at (xt, yt). */
function leaf(xb: number, xt: number, yt: number, w: number, fill: string, edge: string): string {
  const d = `M${xb - w / 2},446 C${xb - w},${r1((446 + yt) / 2)} ${xt - w * 0.4},${yt + 60} ${xt},${yt} C${xt + w * 0.4},${yt + 60} ${xb + w},${r1((446 + yt) / 2)} ${xb + w / 2},446 Z`;
  return `<path d="${d}" fill="${fill}" stroke="${edge}" stroke-width="3"/>`;
}

const plantpot: Art = (p, id) => {
  const defs = [
    cylinder(id("pot"), p.main, 1.2),
    vertical(id("saucer"), p.second, 1.2),
    linear(id("leafA"), [
      [0, light(p.accent, 0.15)],
      [1, dark(p.accent, 0.35)],
    ]),
    linear(id("leafB"), [
      [0, dark(p.accent, 0.25)],
      [1, dark(p.accent, 0.5)],
    ]),
  ].join("");
  const edge = "#c9c46a";
  const svg = [
    `<ellipse cx="400" cy="610" rx="148" ry="14" fill="${dark(p.second, 0.3)}"/>`,
    `<path d="M252,592 H548 L540,608 C500,618 300,618 260,608 Z" fill="url(#${id("saucer")})"/>`,
    `<ellipse cx="400" cy="592" rx="148" ry="14" fill="${light(p.second, 0.15)}"/>`,
    `<path d="M286,440 L304,586 A96,14 0 0 0 496,586 L514,440 Z" fill="url(#${id("pot")})"/>`,
    `<ellipse cx="400" cy="440" rx="114" ry="18" fill="${light(p.main, 0.3)}"/>`,
    `<ellipse cx="400" cy="443" rx="102" ry="13" fill="#4a3626"/>`,
    leaf(352, 300, 250, 34, `url(#${id("leafB")})`, edge),
    leaf(446, 520, 232, 34, `url(#${id("leafB")})`, edge),
    leaf(378, 352, 170, 42, `url(#${id("leafA")})`, edge),
    leaf(424, 452, 196, 40, `url(#${id("leafA")})`, edge),
    leaf(400, 404, 128, 44, `url(#${id("leafA")})`, edge),
  ].join("");
  return { defs, body: svg, shadow: 320 };
};

const clock: Art = (p, id) => {
  const defs = [
    radial(
      id("wood"),
      [
        [0, light(p.main, 0.1)],
        [0.85, p.main],
        [1, dark(p.main, 0.3)],
      ],
      0.4,
      0.35,
      0.7,
    ),
    radial(
      id("face"),
      [
        [0, light(p.second, 0.5)],
        [1, dark(p.second, 0.06)],
      ],
      0.45,
      0.4,
      0.6,
    ),
    vertical(id("base"), p.main, 1.3),
  ].join("");
  let ticks = "";
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    const long = i % 5 === 0;
    const r0 = long ? 112 : 122;
    ticks += `<path d="M${r1(400 + Math.sin(a) * r0)},${r1(390 - Math.cos(a) * r0)} L${r1(400 + Math.sin(a) * 130)},${r1(390 - Math.cos(a) * 130)}" stroke-width="${long ? 5 : 2}"/>`;
  }
  const hand = (deg: number, len: number, w: number, color: string) =>
    `<path d="M400,390 L400,${390 - len}" stroke="${color}" stroke-width="${w}" stroke-linecap="round" transform="rotate(${deg} 400 390)"/>`;
  const svg = [
    `<rect x="300" y="566" width="200" height="52" rx="8" fill="url(#${id("base")})"/>`,
    `<path d="M300,576 H500" stroke="${light(p.main, 0.3)}" stroke-width="2"/>`,
    `<circle cx="400" cy="390" r="178" fill="url(#${id("wood")})"/>`,
    `<circle cx="400" cy="390" r="160" fill="none" stroke="${dark(p.main, 0.15)}" stroke-width="2" opacity="0.5"/>`,
    `<circle cx="400" cy="390" r="148" fill="url(#${id("face")})"/>`,
    `<g stroke="${p.accent}">${ticks}</g>`,
    hand(-60, 74, 9, p.accent),
    hand(60, 112, 6, p.accent),
    hand(192, 124, 2.5, dark(p.main, 0.1)),
    `<circle cx="400" cy="390" r="8" fill="${p.accent}"/>`,
    `<path d="M280,300 C300,260 340,236 380,230" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity="0.25"/>`,
  ].join("");
  return { defs, body: svg, shadow: 330 };
};

export const deskArt: Record<string, Art> = { notebook, sketchbook, pen, pencil, plantpot, clock };
