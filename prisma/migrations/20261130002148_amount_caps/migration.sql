-- Hand-written: ceilings on amounts, the database's half of the limits the app enforces
-- (server/catalog/product-admin.schema.ts, server/cart/cart.schema.ts,
-- server/checkout/pricing.ts). With them no row can hold a price, a quantity or a total whose
-- sums overflow PostgreSQL's int4 columns, whatever writes it. Stock has no ceiling here on
-- purpose: cancelled orders put stock back, and that must never fail (staff adjustments are
-- capped by the app instead).
ALTER TABLE "products" ADD CONSTRAINT "products_price_max" CHECK ("priceCents" <= 10000000);
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_quantity_max" CHECK ("quantity" <= 99);
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_quantity_max" CHECK ("quantity" <= 99);
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_unit_price_range" CHECK ("unitPriceCents" BETWEEN 0 AND 10000000);
ALTER TABLE "orders" ADD CONSTRAINT "orders_total_max" CHECK ("totalCents" <= 100000000);
ALTER TABLE "orders" ADD CONSTRAINT "orders_currency_upper" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "payments" ADD CONSTRAINT "payments_amount_non_negative" CHECK ("amountCents" >= 0);
ALTER TABLE "payments" ADD CONSTRAINT "payments_currency_upper" CHECK ("currency" ~ '^[A-Z]{3}$');
