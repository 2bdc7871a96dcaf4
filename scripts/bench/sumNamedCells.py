"""The user's alternative, for the bench: open each report with openpyxl and add up the cells
behind the template's indicator names (TH_SL_…). Prints one JSON line: files, seconds, totals."""
import json
import os
import sys
import time

import openpyxl


def main() -> None:
    folder, count = sys.argv[1], int(sys.argv[2])
    files = sorted(f for f in os.listdir(folder) if f.startswith("T") and f.endswith(".xlsx"))[:count]
    started = time.perf_counter()
    totals: dict[str, float] = {}
    for name in files:
        wb = openpyxl.load_workbook(os.path.join(folder, name), data_only=True)
        # openpyxl 3.0 keeps a list of names, 3.1 a mapping.
        names = wb.defined_names.values() if hasattr(wb.defined_names, "values") else wb.defined_names.definedName
        for defined in names:
            if not defined.name.startswith("TH_SL_"):
                continue
            for sheet, ref in defined.destinations:
                value = wb[sheet][ref.replace("$", "")].value
                if isinstance(value, (int, float)):
                    totals[defined.name] = totals.get(defined.name, 0) + value
        wb.close()
    print(json.dumps({"files": len(files), "seconds": time.perf_counter() - started, "names": len(totals)}))


if __name__ == "__main__":
    main()
