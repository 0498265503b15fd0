import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { MAX_STOCK } from "./product-admin.schema";

const staffHeaders = { "user-agent": "Staff browser/1.0", "x-request-id": "req-staff-1", "x-real-ip": "203.0.113.9" };
let categoryId: string;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(() => {
  env.TRUSTED_PROXY_IP_HEADER = "x-real-ip";
});
afterAll(() => {
  env.TRUSTED_PROXY_IP_HEADER = undefined;
});

beforeEach(async () => {
  categoryId = (await createCategory(db)).id;
  admin = await signedInCaller(db, { role: "ADMIN" }, staffHeaders);
});

const newProduct = () => ({
  slug: `lamp-${randomUUID().slice(0, 8)}`,
  name: "Brass Lamp",
  priceCents: 8900,
  categoryId,
  stock: 4,
});
const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("admin products", () => {
  it("creates a product shoppers can see, audited with who, what and where", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    expect(product).toMatchObject({ name: "Brass Lamp", stock: 4, active: true, price: { amountCents: 8900 } });
    expect((await (await anonymousCaller()).caller.product.get({ slug: product.slug })).name).toBe("Brass Lamp");
    const [entry] = await auditRows(product.id);
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      action: "product.create",
      entityType: "product",
      before: null,
      after: expect.objectContaining({ name: "Brass Lamp", priceCents: 8900, stock: 4 }),
      ip: "203.0.113.9",
      userAgent: "Staff browser/1.0",
      requestId: "req-staff-1",
    });
  });

  it("refuses unknown fields (no mass assignment) and a taken slug, changing nothing", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    const sneaky = { id: product.id, data: { name: "X", stock: 999, ratingSum: 50 } } as never;
    expect((await trpcErrorOf(admin.caller.admin.products.update(sneaky))).code).toBe("BAD_REQUEST");
    const other = await admin.caller.admin.products.create(newProduct());
    const taken = await trpcErrorOf(admin.caller.admin.products.update({ id: other.id, data: { slug: product.slug } }));
    expect(domainCodeOf(taken)).toBe("SLUG_TAKEN");
    expect(
      await db.product.findUniqueOrThrow({
        where: { id: product.id },
        select: { name: true, stock: true, ratingSum: true },
      }),
    ).toEqual({ name: "Brass Lamp", stock: 4, ratingSum: 0 });
    expect(await auditRows(product.id)).toHaveLength(1);
  });

  it("updates field by field with before and after in the audit log, and the storefront sees it at once", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    const shopper = (await anonymousCaller()).caller;
    await shopper.product.get({ slug: product.slug }); // now cached
    await admin.caller.admin.products.update({ id: product.id, data: { priceCents: 9900 } });
    expect((await shopper.product.get({ slug: product.slug })).price.amountCents).toBe(9900);
    const [, entry] = await auditRows(product.id);
    expect(entry?.before).toMatchObject({ priceCents: 8900, name: "Brass Lamp" });
    expect(entry?.after).toMatchObject({ priceCents: 9900, name: "Brass Lamp" });
  });

  it("deactivates, soft-deletes and restores; deleted products stay on placed orders", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    const buyer = await signedInCaller(db);
    await buyer.caller.cart.addItem({ productId: product.id });
    const { orderId } = await buyer.caller.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      shippingAddress: { fullName: "B", line1: "1 St", city: "X", postalCode: "1100-148", country: "PT" },
    });
    const shopper = (await anonymousCaller()).caller;

    await admin.caller.admin.products.setActive({ id: product.id, active: false });
    expect((await trpcErrorOf(shopper.product.get({ slug: product.slug }))).code).toBe("NOT_FOUND");
    await admin.caller.admin.products.setActive({ id: product.id, active: true });

    await admin.caller.admin.products.delete({ id: product.id });
    expect((await trpcErrorOf(shopper.product.get({ slug: product.slug }))).code).toBe("NOT_FOUND");
    expect((await buyer.caller.order.get({ id: orderId })).lines[0]?.productName).toBe("Brass Lamp");
    expect((await admin.caller.admin.products.list({ status: "deleted" })).items.map((p) => p.id)).toEqual([
      product.id,
    ]);
    expect(
      domainCodeOf(await trpcErrorOf(admin.caller.admin.products.update({ id: product.id, data: { name: "Y" } }))),
    ).toBe("PRODUCT_DELETED");

    await admin.caller.admin.products.restore({ id: product.id });
    expect((await shopper.product.get({ slug: product.slug })).name).toBe("Brass Lamp");
    expect((await auditRows(product.id)).map((row) => row.action)).toEqual([
      "product.create",
      "product.deactivate",
      "product.activate",
      "product.delete",
      "product.restore",
    ]);
  });

  it("adjusts stock with a reason and never below zero", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    expect(
      (await admin.caller.admin.products.adjustStock({ id: product.id, delta: -3, reason: "Broken in transit" })).stock,
    ).toBe(1);
    const refused = await trpcErrorOf(
      admin.caller.admin.products.adjustStock({ id: product.id, delta: -2, reason: "Recount" }),
    );
    expect(domainCodeOf(refused)).toBe("STOCK_WOULD_GO_NEGATIVE");
    expect(
      (await trpcErrorOf(admin.caller.admin.products.adjustStock({ id: product.id, delta: 5, reason: "" }))).code,
    ).toBe("BAD_REQUEST");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(1);
    const entries = await auditRows(product.id);
    expect(entries.map((row) => row.action)).toEqual(["product.create", "product.adjustStock"]);
    expect(entries[1]?.after).toMatchObject({ stock: 1, reason: "Broken in transit", delta: "-3" });
  });

  it("lists with search, filters, sort and a capped page size", async () => {
    await createProduct(db, categoryId, { name: "Walnut Desk Lamp", priceCents: 5000, stock: 2 });
    await createProduct(db, categoryId, { name: "Linen Tote", priceCents: 3000, stock: 50 });
    await createProduct(db, categoryId, { name: "Ceramic Lamp", priceCents: 7000, stock: 30, active: false });
    const lamps = await admin.caller.admin.products.list({ q: "lamp", sort: "price_asc" });
    expect(lamps.items.map((p) => p.name)).toEqual(["Walnut Desk Lamp", "Ceramic Lamp"]);
    expect(lamps.total).toBe(2);
    expect((await admin.caller.admin.products.list({ status: "inactive" })).items.map((p) => p.name)).toEqual([
      "Ceramic Lamp",
    ]);
    expect((await admin.caller.admin.products.list({ lowStock: true })).items.map((p) => p.name)).toEqual([
      "Walnut Desk Lamp",
    ]);
    const page2 = await admin.caller.admin.products.list({ sort: "name", page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, items: [{ name: "Walnut Desk Lamp" }] });
    expect((await trpcErrorOf(admin.caller.admin.products.list({ pageSize: 101 }))).code).toBe("BAD_REQUEST");
  });

  it("searches for % and _ as typed, not as wildcards", async () => {
    for (const name of ["Mug 50% off", "Mug 500 ml", "Tin_cup", "Tinycup", "Back\\slash"])
      await createProduct(db, categoryId, { name });
    const names = async (q: string) =>
      (await admin.caller.admin.products.list({ q, sort: "name" })).items.map((p) => p.name);
    expect(await names("50%")).toEqual(["Mug 50% off"]);
    expect(await names("n_c")).toEqual(["Tin_cup"]);
    expect(await names("%")).toEqual(["Mug 50% off"]);
    expect(await names("k\\s")).toEqual(["Back\\slash"]);
  });

  it.each([
    ["a search", () => admin.caller.admin.products.list({ q: "mug\u0000" })],
    ["a name", () => admin.caller.admin.products.create({ ...newProduct(), name: "Lamp\u0000" })],
    ["a description", () => admin.caller.admin.products.create({ ...newProduct(), description: "Bright \ud800" })],
    [
      "a stock reason",
      () => admin.caller.admin.products.adjustStock({ id: randomUUID(), delta: 1, reason: "Count\u0000ed" }),
    ],
  ])("refuses text the database cannot store in %s with BAD_REQUEST, changing nothing", async (_label, call) => {
    expect((await trpcErrorOf(call())).code).toBe("BAD_REQUEST");
    expect(await db.product.count()).toBe(0);
  });

  it("keeps stock within what staff may set, even for a row already past it", async () => {
    const product = await admin.caller.admin.products.create({ ...newProduct(), stock: MAX_STOCK - 1 });
    expect((await admin.caller.admin.products.adjustStock({ id: product.id, delta: 1, reason: "Recount" })).stock).toBe(
      MAX_STOCK,
    );
    const refused = await trpcErrorOf(
      admin.caller.admin.products.adjustStock({ id: product.id, delta: 1, reason: "Recount" }),
    );
    expect([refused.code, domainCodeOf(refused)]).toEqual(["CONFLICT", "STOCK_LIMIT_EXCEEDED"]);
    // A row near the top of int4 (written before this limit): a change refused, not an overflow.
    await db.product.update({ where: { id: product.id }, data: { stock: 2_147_483_000 } });
    const past = await trpcErrorOf(
      admin.caller.admin.products.adjustStock({ id: product.id, delta: MAX_STOCK, reason: "Recount" }),
    );
    expect(domainCodeOf(past)).toBe("STOCK_LIMIT_EXCEEDED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(2_147_483_000);
    expect((await auditRows(product.id)).map((row) => row.action)).toEqual(["product.create", "product.adjustStock"]);
  });
});

describe("audit log", () => {
  it("is append-only in the database", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    await expect(
      db.$executeRaw`UPDATE audit_logs SET action = 'forged' WHERE "entityId" = ${product.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_logs WHERE "entityId" = ${product.id}`).rejects.toThrow(
      /append-only/,
    );
    expect((await auditRows(product.id))[0]?.action).toBe("product.create");
  });

  it("has no entry for a change that was rolled back", async () => {
    const product = await admin.caller.admin.products.create(newProduct());
    await trpcErrorOf(admin.caller.admin.products.adjustStock({ id: product.id, delta: -100, reason: "Oops" }));
    expect(await auditRows(product.id)).toHaveLength(1);
  });

  it("lists newest first with filters and a cursor", async () => {
    const first = await admin.caller.admin.products.create(newProduct());
    const second = await admin.caller.admin.products.create(newProduct());
    await admin.caller.admin.products.adjustStock({ id: first.id, delta: 1, reason: "Found one" });
    const page1 = await admin.caller.admin.audit.list({ limit: 2 });
    expect(page1.items.map((e) => [e.action, e.entityId])).toEqual([
      ["product.adjustStock", first.id],
      ["product.create", second.id],
    ]);
    const page2 = await admin.caller.admin.audit.list({ limit: 2, cursor: page1.nextCursor });
    expect(page2).toMatchObject({ items: [{ entityId: first.id }], nextCursor: null });
    expect((await admin.caller.admin.audit.list({ entityId: first.id })).items).toHaveLength(2);
    expect((await admin.caller.admin.audit.list({ action: "product.create" })).items).toHaveLength(2);
    expect((await admin.caller.admin.audit.list({ actorEmail: admin.user.email.toUpperCase() })).items).toHaveLength(3);
    expect((await admin.caller.admin.audit.list({ actorEmail: "someone@else.test" })).items).toHaveLength(0);
    expect(page1.items[0]).toMatchObject({
      actorEmail: admin.user.email,
      ip: "203.0.113.9",
      userAgent: "Staff browser/1.0",
    });
  });

  it.each([
    ["a date past year 9999", { to: "99999-01-01" }],
    ["the last date JavaScript holds", { from: new Date(8.64e15) }],
    ["the first date JavaScript holds", { from: "-271821-04-20" }],
    ["year 0", { to: new Date("0000-01-01T00:00:00.000Z") }],
    ["a date before 2000", { from: "1999-12-31" }],
    ["a cursor past the bigint range", { cursor: "9999999999999999999" }],
    ["a NUL in the action", { action: "product\u0000create" }],
    ["a lone surrogate in the entity id", { entityId: "\ud800" }],
    ["a NUL in the staff email", { actorEmail: "a\u0000@b.co" }],
  ])("refuses %s with BAD_REQUEST", async (_label, filter) => {
    expect((await trpcErrorOf(admin.caller.admin.audit.list(filter as never))).code).toBe("BAD_REQUEST");
  });
});

describe("audit CSV export", () => {
  it("streams the filtered log for staff only", async () => {
    const { GET } = await import("../../app/api/admin/audit/export/route");
    const { APP_ORIGIN } = await import("../../tests/support/http");
    const product = await admin.caller.admin.products.create(newProduct());
    await admin.caller.admin.products.adjustStock({ id: product.id, delta: 2, reason: "=1+1 recount" });
    const response = await GET(
      new Request(`${APP_ORIGIN}/api/admin/audit/export?action=product.adjustStock`, {
        headers: { cookie: admin.cookie },
      }),
    );
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe("id,createdAt,actorEmail,action,entityType,entityId,before,after,ip,userAgent,requestId");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${admin.user.email},product.adjustStock,product,${product.id}`);
    const shopper = await signedInCaller(db);
    expect(
      (await GET(new Request(`${APP_ORIGIN}/api/admin/audit/export`, { headers: { cookie: shopper.cookie } }))).status,
    ).toBe(403);
    expect(
      (
        await GET(
          new Request(`${APP_ORIGIN}/api/admin/audit/export?from=notadate`, { headers: { cookie: admin.cookie } }),
        )
      ).status,
    ).toBe(400);
  });
});
