// Two orders drawing the same number: the second one's transaction runs again with a new
// number, and none of the first attempt's writes stay. Order numbers are drawn from this
// queue first, so a test can make them clash.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { placedOrder, testAddress } from "../../tests/support/orders";

const drawn = vi.hoisted(() => ({ numbers: [] as string[] }));
vi.mock("./pricing", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./pricing")>();
  return { ...actual, orderNumber: () => drawn.numbers.shift() ?? actual.orderNumber() };
});

async function buyerOf(productId: string) {
  const buyer = await signedInCaller(db);
  await buyer.caller.cart.addItem({ productId, quantity: 2 });
  return buyer;
}

describe("an order number that is already taken", () => {
  let productId: string;
  beforeEach(async () => {
    drawn.numbers = [];
    productId = (await createProduct(db, (await createCategory(db)).id, { stock: 10 })).id;
  });

  it("is drawn again: the order is placed once, under a new number, with its stock taken once", async () => {
    drawn.numbers = ["SF-TAKEN234"];
    await placedOrder(db, productId, { quantity: 2 });

    const { caller, user } = await buyerOf(productId);
    drawn.numbers = ["SF-TAKEN234", "SF-TAKEN234", "SF-FRESH234"];
    const key = randomUUID();
    const placed = await caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: testAddress });

    expect(placed).toMatchObject({ number: "SF-FRESH234", replayed: false });
    expect(await db.order.findMany({ where: { userId: user.id }, select: { number: true } })).toEqual([
      { number: "SF-FRESH234" },
    ]);
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(6);
    expect((await caller.cart.get()).itemCount).toBe(0);
    expect(await caller.checkout.placeOrder({ idempotencyKey: key, shippingAddress: testAddress })).toEqual({
      ...placed,
      replayed: true,
    });
  });

  it("fails after three clashes in a row, and changes nothing", async () => {
    drawn.numbers = ["SF-TAKEN567"];
    await placedOrder(db, productId, { quantity: 2 });

    const { caller, user } = await buyerOf(productId);
    drawn.numbers = ["SF-TAKEN567", "SF-TAKEN567", "SF-TAKEN567", "SF-NEVER2345"];
    await expect(
      caller.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: testAddress }),
    ).rejects.toMatchObject({ cause: { code: "23505" } });

    expect(drawn.numbers).toEqual(["SF-NEVER2345"]);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(8);
    expect((await caller.cart.get()).itemCount).toBe(2);
  });
});
