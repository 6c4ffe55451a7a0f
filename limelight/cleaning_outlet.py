"""The outlet of an article: the registered domain of its URL, worked out offline."""

from __future__ import annotations

import re
from functools import cache


@cache
def suffix_extractor():
    import tldextract

    # No suffix_list_urls and no cache: the bundled public-suffix snapshot, never the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_of(url: str | None) -> str | None:
    """The registered domain of ``url`` ("dailyglare.example"), offline; None without a URL."""
    if not url:
        return None
    match = re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/?#:@]+)", url.strip(), re.IGNORECASE)
    host = (match.group(1) if match else url.strip().split("/")[0]).lower().rstrip(".")
    if not host or "." not in host:
        return host or None
    parts = suffix_extractor()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    # Unlisted suffixes (".example", ".local"): the last two labels.
    labels = [p for p in host.split(".") if p]
    if labels and labels[0] == "www":
        labels = labels[1:]
    return ".".join(labels[-2:])
