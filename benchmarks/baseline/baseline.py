#!/usr/bin/env python3
"""What a lab would write instead of Récits: pandas + openpyxl over the same files.

Computes PART_ACTIVE_AMBASSADORS, PART_ATTENDANCE_RATE, PROT_INTERVENTION_DAYS, FIN_COLLECTIVITE_SHARE
and QUAL_SESSION_SATISFACTION (as docs/indicateurs.md defines them) for the programme and each
collectivité, for a quarter and the four before it, and writes the `Indicateurs` and `Données` tables to an xlsx workbook.

    baseline.py --data DIR --period 2021-T1 --out FILE.xlsx
"""
import argparse
import csv
import glob
import os
import unicodedata

import numpy as np
import openpyxl
import pandas as pd

CODES = ["PART_ACTIVE_AMBASSADORS", "PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS", "FIN_COLLECTIVITE_SHARE",
         "QUAL_SESSION_SATISFACTION"]


def key(text):
    """Header names compare case-, accent- and space-insensitively (docs/format.md)."""
    s = unicodedata.normalize("NFD", str(text).replace("\ufeff", "").strip())
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower()
    return "_".join(s.replace("-", " ").replace("_", " ").split())


def dialect(path):
    """Encoding (BOM, else strict UTF-8, else Windows-1252) and separator of the header line."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if head.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    else:
        try:
            with open(path, "rb") as f:
                f.read().decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "cp1252"
    first = head.decode(enc if enc != "utf-8-sig" else "utf-8", errors="replace").split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=first.count)
    return enc, sep


def read(path, normalise=True):
    enc, sep = dialect(path)
    df = pd.read_csv(path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, quotechar='"')
    if normalise:
        df.columns = [key(c) for c in df.columns]
    return df


def dates(series):
    """The dates docs/format.md accepts: 2020-01-30, 30/01/2020, 30/01/20, 30.01.2020; anything else is NaT."""
    s = series.fillna("").str.strip().str.slice(0, 10)
    out = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    for fmt in ("%d/%m/%Y", "%d.%m.%Y"):
        out = out.fillna(pd.to_datetime(s, format=fmt, errors="coerce"))
    out = out.fillna(pd.to_datetime(s.where(s.str.len() == 8), format="%d/%m/%y", errors="coerce"))
    return out


def numbers(series):
    return pd.to_numeric(series.fillna("").str.strip().str.replace(",", ".", regex=False), errors="coerce")


def quarters(label, count=4):
    year, q = label.split("-T")
    start = pd.Period(year=int(year), quarter=int(q), freq="Q")
    return [start - i for i in range(count, -1, -1)]


def active(amb, d):
    return (amb["date_entree"].isna() | (amb["date_entree"] <= d)) & (amb["date_sortie"].isna() | (amb["date_sortie"] > d))


def survey_scores(folder):
    """Every scored answer of enquetes/: collectivité, questionnaire, question, measure, date, score 1–5."""
    frames = []
    for mapping_path in sorted(glob.glob(os.path.join(folder, "enquetes", "*.mapping.csv"))):
        export = mapping_path[: -len(".mapping.csv")] + ".csv"
        mapping = read(mapping_path)
        answers = read(export, normalise=False)
        const = {r["mesure"]: r["libelles"] for _, r in mapping.iterrows() if r["question"] == "*"}
        cols = {r["mesure"]: r["question"] for _, r in mapping.iterrows() if r["question"] != "*"}
        coll = answers[cols["collectivite"]] if "collectivite" in cols else pd.Series(const["collectivite"], index=answers.index)
        when = dates(answers[cols["date"]]) if "date" in cols else pd.Series(pd.NaT, index=answers.index)
        for _, q in mapping.iterrows():
            if q["mesure"] in ("collectivite", "vague", "date", "role") or q["question"] == "*":
                continue
            scale = q["echelle"]
            low, high = {"likert5": (1, 5), "likert4": (1, 4), "likert7": (1, 7), "nps": (0, 10)}[scale]
            raw = answers[q["question"]].str.strip()
            if q["libelles"]:
                labels = dict(part.rsplit("=", 1) for part in q["libelles"].split("|"))
                value = pd.to_numeric(raw.map(labels), errors="coerce")
            else:
                value = pd.to_numeric(raw, errors="coerce")
            value = value.where((value >= low) & (value <= high) & (value == value.round()))
            score = value if scale == "likert5" else 1.0 + (value - low) * 4.0 / (high - low)
            if q["inverse"] == "oui":
                score = 6.0 - score
            frames.append(pd.DataFrame({"collectivite": coll, "questionnaire": os.path.basename(export)[:-4],
                                        "question": q["question"], "mesure": q["mesure"], "date": when,
                                        "score": score}).dropna(subset=["score"]))
    return pd.concat(frames, ignore_index=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--period", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    d = a.data

    parts = read(os.path.join(d, "participants.csv"))
    for c in ("date_entree", "date_sortie"):
        parts[c] = dates(parts[c])
    amb = parts[parts["role"].str.strip().str.lower() == "ambassadeur"]
    sess = read(os.path.join(d, "sessions.csv"))
    sess["date_debut"] = dates(sess["date_debut"])
    sess["jours"] = numbers(sess["jours"])
    sess = sess.dropna(subset=["date_debut", "jours"])
    sess["type"] = sess["type"].str.strip().replace("", "session")
    counted = sess[sess["type"].isin(["session", "immersion"])]
    pres = read(os.path.join(d, "presences.csv"))
    pres["jours_presents"] = numbers(pres["jours_presents"])
    fin = read(os.path.join(d, "financements.csv"))
    fin["montant_eur"] = numbers(fin["montant_eur"])
    fin = fin.dropna(subset=["montant_eur"])
    fin["date"] = dates(fin["date"])
    answers = survey_scores(d)
    sat = answers[answers["mesure"] == "satisfaction"]

    colls = read(os.path.join(d, "collectivites.csv"))
    for c in ("date_debut", "date_fin"):
        colls[c] = dates(colls[c])
    collectivites = sorted(set(colls["collectivite"]) | set(parts["collectivite"]) | set(sess["collectivite"]))
    # attendance joined once to its counted session and to the ambassador
    att = pres.merge(counted[["collectivite", "session", "date_debut", "jours"]], on=["collectivite", "session"])
    att = att.merge(amb[["collectivite", "participant", "date_entree", "date_sortie"]], on=["collectivite", "participant"])
    att = att[(att["date_entree"].isna() | (att["date_entree"] <= att["date_debut"]))
              & (att["date_sortie"].isna() | (att["date_sortie"] > att["date_debut"]))]
    att["present"] = np.minimum(att["jours_presents"].fillna(att["jours"]), att["jours"])
    slots = counted.merge(amb[["collectivite", "participant", "date_entree", "date_sortie"]], on="collectivite")
    slots = slots[(slots["date_entree"].isna() | (slots["date_entree"] <= slots["date_debut"]))
                  & (slots["date_sortie"].isna() | (slots["date_sortie"] > slots["date_debut"]))]

    rows = []
    for p in quarters(a.period):
        start, end = p.start_time.normalize(), p.end_time.normalize()
        in_p = lambda s: (s >= start) & (s <= end)
        per = {}
        n_amb = amb[active(amb, end)].groupby("collectivite").size()
        days = counted[counted["date_debut"] <= end].groupby("collectivite")["jours"].sum()
        present = att[in_p(att["date_debut"])].groupby("collectivite")["present"].sum()
        possible = slots[in_p(slots["date_debut"])].groupby("collectivite")["jours"].sum()
        f = fin[fin["date"].isna() | (fin["date"] <= end)]
        f_coll = f[f["type"].str.strip() == "collectivite"].groupby("collectivite")["montant_eur"].sum()
        f_all = f.groupby("collectivite")["montant_eur"].sum()
        s = sat[in_p(sat["date"])]
        s_sum = s.groupby("collectivite")["score"].sum()
        s_n = s.groupby("collectivite")["score"].count()
        has_amb = set(amb["collectivite"])
        has_sess_p = set(counted[in_p(counted["date_debut"])]["collectivite"])
        has_sess_upto = set(counted[counted["date_debut"] <= end]["collectivite"])
        # a programme that ended before the quarter or starts after it has no active ambassador in it
        ended = set(colls[(colls["date_fin"] < start) | (colls["date_debut"] > end)]["collectivite"])
        for scope in ["programme"] + collectivites:
            ids = collectivites if scope == "programme" else [scope]
            pick = lambda series: float(series.reindex(ids).fillna(0).sum())
            val = {}
            running = [i for i in ids if i not in ended]
            val["PART_ACTIVE_AMBASSADORS"] = (float(n_amb.reindex(running).fillna(0).sum()), None, None) \
                if has_amb & set(running) else None
            val["PROT_INTERVENTION_DAYS"] = (pick(days), None, None) if has_sess_upto & set(ids) else None
            num, den = pick(present), pick(possible)
            val["PART_ATTENDANCE_RATE"] = (num / den, num, den) if has_sess_p & set(ids) and den > 0 else None
            num, den = pick(f_coll), pick(f_all)
            val["FIN_COLLECTIVITE_SHARE"] = (num / den, num, den) if den > 0 else None
            num, den = pick(s_sum), pick(s_n)
            val["QUAL_SESSION_SATISFACTION"] = (num / den, num, den) if den > 0 else None
            for code in CODES:
                v = val[code]
                rows.append([code, scope, f"{p.year}-T{p.quarter}", start.date(), end.date(),
                             "n/d" if v is None else v[0], None if v is None else v[1], None if v is None else v[2],
                             "oui" if p == quarters(a.period)[-1] else "non"])

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Indicateurs")
    ws.append(["Code", "Périmètre", "Période", "Début", "Fin", "Valeur", "Numérateur", "Dénominateur",
               "Période du rapport"])
    for r in rows:
        ws.append(r)
    # Données: the records in long format, survey answers summed per collectivité, question and month
    ws = wb.create_sheet("Données")
    ws.append(["Type", "Collectivité", "Identifiant", "Champ", "Valeur (texte)", "Valeur (nombre)"])
    for _, r in parts.iterrows():
        for fld in ("role", "direction", "categorie"):
            if r[fld]:
                ws.append(["participant", r["collectivite"], r["participant"], fld, r[fld], None])
    for r in sess.itertuples():
        ws.append(["session", r.collectivite, r.session, "jours", None, r.jours])
    for r in pres.itertuples():
        ws.append(["presence", r.collectivite, f"{r.session}/{r.participant}", "jours_presents", None,
                   None if pd.isna(r.jours_presents) else r.jours_presents])
    for r in fin.itertuples():
        ws.append(["financement", r.collectivite, r.financeur, "montant_eur", None, r.montant_eur])
    answers["mois"] = answers["date"].dt.strftime("%Y-%m")
    agg = answers.groupby(["collectivite", "questionnaire", "question", "mois"])["score"].agg(["count", "sum"])
    for (coll, quest, question, month), r in agg.iterrows():
        ws.append(["reponses", coll, f"{quest}/{question}/{month}", "nombre", None, int(r["count"])])
        ws.append(["reponses", coll, f"{quest}/{question}/{month}", "somme_scores", None, float(r["sum"])])
    wb.save(a.out)


if __name__ == "__main__":
    main()
