-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "shipRegion" VARCHAR(3);

-- A subdivision code as the checkout writes it ("OR", "NSW"), or nothing.
ALTER TABLE "orders" ADD CONSTRAINT "orders_ship_region_code" CHECK ("shipRegion" ~ '^[A-Z]{2,3}$');
