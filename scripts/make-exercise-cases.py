"""Write exercises/<slug>/cases.json from make_cases.py and the reference solution.

Usage: python3 scripts/make-exercise-cases.py <slug> [<slug> ...]   (or --all)

make_cases.py defines CASES: a list of {"name", "inputs": {kwarg: python/numpy value}, "visible"?, "atol"?, "rtol"?,
"check"?}. The expected value of each case without a "check" is the reference solution's output; make_cases.py may
define independent(solution_fn) to assert the reference against another formula. The first visible case is rendered
as the worked example between <!-- example:start --> and <!-- example:end --> in both statements.
"""
import importlib.util
import json
import math
import os
import re
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "exercises")


def encode(v):
    if isinstance(v, np.ndarray):
        flat = v.ravel().tolist()
        if v.dtype.kind == "f":
            flat = [x if math.isfinite(x) else ("NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")) for x in flat]
        if v.dtype.kind == "b":
            flat = [bool(x) for x in flat]
        return {"$array": {"dtype": str(v.dtype), "shape": list(v.shape), "data": flat}}
    if isinstance(v, np.generic):
        return encode(v.item())
    if isinstance(v, float) and not math.isfinite(v):
        return {"$float": "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")}
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        return {k: encode(x) for k, x in v.items()}
    return v


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _float(x):
    text = f"{x:.4g}"
    return text if any(c in text for c in ".ein") else text + "."


def short(v):
    with np.printoptions(precision=4, suppress=True, threshold=40, edgeitems=3, formatter={"float_kind": _float}):
        if isinstance(v, np.ndarray):
            return "np." + repr(v) if v.ndim else short(v.item())
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k!r}: {short(x)}" for k, x in v.items()) + "}"
        if isinstance(v, (list, tuple)) and any(isinstance(x, (np.ndarray, dict)) for x in v):
            inner = ", ".join(short(x) for x in v)
            return f"({inner})" if isinstance(v, tuple) else f"[{inner}]"
        if isinstance(v, float):
            return f"{v:.6g}"
        return repr(v)


def make(slug):
    folder = os.path.join(ROOT, slug)
    meta = json.load(open(os.path.join(folder, "meta.json"), encoding="utf-8"))
    fn = getattr(load(os.path.join(folder, "solution.py"), f"{slug}_solution"), meta["function"])
    spec = load(os.path.join(folder, "make_cases.py"), f"{slug}_cases")
    if hasattr(spec, "independent"):
        spec.independent(fn)
    out = {k: getattr(spec, k.upper()) for k in ("atol", "rtol") if hasattr(spec, k.upper())}
    out["cases"] = []
    example = None
    for case in spec.CASES:
        entry = {"name": case["name"]}
        if case.get("visible"):
            entry["visible"] = True
        entry["inputs"] = encode(case["inputs"])
        if "check" in case:
            entry["check"] = case["check"]
        else:
            import copy
            result = fn(**copy.deepcopy(case["inputs"]))
            entry["expected"] = encode(result)
            if example is None and case.get("visible"):
                example = (case["inputs"], result)
        for k in ("atol", "rtol"):
            if k in case:
                entry[k] = case[k]
        out["cases"].append(entry)
    with open(os.path.join(folder, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    if example:
        args = ", ".join(f"{k}={short(v)}" for k, v in example[0].items())
        block = f"<!-- example:start -->\n```python\n>>> {meta['function']}({args})\n{short(example[1])}\n```\n<!-- example:end -->"
        for lang in ("zh", "en"):
            path = os.path.join(folder, f"statement.{lang}.md")
            text = open(path, encoding="utf-8").read()
            text = re.sub(r"<!-- example:start -->.*?<!-- example:end -->", lambda _: block, text, flags=re.S)
            open(path, "w", encoding="utf-8").write(text)
    print(f"{slug}: {len(out['cases'])} cases")


if __name__ == "__main__":
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d))) if sys.argv[1:] == ["--all"] else sys.argv[1:]
    for s in slugs:
        make(s)
