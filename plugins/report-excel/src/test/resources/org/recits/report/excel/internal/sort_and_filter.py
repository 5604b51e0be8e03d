# Sorts and filters every table of a workbook in LibreOffice (headless, through UNO), as a funder would with
# the tables' auto-filters, recalculates, and says whether any value of the summary, of any chart or of any
# defined name changed (the summary: every sheet whose values are compared).
# Run by SortAndFilterTest with the system's python3 and its uno module (Debian: python3-uno).
#
# usage: sort_and_filter.py WORKBOOK TABLES.json SUMMARY_SHEETS PROFILE_DIR OUT.json
#   TABLES.json: [[sheet name, "A1:R55"], ...], each table's auto-filter range, header row first.
#   SUMMARY_SHEETS: the sheets whose every value is compared, comma-separated ("Synthèse,Comparaisons").
# OUT.json: {"baseline": {...}, "steps": [{"action", "changed": [...], "moved": bool}], "hidden": {...}};
# OUT.json.tsv the same in short, for the test: "charts N", "summary rows N", "names N", "hidden SHEET N", and per step
# "step ACTION MOVED CHANGED" (tab-separated; MOVED: whether the sort changed the table's first rows).
import json
import math
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.sheet import TableFilterField
from com.sun.star.table import TableSortField


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start(profile):
    pipe = "recits_sort_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                               "--headless", "--invisible", "--norestore", "--nologo",
                               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if time.time() > deadline or office.poll() is not None:
                office.kill()
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return office, desktop


def number(v):
    """A value as JSON can hold it: NaN (an empty point) becomes None."""
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def summary_rows(sheet):
    """The summary's rows, each as its values (number or text) and formula errors, sorted: sorting the summary
    itself moves its rows, not its figures, so the rows are compared as a set."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.getRangeAddress().EndRow
    last_col = cursor.getRangeAddress().EndColumn
    rows = []
    for r in range(last_row + 1):
        row = []
        for c in range(last_col + 1):
            cell = sheet.getCellByPosition(c, r)
            if cell.getError() != 0:
                row.append("#ERR%d" % cell.getError())
            elif cell.getType().value == "TEXT" or (cell.getType().value == "FORMULA"
                                                     and cell.FormulaResultType2 == 2):  # FormulaResult.STRING
                row.append(cell.getString())
            elif cell.getType().value == "EMPTY":
                row.append(None)
            else:
                row.append(cell.getValue())
        rows.append(row)
    return sorted(rows, key=lambda row: json.dumps(row))


def charts(doc):
    """Every chart's data as it draws it: per series, its name, categories and values."""
    out = {}
    sheets = doc.getSheets()
    for s in range(sheets.getCount()):
        sheet = sheets.getByIndex(s)
        tables = sheet.getCharts()
        for name in tables.getElementNames():
            chart = tables.getByName(name).getEmbeddedObject()
            diagram = chart.getFirstDiagram()
            series_out = []
            for system in diagram.getCoordinateSystems():
                categories = []
                scale = system.getAxisByDimension(0, 0).getScaleData()
                if scale.Categories is not None:
                    categories = list(scale.Categories.getValues().getData())
                for chart_type in system.getChartTypes():
                    for series in chart_type.getDataSeries():
                        for seq in series.getDataSequences():
                            label = seq.getLabel()
                            series_out.append({
                                "name": list(label.getData()) if label is not None else [],
                                "categories": categories,
                                "values": [number(v) for v in seq.getValues().getData()],
                            })
            title = chart.getTitle().String if chart.HasMainTitle else name
            out[sheet.getName() + " / " + title] = series_out
    return out


NAMES_SHEET = "recits_names"


def add_names_sheet(doc):
    """A scratch sheet, last, with one cell per defined name of the workbook: the sum of what it designates (a
    block of cells or one value). Returns the names, in order."""
    names = [n for n in doc.NamedRanges.getElementNames() if not n.startswith("_") and "BuiltIn" not in n]
    sheets = doc.getSheets()
    sheets.insertNewByName(NAMES_SHEET, sheets.getCount())
    sheet = sheets.getByName(NAMES_SHEET)
    for i, name in enumerate(names):
        sheet.getCellByPosition(0, i).setFormula("=SUM(%s)" % name)
    return names


def name_values(doc, names):
    sheet = doc.getSheets().getByName(NAMES_SHEET)
    out = {}
    for i, name in enumerate(names):
        cell = sheet.getCellByPosition(0, i)
        out[name] = "#ERR%d" % cell.getError() if cell.getError() != 0 else cell.getValue()
    return out


def snapshot(doc, summary, names):
    doc.calculateAll()
    rows = []
    for sheet in summary.split(","):
        rows += [[sheet] + row for row in summary_rows(doc.getSheets().getByName(sheet))]
    return {"summary": rows, "charts": charts(doc), "names": name_values(doc, names)}


def differences(before, after):
    changed = []
    if before["summary"] != after["summary"]:
        gone = [r for r in before["summary"] if r not in after["summary"]]
        new = [r for r in after["summary"] if r not in before["summary"]]
        changed.append({"summary rows before": gone[:5], "after": new[:5]})
    for name, series in before["charts"].items():
        if after["charts"].get(name) != series:
            changed.append({"chart": name, "before": series, "after": after["charts"].get(name)})
    for name, value in before["names"].items():
        if after["names"].get(name) != value:
            changed.append({"name": name, "before": value, "after": after["names"].get(name)})
    return changed


def first_rows(rng, n=3):
    return [list(r) for r in rng.getDataArray()[1:1 + n]]


def main():
    workbook, tables_file, summary, profile, out_file = sys.argv[1:6]
    with open(tables_file, encoding="utf-8") as f:
        tables = json.load(f)
    office, desktop = start(profile)
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(workbook)), "_blank", 0,
                                           (prop("Hidden", True),))
        names = add_names_sheet(doc)
        baseline = snapshot(doc, summary, names)
        steps = []
        # Each table sorted by each of its columns in turn, descending (the order the data does not have),
        # then recalculated: no value of the summary and no chart may change.
        for sheet_name, ref in tables:
            rng = doc.getSheets().getByName(sheet_name).getCellRangeByName(ref)
            columns = rng.getColumns().getCount()
            for col in range(columns):
                before = first_rows(rng)
                sort = rng.createSortDescriptor()
                field = TableSortField()
                field.Field = col
                field.IsAscending = False
                field.IsCaseSensitive = False
                for p in sort:
                    if p.Name == "ContainsHeader":
                        p.Value = True
                    elif p.Name == "SortFields":
                        p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
                uno.invoke(rng, "sort", (tuple(sort),))
                moved = first_rows(rng) != before
                steps.append({"action": "sort %s %s by column %d" % (sheet_name, ref, col + 1), "moved": moved,
                              "changed": differences(baseline, snapshot(doc, summary, names))})
        # Then every table filtered: its first column keeps only rows unlike its (now) first data row.
        hidden = {}
        for sheet_name, ref in tables:
            sheet = doc.getSheets().getByName(sheet_name)
            rng = sheet.getCellRangeByName(ref)
            data = rng.getDataArray()
            if len(data) < 2:
                continue
            first = data[1][0]
            condition = TableFilterField()
            condition.Field = 0
            condition.Operator = uno.Enum("com.sun.star.sheet.FilterOperator", "NOT_EQUAL")
            condition.IsNumeric = isinstance(first, float)
            if condition.IsNumeric:
                condition.NumericValue = first
            else:
                condition.StringValue = first
            descriptor = rng.createFilterDescriptor(True)
            descriptor.ContainsHeader = True
            descriptor.setFilterFields((condition,))
            rng.filter(descriptor)
            address = rng.getRangeAddress()
            hidden[sheet_name] = sum(1 for r in range(address.StartRow + 1, address.EndRow + 1)
                                     if not sheet.getRows().getByIndex(r).IsVisible)
            steps.append({"action": "filter %s %s on column 1" % (sheet_name, ref), "moved": True,
                          "changed": differences(baseline, snapshot(doc, summary, names))})
        with open(out_file, "w", encoding="utf-8") as f:
            json.dump({"baseline": baseline, "steps": steps, "hidden": hidden}, f, ensure_ascii=False, indent=1)
        with open(out_file + ".tsv", "w", encoding="utf-8") as f:
            f.write("charts\t%d\n" % len(baseline["charts"]))
            f.write("summary rows\t%d\n" % len(baseline["summary"]))
            f.write("names\t%d\n" % len(baseline["names"]))
            for sheet_name, count in hidden.items():
                f.write("hidden\t%s\t%d\n" % (sheet_name, count))
            for step in steps:
                f.write("step\t%s\t%s\t%d\n" % (step["action"], step["moved"], len(step["changed"])))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down with the office
            pass
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
