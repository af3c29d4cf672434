import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * The office's Ed25519 signing keys (node:crypto). The private key is kept in the database itself: it
 * is exactly as secret as the records it signs for, travels with the database's backups (a restored
 * office keeps signing with the key the province registered), and leaves it only inside signatures.
 * No method returns it and nothing logs it.
 */
export interface OfficeKeys {
  publicKey: string;
  privateKey: string;
}

export function newOfficeKeys(): OfficeKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey: publicKey.trim(), privateKey };
}

/** The public key in its canonical PEM text, or null when it is not an Ed25519 public key. */
export function canonicalPublicKey(pem: string): string | null {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') return null;
    return String(key.export({ type: 'spki', format: 'pem' })).trim();
  } catch {
    return null;
  }
}

/** SHA-256 of the key's DER bytes in groups of four hex digits: read out over the phone to compare. */
export function keyFingerprint(pem: string): string {
  const der = createPublicKey(pem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return (hex.match(/.{4}/g) ?? []).join(' ');
}

export function signText(privateKeyPem: string, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKeyPem).toString('base64');
}

/** False for a wrong signature, a malformed one, or a key that cannot verify. */
export function verifyText(publicKeyPem: string, text: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKeyPem, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
