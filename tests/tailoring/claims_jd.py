"""A blind set written in round 7 (issue #11) before any rule of the round was touched, never run
through the guard while it was written: twelve domains none of the other sets uses, (source bullet or
summary, job description, rewrite) triples the way a model tailors a resume TO the job. Faithful
rewrites put the job's vocabulary on the source's facts, change voice, tense or order, merge two facts
of one job, restate numbers exactly in other forms and say the source's own scope or title other
ways; fabrications add what the job asks for and the source lacks (a tool, a certification, a scope,
a team, a domain, a title, a tenure) or an outcome, worded the way models word them.

A stable hash splits it into a tune half (rules may be fixed on it) and a measure half (aggregate only:
never debugged on). Cases: (domain, job or None for the summary, bullet, kind or FAITHFUL, rewrite).
"""

from __future__ import annotations

from typing import Any

from tests.tailoring.blind_sets import FAITHFUL, external_shape, hashed_half
from tests.tailoring.blind_sets import job as _job
from tests.tailoring.blind_sets import resume as _resume

DOMAINS: dict[str, dict[str, Any]] = {
    "hospital pharmacy": {
        "resume": _resume(
            "Priya Natarajan",
            "Clinical Pharmacist",
            "Clinical pharmacist with 7 years in acute-care hospitals. Focused on antimicrobial stewardship and safe medication use.",
            [
                _job(
                    "St. Anselm Medical Center",
                    "Clinical Pharmacist",
                    "2020-02",
                    "present",
                    "Verified about 400 medication orders per shift in Epic Willow for a 250-bed hospital",
                    "Ran the antimicrobial stewardship rounds with two infectious-disease physicians, cutting broad-spectrum antibiotic days by 18%",
                    "Built IV-to-oral conversion protocols for 6 drugs, approved by the P&T committee",
                    "Trained 14 pharmacy technicians on sterile compounding under USP 797",
                    "Reported 35 adverse drug events to the hospital's safety committee in 2023",
                ),
                _job(
                    "Walgreens",
                    "Staff Pharmacist",
                    "2017-06",
                    "2020-01",
                    "Filled and checked up to 300 prescriptions a day",
                    "Gave about 1,200 flu vaccines over two seasons",
                    "Counseled patients on new anticoagulant prescriptions",
                ),
            ],
            education=[{"institution": "University of Kansas", "studyType": "PharmD", "area": "Pharmacy"}],
            skills=[
                {
                    "name": "Clinical",
                    "keywords": [
                        "Epic Willow",
                        "Pyxis",
                        "sterile compounding",
                        "antimicrobial stewardship",
                        "pharmacokinetic dosing",
                    ],
                }
            ],
            certificates=[{"name": "Board Certified Pharmacotherapy Specialist (BCPS)", "issuer": "BPS"}],
        ),
        "jd": "Clinical Pharmacist, Infectious Diseases. Lead the antimicrobial stewardship program across our "
        "3-hospital system, review culture results, manage vancomycin and aminoglycoside pharmacokinetic dosing, "
        "educate residents and nursing staff, and track outcomes in Epic. Requirements: PharmD, BCIDP or BCPS, 5+ "
        "years of hospital practice, experience with TheraDoc. PGY2 infectious diseases residency preferred.",
    },
    "security operations": {
        "resume": _resume(
            "Marcus Bell",
            "Security Analyst",
            "Security analyst with 5 years in a 24/7 SOC. Strong at triage, detection tuning and clear incident write-ups.",
            [
                _job(
                    "Northgate Credit Union",
                    "SOC Analyst II",
                    "2021-04",
                    "present",
                    "Triaged around 150 Splunk alerts a day and escalated confirmed incidents to the IR lead",
                    "Wrote 45 detection rules mapped to MITRE ATT&CK, lowering false positives by 30%",
                    "Investigated 3 phishing campaigns against members and blocked the sender domains",
                    "Ran quarterly tabletop exercises with the IT operations team",
                ),
                _job(
                    "Cobalt Managed Services",
                    "IT Support Technician",
                    "2019-01",
                    "2021-03",
                    "Reset passwords and provisioned accounts in Active Directory for 20 client offices",
                    "Patched Windows endpoints monthly with WSUS",
                    "Wrote a PowerShell script that cut new-hire setup from 2 hours to 30 minutes",
                ),
            ],
            education=[
                {
                    "institution": "University of Central Florida",
                    "studyType": "B.S.",
                    "area": "Information Technology",
                }
            ],
            skills=[
                {
                    "name": "Security",
                    "keywords": ["Splunk", "MITRE ATT&CK", "CrowdStrike Falcon", "Wireshark"],
                },
                {"name": "Systems", "keywords": ["PowerShell", "Active Directory"]},
            ],
            certificates=[{"name": "CompTIA Security+", "issuer": "CompTIA"}],
        ),
        "jd": "Senior SOC Analyst / Threat Hunter. Hunt threats across our hybrid cloud, build detections in Splunk "
        "and Microsoft Sentinel, lead incident response, mentor junior analysts, automate playbooks with SOAR "
        "(Splunk Phantom). Requirements: 4+ years in a SOC, MITRE ATT&CK, PowerShell or Python, GCIH or CySA+. "
        "Experience in financial services and PCI DSS a plus.",
    },
    "construction management": {
        "resume": _resume(
            "Dana Kowalski",
            "Project Engineer",
            "Project engineer with 6 years on commercial building projects. Known for tight RFI turnaround and clean closeout packages.",
            [
                _job(
                    "Halvorsen Builders",
                    "Project Engineer",
                    "2020-03",
                    "present",
                    "Managed RFIs and submittals for a $42M, 5-story medical office building",
                    "Kept RFI turnaround under 4 days on average across the project",
                    "Ran weekly coordination meetings with MEP subcontractors using Procore",
                    "Tracked the 3-week look-ahead schedule in Primavera P6 and flagged delays to the superintendent",
                    "Assembled closeout documents for 3 projects, including O&M manuals and as-builts",
                ),
                _job(
                    "Redline Surveying",
                    "Field Technician",
                    "2018-05",
                    "2020-02",
                    "Staked out building corners and grades with a Trimble total station",
                    "Drafted 60 site plans in AutoCAD Civil 3D",
                ),
            ],
            education=[{"institution": "Penn State", "studyType": "B.S.", "area": "Civil Engineering"}],
            skills=[
                {
                    "name": "Tools",
                    "keywords": ["Procore", "Primavera P6", "Bluebeam", "AutoCAD Civil 3D", "Trimble"],
                }
            ],
            certificates=[{"name": "OSHA 30-Hour Construction", "issuer": "OSHA"}],
        ),
        "jd": "Assistant Project Manager, Healthcare Construction. Manage subcontractor buyout, budgets and change "
        "orders on $50M+ hospital projects, run OAC meetings, maintain schedules in P6, lead closeout. "
        "Requirements: 5+ years with a general contractor, Procore, Bluebeam, LEED AP preferred, PMP a plus. "
        "Experience with ICRA and occupied-hospital work.",
    },
    "product design": {
        "resume": _resume(
            "Lena Fischer",
            "Product Designer",
            "Product designer with 4 years designing mobile banking flows. I pair usability testing with clear design systems.",
            [
                _job(
                    "Finova",
                    "Product Designer",
                    "2021-09",
                    "present",
                    "Redesigned the mobile onboarding flow in Figma, raising completion from 61% to 74%",
                    "Ran 24 moderated usability sessions for the bill-pay feature",
                    "Built 80 components for the company's design system with two front-end engineers",
                    "Wrote the accessibility checklist the design team uses for WCAG 2.1 AA reviews",
                ),
                _job(
                    "Studio Parallel",
                    "Junior Designer",
                    "2019-07",
                    "2021-08",
                    "Designed marketing websites for 12 clients in Sketch",
                    "Made clickable prototypes for client pitches",
                ),
            ],
            education=[
                {
                    "institution": "California College of the Arts",
                    "studyType": "B.A.",
                    "area": "Interaction Design",
                }
            ],
            skills=[
                {
                    "name": "Design",
                    "keywords": ["Figma", "Sketch", "usability testing", "design systems", "WCAG", "Maze"],
                }
            ],
        ),
        "jd": "Senior Product Designer, Payments. Own end-to-end design for our consumer payments app, lead user "
        "research and A/B testing, scale our design system, partner with PMs and engineers. Requirements: 5+ years "
        "of product design, Figma, prototyping in ProtoPie or Framer, experience with quantitative research "
        "(Amplitude). Fintech experience a plus; Nielsen Norman UX certification nice to have.",
    },
    "talent acquisition": {
        "resume": _resume(
            "Grace Oyelaran",
            "Technical Recruiter",
            "Technical recruiter with 5 years hiring engineers for startups. Good at sourcing, structured interviews and a candidate experience people remember.",
            [
                _job(
                    "Kitebird",
                    "Technical Recruiter",
                    "2021-01",
                    "present",
                    "Closed 38 engineering hires in 2023 with an average time-to-fill of 41 days",
                    "Sourced candidates on LinkedIn Recruiter and GitHub, with a 28% reply rate to outreach",
                    "Set up structured interview scorecards in Greenhouse for 6 engineering teams",
                    "Ran the campus program at 4 universities with one coordinator",
                ),
                _job(
                    "Staffwell Agency",
                    "Recruiting Coordinator",
                    "2019-02",
                    "2020-12",
                    "Scheduled about 60 interviews a week for agency recruiters",
                    "Kept candidate records in Bullhorn up to date",
                ),
            ],
            education=[{"institution": "University of Georgia", "studyType": "B.A.", "area": "Psychology"}],
            skills=[
                {
                    "name": "Recruiting",
                    "keywords": [
                        "Greenhouse",
                        "LinkedIn Recruiter",
                        "Boolean sourcing",
                        "structured interviewing",
                        "Bullhorn",
                    ],
                }
            ],
        ),
        "jd": "Senior Technical Recruiter. Own full-cycle hiring for engineering and data roles, partner with hiring "
        "managers on workforce planning, build diverse pipelines, report hiring metrics in Ashby, and manage a "
        "recruiting coordinator. Requirements: 5+ years technical recruiting, Greenhouse or Ashby, experience "
        "hiring at scale (50+ hires/year), executive search a plus, SHRM-CP preferred.",
    },
    "aircraft maintenance": {
        "resume": _resume(
            "Ray Delgado",
            "Aircraft Maintenance Technician",
            "FAA-certificated A&P mechanic with 8 years on regional jets. Careful with paperwork and calm on the night shift.",
            [
                _job(
                    "SkyWest Airlines",
                    "Aircraft Maintenance Technician",
                    "2018-04",
                    "present",
                    "Performed A-checks and line maintenance on CRJ-200 and E175 aircraft on the night shift",
                    "Troubleshot hydraulic and landing-gear faults using the aircraft maintenance manual",
                    "Signed off about 25 work cards a shift with no findings in two FAA ramp audits",
                    "Trained 5 new mechanics on the E175 walkaround",
                ),
                _job(
                    "US Air Force",
                    "Crew Chief",
                    "2014-06",
                    "2018-03",
                    "Crew chief for C-130H aircraft at Little Rock AFB",
                    "Led pre-flight inspections for a 4-person crew",
                ),
            ],
            education=[
                {
                    "institution": "Community College of the Air Force",
                    "studyType": "A.A.S.",
                    "area": "Aviation Maintenance Technology",
                }
            ],
            skills=[
                {
                    "name": "Maintenance",
                    "keywords": [
                        "line maintenance",
                        "hydraulics",
                        "landing gear",
                        "AMM",
                        "borescope inspection",
                    ],
                }
            ],
            certificates=[{"name": "FAA Airframe and Powerplant (A&P) certificate", "issuer": "FAA"}],
        ),
        "jd": "Lead Aircraft Maintenance Technician, Heavy Check. Lead a team of technicians through C-checks on "
        "Airbus A320 family aircraft, perform NDT and avionics troubleshooting, ensure FAA and EASA compliance, and "
        "hold Inspection Authorization (IA). Requirements: A&P certificate, 5+ years of heavy maintenance, A320 "
        "experience, RII authority.",
    },
    "veterinary care": {
        "resume": _resume(
            "Hannah Brooks",
            "Veterinary Technician",
            "Credentialed veterinary technician with 6 years in small-animal practice. Steady hands in surgery and patient with worried owners.",
            [
                _job(
                    "Maple Ridge Animal Hospital",
                    "Veterinary Technician",
                    "2020-05",
                    "present",
                    "Monitored anesthesia for about 12 surgeries a week, mostly spays, neuters and dentals",
                    "Took and processed dental radiographs and assisted with extractions",
                    "Ran in-house bloodwork on IDEXX analyzers and flagged abnormal results to the vet",
                    "Set up the clinic's controlled-drug log and kept it audit-ready",
                ),
                _job(
                    "Pawsitive Pet Care",
                    "Kennel Assistant",
                    "2018-03",
                    "2020-04",
                    "Cared for up to 30 boarding dogs a day",
                    "Gave oral medications on schedule and reported changes in appetite",
                ),
            ],
            education=[
                {"institution": "Bel-Rea Institute", "studyType": "A.A.S.", "area": "Veterinary Technology"}
            ],
            skills=[
                {
                    "name": "Clinical",
                    "keywords": [
                        "anesthesia monitoring",
                        "dental radiography",
                        "IDEXX",
                        "venipuncture",
                        "Cornerstone",
                    ],
                }
            ],
            certificates=[{"name": "Credentialed Veterinary Technician (CVT), Colorado", "issuer": "CVMA"}],
        ),
        "jd": "Lead Veterinary Technician, Emergency & Specialty Hospital. Triage critical patients, place IV "
        "catheters and central lines, run CPR (RECOVER certified), supervise the technician team, manage ICU "
        "treatments, and train new staff. Requirements: CVT/RVT/LVT, 3+ years of emergency or critical care, VTS "
        "(ECC) preferred, experience with exotics a plus. Software: ezyVet.",
    },
    "newsroom editing": {
        "resume": _resume(
            "Owen Pratt",
            "Copy Editor",
            "Copy editor with 9 years at regional newspapers. Fast on deadline, careful with facts, fluent in AP style.",
            [
                _job(
                    "The Lakeshore Ledger",
                    "Senior Copy Editor",
                    "2019-08",
                    "present",
                    "Edited about 15 local news stories a night for print and web",
                    "Wrote headlines and SEO titles in WordPress",
                    "Caught and corrected factual errors before publication, logging 120 corrections in 2023",
                    "Updated the paper's style guide with the research desk",
                ),
                _job(
                    "Mill Valley Courier",
                    "Reporter",
                    "2015-06",
                    "2019-07",
                    "Covered city council and school board meetings",
                    "Wrote 3 to 4 stories a week on local government",
                ),
            ],
            education=[{"institution": "University of Missouri", "studyType": "B.A.", "area": "Journalism"}],
            skills=[
                {
                    "name": "Editing",
                    "keywords": ["AP style", "WordPress", "fact-checking", "headline writing", "InDesign"],
                }
            ],
        ),
        "jd": "Audience Editor / Digital Producer. Optimize headlines for search and social, run A/B headline tests "
        "in Chartbeat, manage the homepage and newsletters, analyze audience metrics in Google Analytics, and lead a "
        "team of two producers. Requirements: 5+ years in a newsroom, CMS experience (Arc XP), SEO expertise, video "
        "editing in Premiere a plus.",
    },
    "nonprofit fundraising": {
        "resume": _resume(
            "Mei Lin Zhao",
            "Development Associate",
            "Fundraiser with 5 years in community nonprofits. I write grants that get read and keep donor records clean.",
            [
                _job(
                    "Riverbend Food Alliance",
                    "Development Associate",
                    "2021-02",
                    "present",
                    "Wrote 22 grant proposals in 2023, 14 of them funded, for a total of $610,000",
                    "Managed donor records for about 3,000 donors in Raiser's Edge",
                    "Planned the annual spring gala for 250 guests with the events committee",
                    "Drafted monthly donor newsletters in Mailchimp",
                ),
                _job(
                    "Eastside Youth League",
                    "Program Assistant",
                    "2019-01",
                    "2021-01",
                    "Enrolled about 400 kids a season in youth soccer",
                    "Tracked volunteer hours in spreadsheets for grant reports",
                ),
            ],
            education=[{"institution": "Portland State University", "studyType": "B.A.", "area": "English"}],
            skills=[
                {
                    "name": "Fundraising",
                    "keywords": ["grant writing", "Raiser's Edge", "Mailchimp", "donor stewardship", "Excel"],
                }
            ],
        ),
        "jd": "Major Gifts Officer. Manage a portfolio of 150 major donors, cultivate and solicit gifts of $25,000+, "
        "lead capital campaign efforts, partner with the board, and report in Salesforce NPSP. Requirements: 5+ "
        "years of frontline fundraising, CFRE preferred, proven record of closing six-figure gifts, planned giving "
        "knowledge a plus.",
    },
    "property management": {
        "resume": _resume(
            "Andre Whitfield",
            "Property Manager",
            "Property manager with 7 years running multifamily communities. Keeps units full and residents heard.",
            [
                _job(
                    "Cedar Point Residential",
                    "Property Manager",
                    "2020-06",
                    "present",
                    "Managed a 220-unit apartment community with 96% average occupancy",
                    "Cut make-ready time from 10 days to 6 by rescheduling vendor turns",
                    "Supervised 2 leasing agents and 3 maintenance technicians",
                    "Collected rent in Yardi and brought delinquency down to 2.5%",
                    "Handled resident complaints and lease renewals",
                ),
                _job(
                    "Harbor Lane Apartments",
                    "Leasing Consultant",
                    "2017-05",
                    "2020-05",
                    "Led tours and signed about 15 leases a month",
                    "Answered resident requests and logged work orders",
                ),
            ],
            education=[
                {"institution": "Georgia State University", "studyType": "B.B.A.", "area": "Real Estate"}
            ],
            skills=[
                {
                    "name": "Operations",
                    "keywords": [
                        "Yardi Voyager",
                        "lease administration",
                        "vendor management",
                        "Fair Housing",
                    ],
                }
            ],
            certificates=[
                {"name": "Certified Apartment Manager (CAM)", "issuer": "National Apartment Association"}
            ],
        ),
        "jd": "Regional Property Manager. Oversee a portfolio of 1,200 units across 5 communities, manage P&L and "
        "budgets, lead lease-up of new construction, supervise on-site managers, and drive NOI growth. "
        "Requirements: 7+ years multifamily, Yardi and RealPage, CPM or CAM, real estate license, experience with "
        "affordable housing (LIHTC) compliance.",
    },
    "physical therapy": {
        "resume": _resume(
            "Sofia Marin",
            "Physical Therapist",
            "Outpatient physical therapist with 4 years treating orthopedic and sports injuries. I build plans patients actually follow.",
            [
                _job(
                    "Summit Orthopedic Rehab",
                    "Physical Therapist",
                    "2022-07",
                    "present",
                    "Treated about 14 patients a day, mostly post-op knees and shoulders",
                    "Wrote home exercise programs in WebPT for every discharge",
                    "Started a return-to-run clinic with one other therapist, seeing 40 runners in its first year",
                    "Supervised 2 PT students on clinical rotation each year",
                ),
                _job(
                    "Valley Hospital",
                    "PT Aide",
                    "2020-01",
                    "2022-06",
                    "Set up treatment rooms and helped patients with transfers",
                    "Cleaned and logged equipment daily",
                ),
            ],
            education=[
                {
                    "institution": "University of Utah",
                    "studyType": "Doctor of Physical Therapy",
                    "area": "Physical Therapy",
                }
            ],
            skills=[
                {
                    "name": "Clinical",
                    "keywords": [
                        "manual therapy",
                        "therapeutic exercise",
                        "gait analysis",
                        "WebPT",
                        "dry needling",
                    ],
                }
            ],
            certificates=[{"name": "Dry Needling Level 1", "issuer": "Evidence in Motion"}],
        ),
        "jd": "Physical Therapist, Sports Medicine. Evaluate and treat athletes, run ACL return-to-sport testing, "
        "coordinate with team physicians and athletic trainers, and supervise PTAs. Requirements: DPT, state "
        "license, OCS or SCS board certification preferred, experience with blood flow restriction training, "
        "Raintree EMR.",
    },
    "utility line work": {
        "resume": _resume(
            "Cody Harlan",
            "Journeyman Lineman",
            "Journeyman lineman with 10 years building and restoring overhead distribution lines. Safety first, every job.",
            [
                _job(
                    "Prairie Electric Cooperative",
                    "Journeyman Lineman",
                    "2019-03",
                    "present",
                    "Built and maintained overhead distribution lines up to 25 kV",
                    "Restored power after 6 major storms, working 16-hour shifts",
                    "Set poles and transformers with a digger derrick and bucket truck",
                    "Worked 7 years without a recordable injury",
                ),
                _job(
                    "Blackhawk Line Services",
                    "Apprentice Lineman",
                    "2016-01",
                    "2019-02",
                    "Completed a 7,000-hour apprenticeship",
                    "Assisted crews with underground cable pulls",
                ),
            ],
            education=[
                {
                    "institution": "Southeast Lineman Training Center",
                    "studyType": "Certificate",
                    "area": "Electrical Lineworker",
                }
            ],
            skills=[
                {
                    "name": "Line work",
                    "keywords": ["overhead distribution", "hot-stick work", "rubber gloving", "pole setting"],
                }
            ],
            certificates=[
                {"name": "CDL Class A", "issuer": "State of Kansas"},
                {"name": "OSHA 10", "issuer": "OSHA"},
            ],
        ),
        "jd": "Line Crew Foreman. Lead a 5-person crew on transmission and distribution work up to 138 kV, plan "
        "jobs, enforce safety, energized work with live-line tools, storm restoration, and underground URD installs. "
        "Requirements: journeyman card, 8+ years, CDL A, crane operator certification (NCCCO), experience with "
        "SCADA switching.",
    },
}

S = None
"""The summary, in place of a job's index."""
F = FAITHFUL

CASES: list[tuple[str, int | None, int, str, str]] = [
    # ------------------------------------------------------------ hospital pharmacy
    (
        "hospital pharmacy",
        0,
        0,
        F,
        "Verified roughly 400 medication orders each shift in Epic Willow for a 250-bed hospital",
    ),
    (
        "hospital pharmacy",
        0,
        0,
        F,
        "Reviewed and verified ~400 inpatient medication orders per shift using Epic Willow at a 250-bed acute-care hospital",
    ),
    (
        "hospital pharmacy",
        0,
        1,
        F,
        "Led antimicrobial stewardship rounds alongside two infectious-disease physicians, reducing broad-spectrum antibiotic days 18%",
    ),
    (
        "hospital pharmacy",
        0,
        1,
        F,
        "Cut broad-spectrum antibiotic days by 18% through stewardship rounds run with two ID physicians",
    ),
    (
        "hospital pharmacy",
        0,
        2,
        F,
        "Developed IV-to-PO conversion protocols for six drugs, gaining P&T committee approval",
    ),
    ("hospital pharmacy", 0, 3, F, "Trained 14 pharmacy technicians in USP 797 sterile compounding"),
    (
        "hospital pharmacy",
        0,
        3,
        F,
        "Educated fourteen pharmacy technicians on sterile compounding standards (USP 797)",
    ),
    (
        "hospital pharmacy",
        0,
        4,
        F,
        "Reported 35 adverse drug events to the hospital safety committee during 2023",
    ),
    ("hospital pharmacy", 1, 0, F, "Filled and verified as many as 300 prescriptions daily"),
    (
        "hospital pharmacy",
        1,
        1,
        F,
        "Administered approximately 1,200 influenza vaccines across two flu seasons",
    ),
    ("hospital pharmacy", 1, 2, F, "Counseled patients starting new anticoagulant therapy"),
    (
        "hospital pharmacy",
        S,
        0,
        F,
        "Clinical pharmacist with seven years of acute-care hospital practice, focused on antimicrobial stewardship and medication safety.",
    ),
    (
        "hospital pharmacy",
        0,
        1,
        F,
        "Ran antimicrobial stewardship rounds with two infectious-disease physicians and built IV-to-oral conversion protocols for 6 drugs",
    ),
    (
        "hospital pharmacy",
        S,
        0,
        F,
        "Board-certified pharmacotherapy specialist (BCPS) with a PharmD and 7 years in acute-care hospitals, focused on antimicrobial stewardship.",
    ),
    (
        "hospital pharmacy",
        0,
        0,
        "skill",
        "Verified about 400 medication orders per shift in Epic Willow and TheraDoc for a 250-bed hospital",
    ),
    (
        "hospital pharmacy",
        S,
        0,
        "certification",
        "BCIDP-certified clinical pharmacist with 7 years in acute-care hospitals, focused on antimicrobial stewardship.",
    ),
    (
        "hospital pharmacy",
        0,
        1,
        "scope",
        "Ran antimicrobial stewardship rounds across a 3-hospital system, cutting broad-spectrum antibiotic days by 18%",
    ),
    (
        "hospital pharmacy",
        0,
        1,
        "leadership",
        "Headed the antimicrobial stewardship program, overseeing two infectious-disease physicians and cutting broad-spectrum antibiotic days by 18%",
    ),
    (
        "hospital pharmacy",
        0,
        2,
        "other",
        "Built IV-to-oral conversion protocols for 6 drugs, approved by the P&T committee and shortening average length of stay",
    ),
    (
        "hospital pharmacy",
        S,
        0,
        "tenure",
        "Clinical pharmacist with over a decade in acute-care hospitals, focused on antimicrobial stewardship and safe medication use.",
    ),
    (
        "hospital pharmacy",
        0,
        3,
        "title",
        "As pharmacy supervisor, trained 14 pharmacy technicians on sterile compounding under USP 797",
    ),
    (
        "hospital pharmacy",
        S,
        0,
        "degree",
        "PGY2 residency-trained clinical pharmacist with 7 years in acute-care hospitals, focused on antimicrobial stewardship.",
    ),
    # ------------------------------------------------------------ security operations
    (
        "security operations",
        0,
        0,
        F,
        "Triaged roughly 150 Splunk alerts daily, escalating confirmed incidents to the incident response lead",
    ),
    (
        "security operations",
        0,
        0,
        F,
        "Escalated confirmed incidents to the IR lead after triaging ~150 Splunk alerts per day",
    ),
    ("security operations", 0, 1, F, "Built 45 MITRE ATT&CK-mapped detections, reducing false positives 30%"),
    (
        "security operations",
        0,
        1,
        F,
        "Cut false positives by 30% by writing 45 detection rules aligned to the MITRE ATT&CK framework",
    ),
    (
        "security operations",
        0,
        2,
        F,
        "Investigated three phishing campaigns targeting credit-union members and blocked the sending domains",
    ),
    ("security operations", 0, 3, F, "Led quarterly tabletop exercises with IT operations"),
    (
        "security operations",
        0,
        3,
        F,
        "Facilitated tabletop exercises each quarter alongside the IT operations team",
    ),
    (
        "security operations",
        1,
        0,
        F,
        "Provisioned Active Directory accounts and handled password resets for 20 client offices",
    ),
    ("security operations", 1, 1, F, "Applied monthly Windows patches to endpoints via WSUS"),
    (
        "security operations",
        1,
        2,
        F,
        "Automated new-hire setup with PowerShell, reducing it from two hours to 30 minutes",
    ),
    (
        "security operations",
        1,
        2,
        F,
        "Cut new-hire setup time by 75% (2 hours to 30 minutes) with a PowerShell script",
    ),
    (
        "security operations",
        S,
        0,
        F,
        "Security+ certified SOC analyst with five years in a 24/7 security operations center, strong in alert triage, detection tuning and incident write-ups.",
    ),
    (
        "security operations",
        S,
        0,
        F,
        "Security analyst with 5 years of round-the-clock SOC experience in triage, detection engineering and incident reporting.",
    ),
    (
        "security operations",
        0,
        1,
        F,
        "Wrote 45 MITRE ATT&CK detection rules that lowered false positives by 30% and investigated 3 phishing campaigns against members",
    ),
    (
        "security operations",
        0,
        1,
        "skill",
        "Wrote 45 detection rules in Splunk and Microsoft Sentinel mapped to MITRE ATT&CK, lowering false positives by 30%",
    ),
    (
        "security operations",
        S,
        0,
        "certification",
        "GCIH-certified security analyst with 5 years in a 24/7 SOC, strong at triage, detection tuning and incident write-ups.",
    ),
    (
        "security operations",
        0,
        0,
        "leadership",
        "Triaged around 150 Splunk alerts a day and mentored three junior analysts on escalation",
    ),
    (
        "security operations",
        0,
        0,
        "title",
        "As senior SOC analyst, triaged around 150 Splunk alerts a day and escalated confirmed incidents",
    ),
    (
        "security operations",
        0,
        2,
        "other",
        "Investigated 3 phishing campaigns against members, blocked the sender domains and prevented any account takeovers",
    ),
    (
        "security operations",
        0,
        3,
        "scope",
        "Ran enterprise-wide quarterly tabletop exercises with the IT operations team",
    ),
    (
        "security operations",
        1,
        2,
        "skill",
        "Wrote a PowerShell script and a SOAR playbook that cut new-hire setup from 2 hours to 30 minutes",
    ),
    (
        "security operations",
        0,
        1,
        "multiplier",
        "Wrote 45 detection rules mapped to MITRE ATT&CK, halving false positives",
    ),
    (
        "security operations",
        0,
        0,
        "skill",
        "Triaged around 150 Splunk alerts a day across PCI DSS cardholder environments and escalated confirmed incidents",
    ),
    (
        "security operations",
        0,
        2,
        F,
        "Blocked sender domains after investigating 3 phishing campaigns aimed at members",
    ),
    # ------------------------------------------------------------ construction management
    (
        "construction management",
        0,
        0,
        F,
        "Handled RFIs and submittals on a $42 million, five-story medical office building",
    ),
    (
        "construction management",
        0,
        0,
        F,
        "Oversaw submittal and RFI management for a 5-story, $42M healthcare office project",
    ),
    ("construction management", 0, 1, F, "Held average RFI turnaround below four days for the full project"),
    ("construction management", 0, 2, F, "Led weekly MEP subcontractor coordination meetings in Procore"),
    (
        "construction management",
        0,
        2,
        F,
        "Coordinated MEP subcontractors through weekly meetings run in Procore",
    ),
    (
        "construction management",
        0,
        3,
        F,
        "Maintained the three-week look-ahead schedule in P6 and raised delays with the superintendent",
    ),
    (
        "construction management",
        0,
        4,
        F,
        "Prepared closeout packages for three projects, including O&M manuals and as-built drawings",
    ),
    (
        "construction management",
        1,
        0,
        F,
        "Laid out building corners and grades using a Trimble total station",
    ),
    ("construction management", 1, 1, F, "Produced 60 site plans in Civil 3D"),
    (
        "construction management",
        S,
        0,
        F,
        "Project engineer with six years in commercial construction, known for fast RFI turnaround and clean closeout packages.",
    ),
    (
        "construction management",
        S,
        0,
        F,
        "OSHA 30-trained civil engineer with 6 years on commercial building projects, focused on RFI turnaround and closeout.",
    ),
    (
        "construction management",
        0,
        1,
        F,
        "Managed RFIs and submittals for a $42M medical office building, keeping average turnaround under 4 days",
    ),
    ("construction management", 0, 4, F, "Closed out 3 projects with complete O&M manuals and as-builts"),
    (
        "construction management",
        0,
        0,
        "scope",
        "Managed RFIs and submittals for a $42M, 5-story occupied hospital expansion",
    ),
    (
        "construction management",
        0,
        2,
        "other",
        "Ran weekly OAC meetings with the owner, architect and MEP subcontractors using Procore",
    ),
    (
        "construction management",
        S,
        0,
        "certification",
        "LEED AP project engineer with 6 years on commercial building projects, known for tight RFI turnaround.",
    ),
    (
        "construction management",
        0,
        3,
        "title",
        "As assistant project manager, tracked the 3-week look-ahead schedule in Primavera P6",
    ),
    (
        "construction management",
        0,
        0,
        "other",
        "Managed subcontractor buyout, RFIs and submittals for a $42M, 5-story medical office building",
    ),
    (
        "construction management",
        0,
        4,
        "number",
        "Assembled closeout documents for 8 projects, including O&M manuals and as-builts",
    ),
    (
        "construction management",
        0,
        3,
        "skill",
        "Tracked the look-ahead schedule in Primavera P6 and wrote ICRA plans for work in occupied areas",
    ),
    (
        "construction management",
        S,
        0,
        "tenure",
        "Project engineer with 10+ years on commercial building projects, known for tight RFI turnaround and clean closeouts.",
    ),
    (
        "construction management",
        0,
        1,
        "other",
        "Kept RFI turnaround under 4 days on average, helping deliver the building two weeks ahead of schedule",
    ),
    (
        "construction management",
        0,
        3,
        F,
        "Flagged schedule delays to the superintendent from the 3-week look-ahead kept in Primavera P6",
    ),
    # ------------------------------------------------------------ product design
    (
        "product design",
        0,
        0,
        F,
        "Redesigned mobile onboarding in Figma, lifting completion rate from 61% to 74%",
    ),
    (
        "product design",
        0,
        0,
        F,
        "Raised onboarding completion from 61% to 74% by redesigning the mobile flow in Figma",
    ),
    (
        "product design",
        0,
        0,
        F,
        "Improved mobile onboarding completion by 13 percentage points (61% to 74%) with a Figma redesign",
    ),
    ("product design", 0, 1, F, "Conducted 24 moderated usability tests on the bill-pay feature"),
    ("product design", 0, 1, F, "Led user research for bill pay through 24 moderated usability sessions"),
    (
        "product design",
        0,
        2,
        F,
        "Scaled the design system with 80 new components, working alongside two front-end engineers",
    ),
    (
        "product design",
        0,
        2,
        F,
        "Partnered with two front-end engineers to build 80 design-system components",
    ),
    (
        "product design",
        0,
        3,
        F,
        "Authored the accessibility checklist the design team applies in WCAG 2.1 AA reviews",
    ),
    ("product design", 1, 0, F, "Designed marketing sites for twelve clients using Sketch"),
    ("product design", 1, 1, F, "Built clickable prototypes to support client pitches"),
    (
        "product design",
        S,
        0,
        F,
        "Product designer with four years designing mobile banking experiences, pairing usability testing with clear design systems.",
    ),
    (
        "product design",
        S,
        0,
        F,
        "Fintech product designer with 4 years on mobile banking flows, combining usability research with design systems.",
    ),
    (
        "product design",
        0,
        3,
        F,
        "Ran 24 moderated usability sessions for bill pay and wrote the team's WCAG 2.1 AA accessibility checklist",
    ),
    ("product design", 1, 1, "skill", "Made clickable prototypes in ProtoPie for client pitches"),
    (
        "product design",
        0,
        0,
        "skill",
        "Redesigned the mobile onboarding flow in Figma and validated it with A/B tests in Amplitude, raising completion from 61% to 74%",
    ),
    (
        "product design",
        S,
        0,
        "tenure",
        "Product designer with 6 years designing mobile banking flows, pairing usability testing with clear design systems.",
    ),
    (
        "product design",
        S,
        0,
        "title",
        "Senior product designer with 4 years designing mobile banking flows, pairing usability testing with design systems.",
    ),
    (
        "product design",
        0,
        2,
        "leadership",
        "Led a team of two front-end engineers to build 80 components for the design system",
    ),
    (
        "product design",
        0,
        1,
        "other",
        "Ran 24 moderated usability sessions for the bill-pay feature, which cut bill-pay support tickets",
    ),
    (
        "product design",
        S,
        0,
        "certification",
        "NN/g UX-certified product designer with 4 years designing mobile banking flows.",
    ),
    (
        "product design",
        0,
        3,
        "scope",
        "Wrote the company-wide accessibility checklist every product team uses for WCAG 2.1 AA reviews",
    ),
    (
        "product design",
        0,
        2,
        "number",
        "Built 120 components for the company's design system with two front-end engineers",
    ),
    # ------------------------------------------------------------ talent acquisition
    ("talent acquisition", 0, 0, F, "Filled 38 engineering roles in 2023, averaging 41 days time-to-fill"),
    (
        "talent acquisition",
        0,
        0,
        F,
        "Delivered 38 engineering hires during 2023 at an average 41-day time-to-fill",
    ),
    (
        "talent acquisition",
        0,
        1,
        F,
        "Built engineering pipelines through LinkedIn Recruiter and GitHub sourcing, earning a 28% outreach response rate",
    ),
    (
        "talent acquisition",
        0,
        1,
        F,
        "Achieved a 28% reply rate on outreach while sourcing candidates via LinkedIn Recruiter and GitHub",
    ),
    (
        "talent acquisition",
        0,
        2,
        F,
        "Introduced structured interview scorecards in Greenhouse across six engineering teams",
    ),
    (
        "talent acquisition",
        0,
        3,
        F,
        "Managed the campus recruiting program at four universities alongside one coordinator",
    ),
    ("talent acquisition", 1, 0, F, "Coordinated roughly 60 interviews weekly for the agency's recruiters"),
    ("talent acquisition", 1, 1, F, "Maintained accurate candidate records in Bullhorn"),
    (
        "talent acquisition",
        S,
        0,
        F,
        "Technical recruiter with five years of full-cycle hiring of engineers for startups, skilled in sourcing, structured interviews and candidate experience.",
    ),
    (
        "talent acquisition",
        S,
        0,
        F,
        "Technical recruiter with 5 years hiring engineers at startups; strengths in sourcing, structured interviewing and memorable candidate experience.",
    ),
    (
        "talent acquisition",
        0,
        2,
        F,
        "Closed 38 engineering hires in 2023 and rolled out Greenhouse interview scorecards for 6 engineering teams",
    ),
    ("talent acquisition", 1, 0, F, "Scheduled around sixty interviews per week for agency recruiters"),
    (
        "talent acquisition",
        0,
        2,
        "skill",
        "Set up structured interview scorecards in Greenhouse and Ashby for 6 engineering teams",
    ),
    (
        "talent acquisition",
        0,
        0,
        "number",
        "Closed 50+ engineering hires in 2023 with an average time-to-fill of 41 days",
    ),
    (
        "talent acquisition",
        0,
        3,
        "leadership",
        "Ran the campus program at 4 universities, managing a recruiting coordinator",
    ),
    (
        "talent acquisition",
        0,
        1,
        "other",
        "Sourced candidates on LinkedIn Recruiter and GitHub, building diverse pipelines with a 28% reply rate",
    ),
    (
        "talent acquisition",
        S,
        0,
        "certification",
        "SHRM-CP certified technical recruiter with 5 years hiring engineers for startups.",
    ),
    (
        "talent acquisition",
        0,
        0,
        "scope",
        "Closed 38 engineering and data science hires in 2023 with an average time-to-fill of 41 days",
    ),
    (
        "talent acquisition",
        0,
        2,
        "other",
        "Set up structured interview scorecards in Greenhouse for 6 engineering teams, improving offer acceptance rates",
    ),
    (
        "talent acquisition",
        0,
        0,
        "title",
        "As senior technical recruiter, closed 38 engineering hires in 2023",
    ),
    (
        "talent acquisition",
        1,
        0,
        "other",
        "Scheduled about 60 interviews a week for agency recruiters on executive search mandates",
    ),
    ("talent acquisition", 0, 3, F, "Ran campus recruiting at 4 universities with a single coordinator"),
    # ------------------------------------------------------------ aircraft maintenance
    (
        "aircraft maintenance",
        0,
        0,
        F,
        "Carried out A-checks and line maintenance on CRJ-200 and E175 regional jets during the night shift",
    ),
    (
        "aircraft maintenance",
        0,
        0,
        F,
        "Performed night-shift line maintenance and A-checks on E175 and CRJ-200 aircraft",
    ),
    (
        "aircraft maintenance",
        0,
        1,
        F,
        "Diagnosed hydraulic and landing gear faults by following the aircraft maintenance manual (AMM)",
    ),
    (
        "aircraft maintenance",
        0,
        2,
        F,
        "Signed off roughly 25 work cards per shift; two FAA ramp audits found nothing",
    ),
    (
        "aircraft maintenance",
        0,
        2,
        F,
        "Completed about 25 work cards each shift with zero findings across two FAA ramp audits",
    ),
    ("aircraft maintenance", 0, 3, F, "Trained five new mechanics on the E175 walkaround inspection"),
    (
        "aircraft maintenance",
        1,
        0,
        F,
        "Served as crew chief on C-130H aircraft at Little Rock Air Force Base",
    ),
    ("aircraft maintenance", 1, 1, F, "Led pre-flight inspections with a four-person crew"),
    (
        "aircraft maintenance",
        S,
        0,
        F,
        "A&P-certificated aircraft mechanic with eight years on regional jets, careful with documentation and steady on night shifts.",
    ),
    (
        "aircraft maintenance",
        S,
        0,
        F,
        "FAA A&P mechanic bringing 8 years of regional-jet maintenance, meticulous records and composure on nights.",
    ),
    (
        "aircraft maintenance",
        0,
        1,
        F,
        "Performed A-checks on CRJ-200 and E175 aircraft and troubleshot hydraulic and landing-gear faults from the AMM",
    ),
    (
        "aircraft maintenance",
        0,
        1,
        F,
        "Resolved hydraulic and landing-gear discrepancies using the maintenance manual",
    ),
    (
        "aircraft maintenance",
        0,
        0,
        "skill",
        "Performed A-checks and line maintenance on CRJ-200, E175 and A320 aircraft on the night shift",
    ),
    (
        "aircraft maintenance",
        0,
        0,
        "scope",
        "Performed A-checks, C-checks and line maintenance on CRJ-200 and E175 aircraft",
    ),
    (
        "aircraft maintenance",
        S,
        0,
        "certification",
        "FAA-certificated A&P mechanic with Inspection Authorization and 8 years on regional jets.",
    ),
    ("aircraft maintenance", 0, 3, "leadership", "Led a team of 5 mechanics on E175 walkarounds"),
    (
        "aircraft maintenance",
        0,
        1,
        "title",
        "As lead technician, troubleshot hydraulic and landing-gear faults using the aircraft maintenance manual",
    ),
    (
        "aircraft maintenance",
        0,
        1,
        "skill",
        "Troubleshot hydraulic and landing-gear faults using the AMM and eddy-current NDT",
    ),
    (
        "aircraft maintenance",
        0,
        2,
        "other",
        "Signed off about 25 work cards a shift with no findings in two FAA ramp audits, keeping dispatch reliability above 99%",
    ),
    (
        "aircraft maintenance",
        S,
        0,
        "tenure",
        "FAA-certificated A&P mechanic with 15 years on regional jets, careful with paperwork.",
    ),
    ("aircraft maintenance", 0, 3, F, "Taught the E175 walkaround to 5 newly hired mechanics"),
    # ------------------------------------------------------------ veterinary care
    (
        "veterinary care",
        0,
        0,
        F,
        "Monitored anesthesia on roughly 12 surgical cases weekly, primarily spays, neuters and dental procedures",
    ),
    (
        "veterinary care",
        0,
        0,
        F,
        "Handled anesthetic monitoring for about a dozen surgeries each week, mostly spays, neuters and dentals",
    ),
    (
        "veterinary care",
        0,
        1,
        F,
        "Captured and processed dental radiographs and assisted the veterinarian with extractions",
    ),
    (
        "veterinary care",
        0,
        2,
        F,
        "Performed in-house bloodwork on IDEXX analyzers, escalating abnormal results to the veterinarian",
    ),
    (
        "veterinary care",
        0,
        2,
        F,
        "Flagged abnormal lab values to the vet after running in-clinic bloodwork on IDEXX equipment",
    ),
    (
        "veterinary care",
        0,
        3,
        F,
        "Established the clinic's controlled-substance log and maintained it audit-ready",
    ),
    ("veterinary care", 1, 0, F, "Cared for as many as 30 boarding dogs daily"),
    ("veterinary care", 1, 1, F, "Administered oral medications on schedule and reported appetite changes"),
    (
        "veterinary care",
        S,
        0,
        F,
        "CVT with six years in small-animal practice, steady in surgery and patient with anxious owners.",
    ),
    (
        "veterinary care",
        S,
        0,
        F,
        "Credentialed vet tech (CVT, Colorado) with 6 years of small-animal clinical experience in surgery and client care.",
    ),
    (
        "veterinary care",
        0,
        1,
        F,
        "Monitored anesthesia for about 12 surgeries a week and took dental radiographs for extractions",
    ),
    (
        "veterinary care",
        0,
        0,
        F,
        "Kept anesthesia monitored through ~12 weekly surgeries (spays, neuters, dentals)",
    ),
    (
        "veterinary care",
        0,
        0,
        "scope",
        "Monitored anesthesia for about 12 emergency surgeries a week, mostly spays, neuters and dentals",
    ),
    (
        "veterinary care",
        0,
        2,
        "skill",
        "Ran in-house bloodwork on IDEXX analyzers, placed IV catheters and central lines, and flagged abnormal results",
    ),
    (
        "veterinary care",
        S,
        0,
        "certification",
        "RECOVER-certified CVT with 6 years in small-animal practice, steady in surgery.",
    ),
    (
        "veterinary care",
        0,
        3,
        "leadership",
        "Supervised a team of 4 technicians and set up the clinic's controlled-drug log",
    ),
    (
        "veterinary care",
        S,
        0,
        "title",
        "Lead veterinary technician with 6 years in small-animal practice, steady hands in surgery.",
    ),
    (
        "veterinary care",
        0,
        1,
        "other",
        "Took and processed dental radiographs and assisted with extractions, cutting anesthesia time per dental by a third",
    ),
    ("veterinary care", 1, 0, "scope", "Cared for up to 30 boarding dogs, cats and exotic pets a day"),
    (
        "veterinary care",
        0,
        0,
        "number",
        "Monitored anesthesia for about 20 surgeries a week, mostly spays, neuters and dentals",
    ),
    ("veterinary care", 0, 3, F, "Created and maintained an audit-ready controlled-drug log for the clinic"),
    # ------------------------------------------------------------ newsroom editing
    ("newsroom editing", 0, 0, F, "Edited roughly 15 local news stories nightly for print and digital"),
    ("newsroom editing", 0, 0, F, "Copy-edited about fifteen local stories every night across print and web"),
    ("newsroom editing", 0, 1, F, "Wrote search-optimized headlines and SEO titles in WordPress"),
    ("newsroom editing", 0, 1, F, "Crafted headlines and SEO titles for the web in WordPress"),
    (
        "newsroom editing",
        0,
        2,
        F,
        "Logged 120 corrections in 2023 by catching factual errors before publication",
    ),
    (
        "newsroom editing",
        0,
        2,
        F,
        "Fact-checked stories before publication, catching and fixing errors (120 corrections logged in 2023)",
    ),
    ("newsroom editing", 0, 3, F, "Revised the newspaper's style guide together with the research desk"),
    ("newsroom editing", 1, 0, F, "Reported on city council and school board meetings"),
    ("newsroom editing", 1, 1, F, "Filed three to four local government stories each week"),
    (
        "newsroom editing",
        S,
        0,
        F,
        "Copy editor with nine years at regional newspapers: fast on deadline, meticulous with facts and fluent in AP style.",
    ),
    (
        "newsroom editing",
        S,
        0,
        F,
        "Newsroom editor with 9 years at regional papers, known for deadline speed, accuracy and AP style.",
    ),
    (
        "newsroom editing",
        0,
        1,
        F,
        "Edited about 15 local stories a night and wrote their headlines and SEO titles in WordPress",
    ),
    (
        "newsroom editing",
        0,
        1,
        "skill",
        "Wrote headlines and SEO titles in WordPress and A/B tested them in Chartbeat",
    ),
    (
        "newsroom editing",
        0,
        1,
        "other",
        "Wrote headlines and SEO titles in WordPress, growing search traffic to local stories",
    ),
    (
        "newsroom editing",
        S,
        0,
        "title",
        "Audience editor with 9 years at regional newspapers, fast on deadline and fluent in AP style.",
    ),
    (
        "newsroom editing",
        0,
        3,
        "leadership",
        "Updated the paper's style guide and led a team of two producers",
    ),
    (
        "newsroom editing",
        0,
        0,
        "scope",
        "Edited about 15 local news stories a night for print, web, newsletters and the homepage",
    ),
    (
        "newsroom editing",
        1,
        1,
        "skill",
        "Wrote 3 to 4 stories a week on local government and produced companion videos in Premiere",
    ),
    (
        "newsroom editing",
        S,
        0,
        "tenure",
        "Copy editor with 15 years at regional newspapers, fast on deadline and careful with facts.",
    ),
    (
        "newsroom editing",
        0,
        2,
        "award",
        "Caught and corrected factual errors before publication, earning a state press association award for accuracy",
    ),
    ("newsroom editing", 0, 3, F, "Worked with the research desk to update the paper's style guide"),
    # ------------------------------------------------------------ nonprofit fundraising
    (
        "nonprofit fundraising",
        0,
        0,
        F,
        "Secured $610,000 from 14 funded grants out of 22 proposals written in 2023",
    ),
    (
        "nonprofit fundraising",
        0,
        0,
        F,
        "Authored 22 grant proposals in 2023 with a 64% success rate, raising $610K",
    ),
    (
        "nonprofit fundraising",
        0,
        0,
        F,
        "Wrote twenty-two grant proposals in 2023; fourteen were funded, totaling $610,000",
    ),
    ("nonprofit fundraising", 0, 1, F, "Maintained records for roughly 3,000 donors in Raiser's Edge"),
    ("nonprofit fundraising", 0, 1, F, "Managed a donor database of about 3,000 supporters in Raiser's Edge"),
    (
        "nonprofit fundraising",
        0,
        2,
        F,
        "Organized the annual spring gala for 250 guests alongside the events committee",
    ),
    ("nonprofit fundraising", 0, 3, F, "Wrote monthly donor newsletters using Mailchimp"),
    ("nonprofit fundraising", 1, 0, F, "Registered around 400 children per season for youth soccer"),
    ("nonprofit fundraising", 1, 1, F, "Tracked volunteer hours in spreadsheets to support grant reporting"),
    (
        "nonprofit fundraising",
        S,
        0,
        F,
        "Fundraiser with five years in community nonprofits who writes grants that get read and keeps donor records clean.",
    ),
    (
        "nonprofit fundraising",
        S,
        0,
        F,
        "Nonprofit fundraising professional with 5 years of grant writing and donor stewardship in community organizations.",
    ),
    (
        "nonprofit fundraising",
        0,
        2,
        F,
        "Raised $610,000 through 14 funded grants in 2023 and planned the 250-guest spring gala with the events committee",
    ),
    (
        "nonprofit fundraising",
        0,
        0,
        "magnitude",
        "Wrote 22 grant proposals in 2023, securing six-figure gifts totaling $610,000",
    ),
    (
        "nonprofit fundraising",
        0,
        1,
        "scope",
        "Managed a portfolio of 150 major donors among 3,000 donor records in Raiser's Edge",
    ),
    (
        "nonprofit fundraising",
        0,
        1,
        "skill",
        "Managed donor records for about 3,000 donors in Raiser's Edge and Salesforce NPSP",
    ),
    (
        "nonprofit fundraising",
        S,
        0,
        "certification",
        "CFRE-certified fundraiser with 5 years in community nonprofits who writes grants that get read.",
    ),
    (
        "nonprofit fundraising",
        0,
        2,
        "leadership",
        "Led the events committee in planning the annual spring gala for 250 guests",
    ),
    (
        "nonprofit fundraising",
        0,
        3,
        "other",
        "Drafted monthly donor newsletters in Mailchimp, lifting recurring gifts",
    ),
    (
        "nonprofit fundraising",
        0,
        0,
        "other",
        "Wrote 22 grant proposals in 2023, 14 of them funded, and helped launch the capital campaign",
    ),
    (
        "nonprofit fundraising",
        S,
        0,
        "title",
        "Major gifts officer with 5 years in community nonprofits who writes grants that get read.",
    ),
    # ------------------------------------------------------------ property management
    ("property management", 0, 0, F, "Ran a 220-unit multifamily community, averaging 96% occupancy"),
    (
        "property management",
        0,
        0,
        F,
        "Maintained 96% average occupancy across a 220-unit apartment community",
    ),
    (
        "property management",
        0,
        1,
        F,
        "Reduced make-ready turnaround from 10 to 6 days by rescheduling vendor turns",
    ),
    (
        "property management",
        0,
        1,
        F,
        "Shortened unit turns by four days (10 to 6) through better vendor scheduling",
    ),
    ("property management", 0, 2, F, "Led an on-site team of two leasing agents and three maintenance techs"),
    ("property management", 0, 3, F, "Lowered delinquency to 2.5% while collecting rent through Yardi"),
    ("property management", 0, 4, F, "Managed resident complaints and lease renewals"),
    ("property management", 1, 0, F, "Conducted tours and closed roughly 15 leases per month"),
    ("property management", 1, 1, F, "Responded to resident requests and logged maintenance work orders"),
    (
        "property management",
        S,
        0,
        F,
        "Multifamily property manager with seven years running apartment communities, keeping units full and residents heard.",
    ),
    (
        "property management",
        S,
        0,
        F,
        "CAM-certified property manager with 7 years in multifamily operations, focused on occupancy and resident relations.",
    ),
    (
        "property management",
        0,
        2,
        F,
        "Managed a 220-unit community at 96% average occupancy with a team of 2 leasing agents and 3 maintenance technicians",
    ),
    ("property management", 0, 3, F, "Collected rent in Yardi Voyager and reduced delinquency to 2.5%"),
    (
        "property management",
        0,
        0,
        "scope",
        "Managed a portfolio of 220 units across 3 communities with 96% average occupancy",
    ),
    (
        "property management",
        0,
        3,
        "skill",
        "Collected rent in Yardi and RealPage, bringing delinquency down to 2.5%",
    ),
    (
        "property management",
        0,
        1,
        "other",
        "Cut make-ready time from 10 days to 6 by rescheduling vendor turns, driving NOI growth",
    ),
    (
        "property management",
        S,
        0,
        "title",
        "Regional property manager with 7 years running multifamily communities.",
    ),
    (
        "property management",
        S,
        0,
        "certification",
        "CPM-designated property manager with 7 years running multifamily communities.",
    ),
    (
        "property management",
        0,
        4,
        "other",
        "Handled resident complaints, lease renewals and LIHTC compliance files",
    ),
    (
        "property management",
        0,
        2,
        "leadership",
        "Supervised 2 leasing agents, 3 maintenance technicians and a team of on-site managers",
    ),
    (
        "property management",
        0,
        0,
        "other",
        "Managed a 220-unit apartment community with 96% average occupancy and led its lease-up",
    ),
    # ------------------------------------------------------------ physical therapy
    (
        "physical therapy",
        0,
        0,
        F,
        "Treated roughly 14 patients daily, primarily post-operative knees and shoulders",
    ),
    (
        "physical therapy",
        0,
        0,
        F,
        "Managed a daily caseload of about 14 patients, mostly post-op knee and shoulder rehab",
    ),
    ("physical therapy", 0, 1, F, "Created home exercise programs in WebPT for each discharged patient"),
    (
        "physical therapy",
        0,
        2,
        F,
        "Co-founded a return-to-run clinic with another therapist that saw 40 runners in year one",
    ),
    (
        "physical therapy",
        0,
        2,
        F,
        "Launched a return-to-run program with a fellow therapist, treating 40 runners during its first year",
    ),
    ("physical therapy", 0, 3, F, "Mentored two PT students on clinical rotation annually"),
    ("physical therapy", 1, 0, F, "Prepared treatment rooms and assisted patients with transfers"),
    ("physical therapy", 1, 1, F, "Cleaned and logged equipment every day"),
    (
        "physical therapy",
        S,
        0,
        F,
        "Outpatient PT with four years treating orthopedic and sports injuries, building plans patients follow.",
    ),
    (
        "physical therapy",
        S,
        0,
        F,
        "Doctor of Physical Therapy with 4 years in outpatient orthopedic and sports rehab, focused on plans patients stick to.",
    ),
    (
        "physical therapy",
        0,
        2,
        F,
        "Treated about 14 patients a day and co-founded a return-to-run clinic that saw 40 runners in its first year",
    ),
    ("physical therapy", 0, 0, F, "Saw around 14 patients a day, most of them post-op knees and shoulders"),
    (
        "physical therapy",
        0,
        0,
        "skill",
        "Treated about 14 patients a day, mostly post-op knees and shoulders, using blood flow restriction training",
    ),
    (
        "physical therapy",
        S,
        0,
        "certification",
        "OCS board-certified physical therapist with 4 years treating orthopedic and sports injuries.",
    ),
    (
        "physical therapy",
        0,
        2,
        "other",
        "Started a return-to-sport clinic with one other therapist, running ACL testing for 40 athletes",
    ),
    ("physical therapy", 0, 3, "leadership", "Supervised 2 PT students and a team of PTAs each year"),
    (
        "physical therapy",
        0,
        1,
        "other",
        "Wrote home exercise programs in WebPT for every discharge, improving adherence scores",
    ),
    (
        "physical therapy",
        0,
        2,
        "organization",
        "Started a return-to-run clinic with one other therapist and the Salt Lake Running Company",
    ),
    (
        "physical therapy",
        S,
        0,
        "tenure",
        "Outpatient physical therapist with 8 years treating orthopedic and sports injuries.",
    ),
    (
        "physical therapy",
        0,
        3,
        "title",
        "As clinic director, supervised 2 PT students on clinical rotation each year",
    ),
    # ------------------------------------------------------------ utility line work
    ("utility line work", 0, 0, F, "Constructed and maintained overhead distribution lines up to 25 kV"),
    ("utility line work", 0, 0, F, "Maintained and built overhead distribution circuits rated up to 25 kV"),
    ("utility line work", 0, 1, F, "Restored power following six major storms, working 16-hour shifts"),
    ("utility line work", 0, 1, F, "Worked 16-hour shifts on storm restoration after 6 major storms"),
    ("utility line work", 0, 2, F, "Set poles and transformers using a digger derrick and bucket truck"),
    ("utility line work", 0, 3, F, "Seven years without a recordable injury"),
    ("utility line work", 0, 3, F, "Kept a clean safety record: 7 years with zero recordable injuries"),
    ("utility line work", 1, 0, F, "Finished a 7,000-hour lineman apprenticeship"),
    ("utility line work", 1, 1, F, "Supported crews on underground cable pulls"),
    (
        "utility line work",
        S,
        0,
        F,
        "Journeyman lineman with ten years building and restoring overhead distribution lines, safety first on every job.",
    ),
    (
        "utility line work",
        S,
        0,
        F,
        "Journeyman lineworker bringing 10 years of overhead distribution construction and storm restoration, with safety on every job.",
    ),
    (
        "utility line work",
        0,
        1,
        F,
        "Built overhead distribution lines up to 25 kV and restored power after 6 major storms",
    ),
    (
        "utility line work",
        0,
        0,
        "magnitude",
        "Built and maintained transmission and distribution lines up to 138 kV",
    ),
    (
        "utility line work",
        0,
        2,
        "title",
        "As crew foreman, set poles and transformers with a digger derrick and bucket truck",
    ),
    ("utility line work", 0, 1, "leadership", "Led a 5-person crew restoring power after 6 major storms"),
    (
        "utility line work",
        S,
        0,
        "certification",
        "NCCCO-certified crane operator and journeyman lineman with 10 years on overhead distribution lines.",
    ),
    (
        "utility line work",
        0,
        0,
        "skill",
        "Built and maintained overhead distribution lines up to 25 kV and performed SCADA switching",
    ),
    (
        "utility line work",
        0,
        1,
        "other",
        "Restored power after 6 major storms, working 16-hour shifts and beating the utility's restoration targets",
    ),
    ("utility line work", 1, 1, "other", "Installed underground URD systems alongside line crews"),
    (
        "utility line work",
        0,
        3,
        "superlative",
        "Held the co-op's longest safety record, 7 years without a recordable injury",
    ),
]

TUNE, MEASURE = "jd-tune", "jd-measure"

half = hashed_half("jd|", TUNE, MEASURE)


def as_external() -> dict[str, Any]:
    """The set in the external sets' shape (domains, cases with target, label and kind)."""
    return external_shape(CASES, DOMAINS, half)
