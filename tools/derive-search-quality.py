#!/usr/bin/env python3
"""Derives the rediscovery quality benchmark's data (src/test/resources/search/quality) from ../shared/data.

resumes.tsv: the 166 unique texts of resume_dataset_962 (of 962 rows), each with its category (the relevance label,
never read by ranking), a current title as a resume parser would take it (the line before "Skill Details", the
employer after " - " dropped; else the short headline line; else none) and the text (whitespace folded, cut to
5,000 characters).

openings.tsv: one opening per category, with the title a recruiter would type for it (hand-written below) and a
full job description: a real posting of jobs_google_job_skills or jobs_usajobs_data_roles whose title matches the
category (its own title kept), or, where the postings have none (they are Google and US federal data roles), one
composed from the O*NET occupation: its description and its technology skills marked hot or in demand.

Usage: python3 tools/derive-search-quality.py [../shared/data]
"""
import csv
import re
import sys
from collections import OrderedDict
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
OUT = Path(__file__).resolve().parent.parent / "src/test/resources/search/quality"
MAX_RESUME = 5000
MAX_JD = 4000

# category -> (title a recruiter would type, O*NET-SOC code, regex a posting title must match or None)
CATEGORIES = {
    "Java Developer": ("Java Developer", "15-1252.00", None),
    "Database": ("Database Administrator", "15-1242.00", None),
    "Data Science": ("Data Scientist", "15-2051.00", r"^data scientist$"),
    "HR": ("HR Executive", "13-1071.00", r"^hr specialist"),
    "Advocate": ("Advocate", "23-1011.00", None),
    "Automation Testing": ("Automation Test Engineer", "15-1253.00", None),
    "DevOps Engineer": ("DevOps Engineer", "15-1244.00", r"site reliability engineering$"),
    "Hadoop": ("Hadoop Developer", "15-1243.00", None),
    "DotNet Developer": (".NET Developer", "15-1252.00", None),
    "Testing": ("Testing Engineer", "17-2061.00", None),
    "Arts": ("Art Teacher", "25-1121.00", None),
    "Health and fitness": ("Fitness Trainer", "39-9031.00", r"^fitness specialist$"),
    "Civil Engineer": ("Civil Engineer", "17-2051.00", r"^civil engineer$"),
    "Business Analyst": ("Business Analyst", "13-1111.00", r"^business analyst$"),
    "SAP Developer": ("SAP Developer", "15-1252.00", None),
    "Python Developer": ("Python Developer", "15-1252.00", None),
    "Mechanical Engineer": ("Mechanical Engineer", "17-2141.00", r"^mechanical engineer$"),
    "Sales": ("Sales Executive", "41-4012.00", r"^sales specialist"),
    "Electrical Engineering": ("Electrical Engineer", "17-2071.00", r"^electrical engineer$"),
    "Network Security Engineer": ("Network Security Engineer", "15-1212.00", None),
    "ETL Developer": ("ETL Developer", "15-1243.00", r"^data engineer$"),
    "Blockchain": ("Blockchain Developer", "15-1252.00", None),
    "Web Designing": ("Web Designer", "15-1255.00", None),
    "Operations Manager": ("Operations Manager", "11-1021.00", None),
    "PMO": ("PMO Analyst", "15-1299.09", None),
}


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


def title_of(text):
    lines = [l.strip() for l in text.replace("\r", "").split("\n")]
    for i, line in enumerate(lines):
        if line.startswith("Skill Details"):
            for j in range(i - 1, max(i - 4, -1), -1):
                if lines[j]:
                    t = lines[j].split(" - ")[0].strip()
                    if 0 < len(t.split()) <= 8 and "Education" not in t:
                        return t
            break
    for i in range(len(lines) - 1):
        if lines[i] and not lines[i + 1] and 0 < len(lines[i].split()) <= 6 and i > 0 and "Details" not in lines[i]:
            if re.search(r"\d", lines[i]) is None:
                return lines[i]
    return ""


def resumes():
    rows = csv.DictReader(open(DATA / "resume_dataset_962/UpdatedResumeDataSet.csv", encoding="utf-8", errors="replace"))
    unique = OrderedDict()
    for r in rows:
        unique.setdefault(r["Resume"], r["Category"])
    return [(i + 1, c, title_of(t), fold(t)[:MAX_RESUME]) for i, (t, c) in enumerate(unique.items())]


def postings():
    found = []
    for r in csv.DictReader(open(DATA / "jobs_google_job_skills/job_skills.csv", encoding="utf-8", errors="replace")):
        text = " ".join([r["Responsibilities"], "Minimum qualifications: " + r["Minimum Qualifications"],
                         "Preferred qualifications: " + r["Preferred Qualifications"]])
        found.append((r["Title"], "Google job skills", text))
    for r in csv.DictReader(open(DATA / "jobs_usajobs_data_roles/usajobs_data_roles.csv", encoding="utf-8", errors="replace")):
        found.append((r["title"], "USAJOBS", r["description"]))
    return found


def onet():
    occupations = {}
    for r in csv.DictReader(open(DATA / "onet/Occupation Data.txt", encoding="utf-8"), delimiter="\t"):
        occupations[r["O*NET-SOC Code"]] = (r["Title"], r["Description"])
    skills = {}
    for r in csv.DictReader(open(DATA / "onet/Technology Skills.txt", encoding="utf-8"), delimiter="\t"):
        if r["Hot Technology"] == "Y" or r["In Demand"] == "Y":
            skills.setdefault(r["O*NET-SOC Code"], []).append(r["Example"])
    return occupations, skills


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    people = resumes()
    with open(OUT / "resumes.tsv", "w", encoding="utf-8") as f:
        f.write("id\tcategory\ttitle\ttext\n")
        for i, c, t, text in people:
            f.write(f"{i}\t{c}\t{fold(t)}\t{text}\n")
    jobs = postings()
    occupations, skills = onet()
    with open(OUT / "openings.tsv", "w", encoding="utf-8") as f:
        f.write("category\ttitle\tjd_title\tjd_source\tjd\n")
        for category, (title, soc, pattern) in CATEGORIES.items():
            match = None
            if pattern:
                candidates = [j for j in jobs if re.search(pattern, j[0].strip(), re.I) and len(j[2]) > 300]
                match = max(candidates, key=lambda j: len(j[2]), default=None)
            if match:
                jd_title, source, jd = match[0].strip(), match[1], match[2]
            else:
                name, description = occupations[soc]
                tech = skills.get(soc, [])[:25]
                jd_title, source = name, "O*NET " + soc
                jd = f"{description} Technology used: {', '.join(tech)}."
            f.write(f"{category}\t{title}\t{fold(jd_title)}\t{source}\t{fold(jd)[:MAX_JD]}\n")
    titled = sum(1 for p in people if p[2])
    print(f"{len(people)} resumes ({titled} with a title), {len(CATEGORIES)} openings -> {OUT}")


if __name__ == "__main__":
    main()
