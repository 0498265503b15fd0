// Audio: headphones, earbuds with case, bookshelf speakers, portable speaker, turntable, radio.
import { blur, cylinder, dark, light, linear, radial, scaled, vertical } from "./shared";
import type { Art } from "./shared";

const headphones: Art = (p, id) => {
  const defs = [
    linear(
      id("band"),
      [
        [0, light(p.main, 0.2)],
        [1, dark(p.main, 0.15)],
      ],
      0,
      0,
      0,
      1,
    ),
    radial(
      id("shellL"),
      [
        [0, light(p.main, 0.25)],
        [0.7, p.main],
        [1, dark(p.main, 0.3)],
      ],
      0.35,
      0.35,
      0.7,
    ),
    radial(
      id("shellR"),
      [
        [0, light(p.main, 0.15)],
        [0.7, dark(p.main, 0.05)],
        [1, dark(p.main, 0.35)],
      ],
      0.35,
      0.35,
      0.7,
    ),
    cylinder(id("cushion"), p.second, 1.2),
  ].join("");
  const cup = (cx: number, dir: 1 | -1, shell: string) =>
    [
      `<ellipse cx="${cx + dir * 26}" cy="526" rx="52" ry="90" fill="url(#${id("cushion")})"/>`,
      `<ellipse cx="${cx}" cy="526" rx="60" ry="92" fill="url(#${id(shell)})"/>`,
      `<ellipse cx="${cx - dir * 4}" cy="526" rx="40" ry="70" fill="none" stroke="${light(p.main, 0.25)}" stroke-width="3" opacity="0.7"/>`,
      `<ellipse cx="${cx - dir * 4}" cy="526" rx="40" ry="70" fill="${dark(p.main, 0.04)}" opacity="0.5"/>`,
    ].join("");
  const yoke = (x: number) =>
    `<path d="M${x},378 V448" stroke="${p.accent}" stroke-width="13" stroke-linecap="round"/><path d="M${x - 2},382 V444" stroke="${light(p.accent, 0.45)}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M${x - 40},470 C${x - 40},436 ${x + 40},436 ${x + 40},470" fill="none" stroke="${dark(p.main, 0.25)}" stroke-width="8"/>`;
  const svg = [
    `<path d="M290,392 C290,196 510,196 510,392" fill="none" stroke="${dark(p.second, 0.1)}" stroke-width="22" stroke-linecap="round"/>`,
    `<path d="M268,380 C268,150 532,150 532,380" fill="none" stroke="url(#${id("band")})" stroke-width="26" stroke-linecap="round"/>`,
    `<path d="M304,262 C328,228 364,212 398,209" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity="0.3"/>`,
    yoke(268),
    yoke(532),
    cup(268, 1, "shellL"),
    cup(532, -1, "shellR"),
  ].join("");
  return { defs, body: svg, shadow: 420 };
};

const earbuds: Art = (p, id) => {
  const defs = [
    radial(
      id("case"),
      [
        [0, "#ffffff"],
        [0.6, p.main],
        [1, dark(p.main, 0.22)],
      ],
      0.4,
      0.3,
      0.75,
    ),
    radial(
      id("bud"),
      [
        [0, "#ffffff"],
        [0.6, p.main],
        [1, dark(p.main, 0.25)],
      ],
      0.35,
      0.3,
      0.7,
    ),
    blur(id("led"), 4),
  ].join("");
  const bud = (x: number, y: number, a: number, flip = 1) =>
    [
      `<g transform="translate(${x} ${y}) rotate(${a}) scale(${flip} 1)">`,
      `<rect x="-13" y="-10" width="26" height="96" rx="13" fill="url(#${id("bud")})"/>`,
      `<circle cx="0" cy="-14" r="38" fill="url(#${id("bud")})"/>`,
      `<ellipse cx="-26" cy="-18" rx="12" ry="20" fill="${light(p.second, 0.3)}"/>`,
      `<ellipse cx="-30" cy="-19" rx="4" ry="9" fill="${p.second}"/>`,
      `<rect x="-6" y="70" width="12" height="10" rx="3" fill="${light(p.second, 0.2)}"/>`,
      `</g>`,
    ].join("");
  const svg = [
    `<rect x="296" y="372" width="232" height="242" rx="84" fill="url(#${id("case")})"/>`,
    `<path d="M300,450 C370,460 454,460 524,450" fill="none" stroke="${dark(p.main, 0.25)}" stroke-width="2.5"/>`,
    `<circle cx="412" cy="520" r="9" fill="${p.accent}" filter="url(#${id("led")})"/>`,
    `<circle cx="412" cy="520" r="4" fill="${light(p.accent, 0.5)}"/>`,
    bud(262, 520, 10),
    bud(560, 584, -62, -1),
  ].join("");
  return { defs, body: svg, shadow: 400 };
};

const speaker: Art = (p, id) => {
  const defs = [
    linear(
      id("wood"),
      [
        [0, light(p.main, 0.15)],
        [1, dark(p.main, 0.15)],
      ],
      0,
      0,
      1,
      1,
    ),
    radial(
      id("cone"),
      [
        [0, light(p.accent, 0.1)],
        [0.6, dark(p.accent, 0.25)],
        [1, dark(p.accent, 0.6)],
      ],
      0.45,
      0.4,
      0.6,
    ),
    radial(
      id("dome"),
      [
        [0, "#ffffff"],
        [0.5, light(p.accent, 0.2)],
        [1, dark(p.accent, 0.4)],
      ],
      0.4,
      0.35,
      0.6,
    ),
    vertical(id("baffle"), p.second, 1.3),
  ].join("");
  const grain = Array.from(
    { length: 6 },
    (_, i) =>
      `<path d="M${304 + i * 4},${236 - i * 0} C${360},${232 + i} ${440},${240 - i} ${520 - i * 2},${236 + i}"/>`,
  ).join("");
  const one = [
    `<polygon points="300,246 500,246 530,222 330,222" fill="${light(p.main, 0.18)}"/>`,
    `<g stroke="${dark(p.main, 0.2)}" stroke-width="1.5" opacity="0.35" fill="none">${grain}</g>`,
    `<polygon points="500,246 530,222 530,588 500,612" fill="${dark(p.main, 0.25)}"/>`,
    `<rect x="300" y="246" width="200" height="366" fill="url(#${id("wood")})"/>`,
    `<rect x="310" y="256" width="180" height="346" rx="4" fill="url(#${id("baffle")})"/>`,
    `<circle cx="400" cy="318" r="34" fill="${dark(p.second, 0.35)}"/>`,
    `<circle cx="400" cy="318" r="20" fill="url(#${id("dome")})"/>`,
    `<circle cx="400" cy="476" r="78" fill="${dark(p.second, 0.4)}"/>`,
    `<circle cx="400" cy="476" r="70" fill="${light(p.second, 0.12)}"/>`,
    `<circle cx="400" cy="476" r="60" fill="url(#${id("cone")})"/>`,
    `<circle cx="400" cy="476" r="20" fill="url(#${id("dome")})"/>`,
    `<circle cx="400" cy="578" r="3" fill="${p.accent}"/>`,
  ].join("");
  return { defs, body: scaled(0.86, one, -118) + scaled(0.86, one, 118), shadow: 470 };
};

const portablespeaker: Art = (p, id) => {
  const defs = [
    `<pattern id="${id("mesh")}" width="9" height="9" patternUnits="userSpaceOnUse"><rect width="9" height="9" fill="${p.main}"/><circle cx="4.5" cy="4.5" r="1.8" fill="${dark(p.main, 0.35)}"/></pattern>`,
    linear(
      id("shade"),
      [
        [0, "#fff", 0.25],
        [0.35, "#fff", 0],
        [0.7, "#000", 0],
        [1, "#000", 0.35],
      ],
      0,
      0,
      0,
      1,
    ),
    vertical(id("cap"), p.second, 1.2),
    `<clipPath id="${id("clip")}"><rect x="170" y="420" width="460" height="196" rx="98"/></clipPath>`,
  ].join("");
  const svg = [
    `<path d="M622,470 C680,470 690,560 626,566" fill="none" stroke="${p.second}" stroke-width="14" stroke-linecap="round"/>`,
    `<rect x="330" y="408" width="30" height="16" rx="6" fill="${p.accent}"/><rect x="385" y="408" width="30" height="16" rx="6" fill="${dark(p.second, 0.1)}"/><rect x="440" y="408" width="30" height="16" rx="6" fill="${p.accent}"/>`,
    `<g clip-path="url(#${id("clip")})">`,
    `<rect x="170" y="420" width="460" height="196" fill="url(#${id("mesh")})"/>`,
    `<rect x="150" y="410" width="80" height="220" fill="url(#${id("cap")})"/>`,
    `<rect x="570" y="410" width="80" height="220" fill="url(#${id("cap")})"/>`,
    `<rect x="170" y="420" width="460" height="196" fill="url(#${id("shade")})"/>`,
    `</g>`,
    `<rect x="372" y="500" width="56" height="28" rx="8" fill="${p.accent}" opacity="0.9"/>`,
  ].join("");
  return { defs, body: svg, shadow: 440 };
};

const turntable: Art = (p, id) => {
  const defs = [
    linear(
      id("top"),
      [
        [0, light(p.main, 0.22)],
        [1, p.main],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(
      id("front"),
      [
        [0, dark(p.main, 0.1)],
        [1, dark(p.main, 0.35)],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(id("alu"), [
      [0, "#eef0f2"],
      [0.5, "#b8bdc2"],
      [1, "#8c9297"],
    ]),
    radial(
      id("vinyl"),
      [
        [0, light(p.second, 0.1)],
        [0.8, p.second],
        [1, light(p.second, 0.15)],
      ],
      0.45,
      0.4,
      0.6,
    ),
  ].join("");
  const grooves = [140, 122, 104, 86, 70]
    .map((r) => `<ellipse cx="372" cy="458" rx="${r}" ry="${r * 0.205}"/>`)
    .join("");
  const svg = [
    `<rect x="174" y="576" width="40" height="38" rx="6" fill="${dark(p.main, 0.5)}"/><rect x="586" y="576" width="40" height="38" rx="6" fill="${dark(p.main, 0.5)}"/>`,
    `<polygon points="196,412 604,412 652,498 148,498" fill="url(#${id("top")})"/>`,
    `<rect x="148" y="498" width="504" height="86" rx="4" fill="url(#${id("front")})"/>`,
    `<path d="M150,498 H650" stroke="${light(p.main, 0.35)}" stroke-width="2"/>`,
    `<ellipse cx="372" cy="470" rx="176" ry="38" fill="url(#${id("alu")})"/>`,
    `<ellipse cx="372" cy="458" rx="164" ry="34" fill="url(#${id("vinyl")})"/>`,
    `<g fill="none" stroke="${light(p.second, 0.18)}" stroke-width="1.5" opacity="0.6">${grooves}</g>`,
    `<path d="M280,440 C300,436 330,434 352,434" stroke="#fff" stroke-width="4" opacity="0.18" fill="none"/>`,
    `<ellipse cx="372" cy="458" rx="48" ry="10" fill="${p.accent}"/>`,
    `<circle cx="372" cy="456" r="3" fill="#ddd"/>`,
    `<ellipse cx="574" cy="446" rx="26" ry="8" fill="url(#${id("alu")})"/>`,
    `<rect x="566" y="424" width="16" height="22" rx="3" fill="url(#${id("alu")})"/>`,
    `<rect x="584" y="418" width="30" height="16" rx="5" fill="${dark(p.second, 0.1)}"/>`,
    `<path d="M574,428 L492,474" stroke="#c9cdd1" stroke-width="6" stroke-linecap="round"/>`,
    `<path d="M496,470 L470,482 L476,492 L502,480 Z" fill="${dark(p.second, 0.1)}"/>`,
    `<circle cx="560" cy="540" r="14" fill="url(#${id("alu")})"/><circle cx="602" cy="540" r="14" fill="url(#${id("alu")})"/>`,
    `<circle cx="200" cy="540" r="5" fill="${p.accent}"/>`,
  ].join("");
  return { defs, body: svg, shadow: 520 };
};

const radio: Art = (p, id) => {
  const defs = [
    linear(
      id("body"),
      [
        [0, light(p.main, 0.15)],
        [0.6, p.main],
        [1, dark(p.main, 0.2)],
      ],
      0,
      0,
      0.4,
      1,
    ),
    radial(
      id("dial"),
      [
        [0, light(p.accent, 0.45)],
        [0.7, p.accent],
        [1, dark(p.accent, 0.35)],
      ],
      0.4,
      0.35,
      0.65,
    ),
    vertical(id("grille"), p.second, 1),
  ].join("");
  const slats = Array.from(
    { length: 11 },
    (_, i) => `<rect x="244" y="${378 + i * 17}" width="164" height="7" rx="3.5"/>`,
  ).join("");
  const ticks = Array.from({ length: 11 }, (_, i) => `<path d="M${460 + i * 9},506 v${i % 5 ? 6 : 10}"/>`).join("");
  const svg = [
    `<path d="M560,340 L656,186" stroke="#c9cdd1" stroke-width="5" stroke-linecap="round"/><circle cx="656" cy="186" r="7" fill="#dfe2e5"/>`,
    `<path d="M292,338 C292,266 508,266 508,338" fill="none" stroke="${dark(p.main, 0.45)}" stroke-width="16" stroke-linecap="round"/>`,
    `<rect x="228" y="596" width="40" height="22" rx="5" fill="${dark(p.main, 0.5)}"/><rect x="532" y="596" width="40" height="22" rx="5" fill="${dark(p.main, 0.5)}"/>`,
    `<rect x="200" y="328" width="400" height="272" rx="46" fill="url(#${id("body")})"/>`,
    `<rect x="226" y="356" width="200" height="218" rx="26" fill="url(#${id("grille")})"/>`,
    `<g fill="${dark(p.second, 0.3)}" opacity="0.55">${slats}</g>`,
    `<circle cx="510" cy="424" r="54" fill="${dark(p.main, 0.25)}"/>`,
    `<circle cx="510" cy="420" r="50" fill="url(#${id("dial")})"/>`,
    `<circle cx="510" cy="420" r="34" fill="none" stroke="${dark(p.accent, 0.2)}" stroke-width="2" stroke-dasharray="3 4"/>`,
    `<rect x="452" y="494" width="116" height="36" rx="6" fill="${p.second}"/>`,
    `<g stroke="${dark(p.second, 0.5)}" stroke-width="1.5">${ticks}</g>`,
    `<path d="M498,498 V526" stroke="#c8463d" stroke-width="2.5"/>`,
    `<circle cx="478" cy="558" r="12" fill="url(#${id("dial")})"/><circle cx="542" cy="558" r="12" fill="url(#${id("dial")})"/>`,
    `<path d="M236,344 H560" stroke="#fff" stroke-width="4" stroke-linecap="round" opacity="0.3"/>`,
  ].join("");
  return { defs, body: svg, shadow: 420 };
};

export const audioArt: Record<string, Art> = { headphones, earbuds, speaker, portablespeaker, turntable, radio };
