"""`python -m local_runner`: serve the whole API on localhost with AWS emulated in-process (`make dev`)."""

from __future__ import annotations

import argparse
import os
import signal
import threading
from pathlib import Path

from local_runner.runner import REPO_ROOT, LocalRunner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--template", type=Path, default=REPO_ROOT / "template.yaml")
    parser.add_argument("--quiet", action="store_true", help="do not echo the functions' logs")
    args = parser.parse_args()

    overrides = {}
    if os.environ.get("RESUME_API_ALLOW_PRIVATE_BASE_URLS"):
        overrides["RESUME_API_ALLOW_PRIVATE_BASE_URLS"] = os.environ["RESUME_API_ALLOW_PRIVATE_BASE_URLS"]
    runner = LocalRunner(args.template, env_overrides=overrides, echo_logs=not args.quiet)
    base = runner.start(args.host, args.port)
    api = f"{base}/{runner.api.stage}/v1"
    print(
        f"""
Resume API (local) listening on {base}
  API base:      {api}
  OpenAPI:       {base}/openapi.json    docs: {base}/docs
  emulated AWS:  {runner.aws.endpoint} (moto)
                 table {runner.physical("SessionsTable")}, bucket {runner.physical("ResumesBucket")}

Try:
  curl -s -X POST {api}/session/create -H 'Content-Type: application/json' \\
       -d '{{"llm_config": {{"provider": "offline"}}}}'
""",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    runner.stop()


if __name__ == "__main__":
    main()
