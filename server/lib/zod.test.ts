import { describe, expect, it } from "vitest";
import { z } from "./zod";

// The first message for each field, as a form shows it.
function messages(schema: z.ZodType, input: unknown): Record<string, string | undefined> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    Object.entries(z.flattenError(result.error).fieldErrors).map(([field, list]) => [field, (list as string[])[0]]),
  );
}

describe("default validation messages", () => {
  const form = z.strictObject({
    postalCode: z.string().trim().min(2).max(20),
    fullName: z.string().trim().min(1).max(100),
    currentPassword: z.string().min(8),
    categoryId: z.uuid(),
    priceCents: z.number().int().min(0).max(10_000_000),
    rating: z.number().int().min(1).max(5),
    status: z.enum(["active", "inactive"]),
    email: z.email(),
    delta: z.number().meta({ title: "Stock change" }),
    since: z.date().min(new Date("2026-01-01T00:00:00Z")),
    featured: z.boolean(),
  });
  const valid = {
    postalCode: "97201",
    fullName: "Ana",
    currentPassword: "long enough",
    categoryId: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d",
    priceCents: 100,
    rating: 3,
    status: "active",
    email: "ana@example.com",
    delta: 2,
    since: new Date("2026-02-01T00:00:00Z"),
    featured: false,
  };

  it("accepts valid input", () => {
    expect(messages(form, valid)).toEqual({});
  });

  it("names the field and the limit for text that is too long or too short", () => {
    expect(messages(form, { ...valid, postalCode: "x".repeat(21), fullName: "  ", currentPassword: "short" })).toEqual({
      postalCode: "Postal code is too long (20 characters at most)",
      fullName: "Full name is required",
      currentPassword: "Current password is too short (at least 8 characters)",
    });
    expect(messages(z.object({ q: z.string().max(3) }), { q: "lamp" }).q).toBe(
      "Search is too long (3 characters at most)",
    );
    expect(messages(form, { ...valid, postalCode: "9" }).postalCode).toBe(
      "Postal code is too short (at least 2 characters)",
    );
  });

  it("says a number is expected, for NaN and for wrong types, and gives number bounds", () => {
    expect(messages(form, { ...valid, delta: Number.NaN, priceCents: "12", rating: 2.5 })).toEqual({
      delta: "Stock change must be a number",
      priceCents: "Price must be a number",
      rating: "Rating must be a whole number",
    });
    expect(messages(form, { ...valid, priceCents: 10_000_001, rating: 0 })).toEqual({
      priceCents: "Price must be at most 10,000,000",
      rating: "Rating must be at least 1",
    });
    expect(messages(z.object({ amount: z.number().gt(0) }), { amount: 0 }).amount).toBe("Amount must be more than 0");
  });

  it("explains enums, emails, ids, dates, booleans and missing fields", () => {
    const { postalCode: _omitted, ...withoutPostalCode } = valid;
    expect(
      messages(form, {
        ...withoutPostalCode,
        status: "archived",
        email: "ana@",
        categoryId: "nope",
        since: new Date("2025-12-31T00:00:00Z"),
        featured: "yes",
      }),
    ).toEqual({
      postalCode: "Postal code is required",
      status: "Status must be one of the listed options",
      email: "Enter a valid email address, like name@example.com",
      categoryId: "Category is not valid",
      since: "Since must be on or after 2026-01-01",
      featured: "Featured must be yes or no",
    });
  });

  it("keeps messages a schema sets itself, and labels fields by their title in nested objects", () => {
    const nested = z.strictObject({
      data: z.strictObject({
        line1: z.string().min(1, "Enter the street address").max(5).meta({ title: "Street address" }),
      }),
    });
    expect(nested.safeParse({ data: { line1: "" } }).error?.issues[0]?.message).toBe("Enter the street address");
    expect(nested.safeParse({ data: { line1: "123456" } }).error?.issues[0]?.message).toBe(
      "Street address is too long (5 characters at most)",
    );
    expect(z.string().max(1).safeParse("ab").error?.issues[0]?.message).toBe(
      "This value is too long (1 character at most)",
    );
  });

  it("names unexpected fields", () => {
    expect(z.strictObject({}).safeParse({ admin: true }).error?.issues[0]?.message).toBe("Unexpected field: admin");
  });
});
