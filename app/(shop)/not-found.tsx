import { NotFoundMessage } from "@/app/_components/not-found-message";

// Inside the shop layout: notFound() from a product or category page keeps the header.
export default function ShopNotFound() {
  return <NotFoundMessage />;
}
