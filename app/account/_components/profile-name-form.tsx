"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = { fallback: "We could not save your name just now. Please try again." };

export function ProfileNameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (profile) => {
        queryClient.setQueryData(trpc.account.get.queryKey(), profile);
        // The header shows the name too.
        void queryClient.invalidateQueries({ queryKey: trpc.auth.viewer.queryKey() });
      },
    }),
  );
  const { fieldErrors, formError } = describeError(update.error, messages);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <FormField
            id="profile-name"
            name="name"
            label="Name"
            autoComplete="name"
            defaultValue={name}
            required
            errors={fieldErrors.name}
          />
        </div>
        <SubmitButton className="self-end sm:mt-7 sm:self-auto" pending={update.isPending}>
          Save name
        </SubmitButton>
      </div>
      {update.isSuccess && <FormAlert tone="success">Your name was saved.</FormAlert>}
    </form>
  );
}
