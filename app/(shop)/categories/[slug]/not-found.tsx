import type { Metadata } from "next";
import { NotFoundMessage } from "@/app/_components/not-found-message";

export const metadata: Metadata = { title: "Category not found" };

export default function CategoryNotFound() {
  return (
    <NotFoundMessage title="We couldn’t find that category">
      <p>The link may be out of date. Everything we sell is under all products.</p>
    </NotFoundMessage>
  );
}
