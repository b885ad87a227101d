#!/usr/bin/env python3
"""Derives the title family table that search uses for equivalent titles (src/main/resources/search/title-families.csv).

Each row is a title, its O*NET-SOC occupation (6 digits: titles of one occupation are the same job) and its family
(titles a recruiter treats as the same kind of work). Rows come from the recruiter titles of derive-demo-data.py
(with their hand-assigned family and occupation) and from the 1,016 O*NET occupation titles, whose family is the most
common family of recruiter titles in the same occupation, else in the same SOC minor group, else "soc-" + major group.
"""
import argparse
import collections
import csv
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def recruiter_titles():
    spec = importlib.util.spec_from_file_location("demo", os.path.join(HERE, "derive-demo-data.py"))
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    return [(title, family, code[:7] if code else None) for title, family, code, _ in demo.TITLES]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--out", default=os.path.join(HERE, "..", "src", "main", "resources", "search"))
    args = parser.parse_args()

    rows = {}
    by_occupation = collections.defaultdict(collections.Counter)
    by_minor = collections.defaultdict(collections.Counter)
    for title, family, occupation in recruiter_titles():
        rows[title.lower()] = (title, occupation or "", family)
        if occupation:
            by_occupation[occupation][family] += 1
            by_minor[occupation[:5]][family] += 1

    with open(os.path.join(args.data, "onet", "Occupation Data.txt"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            occupation = row["O*NET-SOC Code"][:7]
            title = row["Title"].strip()
            if title.lower() in rows:
                continue
            counts = by_occupation.get(occupation) or by_minor.get(occupation[:5])
            family = counts.most_common(1)[0][0] if counts else "soc-" + occupation[:2]
            rows[title.lower()] = (title, occupation, family)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "title-families.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["title", "occupation", "family"])
        for key in sorted(rows):
            w.writerow(rows[key])
    print(f"{len(rows)} titles")


if __name__ == "__main__":
    main()
