import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { buttonStyles } from "@/app/_components/ui/button";

// The cookie passed the middleware but names no usable account any more.
export function SessionEndedCard() {
  return (
    <Card className="p-6 sm:p-8">
      <p className="text-base text-stone-700">Your session has ended. Sign in again to see your account.</p>
      <Link href="/login?next=%2Faccount" className={`${buttonStyles()} mt-6`}>
        Sign in
      </Link>
    </Card>
  );
}
