"""Made-up data for screenshots, the benchmark and tests (never shipped): about
twenty shops across workspaces, Magento 1 and 2, every credential state and test
outcome, and an in-memory keychain so nothing touches the real one.

Deterministic (seeded), so screenshots and tests see the same data each run.
Secrets are random-looking but made up; they go into the vault given.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
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
from cobby_desktop.domain.vault import SecretRef
from cobby_desktop.secret import Secret

# label, host (reserved .example names: a demo never reaches a real shop), Magento major,
# version, edition
_SHOPS = [
    ("Gartenwelt Müller", "www.gartenwelt-mueller.example", 2, "2.4.7-p3", "Community"),
    ("Nordlicht Outdoor", "shop.nordlicht-outdoor.example", 2, "2.4.6-p8", "Community"),
    ("Kaffeerösterei Braun", "kaffee-braun.example", 1, "1.9.4.5", "Community"),
    ("Bike Parts Direct", "www.bikeparts-direct.example", 2, "2.4.7-p3", "Adobe Commerce"),
    ("Möbelhaus Lindner", "moebel-lindner.example", 2, "2.4.5-p10", "Community"),
    ("Tierbedarf Fuchs", "www.tierbedarf-fuchs.example", 1, "1.9.3.10", "Community"),
    ("Alpine Sportshop", "alpine-sportshop.example", 2, "2.4.7-p3", "Community"),
    ("Weinkontor Seeberg", "www.weinkontor-seeberg.example", 2, "2.4.6-p8", "Community"),
    ("Stoffparadies", "stoffparadies.example", 1, "1.9.4.5", "Community"),
    ("Elektro Hansen B2B", "b2b.elektro-hansen.example", 2, "2.4.7-p2", "Adobe Commerce"),
    ("Papeterie Klein", "www.papeterie-klein.example", 2, "2.4.4-p11", "Community"),
    ("Hofladen Sonnenhof", "hofladen-sonnenhof.example", 1, "1.9.2.4", "Community"),
    ("Autoteile Krämer", "www.autoteile-kraemer.example", 2, "2.4.7-p3", "Community"),
    ("Spielwaren Wunderland", "spielwaren-wunderland.example", 2, "2.4.6-p8", "Community"),
    ("Naturkosmetik Lavendel", "www.lavendel-naturkosmetik.example", 2, "2.4.7-p3", "Community"),
    ("Werkzeug Profi", "werkzeugprofi24.example", 1, "1.9.4.5", "Community"),
    ("Leuchten Atelier", "www.leuchten-atelier.example", 2, "2.4.5-p10", "Community"),
    ("Bäckereibedarf Roth", "baeckereibedarf-roth.example", 2, None, None),
    ("Reitsport Brandt", "www.reitsport-brandt.example", 2, "2.4.7-p1", "Community"),
    ("Musikhaus Keller (Staging)", "staging.musikhaus-keller.example", 2, "2.4.7-p3", "Community"),
    ("Teehaus Kranich", "www.teehaus-kranich.example", 1, "1.9.4.5", "Community"),
    ("Fliesen Wagner", "fliesen-wagner.example", 2, "2.4.6-p8", "Community"),
]

_M1_USERS = ["cobby_api", "cobby", "cobby_sync", "cobby_api_2024"]
_M2_NAMES = ["cobby", "cobby Integration", "cobby PIM", "cobby (2024)"]

# A check stores its first finding's code as its summary (shown as the
# finding's title in the reader's language).
_FAIL_SUMMARIES = [
    "m1.credentials_rejected",
    "tcp.timeout",
    "m1.cobby_permission_missing",
    "tls.expired",
]
_NOTICE_SUMMARIES = [
    "cobby.not_connected",
    "cobby.inactive",
]


@dataclass
class Populated:
    shops: list[Shop] = field(default_factory=list)
    secrets: list[Secret] = field(default_factory=list)  # every value put into the vault


def _token(rng: random.Random, length: int = 32) -> Secret:
    return Secret("".join(rng.choices(string.ascii_lowercase + string.digits, k=length)))


def _m1_key(rng: random.Random) -> Secret:
    alphabet = string.ascii_letters + string.digits
    return Secret("".join(rng.choices(alphabet, k=rng.randint(16, 24))))


def _license(rng: random.Random) -> Secret:
    groups = ["".join(rng.choices(string.ascii_uppercase + string.digits, k=5)) for _ in range(4)]
    return Secret("-".join(groups))


def _state_of(number: int) -> CredentialState:
    """Every credential state somewhere in the sample."""
    if number in (4, 15):
        return CredentialState.DRAFT
    if number == 9:
        return CredentialState.ROTATING
    if number == 12:
        return CredentialState.REVOKED
    return CredentialState.ACTIVE


def _add_history(inventory, rng, shop, cred, number, now) -> None:  # noqa: ANN001
    """One to five made-up checks (the random draws in the order they always had)."""
    ages = sorted(
        (
            timedelta(
                days=rng.randint(0, 40), hours=rng.randint(0, 23), minutes=rng.randint(1, 59)
            )
            for _ in range(rng.randint(1, 5))
        ),
        reverse=True,
    )
    for back, age in enumerate(ages, start=1):
        roll = rng.random()
        if number in (3, 10) and back == len(ages):
            outcome = TestOutcome.FAILED
        elif roll < 0.12:
            outcome = TestOutcome.NOTICE
        elif roll < 0.2:
            outcome = TestOutcome.FAILED
        else:
            outcome = TestOutcome.OK
        summary = {
            TestOutcome.OK: "",
            TestOutcome.NOTICE: rng.choice(_NOTICE_SUMMARIES),
            TestOutcome.FAILED: rng.choice(_FAIL_SUMMARIES),
        }[outcome]
        inventory.record_check(
            CheckRecord(
                shop_id=shop.id,
                credential_id=cred.id,
                at=now - age,
                outcome=outcome,
                codes=(summary,) if summary else (),
                summary=summary,
                requests=rng.randint(3, 9),
                seconds=round(rng.uniform(0.4, 3.5), 2),
            )
        )


def populate(
    inventory, vault, count: int = 20, *, now: datetime | None = None, seed: int = 7
) -> Populated:
    """Fill `inventory` and `vault` with `count` shops (at most len(_SHOPS))."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not security
    now = now or datetime.now(UTC)
    result = Populated()
    for number, (label, host, major, version, edition) in enumerate(_SHOPS[:count]):
        ws = None
        if number % 7 != 6:  # a few shops are not linked to a workspace
            ws_name = label.split(" (")[0] if number % 3 else f"{label.split(' ')[0]} Produktion"
            ws = inventory.add_workspace(Workspace(name=ws_name, has_license_key=True))
            key = _license(rng)
            vault.put(SecretRef.license_key(ws.id, inventory.vault_space), key)
            result.secrets.append(key)
        created = now - timedelta(days=rng.randint(20, 700), hours=rng.randint(0, 23))
        shop = inventory.add_shop(
            Shop(
                base_url=f"https://{host}",
                magento_major=MagentoMajor(major),
                label=label,
                workspace_id=ws.id if ws else None,
                magento_version=version,
                magento_edition=edition,
                created_at=created,
            )
        )
        result.shops.append(shop)
        if number == 17:
            continue  # just added, no credential yet
        kind = CredentialKind.M1_API_KEY if major == 1 else CredentialKind.M2_INTEGRATION
        state = _state_of(number)
        users = _M1_USERS if major == 1 else _M2_NAMES
        cred = Credential(
            shop_id=shop.id,
            kind=kind,
            api_user=users[number % len(users)],
            state=state,
            created_at=created + timedelta(minutes=12),
            rotated_at=now - timedelta(days=rng.randint(5, 90)) if number % 5 == 1 else None,
            revoked_at=now - timedelta(days=3) if state is CredentialState.REVOKED else None,
        )
        cred = inventory.add_credential(cred)
        if kind is CredentialKind.M1_API_KEY:
            values = {"api_key": _m1_key(rng)}
        else:
            values = {name: _token(rng) for name in kind.secret_fields}
        if state is not CredentialState.REVOKED:
            vault.put_credential(cred, values)
            result.secrets.extend(values.values())
        if state is CredentialState.DRAFT and number == 15:
            continue  # a draft never tested
        _add_history(inventory, rng, shop, cred, number, now)
    return result
