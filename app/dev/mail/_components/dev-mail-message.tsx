"use client";
import { useId, useState } from "react";
import type { CapturedEmailView } from "@/server/dev-mail/dev-mail.schema";
import { LocalTime } from "@/app/_components/local-time";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";

export function DevMailMessage({ email }: { email: CapturedEmailView }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  // Templates repeat a link (button and plain fallback); list each once.
  const links = [...new Set(email.links)];
  return (
    <li>
      <Card className="p-5 sm:p-6">
        <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <h2 className="text-base font-semibold text-ink">{email.subject}</h2>
          <p className="shrink-0 text-xs text-stone-500">
            <LocalTime date={new Date(email.createdAt)} />
          </p>
        </div>
        <p className="mt-1 text-sm break-all text-stone-600">To: {email.to.join(", ")}</p>
        {links.length > 0 && (
          <ul className="mt-4 space-y-1.5">
            {links.map((link) => (
              <li key={link} className="text-sm break-all">
                <a href={link} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-600">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
        <Button
          variant="ghost"
          size="sm"
          className="mt-4 -ml-4"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? "Hide message" : "Show message"}
        </Button>
        {open && (
          <div id={bodyId} className="mt-3 space-y-4">
            {/* Empty sandbox: the captured HTML can run no scripts, submit nothing, reach nothing. */}
            <iframe
              sandbox=""
              srcDoc={email.html}
              title={email.subject}
              className="h-[28rem] w-full rounded-xl border border-stone-200 bg-white"
            />
            <pre className="overflow-x-auto rounded-xl bg-stone-50 p-4 text-xs leading-5 whitespace-pre-wrap text-stone-700">
              {email.text}
            </pre>
          </div>
        )}
      </Card>
    </li>
  );
}
