type Rating = { average: number | null; count: number };

// One star, coloured by the text colour around it.
export function StarIcon({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" className={`size-4 shrink-0 ${className}`} aria-hidden="true">
      <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z" />
    </svg>
  );
}

function Stars({ className }: { className: string }) {
  return (
    <span className={`flex ${className}`}>
      {[0, 1, 2, 3, 4].map((i) => (
        <StarIcon key={i} />
      ))}
    </span>
  );
}

export function RatingStars({ rating, size = "sm" }: { rating: Rating; size?: "sm" | "md" }) {
  const text = size === "md" ? "text-sm" : "text-xs";
  if (rating.average === null || rating.count === 0) {
    return <p className={`${text} text-stone-500`}>No reviews yet</p>;
  }
  const average = Math.round(rating.average * 10) / 10;
  const reviews = `${rating.count} ${rating.count === 1 ? "review" : "reviews"}`;
  return (
    <p className={`flex items-center gap-2 ${text} text-stone-600`}>
      <span className="sr-only">{`Rated ${average} out of 5, ${reviews}`}</span>
      {/* A grey row with a clipped amber row on top shows fractional ratings. */}
      <span aria-hidden="true" className="relative inline-block">
        <Stars className="text-stone-300" />
        <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${(average / 5) * 100}%` }}>
          <Stars className="text-amber-500" />
        </span>
      </span>
      <span aria-hidden="true" className="tabular-nums">
        {average.toFixed(1)} <span className="text-stone-500">({rating.count})</span>
      </span>
    </p>
  );
}
