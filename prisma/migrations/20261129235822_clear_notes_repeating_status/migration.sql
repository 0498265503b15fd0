-- Hand-written, data only: staff moves used to write a default note that only repeated the
-- new status ("Being packed" under the status "Being packed"), so the shopper's history said
-- everything twice. New moves write no such note; this clears the ones already written.
UPDATE "order_events" SET "note" = ''
WHERE ("toStatus" = 'FULFILLING' AND "note" = 'Being packed')
   OR ("toStatus" = 'SHIPPED' AND "note" = 'Shipped')
   OR ("toStatus" = 'DELIVERED' AND "note" = 'Delivered')
   OR ("toStatus" = 'REFUNDED' AND "note" = 'Refunded');

UPDATE "order_events" SET "note" = 'Refund recorded by staff'
WHERE "toStatus" = 'REFUNDED' AND "note" = 'Refunded · refund recorded by staff';
