"""Bounded load test: N concurrent clients for T seconds against the local runner, loopback only.

Each client holds a session and loops over the calls a user makes: upload a resume, read its
sections, PATCH them with the version it read, list the session's resumes, and now and then
start a new session. Afterwards every upload that was accepted (201) must still be listed and
readable with the content it was given: load must not lose anything.

    python -m benchmarks.load --clients 20 --duration 60            # its own runner
    python -m benchmarks.load --url http://localhost:8000/api/v1     # a running `make dev`

Not part of `make test` (it takes a minute); `make bench` runs it with `--load`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx

from local_runner.sample_events import multipart, sample_pdf

LOAD_LIMITS = {
    "SessionsPerIpPerHour": "1000000",
    "UploadsPerMinute": "1000000",
    "OptimizationsPerHour": "1000000",
    "MaxResumesPerSession": "100000",
}
"""The quotas would (rightly) stop one address making thousands of calls a minute."""


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    accepted: list[tuple[str, str, str]] = field(default_factory=list)  # (session, resume_id, marker)

    def record(
        self, op: str, started: float, response: httpx.Response | None, error: str | None = None
    ) -> None:
        self.latencies[op].append((time.perf_counter() - started) * 1000)
        if response is None:
            self.errors[f"{op}: {error}"] += 1
            return
        self.statuses[(op, response.status_code)] += 1


def _pdf(marker: str) -> bytes:
    return sample_pdf(
        [
            f"Load Tester {marker}",
            f"load.{marker.lower()}@example.com | +1 206 555 0100 | Seattle, WA",
            "EXPERIENCE",
            "Software Engineer, Example Corp    Jan 2020 - Present",
            "- Built services in Python",
            "SKILLS",
            "Python, SQL",
        ]
    )


async def _call(
    client: httpx.AsyncClient, stats: Stats, op: str, method: str, path: str, **kwargs: Any
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await client.request(method, path, **kwargs)
    except httpx.HTTPError as exc:
        stats.record(op, started, None, type(exc).__name__)
        return None
    stats.record(op, started, response)
    return response


async def _new_session(client: httpx.AsyncClient, stats: Stats) -> dict[str, str] | None:
    response = await _call(
        client,
        stats,
        "session_create",
        "POST",
        "/session/create",
        json={"llm_config": {"provider": "offline"}},
    )
    if response is None or response.status_code != 201:
        return None
    return {"X-Session-ID": response.json()["session_id"]}


async def _client(client: httpx.AsyncClient, stats: Stats, until: float, rng: random.Random) -> None:
    headers = await _new_session(client, stats)
    while time.monotonic() < until and headers:
        marker = f"{rng.getrandbits(40):010X}"
        body, content_type = multipart("resume.pdf", _pdf(marker), "application/pdf")
        uploaded = await _call(
            client,
            stats,
            "upload",
            "POST",
            "/upload_resume",
            headers={**headers, "Content-Type": content_type},
            content=body,
        )
        if uploaded is not None and uploaded.status_code == 201:
            resume_id = uploaded.json()["resume_id"]
            stats.accepted.append((headers["X-Session-ID"], resume_id, marker))
            read = await _call(
                client,
                stats,
                "sections_get",
                "GET",
                "/resume_sections",
                headers=headers,
                params={"resume_id": resume_id},
            )
            if read is not None and read.status_code == 200:
                patch = {
                    "resume_id": resume_id,
                    "version": read.json()["version"],
                    "sections": {"skills": [{"name": "Languages", "keywords": ["Python", "SQL", marker]}]},
                }
                await _call(
                    client, stats, "sections_patch", "PATCH", "/resume_sections", headers=headers, json=patch
                )
        await _call(client, stats, "resumes_list", "GET", "/session/resumes", headers=headers)
        if rng.random() < 0.1:
            headers = await _new_session(client, stats) or headers


async def _verify(client: httpx.AsyncClient, stats: Stats) -> list[str]:
    """Every accepted upload is listed in its session and reads back with its own content."""
    problems: list[str] = []
    by_session: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for session_id, resume_id, marker in stats.accepted:
        by_session[session_id].append((resume_id, marker))
    semaphore = asyncio.Semaphore(16)

    async def check(session_id: str, items: list[tuple[str, str]]) -> None:
        async with semaphore:
            headers = {"X-Session-ID": session_id}
            listed = await client.get("/session/resumes", headers=headers)
            ids = {r["resume_id"] for r in listed.json()} if listed.status_code == 200 else set()
            for resume_id, marker in items:
                if resume_id not in ids:
                    problems.append(f"{resume_id} not listed")
                    continue
                got = await client.get(f"/session/resume/{resume_id}", headers=headers)
                resume = got.json().get("resume") if got.status_code == 200 else None
                if not resume or marker.lower() not in (resume["basics"].get("email") or ""):
                    problems.append(f"{resume_id} unreadable or not its content")

    await asyncio.gather(*(check(s, items) for s, items in by_session.items()))
    return problems


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def run(base_url: str, clients: int, duration_s: float, seed: int = 7) -> dict[str, Any]:
    stats = Stats()
    limits = httpx.Limits(max_connections=clients * 2, max_keepalive_connections=clients * 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
        until = time.monotonic() + duration_s
        started = time.perf_counter()
        await asyncio.gather(
            *(_client(client, stats, until, random.Random(seed + i)) for i in range(clients))
        )
        elapsed = time.perf_counter() - started
        problems = await _verify(client, stats)
    all_latencies = [v for values in stats.latencies.values() for v in values]
    total = len(all_latencies)
    server_errors = sum(n for (_, status), n in stats.statuses.items() if status >= 500)
    client_errors = sum(n for (_, status), n in stats.statuses.items() if 400 <= status < 500)
    transport_errors = sum(stats.errors.values())
    return {
        "clients": clients,
        "duration_s": round(elapsed, 1),
        "requests": total,
        "throughput_rps": round(total / elapsed, 1) if elapsed else 0.0,
        "error_rate": round((server_errors + transport_errors) / total, 4) if total else 0.0,
        "server_errors": server_errors,
        "client_errors": client_errors,
        "transport_errors": transport_errors,
        "p50_ms": round(statistics.median(all_latencies), 1) if all_latencies else 0.0,
        "p95_ms": round(_percentile(all_latencies, 0.95), 1),
        "p99_ms": round(_percentile(all_latencies, 0.99), 1),
        "per_operation": {
            op: {
                "n": len(values),
                "p50_ms": round(statistics.median(values), 1),
                "p95_ms": round(_percentile(values, 0.95), 1),
                "p99_ms": round(_percentile(values, 0.99), 1),
            }
            for op, values in sorted(stats.latencies.items())
        },
        "statuses": {f"{op} {status}": n for (op, status), n in sorted(stats.statuses.items())},
        "uploads_accepted": len(stats.accepted),
        "uploads_lost": len(problems),
        "problems": problems[:20],
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"Load: {result['clients']} clients for {result['duration_s']} s against the local runner (loopback).",
        "",
        "| requests | req/s | error rate (5xx + transport) | 4xx | p50 ms | p95 ms | p99 ms | uploads accepted | lost |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {result['requests']} | {result['throughput_rps']} | {result['error_rate']:.2%} | {result['client_errors']} "
        f"| {result['p50_ms']} | {result['p95_ms']} | {result['p99_ms']} | {result['uploads_accepted']} "
        f"| {result['uploads_lost']} |",
        "",
        "| operation | n | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|",
    ]
    for op, row in result["per_operation"].items():
        lines.append(f"| {op} | {row['n']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--url", help="a running API's /api/v1 base URL (default: start a runner here)")
    args = parser.parse_args(argv)
    runner = None
    base_url = args.url
    if not base_url:
        from local_runner.runner import LocalRunner

        runner = LocalRunner(parameters=LOAD_LIMITS, stack_name="resume-api-load")
        runner.start()
        base_url = f"{runner.base_url}/api/v1"
    try:
        result = asyncio.run(run(base_url, args.clients, args.duration))
    finally:
        if runner is not None:
            runner.stop()
    print(markdown(result))
    if result["uploads_lost"] or result["server_errors"]:
        print("PROBLEMS:", result["problems"], dict(result["statuses"]))
    return result


if __name__ == "__main__":
    main()
