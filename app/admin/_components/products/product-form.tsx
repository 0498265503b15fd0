"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "@/server/lib/zod";
import { describeError, type FieldErrors } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { centsToPriceText } from "@/server/catalog/price-text";
import { priceTextSchema, productFieldsSchema, type AdminProduct } from "@/server/catalog/product-admin.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { SelectField } from "@/app/_components/select-field";
import { Label } from "@/app/_components/ui/label";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  fields: {
    SLUG_TAKEN: { field: "slug", message: "Another product already uses this slug." },
    CATEGORY_NOT_FOUND: { field: "categoryId", message: "That category no longer exists." },
  },
  form: { PRODUCT_DELETED: "This product is deleted. Restore it before editing." },
  fallback: "The product could not be saved. Please try again.",
};

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);

// Create (no product) or edit (a product). The same schema the server applies runs here first
// for field messages; the server's answer (e.g. a taken slug) lands on the same fields.
export function AdminProductForm({ product }: { product?: AdminProduct }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [slug, setSlug] = useState(product?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(product));
  const onSaved = async (saved: AdminProduct) => {
    queryClient.setQueryData(trpc.admin.products.get.queryKey({ id: saved.id }), saved);
    await queryClient.invalidateQueries({ queryKey: trpc.admin.products.list.pathKey() });
  };
  const create = useMutation(
    trpc.admin.products.create.mutationOptions({
      onSuccess: async (saved) => {
        await onSaved(saved);
        router.push(`/admin/products/${saved.id}`);
      },
    }),
  );
  const update = useMutation(trpc.admin.products.update.mutationOptions({ onSuccess: onSaved }));
  const mutation = product ? update : create;
  const server = describeError(mutation.error, messages);
  const errors = { ...server.fieldErrors, ...clientErrors };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const price = priceTextSchema.safeParse(text("price"));
    const fields = productFieldsSchema.safeParse({
      slug: text("slug"),
      name: text("name"),
      description: text("description"),
      priceCents: price.success ? price.data : 0,
      categoryId: text("categoryId"),
      featured: form.get("featured") === "on",
      active: form.get("active") === "on",
    });
    const stock = z.coerce
      .number()
      .int("Whole units only")
      .min(0, "Stock can’t be negative")
      .safeParse(text("stock") || "0");
    const found: FieldErrors = fields.success ? {} : z.flattenError(fields.error).fieldErrors;
    if (!price.success) found.price = price.error.issues.map((issue) => issue.message);
    if (!product && !stock.success) found.stock = stock.error.issues.map((issue) => issue.message);
    setClientErrors(found);
    if (!fields.success || !price.success || (!product && !stock.success)) return;
    if (product) update.mutate({ id: product.id, data: fields.data });
    else create.mutate({ ...fields.data, stock: stock.data ?? 0 });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-2xl bg-white p-6 ring-1 ring-stone-200">
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      {update.isSuccess && !update.isPending && <FormAlert tone="success">Saved.</FormAlert>}
      <FormField
        id="name"
        name="name"
        label="Name"
        defaultValue={product?.name}
        required
        errors={errors.name}
        onChange={(event) => {
          if (!slugEdited) setSlug(slugify(event.target.value));
        }}
      />
      <FormField
        id="slug"
        name="slug"
        label="Slug"
        hint="The product’s address: /products/your-slug"
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
        required
        errors={errors.slug}
      />
      <div>
        <Label htmlFor="description">Description</Label>
        <textarea
          id="description"
          name="description"
          rows={5}
          defaultValue={product?.description}
          className="mt-1.5 block w-full rounded-xl border border-stone-300 bg-white px-3.5 py-2.5 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          id="price"
          name="price"
          label="Price (USD)"
          inputMode="decimal"
          defaultValue={product ? centsToPriceText(product.price.amountCents) : ""}
          required
          errors={errors.price}
        />
        {!product && (
          <FormField id="stock" name="stock" label="Stock" inputMode="numeric" defaultValue="0" errors={errors.stock} />
        )}
      </div>
      <SelectField
        id="categoryId"
        name="categoryId"
        label="Category"
        placeholder="Choose…"
        options={categories.map((category) => ({ value: category.id, label: category.name }))}
        defaultValue={product?.category.id ?? ""}
        errors={errors.categoryId}
      />
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <input
            type="checkbox"
            name="active"
            defaultChecked={product?.active ?? true}
            className="size-4 accent-brand-600"
          />
          Active (shown in the shop)
        </label>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <input
            type="checkbox"
            name="featured"
            defaultChecked={product?.featured ?? false}
            className="size-4 accent-brand-600"
          />
          Featured on the home page
        </label>
      </div>
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending && <Spinner />}
        {product ? "Save changes" : "Create product"}
      </Button>
    </form>
  );
}
