import type { Metadata } from "next";
import { NotFoundMessage } from "@/app/_components/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Inside the shop layout: notFound() from a page without its own not-found keeps the header.
export default function ShopNotFound() {
  return <NotFoundMessage />;
}
