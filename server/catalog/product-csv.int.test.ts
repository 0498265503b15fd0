import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { APP_ORIGIN, browserPost } from "../../tests/support/http";
import { GET as exportCsv } from "../../app/api/admin/products/export/route";
import { POST as importCsv } from "../../app/api/admin/products/import/route";

let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeEach(async () => {
  await createCategory(db, { slug: "lighting", name: "Lighting" });
  await createCategory(db, { slug: "kitchen", name: "Kitchen" });
  admin = await signedInCaller(db, { role: "ADMIN" });
});

const HEADER = "slug,name,description,price,stock,category,active,featured";
const post = (cookie: string, csv: string) =>
  importCsv(browserPost("/api/admin/products/import", { cookie, headers: { "content-type": "text/csv" }, body: csv }));
const productCount = () => db.product.count();

describe("product CSV import", () => {
  it("creates and updates products, one audit entry per product", async () => {
    const existing = await createProduct(db, (await db.category.findUniqueOrThrow({ where: { slug: "kitchen" } })).id, {
      slug: "stone-mug",
      name: "Old mug",
      stock: 3,
    });
    const csv = [
      HEADER,
      'brass-lamp,Brass Lamp,"Warm, bright",89.00,4,lighting,true,false',
      "stone-mug,Stone Mug,,24.5,10,kitchen,,yes",
    ].join("\n");
    const response = await post(admin.cookie, csv);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rows: 2, created: 1, updated: 1 });
    expect(
      await db.product.findUniqueOrThrow({
        where: { slug: "brass-lamp" },
        select: { description: true, priceCents: true, stock: true },
      }),
    ).toEqual({
      description: "Warm, bright",
      priceCents: 8900,
      stock: 4,
    });
    expect(
      await db.product.findUniqueOrThrow({
        where: { id: existing.id },
        select: { name: true, priceCents: true, featured: true },
      }),
    ).toEqual({ name: "Stone Mug", priceCents: 2450, featured: true });
    const audit = await db.auditLog.findMany({ where: { action: "product.import" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.actorId)).toEqual([admin.user.id, admin.user.id]);
    expect(audit[1]?.before).toMatchObject({ name: "Old mug", stock: 3 });
  });

  it("reports every bad row by line and column, and imports nothing", async () => {
    const csv = [
      HEADER,
      "good-one,Good,,10.00,1,lighting,,",
      "Bad Slug,Bad,,10.00,1,lighting,,",
      "no-price,No price,,ten,1,lighting,,",
      "no-category,X,,1.00,1,garden,,",
      "good-one,Again,,1.00,1,lighting,,",
      "negative,X,,1.00,-4,lighting,maybe,",
    ].join("\n");
    const before = await productCount();
    const response = await post(admin.cookie, csv);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { ok: false; rows: number; errors: { line: number; column: string }[] };
    expect(body.rows).toBe(6);
    expect(body.errors.map((error) => [error.line, error.column])).toEqual([
      [3, "slug"],
      [4, "price"],
      [5, "category"],
      [6, "slug"],
      [7, "stock"],
      [7, "active"],
    ]);
    expect(await productCount()).toBe(before);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses unknown or missing columns, non-CSV bodies, shoppers and cross-site posts", async () => {
    const wrongHeader = await post(admin.cookie, "slug,name,price,stock,category,ratingSum\nx,X,1.00,1,lighting,5");
    expect(wrongHeader.status).toBe(422);
    expect(((await wrongHeader.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'Unknown column "ratingsum"',
    );
    const missing = await post(admin.cookie, "slug,name\nx,X");
    expect(((await missing.json()) as { errors: { column: string }[] }).errors.map((error) => error.column)).toEqual([
      "price",
      "stock",
      "category",
    ]);

    const json = await importCsv(browserPost("/api/admin/products/import", { cookie: admin.cookie, body: "{}" }));
    expect(json.status).toBe(415);
    const shopper = await signedInCaller(db);
    expect((await post(shopper.cookie, `${HEADER}\nx,X,,1.00,1,lighting,,`)).status).toBe(403);
    expect((await post("", `${HEADER}\nx,X,,1.00,1,lighting,,`)).status).toBe(401);
    const crossSite = browserPost("/api/admin/products/import", {
      cookie: admin.cookie,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/csv" },
      body: HEADER,
    });
    expect((await importCsv(crossSite)).status).toBe(403);
    expect(await productCount()).toBe(0);
  });

  it("stops reading a body over the size cap", async () => {
    const row = `${"x".repeat(60)},Name,,1.00,1,lighting,,\n`;
    const huge = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode(row.repeat(2000));
        controller.enqueue(new TextEncoder().encode(`${HEADER}\n`));
        for (let i = 0; i < 100; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const request = new Request(`${APP_ORIGIN}/api/admin/products/import`, {
      method: "POST",
      headers: {
        origin: APP_ORIGIN,
        "sec-fetch-site": "same-origin",
        "content-type": "text/csv",
        cookie: admin.cookie,
      },
      body: huge,
      duplex: "half",
    } as RequestInit);
    expect((await importCsv(request)).status).toBe(413);
    expect(await productCount()).toBe(0);
  });
});

// Files as spreadsheets and people write them: every one either imports or gets a 422 that says
// which line to fix. None may answer 500.
describe("product CSV import, files from spreadsheets", () => {
  const postBytes = (bytes: Uint8Array) =>
    importCsv(
      new Request(`${APP_ORIGIN}/api/admin/products/import`, {
        method: "POST",
        headers: {
          origin: APP_ORIGIN,
          "sec-fetch-site": "same-origin",
          "content-type": "text/csv",
          cookie: admin.cookie,
        },
        body: bytes as Uint8Array<ArrayBuffer>,
      }),
    );
  type Rejected = { ok: false; rows: number; errors: { line: number; column: string | null; message: string }[] };
  const named = (slug: string) =>
    db.product.findUniqueOrThrow({ where: { slug }, select: { name: true, description: true, priceCents: true } });

  it("reads stray quotes and inch marks inside unquoted values as text", async () => {
    const csv = [
      HEADER,
      'teapot,Ceramic "Teapot",Glazed "by hand",30.00,2,kitchen,,',
      'frame-15,Frame 15",A 15" oak frame,12.00,3,lighting,,',
    ].join("\r\n");
    const response = await post(admin.cookie, csv);
    expect(await response.json()).toEqual({ ok: true, rows: 2, created: 2, updated: 0 });
    expect(await named("teapot")).toEqual({
      name: 'Ceramic "Teapot"',
      description: 'Glazed "by hand"',
      priceCents: 3000,
    });
    expect(await named("frame-15")).toEqual({ name: 'Frame 15"', description: 'A 15" oak frame', priceCents: 1200 });
  });

  it("reads semicolon-separated files with quoted values and decimal commas in prices", async () => {
    const csv = [
      "slug;name;description;price;stock;category;active;featured",
      'brass-lamp;"Brass; Lamp";"Warm, bright";89,50;4;lighting;true;false',
      '"stone-mug";Stone Mug;;"24,5";1;kitchen;;',
    ].join("\n");
    const response = await post(admin.cookie, csv);
    expect(await response.json()).toEqual({ ok: true, rows: 2, created: 2, updated: 0 });
    expect(await named("brass-lamp")).toEqual({ name: "Brass; Lamp", description: "Warm, bright", priceCents: 8950 });
    expect((await named("stone-mug")).priceCents).toBe(2450);
  });

  it("reads tab-separated files, where commas are plain text", async () => {
    const csv = [
      HEADER.replaceAll(",", "\t"),
      ["desk-lamp", "Lamp, brass", "Tall, warm", "45.00", "1", "lighting", "", ""].join("\t"),
    ].join("\n");
    const response = await post(admin.cookie, csv);
    expect(await response.json()).toEqual({ ok: true, rows: 1, created: 1, updated: 0 });
    expect(await named("desk-lamp")).toEqual({ name: "Lamp, brass", description: "Tall, warm", priceCents: 4500 });
  });

  it("reports a quote that is never closed on the line where it opens, after the problems before it, and imports nothing", async () => {
    const csv = [
      HEADER,
      "good-one,Good,,10.00,1,lighting,,",
      "",
      "no-price,No price,,ten,1,lighting,,",
      'bad-one,"Unclosed,,10.00,1,lighting,,',
      "after,After,,1.00,1,lighting,,",
    ].join("\n");
    const response = await post(admin.cookie, csv);
    expect(response.status).toBe(422);
    const body = (await response.json()) as Rejected;
    expect(body.errors).toEqual([
      { line: 4, column: "price", message: "Enter a price like 24.50" },
      {
        line: 5,
        column: null,
        message: 'A quote (") opened on this line is never closed. Close it, or remove it if it is part of the text.',
      },
    ]);
    expect(await productCount()).toBe(0);
  });

  it("reports lines with more or fewer values than the header, by the line each row starts on", async () => {
    const csv = [
      HEADER,
      'multi,Multi,"Line one\nline two",1.00,1,lighting,,',
      "too-many,X,,1.00,1,lighting,,,surprise",
      "too-few,X,1.00",
      "trailing,Trailing,,1.00,1,lighting,,,,",
      "bad-price,X,,ten,1,lighting,,",
    ].join("\n");
    const response = await post(admin.cookie, csv);
    expect(response.status).toBe(422);
    const body = (await response.json()) as Rejected;
    expect(body.errors).toEqual([
      {
        line: 4,
        column: null,
        message:
          "This line has 9 values, but the header has 8 columns. Put quotes around any value that contains a comma.",
      },
      {
        line: 5,
        column: null,
        message:
          "This line has 3 values, but the header has 8 columns. Put quotes around any value that contains a comma.",
      },
      { line: 7, column: "price", message: "Enter a price like 24.50" },
    ]);
    expect(await productCount()).toBe(0);
  });

  it("reads UTF-8 with a byte order mark and Excel's UTF-16 text, and refuses other encodings by line", async () => {
    const row = "cafe-mug,Café Mug,,12.00,1,kitchen,,";
    const utf8Bom = await postBytes(new TextEncoder().encode(`\uFEFF${HEADER}\n${row}`));
    expect(await utf8Bom.json()).toEqual({ ok: true, rows: 1, created: 1, updated: 0 });

    // Excel's "Unicode Text": UTF-16 little-endian with a byte order mark, tab-separated.
    const unicodeText = `\uFEFF${[HEADER, row.replace("cafe-mug", "cafe-cup").replace("Mug", "Cup")].map((line) => line.replaceAll(",", "\t")).join("\r\n")}`;
    const utf16 = await postBytes(new Uint8Array(Buffer.from(unicodeText, "utf16le")));
    expect(await utf16.json()).toEqual({ ok: true, rows: 1, created: 1, updated: 0 });
    expect((await named("cafe-cup")).name).toBe("Café Cup");

    // Windows-1252 "é" (one byte, 0xE9) is not UTF-8.
    const latin1 = await postBytes(
      new Uint8Array(
        Buffer.from(`${HEADER}\ntea-pot,Teapot,,1.00,1,kitchen,,\n${row.replace("cafe-mug", "cafe-bowl")}`, "latin1"),
      ),
    );
    expect(latin1.status).toBe(422);
    expect(((await latin1.json()) as Rejected).errors).toEqual([
      {
        line: 3,
        column: null,
        message: 'This line has characters that are not UTF-8 text. Save the file as "CSV UTF-8" and import it again.',
      },
    ]);
    expect(await productCount()).toBe(2);
  });
});

describe("product CSV export", () => {
  it("streams every product as CSV that imports back unchanged, for staff only", async () => {
    const lighting = await db.category.findUniqueOrThrow({ where: { slug: "lighting" } });
    await createProduct(db, lighting.id, {
      slug: "brass-lamp",
      name: "Brass Lamp",
      description: '=HYPERLINK("x")',
      priceCents: 8905,
      stock: 7,
    });
    const response = await exportCsv(
      new Request(`${APP_ORIGIN}/api/admin/products/export`, { headers: { cookie: admin.cookie } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const csv = await response.text();
    expect(csv.split("\n")[0]).toBe(HEADER);
    expect(csv).toContain("brass-lamp,Brass Lamp,");
    expect(csv).toContain(",89.05,7,lighting,true,false");
    // A formula in a cell is neutralised for spreadsheets.
    expect(csv).not.toMatch(/,=HYPERLINK/);

    const shopper = await signedInCaller(db);
    expect(
      (await exportCsv(new Request(`${APP_ORIGIN}/api/admin/products/export`, { headers: { cookie: shopper.cookie } })))
        .status,
    ).toBe(403);
  });
});
