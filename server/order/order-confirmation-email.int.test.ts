// The order confirmation email, sent by the job the payment webhook enqueues: the items with
// their images (absolute URLs), the shipping address and the totals, in HTML and plain text.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { runDueJobs } from "../../tests/support/jobs";
import { paidOrder, testAddress } from "../../tests/support/orders";

const image = {
  storageKey: "static/images/products/speckled-stoneware-mug-1.webp",
  alt: "A speckled mug",
  width: 800,
  height: 800,
  contentType: "image/webp",
  sizeBytes: 4096,
};
let product: { id: string; name: string };

beforeEach(async () => {
  const categoryId = (await createCategory(db)).id;
  product = await createProduct(db, categoryId, { name: "Speckled Mug", priceCents: 1250, stock: 10 }, [image]);
});

describe("order confirmation email", () => {
  it("lists the items with absolute image URLs, the address and the totals, in HTML and text", async () => {
    const { orderId, user } = await paidOrder(db, product.id, { quantity: 3 });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const mails = (await runDueJobs()).filter((mail) => mail.subject === `Order ${order.number} is confirmed`);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toEqual([user.email]);
    // $37.50 of mugs, under the free-shipping threshold: shipping is charged.
    expect(order).toMatchObject({ subtotalCents: 3750, totalCents: 3750 + order.shippingCents });
    expect(order.shippingCents).toBeGreaterThan(0);
    const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;
    for (const part of [mail?.html, mail?.text]) {
      expect(part).toContain("Speckled Mug");
      expect(part).toMatch(/Qty 3 × \$12\.50/);
      for (const line of [testAddress.fullName, testAddress.line1, testAddress.city, testAddress.postalCode])
        expect(part).toContain(line);
      for (const amount of [order.subtotalCents, order.shippingCents, order.totalCents])
        expect(part).toContain(money(amount));
      expect(part).toContain(`http://localhost:3000/account/orders/${orderId}`);
    }
    expect(mail?.html).toContain('src="http://localhost:3000/images/products/speckled-stoneware-mug-1.webp"');
  });
});
