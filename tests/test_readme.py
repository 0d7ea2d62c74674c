"""The README's library example runs and prints what its comments say."""

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_example_prints_its_comments():
    (block,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    expected = []
    for line in block.splitlines():
        if line.startswith("# "):
            expected.append(line[2:])  # a comment line standing for one printed line
        elif "  # " in line and line.lstrip().startswith("print("):
            expected.append(line.split("  # ", 1)[1].strip())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(README), "exec"), {})
    assert out.getvalue().splitlines() == expected
