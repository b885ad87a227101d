#!/usr/bin/env python3
"""Builds the labelled resume sample in src/test/resources/resumes (run from the project root).

Two kinds of documents, each with its true fields in labels.json:
- written: fictional people in six layouts (classic, contact block, one-line positions, labelled fields, two-column
  table, all-caps name with competencies), as HTML, converted by LibreOffice to PDF, DOCX, DOC, RTF and ODT, or
  kept as HTML or plain text;
- derived: texts of ../shared/data/resume_dataset_962 (deduplicated; Kaggle, anonymised, no contact details) below a
  fictional header and a current position, so that name, contact, location and current title are known.
Deterministic (seeded); LibreOffice headless must be installed.
"""
import csv, html, json, os, random, re, shutil, subprocess, sys, tempfile

OUT = 'src/test/resources/resumes'
SKILLS_TSV = 'src/main/resources/reference/skills.tsv'
DATASET = '/work/shared/data/resume_dataset_962/UpdatedResumeDataSet.csv'
rnd = random.Random(20261206)

canon = {}
for line in open(SKILLS_TSV, encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    for n in [f[0]] + (f[1].split('|') if len(f) > 1 and f[1] else []):
        canon.setdefault(n.lower(), f[0])

def c(skill):
    v = canon.get(skill.lower())
    if v is None:
        sys.exit('not in the dictionary: ' + skill)
    return v

FIRST = ['Maria', 'James', 'Aisha', 'Daniel', 'Priya', 'Lukas', 'Sofia', 'Kwame', 'Emily', 'Hiroshi', 'Olivia',
         'Mateo', 'Chloe', 'Rahul', 'Grace', 'Ethan', 'Fatima', 'Noah', 'Ingrid', 'Carlos', 'Hannah', 'Wei',
         'Isabel', 'Samuel', 'Nadia', 'Oliver', 'Zoe', 'Andre', 'Leila', 'Thomas', 'Ana', 'Marcus', 'Yuki',
         'Elena', 'Patrick', 'Mei', 'Jonas', 'Amara', 'Victor', 'Rosa']
LAST = ['Garcia', "O'Brien", 'Okafor', 'Schneider', 'Patel', 'Nguyen', 'Kowalski', 'Mensah', 'Whitaker',
        'Tanaka', 'Rossi', 'Fernandez', 'Dubois', 'Sharma', 'Lindqvist', 'Murphy', 'Haddad', 'Brooks',
        'Johansson', 'Alvarez', 'Fischer', 'Chen', 'Moreau', 'Adeyemi', 'Costa', 'Kim', 'Novak', 'Silva',
        'Evans', 'Hughes', 'Mueller', 'Park', 'Romero', 'Walsh', 'Ivanova', 'Bennett', 'Lopez', 'Sato',
        'McAllister', 'Van Dijk']
# (written city, label city, label region, label country, phone maker)
def us(area):
    return lambda: ('(%s) %d%02d-%04d' % (area, rnd.randint(2, 9), rnd.randint(10, 99), rnd.randint(1000, 9999)),
                    None)
CITIES = [
    ('Chicago, IL', 'Chicago', 'IL', 'US', us('312')),
    ('Austin, TX', 'Austin', 'TX', 'US', us('512')),
    ('Seattle, WA', 'Seattle', 'WA', 'US', us('206')),
    ('Boston, MA', 'Boston', 'MA', 'US', us('617')),
    ('Denver, CO 80202', 'Denver', 'CO', 'US', us('303')),
    ('Atlanta, Georgia', 'Atlanta', 'GA', 'US', us('404')),
    ('San Francisco, CA', 'San Francisco', 'CA', 'US', us('415')),
    ('New York, NY', 'New York City', 'NY', 'US', us('212')),
    ('Toronto, ON', 'Toronto', 'ON', 'CA', us('416')),
    ('London, United Kingdom', 'London', 'ENG', 'GB', lambda: ('+44 20 7%03d %04d' % (rnd.randint(100, 999), rnd.randint(1000, 9999)), None)),
    ('Berlin, Germany', 'Berlin', None, 'DE', lambda: ('+49 30 %08d' % rnd.randint(20000000, 99999999), None)),
    ('Sydney, Australia', 'Sydney', None, 'AU', lambda: ('+61 2 9%03d %04d' % (rnd.randint(100, 999), rnd.randint(1000, 9999)), None)),
    ('Dublin, Ireland', 'Dublin', None, 'IE', lambda: ('+353 1 %03d %04d' % (rnd.randint(200, 999), rnd.randint(1000, 9999)), None)),
    ('Minneapolis, MN', 'Minneapolis', 'MN', 'US', us('612')),
    ('Phoenix, AZ', 'Phoenix', 'AZ', 'US', us('602')),
]
ROLES = [
    ('Account Executive', ['Salesforce', 'Cold Calling', 'Negotiation', 'Lead Generation', 'Account Management', 'HubSpot', 'Forecasting']),
    ('Senior Java Developer', ['Java', 'Spring Boot', 'Hibernate', 'SQL', 'Docker', 'Kubernetes', 'Kafka', 'Git']),
    ('Data Scientist', ['Python', 'Pandas', 'Machine Learning', 'SQL', 'TensorFlow', 'Statistics', 'Tableau']),
    ('Technical Recruiter', ['Sourcing', 'Boolean Search', 'Greenhouse', 'Interviewing', 'Onboarding', 'Talent Acquisition']),
    ('HR Generalist', ['Payroll', 'Workday', 'Employee Relations', 'Onboarding', 'Excel']),
    ('Marketing Manager', ['Google Analytics', 'HubSpot', 'Content Marketing', 'Budgeting', 'Salesforce']),
    ('DevOps Engineer', ['AWS', 'Terraform', 'Kubernetes', 'Jenkins', 'Linux', 'Ansible', 'Docker']),
    ('Financial Analyst', ['Excel', 'Financial Modeling', 'SQL', 'Tableau', 'Forecasting', 'Budgeting']),
    ('Project Manager', ['Agile', 'Scrum', 'Jira', 'Stakeholder Management', 'Budgeting']),
    ('Frontend Developer', ['JavaScript', 'TypeScript', 'React', 'Node.js', 'Git', 'HTML']),
    ('Sales Development Representative', ['Cold Calling', 'Salesforce', 'Lead Generation', 'Pipeline Management']),
    ('Business Analyst', ['SQL', 'Power BI', 'Jira', 'Agile', 'Excel']),
]
EMPLOYERS = ['Acme Corp', 'Northwind Traders', 'Globex Inc.', 'Initech LLC', 'Umbrella Health', 'Contoso Ltd',
             'Blue Harbor Logistics', 'Brightline Software', 'Redwood Analytics Group', 'Summit Bank',
             'Pinecrest Partners', 'Lumen Systems', 'Vertex Solutions', 'Orchid Labs', 'Harbor & Vale Consulting',
             'Tidewater Technologies', 'Maple Grove Services', 'Ironclad Security Inc.']
PAST_TITLES = {'Account Executive': 'Sales Development Representative', 'Senior Java Developer': 'Java Developer',
               'Data Scientist': 'Data Analyst', 'Technical Recruiter': 'Recruiting Coordinator',
               'HR Generalist': 'HR Assistant', 'Marketing Manager': 'Marketing Specialist',
               'DevOps Engineer': 'Systems Administrator', 'Financial Analyst': 'Junior Analyst',
               'Project Manager': 'Project Coordinator', 'Frontend Developer': 'Web Developer',
               'Sales Development Representative': 'Customer Service Representative',
               'Business Analyst': 'Reporting Analyst'}
SCHOOLS = ['University of Illinois', 'Texas A&M University', 'University of Washington', 'Boston College',
           'University of Toronto', "King's College London", 'Technical University of Berlin', 'Trinity College Dublin',
           'Arizona State University', 'University of Minnesota']
DEGREES = ['B.S. in Computer Science', 'B.A. in Economics', 'MBA', 'B.A. in Psychology', 'M.S. in Statistics',
           'B.Sc. in Business Administration']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

used_names = set()
def person(i):
    while True:
        name = rnd.choice(FIRST) + ' ' + rnd.choice(LAST)
        if name not in used_names:
            used_names.add(name)
            break
    city = CITIES[i % len(CITIES)]
    role, skills = ROLES[i % len(ROLES)]
    written_skills = rnd.sample(skills, min(len(skills), rnd.randint(4, 6)))
    phone, _ = city[4]()
    local = re.sub(r"[^a-z]", "", name.split()[0].lower()) + '.' + re.sub(r"[^a-z]", "", name.split()[-1].lower())
    email = local + rnd.choice(['@example.com', '@mail.example.org', '@example.net'])
    employers = rnd.sample(EMPLOYERS, 3)
    start = rnd.randint(2016, 2022)
    p = dict(name=name, city=city, role=role, skills=written_skills, phone=phone, email=email,
             employer=employers[0], past=[(PAST_TITLES[role], employers[1]), ('Intern', employers[2])],
             start=start, m1=rnd.randint(0, 11), m0=rnd.randint(0, 11), school=rnd.choice(SCHOOLS),
             degree=rnd.choice(DEGREES))
    return p

def dates(p):
    cur = '%s %d' % (MONTHS[p['m1']], p['start'])
    past_from = '%s %d' % (MONTHS[p['m0']], p['start'] - rnd.randint(2, 4))
    return cur, past_from, '%s %d' % (MONTHS[(p['m1'] + 11) % 12], p['start'] if p['m1'] > 0 else p['start'] - 1)

BULLETS = ['Grew the accounts I managed by a third in two years while keeping churn under five percent.',
           'Led a team of four through a migration that cut monthly costs by twenty percent.',
           'Worked with product, finance and operations to ship a new process for the whole region.',
           'Trained new colleagues and wrote the playbook the team still uses.']

def esc(s):
    return html.escape(s)

def layout(p, kind):
    """Returns (html, text) for one of six layouts."""
    cur, pfrom, pto = dates(p)
    city = p['city'][0]
    skills = p['skills']
    (pt, pe), (it, ie) = p['past']
    b = rnd.sample(BULLETS, 2)
    if kind == 0:  # classic
        lines = [('h1', p['name']), ('p', p['role']), ('p', '%s | %s | %s' % (p['email'], p['phone'], city)),
                 ('h2', 'Summary'), ('p', 'Experienced %s who builds lasting relationships.' % p['role'].lower()),
                 ('h2', 'Experience'), ('h3', '%s — %s' % (p['role'], p['employer'])), ('p', '%s – Present' % cur),
                 ('li', b[0]), ('h3', '%s — %s' % (pt, pe)), ('p', '%s – %s' % (pfrom, pto)), ('li', b[1]),
                 ('h2', 'Education'), ('p', '%s, %s' % (p['degree'], p['school'])),
                 ('h2', 'Skills'), ('p', ', '.join(skills))]
    elif kind == 1:  # contact block
        lines = [('h1', p['name']), ('p', city), ('p', p['phone']), ('p', p['email']),
                 ('h2', 'PROFESSIONAL EXPERIENCE'), ('h3', '%s, %s' % (p['employer'], city)), ('p', p['role']),
                 ('p', '%s - Present' % cur), ('li', b[0]), ('h3', pe), ('p', pt), ('p', '%s - %s' % (pfrom, pto)),
                 ('li', b[1]), ('h2', 'SKILLS')] + [('li', s) for s in skills] + [
                 ('h2', 'EDUCATION'), ('p', p['school']), ('p', p['degree'])]
    elif kind == 2:  # one-line positions, inline skills
        lines = [('h1', p['name']), ('p', '%s • %s • %s' % (city, p['phone'], p['email'])),
                 ('p', 'Skills: ' + ', '.join(skills)), ('h2', 'Work Experience'),
                 ('p', '%s | %s | %s – Present' % (p['role'], p['employer'], cur)), ('li', b[0]),
                 ('p', '%s | %s | %s – %s' % (pt, pe, pfrom, pto)), ('li', b[1]),
                 ('h2', 'Education'), ('p', '%s — %s' % (p['school'], p['degree']))]
    elif kind == 3:  # labelled fields
        lines = [('p', 'Name: ' + p['name']), ('p', 'Email: ' + p['email']), ('p', 'Phone: ' + p['phone']),
                 ('p', 'Location: ' + city), ('h2', 'Work History'),
                 ('p', '%d - Present    %s, %s' % (p['start'], p['role'], p['employer'])), ('li', b[0]),
                 ('p', '%s - %d    %s, %s' % (pfrom[-4:], p['start'], pt, pe)), ('li', b[1]),
                 ('h2', 'Key Skills'), ('p', ' · '.join(skills)),
                 ('h2', 'Education'), ('p', '%s, %s, %d' % (p['degree'], p['school'], p['start'] - 5))]
    elif kind == 4:  # two columns (a table)
        left = [p['name'], p['role'], p['email'], p['phone'], city, '', 'Technical Skills'] + skills
        right = ['Experience', '%s at %s (%s – Present)' % (p['role'], p['employer'], cur), b[0],
                 '%s at %s (%s – %s)' % (pt, pe, pfrom, pto), b[1], 'Education', '%s, %s' % (p['degree'], p['school'])]
        h = '<table><tr><td>%s</td><td>%s</td></tr></table>' % (
            ''.join('<p>%s</p>' % esc(x) for x in left), ''.join('<p>%s</p>' % esc(x) for x in right))
        text = '\n'.join(left + [''] + right)
        return page(h), text
    else:  # all-caps name, competencies
        lines = [('h1', p['name'].upper()), ('p', '%s  |  %s' % (p['role'], city)),
                 ('p', 'Mobile: %s   E-mail: %s' % (p['phone'], p['email'])), ('h2', 'Core Competencies'),
                 ('p', ' • '.join(skills)), ('h2', 'Employment History'),
                 ('p', '%s  %s – Present' % (p['employer'], cur)), ('p', p['role']), ('li', b[0]),
                 ('p', '%s  %s – %s' % (pe, pfrom, pto)), ('p', pt), ('li', b[1]),
                 ('h2', 'Education'), ('p', '%s, %s' % (p['degree'], p['school']))]
    h = ''.join('<%s>%s</%s>' % (t, esc(x), t) if t != 'li' else '<ul><li>%s</li></ul>' % esc(x) for t, x in lines)
    text = '\n'.join(('- ' + x) if t == 'li' else x for t, x in lines)
    return page(h), text

def page(body):
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Resume</title></head><body>%s</body></html>' % body

def label(p, file, kind, origin):
    city = p['city']
    return dict(file=file, origin=origin, layout=kind, fullName=p['name'], emails=[p['email']],
                phones=[e164(p['phone'], city[3])], city=city[1], region=city[2], country=city[3],
                currentTitle=p['role'], currentEmployer=p['employer'], skills=sorted({c(s) for s in p['skills']}))

def e164(phone, country):
    digits = re.sub(r'\D', '', phone)
    return '+' + digits if phone.startswith('+') else '+1' + digits

def convert(src_html, fmt, outdir):
    filters = {'pdf': 'pdf:writer_pdf_Export', 'docx': 'docx:MS Word 2007 XML', 'doc': 'doc:MS Word 97',
               'rtf': 'rtf:Rich Text Format', 'odt': 'odt:writer8'}
    subprocess.run(['libreoffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filters[fmt],
                    '--outdir', outdir, src_html], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp()
    labels = []
    formats = ['pdf', 'docx', 'doc', 'rtf', 'odt', 'txt', 'html']
    n = 0
    # written: 6 layouts x 7 formats = 42 documents
    for kind in range(6):
        for fi, fmt in enumerate(formats):
            p = person(n)
            base = 'written-%02d-layout%d' % (n, kind)
            h, text = layout(p, kind)
            write(tmp, base, fmt, h, text)
            labels.append(label(p, base + '.' + fmt, kind, 'written'))
            n += 1
    # derived: 24 texts of the Kaggle data set below a fictional header, as PDF, DOCX or TXT
    csv.field_size_limit(10 ** 9)
    rows = list(csv.reader(open(DATASET, encoding='utf-8', errors='replace')))[1:]
    seen, unique = set(), []
    for cat, t in rows:
        if t not in seen:
            seen.add(t)
            unique.append((cat, t))
    picks = rnd.sample(unique, 24)
    for j, (cat, body) in enumerate(picks):
        p = person(n)
        kind = j % 4
        base = 'derived-%02d-%s' % (j, re.sub(r'[^a-z]+', '-', cat.lower()).strip('-'))
        h, text = layout(p, kind)
        body = re.sub(r'[^\x09\x0a\x0d\x20-\x7e\u00a0-\u024f]', ' ', body)[:6000]
        h = h.replace('</body>', '<h2>Additional Information</h2>%s</body>' % ''.join(
            '<p>%s</p>' % esc(l) for l in body.split('\n') if l.strip()))
        text = text + '\n\nAdditional Information\n' + body
        fmt = ['pdf', 'docx', 'txt'][j % 3]
        write(tmp, base, fmt, h, text)
        labels.append(label(p, base + '.' + fmt, kind, 'derived:' + cat))
        n += 1
    json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), indent=1, ensure_ascii=False)
    print(len(labels), 'documents')

def write(tmp, base, fmt, h, text):
    if fmt == 'txt':
        open(os.path.join(OUT, base + '.txt'), 'w', encoding='utf-8').write(text + '\n')
    elif fmt == 'html':
        open(os.path.join(OUT, base + '.html'), 'w', encoding='utf-8').write(h)
    else:
        src = os.path.join(tmp, base + '.html')
        open(src, 'w', encoding='utf-8').write(h)
        convert(src, fmt, OUT)

main()
