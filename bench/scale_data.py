#!/usr/bin/env python3
"""Scale data of the bench scripts (called by bench/scale.sh; standard library only).

  scale_data.py official SHARED_TERRITOIRE_DIR OUT_DIR
      OUT_DIR/epci.json = the 1,255 real EPCI + one synthetic « national » EPCI (SIREN 299999999)
      whose 36,863 member communes have 5-digit codes that are not real INSEE codes (so no commune
      déléguée joins them): imported, it is a territory of 36,864 collectivités (members + the EPCI).
      OUT_DIR/communes.json = a link to the real file. Start the jar with
      --mutualis.territory.official-data=OUT_DIR to import it (and every real EPCI).
  scale_data.py answers HEADER_CSV CODES_FILE ROWS OUT_CSV
      An answers CSV in the columns of the app's own export (HEADER_CSV: the first line of
      GET /campaigns/{id}/export?format=csv of the campaign), one row per line of CODES_FILE
      ("code;name;population", written by `official` as national-codes.txt), the first ROWS of
      them, with plausible Infrastructure answers in 13 of the 46 questions (only those columns) (counts that add up,
      5 % NC on three columns; Random(2012): the same file every run).
"""
import csv
import json
import math
import os
import random
import sys

NATIONAL_SIREN = "299999999"
NATIONAL_MEMBERS = 36_863


def official(shared, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(shared, "communes.json"), encoding="utf-8") as f:
        communes = json.load(f)
    with open(os.path.join(shared, "epci.json"), encoding="utf-8") as f:
        epcis = json.load(f)
    taken = {c["code"] for c in communes}
    rnd = random.Random(2012)
    members = []
    n = 0
    code = 0
    while len(members) < NATIONAL_MEMBERS:
        code += 1
        text = "%05d" % code
        if text in taken:
            continue
        n += 1
        population = max(1, min(400_000, int(math.exp(rnd.gauss(6.4, 1.25)))))
        members.append({
            "code": text,
            "siren": "3%s000" % text,
            "nom": "Commune synthétique %05d" % n,
            "populationTotale": population,
            "populationMunicipale": population,
        })
    total = sum(m["populationMunicipale"] for m in members)
    epcis.append({
        "code": NATIONAL_SIREN,
        "nom": "France synthétique",
        "type": "CC",
        "modeFinancement": "FPU",
        "populationTotale": total,
        "populationMunicipale": total,
        "membres": members,
    })
    with open(os.path.join(out, "epci.json"), "w", encoding="utf-8") as f:
        json.dump(epcis, f, ensure_ascii=False)
    link = os.path.join(out, "communes.json")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(os.path.abspath(os.path.join(shared, "communes.json")), link)
    with open(os.path.join(out, "national-codes.txt"), "w", encoding="utf-8") as f:
        for m in members:
            f.write("%s;%s;%d\n" % (m["code"], m["nom"], m["populationMunicipale"]))
    with open(os.path.join(out, "epci-sirens.txt"), "w") as f:
        for e in epcis[:-1]:
            f.write(e["code"] + "\n")
    print("%d EPCI + %s with %d communes (population %d) in %s" % (len(epcis) - 1, NATIONAL_SIREN, len(members), total, out))


def answers(header_csv, codes_file, rows, out):
    with open(header_csv, encoding="utf-8-sig") as f:
        first = f.readline()
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter))
    if header[:2] != ["code", "name"]:
        sys.exit("unexpected header in %s: %s" % (header_csv, first))
    with open(codes_file, encoding="utf-8") as f:
        codes = [line.rstrip("\n").split(";") for line in f if line.strip()]
    if len(codes) < rows:
        sys.exit("only %d collectivités in %s, %d rows asked" % (len(codes), codes_file, rows))
    rnd = random.Random(2012)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        # Only the columns filled (15 of the 48 of the export): 36,000 rows of all the columns would
        # exceed the import's cell limit (1,000,000).
        filled = set(infrastructure(500, random.Random(0)))
        columns = [c for c in header[2:] if c in filled]
        if len(columns) != len(filled):
            sys.exit("the export of the campaign lacks columns %s" % sorted(filled - set(columns)))
        w.writerow(["code", "name"] + columns)
        for code, name, population in codes[:rows]:
            values = infrastructure(int(population or 500), rnd)
            w.writerow([code, name] + [values.get(c, "") for c in columns])
    print("%d rows -> %s" % (rows, out))


def infrastructure(population, rnd):
    """About 15 of the 46 Infrastructure columns, as the issue's files: counts that add up, some NC."""
    desktops = max(1, population // 150 + rnd.randint(0, 3))
    laptops = desktops // 3 + rnd.randint(0, 2)
    seats = desktops + laptops
    w11 = rnd.randint(0, seats)
    v = {
        "desktops_excl_schools": desktops,
        "laptops_excl_schools": laptops,
        "screens": desktops + rnd.randint(0, desktops),
        "os_windows_10": seats - w11,
        "os_windows_11": w11,
        "office_m365": rnd.randint(0, seats),
        "libreoffice": rnd.randint(0, seats),
        "avg_lifespan_years": rnd.choice([4, 5, 5, 6, 7, 8]),
        "avg_cost_desktop_eur_ht": rnd.randint(600, 1400),
        "avg_cost_laptop_eur_ht": rnd.randint(800, 1800),
        "maintenance_contract": rnd.choice(["yes", "no"]),
        "servers": rnd.randint(0, 3),
    }
    for k in ("avg_cost_laptop_eur_ht", "screens", "avg_lifespan_years"):
        if rnd.random() < 0.05:
            v[k] = "NC"
    return {k: str(x) for k, x in v.items()}


if __name__ == "__main__":
    if sys.argv[1] == "official":
        official(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "answers":
        answers(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        sys.exit(__doc__)
