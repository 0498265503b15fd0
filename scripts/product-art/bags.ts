// Bags: backpack, roll-top, tote, duffel, crossbody, laptop sleeve.
import { cylinder, dark, light, linear, r1, random } from "./shared";
import type { Art } from "./shared";

/** Stitching: a fine dashed line along a path. */
const stitch = (d: string, color: string, opacity = 0.6) =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="6 5" opacity="${opacity}"/>`;

/** A zip: a dark tape with a toothed dashed centre. */
const zip = (d: string, color: string) =>
  `<path d="${d}" fill="none" stroke="${dark(color, 0.45)}" stroke-width="7" stroke-linecap="round"/>` +
  `<path d="${d}" fill="none" stroke="${dark(color, 0.15)}" stroke-width="4" stroke-dasharray="2 2"/>`;

/** Downward shading overlay: objects get darker towards the floor. */
const falloff = (id: string, c: string) =>
  linear(
    id,
    [
      [0, c, 0],
      [0.6, c, 0.05],
      [1, dark(c, 0.6), 0.35],
    ],
    0,
    0,
    0,
    1,
  );

/** Fibrous texture for felt and canvas. */
function fibres(seed: string, x: number, y: number, w: number, h: number, color: string, count = 260): string {
  const rnd = random(seed);
  let out = "";
  for (let i = 0; i < count; i++) {
    const cx = x + rnd() * w;
    const cy = y + rnd() * h;
    const a = rnd() * Math.PI;
    out += `M${r1(cx)},${r1(cy)}l${r1(Math.cos(a) * 5)},${r1(Math.sin(a) * 5)}`;
  }
  return `<path d="${out}" stroke="${color}" stroke-width="1.2" opacity="0.35"/>`;
}

const backpack: Art = (p, id) => {
  const body =
    "M262,600 V330 C262,250 320,222 400,222 C480,222 538,250 538,330 V600 C538,612 528,618 516,618 H284 C272,618 262,612 262,600 Z";
  const pocket =
    "M302,440 H498 C510,440 518,448 518,460 V588 C518,600 510,606 498,606 H302 C290,606 282,600 282,588 V460 C282,448 290,440 302,440 Z";
  const defs = [
    cylinder(id("body"), p.main, 0.9),
    cylinder(id("pocket"), light(p.main, 0.06), 0.9),
    falloff(id("fall"), p.main),
    `<clipPath id="${id("clip")}"><path d="${body}"/></clipPath>`,
  ].join("");
  const strap = dark(p.second, 0.05);
  const svg = [
    `<path d="M286,290 C246,380 244,520 268,606" fill="none" stroke="${strap}" stroke-width="30" stroke-linecap="round"/>`,
    `<path d="M514,290 C554,380 556,520 532,606" fill="none" stroke="${strap}" stroke-width="30" stroke-linecap="round"/>`,
    `<path d="M372,232 C370,196 430,196 428,232" fill="none" stroke="${p.second}" stroke-width="12" stroke-linecap="round"/>`,
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<g clip-path="url(#${id("clip")})"><rect x="250" y="592" width="300" height="40" fill="${p.second}"/></g>`,
    zip("M286,430 V335 C286,270 336,246 400,246 C464,246 514,270 514,335 V430", p.main),
    `<rect x="507" y="380" width="14" height="34" rx="5" fill="${p.accent}"/>`,
    `<path d="${pocket}" fill="url(#${id("pocket")})"/>`,
    `<path d="${pocket}" fill="none" stroke="${dark(p.main, 0.35)}" stroke-width="2" opacity="0.6"/>`,
    stitch(
      "M302,452 H498 C504,452 507,456 507,462 V588 C507,592 504,595 498,595 H302 C296,595 293,592 293,588 V462 C293,456 296,452 302,452 Z",
      light(p.main, 0.4),
      0.5,
    ),
    zip("M300,462 H500", p.main),
    `<rect x="392" y="462" width="16" height="34" rx="5" fill="${p.accent}"/>`,
    `<rect x="376" y="300" width="48" height="36" rx="6" fill="${p.accent}"/>`,
    stitch("M382,306 H418 V330 H382 Z", light(p.accent, 0.5), 0.7),
    `<path d="${body}" fill="url(#${id("fall")})"/>`,
  ].join("");
  return { defs, body: svg, shadow: 320 };
};

const rolltop: Art = (p, id) => {
  const body = "M272,300 H528 V598 C528,610 520,618 508,618 H292 C280,618 272,610 272,598 Z";
  const defs = [
    cylinder(id("body"), p.main, 0.9),
    linear(
      id("roll"),
      [
        [0, light(p.main, 0.12)],
        [0.5, p.main],
        [1, dark(p.main, 0.3)],
      ],
      0,
      0,
      0,
      1,
    ),
    falloff(id("fall"), p.main),
  ].join("");
  const svg = [
    `<path d="M296,300 C256,390 254,520 276,606" fill="none" stroke="${p.second}" stroke-width="30" stroke-linecap="round"/>`,
    `<path d="M504,300 C544,390 546,520 524,606" fill="none" stroke="${p.second}" stroke-width="30" stroke-linecap="round"/>`,
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<rect x="258" y="226" width="284" height="34" rx="17" fill="url(#${id("roll")})"/>`,
    `<rect x="262" y="252" width="276" height="34" rx="17" fill="url(#${id("roll")})"/>`,
    `<rect x="266" y="278" width="268" height="34" rx="17" fill="url(#${id("roll")})"/>`,
    `<rect x="250" y="236" width="18" height="44" rx="4" fill="${p.accent}"/>`,
    `<rect x="532" y="236" width="18" height="44" rx="4" fill="${p.accent}"/>`,
    `<rect x="388" y="216" width="24" height="230" rx="3" fill="${p.second}"/>`,
    stitch("M393,228 V436 M407,228 V436", light(p.second, 0.4), 0.5),
    `<rect x="380" y="420" width="40" height="46" rx="7" fill="${p.accent}"/>`,
    `<rect x="388" y="432" width="24" height="6" rx="2" fill="${dark(p.accent, 0.35)}"/>`,
    `<rect x="298" y="500" width="204" height="98" rx="14" fill="${dark(p.main, 0.08)}"/>`,
    stitch("M310,510 H490 V588 H310 Z", light(p.main, 0.35), 0.5),
    zip("M312,524 H488", p.main),
    `<path d="${body}" fill="url(#${id("fall")})"/>`,
  ].join("");
  return { defs, body: svg, shadow: 300 };
};

const tote: Art = (p, id) => {
  const body = "M250,322 H550 L572,598 C573,610 565,618 553,618 H247 C235,618 227,610 228,598 Z";
  const defs = [
    cylinder(id("body"), p.main, 0.8),
    falloff(id("fall"), p.main),
    `<clipPath id="${id("clip")}"><path d="${body}"/></clipPath>`,
  ].join("");
  const handle = (d: string, c: string) =>
    `<path d="${d}" fill="none" stroke="${c}" stroke-width="22" stroke-linecap="round"/>`;
  const svg = [
    handle("M338,324 C338,176 462,176 462,324", dark(p.second, 0.3)),
    `<polygon points="256,322 544,322 536,312 264,312" fill="${dark(p.main, 0.5)}"/>`,
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<g clip-path="url(#${id("clip")})">`,
    fibres(`${p.main}tote`, 230, 322, 345, 296, light(p.main, 0.3), 200),
    `<path d="M330,360 C360,450 340,520 352,610 M470,350 C450,430 480,520 462,612" fill="none" stroke="${dark(p.main, 0.25)}" stroke-width="3" opacity="0.35"/>`,
    `<rect x="220" y="560" width="360" height="60" fill="${p.second}"/>`,
    `</g>`,
    stitch("M232,566 H568", p.accent, 0.7),
    `<rect x="250" y="322" width="300" height="16" fill="${dark(p.main, 0.12)}"/>`,
    stitch("M254,344 H546", p.accent, 0.7),
    handle("M310,372 V330 C310,160 490,160 490,330 V372", p.second),
    `<circle cx="310" cy="358" r="5" fill="${p.accent}"/><circle cx="490" cy="358" r="5" fill="${p.accent}"/>`,
    `<path d="${body}" fill="url(#${id("fall")})"/>`,
  ].join("");
  return { defs, body: svg, shadow: 360 };
};

const duffel: Art = (p, id) => {
  const body =
    "M260,382 H540 C600,382 632,440 632,500 V590 C632,604 622,614 608,614 H192 C178,614 168,604 168,590 V500 C168,440 200,382 260,382 Z";
  const defs = [
    linear(
      id("body"),
      [
        [0, light(p.main, 0.15)],
        [0.45, p.main],
        [1, dark(p.main, 0.35)],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(
      id("end"),
      [
        [0, light(p.second, 0.12)],
        [1, dark(p.second, 0.3)],
      ],
      0,
      0,
      0,
      1,
    ),
    `<clipPath id="${id("clip")}"><path d="${body}"/></clipPath>`,
  ].join("");
  const svg = [
    `<path d="${body}" fill="url(#${id("body")})"/>`,
    `<g clip-path="url(#${id("clip")})">`,
    fibres(`${p.main}duffel`, 168, 382, 464, 232, light(p.main, 0.25), 220),
    `<path d="M150,382 H262 C222,420 208,470 208,520 V630 H150 Z" fill="url(#${id("end")})"/>`,
    `<path d="M650,382 H538 C578,420 592,470 592,520 V630 H650 Z" fill="url(#${id("end")})"/>`,
    `</g>`,
    stitch("M262,392 C226,428 216,470 216,520 V606 M538,392 C574,428 584,470 584,520 V606", light(p.second, 0.45), 0.6),
    zip("M262,396 H538", p.main),
    `<rect x="520" y="390" width="14" height="30" rx="4" fill="${p.accent}"/>`,
    `<rect x="316" y="404" width="28" height="210" fill="url(#${id("end")})"/>`,
    `<rect x="456" y="404" width="28" height="210" fill="url(#${id("end")})"/>`,
    stitch("M321,410 V606 M339,410 V606 M461,410 V606 M479,410 V606", light(p.second, 0.45), 0.6),
    `<path d="M330,410 C330,270 470,270 470,410" fill="none" stroke="${p.second}" stroke-width="22"/>`,
    `<path d="M352,322 C380,302 420,302 448,322" fill="none" stroke="${dark(p.second, 0.25)}" stroke-width="34" stroke-linecap="round"/>`,
    `<rect x="312" y="396" width="36" height="16" rx="4" fill="${p.accent}"/><rect x="452" y="396" width="36" height="16" rx="4" fill="${p.accent}"/>`,
    `<path d="M196,470 h22 v28 h-22 Z M582,470 h22 v28 h-22 Z" fill="none" stroke="${p.accent}" stroke-width="5"/>`,
  ].join("");
  return { defs, body: svg, shadow: 480 };
};

const crossbody: Art = (p, id) => {
  const flap =
    "M270,448 C270,432 282,420 298,420 H502 C518,420 530,432 530,448 V516 C530,556 470,578 400,578 C330,578 270,556 270,516 Z";
  const defs = [
    cylinder(id("body"), p.main, 0.9),
    cylinder(id("flap"), light(p.main, 0.05), 1),
    linear(
      id("brass"),
      [
        [0, light(p.accent, 0.35)],
        [0.5, p.accent],
        [1, dark(p.accent, 0.3)],
      ],
      0,
      0,
      1,
      1,
    ),
  ].join("");
  const svg = [
    `<path d="M286,446 C248,100 552,100 514,446" fill="none" stroke="${p.second}" stroke-width="13"/>`,
    stitch("M286,446 C248,100 552,100 514,446", light(p.second, 0.35), 0.35),
    `<rect x="266" y="414" width="268" height="204" rx="30" fill="url(#${id("body")})"/>`,
    `<rect x="266" y="590" width="268" height="28" rx="14" fill="${dark(p.main, 0.3)}" opacity="0.5"/>`,
    `<path d="${flap}" fill="url(#${id("flap")})"/>`,
    `<path d="${flap}" fill="none" stroke="${dark(p.main, 0.3)}" stroke-width="2"/>`,
    stitch(
      "M282,450 C282,440 290,432 300,432 H500 C510,432 518,440 518,450 V514 C518,548 466,566 400,566 C334,566 282,548 282,514 Z",
      light(p.main, 0.45),
      0.55,
    ),
    `<rect x="276" y="426" width="20" height="26" rx="5" fill="none" stroke="url(#${id("brass")})" stroke-width="5"/>`,
    `<rect x="504" y="426" width="20" height="26" rx="5" fill="none" stroke="url(#${id("brass")})" stroke-width="5"/>`,
    `<circle cx="400" cy="552" r="13" fill="url(#${id("brass")})"/>`,
    `<circle cx="396" cy="548" r="4" fill="#fff" opacity="0.55"/>`,
  ].join("");
  return { defs, body: svg, shadow: 300 };
};

const sleeve: Art = (p, id) => {
  const defs = [
    linear(
      id("felt"),
      [
        [0, light(p.main, 0.12)],
        [0.6, p.main],
        [1, dark(p.main, 0.2)],
      ],
      0,
      0,
      1,
      1,
    ),
    linear(
      id("pocket"),
      [
        [0, dark(p.main, 0.02)],
        [1, dark(p.main, 0.22)],
      ],
      0,
      0,
      0,
      1,
    ),
    linear(id("alu"), [
      [0, "#d9dcdf"],
      [0.35, "#f4f5f6"],
      [1, "#a9aeb3"],
    ]),
  ].join("");
  const svg = [
    `<rect x="236" y="250" width="322" height="80" rx="12" fill="url(#${id("alu")})"/>`,
    `<rect x="236" y="250" width="322" height="5" rx="2" fill="#fff" opacity="0.7"/>`,
    `<rect x="214" y="296" width="366" height="322" rx="24" fill="url(#${id("felt")})"/>`,
    `<path d="M238,296 H556 C560,296 562,300 558,302 C540,312 260,312 238,302 C234,300 234,296 238,296 Z" fill="${dark(p.main, 0.45)}" opacity="0.55"/>`,
    fibres(`${p.main}felt`, 220, 306, 354, 306, light(p.main, 0.35), 320),
    fibres(`${p.main}felt2`, 220, 306, 354, 306, dark(p.main, 0.35), 200),
    stitch("M232,318 V590 C232,598 236,602 244,602 H550 C558,602 562,598 562,590 V318", light(p.main, 0.45), 0.55),
    zip("M566,312 V600", p.second),
    `<rect x="552" y="300" width="28" height="56" rx="7" fill="${p.second}"/>`,
    `<circle cx="566" cy="314" r="4" fill="${p.accent}"/>`,
    `<path d="M254,452 H540 V590 C540,598 534,602 526,602 H268 C260,602 254,598 254,590 Z" fill="url(#${id("pocket")})"/>`,
    stitch("M262,462 H532", light(p.main, 0.5), 0.6),
    `<rect x="382" y="440" width="30" height="44" rx="6" fill="${p.second}"/>`,
    `<circle cx="397" cy="474" r="3.5" fill="${p.accent}"/>`,
  ].join("");
  return { defs, body: svg, shadow: 380 };
};

export const bagArt: Record<string, Art> = { backpack, rolltop, tote, duffel, crossbody, sleeve };
