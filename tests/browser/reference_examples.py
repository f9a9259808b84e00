"""The code examples of the TaskRouter.js v1 Workspace page (shared/reference/taskrouter-js-v1-workspace.txt).

Each numbered code block of the page is one example. The page is kept verbatim, so its known slips
are repaired here, each repair checked to apply exactly where expected (a repair that stops applying
fails loudly rather than silently testing something else):

* the multiple-attribute `update` example has a malformed object literal (`"EventCallbackUrl", "…"`);
* the list-form `delete` examples miss the comma after the SID;
* two statistics examples miss a closing parenthesis in a `console.log`.

The instance-form `update` examples that pass a leading SID are NOT repaired: our SDK accepts that
form (it ignores the SID and updates the instance), so they run as printed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = Path(os.environ.get("SWITCHBOARD_SHARED", REPO_ROOT.parent / "shared"))
REFERENCE = SHARED_DIR / "reference" / "taskrouter-js-v1-workspace.txt"

# (what is wrong, text as printed, repaired text, how many times it must occur)
REPAIRS = [
    ("malformed object literal in the multiple-attribute update example",
     '{"EventCallbackUrl", "http://requestb.in/1kmw9im1", "TimeoutActivitySid":"WAxxx"}',
     '{"EventCallbackUrl": "http://requestb.in/1kmw9im1", "TimeoutActivitySid":"WAxxx"}', 1),
    ("missing comma after the SID in list-form delete examples",
     re.compile(r'\.delete\("(W[A-Z]xxx)"\n'), r'.delete("\1",\n', 5),
    ("missing closing parenthesis in statistics console.log",
     re.compile(r'(console\.log\("[^"\n]*: "\+statistics\.\w+);'), r"\1);", 2),
]


@dataclass
class Example:
    number: int
    title: str
    code: str
    repairs: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.number:02d}-{self.title}"


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Numbered code blocks: a line "1", a code line, "2", a code line, … (a blank code line is left out)."""
    blocks = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "1" and i + 1 < len(lines):
            code, n, j = [], 1, i
            while j + 1 < len(lines) and lines[j].strip() == str(n):
                if lines[j + 1].strip() == str(n + 1):  # a blank code line is printed as nothing
                    code.append("")
                    n += 1
                    j += 1
                    continue
                code.append(lines[j + 1])
                n += 1
                j += 2
            if len(code) >= 1:
                blocks.append((i, code))
                i = j
                continue
        i += 1
    return blocks


def _title(lines: list[str], start: int, code: str) -> str:
    """A short name from the code: the first call it makes, e.g. "workspace.activities.fetch"."""
    calls = re.findall(r"\b((?:workspace|taskqueue|worker|workflow|activity|task)(?:\.\w+)+)\s*\(", code)
    first = calls[0] if calls else "snippet"
    if first.endswith(".fetch") and len(calls) > 1 and calls[1].split(".")[-1] in {"update", "delete"}:
        first = f"{first}+{calls[1].split('.', 1)[0]}.{calls[1].split('.')[-1]}"
    extra = re.search(r'\.on\("([\w.]+)"', code)
    if extra:
        first += f"[{extra.group(1)}]"
    elif first.endswith(".fetch") and re.search(r'fetch\(\s*"W', code):
        first += "(sid)"
    elif first.endswith(".fetch") and ("queryParams" in code):
        first += "(params)"
    return first


def load_examples(path: Path = REFERENCE) -> list[Example]:
    text = path.read_text()
    lines = text.split("\n")
    examples = []
    for start, code_lines in _blocks(lines):
        code = "\n".join(code_lines)
        if "require('twilio')" in code:
            continue  # the server-side Node token snippet: tokens here come from twilio-python
        examples.append(Example(number=len(examples) + 1, title=_title(lines, start, code), code=code))
    _apply_repairs(examples)
    # Two inline one-liners that are not numbered blocks.
    for snippet in ("var workspace = new Twilio.TaskRouter.Workspace(WORKSPACE_TOKEN);",
                    "var workspace = new Twilio.TaskRouter.Workspace(WORKSPACE_TOKEN, false);"):
        assert snippet in text, snippet
    return examples


def _apply_repairs(examples: list[Example]) -> None:
    for what, before, after, expected in REPAIRS:
        count = 0
        for example in examples:
            if isinstance(before, str):
                n = example.code.count(before)
                example.code = example.code.replace(before, after)
            else:
                example.code, n = before.subn(after, example.code)
            if n:
                example.repairs.append(what)
            count += n
        if count != expected:
            raise AssertionError(f"repair '{what}' applied {count} times, expected {expected}: has the reference page changed?")


if __name__ == "__main__":
    for e in load_examples():
        print(f"--- {e.id} {e.repairs}\n{e.code}")
