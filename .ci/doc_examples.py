"""Check the examples a reader copies from the docs, without the notebooks that run the rest:

1. every `from penguin_sd... import ...` written in a notebook's markdown or in a code comment names something the
   library has (the notebooks' code cells are run by the tests; their prose is not);
2. every example of README.md that starts with `from penguin_sd` runs as written, in a fresh Python.
"""
import importlib, json, re, subprocess, sys
from pathlib import Path

IMPORT = re.compile(r"from (penguin_sd(?:\.\w+)*) import ([\w, ]+)")

def prose(cell) -> str:
    "The text of `cell` that no test runs: all of a markdown cell, only the comments of a code cell."
    src = "".join(cell["source"])
    if cell["cell_type"] == "markdown": return src
    return "\n".join(line.split("#", 1)[1] for line in src.splitlines() if "#" in line)

def missing_names(nbs=Path("nbs")) -> list:
    "'notebook cell i: module has no name' for each import in the notebooks' prose that does not resolve."
    bad = []
    for nb in sorted(nbs.glob("*.ipynb")):
        for i, cell in enumerate(json.loads(nb.read_text())["cells"]):
            for module, names in IMPORT.findall(prose(cell)):
                lib = importlib.import_module(module)
                bad += [f"{nb.name} cell {i}: {module} has no {n}" for n in map(str.strip, names.split(",")) if n and not hasattr(lib, n)]
    return bad

def readme_examples(readme=Path("README.md")) -> list:
    "The README's python examples that stand alone (they import what they use from penguin_sd)."
    return [b for b in re.findall(r"```python\n(.*?)```", readme.read_text(), re.S) if b.startswith("from penguin_sd")]

if __name__ == "__main__":
    bad = missing_names()
    examples = readme_examples()
    if not examples: bad.append("README.md has no example that starts with `from penguin_sd`")
    for example in examples:
        run = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, env={**__import__("os").environ, "MPLBACKEND": "Agg"})
        if run.returncode: bad.append(f"README example fails:\n{example}\n{run.stderr[-1500:]}")
    print("\n".join(bad) or f"every import in the notebooks' prose resolves; {len(examples)} README example(s) run")
    sys.exit(1 if bad else 0)
