import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { createContext, useContext, type ReactNode } from "react";

/**
 * The subject of the email being rendered, given by the mailer, so every email carries it as its
 * `<title>`: screen readers announce it when the email opens in a browser or a webmail tab.
 */
export const EmailSubject = createContext<string | null>(null);

const styles = {
  body: {
    backgroundColor: "#f4f6f4",
    fontFamily: "Arial, Helvetica, sans-serif",
    color: "#1d2b24",
  },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "560px",
  },
  brand: {
    fontSize: "20px",
    fontWeight: 700,
    color: "#1f5f46",
    margin: "0 0 16px",
  },
  footer: { fontSize: "13px", color: "#4a5a52" },
  button: {
    backgroundColor: "#1f5f46",
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "6px",
    fontWeight: 600,
  },
  // The mail clients' default link blue (#067df7) is below 4.5:1 on white; the brand green is 7.9:1.
  link: { color: "#1f5f46", textDecoration: "underline" },
} as const;

/** The one call to action of an email. */
export function EmailButton({
  href,
  children,
}: {
  href: string;
  children: ReactNode;
}) {
  return (
    <Button href={href} style={styles.button}>
      {children}
    </Button>
  );
}

/** A link inside running text: underlined and in a colour that passes contrast. */
export function EmailLink({
  href,
  children,
}: {
  href: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} style={styles.link}>
      {children}
    </Link>
  );
}

/** The frame every Opstap email shares: plain, readable on a phone, no images to load. */
export function EmailLayout({
  preview,
  children,
}: {
  preview: string;
  children: ReactNode;
}) {
  return (
    <Html lang="nl">
      <Head>
        <title>{useContext(EmailSubject) ?? preview}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        {/* A landmark, so a screen reader can jump to the message when webmail shows it as a page. */}
        <div role="main">
          <Container style={styles.container}>
            <Text style={styles.brand}>Opstap</Text>
            <Section>{children}</Section>
            <Hr />
            <Text style={styles.footer}>
              Opstap brengt werkgevers in contact met scholen voor
              praktijkonderwijs en voortgezet speciaal onderwijs.
            </Text>
          </Container>
        </div>
      </Body>
    </Html>
  );
}

export const text = { fontSize: "16px", lineHeight: "24px" } as const;
export const label = {
  fontSize: "14px",
  color: "#4a5a52",
  margin: "0",
} as const;
export const value = { fontSize: "16px", margin: "0 0 12px" } as const;
