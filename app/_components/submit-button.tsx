import type { ComponentProps } from "react";
import { Button } from "./ui/button";
import { Spinner } from "./ui/spinner";

type SubmitButtonProps = Omit<ComponentProps<typeof Button>, "type"> & { pending: boolean };

// A form's submit button: disabled and spinning while its request is in flight, so it cannot be sent twice.
export function SubmitButton({ pending, disabled, children, ...props }: SubmitButtonProps) {
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {pending && <Spinner />}
      {children}
    </Button>
  );
}
