import Link from "next/link";
import type { ReactNode } from "react";
import { StatusMessage } from "./status-message";
import { buttonStyles } from "./ui/button";

// The 404 message. Pages about one thing (a product, a category, an order) say what was not
// found and where to go instead; anything else gets the general wording.
export function NotFoundMessage({
  title = "We couldn’t find that page",
  children = <p>The link may be out of date, or the product is no longer sold.</p>,
  back = { href: "/products", label: "Browse all products" },
}: {
  title?: string;
  children?: ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <StatusMessage
      code="404"
      title={title}
      actions={
        <>
          <Link href="/" className={buttonStyles()}>
            Back to the shop
          </Link>
          <Link href={back.href} className={buttonStyles({ variant: "secondary" })}>
            {back.label}
          </Link>
        </>
      }
    >
      {children}
    </StatusMessage>
  );
}
