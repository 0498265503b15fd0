import type { HTMLAttributes } from "react";

// What a status means, not which colour it is: callers map their states onto these.
export type BadgeTone = "success" | "warning" | "danger" | "neutral" | "info" | "brand" | "overlay";

const tones: Record<BadgeTone, string> = {
  success: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  warning: "bg-amber-50 text-amber-800 ring-amber-600/25",
  danger: "bg-red-50 text-red-700 ring-red-600/20",
  neutral: "bg-stone-100 text-stone-700 ring-stone-500/25",
  info: "bg-sky-50 text-sky-800 ring-sky-600/20",
  brand: "bg-brand-50 text-brand-700 ring-brand-600/20",
  // On top of a picture, where a ring would draw a second frame.
  overlay: "bg-white/90 text-ink ring-transparent",
};

const dots: Record<BadgeTone, string> = {
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
  neutral: "bg-stone-400",
  info: "bg-sky-500",
  brand: "bg-brand-500",
  overlay: "bg-ink",
};

const sizes = { sm: "px-2 py-0.5", md: "px-2.5 py-1" };

type BadgeProps = HTMLAttributes<HTMLSpanElement> & { tone: BadgeTone; size?: keyof typeof sizes; dot?: boolean };

// A status pill. The text says the status; the colour and the dot only repeat it.
export function Badge({ tone, size = "sm", dot = false, className = "", children, ...props }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full text-xs font-medium ring-1 ring-inset ${sizes[size]} ${tones[tone]} ${className}`}
      {...props}
    >
      {dot && <span aria-hidden="true" className={`size-1.5 rounded-full ${dots[tone]}`} />}
      {children}
    </span>
  );
}
