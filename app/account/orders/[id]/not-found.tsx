import type { Metadata } from "next";
import { OrderNotFound } from "@/app/_components/order-not-found";

export const metadata: Metadata = { title: "Order not found" };

export default OrderNotFound;
