// Every cursor-paged list (products, search, orders) turns to its next page the same way. Server
// pages prefetch and client lists read with the same input and paging, so both share one query.
export const cursorPaging = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor };
