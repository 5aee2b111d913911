/**
 * Text the database holds but must not be able to read back on its own: AES-256-GCM with a key
 * derived (HKDF-SHA256) from DATA_KEY, which lives in the environment and never in the
 * database. A copy of the database (a dump, a backup, a leaked replica) holds only ciphertext.
 *
 * Every value is bound to its use and place (`purpose`, `context`, e.g. the email's idempotency
 * key) as associated data, so a ciphertext copied into another row or column does not open.
 * Stored form: `enc:v1:` + base64url(12-byte IV ‖ 16-byte tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "./env.server";

const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, Buffer>();

function keyFor(secret: string, purpose: string): Buffer {
  const id = `${purpose}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "opstap", `opstap ${purpose} v1`, 32));
    keys.set(id, key);
  }
  return key;
}

export interface EncryptionScope {
  /** What the text is, e.g. "email-body"; each purpose has its own key. */
  purpose: string;
  /** Where it is stored, e.g. the row's unique key; a value opens only with the same context. */
  context: string;
}

export class DecryptionError extends Error {}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

export function encryptText(plain: string, scope: EncryptionScope, secret: string = env().DATA_KEY): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, scope.purpose), iv);
  cipher.setAAD(Buffer.from(scope.context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * The plain text of a value from `encryptText`. A value without the prefix is returned as it is:
 * rows written before encryption, and the notes left where a body was removed.
 */
export function decryptText(value: string, scope: EncryptionScope, secret: string = env().DATA_KEY): string {
  if (!isEncrypted(value)) return value;
  const raw = Buffer.from(value.slice(PREFIX.length), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError("Versleutelde tekst is onvolledig");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, scope.purpose), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(scope.context, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    // Wrong key (DATA_KEY changed) or a changed value: never half a text.
    throw new DecryptionError("Versleutelde tekst opent niet met deze DATA_KEY");
  }
}
