// Walks every procedure of the app router for each kind of caller and compares the outcome
// with matrix.json. A new procedure without an entry fails this test until someone decides
// who may call it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { appRouter } from "../../server/trpc/root";
import { createSession } from "../../server/auth/session.repo";
import { createCategory, createProduct } from "../factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../support/callers";
import { procedureInputs, type MatrixFixture } from "./procedure-inputs";

type Outcome = "ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
const roles = ["anonymous", "shopperB", "admin", "shopperA"] as const;
type Role = (typeof roles)[number];

const matrix = JSON.parse(readFileSync(new URL("./matrix.json", import.meta.url), "utf8")) as Record<string, Record<Role, Outcome>>;
const procedures = Object.keys(appRouter._def.procedures).sort();

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ALLOWED";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN" || error.code === "NOT_FOUND") return error.code;
    return "ALLOWED";
  }
}

function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

describe("authorization matrix", () => {
  it("has an entry for every procedure and no stale ones", () => {
    expect(Object.keys(matrix).filter((key) => key !== "//").sort()).toEqual(procedures);
  });

  it.each(procedures)("%s", async (path) => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id);
    const a = await signedInCaller(db);
    await a.caller.cart.addItem({ productId: product.id });
    const order = await a.caller.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      shippingAddress: { fullName: "A", line1: "1 St", city: "X", postalCode: "1100-148", country: "PT" },
    });
    // A paid order, so shopper A has bought the product (and may review it).
    await db.order.update({ where: { id: order.orderId }, data: { status: "PAID" } });
    // A confirmed image and a pending upload, so the admin's image calls go through to the end.
    const image = await db.productImage.create({
      data: { productId: product.id, storageKey: `products/${product.id}/${randomUUID()}.png`, contentType: "image/png", sizeBytes: 2048, width: 8, height: 8, status: "READY" },
    });
    const upload = await db.productImage.create({
      data: { productId: product.id, storageKey: `quarantine/${product.id}/${randomUUID()}.png`, contentType: "image/png", sizeBytes: 0, width: 0, height: 0 },
    });
    const other = await createSession({ userId: a.user.id, userAgent: "other device", ip: null, expiresAt: new Date(Date.now() + 86_400_000) });
    const callers: Record<Role, unknown> = {
      anonymous: (await anonymousCaller()).caller,
      shopperB: (await signedInCaller(db)).caller,
      admin: (await signedInCaller(db, { role: "ADMIN" })).caller,
      shopperA: a.caller,
    };
    const fixture: MatrixFixture = {
      shopperA: { id: a.user.id, email: a.user.email, password: a.user.password, otherSessionId: other.sessionId, orderId: order.orderId },
      productSlug: product.slug,
      productId: product.id,
      imageId: image.id,
      uploadId: upload.id,
      categorySlug: category.slug,
      categoryId: category.id,
    };
    const input = procedureInputs[path]?.(fixture);
    const actual: Partial<Record<Role, Outcome>> = {};
    for (const role of roles) actual[role] = await outcomeOf(invoke(callers[role], path, input));
    expect(actual).toEqual(matrix[path]);
  });
});
