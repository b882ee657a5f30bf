#!/usr/bin/env python3
"""Writes seed/demo/musterland/assessments.json: the demo ratings of the fictitious Musterland instruments.

Levels are chosen by hand from the catalogue v1 level descriptions (V16/V61); the quote of each rating is taken
verbatim from the passage (anchor in Akoma Ntoso style) of the text file, so it cannot drift from the text.
Run from the repository root: python3 seed/tools/demo_assessments.py
"""
import json
import re
from pathlib import Path

DIR = Path("seed/demo/musterland")
DOCS = {d["file"]: d for d in json.loads((DIR / "documents.json").read_text(encoding="utf-8"))}

# (instrument, file the evidence comes from, [(criterion, level or "NA", anchor or None, confidence, why)])
TREATY, MOU, WS = "DEMO-QM-2024-MIGRATION", "DEMO-QM-2024-DIGITAL", "DEMO-QM-2025-RETURN-WG"
RATINGS = [
    (TREATY, "treaty.de.txt", [
        ("DP-BASE", 3, "art_5__para_1", "Binding treaty: Convention 108+ level (Art. 5(1)), principles (Art. 5(2)), remedy (Art. 10(2)), independent supervision (Art. 11)."),
        ("PURPOSE", 3, "art_6__para_3", "Purpose-bound use and prior written consent (Art. 6(1)-(2)) plus logging, information on request and suspension (Art. 6(3))."),
        ("MINIM-RET", 3, "art_7__para_3", "Closed list of data (Art. 7(1)), correction (Art. 7(2)), six-month deletion with a log open to the supervisors (Art. 7(3))."),
        ("TRANSFER-SEC", 3, "art_8__para_3", "Encrypted, logged channel (Art. 8(1)), 72-hour breach notification (Art. 8(2)), Art. 46(2)(a) GDPR instrument (Art. 8(3))."),
        ("INDEP-OVERSIGHT", 3, "art_11__para_3", "Both DPAs named as independent (Art. 11(1)), cross-border cooperation (Art. 11(2)), monitoring committee with access and yearly public report (Art. 11(3))."),
        ("TRANSP-REMEDY", 2, "art_10__para_1", "Access, rectification, reasons (Art. 10(1)), complaint and judicial remedy (Art. 10(2)), publication (Art. 10(3)); no compensation or channel reachable from Musterland named, so not 3."),
        ("HUMAN-OVERSIGHT", 2, "art_12__para_1", "No solely automated decisions, human review (Art. 12(1)), documentation (Art. 12(2)); no AI-Act-type duties or contestation route."),
        ("BIOMETRICS", 2, "art_9__para_2", "Identification-only purpose (Art. 9(1)), no retention beyond the match, no onward sharing (Art. 9(2)); no DPIA or independent audit."),
        ("NONDISC", 2, "art_3__para_2", "Equal pay and labour rights (Art. 3(1)), non-discrimination and bias testing of digital procedures (Art. 3(2)); no complaint mechanism or disaggregated indicators."),
        ("SOVEREIGNTY-EXIT", 0, None, "The text says nothing about open standards, ownership of data or code, portability or exit."),
        ("CAPACITY", 1, "art_13__para_1", "Only a general commitment to cooperate in training (Art. 13(1)); further measures are left to separate arrangements (Art. 13(2))."),
        ("MONITOR-EVAL", 3, "art_14__para_2", "Joint Committee with indicators and reports (Art. 14(1)), independent DAC-criteria evaluation published (Art. 14(2)), review clause (Art. 14(3))."),
    ]),
    (MOU, "mou.en.txt", [
        ("DP-BASE", 2, "art_5__para_1", "Dedicated article with principles (Article 5(1)) and responsible bodies (Article 5(2)), but in a non-binding declaration."),
        ("PURPOSE", 1, "art_6", "Purpose named only generally ('purposes of migration management'); no consent rule for onward transfer."),
        ("MINIM-RET", 1, "art_5__para_3", "Only 'necessary and proportionate' language; no list of data categories or retention limit."),
        ("TRANSFER-SEC", 1, "art_5__para_4", "General security wording only."),
        ("INDEP-OVERSIGHT", 2, "art_7", "Names both independent data protection authorities as competent for the processing; no cooperation, access rights or reports."),
        ("TRANSP-REMEDY", 1, "art_11__para_1", "Only a general reference to publication; no rights of access, rectification or remedy."),
        ("HUMAN-OVERSIGHT", 1, "art_8", "General commitment to 'responsible and human-centred' technology only."),
        ("BIOMETRICS", "NA", None, "The declaration provides for no exchange or matching of biometric data."),
        ("NONDISC", 1, "art_9", "General human-rights and equal-treatment wording only."),
        ("SOVEREIGNTY-EXIT", 2, "art_4__para_2", "Open standards and open source preferred (Article 4(1)), partner ownership and export in open formats (Article 4(2)); no exit or hand-over plan."),
        ("CAPACITY", 3, "art_3__para_3", "Named measures (Article 3(1)) with budget and implementer (Article 3(2)), targets and timeline (Article 3(3)), local ownership and sustainability plan (Article 3(4)); level 3 relies on the binding cross-reference to Article 13(2) of the treaty."),
        ("MONITOR-EVAL", 2, "art_10__para_1", "Steering group meeting twice a year with yearly reporting (Article 10(1)) and output data (Article 10(2)); no independent evaluation."),
    ]),
    (WS, "working-structure.de.txt", [
        ("DP-BASE", 1, "art_4__para_1", "Only a reference to the national law of each participant."),
        ("PURPOSE", 2, "art_4__para_2", "Use only for return and reintegration, prior written consent for onward transfer, use for prosecution excluded; no logging or sanction."),
        ("MINIM-RET", 1, "art_4__para_3", "Only 'necessary' language."),
        ("TRANSFER-SEC", 1, "art_4__para_4", "General security wording only."),
        ("INDEP-OVERSIGHT", 1, "art_5", "'Supervision under national law' only; no independent body named."),
        ("TRANSP-REMEDY", 0, None, "No rights of the persons concerned, no remedy and no publication clause."),
        ("HUMAN-OVERSIGHT", 0, None, "Fingerprint and facial image matching (Art. 3(1)) makes automated tools plausible, but the text is silent (level 0 per the catalogue)."),
        ("BIOMETRICS", 1, "art_3__para_2", "Fingerprints and facial images are matched (Art. 3(1)) with only a generic reference to national data-protection law (Art. 3(2))."),
        ("NONDISC", 0, None, "No non-discrimination or equal-treatment wording."),
        ("SOVEREIGNTY-EXIT", 0, None, "Nothing on open standards, data ownership, portability or exit."),
        ("CAPACITY", 2, "art_6__para_1", "Named training measure by a named actor (Art. 6(1)) with an equipment budget (Art. 6(2)); no targets beyond 2025, no ownership or sustainability plan."),
        ("MONITOR-EVAL", 2, "art_2__para_2", "Quarterly meetings (Art. 2(1)), yearly written report (Art. 2(2)) and case figures (Art. 2(3)); no independent evaluation."),
    ]),
]
CROSS_REFERENCE = {(MOU, "CAPACITY"): TREATY}


def passages(text):
    """Anchor -> passage text: 'art_N' for the body of an article without numbered paragraphs, 'art_N__para_M' for
    its numbered paragraphs. The line after 'Artikel N'/'Article N' is the heading."""
    out, article, heading = {}, None, False
    for line in text.splitlines():
        m = re.fullmatch(r"(?:Artikel|Article) (\d+)", line.strip())
        if m:
            article, heading = m.group(1), True
            continue
        if article is None or not line.strip():
            continue
        if heading:
            heading = False
            continue
        p = re.match(r"\((\d+)\) (.+)", line)
        if p:
            out[f"art_{article}__para_{p.group(1)}"] = p.group(2)
        elif not any(k == f"art_{article}" or k.startswith(f"art_{article}__") for k in out):
            out[f"art_{article}"] = line
    return out


def label(anchor, language):
    m = re.fullmatch(r"art_(\d+)(?:__para_(\d+))?", anchor)
    art, para = m.group(1), m.group(2)
    if language == "de":
        return f"Art. {art}" + (f" Abs. {para}" if para else "")
    return f"Article {art}" + (f"({para})" if para else "")


def main():
    out = []
    for ref, file, ratings in RATINGS:
        doc = DOCS[file]
        assert doc["externalRef"] == ref, (file, ref)
        units = passages((DIR / file).read_text(encoding="utf-8"))
        source = f"{doc['title']}, seed/demo/musterland/{file}"
        nothing = "keine einschlägige Bestimmung (gesamter Wortlaut durchgesehen)" if doc["language"] == "de" \
            else "no provision on the topic (whole text searched)"
        for code, level, anchor, why in ratings:
            na = level == "NA"
            evidence = None
            if not na:
                evidence = {"reference": label(anchor, doc["language"]) if anchor else nothing,
                            "quote": units[anchor] if anchor else None, "source": source, "asOf": doc["versionDate"]}
            out.append({"externalRef": ref, "criterionId": code, "level": None if na else level, "notApplicable": na,
                        "notApplicableReason": why if na else None, "evidence": evidence,
                        "document": None if na else file, "anchor": anchor,
                        "crossReferenceRef": CROSS_REFERENCE.get((ref, code)), "confidence": "HIGH",
                        "rationale": why})
    (DIR / "assessments.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(out)} ratings")


if __name__ == "__main__":
    main()
