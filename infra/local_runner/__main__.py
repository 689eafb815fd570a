"""`python -m local_runner`: serve the whole API on localhost with AWS emulated in-process (`make dev`)."""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import threading
import time
from pathlib import Path

from local_runner.console import Console
from local_runner.runner import REPO_ROOT, LocalRunner


def default_log_file() -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return Path(tempfile.gettempdir()) / f"resume-api-local-{stamp}-{os.getpid()}.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--template", type=Path, default=REPO_ROOT / "template.yaml")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="echo every function's log lines and metrics to the console too",
    )
    parser.add_argument(
        "--log-file",
        type=Path,
        default=None,
        help="where the full JSON logs go (default: a new file in the temp dir)",
    )
    args = parser.parse_args()
    log_file = args.log_file or default_log_file()

    overrides = {}
    if os.environ.get("RESUME_API_ALLOW_PRIVATE_BASE_URLS"):
        overrides["RESUME_API_ALLOW_PRIVATE_BASE_URLS"] = os.environ["RESUME_API_ALLOW_PRIVATE_BASE_URLS"]
    console = Console(log_file=log_file, verbose=args.verbose)
    runner = LocalRunner(args.template, env_overrides=overrides, console=console)
    base = runner.start(args.host, args.port)
    api = f"{base}/{runner.api.stage}/v1"
    print(
        f"""
Resume API (local) listening on {base}
  API base:      {api}
  OpenAPI:       {base}/openapi.json    docs: {base}/docs
  emulated AWS:  {runner.aws.endpoint} (moto)
                 table {runner.physical("SessionsTable")}, bucket {runner.physical("ResumesBucket")}
  logs:          {log_file}
                 (every function's JSON logs and metrics; --verbose or make dev VERBOSE=1 shows them here)

Try:
  curl -s -X POST {api}/session/create -H 'Content-Type: application/json' \\
       -d '{{"llm_config": {{"provider": "offline"}}}}'

One line per request: method, path, status, function, duration, cold or warm start.
""",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    # A signal the kernel hands to another thread does not wake a main thread blocked on a lock, so
    # wake up now and then to run the handler (otherwise Ctrl-C is sometimes ignored).
    while not stop.wait(0.2):
        pass
    runner.stop()


if __name__ == "__main__":
    main()
