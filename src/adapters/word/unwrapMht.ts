/*
 * A "single file web page" (MHT: MIME with the page and its pictures), as Word saves one and as
 * web tools put inside a .docx (an altChunk): the HTML part, its transfer encoding undone.
 */

/** The file is a MIME message (an .mht), by its first header lines. */
export const isMht = (head: string): boolean => /^\s*(MIME-Version|From|Content-Type|Subject|Date):/i.test(head) && /multipart\/related|text\/html/i.test(head.slice(0, 4096));

function quotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '');
  const out = new Uint8Array(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = joined.charCodeAt(i) & 0xff;
  }
  return out.subarray(0, n);
}

function base64(body: string): Uint8Array {
  const binary = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The HTML of a MIME message read byte for byte (each character one byte, as latin1 decodes it),
 * or null when it holds none.
 */
export function unwrapMht(message: string): string | null {
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(message)?.[1];
  const parts = boundary ? message.split(`--${boundary}`) : [message];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1] ?? 'utf-8';
    const bytes = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? base64(body) : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
  return null;
}
