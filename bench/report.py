"""Turns the JSON lines of bench/run.sh into target/bench/results.{md,json} with targets met/missed."""
import datetime
import json
import os
import platform
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_history import history_tables  # noqa: E402

results_file, out, secs, conns, clients = sys.argv[1:6]
rows = [json.loads(line) for line in open(results_file) if line.strip()]
NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
PAGES = {
    "catalog": "`/catalog` (first page)",
    "search": "`/catalog?q=pineapple&category=fruit-vegetables&country=TG`",
    "listing": "`/listings/{id}`",
    "seller": "`/coops/{id}` (seller profile)",
}
ORDER_TARGET = {"sqlite": 1500, "postgres": 1000}
missed = []


def mark(ok, what):
    if not ok:
        missed.append(what)
    return "met" if ok else "**missed**"


ceiling = next((r["result"] for r in rows if r["kind"] == "http" and r.get("page") == "ceiling"), None)
ceiling_rps = ceiling["rps"] if ceiling else 0
try:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
except OSError:
    commit = "?"
md = [
    f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC at `{commit}`, "
    f"{platform.machine()} with {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, "
    f"wrk and server on the same machine; {conns} connections, {secs} s per page; load average "
    + " then ".join(f"{r['value']} ({r['at']})" for r in rows if r["kind"] == "loadavg") + ".",
    "",
    "| what | DB | listings | req/s | % of ceiling | p50 ms | p99 ms | errors | target | |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
]
if ceiling:
    md.append(
        f"| ceiling: bare axum, fixed HTML | - | - | {ceiling['rps']:,.0f} | 100 % | {ceiling['p50_ms']:.2f} "
        f"| {ceiling['p99_ms']:.2f} | {ceiling['errors']} | | |"
    )
for r in rows:
    if r["kind"] != "http" or r["page"] == "ceiling":
        continue
    res, db = r["result"], NAMES[r["db"]]
    share = 100 * res["rps"] / ceiling_rps if ceiling_rps else 0
    target, verdict = "", ""
    uncached = r.get("cache") == "off"
    if uncached:
        target = "p99 < 20 ms at 16 clients (catalog issue)"
        verdict = mark(0 < res["p99_ms"] < 20 and res["errors"] == 0, f"uncached {r['page']} page at 16 clients on {db}")
    elif r["size"] == 100000:
        target = "≥ 30 % of ceiling, p99 < 25 ms"
        verdict = mark(share >= 30 and 0 < res["p99_ms"] < 25 and res["errors"] == 0, f"{r['page']} page on {db}")
    errors = res["errors"] if res["rps"] >= 1 else "none answered within 5 s"
    md.append(
        f"| {PAGES[r['page']]}{' — no page cache, ' + str(r.get('conns')) + ' connections' if uncached else ''} | {db} | {r['size']:,} | {res['rps']:,.0f} | {share:.0f} % | {res['p50_ms']:.2f} "
        f"| {res['p99_ms']:.2f} | {errors} | {target} | {verdict} |"
    )

md += ["", "| what | DB | figure | target | | notes |", "| --- | --- | ---: | --- | --- | --- |"]
for r in rows:
    db = NAMES.get(r.get("db"), r.get("db"))
    if r["kind"] == "orders":
        o, want = r["result"], ORDER_TARGET[r["db"]]
        ok = o["per_second"] >= want and o["errors"] == 0 and o["check"].startswith("ok")
        note = f"{o['settled']:,} settled in {o['seconds']:.1f} s by {clients} clients; one order's 5 calls p50 {o['p50_ms']:.1f} ms, p99 {o['p99_ms']:.1f} ms; {o['errors']} errors; state check {o['check']}"
        if "statements_per_order" in o:
            note += f"; {o['statements_per_order']:.1f} SQL statements per order (plus a BEGIN and a COMMIT per call), an idle `SELECT 1` round trip {o['round_trip_us']:.0f} µs"
        if "cpu_s" in r and o["settled"]:
            cores = os.cpu_count() or 1
            per = {k: v * 1000 / o["settled"] for k, v in r["cpu_s"].items()}
            total = sum(per.values())
            note += (f"; CPU per order {per['server']:.2f} ms server"
                     + (f", {per['postgres']:.2f} ms PostgreSQL" if r["db"] == "postgres" else "")
                     + f", {per['client']:.2f} ms client: {total:.2f} ms, so at most {cores * 1000 / total:,.0f} orders/s with all {cores} cores busy")
        if o.get("first_error"):
            note += f"; first error: {o['first_error'][:200]}"
        md.append(f"| orders placed and settled via API | {db} | {o['per_second']:,.0f} /s | ≥ {want:,} /s | {mark(ok, f'orders on {db}')} | {note} |")
    elif r["kind"] == "idle_rss":
        mb = r["kb"] / 1024
        md.append(f"| server RSS at idle after start (VmRSS) | {db} | {mb:.1f} MB | < 30 MB | {mark(mb < 30, f'idle RSS on {db}')} | 10,000 listings in the DB |")
    elif r["kind"] == "peak_rss":
        mb = r["kb"] / 1024
        md.append(f"| server peak RSS during HTTP runs (VmHWM) | {db} | {mb:.1f} MB | < 150 MB | {mark(mb < 150, f'peak RSS on {db}')} | highest of the three servers: pages at 10k, pages at 100k, orders |")
    elif r["kind"] == "csv_import":
        md.append(f"| CSV import of {r['rows']:,} listings (`cooptrade listings import`) | {db} | {r['seconds']:.2f} s | < 2 s | {mark(r['seconds'] < 2, f'CSV import on {db}')} | whole process: start, migrate check, parse, insert, commit |")
    elif r["kind"] == "ledger":
        ok = r['trial_balance'].startswith('zero')
        md.append(f"| ledger trial balance after the order run | {db} | - | zero | {mark(ok, f'trial balance on {db}')} | {r['trial_balance']} |")
        secs = float(r['verify'].split(' ')[0])
        md.append(f"| `cooptrade ledger verify` over 1,000,000 postings | {db} | {secs:.2f} s | ≤ 2 s | {mark(secs <= 2, f'ledger verify on {db}')} | {r['verify']}, whole process |")
        draft = r.get("draft", "")
        if draft.startswith("failed") or not draft:
            md.append(f"| payout draft over 1,000,000 postings (`cooptrade payouts draft`) | {db} | - | < 2 s | {mark(False, f'payout draft on {db}')} | {draft or 'not measured'} |")
        else:
            dsecs = float(draft.split(' ')[0])
            md.append(f"| payout draft over 1,000,000 postings (`cooptrade payouts draft`) | {db} | {dsecs:.2f} s | < 2 s | {mark(dsecs < 2, f'payout draft on {db}')} | {draft}, whole process: sums, lines, commit, print |")
    elif r["kind"] == "photo":
        ok = r["median_s"] < 1
        md.append(f"| one 12-megapixel JPEG into 320/800/1600 px WebP + JPEG (`examples/photo_process`) | - | {r['median_s']:.2f} s | < 1 s on one core | {mark(ok, 'photo processing')} | median of {r['runs']}, best {r['best_s']:.2f} s; {r['input_bytes']:,} bytes in, {r['output_bytes']:,} out |")
    elif r["kind"] == "weight":
        c = r["catalog"]
        kb = c["total"] / 1024
        md.append(f"| `/catalog` first page as transferred: HTML + CSS + thumbnails, br | SQLite | {kb:.1f} KB | < 300 KB | {mark(kb < 300, 'catalog weight')} | demo data (`seed-demo`): HTML {c['html']:,} B, CSS {c['css']:,} B, {c['images']} WebP thumbnails {c['thumbnails']:,} B |")
        for path, t in r["text_pages"].items():
            kb = t["total"] / 1024
            md.append(f"| `{path}` text (HTML + CSS), br | SQLite | {kb:.1f} KB | < 30 KB | {mark(kb < 30, f'weight of {path}')} | HTML {t['html']:,} B, CSS {t['css']:,} B |")
    elif r["kind"] == "skipped":
        md.append(f"| everything | {db} | - | | n/a | skipped: database not reachable |")

md += history_tables(rows, mark)
md += ["", "Targets missed: " + (", ".join(missed) if missed else "none") + "."]
text = "\n".join(md) + "\n"
open(f"{out}/results.md", "w").write(text)
json.dump(
    {"seconds": int(secs), "connections": int(conns), "order_clients": int(clients), "commit": commit,
     "results": rows, "missed": missed},
    open(f"{out}/results.json", "w"), indent=2,
)
print(text)
print(f"written to {out}/results.md and {out}/results.json")
