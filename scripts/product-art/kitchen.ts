// Kitchen: mug, espresso cup, bottle, bowls, kettle, French press.
import { cylinder, dark, light, linear, mix, r1, radial, random, scaled, vertical } from "./shared";
import type { Art, Palette } from "./shared";

/** Tiny glaze speckles, deterministic per colour. */
function speckles(seed: string, count: number, x: number, y: number, w: number, h: number, color: string): string {
  const rnd = random(seed);
  let out = "";
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${r1(x + rnd() * w)}" cy="${r1(y + rnd() * h)}" r="${r1(0.8 + rnd() * 1.6)}"/>`;
  }
  return `<g fill="${color}" opacity="0.55">${out}</g>`;
}

/** A soft vertical specular streak for glossy surfaces. */
export function streak(id: string, x: number, y: number, w: number, h: number, opacity = 0.45): [string, string] {
  return [
    linear(
      id,
      [
        [0, "#fff", 0],
        [0.25, "#fff", opacity],
        [0.75, "#fff", opacity * 0.7],
        [1, "#fff", 0],
      ],
      0,
      0,
      0,
      1,
    ),
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w / 2}" fill="url(#${id})"/>`,
  ];
}

function mugParts(p: Palette, id: (n: string) => string) {
  const body = "M270,330 V598 A115,22 0 0 0 500,598 V330 Z";
  const [sDef, sBody] = streak(id("spec"), 302, 360, 18, 190);
  const defs = [
    cylinder(id("body"), p.main),
    cylinder(id("clay"), p.accent),
    linear(
      id("inside"),
      [
        [0, light(p.second, 0.12)],
        [1, dark(p.second, 0.5)],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(id("handle"), [
      [0, dark(p.main, 0.1)],
      [1, dark(p.main, 0.32)],
    ]),
    `<clipPath id="${id("clip")}"><path d="${body}"/></clipPath>`,
    sDef,
  ].join("");
  const svg = [
    `<path d="M496,388 C585,378 596,528 496,538" fill="none" stroke="url(#${id("handle")})" stroke-width="30" stroke-linecap="round"/>`,
    `<path d="M496,388 C585,378 596,528 496,538" fill="none" stroke="${light(p.main, 0.35)}" stroke-width="4" stroke-linecap="round" opacity="0.5" transform="translate(-3 -6)"/>`,
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<g clip-path="url(#${id("clip")})">`,
    speckles(`${p.main}mug`, 90, 272, 345, 226, 230, dark(p.main, 0.55)),
    `<path d="M262,566 C300,578 330,560 360,574 C400,590 440,566 470,576 C490,582 500,570 508,572 V640 H262 Z" fill="url(#${id("clay")})"/>`,
    `</g>`,
    sBody,
    `<ellipse cx="385" cy="330" rx="115" ry="24" fill="${light(p.main, 0.35)}"/>`,
    `<ellipse cx="385" cy="332" rx="105" ry="19" fill="url(#${id("inside")})"/>`,
  ].join("");
  return { defs, svg };
}

const mug: Art = (p, id) => {
  const m = mugParts(p, id);
  return { defs: m.defs, body: m.svg, shadow: 300 };
};

const cup: Art = (p, id) => {
  const m = mugParts(p, id);
  const defs =
    m.defs +
    vertical(id("saucer"), p.main, 0.8) +
    radial(id("well"), [
      [0, dark(p.main, 0.18)],
      [1, light(p.main, 0.1)],
    ]);
  const saucer = [
    `<ellipse cx="400" cy="606" rx="180" ry="34" fill="${dark(p.main, 0.3)}"/>`,
    `<ellipse cx="400" cy="598" rx="180" ry="33" fill="url(#${id("saucer")})"/>`,
    `<ellipse cx="400" cy="598" rx="170" ry="28" fill="${light(p.main, 0.2)}"/>`,
    `<ellipse cx="400" cy="598" rx="105" ry="17" fill="url(#${id("well")})"/>`,
  ].join("");
  return { defs, body: `${saucer}<g transform="translate(0 -24)">${scaled(0.76, m.svg, 4)}</g>`, shadow: 340 };
};

const bottle: Art = (p, id) => {
  const body = "M335,272 V600 A65,14 0 0 0 465,600 V272 C465,240 440,230 440,208 H360 C360,230 335,240 335,272 Z";
  const [sDef, sBody] = streak(id("spec"), 356, 270, 14, 300, 0.5);
  const defs = [
    cylinder(id("body"), p.main, 1.2),
    cylinder(id("cap"), p.second, 1.5),
    cylinder(id("steel"), "#c9cdd1", 1.4),
    sDef,
  ].join("");
  const svg = [
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    sBody,
    `<path d="M335,560 V600 A65,14 0 0 0 465,600 V560 A65,14 0 0 1 335,560 Z" fill="${dark(p.main, 0.08)}" opacity="0.5"/>`,
    `<rect x="357" y="196" width="86" height="16" rx="3" fill="url(#${id("steel")})"/>`,
    `<path d="M372,148 C372,92 428,92 428,148" fill="none" stroke="${dark(p.second, 0.1)}" stroke-width="15" stroke-linecap="round"/>`,
    `<rect x="354" y="138" width="92" height="62" rx="12" fill="url(#${id("cap")})"/>`,
    `<ellipse cx="400" cy="140" rx="44" ry="7" fill="${light(p.second, 0.2)}"/>`,
    `<rect x="354" y="150" width="92" height="2" fill="${light(p.second, 0.15)}" opacity="0.6"/>`,
    `<rect x="378" y="460" width="44" height="44" rx="22" fill="${light(p.main, 0.25)}" opacity="0.55"/>`,
  ].join("");
  return { defs, body: svg, shadow: 170 };
};

function bowlSvg(
  outside: string,
  inside: string,
  rim: string,
  id: (n: string) => string,
): { defs: string; svg: string } {
  const body = "M180,440 C186,548 286,598 332,602 H468 C514,598 614,548 620,440 Z";
  const defs = [
    cylinder(id("out"), outside, 1.1),
    linear(
      id("deep"),
      [
        [0, outside, 0],
        [1, dark(outside, 0.6), 0.55],
      ],
      0,
      0,
      0,
      1,
    ),
    radial(
      id("in"),
      [
        [0, light(inside, 0.2)],
        [0.7, inside],
        [1, dark(inside, 0.18)],
      ],
      0.5,
      0.75,
      0.6,
    ),
    linear(id("foot"), [
      [0, dark(outside, 0.35)],
      [0.4, dark(outside, 0.1)],
      [1, dark(outside, 0.45)],
    ]),
  ].join("");
  const svg = [
    `<path d="M338,596 V606 A62,14 0 0 0 462,606 V596 Z" fill="url(#${id("foot")})"/>`,
    `<path d="${body}" fill="url(#${id("out")})"/>`,
    `<path d="${body}" fill="url(#${id("deep")})"/>`,
    `<path d="M214,470 C240,520 300,556 350,566" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity="0.22"/>`,
    `<ellipse cx="400" cy="440" rx="220" ry="52" fill="${light(inside, 0.1)}"/>`,
    `<ellipse cx="400" cy="444" rx="208" ry="46" fill="url(#${id("in")})"/>`,
    `<ellipse cx="400" cy="440" rx="219" ry="51" fill="none" stroke="${rim}" stroke-width="3"/>`,
  ].join("");
  return { defs, svg };
}

const bowl: Art = (p, id) => {
  const b = bowlSvg(p.main, p.second, p.accent, id);
  return { defs: b.defs, body: b.svg, shadow: 330 };
};

const bowls: Art = (p, id) => {
  const big = bowlSvg(p.main, light(p.second, 0.3), light(p.main, 0.4), (n) => id(`a-${n}`));
  const small = bowlSvg(p.second, light(p.main, 0.35), light(p.second, 0.5), (n) => id(`b-${n}`));
  return { defs: big.defs + small.defs, body: scaled(0.82, big.svg, -70) + scaled(0.58, small.svg, 150), shadow: 520 };
};

const kettle: Art = (p, id) => {
  const body =
    "M262,612 C240,612 236,590 240,565 C252,470 290,405 330,382 H470 C510,405 548,470 560,565 C564,590 560,612 538,612 Z";
  const defs = [
    cylinder(id("body"), p.main, 1.3),
    cylinder(id("spout"), dark(p.main, 0.05), 1.3),
    vertical(id("lid"), p.main, 1.2),
    radial(id("gloss"), [
      [0, "#fff", 0.75],
      [1, "#fff", 0],
    ]),
    linear(
      id("handle"),
      [
        [0, light(p.second, 0.25)],
        [0.5, p.second],
        [1, dark(p.second, 0.3)],
      ],
      0,
      0,
      0,
      1,
    ),
  ].join("");
  const svg = [
    `<path d="M546,536 C590,526 612,470 628,404 L650,414 C642,480 614,560 555,592 Z" fill="url(#${id("spout")})"/>`,
    `<ellipse cx="639" cy="409" rx="12" ry="6" transform="rotate(24 639 409)" fill="${dark(p.main, 0.35)}"/>`,
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<path d="M240,590 C250,614 550,614 560,590 C562,604 556,612 538,612 H262 C246,612 238,604 240,590 Z" fill="${p.second}"/>`,
    `<ellipse cx="318" cy="470" rx="22" ry="60" transform="rotate(28 318 470)" fill="url(#${id("gloss")})"/>`,
    `<ellipse cx="400" cy="384" rx="72" ry="9" fill="${dark(p.main, 0.3)}"/>`,
    `<path d="M330,384 C340,352 460,352 470,384 Z" fill="url(#${id("lid")})"/>`,
    `<rect x="388" y="336" width="24" height="22" rx="4" fill="${p.second}"/>`,
    `<ellipse cx="400" cy="336" rx="22" ry="9" fill="${light(p.second, 0.2)}"/>`,
    `<path d="M338,392 C330,230 470,230 462,392" fill="none" stroke="${dark(p.second, 0.2)}" stroke-width="12"/>`,
    `<path d="M352,300 C372,258 428,258 448,300" fill="none" stroke="url(#${id("handle")})" stroke-width="26" stroke-linecap="round"/>`,
  ].join("");
  return { defs, body: svg, shadow: 340 };
};

const frenchpress: Art = (p, id) => {
  const defs = [
    cylinder(id("metal"), p.main, 1.4),
    linear(
      id("coffee"),
      [
        [0, mix(p.second, p.accent, 0.25)],
        [0.08, p.second],
        [1, dark(p.second, 0.4)],
      ],
      0,
      0,
      0,
      1,
    ),
    cylinder(id("glass"), "#ffffff", 1),
  ].join("");
  const m = `url(#${id("metal")})`;
  const svg = [
    `<path d="M482,292 H528 C544,292 552,302 552,318 V522 C552,540 542,550 526,550 H482" fill="none" stroke="${dark(p.main, 0.15)}" stroke-width="20" stroke-linejoin="round"/>`,
    `<rect x="322" y="258" width="156" height="340" fill="#fff" opacity="0.22"/>`,
    `<rect x="324" y="334" width="152" height="262" fill="url(#${id("coffee")})"/>`,
    `<ellipse cx="400" cy="334" rx="76" ry="9" fill="${mix(p.second, p.accent, 0.45)}"/>`,
    `<line x1="400" y1="250" x2="400" y2="316" stroke="#b9bec3" stroke-width="6"/>`,
    `<ellipse cx="400" cy="318" rx="76" ry="8" fill="#9aa0a6"/>`,
    `<rect x="322" y="258" width="156" height="340" fill="url(#${id("glass")})" opacity="0.28"/>`,
    `<rect x="336" y="270" width="9" height="310" rx="4" fill="#fff" opacity="0.55"/>`,
    `<rect x="458" y="270" width="5" height="310" rx="2" fill="#fff" opacity="0.35"/>`,
    `<path d="M324,266 L298,252 L324,286 Z" fill="#fff" opacity="0.5"/>`,
    `<rect x="316" y="418" width="168" height="12" rx="3" fill="${m}"/>`,
    `<rect x="314" y="584" width="172" height="26" rx="6" fill="${m}"/>`,
    `<rect x="330" y="606" width="26" height="14" rx="4" fill="${dark(p.main, 0.3)}"/>`,
    `<rect x="444" y="606" width="26" height="14" rx="4" fill="${dark(p.main, 0.3)}"/>`,
    `<path d="M316,262 C316,240 340,230 400,230 C460,230 484,240 484,262 Z" fill="${m}"/>`,
    `<rect x="314" y="254" width="172" height="12" rx="4" fill="${dark(p.main, 0.12)}"/>`,
    `<rect x="395" y="172" width="10" height="60" fill="${light(p.main, 0.15)}"/>`,
    `<circle cx="400" cy="166" r="17" fill="${m}"/>`,
    `<circle cx="394" cy="160" r="5" fill="#fff" opacity="0.5"/>`,
  ].join("");
  return { defs, body: svg, shadow: 230 };
};

export const kitchenArt: Record<string, Art> = { mug, cup, bottle, bowl, bowls, kettle, frenchpress };
