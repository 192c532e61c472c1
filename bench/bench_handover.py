"""Benchmark the handover of the 500-entry benchmark case between two laptops (two vaults).

Send: the consent check, the offer in the log, the export of the whole case, CMS signing and
encryption, the atomic write. Receive: the CMS checks, the contact book, the case JSON checks,
then the merge by record uid. "cold" includes loading the person's RSA key from the vault once
(the handover service keeps it while the vault is open). Prints one JSON line (figures, never
pass/fail). Budget (issue 11): sending or receiving the 500-entry case takes ≤ 1 s.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import random  # noqa: E402

import make_big_vault  # noqa: E402

from app.domain import records as r  # noqa: E402
from app.handover.service import Handover  # noqa: E402
from app.models.interchange import to_json  # noqa: E402
from app.models.service import CaseService  # noqa: E402
from app.people import (  # noqa: E402
    ContactBook,
    Profile,
    card_from_bytes,
    card_to_bytes,
    my_card,
    set_profile,
)
from app.vault import DeviceSecrets, KdfParams, Vault  # noqa: E402

REPEAT = 5
# The KDF only runs at unlock, which is not measured here: the cheap setting keeps the run short.
KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def laptop(root: Path, name: str, role: str, organisation: str) -> tuple[Vault, CaseService]:
    vault, _ = Vault.create(
        root / name.split()[0].lower(),
        make_big_vault.PASSPHRASE,
        kdf=KDF,
        device_secrets=DeviceSecrets(None),
        actor=name,
    )
    set_profile(vault, Profile(name=name, role=role, organisation=organisation, contact=""))
    return vault, CaseService(vault, actor=name)


def big_case(holder: r.Person) -> r.Case:
    """The benchmark's 500-entry case, held by `holder`, with a consent that names Arne."""
    case = make_big_vault.make_case(random.Random(11), 0, big=True)
    today = date.today()
    signed = today - timedelta(days=10)
    consent = r.Consent(
        purpose="Overgang til skole",
        signed_on=signed,
        valid_until=signed + timedelta(days=300),
        givers=[r.ConsentGiver(name=case.custodians[0].name, relation="mor")],
        parties=[r.ConsentParty(kind=r.PartyKind.CHILDREN_CASEWORKER, name="Arne Andersen")],
    )
    return replace(
        case,
        created_by=holder,
        baton=[r.BatonEvent(kind=r.BatonEventKind.CREATED, on=case.created_on, person=holder)],
        consents=[*case.consents, consent],
    )


def seconds(fn) -> tuple[float, object]:  # noqa: ANN001
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="stafet-bench-handover-") as tmp:
        root = Path(tmp)
        k_vault, k_svc = laptop(root, "Kirsten Petersen", "leder", "Familiehuset")
        a_vault, a_svc = laptop(root, "Arne Andersen", "sagsbehandler", "Børn og Familie")
        for mine, other in ((k_vault, a_vault), (a_vault, k_vault)):
            book = ContactBook(other)
            book.mark_verified(book.add(card_from_bytes(card_to_bytes(my_card(mine)))).id)
        holder = r.Person(name="Kirsten Petersen", organisation="Familiehuset", role="leder")
        case = big_case(holder)
        case_id = k_svc.import_case(to_json(case))
        kirsten, arne = Handover(k_vault, k_svc), Handover(a_vault, a_svc)
        arne_contact = ContactBook(k_vault).find("Arne Andersen")

        target = root / "til-arne.stafet"
        send_s, _ = seconds(lambda: kirsten.send(case_id, arne_contact, target))
        size = target.stat().st_size
        read_s, incoming = seconds(lambda: arne.read(target))
        write_s, a_case = seconds(lambda: arne.receive(incoming))

        copies, reads, merges = [], [], []
        for k in range(REPEAT):
            path = root / f"kopi-{k}.stafet"
            s, _ = seconds(lambda path=path: kirsten.send(case_id, arne_contact, path, copy=True))
            copies.append(s)
            s, item = seconds(lambda path=path: arne.read(path))
            reads.append(s)
            s, _ = seconds(lambda item=item: arne.receive(item))
            merges.append(s)

        accept_s, _ = seconds(lambda: arne.accept(int(a_case), root / "kvittering.stafet"))
        receipt_s, _ = seconds(lambda: kirsten.receive(kirsten.read(root / "kvittering.stafet")))
        figures = {
            "case": {
                "entries": len(case.entries),
                "assessments": len(case.assessments),
                "meetings": len(case.meetings),
                "file_bytes": size,
            },
            "send_bundle_cold_s": round(send_s, 3),
            "receive_bundle_cold_s": round(read_s + write_s, 3),
            "receive_check_only_s": round(read_s, 3),
            "receive_write_new_case_s": round(write_s, 3),
            "send_copy_warm_median_s": round(statistics.median(copies), 3),
            "receive_copy_merge_warm_median_s": round(
                statistics.median(r_ + m for r_, m in zip(reads, merges, strict=True)), 3
            ),
            "accept_and_write_receipt_s": round(accept_s, 3),
            "receive_receipt_s": round(receipt_s, 3),
        }
        budgets = {"send_bundle_cold_s": 1.0, "receive_bundle_cold_s": 1.0}
        figures["budgets"] = budgets
        figures["over_budget"] = [k for k, limit in budgets.items() if figures[k] > limit]
        k_vault.lock()
        a_vault.lock()
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
