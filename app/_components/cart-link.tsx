"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useTRPC } from "@/app/_trpc/react";

const subscribe = () => () => {};

const linkStyles =
  "relative flex size-10 items-center justify-center rounded-full text-stone-700 transition-colors hover:bg-stone-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

function CartIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path
        d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9.5" cy="20" r="1.3" />
      <circle cx="17" cy="20" r="1.3" />
    </svg>
  );
}

// Observes the cart query, so it mounts only after hydration: an observer created while the
// server renders (or while the browser hydrates) would register cart.get before the page's
// own prefetched cart is hydrated, and the page would then render without it.
function LiveCartLink() {
  const trpc = useTRPC();
  const { data: cart } = useQuery(trpc.cart.get.queryOptions());
  const count = cart?.itemCount ?? 0;
  return (
    <Link href="/cart" aria-label={count === 1 ? "Cart, 1 item" : `Cart, ${count} items`} className={linkStyles}>
      <CartIcon />
      {count > 0 && (
        <span
          data-testid="cart-count"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-brand-600 px-1 text-[11px] font-semibold text-white tabular-nums"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}

// Header cart link with the live item count; it stays in step with every cart mutation.
export function CartLink() {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (hydrated) return <LiveCartLink />;
  return (
    <Link href="/cart" aria-label="Cart" className={linkStyles}>
      <CartIcon />
    </Link>
  );
}
