"""Key rotation and revocation against the Magento simulators.

Every rotation step runs in a NEW process that reopens the inventory and the
keychain, which is exactly what quitting or crashing between two steps does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest

from cobby_desktop.domain.lifecycle import Lifecycle, LifecycleError
from cobby_desktop.domain.model import (
    CredentialKind,
    CredentialState,
    RotationStep,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret
from tests.support.file_keyring import ENV, FileKeyring, run_sharing_keychain
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.sample_data import seed_active_credential

WS_KEY = "ws-license-7f3a9c2e51"
OLD_M1 = "oldKey7abc9defgh2345"
NEW_M1 = "NewKey9xyz8wvut7654rs"


@pytest.fixture
def shared_keychain(tmp_path, monkeypatch):
    """One keychain file shared by this process and the step processes."""
    monkeypatch.setenv(ENV, str(tmp_path / "keychain.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keychain.json"
    keyring.set_keyring(previous)


def _step(shop_id: int, step: str, payload: dict | None = None) -> str:
    proc = run_sharing_keychain(
        ["-m", "tests.support.rotation_driver", str(shop_id), step],
        input=json.dumps(payload) if payload else "",
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _seed(kind: CredentialKind, url: str, user: str, secrets: dict[str, str]) -> tuple[int, int]:
    return seed_active_credential(Vault(), kind, url, user, secrets, license_key=WS_KEY,
                                  label="Shop")


def _state() -> tuple[RotationStep | None, dict[int, CredentialState], dict[int, set[str]]]:
    vault = Vault()
    with Inventory.open() as inv:
        creds = inv.credentials()
        rotation = inv.rotations()[-1] if inv.rotations() else None
        return (
            rotation.step if rotation else None,
            {c.id: c.state for c in creds},
            {c.id: set(vault.credential_secrets(c)) for c in creds},
        )


def _assert_both_kept(old_id: int, fields: tuple[str, ...]) -> None:
    _, states, secrets = _state()
    assert secrets[old_id] == set(fields), "the old secret must stay until the end"
    new_ids = [i for i in states if i != old_id]
    for new_id in new_ids:
        assert secrets[new_id] == set(fields)


def test_m1_rotation_survives_a_restart_between_every_step(shared_keychain):
    sim = M1Simulator(users={"cobby_api": ApiUser(OLD_M1)}, license_key=WS_KEY)
    with sim:
        shop_id, old_id = _seed(CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                {"api_key": OLD_M1})
        fields = ("api_key",)
        assert "step: draft_new" in _step(shop_id, "start")
        assert "step: draft_new" in _step(shop_id, "start"), "starting again resumes"
        _assert_both_kept(old_id, fields)

        # The merchant creates the new API user in Magento, then the app stores it.
        sim.users["cobby_api2"] = ApiUser(NEW_M1)
        _step(shop_id, "draft", {"api_user": "cobby_api2", "secrets": {"api_key": NEW_M1}})
        _assert_both_kept(old_id, fields)

        out = _step(shop_id, "test_new")
        assert out.startswith("ok") and "step: new_tested" in out
        assert "step: portal_updated" in _step(shop_id, "portal")
        out = _step(shop_id, "prove_new")
        assert out.startswith("ok") and "step: new_proven_by_cobby" in out
        _assert_both_kept(old_id, fields)

        # Claiming the old user is gone while it still works does not move on.
        assert "step: old_deleted_in_shop" in _step(shop_id, "old_deleted")
        out = _step(shop_id, "prove_old_rejected")
        assert out.startswith("ok") and "step: old_deleted_in_shop" in out
        _assert_both_kept(old_id, fields)

        del sim.users["cobby_api"]  # now really deleted in Magento
        out = _step(shop_id, "prove_old_rejected")
        assert out.startswith("rejected") and "step: old_rejected" in out
        _assert_both_kept(old_id, fields)

        assert "step: done" in _step(shop_id, "finish")
    step, states, secrets = _state()
    new_id = next(i for i in states if i != old_id)
    assert step is RotationStep.DONE
    assert states == {old_id: CredentialState.REVOKED, new_id: CredentialState.ACTIVE}
    assert secrets == {old_id: set(), new_id: {"api_key"}}
    with Inventory.open() as inv:
        assert inv.credential(old_id).revoked_verified
        actions = [a.action.value for a in inv.activity()]
        assert "rotated" in actions
        logged = " ".join(a.detail for a in inv.activity())
    raw = b"".join(p.read_bytes() for p in Path(os.environ["COBBY_DESKTOP_HOME"]).rglob("*")
                   if p.is_file())
    assert NEW_M1.encode() not in raw and OLD_M1.encode() not in raw
    assert NEW_M1 not in logged


def test_m2_reauthorize_rotation_across_restarts(shared_keychain):
    with M2Simulator(license_key=WS_KEY) as sim:
        old_values = dict(sim.values)
        shop_id, old_id = _seed(CredentialKind.M2_INTEGRATION, sim.url, "cobby", old_values)
        fields = CredentialKind.M2_INTEGRATION.secret_fields
        _step(shop_id, "start")
        # Reauthorize in Magento: same consumer, new access token and secret.
        sim.values["access_token"] = "a" * 16 + "1" * 16
        sim.values["access_token_secret"] = "b" * 16 + "2" * 16
        _step(shop_id, "draft", {"api_user": "cobby", "secrets": {
            "access_token": sim.values["access_token"],
            "access_token_secret": sim.values["access_token_secret"],
        }})
        _assert_both_kept(old_id, fields)
        assert _step(shop_id, "test_new").startswith("ok")
        _step(shop_id, "portal")
        assert _step(shop_id, "prove_new").startswith("ok")
        _step(shop_id, "old_deleted")
        out = _step(shop_id, "prove_old_rejected")
        assert out.startswith("rejected") and "step: old_rejected" in out
        _assert_both_kept(old_id, fields)
        _step(shop_id, "finish")
    step, states, secrets = _state()
    new_id = next(i for i in states if i != old_id)
    assert step is RotationStep.DONE
    assert secrets[old_id] == set()
    assert secrets[new_id] == set(fields)
    vault = Vault()
    with Inventory.open() as inv:
        kept = vault.credential_secrets(inv.credential(new_id))
    assert kept["consumer_key"].reveal() == old_values["consumer_key"]


def test_new_credential_that_fails_does_not_advance(memory_keyring):
    with M1Simulator(users={"cobby_api": ApiUser(OLD_M1)}, license_key=WS_KEY) as sim:
        shop_id, old_id = _seed(CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                {"api_key": OLD_M1})
        with Inventory.open() as inv:
            life = Lifecycle(inv, Vault())
            rotation = life.start_rotation(shop_id)
            life.draft_new(rotation, "cobby_api2", {"api_key": Secret(NEW_M1)})
            probe = life.test_new(rotation)  # the user was never created in Magento
            assert probe.outcome == "rejected"
            assert inv.open_rotation(shop_id).step is RotationStep.DRAFT_NEW
            with pytest.raises(LifecycleError) as refused:
                life.confirm_portal_updated(rotation)
            assert refused.value.said.code == "lifecycle.wrong_step"
            assert refused.value.said.params["step"] == RotationStep.DRAFT_NEW.value
            with pytest.raises(LifecycleError) as refused:
                life.finish_rotation(rotation)
            assert refused.value.said.code == "lifecycle.wrong_step"
            assert set(Vault().credential_secrets(inv.credential(old_id))) == {"api_key"}


def test_revoke_needs_the_shop_to_reject_then_removes_secrets(memory_keyring):
    with M1Simulator(users={"cobby_api": ApiUser(OLD_M1)}) as sim:
        shop_id, cred_id = _seed(CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                 {"api_key": OLD_M1})
        with Inventory.open() as inv:
            life = Lifecycle(inv, Vault())
            assert life.revoke(cred_id).outcome == "ok"  # still works: nothing changes
            assert inv.credential(cred_id).state is CredentialState.ACTIVE
            del sim.users["cobby_api"]
            assert life.revoke(cred_id).outcome == "rejected"
            cred = inv.credential(cred_id)
            assert cred.state is CredentialState.REVOKED and cred.revoked_verified
            assert Vault().credential_secrets(cred) == {}
            assert inv.activity()[0].action.value == "revoked"


def test_offline_revoke_is_unverified_until_checked(memory_keyring):
    with M2Simulator() as sim:
        shop_id, cred_id = _seed(CredentialKind.M2_INTEGRATION, sim.url, "cobby",
                                 dict(sim.values))
        with Inventory.open() as inv:
            life = Lifecycle(inv, Vault())
            cred = life.revoke_offline(cred_id)
            assert cred.state is CredentialState.REVOKED and not cred.revoked_verified
            assert len(Vault().credential_secrets(cred)) == 4  # kept for the later proof
            assert life.verify_revocation(cred_id).outcome == "ok"  # integration still there
            assert not inv.credential(cred_id).revoked_verified
            sim.values["consumer_key"] = "c" * 32  # the integration was deleted
            assert life.verify_revocation(cred_id).outcome == "rejected"
            assert inv.credential(cred_id).revoked_verified
            assert Vault().credential_secrets(inv.credential(cred_id)) == {}


def test_a_rotation_can_be_called_off_before_the_new_access_is_proven(memory_keyring):
    with M1Simulator(users={"cobby_api": ApiUser(OLD_M1), "cobby_api2": ApiUser(NEW_M1)},
                     license_key=WS_KEY) as sim:
        shop_id, old_id = _seed(CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                {"api_key": OLD_M1})
        with Inventory.open() as inv:
            life = Lifecycle(inv, Vault())
            rotation = life.start_rotation(shop_id)
            new = life.draft_new(rotation, "cobby_api2", {"api_key": Secret(NEW_M1)})
            assert life.test_new(rotation).outcome == "ok"
            life.abandon_rotation(rotation)
            assert inv.open_rotation(shop_id) is None
            assert inv.credential(old_id).state is CredentialState.ACTIVE
            assert inv.credential(new.id) is None
            assert Vault().credential_secrets(new) == {}
            assert set(Vault().credential_secrets(inv.credential(old_id))) == {"api_key"}
            assert inv.activity()[0].detail.startswith("rotation stopped")
            # Once proven, it is too late to call off: the old access is being retired.
            again = life.start_rotation(shop_id)
            life.draft_new(again, "cobby_api2", {"api_key": Secret(NEW_M1)})
            life.test_new(again)
            life.confirm_portal_updated(again)
            assert life.prove_new(again, Secret(WS_KEY)).outcome == "ok"
            with pytest.raises(LifecycleError):
                life.abandon_rotation(again)
