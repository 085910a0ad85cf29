"""Write README.md from nbs/index.ipynb (or, with --check, fail if README.md is out of date).

Where Quarto is installed, `nbdev_readme` renders the README; Quarto cannot be installed on the
development and CI machines, so this renders the same notebook as nbdev processes it for the docs
(`proc_nbs`: hidden cells dropped, directives applied), as plain GitHub markdown: title, summary,
markdown cells, and the source of code cells that are shown in the docs. Outputs are left to the docs site.
"""
import ast, re, subprocess, sys
from pathlib import Path
import nbformat
import nbdev.quarto
from nbdev.config import get_config

def render(cfg) -> str:
    nbdev.quarto._ensure_quarto = lambda: None   # no Quarto here: process the notebooks without it
    cache = nbdev.quarto._pre_docs()[0]
    nb = nbformat.read(cache / cfg.readme_nb, as_version=4)
    front = re.search(r"^---\n(.*?)\n---", nb.cells[0].source, re.S)
    meta = __import__("yaml").safe_load(front.group(1)) if front else {}
    parts = [f"# {meta.get('title', cfg.lib_name)}", f"> {meta['description']}" if meta.get("description") else ""]
    for cell in nb.cells[1 if front else 0:]:
        src = cell.source.strip()
        if not src: continue
        if cell.cell_type == "markdown": parts.append(src)
        elif cell.cell_type == "code" and not re.search(r"^#\|\s*echo:\s*false", src, re.M):
            parts.append("```python\n" + re.sub(r"^#\|.*\n?", "", src, flags=re.M).strip() + "\n```")
    return "\n\n".join(p for p in parts if p) + "\n"

RAW = "https://raw.githubusercontent.com/penguin-sd/penguin_sd/main/"

def images(text: str) -> list:
    "Repository paths of the images the README shows (GitHub and PyPI show only images linked by URL)."
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    bad = [l for l in links if not l.startswith(RAW) and "kaggle.com" not in l]
    if bad: sys.exit(f"README.md links images that PyPI cannot show (use {RAW}...): {bad}")
    return [l[len(RAW):] for l in links if l.startswith(RAW)]

def committed(root: Path, path: str) -> bool:
    return bool(subprocess.run(["git", "ls-files", "--error-unmatch", path], cwd=root, capture_output=True).returncode == 0)

def heavy_cells_with_imports(nbs: Path) -> list:
    "Cells flagged slow or gpu that import something: the docs processing executes every cell with an import, whatever its flags."
    found = []
    for path in sorted(nbs.glob("*.ipynb")):
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type != "code" or not re.search(r"^#\|\s*(slow|gpu)\b", cell.source, re.M): continue
            try: tree = ast.parse("\n".join(l for l in cell.source.splitlines() if not l.lstrip().startswith(("%", "!"))))
            except SyntaxError: continue
            if any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree)): found.append(f"{path.name} cell {i}")
    return found

if __name__ == "__main__":
    cfg = get_config()
    heavy = heavy_cells_with_imports(cfg.config_path / cfg.nbs_path)   # checked first: rendering would run them
    if heavy: sys.exit(f"slow or gpu cells with imports, which the docs processing would run: {heavy} (move the imports to a cell of their own)")
    text, readme = render(cfg), cfg.config_path / "README.md"
    if "--check" in sys.argv:
        if readme.read_text() != text: sys.exit("README.md is out of date with nbs/index.ipynb: run `python .ci/readme.py`")
        print("README.md matches nbs/index.ipynb")
        missing = [p for p in images(text) if not committed(cfg.config_path, p)]
        if missing: sys.exit(f"README.md shows images that are not committed in this repository: {missing}")
        print(f"the README's {len(images(text))} images are committed files: {images(text)}")
    else: readme.write_text(text); print(f"wrote {readme}")
