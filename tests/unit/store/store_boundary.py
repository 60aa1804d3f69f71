#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The store's boundary in mente-box: SQL only in box-service/store/, one writer per table.

Fails (exit 1, naming file and line) when
  - a file of box-service/ outside store/ names a QSql* class or header, or holds an SQL
    statement in a string literal (SELECT, INSERT, UPDATE ... SET, DELETE FROM, REPLACE,
    CREATE/ALTER/DROP TABLE, PRAGMA);
  - a table is written (INSERT, UPDATE, DELETE, REPLACE) by more than one file of store/.
A write whose table is a placeholder ("UPDATE %1 SET ...", the table chosen at run time) counts
for every table the same file writes by name; a file with such a write and none by name fails.

Usage: store_boundary.py SOURCE_DIR      checks SOURCE_DIR/box-service
       store_boundary.py --self-test     shows on made-up trees that each rule fails when broken
"""
import os
import re
import sys
import tempfile

SQL_STATEMENT = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|REPLACE\s+INTO"
    r"|(CREATE|ALTER|DROP)\s+(TABLE|INDEX|UNIQUE\s+INDEX)|PRAGMA\s+\w+)\b",
    re.S,
)
WRITES = [
    re.compile(r"\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+(%\d|\w+)"),
    re.compile(r"\bREPLACE\s+INTO\s+(%\d|\w+)"),
    re.compile(r"\bUPDATE\s+(?:OR\s+\w+\s+)?(%\d|\w+)\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\s+(%\d|\w+)"),
]
QSQL = re.compile(r"\bQSql\w*")


def tokens(text):
    """Yields (kind, value, line) for the code and the string literals of a C++ file; comments
    are dropped, adjacent string literals are joined into one."""
    i, n, line = 0, len(text), 1
    code_start, code_line = 0, 1
    pending, pending_line = None, 0

    def flush_code(end):
        return ("code", text[code_start:end], code_line)

    out = []
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            out.append(flush_code(i))
            j = text.find("\n", i)
            i = n if j < 0 else j
            code_start, code_line = i, line
        elif text.startswith("/*", i):
            out.append(flush_code(i))
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
            code_start, code_line = i, line
        elif c == "'" and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif c == '"':
            out.append(flush_code(i))
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            value = text[i + 1 : j]
            i = j + 1
            # Joined with the next literal when only blanks (or a macro name) lie between.
            if pending is not None and re.fullmatch(r"[\s\w]*", out[-1][1] if out else ""):
                pending += value
            else:
                if pending is not None:
                    out.insert(len(out) - 1, ("string", pending, pending_line))
                pending, pending_line = value, line
            line += value.count("\n")
            code_start, code_line = i, line
            continue
        else:
            i += 1
            continue
    out.append(flush_code(n))
    if pending is not None:
        out.append(("string", pending, pending_line))
    return out


def sources(root):
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".cpp", ".h")):
                yield os.path.join(folder, name)


def check(source_dir):
    """Returns (problems, writers): the rule breaks found and table -> writer files."""
    box = os.path.join(source_dir, "box-service")
    store = os.path.join(box, "store") + os.sep
    if not os.path.isdir(store):
        return [f"{box}: no store/ folder"], {}
    problems, writers = [], {}
    for path in sources(box):
        rel = os.path.relpath(path, source_dir)
        with open(path, encoding="utf-8") as f:
            toks = tokens(f.read())
        in_store = path.startswith(store)
        if not in_store:
            for kind, value, line in toks:
                if kind == "code":
                    for m in QSQL.finditer(value):
                        at = line + value.count("\n", 0, m.start())
                        problems.append(f"{rel}:{at}: {m.group(0)} outside box-service/store/")
                elif kind == "string" and SQL_STATEMENT.search(value):
                    problems.append(f"{rel}:{line}: SQL outside box-service/store/: \"{value[:70]}\"")
            continue
        named, placeholder = set(), []
        for kind, value, line in toks:
            if kind != "string":
                continue
            for pattern in WRITES:
                for m in pattern.finditer(value):
                    (placeholder.append(line) if m.group(1).startswith("%") else named.add(m.group(1)))
        if placeholder and not named:
            problems.append(f"{rel}:{placeholder[0]}: writes a table chosen at run time and none by name")
        for table in named:
            writers.setdefault(table, []).append(rel)
    for table, files in sorted(writers.items()):
        if len(files) > 1:
            problems.append(f"table {table} has {len(files)} writers (one repository only): {', '.join(sorted(files))}")
    return problems, writers


def self_test():
    """Each rule on a made-up tree: a clean one passes, each broken one fails naming the break."""
    clean = {
        "store/ARepo.cpp": 'q.prepare(QStringLiteral("INSERT INTO a(x) VALUES(?)"));\n'
        '#include <QSqlQuery>\nq.prepare(QStringLiteral("UPDATE %1 SET x = ?").arg(t));\n'
        'q.exec(QStringLiteral("DELETE FROM a"));\n',
        "store/BRepo.cpp": 'q.prepare(QStringLiteral("UPDATE b SET y = ?"\n    " WHERE id = ?"));\n'
        '// UPDATE a SET x = 1 in a comment is no write\nq.exec("SELECT x FROM a");\n',
        "feature/Service.cpp": 'tr("Select the devices to update"); // SELECT * FROM a\nint x = \'"\';\n',
    }
    cases = {
        "a second writer": ({"store/CRepo.cpp": 'QStringLiteral("DELETE FROM " "a WHERE id = ?")'}, "table a has 2"),
        "a second writer by REPLACE": ({"store/CRepo.cpp": '"REPLACE INTO b(y) VALUES(1)"'}, "table b has 2"),
        "SQL in a feature": ({"feature/Bad.cpp": 'q.exec(QStringLiteral("SELECT COUNT(*) FROM a"));'}, "Bad.cpp:1: SQL"),
        "a write in a feature": ({"feature/Bad.cpp": '\n"UPDATE a"\n" SET x = 2"'}, "Bad.cpp:2: SQL"),
        "QSql in a feature": ({"feature/Bad.h": "#include <QSqlDatabase>"}, "Bad.h:1: QSqlDatabase"),
        "a placeholder only": ({"store/DRepo.cpp": '"UPDATE %1 SET z = 0"'}, "DRepo.cpp:1: writes a table chosen"),
    }
    failures = []
    with tempfile.TemporaryDirectory() as top:

        def tree(name, files):
            root = os.path.join(top, name)
            for rel, text in files.items():
                path = os.path.join(root, "box-service", rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            return root

        problems, writers = check(tree("clean", clean))
        if problems or writers != {"a": ["box-service/store/ARepo.cpp"], "b": ["box-service/store/BRepo.cpp"]}:
            failures.append(f"the clean tree: {problems} {writers}")
        for i, (name, (extra, expected)) in enumerate(cases.items()):
            problems, _ = check(tree(f"case{i}", {**clean, **extra}))
            if not any(expected in p for p in problems):
                failures.append(f"{name}: expected a problem with '{expected}', got {problems}")
            else:
                print(f"PASS self-test: {name} is found")
    for f in failures:
        print(f"FAIL self-test: {f}")
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems, writers = check(argv[1])
    for table, files in sorted(writers.items()):
        print(f"{table}: written by {', '.join(sorted(files))}")
    if problems:
        print("FAIL: the store's boundary is broken:")
        for p in problems:
            print(f"  {p}")
        return 1
    print(f"PASS: no SQL outside box-service/store/, {len(writers)} tables with one writer each")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
