// Renders LoadMoreList on the server from a cached infinite query, the way a prefetched page
// hydrates: what the shopper sees for an empty list, a list with more to load, and a finished one.
import { type InfiniteData, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { LoadMoreList, countOf } from "./load-more-list";

type Page = { items: string[]; nextCursor: string | null };

function render(pages: Page[], props: { countLabel?: (count: number) => string; endNote?: string } = {}) {
  const queryKey = ["fruit"];
  const queryClient = new QueryClient();
  queryClient.setQueryData<InfiniteData<Page, string | null>>(queryKey, {
    pages,
    pageParams: pages.map((_, index) => (index === 0 ? null : pages[index - 1]!.nextCursor)),
  });
  const list = createElement(LoadMoreList<Page, Error, string[], string | null>, {
    query: {
      queryKey,
      queryFn: () => Promise.reject(new Error("the cached pages are enough")),
      initialPageParam: null,
      staleTime: Infinity,
      ...cursorPaging,
    },
    empty: { title: "No fruit yet", description: "Come back in summer." },
    loadMoreLabel: "Load more",
    errorMessage: "Could not load more fruit.",
    ...props,
    // biome-ignore lint/correctness/noChildrenProp: createElement's props are how a .ts file passes what JSX writes as children
    children: (items: string[]) =>
      createElement("ul", null, ...items.map((item) => createElement("li", { key: item }, item))),
  });
  return renderToStaticMarkup(createElement(QueryClientProvider, { client: queryClient }, list));
}

const fruit = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `fruit-${from + index}`);

describe("LoadMoreList", () => {
  it("says the list is empty instead of showing an empty list", () => {
    const html = render([{ items: [], nextCursor: null }], { countLabel: countOf("fruit", "fruits") });
    expect(html).toContain("No fruit yet");
    expect(html).toContain("Come back in summer.");
    expect(html).not.toContain("<ul>");
    expect(html).not.toContain("Load more");
  });

  it("offers the next page and says how many are shown while there are more", () => {
    const html = render([{ items: fruit(3), nextCursor: "c1" }], {
      countLabel: countOf("fruit", "fruits"),
      endNote: "That’s all.",
    });
    expect(html).toContain("<li>fruit-2</li>");
    expect(html).toContain('aria-live="polite">Showing 3 fruits</p>');
    expect(html).toContain(">Load more</button>");
    expect(html).not.toContain("That’s all.");
  });

  it("says the whole list is loaded once the last of several pages is in", () => {
    const html = render(
      [
        { items: fruit(3), nextCursor: "c1" },
        { items: fruit(1, 3), nextCursor: null },
      ],
      { countLabel: countOf("fruit", "fruits"), endNote: "That’s all." },
    );
    expect(html).toContain("<li>fruit-3</li>");
    expect(html).toContain('aria-live="polite">4 fruits</p>');
    expect(html).toContain("That’s all.");
    expect(html).not.toContain("Load more");
  });

  it("counts one item in the singular and a single page needs no end note", () => {
    const html = render([{ items: fruit(1), nextCursor: null }], {
      countLabel: countOf("fruit", "fruits"),
      endNote: "That’s all.",
    });
    expect(html).toContain(">1 fruit</p>");
    expect(html).not.toContain("That’s all.");
  });

  it("adds nothing under a list without a count once everything is loaded", () => {
    const html = render([{ items: fruit(2), nextCursor: null }]);
    expect(html).toBe("<ul><li>fruit-0</li><li>fruit-1</li></ul>");
  });
});
