"""Made-up data for screenshots and demos (shipped, unlike tests/): a few shops
and an in-memory keychain so nothing touches the real one."""

from __future__ import annotations

import random
import string
from datetime import UTC, datetime, timedelta

from cobby_desktop.domain.model import (
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.domain.vault import EphemeralKeyring
from cobby_desktop.secret import Secret

# The screenshot run keeps its sample secrets in memory only.
MemoryKeyring = EphemeralKeyring


# label, host, Magento major, version, credential state, last outcome
SHOPS = (
    ("Gartenhaus Adler", "www.gartenhaus-adler.example", 2, "2.4.7-p3", "active", "ok"),
    ("Fahrradwerk Nord", "shop.fahrradwerk-nord.example", 2, "2.4.6-p8", "active", "notice"),
    ("Tee & Gewürze Lang", "tee-lang.example", 1, "1.9.4.5", "active", "ok"),
    ("Outdoor Vogel", "www.outdoor-vogel.example", 2, "2.4.7-p2", "draft", None),
    ("Schreibwaren Roth", "schreibwaren-roth.example", 1, "1.9.3.10", "active", "failed"),
    ("Bergsport Keller", "bergsport-keller.example", 2, "2.4.5-p10", "rotating", "ok"),
    ("Spielwaren Sommer", "www.spielwaren-sommer.example", 2, "2.4.7-p3", "revoked", "failed"),
    ("Naturkost Weber", "naturkost-weber.example", 1, "1.9.4.5", "active", "ok"),
)


def _random(rng: random.Random, alphabet: str, length: int) -> Secret:
    return Secret("".join(rng.choice(alphabet) for _ in range(length)))


def populate(inventory, vault, count: int = len(SHOPS), *, seed: int = 3) -> list[Shop]:  # noqa: ANN001
    """Add up to `count` sample shops with workspaces, credentials and checks."""
    from cobby_desktop.domain.vault import SecretRef

    rng = random.Random(seed)  # noqa: S311 - made-up data
    now = datetime.now(UTC)
    shops = []
    lower = string.ascii_lowercase + string.digits
    for i, (label, host, major, version, state, outcome) in enumerate(SHOPS[:count]):
        ws = inventory.add_workspace(Workspace(name=label, has_license_key=True))
        vault.put(
            SecretRef.license_key(ws.id), _random(rng, string.ascii_uppercase + "0123456789", 20)
        )
        shop = inventory.add_shop(
            Shop(
                base_url=f"https://{host}/",
                magento_major=MagentoMajor(major),
                label=label,
                workspace_id=ws.id,
                magento_version=version,
            )
        )
        shops.append(shop)
        kind = CredentialKind.M1_API_KEY if major == 1 else CredentialKind.M2_INTEGRATION
        cred = inventory.add_credential(
            Credential(
                shop_id=shop.id,
                kind=kind,
                api_user="cobby_api" if major == 1 else "cobby",
                state=CredentialState(state),
            )
        )
        if kind is CredentialKind.M1_API_KEY:
            values = {"api_key": _random(rng, string.ascii_letters + string.digits, 32)}
        else:
            values = {name: _random(rng, lower, 32) for name in kind.secret_fields}
        vault.put_credential(cred, values)
        if outcome:
            inventory.record_check(
                CheckRecord(
                    shop_id=shop.id,
                    credential_id=cred.id,
                    at=now - timedelta(hours=3 * i + 1),
                    outcome=TestOutcome(outcome),
                    summary="ok" if outcome == "ok" else "sample",
                )
            )
    return shops
