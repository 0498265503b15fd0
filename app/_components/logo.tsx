import Link from "next/link";

export function Logo() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2 rounded-lg text-lg font-semibold tracking-tight text-ink focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
    >
      <svg viewBox="0 0 24 24" className="size-7" aria-hidden="true">
        <rect width="24" height="24" rx="7" className="fill-brand-600" />
        <path d="M7.5 10h9l-.8 7.2a1 1 0 0 1-1 .8H9.3a1 1 0 0 1-1-.8L7.5 10Z" fill="white" />
        <path d="M9.5 10V8.5a2.5 2.5 0 0 1 5 0V10" fill="none" stroke="white" strokeWidth="1.5" />
      </svg>
      Shopfront
    </Link>
  );
}
