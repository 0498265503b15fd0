import type { Metadata } from "next";
import { NotFoundMessage } from "@/app/_components/not-found-message";

export const metadata: Metadata = { title: "Product not found" };

export default function ProductNotFound() {
  return (
    <NotFoundMessage title="We couldn’t find that product">
      <p>It may have been renamed, or it is no longer sold.</p>
    </NotFoundMessage>
  );
}
