/** Who runs Opstap, as the privacy statement and the contact page show it. */
import { type InstallationDetails, telHref } from "~/domain/installation";

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
        E-mail: <a href={`mailto:${details.email}`}>{details.email}</a>
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
