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
const post = (cookie: string, csv: string) => importCsv(browserPost("/api/admin/products/import", { cookie, headers: { "content-type": "text/csv" }, body: csv }));
const productCount = () => db.product.count();

describe("product CSV import", () => {
  it("creates and updates products, one audit entry per product", async () => {
    const existing = await createProduct(db, (await db.category.findUniqueOrThrow({ where: { slug: "kitchen" } })).id, { slug: "stone-mug", name: "Old mug", stock: 3 });
    const csv = [HEADER, 'brass-lamp,Brass Lamp,"Warm, bright",89.00,4,lighting,true,false', "stone-mug,Stone Mug,,24.5,10,kitchen,,yes"].join("\n");
    const response = await post(admin.cookie, csv);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rows: 2, created: 1, updated: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { slug: "brass-lamp" }, select: { description: true, priceCents: true, stock: true } })).toEqual({
      description: "Warm, bright",
      priceCents: 8900,
      stock: 4,
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: existing.id }, select: { name: true, priceCents: true, featured: true } })).toEqual({ name: "Stone Mug", priceCents: 2450, featured: true });
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
    expect(((await wrongHeader.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('Unknown column "ratingsum"');
    const missing = await post(admin.cookie, "slug,name\nx,X");
    expect(((await missing.json()) as { errors: { column: string }[] }).errors.map((error) => error.column)).toEqual(["price", "stock", "category"]);

    const json = await importCsv(browserPost("/api/admin/products/import", { cookie: admin.cookie, body: "{}" }));
    expect(json.status).toBe(415);
    const shopper = await signedInCaller(db);
    expect((await post(shopper.cookie, `${HEADER}\nx,X,,1.00,1,lighting,,`)).status).toBe(403);
    expect((await post("", `${HEADER}\nx,X,,1.00,1,lighting,,`)).status).toBe(401);
    const crossSite = browserPost("/api/admin/products/import", { cookie: admin.cookie, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/csv" }, body: HEADER });
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
      headers: { origin: APP_ORIGIN, "sec-fetch-site": "same-origin", "content-type": "text/csv", cookie: admin.cookie },
      body: huge,
      duplex: "half",
    } as RequestInit);
    expect((await importCsv(request)).status).toBe(413);
    expect(await productCount()).toBe(0);
  });
});

describe("product CSV export", () => {
  it("streams every product as CSV that imports back unchanged, for staff only", async () => {
    const lighting = await db.category.findUniqueOrThrow({ where: { slug: "lighting" } });
    await createProduct(db, lighting.id, { slug: "brass-lamp", name: "Brass Lamp", description: "=HYPERLINK(\"x\")", priceCents: 8905, stock: 7 });
    const response = await exportCsv(new Request(`${APP_ORIGIN}/api/admin/products/export`, { headers: { cookie: admin.cookie } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const csv = await response.text();
    expect(csv.split("\n")[0]).toBe(HEADER);
    expect(csv).toContain("brass-lamp,Brass Lamp,");
    expect(csv).toContain(",89.05,7,lighting,true,false");
    // A formula in a cell is neutralised for spreadsheets.
    expect(csv).not.toMatch(/,=HYPERLINK/);

    const shopper = await signedInCaller(db);
    expect((await exportCsv(new Request(`${APP_ORIGIN}/api/admin/products/export`, { headers: { cookie: shopper.cookie } }))).status).toBe(403);
  });
});
