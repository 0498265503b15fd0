"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/app/_trpc/react";
import { AccountMenu } from "./account-menu";
import { buttonStyles } from "./ui/button";
import { Skeleton } from "./ui/skeleton";

export function UserMenu() {
  const trpc = useTRPC();
  const { data: viewer } = useSuspenseQuery(trpc.auth.viewer.queryOptions());
  const pathname = usePathname();
  if (!viewer) {
    // Come back to this page after signing in (the login page sanitises `next`).
    const href =
      pathname === "/" || pathname.startsWith("/login") ? "/login" : `/login?next=${encodeURIComponent(pathname)}`;
    return (
      <Link href={href} className={`${buttonStyles({ variant: "secondary", size: "sm" })} whitespace-nowrap`}>
        Sign in
      </Link>
    );
  }
  return <AccountMenu viewer={viewer} />;
}

export function UserMenuSkeleton() {
  return <Skeleton className="h-9 w-24 rounded-full" />;
}
