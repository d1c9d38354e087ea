#!/usr/bin/env python3
"""Page weight as a browser transfers it: bench/weight.py BASE_URL prints one JSON line.

The catalog's first page counts its HTML and stylesheet (compressed as the server sends them
to a client that accepts br) and the thumbnail each card's <picture> offers first in WebP (the
320 px size, what a desktop browser at 1x loads). Every text page counts its HTML and CSS.
Bodies only: headers add a few hundred bytes a response.
"""
import json
import re
import sys
import urllib.request

BASE = sys.argv[1].rstrip("/")


def fetch(path, encoding="br"):
    req = urllib.request.Request(BASE + path, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(req) as r:
        return r.read(), r.headers.get("Content-Encoding", "")


def page(path):
    """(HTML bytes sent, CSS bytes sent, the HTML as text)."""
    sent, _ = fetch(path)
    html = fetch(path, "identity")[0].decode()
    css = sum(len(fetch(href)[0]) for href in re.findall(r'<link[^>]+href="(/static/[^"]+\.css)"', html))
    return len(sent), css, html


def first_listing_and_seller(html):
    listing = re.search(r'href="(/listings/\d+)"', html)
    seller = re.search(r'href="(/coops/\d+)"', html)
    return (listing.group(1) if listing else None), (seller.group(1) if seller else None)


html_b, css_b, html = page("/catalog")
thumbs = re.findall(r'<source type="image/webp" srcset="([^" ]+) ', html)
img_b = sum(len(fetch(t)[0]) for t in thumbs)
listing, seller = first_listing_and_seller(html)
texts = {}
for path in ["/", "/catalog", listing, seller, "/coops", "/pool", "/login", "/register", "/catalog?q=zzzz"]:
    if path:
        h, c, _ = page(path)
        texts[path] = {"html": h, "css": c, "total": h + c}
print(json.dumps({
    "kind": "weight",
    "catalog": {"html": html_b, "css": css_b, "thumbnails": img_b, "images": len(thumbs),
                "total": html_b + css_b + img_b},
    "text_pages": texts,
}))
