import { Spinner } from "@fluentui/react-components";

/** Progress for long work, announced to screen readers. */
export function Busy({ label }: { readonly label: string | undefined }) {
  if (!label) return null;
  return <Spinner size="tiny" label={label} labelPosition="after" role="status" aria-live="polite" />;
}
