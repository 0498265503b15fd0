// robots.txt and sitemap.xml as Next.js builds them from app/robots.ts and app/sitemap.ts.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import robots from "../../app/robots";
import sitemap from "../../app/sitemap";

describe("sitemap.xml", () => {
  it("lists home, all products, each category and each product a shopper can open, on APP_URL", async () => {
    const category = await createCategory(db);
    const shown = await createProduct(db, category.id);
    const inactive = await createProduct(db, category.id, { active: false });
    const deleted = await createProduct(db, category.id, { deletedAt: new Date() });
    const entries = await sitemap();
    const urls = entries.map((entry) => entry.url);
    expect(urls).toEqual([
      "http://localhost:3000/",
      "http://localhost:3000/products",
      `http://localhost:3000/categories/${category.slug}`,
      `http://localhost:3000/products/${shown.slug}`,
    ]);
    expect(urls.join(" ")).not.toMatch(new RegExp(`${inactive.slug}|${deleted.slug}`));
    const { updatedAt } = await db.product.findUniqueOrThrow({ where: { id: shown.id } });
    expect(entries.find((entry) => entry.url.endsWith(shown.slug))?.lastModified).toEqual(updatedAt);
    expect(entries[0]?.lastModified).toEqual(updatedAt);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of private and staff areas and points at the sitemap", () => {
    expect(robots()).toEqual({
      rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/checkout", "/api", "/dev"] },
      sitemap: "http://localhost:3000/sitemap.xml",
    });
  });
});
