"""Identifiers and timestamps: UUIDv7 for records (sortable by creation), UTC ISO-8601 times."""
from __future__ import annotations

import os
import time
import uuid
from datetime import datetime, timezone


def new_id() -> str:
    """A UUIDv7 string (RFC 9562): 48-bit Unix milliseconds, version 7, 74 random bits.

    Random enough for ids minted on different machines never to collide; its order is only
    roughly the creation order and is never used as causality (merges use `modified`/revision).
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def now_iso() -> str:
    """Current UTC time, ISO-8601 with milliseconds and a `Z` (what W3C `created` expects)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
