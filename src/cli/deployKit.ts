import { createHash } from 'node:crypto';
import { UserError } from './fileIo';

/*
 * The deployment kit of an office without Microsoft 365: the add-in's manifest pointed at its own
 * intranet server, and the Windows registry file that makes Excel trust the shared-folder catalog
 * the manifest is placed in. Nothing here reaches the internet.
 */

/** The origin the manifest in the repository points at (the development server). */
export const MANIFEST_DEV_ORIGIN = 'https://localhost:3000';

/** The address the office serves dist/ from, checked: Office loads add-ins over HTTPS only. */
export function parseAddinUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UserError(`"${text}" không phải địa chỉ web. Ví dụ: https://tonghop.tinhuy.vn hoặc https://may-chu.noibo/tonghop`);
  }
  if (url.protocol !== 'https:') throw new UserError(`Excel chỉ mở phần bổ trợ qua HTTPS: địa chỉ phải bắt đầu bằng https:// (nhận được "${text}").`);
  if (url.search || url.hash) throw new UserError(`Địa chỉ của phần bổ trợ không được có "?" hay "#" (nhận được "${text}").`);
  return url;
}

/** The manifest with every development URL replaced by the office's server (its path kept, no trailing slash). */
export function manifestForUrl(manifest: string, url: URL): string {
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  // An AppDomain is an origin; every other URL is a file under the base.
  return manifest
    .replace(`<AppDomain>${MANIFEST_DEV_ORIGIN}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`)
    .split(MANIFEST_DEV_ORIGIN)
    .join(base);
}

/** A catalog's GUID made from its path, so the same share always gives the same registry key. */
export function catalogGuid(share: string): string {
  const h = createHash('sha1').update(`tonghop-trusted-catalog:${share.toLowerCase()}`, 'utf8').digest('hex');
  // The form of a name-based UUID (version 5, RFC 4122 variant).
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

/** A UNC path to the shared folder (\\server\share\...), the only kind of catalog Excel trusts by registry. */
export function parseShare(text: string): string {
  const share = text.trim().replace(/\//g, '\\').replace(/\\+$/, '');
  if (!/^\\\\[^\\]+\\[^\\]+/.test(share)) throw new UserError(`"${text}" không phải thư mục chia sẻ trên mạng nội bộ. Viết dạng \\\\may-chu\\ten-thu-muc (ví dụ \\\\tinhuy-fs\\phan-bo-tro).`);
  return share;
}

/** A string as a .reg file writes it: backslashes and quotes escaped. */
const regString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The .reg file trusting the shared folder as Excel's add-in catalog for the current user
 * (HKCU\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\{GUID}: Id, Url, Flags=1 to list it in
 * the Shared Folder tab). Lines end in CRLF; written as UTF-16 with a BOM, as regedit writes.
 */
export function trustedCatalogReg(share: string): { guid: string; text: string; bytes: Uint8Array } {
  const guid = catalogGuid(share);
  const text = [
    'Windows Registry Editor Version 5.00',
    '',
    `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}]`,
    `"Id"=${regString(guid)}`,
    `"Url"=${regString(share)}`,
    '"Flags"=dword:00000001',
    '',
  ].join('\r\n');
  const body = Buffer.from(text, 'utf16le');
  return { guid, text, bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body])) };
}
