/** Where an employer lands after "Ik wil niet in het register": it is done, and what that means. */
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "U staat niet meer in het register – Opstap" }, { name: "robots", content: "noindex" }];

export default function Gestopt() {
  return (
    <div className="wrap page">
      <div className="panel panel--success" role="status">
        <h1>U staat niet meer in het register</h1>
      </div>
      <p>We hebben uw naam, e-mailadres en telefoonnummer uit het werkgeversregister gehaald. We mailen u niet meer.</p>
      <p>
        Heeft een school u al gebeld of gemaild? Dan heeft die school uw gegevens misschien ook zelf bewaard. Vraag het de school als u
        wilt dat die ze ook wist.
      </p>
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
