// Signed-in shoppers, each with one item in the cart, ready to check out.
import type { Db } from "../../../server/prisma-factory";
import { createUser } from "../../factories/user.factory";
import { shopClient } from "./shop-client";

export async function stockedProduct(db: Db, stock = 10_000): Promise<string> {
  const product = await db.product.findFirstOrThrow({
    where: { active: true, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  await db.product.update({ where: { id: product.id }, data: { stock } });
  return product.id;
}

// `origin`: the public origin (APP_URL) when `baseUrl` is one instance behind a proxy.
export async function shoppersReadyToPay(db: Db, baseUrl: string, count: number, productId: string, origin = baseUrl) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const user = await createUser(db);
      const client = shopClient(baseUrl, origin);
      await client.signIn(user.email, user.password);
      const added = await client.mutate("cart.addItem", { productId, quantity: 1 });
      if (added.status !== 200) throw new Error(`add to cart failed: ${added.status}`);
      return client;
    }),
  );
}
