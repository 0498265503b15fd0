// Every page fits phones, tablets and desktops, signed out, as a shopper and as staff: at each
// width the document is no wider than the window (no sideways scrolling; wide content such as
// the dashboard's tables scrolls inside its own frame), no two controls overlap and no control's
// text spills out of it.
import { test as plainTest } from "./fixtures";
import { APP_ROUTES, ROLES, unlistedPages } from "./app-routes";
import { expect, test } from "./route-fixtures";

// Laptop, tablet landscape / small laptop, tablet portrait, iPhone, small Android phone.
const WIDTHS = [1366, 1024, 768, 390, 360];

plainTest("every page.tsx is in the route table", () => {
  expect(unlistedPages(), "list new pages in tests/e2e/app-routes.ts").toEqual({ missing: [], stale: [] });
});

type Misfit = {
  width: number;
  documentWidth: number;
  overflowHidden: boolean;
  sticksOut: string[];
  overlapping: string[];
  spilling: string[];
};

// Runs in the page. Besides the document's width it reports whether the overflow was hidden
// instead of fixed, and names the elements at fault, for the failure message.
function measure(): Misfit {
  const width = window.innerWidth;
  const describeElement = (element: Element) =>
    `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
  const scrolls = (element: Element) => getComputedStyle(element).overflowX !== "visible";
  const hides = (element: Element) => ["hidden", "clip"].includes(getComputedStyle(element).overflowX);
  // Outermost elements past the right edge, leaving out content of a frame that scrolls by itself.
  const sticksOut = [...document.body.querySelectorAll("*")].filter((element) => {
    if (element.getBoundingClientRect().right <= width + 0.5) return false;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (parent.getBoundingClientRect().right > width + 0.5 || scrolls(parent)) return false;
    }
    return true;
  });
  // Visible controls (screen-reader-only ones are 1 px), not inside a frame that scrolls sideways.
  const controls = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")].filter(
    (element) => {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === "hidden") return false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (scrolls(parent) && parent.scrollWidth > parent.clientWidth) return false;
      return true;
    },
  );
  const boxes = controls.map((element) => element.getBoundingClientRect());
  const overlapping: string[] = [];
  controls.forEach((a, i) => {
    controls.slice(i + 1).forEach((b, offset) => {
      const [boxA, boxB] = [boxes[i], boxes[i + 1 + offset]];
      if (!boxA || !boxB || a.contains(b) || b.contains(a)) return;
      const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
      const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
      if (overlapX > 1 && overlapY > 1) overlapping.push(`${describeElement(a)} overlaps ${describeElement(b)}`);
    });
  });
  // A control whose text runs outside it, e.g. a label wrapping inside a fixed-height button.
  // Text placed outside on purpose (a badge positioned on the cart icon) or clipped (truncated
  // with an ellipsis, screen-reader-only) does not count.
  const spills = (control: Element) => {
    const box = control.getBoundingClientRect();
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let placed = false;
      for (let parent = node.parentElement; parent && parent !== control; parent = parent.parentElement) {
        placed ||= getComputedStyle(parent).position === "absolute" || scrolls(parent);
      }
      if (placed || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const outside = [...range.getClientRects()].some(
        (line) =>
          line.top < box.top - 1 ||
          line.bottom > box.bottom + 1 ||
          line.left < box.left - 1 ||
          line.right > box.right + 1,
      );
      if (outside) return true;
    }
    return false;
  };
  const spilling = controls.filter((element) => !scrolls(element) && spills(element)).map(describeElement);
  return {
    width,
    documentWidth: document.documentElement.scrollWidth,
    overflowHidden: hides(document.documentElement) || hides(document.body),
    sticksOut: sticksOut
      .slice(0, 5)
      .map((element) => `${describeElement(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`),
    overlapping: overlapping.slice(0, 5),
    spilling: spilling.slice(0, 5),
  };
}

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    // Generous: a page, five widths and (for the cart) filling and emptying it, on a busy machine.
    test.describe.configure({ timeout: 90_000 });
    test.use({ role });
    for (const [pattern, route] of Object.entries(APP_ROUTES)) {
      // Chromium logs the 404 of a page hidden from this role as a console error.
      test.describe(() => {
        test.use({ expectedConsole: route.notFoundFor?.includes(role) ? [/status of 404/] : [] });
        test(`${pattern} fits ${WIDTHS.join(", ")} px`, async ({ page, visitRoute }) => {
          await page.setViewportSize({ width: WIDTHS[0] ?? 1366, height: 900 });
          await visitRoute(route);
          // One load, then the window is resized: layout is CSS plus resize observers, neither of
          // which depends on the width the page was loaded at. Two frames let observers re-render.
          const misfits: Misfit[] = [];
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await page.evaluate(
              () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
            );
            const fit = await page.evaluate(measure);
            if (
              fit.documentWidth > fit.width ||
              fit.overflowHidden ||
              fit.overlapping.length > 0 ||
              fit.spilling.length > 0
            )
              misfits.push(fit);
          }
          expect(misfits, `${page.url()} does not fit`).toEqual([]);
        });
      });
    }
  });
}
