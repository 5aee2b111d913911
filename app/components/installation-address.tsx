/** Who runs Opstap, as the privacy statement and the contact page show it. */
import { type InstallationDetails, telHref } from "~/domain/installation";
import { MailLink } from "./mail-link";

export function InstallationAddress({ details }: { details: InstallationDetails }) {
  return (
    <>
      {details.demo ? (
        <p className="panel">
          Let op: dit zijn voorbeeldgegevens van een proefversie van Opstap. De beheerder vult hier de echte gegevens in.
        </p>
      ) : null}
      <address className="details-address">
        <strong>{details.organisationName}</strong>
        <br />
        {details.street}
        <br />
        {details.postcodeAndCity}
        <br />
        Telefoon: <a href={telHref(details.phone)}>{details.phone}</a> ({details.phoneHours})
        <br />
        E-mail: <MailLink address={details.email} />
        {details.kvkNumber ? (
          <>
            <br />
            KvK-nummer: {details.kvkNumber}
          </>
        ) : null}
      </address>
    </>
  );
}
