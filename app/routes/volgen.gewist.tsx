/** Where an employer lands after erasing their data: it is done, and what that means. */
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Uw gegevens zijn gewist – Opstap" }, { name: "robots", content: "noindex" }];

export default function Gewist() {
  return (
    <div className="wrap page">
      <div className="panel panel--success" role="status">
        <h1>Uw gegevens zijn gewist</h1>
      </div>
      <p>
        We hebben uw naam, e-mailadres, telefoonnummer, bedrijfsnaam en wat u in uw aanvragen schreef gewist. Aanvragen die nog
        liepen, zijn ingetrokken. Uw links werken niet meer.
      </p>
      <p>
        Heeft een school u al gebeld of gemaild? Dan heeft die school uw gegevens misschien ook zelf bewaard. Vraag het de school
        als u wilt dat die ze ook wist.
      </p>
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
