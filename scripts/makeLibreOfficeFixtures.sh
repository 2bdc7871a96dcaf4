#!/usr/bin/env bash
# Makes the "real" files of the bad-file corpus: reports saved by LibreOffice (.ods, .xlsx) and as
# Excel 97-2003 (.xls) by LibreOffice, from the demo's sample reports. Run once; the files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run build:cli >/dev/null
node lib/cli/tonghop.js demo --thu-muc "$work/demo" >/dev/null
src="$work/demo/Báo cáo các đơn vị"
out=tests/fixtures/bad/real
mkdir -p "$out"
convert() { # source file, filter, target name
  soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to "$2" --outdir "$work/conv" "$1" >/dev/null
  mv "$work/conv/"* "$out/$3"
}
convert "$src/Báo cáo 6 tháng đầu năm 2026 - xã Đông Anh.xlsx" ods "LibreOffice - xã Đông Anh.ods"
convert "$src/Báo cáo 6 tháng đầu năm 2026 - xã Sóc Sơn.xlsx" "xlsx:Calc MS Excel 2007 XML" "LibreOffice - xã Sóc Sơn.xlsx"
convert "$src/Báo cáo 6 tháng đầu năm 2026 - phường Sơn Tây.xlsx" "xls:MS Excel 97" "Excel 97-2003 - phường Sơn Tây.xls"
ls -la "$out"
