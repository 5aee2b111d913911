/** Sign out of this browser, or of every browser ("overal uitloggen"). */
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { database } from "~/lib/db.server";
import { currentStaff, requireSameOrigin, sessionTokenOf, staffSessionCookie } from "~/http/staff-session.server";
import { signOut, signOutEverywhere } from "~/models/staff-auth.server";

export function loader() {
  return redirect("/backoffice");
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await request.formData();
  const token = await sessionTokenOf(request);
  if (token) {
    const staff = form.get("overal") === "ja" ? await currentStaff(request) : null;
    if (staff) await signOutEverywhere(database(), staff.id);
    else await signOut(database(), token);
  }
  return redirect("/inloggen?uitgelogd", { headers: { "Set-Cookie": await staffSessionCookie().serialize("", { maxAge: 0 }) } });
}
