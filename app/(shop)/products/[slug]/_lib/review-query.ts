// Shared by the product page's prefetch and the reviews list, so both build the same query (paged with cursorPaging).
export const REVIEW_PAGE_SIZE = 5;
export const reviewListInput = (productId: string) => ({ productId, limit: REVIEW_PAGE_SIZE });
