// The built-in test provider delivers its webhook over HTTP to APP_URL, as a real provider
// would. When that address does not answer, paying is a clear, retryable 503, not a 500.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { logger } from "../lib/logger";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { signedInCaller } from "../../tests/support/callers";
import { placedOrder } from "../../tests/support/orders";

afterEach(() => vi.restoreAllMocks());

describe("testPayment.pay", () => {
  it("answers 503 PAYMENT_PROVIDER_UNREACHABLE when the webhook cannot be delivered, and the order stays unpaid", async () => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id, { stock: 5 });
    const { caller, orderId } = await placedOrder(db, product.id);
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    // What fetch does when nothing listens at APP_URL.
    vi.spyOn(globalThis, "fetch").mockRejectedValue(
      new TypeError("fetch failed", {
        cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      }),
    );

    const error = await trpcErrorOf(caller.testPayment.pay({ orderId, outcome: "succeeded" }));
    expect({ code: error.code, domainCode: domainCodeOf(error) }).toEqual({
      code: "SERVICE_UNAVAILABLE",
      domainCode: "PAYMENT_PROVIDER_UNREACHABLE",
    });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ orderId }), "test payment webhook not delivered");
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status).toBe(
      "PENDING_PAYMENT",
    );
  });

  it("answers ORDER_NOT_FOUND for another shopper's order and sends nothing", async () => {
    const product = await createProduct(db, (await createCategory(db)).id, { stock: 5 });
    const { orderId } = await placedOrder(db, product.id);
    const stranger = await signedInCaller(db);
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const error = await trpcErrorOf(stranger.caller.testPayment.pay({ orderId, outcome: "succeeded" }));
    expect([error.code, domainCodeOf(error)]).toEqual(["NOT_FOUND", "ORDER_NOT_FOUND"]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
