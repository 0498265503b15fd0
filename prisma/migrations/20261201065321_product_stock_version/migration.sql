-- AlterTable
ALTER TABLE "products" ADD COLUMN     "stockVersion" INTEGER NOT NULL DEFAULT 0;

