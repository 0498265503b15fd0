// Lighting, all switched on: desk lamp, dome pendant, globe pendant, mushroom table lamp,
// candle, lantern, tripod floor lamp. Palette: main = shade/body, second = arm/metal/cord,
// accent = the colour of the light.
import { blur, cylinder, dark, light, linear, radial, vertical } from "./shared";
import type { Art, Palette } from "./shared";

/** A blurred halo of light. */
const halo = (
  id: (n: string) => string,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  color: string,
  opacity: number,
) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${color}" opacity="${opacity}" filter="url(#${id("halo")})"/>`;

/** A cone of light falling from a shade's mouth to the floor. */
const beam = (id: (n: string) => string, points: string) =>
  `<polygon points="${points}" fill="url(#${id("beam")})" filter="url(#${id("halo")})"/>`;

const glowDefs = (p: Palette, id: (n: string) => string) =>
  blur(id("halo"), 22) +
  linear(
    id("beam"),
    [
      [0, p.accent, 0.55],
      [1, p.accent, 0],
    ],
    0,
    0,
    0,
    1,
  );

const desklamp: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("shade"), p.main, 1.3),
    vertical(id("base"), p.main, 1.2),
    radial(id("mouth"), [
      [0, "#ffffff"],
      [0.5, p.accent],
      [1, light(p.accent, 0.2)],
    ]),
  ].join("");
  const rod = (d: string) =>
    `<path d="${d}" fill="none" stroke="${p.second}" stroke-width="9" stroke-linecap="round"/>`;
  const joint = (x: number, y: number) =>
    `<circle cx="${x}" cy="${y}" r="13" fill="${light(p.second, 0.15)}"/><circle cx="${x}" cy="${y}" r="5" fill="${light(p.second, 0.45)}"/>`;
  const spring = Array.from(
    { length: 9 },
    (_, i) => `${i % 2 ? "L" : i ? "L" : "M"}${272 - i * 6 + (i % 2) * 9},${520 - i * 14}`,
  ).join(" ");
  const glow = [beam(id, "470,330 600,300 700,620 430,620"), halo(id, 560, 612, 150, 24, p.accent, 0.8)].join("");
  const svg = [
    `<rect x="220" y="578" width="170" height="30" rx="8" fill="url(#${id("base")})"/>`,
    `<ellipse cx="305" cy="580" rx="85" ry="12" fill="${light(p.main, 0.3)}"/>`,
    `<rect x="292" y="556" width="26" height="28" rx="4" fill="${p.second}"/>`,
    rod("M298,566 L222,392"),
    rod("M316,562 L240,388"),
    `<path d="${spring}" fill="none" stroke="${light(p.second, 0.35)}" stroke-width="2.5"/>`,
    rod("M230,388 L486,246"),
    rod("M240,404 L494,262"),
    joint(232, 394),
    joint(305, 566),
    `<g transform="translate(505 285) rotate(-22)">`,
    `<path d="M-30,-34 C-30,-56 30,-56 30,-34 L96,64 C96,88 -96,88 -96,64 Z" fill="url(#${id("shade")})"/>`,
    `<ellipse cx="0" cy="66" rx="96" ry="22" fill="url(#${id("mouth")})"/>`,
    `<path d="M-22,-30 L-70,52" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity="0.25"/>`,
    `</g>`,
    joint(488, 246),
  ].join("");
  return { defs, body: svg, glow, shadow: 200, shadowX: 305 };
};

const pendant: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("dome"), p.main, 1.3),
    cylinder(id("brass"), p.second, 1.5),
    radial(
      id("inside"),
      [
        [0, "#ffffff"],
        [0.35, p.accent],
        [1, dark(p.accent, 0.25)],
      ],
      0.5,
      0.2,
      0.7,
    ),
  ].join("");
  const glow = [beam(id, "250,440 550,440 690,700 110,700"), halo(id, 400, 640, 230, 34, p.accent, 0.75)].join("");
  const svg = [
    `<line x1="400" y1="-40" x2="400" y2="230" stroke="${dark(p.main, 0.5)}" stroke-width="5"/>`,
    `<rect x="378" y="222" width="44" height="34" rx="6" fill="url(#${id("brass")})"/>`,
    `<path d="M220,430 C220,300 300,246 400,246 C500,246 580,300 580,430 Z" fill="url(#${id("dome")})"/>`,
    `<path d="M262,390 C270,320 320,278 372,266" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity="0.2"/>`,
    `<ellipse cx="400" cy="432" rx="180" ry="24" fill="url(#${id("inside")})"/>`,
    `<ellipse cx="400" cy="432" rx="180" ry="24" fill="none" stroke="${dark(p.main, 0.2)}" stroke-width="3"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 0, cast: "none" };
};

const globe: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("brass"), p.second, 1.5),
    radial(
      id("glass"),
      [
        [0, "#ffffff"],
        [0.45, light(p.accent, 0.55)],
        [0.85, light(p.accent, 0.15)],
        [1, p.accent],
      ],
      0.45,
      0.45,
      0.55,
    ),
  ].join("");
  const glow = [halo(id, 400, 410, 230, 230, p.accent, 0.45), halo(id, 400, 640, 200, 30, p.accent, 0.6)].join("");
  const svg = [
    `<line x1="400" y1="-40" x2="400" y2="244" stroke="${dark(p.second, 0.5)}" stroke-width="5"/>`,
    `<circle cx="400" cy="410" r="155" fill="url(#${id("glass")})"/>`,
    `<rect x="372" y="236" width="56" height="34" rx="5" fill="url(#${id("brass")})"/>`,
    `<path d="M362,266 H438 L430,278 H370 Z" fill="${dark(p.second, 0.2)}"/>`,
    `<ellipse cx="340" cy="350" rx="36" ry="22" transform="rotate(-35 340 350)" fill="#fff" opacity="0.45"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 0, cast: "none" };
};

const tablelamp: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("cap"), p.main, 1.2),
    cylinder(id("stem"), p.main, 1.3),
    vertical(id("base"), p.main, 1.3),
    radial(
      id("under"),
      [
        [0, "#ffffff"],
        [0.4, p.accent],
        [1, dark(p.main, 0.2)],
      ],
      0.5,
      0.1,
      0.7,
    ),
    linear(
      id("lit"),
      [
        [0, p.accent, 0.9],
        [1, p.accent, 0],
      ],
      0,
      0,
      0,
      1,
    ),
  ].join("");
  const glow = [halo(id, 400, 420, 200, 60, p.accent, 0.7)].join("");
  const svg = [
    `<rect x="374" y="380" width="52" height="210" fill="url(#${id("stem")})"/>`,
    `<rect x="374" y="380" width="52" height="90" fill="url(#${id("lit")})"/>`,
    `<rect x="300" y="580" width="200" height="30" rx="10" fill="url(#${id("base")})"/>`,
    `<ellipse cx="400" cy="582" rx="100" ry="12" fill="${light(p.main, 0.25)}"/>`,
    `<path d="M218,384 C218,254 306,198 400,198 C494,198 582,254 582,384 Z" fill="url(#${id("cap")})"/>`,
    `<ellipse cx="400" cy="386" rx="182" ry="26" fill="url(#${id("under")})"/>`,
    `<path d="M262,340 C266,280 316,236 372,222" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" opacity="0.35"/>`,
    `<path d="M388,400 V570" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity="0.3"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 260 };
};

const candle: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("glass"), p.main, 1.2),
    radial(
      id("wax"),
      [
        [0, light(p.accent, 0.6)],
        [1, p.second],
      ],
      0.5,
      0.5,
      0.5,
    ),
    linear(
      id("flame"),
      [
        [0, "#fff6d8"],
        [0.5, p.accent],
        [1, "#ffffff"],
      ],
      0,
      0,
      0,
      1,
    ),
  ].join("");
  const glow = [halo(id, 400, 400, 120, 120, p.accent, 0.5)].join("");
  const svg = [
    `<path d="M300,400 V600 A100,18 0 0 0 500,600 V400 Z" fill="url(#${id("glass")})" opacity="0.92"/>`,
    `<path d="M308,470 V596 A92,15 0 0 0 492,596 V470 Z" fill="${p.second}" opacity="0.25"/>`,
    `<ellipse cx="400" cy="470" rx="92" ry="15" fill="url(#${id("wax")})"/>`,
    `<rect x="344" y="512" width="112" height="64" rx="3" fill="${p.second}"/>`,
    `<line x1="356" y1="556" x2="444" y2="556" stroke="${dark(p.second, 0.4)}" stroke-width="2"/>`,
    `<rect x="386" y="530" width="28" height="12" fill="${dark(p.second, 0.55)}"/>`,
    `<ellipse cx="400" cy="400" rx="100" ry="18" fill="none" stroke="${light(p.main, 0.4)}" stroke-width="4"/>`,
    `<rect x="318" y="420" width="12" height="170" rx="6" fill="#fff" opacity="0.35"/>`,
    `<line x1="400" y1="470" x2="401" y2="446" stroke="#2a2018" stroke-width="3"/>`,
    `<path d="M402,360 C416,392 422,418 412,440 C406,452 396,452 390,440 C382,420 390,394 402,360 Z" fill="url(#${id("flame")})"/>`,
    `<path d="M400,426 C405,432 406,440 400,446 C395,440 396,432 400,426 Z" fill="#cfe4ff" opacity="0.9"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 230 };
};

const lantern: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    cylinder(id("metal"), p.main, 1.3),
    radial(
      id("frost"),
      [
        [0, "#ffffff"],
        [0.55, light(p.accent, 0.3)],
        [1, p.accent],
      ],
      0.5,
      0.5,
      0.6,
    ),
  ].join("");
  const glow = [halo(id, 400, 460, 170, 150, p.accent, 0.55)].join("");
  const svg = [
    `<path d="M352,334 C346,220 454,220 448,334" fill="none" stroke="${p.second}" stroke-width="16" stroke-linecap="round"/>`,
    `<rect x="332" y="352" width="136" height="214" rx="10" fill="url(#${id("frost")})"/>`,
    `<rect x="346" y="364" width="10" height="190" rx="5" fill="#fff" opacity="0.6"/>`,
    `<path d="M318,356 C318,326 340,312 400,312 C460,312 482,326 482,356 Z" fill="url(#${id("metal")})"/>`,
    `<rect x="314" y="350" width="172" height="14" rx="4" fill="url(#${id("metal")})"/>`,
    `<rect x="316" y="560" width="168" height="58" rx="10" fill="url(#${id("metal")})"/>`,
    `<circle cx="400" cy="590" r="7" fill="${light(p.main, 0.5)}"/>`,
    `<rect x="340" y="300" width="16" height="30" rx="4" fill="${p.second}"/><rect x="444" y="300" width="16" height="30" rx="4" fill="${p.second}"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 220 };
};

const floorlamp: Art = (p, id) => {
  const defs = [
    glowDefs(p, id),
    linear(id("shade"), [
      [0, light(p.accent, 0.5)],
      [0.4, light(p.main, 0.3)],
      [1, dark(p.main, 0.15)],
    ]),
    cylinder(id("oak"), p.second, 1.2),
  ].join("");
  const leg = (x1: number, y1: number, x2: number, y2: number, w: number) =>
    `<path d="M${x1},${y1} L${x2},${y2}" stroke="url(#${id("oak")})" stroke-width="${w}" stroke-linecap="round"/>`;
  const glow = [halo(id, 400, 300, 170, 80, p.accent, 0.6)].join("");
  const svg = [
    leg(408, 380, 430, 596, 11),
    `<line x1="400" y1="270" x2="400" y2="392" stroke="${dark(p.second, 0.4)}" stroke-width="6"/>`,
    leg(400, 380, 268, 614, 15),
    leg(400, 380, 532, 614, 15),
    `<circle cx="400" cy="386" r="11" fill="${dark(p.second, 0.2)}"/>`,
    `<path d="M330,132 H470 L506,292 H294 Z" fill="url(#${id("shade")})"/>`,
    `<g stroke="${dark(p.main, 0.1)}" stroke-width="1" opacity="0.35">${Array.from({ length: 14 }, (_, i) => `<path d="M${334 + i * 10},134 L${300 + i * 14.6},290"/>`).join("")}</g>`,
    `<ellipse cx="400" cy="132" rx="70" ry="9" fill="${dark(p.main, 0.35)}"/>`,
    `<ellipse cx="400" cy="292" rx="106" ry="13" fill="${light(p.accent, 0.5)}"/>`,
  ].join("");
  return { defs, body: svg, glow, shadow: 300 };
};

export const lightingArt: Record<string, Art> = { desklamp, pendant, globe, tablelamp, candle, lantern, floorlamp };
