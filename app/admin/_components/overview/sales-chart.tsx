"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AdminOverview } from "@/server/admin/admin.schema";
import { formatMoney } from "@/app/_components/price";

const usd = (cents: number) => formatMoney({ amountCents: cents, currency: "USD" });
const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

// Revenue per day for the last 30 days. The table below the chart carries the same numbers
// for screen readers (the SVG is hidden from them). The chart is hidden, so it must not take
// keyboard focus either: Recharts' keyboard layer (a focusable SVG) is turned off.
export function AdminSalesChart({ days }: { days: AdminOverview["dailySales"] }) {
  return (
    <figure>
      <div aria-hidden="true" className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e7e5e4" />
            <XAxis
              dataKey="day"
              tickFormatter={shortDay}
              tick={{ fontSize: 12, fill: "#78716c" }}
              tickLine={false}
              axisLine={false}
              interval="preserveStartEnd"
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              domain={[0, (max: number) => Math.max(max, 10_000)]}
              tickFormatter={(cents: number) => usd(cents).replace(/\.00$/, "")}
              tick={{ fontSize: 12, fill: "#78716c" }}
              tickLine={false}
              axisLine={false}
              width={64}
            />
            <Tooltip
              cursor={{ fill: "#f5f5f4" }}
              formatter={(value) => [usd(Number(value)), "Revenue"]}
              labelFormatter={(label) => shortDay(String(label))}
            />
            <Bar dataKey="revenueCents" fill="#4f46e5" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        <table>
          <caption>Revenue per day, last 30 days</caption>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{usd(day.revenueCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
