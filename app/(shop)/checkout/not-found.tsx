import type { Metadata } from "next";
import { OrderNotFound } from "@/app/_components/order-not-found";

// Under /checkout only an order can be missing: the payment and confirmation pages.
export const metadata: Metadata = { title: "Order not found" };

export default OrderNotFound;
