// The seed catalog: pure data, shared by prisma/seed.ts, the tests and
// scripts/generate-product-images.ts (which draws each product's `art` in its `palette` and
// writes the files listed in `images`). After changing a product here, re-run
//   npx tsx scripts/generate-product-images.ts

export type SeedCategory = { slug: string; name: string; description: string; sortOrder: number };

/** `file` is a path under public/, e.g. "images/products/stoneware-mug-1.webp". */
export type SeedImage = { file: string; alt: string; width: number; height: number };

export type SeedProduct = {
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  currency: "USD";
  stock: number;
  categorySlug: string;
  featured: boolean;
  /** Which drawing scripts/product-art renders, e.g. "mug". */
  art: string;
  /** Colours used by the art, in order: [main, second, accent, backdrop]. */
  palette: string[];
  images: SeedImage[];
};

export const seedCategories: SeedCategory[] = [
  {
    slug: "kitchen",
    name: "Kitchen",
    description: "Stoneware, enamel and glass for slow mornings and long dinners.",
    sortOrder: 1,
  },
  {
    slug: "bags",
    name: "Bags",
    description: "Backpacks, totes and travel bags built for the daily commute and the long weekend.",
    sortOrder: 2,
  },
  {
    slug: "footwear",
    name: "Footwear",
    description: "Sneakers, boots and slippers in honest materials, made to be worn in.",
    sortOrder: 3,
  },
  {
    slug: "lighting",
    name: "Lighting",
    description: "Desk, table, pendant and floor lamps, plus candles for the softer hours.",
    sortOrder: 4,
  },
  {
    slug: "audio",
    name: "Audio",
    description: "Headphones, speakers and turntables that sound as good as they look.",
    sortOrder: 5,
  },
  {
    slug: "desk",
    name: "Desk & Stationery",
    description: "Notebooks, pens and small objects that make a desk a nicer place to be.",
    sortOrder: 6,
  },
];

// Every product has two images: a front view on a white studio sweep, and the other side on a
// coloured backdrop. Both are 800x800 WebP written by the generator.
function images(slug: string, front: string, back: string): SeedImage[] {
  return [
    { file: `images/products/${slug}-1.webp`, alt: front, width: 800, height: 800 },
    { file: `images/products/${slug}-2.webp`, alt: back, width: 800, height: 800 },
  ];
}

type Entry = Omit<SeedProduct, "currency" | "images"> & { alt: [front: string, back: string] };

const entries: Entry[] = [
  // ------------------------------------------------------------------ kitchen
  {
    slug: "speckled-stoneware-mug",
    name: "Speckled Stoneware Mug",
    description:
      "A generous 350 ml mug thrown in speckled stoneware, with an oatmeal glaze outside and a deep slate glaze inside. The raw clay foot is left unglazed so it sits warm in the hand. Dishwasher and microwave safe.",
    priceCents: 2400,
    stock: 48,
    categorySlug: "kitchen",
    featured: true,
    art: "mug",
    palette: ["#e6ded1", "#3c4b5c", "#b67a52", "#d8cdbf"],
    alt: [
      "Speckled oatmeal stoneware mug with a raw clay foot",
      "Stoneware mug turned to show its handle, on a sand-coloured backdrop",
    ],
  },
  {
    slug: "espresso-cup-and-saucer",
    name: "Espresso Cup & Saucer",
    description:
      "A small 90 ml cup with a thick wall that holds the heat of a proper espresso. Glazed in terracotta with a cream interior so the crema shows. Sold as a single cup and saucer.",
    priceCents: 1800,
    stock: 3,
    categorySlug: "kitchen",
    featured: false,
    art: "cup",
    palette: ["#c76b4b", "#f3ece2", "#8a4a33", "#f0d5c8"],
    alt: [
      "Terracotta espresso cup on a matching saucer",
      "Terracotta espresso cup and saucer from the handle side on a blush backdrop",
    ],
  },
  {
    slug: "insulated-water-bottle",
    name: "Insulated Water Bottle 750 ml",
    description:
      "Double-walled stainless steel keeps water cold for 24 hours and coffee hot for 12. The powder-coated finish won't slip in a wet hand, and the leak-proof cap has a loop for carrying. Fits most car cup holders.",
    priceCents: 3400,
    stock: 120,
    categorySlug: "kitchen",
    featured: true,
    art: "bottle",
    palette: ["#8daa8a", "#2d3436", "#e9e4da", "#d9e5d6"],
    alt: [
      "Sage green insulated water bottle with a black carry-loop cap",
      "Sage water bottle casting a long shadow on a pale green backdrop",
    ],
  },
  {
    slug: "glazed-serving-bowl",
    name: "Glazed Serving Bowl",
    description:
      "A wide, shallow bowl for salads, pasta and everything in between. The deep teal reactive glaze pools differently on every piece, so no two bowls are quite alike. 28 cm across.",
    priceCents: 4600,
    stock: 22,
    categorySlug: "kitchen",
    featured: false,
    art: "bowl",
    palette: ["#2f6066", "#dce6df", "#c9a66b", "#d3e2de"],
    alt: [
      "Wide deep-teal serving bowl with a pale glazed interior",
      "Teal serving bowl in window light on a mint backdrop",
    ],
  },
  {
    slug: "nesting-prep-bowls",
    name: "Nesting Prep Bowls, Set of 2",
    description:
      "Two porcelain bowls in blush and cream that stack neatly inside each other. Just the right sizes for whisking eggs, tossing a dressing or serving snacks.",
    priceCents: 3800,
    stock: 0,
    categorySlug: "kitchen",
    featured: false,
    art: "bowls",
    palette: ["#eeaf9b", "#f4e6cf", "#7a9e9f", "#f3ddd3"],
    alt: ["Two porcelain prep bowls in blush and cream", "Blush and cream prep bowls side by side on a pink backdrop"],
  },
  {
    slug: "enamel-stovetop-kettle",
    name: "Enamel Stovetop Kettle",
    description:
      "A 1.8 litre kettle in glossy red enamel over carbon steel, with a heat-resistant black handle. Works on gas, electric and induction hobs, and whistles softly when the water's ready.",
    priceCents: 6800,
    stock: 14,
    categorySlug: "kitchen",
    featured: false,
    art: "kettle",
    palette: ["#c8463d", "#2b2b2d", "#e8e2d8", "#f0d6d0"],
    alt: [
      "Glossy red enamel stovetop kettle with a black handle",
      "Red enamel kettle from the spout side on a rose backdrop",
    ],
  },
  {
    slug: "glass-french-press",
    name: "Glass French Press",
    description:
      "Borosilicate glass in a copper-finished steel frame, with a fine double mesh filter for a clean, full-bodied cup. Brews eight cups; the carafe lifts out for washing.",
    priceCents: 4200,
    stock: 31,
    categorySlug: "kitchen",
    featured: false,
    art: "frenchpress",
    palette: ["#b8753a", "#3d2417", "#f4ede3", "#e9d9c8"],
    alt: [
      "Glass French press with a copper frame, filled with coffee",
      "Copper French press from the handle side on a latte-coloured backdrop",
    ],
  },
  // ------------------------------------------------------------------ bags
  {
    slug: "everyday-backpack-20l",
    name: "Everyday Backpack 20L",
    description:
      'Water-resistant recycled nylon, a padded sleeve for a 15" laptop and a zipped front pocket for the things you reach for most. Leather-trimmed, light enough for every day, tough enough for years of them.',
    priceCents: 8900,
    stock: 36,
    categorySlug: "bags",
    featured: true,
    art: "backpack",
    palette: ["#2e3f5c", "#1d2738", "#c8955a", "#d5dce8"],
    alt: [
      "Navy 20 litre backpack with a front pocket and tan leather trim",
      "Navy backpack on a powder-blue backdrop in window light",
    ],
  },
  {
    slug: "roll-top-commuter-pack",
    name: "Roll-Top Commuter Pack",
    description:
      "A weatherproof roll-top that grows from 18 to 24 litres when the shopping comes home with you. Welded seams, a quick-release buckle and a side-access zip to the laptop compartment.",
    priceCents: 11900,
    stock: 9,
    categorySlug: "bags",
    featured: false,
    art: "rolltop",
    palette: ["#5f6b47", "#2e3326", "#d9a441", "#dfe2d1"],
    alt: [
      "Olive roll-top backpack with a mustard buckle strap",
      "Olive roll-top backpack from the side on a pale olive backdrop",
    ],
  },
  {
    slug: "waxed-canvas-tote",
    name: "Waxed Canvas Tote",
    description:
      "Heavyweight waxed cotton canvas that shrugs off rain and softens with age. Long leather handles sit comfortably on the shoulder, and an inside pocket keeps keys from sinking to the bottom.",
    priceCents: 6400,
    stock: 27,
    categorySlug: "bags",
    featured: false,
    art: "tote",
    palette: ["#b98a56", "#5a3d2a", "#e9dcc6", "#ede0cd"],
    alt: ["Tan waxed canvas tote bag with dark leather handles", "Tan canvas tote bag on a warm beige backdrop"],
  },
  {
    slug: "weekender-duffel",
    name: "Weekender Duffel",
    description:
      "Sized for two or three nights away and small enough for most overhead bins. Charcoal canvas with leather handles and end panels, a brass two-way zip and a detachable shoulder strap.",
    priceCents: 14900,
    stock: 4,
    categorySlug: "bags",
    featured: false,
    art: "duffel",
    palette: ["#41474c", "#8a5a3b", "#c9a66b", "#dbdbd6"],
    alt: [
      "Charcoal canvas weekender duffel with brown leather handles",
      "Charcoal duffel bag from the other end on a grey backdrop",
    ],
  },
  {
    slug: "leather-crossbody-bag",
    name: "Leather Crossbody Bag",
    description:
      "A compact bag in vegetable-tanned cognac leather with a brass press-stud flap. Big enough for a phone, a wallet and a paperback, with an adjustable strap that sits across the body.",
    priceCents: 9800,
    stock: 18,
    categorySlug: "bags",
    featured: false,
    art: "crossbody",
    palette: ["#a3552e", "#6b3416", "#d4af37", "#efdacb"],
    alt: ["Cognac leather crossbody bag with a brass clasp", "Cognac crossbody bag and strap on a peach backdrop"],
  },
  {
    slug: "felt-laptop-sleeve",
    name: 'Felt Laptop Sleeve 14"',
    description:
      "Thick pressed wool felt cushions a 13 or 14 inch laptop, with a zip that runs around two sides so it opens wide. A leather pull and a slim front pocket for the charger.",
    priceCents: 4900,
    stock: 55,
    categorySlug: "bags",
    featured: false,
    art: "sleeve",
    palette: ["#8e9197", "#c08a5b", "#2d2d2d", "#e2e3e6"],
    alt: [
      "Grey wool felt laptop sleeve with a tan leather zip pull",
      "Grey felt laptop sleeve standing upright on a pale grey backdrop",
    ],
  },
  {
    slug: "packable-daypack",
    name: "Packable Daypack",
    description:
      "Folds into its own front pocket and weighs next to nothing, then opens into a 16 litre pack for a day in the city or on the trail. Ripstop nylon in a cheerful coral.",
    priceCents: 3900,
    stock: 0,
    categorySlug: "bags",
    featured: false,
    art: "backpack",
    palette: ["#e5654f", "#3a3a3c", "#f2cf5b", "#f6d9d0"],
    alt: ["Coral packable daypack with dark grey straps", "Coral daypack on a blush backdrop in window light"],
  },
  // ------------------------------------------------------------------ footwear
  {
    slug: "classic-court-sneaker",
    name: "Classic Court Sneaker",
    description:
      "A clean, low-profile court shoe in full-grain white leather with a forest green heel tab. Cushioned cork footbed, natural rubber cupsole, and it goes with everything.",
    priceCents: 11000,
    stock: 64,
    categorySlug: "footwear",
    featured: true,
    art: "sneaker",
    palette: ["#f3f1ec", "#1f6f5c", "#d6bf9f", "#dbe7e1"],
    alt: [
      "White leather court sneaker with a green heel tab and gum sole",
      "White court sneaker from the inside on a pale green backdrop",
    ],
  },
  {
    slug: "everyday-runner",
    name: "Everyday Runner",
    description:
      "A breathable knit upper on a springy foam midsole, built for easy miles and long days on your feet. Reflective details for evening runs.",
    priceCents: 12900,
    stock: 40,
    categorySlug: "footwear",
    featured: false,
    art: "runner",
    palette: ["#3b5b92", "#f1f1ee", "#f26b4f", "#d6deed"],
    alt: [
      "Blue knit running shoe with a white foam sole and coral accents",
      "Blue running shoe from the inside on a periwinkle backdrop",
    ],
  },
  {
    slug: "canvas-high-top",
    name: "Canvas High-Top",
    description:
      "The high-top you already know, in heavy cotton canvas with a vulcanised rubber sole and a toe cap that stands up to scuffs. Brick red, with cream laces.",
    priceCents: 6500,
    stock: 2,
    categorySlug: "footwear",
    featured: false,
    art: "hightop",
    palette: ["#b33b3a", "#f4efe4", "#1f1f1f", "#efd5d1"],
    alt: [
      "Brick red canvas high-top sneaker with a cream rubber sole",
      "Red canvas high-top from the inside on a pink backdrop",
    ],
  },
  {
    slug: "leather-chelsea-boot",
    name: "Leather Chelsea Boot",
    description:
      "Goodyear-welted Chelsea boots in chocolate brown calf leather, with elastic side panels and a pull tab at the heel. Resoleable, so they'll see you through a decade of winters.",
    priceCents: 18900,
    stock: 12,
    categorySlug: "footwear",
    featured: true,
    art: "boot",
    palette: ["#5b3a29", "#2a2a2a", "#1c1511", "#e8ddd2"],
    alt: [
      "Chocolate brown leather Chelsea boot with a black elastic panel",
      "Brown Chelsea boot from the inside on a stone backdrop",
    ],
  },
  {
    slug: "merino-wool-slipper",
    name: "Merino Wool Slipper",
    description:
      "Boiled merino wool outside, soft shearling inside and a thin rubber sole so you can step out for the post. Naturally temperature-regulating, so they're warm in winter and never sweaty.",
    priceCents: 7900,
    stock: 0,
    categorySlug: "footwear",
    featured: false,
    art: "slipper",
    palette: ["#9b8f85", "#f3eee5", "#4a4039", "#eae4dd"],
    alt: [
      "Heather grey merino wool slipper with a cream shearling lining",
      "Grey wool slipper from the inside on an oatmeal backdrop",
    ],
  },
  {
    slug: "trail-runner",
    name: "Trail Runner",
    description:
      "Aggressive lugs, a rock plate and a water-repellent upper for muddy paths and rocky descents. The dark olive upper hides the dirt; the orange tells your friends where you are.",
    priceCents: 14500,
    stock: 21,
    categorySlug: "footwear",
    featured: false,
    art: "runner",
    palette: ["#34402f", "#d8d3c4", "#e07a2f", "#e2e0d3"],
    alt: ["Dark olive trail running shoe with orange accents", "Olive trail runner from the inside on a sage backdrop"],
  },
  {
    slug: "cork-footbed-slide",
    name: "Cork Footbed Slide",
    description:
      "A contoured cork and latex footbed that moulds to your foot, under a single wide strap of oiled leather. Slip on, head out.",
    priceCents: 5500,
    stock: 33,
    categorySlug: "footwear",
    featured: false,
    art: "slide",
    palette: ["#3a3f44", "#c49a6c", "#2b2b2b", "#ebe1d3"],
    alt: [
      "Slide sandal with a charcoal leather strap and cork footbed",
      "Cork footbed slide from the inside on a sand backdrop",
    ],
  },
  // ------------------------------------------------------------------ lighting
  {
    slug: "architect-desk-lamp",
    name: "Architect Desk Lamp",
    description:
      "A balanced-arm lamp that stays exactly where you point it. Mustard powder-coated steel with brass joints and a warm dimmable LED that's easy on the eyes late at night.",
    priceCents: 8900,
    stock: 25,
    categorySlug: "lighting",
    featured: false,
    art: "desklamp",
    palette: ["#d99a2b", "#2b2d30", "#fff1c2", "#e6e1d6"],
    alt: [
      "Mustard yellow architect desk lamp with a black arm",
      "Mustard desk lamp facing the other way on a warm grey backdrop",
    ],
  },
  {
    slug: "dome-pendant-light",
    name: "Dome Pendant Light",
    description:
      "A spun-aluminium dome in deep forest green with a brass canopy and a white inner reflector that throws a warm pool of light over a dining table. 40 cm across; fabric cord length adjustable.",
    priceCents: 12900,
    stock: 15,
    categorySlug: "lighting",
    featured: false,
    art: "pendant",
    palette: ["#1f4d45", "#c9a227", "#ffe7ad", "#dbe5e1"],
    alt: ["Forest green dome pendant light glowing warmly", "Green dome pendant light on a pale green backdrop"],
  },
  {
    slug: "opal-globe-pendant",
    name: "Opal Globe Pendant",
    description:
      "A mouth-blown opal glass globe that glows evenly from every angle, hung from a brushed brass cap. Lovely on its own or in a cluster of three.",
    priceCents: 9900,
    stock: 3,
    categorySlug: "lighting",
    featured: false,
    art: "globe",
    palette: ["#f7f3ec", "#b08d57", "#ffe3a3", "#e8e1d5"],
    alt: ["Opal glass globe pendant light with a brass cap", "Glowing opal globe pendant on a warm stone backdrop"],
  },
  {
    slug: "mushroom-table-lamp",
    name: "Mushroom Table Lamp",
    description:
      "A glossy glazed ceramic lamp with a domed shade that casts soft, diffused light downward. Terracotta orange, with a three-step touch dimmer in the base.",
    priceCents: 14900,
    stock: 8,
    categorySlug: "lighting",
    featured: true,
    art: "tablelamp",
    palette: ["#df7a52", "#f6e0c6", "#ffd99a", "#f3d9cc"],
    alt: [
      "Glossy terracotta mushroom table lamp, switched on",
      "Terracotta mushroom lamp on a peach backdrop in window light",
    ],
  },
  {
    slug: "cedar-and-fig-soy-candle",
    name: "Cedar & Fig Soy Candle",
    description:
      "Hand-poured soy wax scented with cedarwood, green fig and a little black pepper, in a reusable amber glass tumbler. A cotton wick gives around 50 hours of clean burn.",
    priceCents: 2800,
    stock: 80,
    categorySlug: "lighting",
    featured: false,
    art: "candle",
    palette: ["#8a4b1d", "#f3ebdd", "#ffb547", "#eee0cd"],
    alt: ["Lit soy candle in an amber glass tumbler", "Amber glass candle glowing on a cream backdrop"],
  },
  {
    slug: "rechargeable-table-lantern",
    name: "Rechargeable Table Lantern",
    description:
      "A cordless lantern that charges over USB-C and runs for up to 20 hours on a single charge. Frosted glass, a sage aluminium body and a leather carry loop, for the table, the balcony or the tent.",
    priceCents: 6900,
    stock: 19,
    categorySlug: "lighting",
    featured: false,
    art: "lantern",
    palette: ["#7f9a82", "#7a4b2c", "#ffe3a8", "#dfe6dd"],
    alt: [
      "Sage cordless table lantern with frosted glass and a leather loop",
      "Sage lantern glowing on a pale green backdrop",
    ],
  },
  {
    slug: "oak-tripod-floor-lamp",
    name: "Oak Tripod Floor Lamp",
    description:
      "Three solid oak legs and a linen drum shade that softens the light into a warm, even glow. 155 cm tall, with a foot switch on the cord.",
    priceCents: 19900,
    stock: 6,
    categorySlug: "lighting",
    featured: false,
    art: "floorlamp",
    palette: ["#ebe2d2", "#b8875a", "#ffe8b8", "#e2dbcf"],
    alt: [
      "Tripod floor lamp with oak legs and a linen drum shade",
      "Oak tripod floor lamp on a greige backdrop in window light",
    ],
  },
  // ------------------------------------------------------------------ audio
  {
    slug: "over-ear-wireless-headphones",
    name: "Over-Ear Wireless Headphones",
    description:
      "Adaptive noise cancelling, 40 hours of battery and memory-foam ear cushions wrapped in soft protein leather. Sand coloured, with brushed gold sliders and a fold-flat design for travel.",
    priceCents: 24900,
    stock: 30,
    categorySlug: "audio",
    featured: true,
    art: "headphones",
    palette: ["#d9d2c6", "#8b7d6b", "#c0a062", "#e6e0d6"],
    alt: [
      "Sand coloured over-ear wireless headphones with gold sliders",
      "Sand headphones on a warm beige backdrop in window light",
    ],
  },
  {
    slug: "studio-monitor-headphones",
    name: "Studio Monitor Headphones",
    description:
      "Closed-back headphones tuned flat for mixing and critical listening, with 50 mm drivers and a detachable coiled cable. Built like a tank, comfortable for a full session.",
    priceCents: 15900,
    stock: 4,
    categorySlug: "audio",
    featured: false,
    art: "headphones",
    palette: ["#232327", "#3a3a40", "#c4473a", "#d9dade"],
    alt: ["Black studio monitor headphones with red accents", "Black studio headphones on a cool grey backdrop"],
  },
  {
    slug: "true-wireless-earbuds",
    name: "True Wireless Earbuds",
    description:
      "Tiny earbuds with big, balanced sound, six hours of play and three more charges in the pocket-sized case. Sweat-resistant, with touch controls and a snug fit.",
    priceCents: 12900,
    stock: 58,
    categorySlug: "audio",
    featured: false,
    art: "earbuds",
    palette: ["#f4f4f2", "#9aa5b1", "#4fcf86", "#d9e3ee"],
    alt: ["White wireless earbuds in front of their charging case", "White earbuds and case on a pale blue backdrop"],
  },
  {
    slug: "bookshelf-speaker-pair",
    name: "Bookshelf Speakers, Pair",
    description:
      'Walnut veneered cabinets with a 5" woven woofer and a silk dome tweeter. Warm, detailed and room-filling, with Bluetooth, optical and phono inputs built in. Price is for the pair.',
    priceCents: 34900,
    stock: 7,
    categorySlug: "audio",
    featured: false,
    art: "speaker",
    palette: ["#6e4a2f", "#2a2a2c", "#b7b7b7", "#e5dcd0"],
    alt: ["Walnut bookshelf speaker with a black front baffle", "Walnut bookshelf speaker on a warm stone backdrop"],
  },
  {
    slug: "portable-bluetooth-speaker",
    name: "Portable Bluetooth Speaker",
    description:
      "A waterproof, pill-shaped speaker that fits in a bike bottle cage and plays for 16 hours. Fabric-wrapped in teal, with a carry strap and a built-in microphone for calls.",
    priceCents: 8900,
    stock: 44,
    categorySlug: "audio",
    featured: false,
    art: "portablespeaker",
    palette: ["#2a9d8f", "#214653", "#e9c46a", "#d2e9e5"],
    alt: ["Teal fabric-wrapped portable Bluetooth speaker", "Teal portable speaker on a pale aqua backdrop"],
  },
  {
    slug: "belt-drive-turntable",
    name: "Belt-Drive Turntable",
    description:
      "A solid walnut plinth, a belt-driven aluminium platter and a pre-mounted cartridge, so you can start spinning records straight out of the box. Built-in switchable preamp.",
    priceCents: 29900,
    stock: 0,
    categorySlug: "audio",
    featured: false,
    art: "turntable",
    palette: ["#7a5234", "#1b1b1d", "#d94f3d", "#ebe1d5"],
    alt: ["Walnut turntable playing a record with a red label", "Walnut turntable on a cream backdrop in window light"],
  },
  {
    slug: "retro-tabletop-radio",
    name: "Retro Tabletop Radio",
    description:
      "DAB+ and FM radio in a rounded mint cabinet, with a big tuning dial and a carry handle. Rich mono sound, and a headphone socket for late-night listening.",
    priceCents: 7900,
    stock: 16,
    categorySlug: "audio",
    featured: false,
    art: "radio",
    palette: ["#8fb9a8", "#f1ebe0", "#b08d57", "#dfebe5"],
    alt: ["Mint green retro tabletop radio with a brass tuning dial", "Mint retro radio on a pale green backdrop"],
  },
  // ------------------------------------------------------------------ desk
  {
    slug: "dot-grid-notebook-a5",
    name: "Dot Grid Notebook A5",
    description:
      "192 pages of smooth, fountain-pen-friendly 100 gsm paper with a subtle dot grid, bound in a slate hardcover that lies flat. Numbered pages, an elastic closure and a ribbon marker.",
    priceCents: 1900,
    stock: 150,
    categorySlug: "desk",
    featured: true,
    art: "notebook",
    palette: ["#2f4858", "#f5efe3", "#e07a5f", "#dae1e5"],
    alt: [
      "Slate blue A5 hardcover notebook with a coral elastic band",
      "Slate notebook standing on a pale blue backdrop",
    ],
  },
  {
    slug: "linen-hardcover-journal",
    name: "Linen Hardcover Journal",
    description:
      "A lined journal bound in terracotta book linen, with cream pages that take ink beautifully. Made for daily pages, travel notes and lists of all kinds.",
    priceCents: 2600,
    stock: 42,
    categorySlug: "desk",
    featured: false,
    art: "notebook",
    palette: ["#c46b3f", "#f4eee2", "#2f2f2f", "#f0dccf"],
    alt: [
      "Terracotta linen hardcover journal with a black elastic band",
      "Terracotta journal standing on a peach backdrop",
    ],
  },
  {
    slug: "spiral-sketchbook",
    name: "Spiral Sketchbook",
    description:
      "A landscape sketchbook with 60 sheets of heavy 160 gsm drawing paper and a wire binding that folds back flat. Stiff black covers protect your work in a bag.",
    priceCents: 2200,
    stock: 1,
    categorySlug: "desk",
    featured: false,
    art: "sketchbook",
    palette: ["#2b2b2e", "#f5f0e6", "#b9bcc0", "#e4e4e1"],
    alt: ["Black spiral-bound landscape sketchbook", "Black spiral sketchbook on a light grey backdrop"],
  },
  {
    slug: "brass-fountain-pen",
    name: "Brass Fountain Pen",
    description:
      "Machined from solid brass that slowly develops a warm patina, with a steel medium nib and a screw cap. Takes standard international cartridges or a converter.",
    priceCents: 5800,
    stock: 13,
    categorySlug: "desk",
    featured: false,
    art: "pen",
    palette: ["#c9a227", "#2b2b2b", "#e6d08a", "#eee6d5"],
    alt: ["Solid brass fountain pen with a steel nib", "Brass fountain pen casting a shadow on a cream backdrop"],
  },
  {
    slug: "aluminium-mechanical-pencil",
    name: "Aluminium Mechanical Pencil",
    description:
      "A balanced 0.5 mm drafting pencil with an anodised aluminium body and a knurled grip. The retractable tip keeps it safe in a pocket.",
    priceCents: 2400,
    stock: 2,
    categorySlug: "desk",
    featured: false,
    art: "pencil",
    palette: ["#557a99", "#c3c8cd", "#2b2b2b", "#dbe3ea"],
    alt: [
      "Steel blue aluminium mechanical pencil with a knurled grip",
      "Blue mechanical pencil casting a shadow on a pale blue backdrop",
    ],
  },
  {
    slug: "ceramic-desk-planter",
    name: "Ceramic Desk Planter",
    description:
      "A matte white ceramic pot with a drainage hole and a terracotta saucer, just the right size for a snake plant on a sunny desk. Plant not included.",
    priceCents: 3200,
    stock: 37,
    categorySlug: "desk",
    featured: false,
    art: "plantpot",
    palette: ["#f0ebe3", "#c67b5c", "#5d8a55", "#e2eadb"],
    alt: ["White ceramic desk planter with a snake plant", "White planter with a snake plant on a sage backdrop"],
  },
  {
    slug: "oak-desk-clock",
    name: "Oak Desk Clock",
    description:
      "A solid oak desk clock with a clean ivory dial and a silent sweep movement, so there's no ticking while you work. Runs for a year on one AA battery.",
    priceCents: 5400,
    stock: 20,
    categorySlug: "desk",
    featured: false,
    art: "clock",
    palette: ["#b8875a", "#f7f3ec", "#2b2b2b", "#ebe2d4"],
    alt: ["Round oak desk clock with an ivory dial", "Oak desk clock on a warm cream backdrop"],
  },
];

export const seedProducts: SeedProduct[] = entries.map(({ alt, ...product }) => ({
  ...product,
  currency: "USD",
  images: images(product.slug, alt[0], alt[1]),
}));
