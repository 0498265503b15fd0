// A valid input for each procedure that takes one, built from the matrix fixture.
// Resource-scoped inputs name shopper A's resources, so B and admin test ownership.
export type MatrixFixture = {
  shopperA: {
    id: string;
    email: string;
    password: string;
    otherSessionId: string;
    orderId: string;
    // Shopper A's support conversation (about that order).
    conversationId: string;
  };
  productSlug: string;
  productId: string;
  // A READY image of that product and a pending upload (no object in the bucket).
  imageId: string;
  uploadId: string;
  categorySlug: string;
  categoryId: string;
};

export const procedureInputs: Record<string, (fixture: MatrixFixture) => unknown> = {
  "account.changePassword": (f) => ({ currentPassword: f.shopperA.password, newPassword: "matrix-new-password-2026" }),
  "account.revokeSession": (f) => ({ id: f.shopperA.otherSessionId }),
  "account.updateProfile": () => ({ name: "Renamed" }),
  "admin.audit.list": () => ({}),
  "admin.jobs.list": () => ({ state: "failed" }),
  // A made-up id: the admin gets past authorization to NOT_FOUND.
  "admin.jobs.retry": () => ({ id: "999999999" }),
  "admin.jobs.discard": () => ({ id: "999999999" }),
  "admin.products.list": () => ({}),
  "admin.orders.list": () => ({}),
  "admin.images.list": (f) => ({ productId: f.productId }),
  "admin.images.createUpload": (f) => ({ productId: f.productId, contentType: "image/png", sizeBytes: 2048 }),
  // The upload never reached the bucket: the admin gets as far as UPLOAD_NOT_RECEIVED.
  "admin.images.confirm": (f) => ({ imageId: f.uploadId }),
  "admin.images.reorder": (f) => ({ productId: f.productId, imageIds: [f.imageId] }),
  "admin.images.delete": (f) => ({ id: f.imageId }),
  "admin.customers.list": () => ({}),
  "admin.customers.get": (f) => ({ id: f.shopperA.id }),
  "admin.customers.changeRole": (f) => ({ id: f.shopperA.id, role: "USER" }),
  "admin.customers.setDisabled": (f) => ({ id: f.shopperA.id, disabled: false }),
  "admin.orders.get": (f) => ({ id: f.shopperA.orderId }),
  "admin.orders.transition": (f) => ({ id: f.shopperA.orderId, to: "FULFILLING" }),
  "admin.products.get": (f) => ({ id: f.productId }),
  "admin.products.create": (f) => ({
    slug: "matrix-product",
    name: "Matrix product",
    priceCents: 100,
    categoryId: f.categoryId,
  }),
  "admin.products.update": (f) => ({ id: f.productId, data: { name: "Renamed by staff" } }),
  "admin.products.setActive": (f) => ({ id: f.productId, active: false }),
  "admin.products.delete": (f) => ({ id: f.productId }),
  "admin.products.restore": (f) => ({ id: f.productId }),
  "admin.products.adjustStock": (f) => ({ id: f.productId, delta: 5, reason: "Recount" }),
  "cart.addItem": (f) => ({ productId: f.productId }),
  "cart.removeItem": (f) => ({ productId: f.productId }),
  "cart.setQuantity": (f) => ({ productId: f.productId, quantity: 1 }),
  "auth.requestPasswordReset": (f) => ({ email: f.shopperA.email }),
  "auth.resetPassword": () => ({ token: "x".repeat(43), password: "matrix-new-password-2026" }),
  "auth.signIn": (f) => ({ email: f.shopperA.email, password: f.shopperA.password }),
  "auth.signUp": () => ({ email: "matrix-new@shopfront.test", name: "Matrix", password: "matrix-new-password-2026" }),
  "auth.verifyEmail": () => ({ token: "x".repeat(43) }),
  "checkout.placeOrder": () => ({
    idempotencyKey: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d",
    shippingAddress: { fullName: "A", line1: "1 St", city: "X", postalCode: "1100-148", country: "PT" },
  }),
  "live.admin": () => ({}),
  "live.me": () => ({}),
  "live.product": (f) => ({ productId: f.productId }),
  "order.cancel": (f) => ({ id: f.shopperA.orderId }),
  "order.get": (f) => ({ id: f.shopperA.orderId }),
  "order.list": () => ({}),
  "testPayment.pay": (f) => ({ orderId: f.shopperA.orderId, outcome: "failed" }),
  "review.eligibility": (f) => ({ productId: f.productId }),
  "review.list": (f) => ({ productId: f.productId }),
  "review.upsert": (f) => ({ productId: f.productId, rating: 5, body: "Lovely." }),
  "category.get": (f) => ({ slug: f.categorySlug }),
  "product.get": (f) => ({ slug: f.productSlug }),
  "product.list": () => ({}),
  "search.products": () => ({ q: "product" }),
  "support.open": () => ({ firstMessage: { id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8e", body: "Hello" } }),
  "support.list": () => ({}),
  "support.get": (f) => ({ conversationId: f.shopperA.conversationId }),
  "support.send": (f) => ({
    conversationId: f.shopperA.conversationId,
    id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8f",
    body: "Any news?",
  }),
  "support.markRead": (f) => ({ conversationId: f.shopperA.conversationId, seq: 1 }),
  "support.typing": (f) => ({ conversationId: f.shopperA.conversationId }),
  "admin.support.inbox": () => ({}),
  "admin.support.get": (f) => ({ conversationId: f.shopperA.conversationId }),
  "admin.support.send": (f) => ({
    conversationId: f.shopperA.conversationId,
    id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c90",
    body: "On its way.",
  }),
  "admin.support.markRead": (f) => ({ conversationId: f.shopperA.conversationId, seq: 1 }),
  "admin.support.typing": (f) => ({ conversationId: f.shopperA.conversationId }),
  "admin.support.assign": (f) => ({ conversationId: f.shopperA.conversationId, staffUserId: null }),
  "admin.support.close": (f) => ({ conversationId: f.shopperA.conversationId }),
  "admin.support.reopen": (f) => ({ conversationId: f.shopperA.conversationId }),
};
