import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from './tonghop';
import { catalogGuid, manifestForUrl, parseAddinUrl, parseShare, trustedCatalogReg } from './deployKit';
import { REG_FILE_NAME } from './commands/trienKhai';

const root = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const xsd = path.join(root, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

test('the add-in address must be HTTPS, without query or fragment; a path under the server is kept', () => {
  expect(() => parseAddinUrl('http://tonghop.noibo')).toThrow('Excel chỉ mở phần bổ trợ qua HTTPS');
  expect(() => parseAddinUrl('tonghop.noibo')).toThrow('không phải địa chỉ web');
  expect(() => parseAddinUrl('https://tonghop.noibo/?a=1')).toThrow('"?" hay "#"');
  expect(parseAddinUrl('https://may-chu.noibo/tonghop/').href).toBe('https://may-chu.noibo/tonghop/');
});

test('the manifest points at the office server: files under its path, the AppDomain its origin, nothing at localhost', () => {
  const written = manifestForUrl(manifest, parseAddinUrl('https://may-chu.noibo:8443/tonghop/'));
  expect(written).not.toContain('localhost');
  expect(written).toContain('<SourceLocation DefaultValue="https://may-chu.noibo:8443/tonghop/taskpane.html"/>');
  expect(written).toContain('<AppDomain>https://may-chu.noibo:8443</AppDomain>');
  expect(written).toContain('<bt:Image id="Icon.16x16" DefaultValue="https://may-chu.noibo:8443/tonghop/assets/icon-16.png"/>');
  // What the pane truly needs stays asked for.
  expect(written).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
});

(fs.existsSync(xsd) ? test : test.skip)('the written manifest passes the XSD check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, manifestForUrl(manifest, parseAddinUrl('https://tonghop.tinhuy.vn')));
  try {
    expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' })).not.toThrow();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the shared folder must be a UNC path; slashes and a trailing backslash are tidied', () => {
  expect(parseShare('//tinhuy-fs/phan-bo-tro/')).toBe('\\\\tinhuy-fs\\phan-bo-tro');
  expect(() => parseShare('C:\\phan-bo-tro')).toThrow('không phải thư mục chia sẻ');
});

test('the .reg file trusts the catalog under TrustedCatalogs with Id, Url and Flags=1, in UTF-16 as regedit writes', () => {
  const share = '\\\\tinhuy-fs\\Phần bổ trợ';
  const reg = trustedCatalogReg(share);
  expect(reg.guid).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
  expect(catalogGuid(share)).toBe(reg.guid);
  expect(catalogGuid('\\\\khac\\thu-muc')).not.toBe(reg.guid);
  expect(reg.text.split('\r\n')).toEqual([
    'Windows Registry Editor Version 5.00',
    '',
    `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${reg.guid}]`,
    `"Id"="${reg.guid}"`,
    '"Url"="\\\\\\\\tinhuy-fs\\\\Phần bổ trợ"',
    '"Flags"=dword:00000001',
    '',
  ]);
  expect([...reg.bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
  expect(Buffer.from(reg.bytes.slice(2)).toString('utf16le')).toBe(reg.text);
});

test('tonghop trien-khai writes both files and says what to do next; a bad address is refused in Vietnamese', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-deploy-'));
  try {
    const ok = await run(['trien-khai', '--dia-chi', 'https://tonghop.tinhuy.vn', '--thu-muc-chung', '\\\\tinhuy-fs\\addins', '-o', dir]);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8')).toContain('https://tonghop.tinhuy.vn/taskpane.html');
    expect(fs.existsSync(path.join(dir, REG_FILE_NAME))).toBe(true);
    expect(ok.out).toContain('Trang đầu > Phần bổ trợ > Thư mục dùng chung');
    // Run again, nothing is overwritten without --ghi-de.
    expect((await run(['trien-khai', '--dia-chi', 'https://tonghop.tinhuy.vn', '-o', dir])).err).toContain('Dùng --ghi-de để ghi đè');
    const bad = await run(['trien-khai', '--dia-chi', 'http://tonghop.tinhuy.vn', '-o', dir]);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('Excel chỉ mở phần bổ trợ qua HTTPS')]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
