"""Opens the workbooks written by WorkbookWriterTest with openpyxl and checks what analysts'
scripts rely on: sheet names, frozen header, string cells for formula-looking text, hyperlinks."""
import sys

import openpyxl

EXPECTED = ["Summary", "Articles", "Rejects", "Actors", "Co-occurrence", "Coverage",
            "Citations", "Timeline", "Conflicts", "Evidence"]

for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == EXPECTED, (path, wb.sheetnames)
    for name in EXPECTED[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", (path, name, ws.freeze_panes)
        assert ws.auto_filter.ref, (path, name)
    cell = wb["Rejects"]["D3"]
    assert cell.data_type == "s", (path, cell.data_type)
    assert cell.value.startswith("=HYPERLINK"), cell.value
    link = wb["Articles"]["F2"]
    assert link.hyperlink is not None and link.hyperlink.target.startswith("https://"), link.hyperlink
    assert wb["Articles"]["F5"].hyperlink is None
    assert wb["Actors"]["C2"].value == "بريت ماكغورك"
    assert wb["Actors"]["C2"].alignment.readingOrder == 2
    assert wb["Actors"]["E2"].value == 9
    assert wb["Summary"].sheet_view.rightToLeft == path.endswith("-ar.xlsx"), path
print("OK")
