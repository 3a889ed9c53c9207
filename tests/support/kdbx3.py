"""A real KDBX 3.1 file for tests (what an old KeePass 2.x saves).

pykeepass reads and rewrites KDBX 3 files but creates only KDBX 4, so this
builds one from pykeepass's own file structure (test support only: the app
uses pykeepass's public API). AES-KDF with 1,000 rounds keeps it fast.
"""

from __future__ import annotations

import copy
import io
import os
from pathlib import Path

from construct import Container
from pykeepass import PyKeePass, create_database
from pykeepass.kdbx_parsing import KDBX


def write_kdbx3(path: Path, password: str, modern: PyKeePass | None = None) -> Path:
    """The entries of `modern` (an open KDBX 4 database, or a new one with one
    entry) written as KDBX 3.1 to `path`."""
    if modern is None:
        modern = create_database(io.BytesIO(), password=password)
        entry = modern.add_entry(modern.root_group, "Acme live", "cobby", "old-password")
        entry.set_custom_property("cobby entry", "shop")
    items = [
        Container(id="cipher_id", data="aes256"),
        Container(id="compression_flags", data=Container(compression=True)),
        Container(id="master_seed", data=os.urandom(32)),
        Container(id="transform_seed", data=os.urandom(32)),
        Container(id="transform_rounds", data=1000),
        Container(id="encryption_iv", data=os.urandom(16)),
        Container(id="protected_stream_key", data=os.urandom(32)),
        Container(id="stream_start_bytes", data=os.urandom(32)),
        Container(id="protected_stream_id", data="salsa20"),
        Container(id="end", data=b"\r\n\r\n"),
    ]
    header = Container(
        sig1=b"\x03\xd9\xa2\x9a",
        sig2=b"\x67\xfb\x4b\xb5",
        minor_version=1,
        major_version=3,
        dynamic_header=Container({item.id: item for item in items}),
    )
    document = Container(
        header=Container(value=header),
        body=Container(payload=Container(xml=copy.deepcopy(modern.kdbx.body.payload.xml))),
    )
    KDBX.build_file(
        document, str(path), password=password, keyfile=None, transformed_key=None, decrypt=True
    )
    return Path(path)
