"""Medians of the A/B runs (out/old-N, out/new-N) as markdown tables: old, new, change, targets."""
import glob
import json
import statistics
import sys

OUT = sys.argv[1]
NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
PAGES = {"catalog": "`/catalog`", "search": "filtered search", "listing": "`/listings/{id}`", "seller": "`/coops/{id}`"}
ORDER_TARGET = {"sqlite": 1500, "postgres": 1000}


def load(label):
    runs = []
    for d in sorted(glob.glob(f"{OUT}/{label}-*")):
        try:
            rows = [json.loads(l) for l in open(f"{d}/measurements.jsonl") if l.strip()]
        except OSError:
            continue
        if any(r["kind"] == "loadavg" and r["at"] == "end" for r in rows):
            runs.append(rows)
    return runs


def metrics(rows):
    m = {}
    # A run of one phase (BENCH_ONLY) has only that phase's ceiling.
    ceilings = {r["kind"]: r["result"]["rps"] for r in rows if r["kind"] in ("http", "history_http") and r["page"] == "ceiling"}
    ceil, hceil = ceilings.get("http"), ceilings.get("history_http")
    if ceil:
        m[("ceiling", "-", "req/s")] = ceil
    if hceil:
        m[("history ceiling", "-", "req/s")] = hceil
    for r in rows:
        k, db = r["kind"], NAMES.get(r.get("db"), "-")
        if k == "history_http" and r["page"] != "ceiling":
            name, o = f"history {r['page']}" + (" no cache" if r.get("cache") == "off" else ""), r["result"]
            m[(name, db, "req/s")] = o["rps"]
            m[(name, db, "% of ceiling")] = 100 * o["rps"] / hceil
            m[(name, db, "p99 ms")] = o["p99_ms"]
        elif k == "history_csv":
            m[("history CSV 1M", db, "s")] = r["seconds"]
            m[("history CSV 1M", db, "peak MB")] = r["hwm_after_kb"] / 1024
        elif k == "http" and r["page"] != "ceiling":
            name = f"{PAGES[r['page']]} {r['size'] // 1000}k" + (" no cache, 16 conns" if r.get("cache") == "off" else "")
            m[(name, db, "req/s")] = r["result"]["rps"]
            m[(name, db, "% of ceiling")] = 100 * r["result"]["rps"] / ceil
            m[(name, db, "p99 ms")] = r["result"]["p99_ms"]
        elif k == "orders":
            o = r["result"]
            m[("orders settled", db, "/s")] = o["per_second"]
            m[("orders: SQL statements per order", db, "")] = o.get("statements_per_order", float("nan"))
            m[("orders: p99 of one order's 5 calls", db, "ms")] = o["p99_ms"]
            cpu = r.get("cpu_s", {})
            if o["settled"]:
                m[("orders: server CPU per order", db, "ms")] = cpu.get("server", 0) * 1000 / o["settled"]
                if db == "PostgreSQL":
                    m[("orders: PostgreSQL CPU per order", db, "ms")] = cpu.get("postgres", 0) * 1000 / o["settled"]
            m[("orders: state check", db, "ok")] = 1.0 if o["check"].startswith("ok") and o["errors"] == 0 else 0.0
        elif k == "idle_rss":
            m[("idle RSS", db, "MB")] = r["kb"] / 1024
        elif k == "peak_rss":
            m[("peak RSS", db, "MB")] = r["kb"] / 1024
        elif k == "csv_import":
            m[("CSV import 10k", db, "s")] = r["seconds"]
        elif k == "ledger":
            m[("trial balance zero", db, "ok")] = 1.0 if r["trial_balance"].startswith("zero") else 0.0
            m[("ledger verify 1M", db, "s")] = float(r["verify"].split()[0])
            try:
                m[("payout draft 1M", db, "s")] = float(r["draft"].split()[0])
            except ValueError:
                m[("payout draft 1M", db, "s")] = float("nan")
        elif k == "photo":
            m[("photo 12 MP", "-", "s")] = r["median_s"]
    return m


def target(name, db, unit, v):
    """None when the row has no target, else whether v meets it."""
    if name.startswith("history "):
        return {"% of ceiling": v >= 5, "p99 ms": v < 25, "s": v < 5, "peak MB": v < 100}.get(unit)
    if unit == "% of ceiling" and name.endswith("100k"):
        return v >= 30
    if unit == "p99 ms" and name.endswith("100k"):
        return v < 25
    if unit == "p99 ms" and "no cache" in name:
        return v < 20
    if name == "orders settled":
        return v >= ORDER_TARGET["sqlite" if db == "SQLite" else "postgres"]
    if name == "idle RSS":
        return v < 30
    if name == "peak RSS":
        return v < 150
    if name in ("CSV import 10k", "payout draft 1M"):
        return v < 2
    if name == "ledger verify 1M":
        return v <= 2
    if name == "photo 12 MP":
        return v < 1
    if unit == "ok":
        return v == 1
    return None


def fmt(v):
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}"


def higher_better(k):
    return k[2] in ("req/s", "% of ceiling", "/s")


old, new = load("old"), load("new")
print(f"runs: old {len(old)}, new {len(new)}", file=sys.stderr)
mo, mn = [metrics(r) for r in old], [metrics(r) for r in new]
keys = [k for k in mo[0] if all(k in m for m in mo + mn)]
print("| what | DB | unit | old | new | change | runs old / new | target met before → after | within 10 % |")
print("| --- | --- | --- | ---: | ---: | ---: | --- | --- | --- |")
for k in keys:
    a = statistics.median(m[k] for m in mo)
    b = statistics.median(m[k] for m in mn)
    ch = 100 * (b - a) / a if a else 0.0
    t0, t1 = target(*k, a), target(*k, b)
    tgt = "" if t0 is None else f"{'met' if t0 else 'missed'} → {'met' if t1 else '**missed**'}"
    worse = -ch if higher_better(k) else ch
    within = "" if t0 is None else ("yes" if worse <= 10 else "**no**")
    runs = " / ".join(", ".join(fmt(m[k]) for m in ms) for ms in (mo, mn))
    print(f"| {k[0]} | {k[1]} | {k[2]} | {fmt(a)} | {fmt(b)} | {ch:+.1f} % | {runs} | {tgt} | {within} |")
