import { Text } from "@react-email/components";
import { text } from "./layout";

/** The routing decision's reasons, as a list under a short heading line. */
export function ReasonList({ title, reasons }: { title: string; reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <>
      <Text style={text}>{title}</Text>
      <ul>
        {reasons.map((r) => (
          <li key={r}>
            <Text style={{ ...text, margin: "0" }}>{r}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}
