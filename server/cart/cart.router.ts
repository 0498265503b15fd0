import "server-only";
import { GUEST_CART_COOKIE, GUEST_CART_MAX_AGE_SECONDS, serializeCookie } from "../auth/cookies";
import { createTRPCRouter, publicProcedure } from "../trpc/init";
import type { Context } from "../trpc/context";
import { addCartItemInput, cartSchema, removeCartItemInput, setCartItemQuantityInput } from "./cart.schema";
import * as cartService from "./cart.service";

const identityOf = (ctx: Context): cartService.CartIdentity => ({
  userId: ctx.session?.userId ?? null,
  guestToken: ctx.guestCartToken,
});

function rememberGuestCart(ctx: Context, token: string | null): void {
  if (token)
    ctx.resHeaders?.append(
      "set-cookie",
      serializeCookie(GUEST_CART_COOKIE, token, { maxAgeSeconds: GUEST_CART_MAX_AGE_SECONDS }),
    );
}

// Applies a change, sets the guest cookie if the change created a guest cart, and answers
// with the cart as it now is.
async function changeCart(
  ctx: Context,
  change: (identity: cartService.CartIdentity) => Promise<{ newGuestToken: string | null }>,
) {
  const { newGuestToken } = await change(identityOf(ctx));
  rememberGuestCart(ctx, newGuestToken);
  return cartService.getCart({ ...identityOf(ctx), guestToken: newGuestToken ?? ctx.guestCartToken });
}

// Public: guests have carts too. Each call acts only on the caller's own cart.
export const cartRouter = createTRPCRouter({
  get: publicProcedure.output(cartSchema).query(({ ctx }) => cartService.getCart(identityOf(ctx))),

  addItem: publicProcedure
    .input(addCartItemInput)
    .output(cartSchema)
    .mutation(({ ctx, input }) =>
      changeCart(ctx, (identity) => cartService.addItem(identity, input.productId, input.quantity)),
    ),

  setQuantity: publicProcedure
    .input(setCartItemQuantityInput)
    .output(cartSchema)
    .mutation(({ ctx, input }) =>
      changeCart(ctx, (identity) => cartService.setItemQuantity(identity, input.productId, input.quantity)),
    ),

  removeItem: publicProcedure
    .input(removeCartItemInput)
    .output(cartSchema)
    .mutation(({ ctx, input }) =>
      changeCart(ctx, (identity) => cartService.setItemQuantity(identity, input.productId, 0)),
    ),
});
