"""Run one notebook as a learner does: alone in an empty folder, in a Python that has only torch.

    python run_alone.py NOTEBOOK.ipynb      (run with the fresh environment's Python, from the notebook's folder)

The notebook's first code cell is its install cell: it runs first as plain Python (nothing but the
standard library and torch exists yet), and must install everything the rest of the notebook imports.
Then the whole notebook runs top to bottom in an IPython shell, skipping the cells the test flags
mark (`notest`, `slow`, `gpu`, and `eval: false`), the same cells `nbdev_test` runs. The export cell
at the end runs too: outside the repository it must do nothing.
"""
import json, os, sys, time
from pathlib import Path

SKIP_FLAGS = {"notest", "slow", "gpu"}

def source(cell): return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]

def directives(src: str) -> dict:
    "The `#| key: value` lines at the top of a cell, as {key: value}."
    found = {}
    for line in src.splitlines():
        if not line.startswith("#|"): break
        key, _, value = line[2:].strip().partition(":") if ":" in line else (line[2:].strip(), "", "")
        for word in key.split(): found[word.strip()] = value.strip()
    return found

def first_line(src: str) -> str:
    "The first line of a cell that is not a directive, shortened: how the timing report names a cell."
    line = next((l for l in src.splitlines() if l.strip() and not l.startswith("#|")), "")
    return line[:90]

def skipped(src: str) -> bool:
    d = directives(src)
    return bool(SKIP_FLAGS & d.keys()) or d.get("eval", "").lower() == "false"

def main(path: Path) -> int:
    os.environ["IN_TEST"] = "1"
    cells = [c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"]
    install = next(source(c) for c in cells if not source(c).startswith("#| default_exp"))
    if "pip" not in install: sys.exit(f"{path.name}: its first code cell is not an install cell:\n{install}")
    exec(compile(install, f"{path.name} (install cell)", "exec"), {"__name__": "__main__"})
    from execnb.nbio import read_nb      # installed by the install cell, as everything below
    from execnb.shell import CaptureShell
    nb, shell, start = read_nb(path), CaptureShell(path), time.time()
    timings, started = [], {}
    def before(cell):
        started["at"] = time.time()
        return cell.cell_type != "code" or skipped(cell.source)
    def after(cell): timings.append((time.time() - started["at"], cell.idx_, first_line(cell.source)))
    try: shell.run_all(nb, exc_stop=True, preproc=before, postproc=after)
    except Exception:
        sys.stderr.write(shell.prettytb(fname=path) + "\n"); return 1
    print("slowest cells:", *(f"  {s:6.1f}s  cell {i}: {line}" for s, i, line in sorted(timings, reverse=True)[:8]), sep="\n")
    print(f"{path.name}: ran alone in {time.time() - start:.0f}s")
    return 0

if __name__ == "__main__": sys.exit(main(Path(sys.argv[1])))
