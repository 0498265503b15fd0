import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost" | "menu";
type Size = "sm" | "md" | "lg";

const base =
  "inline-flex items-center gap-2 font-medium transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<Variant, string> = {
  primary: "bg-brand-600 text-white shadow-sm hover:bg-brand-700 disabled:hover:bg-brand-600",
  secondary: "border border-stone-300 bg-white text-ink shadow-sm hover:border-stone-400 hover:bg-stone-50",
  ghost: "text-stone-700 hover:bg-stone-100 hover:text-ink",
  // A full-width, left-aligned row inside a dropdown menu.
  menu: "h-9 w-full justify-start rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100 hover:text-ink",
};

const sizes: Record<Size, string> = {
  sm: "h-9 px-4 text-sm",
  md: "h-11 px-5 text-sm",
  lg: "h-12 px-7 text-base",
};

// Shared with links that look like buttons, so both stay in step.
export function buttonStyles({ variant = "primary", size = "md" }: { variant?: Variant; size?: Size } = {}) {
  const shape = variant === "menu" ? "" : `justify-center rounded-full ${sizes[size]}`;
  return `${base} ${variants[variant]} ${shape}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size };

export function Button({ variant, size, className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonStyles({ variant, size })} ${className}`} {...props} />;
}
