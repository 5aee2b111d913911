/**
 * The outbox stores a template's props as JSON and the worker renders them at send time
 * (decision 033). So every template must render from props that went through JSON: no Date, no
 * undefined that matters, no function, nothing JSON turns into something else. Each template's
 * example props (PreviewProps, also used by react-email's preview and the accessibility test)
 * stand in for what the app queues; the types keep the app's props to the same shapes.
 */
import { describe, expect, it } from "vitest";
import { renderEmail } from "~/lib/mailer.server";
import { EMAIL_TEMPLATES, type EmailTemplateName } from ".";

const modules = import.meta.glob<{ default?: { PreviewProps?: object } }>("./*.tsx", { eager: true });
const templates = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

function previewPropsOf(template: EmailTemplateName): object {
  const props = modules[`./${template}.tsx`]?.default?.PreviewProps;
  if (!props) throw new Error(`${template} heeft geen PreviewProps (export default met PreviewProps)`);
  return props;
}

describe("every email template, rendered from JSON props as the outbox worker does", () => {
  it.each(templates)("%s: its props survive JSON unchanged", (template) => {
    const props = previewPropsOf(template);
    expect(JSON.parse(JSON.stringify(props))).toStrictEqual(props);
  });

  it.each(templates)("%s: renders the same from JSON as from the original props", async (template) => {
    const props = previewPropsOf(template);
    const direct = await renderEmail(template, props as never);
    const fromJson = await renderEmail(template, JSON.parse(JSON.stringify(props)) as never);
    expect(fromJson.text.length).toBeGreaterThan(100);
    expect(fromJson).toEqual(direct);
  });
});
