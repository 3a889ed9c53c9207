"""Runs ONE rotation step in a fresh process, the way the app would after a
restart: reopen the inventory, read the rotation's step, do the next thing.

    python -m tests.support.rotation_driver SHOP_ID STEP  (JSON arguments on stdin:
    secrets never go on a command line)
"""

from __future__ import annotations

import json
import sys

from cobby_desktop.domain.lifecycle import Lifecycle
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret


def main(argv: list[str]) -> int:
    shop_id, step = int(argv[0]), argv[1]
    raw = sys.stdin.read() if step == "draft" else ""
    extra = json.loads(raw) if raw.strip() else {}
    vault = Vault()
    with Inventory.open() as inventory:
        life = Lifecycle(inventory, vault)
        rotation = inventory.open_rotation(shop_id)
        if step == "start":
            rotation = life.start_rotation(shop_id)
        elif step == "draft":
            values = {k: Secret(v) for k, v in extra["secrets"].items()}
            life.draft_new(rotation, extra["api_user"], values)
        elif step == "test_new":
            print(life.test_new(rotation).outcome)
        elif step == "portal":
            life.confirm_portal_updated(rotation)
        elif step == "prove_new":
            shop = inventory.shop(shop_id)
            key = vault.get(SecretRef.license_key(shop.workspace_id, shop.vault_space))
            print(life.prove_new(rotation, key).outcome)
        elif step == "old_deleted":
            life.confirm_old_deleted(rotation)
        elif step == "prove_old_rejected":
            print(life.prove_old_rejected(rotation).outcome)
        elif step == "finish":
            life.finish_rotation(rotation)
        else:
            print(f"unknown step {step}", file=sys.stderr)
            return 2
        current = inventory.open_rotation(shop_id)
        print("step:", current.step.value if current else "done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
