// Template name → subject + React Email component, with the props each one needs.
import "server-only";
import { createElement, type ReactElement } from "react";
import { z } from "../lib/zod";
import AccountExists from "../../emails/account-exists";
import OrderCancelled from "../../emails/order-cancelled";
import OrderConfirmation from "../../emails/order-confirmation";
import OrderShipped from "../../emails/order-shipped";
import PasswordChanged from "../../emails/password-changed";
import ResetPassword from "../../emails/reset-password";
import SupportReply from "../../emails/support-reply";
import VerifyEmail from "../../emails/verify-email";
import type { SendEmailPayload } from "../jobs/job.schema";
import { moneySchema } from "../catalog/catalog.schema";
import { orderDetailSchema } from "../order/order.schema";

const nameAndUrl = z.object({ name: z.string(), url: z.url() });

// The job's name, number and link, plus the order as read when the job runs (order-confirmation-email.ts).
const orderConfirmationProps = z.object({
  name: z.string(),
  number: z.string(),
  url: z.url(),
  shopUrl: z.url(),
  lines: z
    .array(
      z.object({
        name: z.string(),
        quantity: z.number().int(),
        unitPrice: moneySchema,
        lineTotal: moneySchema,
        imageUrl: z.url().nullable(),
      }),
    )
    .min(1),
  shippingAddress: orderDetailSchema.shape.shippingAddress,
  subtotal: moneySchema,
  shipping: moneySchema,
  total: moneySchema,
});

// Props are the job's strings, except where the job runner adds what it read (order confirmation).
export function buildEmail(
  template: SendEmailPayload["template"],
  props: Record<string, unknown>,
): { subject: string; element: ReactElement } {
  switch (template) {
    case "verify-email":
      return { subject: "Confirm your email address", element: createElement(VerifyEmail, nameAndUrl.parse(props)) };
    case "reset-password":
      return { subject: "Reset your password", element: createElement(ResetPassword, nameAndUrl.parse(props)) };
    case "account-exists": {
      const parsed = z.object({ name: z.string(), signInUrl: z.url(), resetUrl: z.url() }).parse(props);
      return { subject: "You already have a Shopfront account", element: createElement(AccountExists, parsed) };
    }
    case "order-confirmation": {
      const parsed = orderConfirmationProps.parse(props);
      return { subject: `Order ${parsed.number} is confirmed`, element: createElement(OrderConfirmation, parsed) };
    }
    case "order-shipped": {
      const parsed = z
        .object({
          name: z.string(),
          number: z.string(),
          note: z.string(),
          url: z.url(),
          address: z.string().optional(),
        })
        .parse(props);
      return { subject: `Order ${parsed.number} is on its way`, element: createElement(OrderShipped, parsed) };
    }
    case "order-cancelled": {
      const parsed = z
        .object({ name: z.string(), number: z.string(), refunded: z.enum(["true", "false"]), url: z.url() })
        .parse(props);
      return { subject: `Order ${parsed.number} was cancelled`, element: createElement(OrderCancelled, parsed) };
    }
    case "support-reply": {
      const parsed = z.object({ name: z.string(), subject: z.string(), url: z.url() }).parse(props);
      return { subject: "The shop answered your message", element: createElement(SupportReply, parsed) };
    }
    case "password-changed":
      return {
        subject: "Your password was changed",
        element: createElement(PasswordChanged, z.object({ name: z.string() }).parse(props)),
      };
  }
}
