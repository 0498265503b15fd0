import Link from "next/link";
import { StatusMessage } from "./status-message";
import { buttonStyles } from "./ui/button";

export function NotFoundMessage() {
  return (
    <StatusMessage
      code="404"
      title="We couldn’t find that page"
      actions={
        <>
          <Link href="/" className={buttonStyles()}>
            Back to the shop
          </Link>
          <Link href="/products" className={buttonStyles({ variant: "secondary" })}>
            Browse all products
          </Link>
        </>
      }
    >
      <p>The link may be out of date, or the product is no longer sold.</p>
    </StatusMessage>
  );
}
