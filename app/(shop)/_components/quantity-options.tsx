// The choices of a quantity <select>: 1 to `max`.
export function QuantityOptions({ max }: { max: number }) {
  return Array.from({ length: max }, (_, index) => index + 1).map((value) => (
    <option key={value} value={value}>
      {value}
    </option>
  ));
}
