"""Garbage collection paused while an HTTP function imports our modules; resumed by
`web.handler.make_handler`, the last line of every such app.py.

Importing a function builds its models, routes and clients: it allocates a great deal and frees
almost nothing, yet every 700 allocations start a collection that scans what was allocated since
(OptimizeResume: ~250 collections, 31 M instructions of its cold start by cachegrind, 1.2%).
web/gc_pause.py, which an app.py imports first among ours, pauses: after FastAPI, Starlette,
pydantic, boto3 and the preloaded client are loaded with collection on (what any function does,
as in the cold-start benchmark's floor), so only our own modules and what they build run paused.
Only in a Lambda execution environment (or the local runner's), as `resume_api/__init__` freezes
only there. `resume()` turns collection back on and freezes what the import built, which lives as
long as the container: the few cycles the import made are kept with it rather than freed.
"""

import gc
import os

_paused: list[bool] = []
"""Holds True while collection is paused by `pause()`."""


def pause() -> None:
    """Collection off until `resume()`, in a Lambda execution environment; elsewhere nothing."""
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME") and gc.isenabled():
        gc.disable()
        _paused.append(True)


def resume() -> None:
    """Collection back on, with what the import built frozen; nothing if `pause()` paused nothing."""
    if _paused:
        _paused.clear()
        gc.freeze()
        gc.enable()
