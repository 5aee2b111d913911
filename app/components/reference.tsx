import { createContext, useContext, useState } from "react";

/**
 * The reference of the request being rendered (the server makes one per request and logs it with
 * every error), so an error page can show the code a visitor can quote.
 */
export const ReferenceContext = createContext<string | undefined>(undefined);

const ELEMENT_ID = "foutcode";

/**
 * The reference on the server; in the browser the one the server rendered into the page (read
 * while hydrating, so both render the same), and none for an error that happens in the browser.
 */
export function ErrorReference() {
  const fromServer = useContext(ReferenceContext);
  const [reference] = useState(
    () => fromServer ?? (typeof document === "undefined" ? undefined : document.getElementById(ELEMENT_ID)?.textContent),
  );
  if (!reference) return null;
  return (
    <p>
      Belt of mailt u ons hierover? Noem dan deze code:{" "}
      <strong className="reference" id={ELEMENT_ID}>
        {reference}
      </strong>
    </p>
  );
}
