"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import type { Viewer } from "@/server/auth/auth.schema";
import { useTRPC } from "@/app/_trpc/react";
import { SignOutButton } from "./sign-out-button";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]);
  return (letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? "?")).toUpperCase();
}

const itemStyles =
  "block rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-stone-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600";

export function AccountMenu({ viewer }: { viewer: NonNullable<Viewer> }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const trpc = useTRPC();
  // Conversations with an answer the shopper has not read; ShopperLive refetches it on each message.
  const { data: support } = useQuery(trpc.support.unreadCount.queryOptions());
  const unread = support?.conversations ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1 rounded-full py-1 pr-2 pl-1 text-sm sm:gap-2 sm:pr-3 font-medium text-ink transition-colors hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700"
        >
          {initials(viewer.name)}
        </span>
        {unread > 0 && (
          <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white tabular-nums">
            {unread}
            <span className="sr-only"> unread support {unread === 1 ? "conversation" : "conversations"}</span>
          </span>
        )}
        {/* Phones show the initials only; the name still names the button for screen readers. */}
        <span className="sr-only sm:not-sr-only sm:max-w-36 sm:truncate">{viewer.name}</span>
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          className={`size-4 text-stone-500 transition-transform ${open ? "rotate-180" : ""}`}
        >
          <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {/* Rendered only while open, so closed menu items are not in the page at all. */}
      {open && (
        <div
          id={menuId}
          className="absolute right-0 z-50 mt-2 w-64 origin-top-right rounded-2xl border border-stone-200 bg-white p-2 shadow-lg shadow-stone-900/10"
        >
          <div className="px-3 pt-2 pb-3">
            <p className="truncate text-sm font-medium text-ink">{viewer.name}</p>
            <p className="truncate text-xs text-stone-500">{viewer.email}</p>
          </div>
          <nav aria-label="Account" className="border-t border-stone-100 pt-2">
            <Link href="/account" className={itemStyles} onClick={() => setOpen(false)}>
              Account
            </Link>
            <Link href="/account/orders" className={itemStyles} onClick={() => setOpen(false)}>
              Orders
            </Link>
            <Link
              href="/account/support"
              className={`${itemStyles} flex justify-between`}
              onClick={() => setOpen(false)}
            >
              Support
              {unread > 0 && (
                <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white tabular-nums">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              )}
            </Link>
            {viewer.role === "ADMIN" && (
              <Link href="/admin" className={itemStyles} onClick={() => setOpen(false)}>
                Admin
              </Link>
            )}
          </nav>
          <div className="mt-2 border-t border-stone-100 pt-2">
            <SignOutButton variant="menu" />
          </div>
        </div>
      )}
    </div>
  );
}
