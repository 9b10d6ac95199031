"""llmprep exercise harness: runs inside the contained child process.

Usage: python3 -I harness.py <request.json>   (stdin closed, cwd = a fresh temp folder)

request.json: {"module": "<path of the user's file>", "function": "<name>", "inputs": [{kwarg: value}, ...]}
It imports the user's module, calls the function on each case's inputs and writes one JSON line per event to
file descriptor 3: {"event": "import-error", "error": {...}}, then {"event": "case", "index": i, "output": value}
or {"event": "case", "index": i, "error": {...}}. Expected outputs never come here: grading happens in the parent.
Values use the wire format of src/core/exercises/value.ts.
"""
import io
import json
import math
import os
import sys
import traceback

import numpy as np

try:  # torch is optional: accept tensors when it happens to be installed
    import importlib.util
    _torch = importlib.util.find_spec("torch")
except Exception:  # noqa: BLE001
    _torch = None

STDOUT_LIMIT_CHARS = 4000
NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


class CappedWriter(io.TextIOBase):
    """Keeps the first STDOUT_LIMIT_CHARS of what the user prints and drops the rest (100 MB of prints stay cheap)."""

    def __init__(self):
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, s):
        n = len(s)
        room = STDOUT_LIMIT_CHARS - self.kept
        if room > 0:
            self.parts.append(s[:room])
            self.kept += min(n, room)
        if n > room:
            self.dropped += n - max(room, 0)
        return n

    def take(self):
        text = "".join(self.parts)
        if self.dropped:
            text += f"\n… ({self.dropped} more characters not shown)"
        self.parts, self.kept, self.dropped = [], 0, 0
        return text


def decode(v):
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1 and "$array" in v:
            a = v["$array"]
            data = [NON_FINITE.get(x, x) if isinstance(x, str) else x for x in a["data"]]
            return np.array(data, dtype=a["dtype"]).reshape(a["shape"])
        if len(v) == 1 and "$float" in v:
            return NON_FINITE[v["$float"]]
        return {k: decode(x) for k, x in v.items()}
    return v


def encode_float(x):
    return x if math.isfinite(x) else {"$float": "NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")}


def encode(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return encode_float(v)
    if isinstance(v, np.ndarray):
        if v.dtype.kind in "biuf":
            flat = v.ravel().tolist()
            if v.dtype.kind == "f" and not np.isfinite(v).all():
                flat = [x if math.isfinite(x) else ("NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")) for x in flat]
            return {"$array": {"dtype": str(v.dtype), "shape": list(v.shape), "data": flat}}
        return encode(v.tolist())
    if isinstance(v, np.generic):
        return encode(v.item())
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        return {str(k): encode(x) for k, x in v.items()}
    if _torch is not None and type(v).__module__.startswith("torch") and hasattr(v, "detach"):
        return encode(v.detach().cpu().numpy())
    return {"$unsupported": f"{type(v).__name__}: {repr(v)[:200]}"}


def describe(exc, user_file):
    """The exception with the user's frames only, and the innermost line of the user's code."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == user_file]
    err = {"type": type(exc).__name__, "message": str(exc)[:2000]}
    if isinstance(exc, SyntaxError) and exc.filename == user_file and exc.lineno:
        err["line"] = exc.lineno
        err["code"] = (exc.text or "").strip()
    elif frames:
        err["line"] = frames[-1].lineno
        err["code"] = (frames[-1].line or "").strip()
    lines = traceback.format_list(frames) + traceback.format_exception_only(type(exc), exc)
    err["traceback"] = "".join(lines).replace(user_file, "your code")[-4000:]
    return err


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    out = os.fdopen(3, "w", encoding="utf-8")
    emit = lambda event: (out.write(json.dumps(event, allow_nan=False) + "\n"), out.flush())  # noqa: E731
    capture = CappedWriter()
    sys.stdout = sys.stderr = capture
    user_file = os.path.abspath(request["module"])
    try:
        spec = importlib.util.spec_from_file_location("submission", user_file)
        module = importlib.util.module_from_spec(spec)
        sys.modules["submission"] = module
        spec.loader.exec_module(module)
        fn = getattr(module, request["function"], None)
        if not callable(fn):
            raise NameError(f"your code does not define a function named {request['function']!r}")
    except BaseException as exc:  # noqa: BLE001 — SystemExit and KeyboardInterrupt are user errors here too
        emit({"event": "import-error", "error": describe(exc, user_file), "stdout": capture.take()})
        return
    for index, inputs in enumerate(request["inputs"]):
        try:
            result = fn(**decode(inputs))
            emit({"event": "case", "index": index, "output": encode(result), "stdout": capture.take()})
        except BaseException as exc:  # noqa: BLE001
            emit({"event": "case", "index": index, "error": describe(exc, user_file), "stdout": capture.take()})


main()
