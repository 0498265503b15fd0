import { NotFoundMessage } from "./not-found-message";

// Someone else's order looks exactly like one that does not exist.
export function OrderNotFound() {
  return (
    <NotFoundMessage title="We couldn’t find that order" back={{ href: "/account/orders", label: "Your orders" }}>
      <p>Check the link, or find the order in your order history.</p>
    </NotFoundMessage>
  );
}
