-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "products_searchVector_idx" ON "products" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "products_name_trgm_idx" ON "products" USING GIN ("name" gin_trgm_ops);


-- Hand-written: keep the weighted document current (name A, description B). A trigger,
-- not a generated column, because Prisma's schema cannot declare generated columns.
CREATE FUNCTION "products_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."description", '')), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER "products_search_vector_trigger"
  BEFORE INSERT OR UPDATE OF "name", "description" ON "products"
  FOR EACH ROW EXECUTE FUNCTION "products_search_vector_update"();

UPDATE "products" SET "name" = "name";
