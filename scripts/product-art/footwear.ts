// Footwear, all in side profile with the toe to the left: court sneaker, runner, high-top,
// Chelsea boot, wool slipper, slide.
import { dark, light, linear, r1, random } from "./shared";
import type { Art, Palette } from "./shared";

const stitch = (d: string, color: string, opacity = 0.55) =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="5 4" opacity="${opacity}"/>`;

/** Upper shading: lit from above, darker towards the sole. */
const upperShade = (id: string, c: string, k = 1) =>
  linear(
    id,
    [
      [0, light(c, 0.16 * k)],
      [0.55, c],
      [1, dark(c, 0.18 * k)],
    ],
    0,
    0,
    0,
    1,
  );

/** Laces crossing an eyestay that runs from (x1,y1) to (x2,y2). */
function laces(x1: number, y1: number, x2: number, y2: number, n: number, color: string, eyelet: string): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    out += `<path d="M${r1(x - 18)},${r1(y - 8)} L${r1(x + 16)},${r1(y + 10)}" stroke="${color}" stroke-width="7" stroke-linecap="round"/>`;
    out += `<circle cx="${r1(x + 18)}" cy="${r1(y + 12)}" r="4" fill="${eyelet}"/>`;
  }
  return out;
}

type ShoeOptions = {
  sole: string;
  outsole: string;
  upper: string;
  trim: string;
  lift: number;
  tilt?: number;
  knit?: boolean;
};

function lowShoe(p: Palette, id: (n: string) => string, o: ShoeOptions) {
  const top = 560 - o.lift;
  const tilt = o.tilt ?? 0;
  const heel = top - 6 - Math.round(484 * Math.sin((tilt * Math.PI) / 180));
  const sole = `M168,${top} C154,${top + 24} 164,608 200,614 L622,618 C644,618 656,606 656,588 L654,${heel} C560,${heel + 4} 300,${top + 2} 168,${top} Z`;
  const upper =
    "M172,566 C168,536 184,516 222,506 C262,496 300,490 336,476 C372,462 404,440 430,420 C440,404 452,394 470,392 " +
    "C480,400 488,414 498,422 C522,438 560,438 590,426 C606,418 620,414 630,418 C648,440 656,490 654,566 Z";
  const knit = o.knit
    ? `<g clip-path="url(#${id("uclip")})" stroke="${dark(o.upper, 0.35)}" stroke-width="1.5" opacity="0.3">${Array.from({ length: 22 }, (_, i) => `<path d="M160,${380 + i * 8} H660"/>`).join("")}</g>`
    : "";
  const defs = [
    upperShade(id("upper"), o.upper),
    linear(
      id("sole"),
      [
        [0, light(o.sole, 0.25)],
        [1, dark(o.sole, 0.1)],
      ],
      0,
      0,
      0,
      1,
    ),
    `<clipPath id="${id("uclip")}"><path d="${upper}"/></clipPath>`,
    `<clipPath id="${id("sclip")}"><path d="${sole}"/></clipPath>`,
  ].join("");
  const svg = [
    `<g transform="translate(0 ${-o.lift}) rotate(${-tilt} 172 566)">`,
    `<path d="M468,396 C520,402 590,408 632,420 C620,414 606,418 590,426 C560,438 522,438 498,422 C488,414 480,402 468,396 Z" fill="${dark(o.upper, 0.5)}"/>`,
    `<path d="M448,404 C452,380 466,368 488,370 C494,380 492,394 488,402 Z" fill="${dark(o.upper, 0.06)}"/>`,
    `<path d="${upper}" fill="url(#${id("upper")})"/>`,
    knit,
    `<path d="M326,566 C350,520 410,466 486,420 L520,428 C470,470 440,520 430,566 Z" fill="${dark(o.upper, 0.07)}"/>`,
    stitch("M336,564 C360,522 416,470 490,426", dark(o.upper, 0.3)),
    `<path d="M172,566 C168,536 184,516 222,506 C246,500 264,502 274,514 C284,532 282,552 278,566 Z" fill="${light(o.upper, 0.08)}"/>`,
    stitch("M270,562 C276,540 274,522 262,512", dark(o.upper, 0.3)),
    `<path d="M610,418 C620,414 628,414 632,420 C646,440 652,470 654,500 L622,500 C622,470 618,440 610,418 Z" fill="${o.trim}"/>`,
    `<path d="M314,494 C360,476 410,446 444,414 L466,400 L482,418 C450,448 404,478 336,510 Z" fill="${dark(o.upper, 0.12)}"/>`,
    laces(326, 488, 460, 408, 5, p.second === o.upper ? light(o.upper, 0.5) : light(o.sole, 0.05), dark(o.upper, 0.35)),
    `</g>`,
    `<path d="${sole}" fill="url(#${id("sole")})"/>`,
    `<g clip-path="url(#${id("sclip")})"><rect x="150" y="604" width="520" height="20" fill="${o.outsole}"/></g>`,
    stitch(`M184,${top + 10} H646`, dark(o.sole, 0.35), 0.45),
  ].join("");
  return { defs, svg };
}

const sneaker: Art = (p, id) => {
  const s = lowShoe(p, id, { sole: light(p.main, 0.3), outsole: p.accent, upper: p.main, trim: p.second, lift: 0 });
  return { defs: s.defs, body: s.svg, shadow: 470 };
};

const runner: Art = (p, id) => {
  const s = lowShoe(p, id, {
    sole: p.second,
    outsole: dark(p.main, 0.3),
    upper: p.main,
    trim: p.accent,
    lift: 8,
    tilt: 3.5,
    knit: true,
  });
  const wave = `<path d="M180,574 C260,586 330,560 420,572 C500,582 560,546 652,548" fill="none" stroke="${p.accent}" stroke-width="6" opacity="0.9"/>`;
  return { defs: s.defs, body: s.svg + wave, shadow: 470 };
};

const hightop: Art = (p, id) => {
  const upper =
    "M172,560 C168,536 184,518 222,510 C266,500 304,492 336,478 C368,462 392,430 410,390 L444,262 C450,246 466,238 484,238 " +
    "C530,240 580,236 626,226 C638,300 650,430 652,560 Z";
  const defs = [
    upperShade(id("upper"), p.main),
    linear(
      id("rubber"),
      [
        [0, light(p.second, 0.2)],
        [1, dark(p.second, 0.1)],
      ],
      0,
      0,
      0,
      1,
    ),
    `<clipPath id="${id("clip")}"><path d="${upper}"/></clipPath>`,
  ].join("");
  const svg = [
    `<path d="M452,250 C480,224 560,222 626,228 L600,262 Z" fill="${dark(p.main, 0.5)}"/>`,
    `<path d="M430,276 C434,240 456,218 486,222 L474,272 Z" fill="${dark(p.main, 0.05)}"/>`,
    `<path d="${upper}" fill="url(#${id("upper")})"/>`,
    `<g clip-path="url(#${id("clip")})" stroke="${dark(p.main, 0.3)}" stroke-width="1.4" opacity="0.22">${Array.from({ length: 50 }, (_, i) => `<path d="M${170 + i * 10},220 V570"/>`).join("")}</g>`,
    stitch("M300,556 C350,490 410,400 458,250", dark(p.main, 0.35)),
    stitch("M620,236 C632,300 642,420 646,556", dark(p.main, 0.35)),
    `<path d="M344,486 C376,460 402,420 418,380 L450,262 L478,264 L446,390 C430,430 404,466 370,494 Z" fill="${dark(p.main, 0.12)}"/>`,
    laces(356, 470, 466, 270, 7, p.second, light(p.second, 0.6)),
    `<circle cx="566" cy="330" r="26" fill="${p.second}"/><circle cx="566" cy="330" r="18" fill="none" stroke="${p.accent}" stroke-width="3"/>`,
    `<path d="M168,548 C152,570 162,604 200,614 H630 C648,614 656,602 656,584 V540 C500,546 300,548 168,548 Z" fill="url(#${id("rubber")})"/>`,
    `<path d="M170,550 C152,562 152,590 172,602 C196,566 226,552 268,546 Z" fill="${light(p.second, 0.12)}"/>`,
    `<path d="M164,574 C200,572 400,568 656,568" fill="none" stroke="${p.accent}" stroke-width="5"/>`,
    `<rect x="190" y="606" width="462" height="10" rx="4" fill="${dark(p.second, 0.25)}"/>`,
  ].join("");
  return { defs, body: svg, shadow: 470 };
};

const boot: Art = (p, id) => {
  const upper =
    "M170,596 C156,560 186,532 240,524 C300,516 352,500 392,474 C414,456 424,420 424,380 L428,258 C428,248 436,242 446,242 " +
    "L592,236 C602,236 608,242 608,252 C612,330 612,400 618,450 C624,500 650,540 648,598 Z";
  const defs = [
    linear(
      id("leather"),
      [
        [0, light(p.main, 0.16)],
        [0.5, p.main],
        [1, dark(p.main, 0.3)],
      ],
      0,
      0,
      1,
      1,
    ),
    linear(
      id("gusset"),
      [
        [0, light(p.second, 0.1)],
        [1, dark(p.second, 0.3)],
      ],
      0,
      0,
      0,
      1,
    ),
    `<radialGradient id="${id("shine")}"><stop offset="0" stop-color="#fff" stop-opacity="0.5"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>`,
  ].join("");
  const ribs = Array.from({ length: 8 }, (_, i) => `<path d="M${478 + i * 10},244 L${506 + i * 2},400"/>`).join("");
  const svg = [
    `<path d="M584,240 C582,196 626,192 622,238" fill="none" stroke="${dark(p.main, 0.2)}" stroke-width="14"/>`,
    `<path d="${upper}" fill="url(#${id("leather")})"/>`,
    `<path d="M470,244 C482,320 496,376 514,420 C530,376 546,320 560,240 Z" fill="url(#${id("gusset")})"/>`,
    `<g stroke="${light(p.second, 0.25)}" stroke-width="2" opacity="0.45">${ribs}</g>`,
    stitch("M462,246 C476,324 492,382 514,430 C536,382 554,324 568,240", light(p.main, 0.35), 0.6),
    stitch("M436,254 L586,248", light(p.main, 0.3), 0.5),
    `<ellipse cx="246" cy="540" rx="72" ry="14" transform="rotate(-8 246 540)" fill="url(#${id("shine")})"/>`,
    `<path d="M440,270 V440" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity="0.1"/>`,
    `<path d="M600,420 C610,480 630,530 636,586" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity="0.1" fill="none"/>`,
    stitch("M178,584 C172,556 198,538 252,530 C310,522 356,504 398,478", light(p.main, 0.3), 0.45),
    `<path d="M162,590 H652 V606 H166 C158,606 156,590 162,590 Z" fill="${p.accent}"/>`,
    stitch("M176,598 H642", light(p.accent, 0.35), 0.7),
    `<path d="M524,604 H652 V620 H530 Z" fill="${dark(p.accent, 0.1)}"/>`,
    `<path d="M170,604 H380 V612 C300,615 200,614 170,604 Z" fill="${dark(p.accent, 0.1)}"/>`,
  ].join("");
  return { defs, body: svg, shadow: 470 };
};

const slipper: Art = (p, id) => {
  const upper =
    "M172,600 C160,560 186,520 240,505 C300,490 360,470 410,440 C440,420 470,410 500,410 C560,410 610,420 630,450 C648,490 650,560 646,600 Z";
  const rnd = random(`${p.main}wool`);
  let fuzz = "";
  for (let i = 0; i <= 26; i++) {
    const t = i / 26;
    const x = 404 + t * 240;
    const y = 444 - Math.sin(t * Math.PI * 0.9) * 34 + t * 20;
    fuzz += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(12 + rnd() * 5)}"/>`;
  }
  let felt = "";
  for (let i = 0; i < 260; i++) felt += `<circle cx="${r1(170 + rnd() * 480)}" cy="${r1(410 + rnd() * 195)}" r="1.3"/>`;
  const defs = [
    upperShade(id("upper"), p.main, 1.4),
    `<clipPath id="${id("clip")}"><path d="${upper}"/></clipPath>`,
  ].join("");
  const svg = [
    `<path d="${upper}" fill="url(#${id("upper")})"/>`,
    `<g clip-path="url(#${id("clip")})" fill="${light(p.main, 0.35)}" opacity="0.5">${felt}</g>`,
    stitch("M220,560 C230,520 300,500 360,490 C390,486 410,470 420,452", dark(p.main, 0.35), 0.7),
    `<g fill="${dark(p.second, 0.25)}" transform="translate(0 6)">${fuzz}</g>`,
    `<g fill="${p.second}">${fuzz}</g>`,
    `<path d="M166,596 C166,612 178,618 198,618 H622 C640,618 650,610 648,596 Z" fill="${p.accent}"/>`,
  ].join("");
  return { defs, body: svg, shadow: 470 };
};

/** One slide seen from above and in front, toe away from the camera. */
function slideOne(p: Palette, id: (n: string) => string, cx: number, cy: number, angle: number): string {
  const bed =
    "M0,-200 C60,-200 80,-150 78,-100 C76,-20 60,60 62,140 C64,185 35,205 0,205 C-35,205 -64,185 -62,140 C-60,60 -76,-20 -78,-100 C-80,-150 -60,-200 0,-200 Z";
  const flat = (dy: number, fill: string, s = 1) =>
    `<path d="${bed}" transform="translate(0 ${dy}) scale(${0.92 * s} ${0.72 * s})" fill="${fill}"/>`;
  return [
    `<g transform="translate(${cx} ${cy}) rotate(${angle})">`,
    flat(24, p.accent),
    flat(14, `url(#${id("corkside")})`),
    flat(6, dark(p.second, 0.1)),
    flat(0, light(p.second, 0.2)),
    flat(2, `url(#${id("bed")})`, 0.9),
    `<path d="M-78,-30 C-78,-72 78,-72 78,-30 V-16 C78,-58 -78,-58 -78,-16 Z" fill="${dark(p.main, 0.45)}"/>`,
    `<path d="M-78,-30 C-78,-72 78,-72 78,-30 L76,-96 C76,-136 -76,-136 -76,-96 Z" fill="url(#${id("strap")})"/>`,
    stitch("M-70,-38 C-70,-74 70,-74 70,-38 M-68,-92 C-68,-126 68,-126 68,-92", light(p.main, 0.4), 0.7),
    `<path d="M48,-100 C56,-84 60,-66 62,-46" stroke="#fff" stroke-width="5" stroke-linecap="round" opacity="0.2" fill="none"/>`,
    `</g>`,
  ].join("");
}

const slide: Art = (p, id) => {
  const defs = [
    linear(
      id("corkside"),
      [
        [0, dark(p.second, 0.05)],
        [1, dark(p.second, 0.3)],
      ],
      0,
      0,
      0,
      1,
    ),
    `<radialGradient id="${id("bed")}" cx="0.5" cy="0.6" r="0.6"><stop offset="0" stop-color="${light(p.second, 0.45)}"/><stop offset="1" stop-color="${light(p.second, 0.2)}"/></radialGradient>`,
    linear(
      id("strap"),
      [
        [0, light(p.main, 0.22)],
        [0.6, p.main],
        [1, dark(p.main, 0.25)],
      ],
      0,
      0,
      0,
      1,
    ),
  ].join("");
  return { defs, body: slideOne(p, id, 482, 420, 9) + slideOne(p, id, 318, 448, -7), shadow: 0, cast: "drop" };
};

export const footwearArt: Record<string, Art> = { sneaker, runner, hightop, boot, slipper, slide };
