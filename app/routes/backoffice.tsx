/**
 * The frame of the back office: who is signed in, and the staff menu. Every page under
 * /backoffice checks the session again in its own loader (loaders run in parallel).
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { requireStaff } from "~/http/staff-session.server";
import backOfficeStyles from "~/styles/backoffice.css";

export const links = () => [{ rel: "stylesheet", href: backOfficeStyles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  return {
    name: staff.name,
    role: staff.role,
    roleLabel: STAFF_ROLE_LABELS[staff.role],
    organisation: staff.organisation?.name ?? null,
  };
}

export default function BackOffice() {
  const staff = useLoaderData<typeof loader>();
  return (
    <div className="backoffice">
      <div className="backoffice-bar">
        <div className="wrap backoffice-bar__inner">
          <p className="backoffice-bar__who">
            <strong>{staff.name}</strong> · {staff.organisation ?? staff.roleLabel}
          </p>
          <nav aria-label="Backoffice">
            <ul className="nav-list">
              <li>
                <NavLink to="/backoffice" end>
                  Aanvragen
                </NavLink>
              </li>
              <li>
                <NavLink to="/backoffice/scholen">{staff.role === "school" ? "Onze school" : "Scholen"}</NavLink>
              </li>
              <li>
                <NavLink to="/backoffice/werkgevers">Werkgevers</NavLink>
              </li>
              <li>
                <NavLink to="/backoffice/cijfers">Cijfers</NavLink>
              </li>
              {staff.role === "admin" ? (
                <li>
                  <NavLink to="/backoffice/beheer">Beheer</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/backoffice/account">Mijn account</NavLink>
              </li>
            </ul>
          </nav>
          <Form method="post" action="/uitloggen">
            <button type="submit" className="button button--small">
              Uitloggen
            </button>
          </Form>
        </div>
      </div>
      <Outlet />
    </div>
  );
}
