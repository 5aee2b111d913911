import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f4f6f4", fontFamily: "Arial, Helvetica, sans-serif", color: "#1d2b24" },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px" },
  brand: { fontSize: "20px", fontWeight: 700, color: "#1f5f46", margin: "0 0 16px" },
  footer: { fontSize: "13px", color: "#4a5a52" },
} as const;

/** The frame every Opstap email shares: plain, readable on a phone, no images to load. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Opstap</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={styles.footer}>
            Opstap brengt werkgevers in contact met scholen voor praktijkonderwijs en voortgezet speciaal onderwijs.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const text = { fontSize: "16px", lineHeight: "24px" } as const;
export const label = { fontSize: "14px", color: "#4a5a52", margin: "0" } as const;
export const value = { fontSize: "16px", margin: "0 0 12px" } as const;
