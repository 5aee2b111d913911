/**
 * An email address as a mailto: link. On a phone a long address has to wrap: a <wbr> after the
 * "@" lets it break there ("f.devries@" / "debrug.example.org") before the CSS falls back to
 * breaking anywhere, mid-word. The link's text and accessible name stay the address itself.
 */
export function MailLink({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  return (
    <a href={`mailto:${address}`}>
      {at > 0 ? (
        <>
          {address.slice(0, at + 1)}
          <wbr />
          {address.slice(at + 1)}
        </>
      ) : (
        address
      )}
    </a>
  );
}
