"""Interoperability check of a Mantelsim run folder.

Reads indicators.parquet and summary.parquet (and sensitivity.parquet, when the run has one) with DuckDB and with
pandas (pyarrow) and checks that both find exactly the columns, rows and values of the CSV file of the same name,
read with Python's own csv module:
the same column names in the same order, the same number of rows in the same order, and the same value in
every cell (doubles compared exactly; an empty CSV field is a null in Parquet, or an empty text). Exits 1 on the first file
that differs, naming file, row and column.

Usage:
    python check_outputs.py RUN_DIR              check a run folder
    python check_outputs.py --self-test RUN_DIR  also show that a changed CSV value is caught (exit 1 if not)
"""

import csv
import math
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

FILES = ("indicators", "summary")
# Written only by runs with a sensitivity analysis (the default plan has one); checked when present.
OPTIONAL = ("sensitivity",)


def stems(run):
    return list(FILES) + [s for s in OPTIONAL if (run / f"{s}.csv").exists()]


class Mismatch(Exception):
    pass


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, list(reader)


def same(text, value):
    """Whether a CSV field and a value read from Parquet are the same datum."""
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    if text == "":
        # An empty field is a null, or an empty text (sensitivity.csv's note column when nothing was refused).
        return missing or value == ""
    if missing:
        return False
    if isinstance(value, (bool, np.bool_)):
        return text == ("true" if value else "false")
    if isinstance(value, str):
        return text == value
    if isinstance(value, (int, np.integer)):
        return int(text) == int(value)
    return float(text) == float(value)


def compare(name, header, rows, columns, records):
    if list(columns) != header:
        raise Mismatch(f"{name}: columns {list(columns)} but the CSV has {header}")
    if len(records) != len(rows):
        raise Mismatch(f"{name}: {len(records)} rows but the CSV has {len(rows)}")
    for i, (fields, record) in enumerate(zip(rows, records)):
        for column, text, value in zip(header, fields, record):
            if not same(text, value):
                raise Mismatch(f"{name}: row {i + 1}, column {column}: CSV '{text}' but Parquet {value!r}")


def check(run):
    checked = 0
    for stem in stems(run):
        header, rows = csv_rows(run / f"{stem}.csv")
        parquet = run / f"{stem}.parquet"

        with duckdb.connect() as con:
            result = con.execute("SELECT * FROM read_parquet(?)", [str(parquet)])
            columns = [d[0] for d in result.description]
            compare(f"{stem}.parquet via DuckDB", header, rows, columns, result.fetchall())

        frame = pd.read_parquet(parquet, engine="pyarrow")
        records = [tuple(r) for r in frame.itertuples(index=False, name=None)]
        compare(f"{stem}.parquet via pandas", header, rows, frame.columns, records)
        checked += len(rows) * len(header)
    return checked


def self_test(run):
    """A check that cannot fail proves nothing: change one summary value in a copy by the smallest step a double
    can take and expect a mismatch."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for stem in stems(run):
            for ext in ("csv", "parquet"):
                shutil.copy(run / f"{stem}.{ext}", copy / f"{stem}.{ext}")
        lines = (copy / "summary.csv").read_text(encoding="utf-8").splitlines(keepends=True)
        fields = lines[1].split(",")
        mean = fields[5]  # the 'mean' column
        fields[5] = repr(math.nextafter(float(mean), math.inf)) if mean else "1.0"
        lines[1] = ",".join(fields)
        (copy / "summary.csv").write_text("".join(lines), encoding="utf-8")
        try:
            check(copy)
        except Mismatch as e:
            print(f"check_outputs: self-test: a changed value is caught ({e})")
            return True
    print("check_outputs: self-test FAILED: a changed value in summary.csv went unnoticed", file=sys.stderr)
    return False


def main(argv):
    args = [a for a in argv if a != "--self-test"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    run = Path(args[0])
    try:
        cells = check(run)
    except Mismatch as e:
        print(f"check_outputs: MISMATCH in {run}: {e}", file=sys.stderr)
        return 1
    print(f"check_outputs: {run.name}: {', '.join(stems(run))} agree in CSV, DuckDB and pandas "
          f"({cells} cells; duckdb {duckdb.__version__}, pandas {pd.__version__})")
    if "--self-test" in argv and not self_test(run):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
