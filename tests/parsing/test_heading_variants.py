"""Section headings as people write them beyond the usual few: the variants each language's resumes
use for a profile, skills, certificates, courses, volunteering, awards, interests and the rest, and
headings that join two sections (`Skills & Interests`, `Compétences et loisirs`), which take the key
of the section that holds structure the reader scores (the skills, the entries) before the other.

Written from each language's resume conventions (career sites' heading lists, Europass's labels,
templates), not from any corpus file; `heading_key` is the one place a heading is named.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.sections import heading_key

VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "summary": ("Profile Summary", "Professional Profile Summary", "Summary of Skills and Experience",
                    "Career Overview", "About Myself", "Personal Summary", "Executive Profile", "In Brief",
                    "Who I Am", "Value Proposition"),
        "skills": ("Technical Competencies", "Key Strengths", "Core Strengths", "Specialties", "Skills Profile",
                   "Software Skills", "Technical Toolbox", "Toolbox", "Capabilities",
                   "Professional Competencies", "Skill Highlights", "Technical Knowledge", "Additional Skills",
                   "Competences", "Digital Competences", "Technologies Used", "Software & Tools"),
        "certificates": ("Certifications and Licenses", "Licenses and Certificates", "Trainings", "Training",
                         "Courses", "Relevant Courses and Certifications", "Professional Training",
                         "Continuing Education", "Professional Qualifications"),
        "volunteer": ("Volunteer Work and Community Service", "Community Engagement", "Volunteering Activities",
                      "Voluntary Work", "Volunteer Roles", "Community Work", "Pro Bono Work"),
        "awards": ("Honors", "Honours and Awards", "Awards and Distinctions", "Distinctions", "Grants and Awards",
                   "Scholarships and Awards", "Awards Received", "Recognition and Awards"),
        "interests": ("Personal Interests and Hobbies", "Outside Interests", "Leisure Activities", "Leisure",
                      "Pastimes", "Hobbies/Interests"),
        "education": ("Educational Qualifications", "Academic Qualifications", "Education History",
                      "Educational History", "Schooling", "Studies", "Academic Profile"),
    },
    "fr": {
        "summary": ("Profil personnel", "À propos", "Qui suis-je", "Objectif professionnel", "Accroche",
                    "Résumé de carrière", "Présentation personnelle", "En bref"),
        "skills": ("Compétences professionnelles", "Compétences clés", "Savoir-être", "Outils et technologies",
                   "Logiciels", "Compétences transversales", "Domaines de compétence",
                   "Atouts", "Points forts", "Expertises", "Compétences personnelles", "Environnement technique"),
        "certificates": ("Certificats et formations", "Formations complémentaires", "Formation continue",
                         "Habilitations", "Permis et certifications"),
        "volunteer": ("Activités bénévoles", "Expérience bénévole", "Engagements", "Vie associative et bénévolat",
                      "Activités associatives"),
        "awards": ("Prix et récompenses", "Distinctions et prix", "Honneurs", "Bourses et prix"),
        "interests": ("Centres d'intérêt et loisirs", "Loisirs et centres d'intérêt", "Activités extra-professionnelles",
                      "Passe-temps"),
        "education": ("Formation initiale", "Parcours scolaire", "Parcours académique", "Diplômes et formations",
                      "Études", "Cursus", "Formation académique"),
    },
    "de": {
        "summary": ("Profil und Ziele", "Persönliches Profil", "Kurzvorstellung", "Zu meiner Person",
                    "Über meine Person", "Berufliches Profil", "Qualifikationsprofil"),
        "skills": ("Kenntnisse und Fähigkeiten", "Fähigkeiten und Kenntnisse", "Besondere Kenntnisse",
                   "Technische Kenntnisse", "Softwarekenntnisse", "Computerkenntnisse", "PC-Kenntnisse",
                   "Skills", "Stärken", "Kernkompetenzen", "Fachliche Kompetenzen", "Methodenkompetenz",
                   "Sonstige Kenntnisse", "Weitere Kenntnisse", "IT-Skills", "Qualifikationen"),
        "certificates": ("Zertifikate und Weiterbildungen", "Fort- und Weiterbildungen", "Weiterbildung und Zertifikate",
                         "Kurse", "Seminare", "Schulungen", "Lehrgänge", "Zusatzqualifikationen"),
        "volunteer": ("Ehrenamtliche Tätigkeiten", "Soziales Engagement", "Ehrenamtliches Engagement",
                      "Gesellschaftliches Engagement", "Freiwilligenarbeit"),
        "awards": ("Preise und Auszeichnungen", "Auszeichnungen und Stipendien", "Ehrungen", "Erfolge"),
        "interests": ("Hobbys und Interessen", "Interessen und Hobbys", "Freizeitinteressen", "Persönliche Interessen"),
        "education": ("Schulische Bildung", "Hochschulausbildung", "Akademische Ausbildung", "Bildungsgang",
                      "Schulischer Werdegang", "Studium und Ausbildung", "Aus- und Weiterbildung"),
    },
    "es": {
        "summary": ("Perfil personal", "Resumen profesional", "Acerca de mí", "Sobre mi", "Extracto profesional",
                    "Quién soy", "Perfil laboral"),
        "skills": ("Habilidades y competencias", "Competencias profesionales", "Conocimientos técnicos",
                   "Conocimientos informáticos", "Habilidades blandas", "Destrezas",
                   "Aptitudes y habilidades", "Competencias clave", "Fortalezas", "Capacidades"),
        "certificates": ("Cursos y certificados", "Formación adicional",
                         "Otros cursos", "Certificaciones y cursos", "Capacitaciones", "Cursos y seminarios"),
        "volunteer": ("Experiencia de voluntariado", "Voluntariados", "Trabajo voluntario", "Actividades de voluntariado"),
        "awards": ("Premios y reconocimientos", "Logros y reconocimientos", "Honores", "Becas y premios"),
        "interests": ("Intereses personales", "Aficiones e intereses", "Hobbies", "Tiempo libre"),
        "education": ("Formación académica", "Educación", "Estudios", "Formación", "Estudios realizados",
                      "Historial académico", "Titulaciones"),
    },
    "pt": {
        "summary": ("Resumo de qualificações", "Perfil", "Quem sou", "Apresentação pessoal", "Objetivo profissional"),
        "skills": ("Competências e habilidades", "Habilidades e competências", "Conhecimentos em informática",
                   "Competências profissionais", "Principais competências",
                   "Qualificações", "Pontos fortes"),
        "certificates": ("Cursos e certificados", "Certificados e cursos", "Formação complementar",
                         "Cursos livres", "Capacitações", "Treinamentos"),
        "volunteer": ("Trabalho voluntário", "Experiência voluntária", "Atividades voluntárias", "Voluntariado"),
        "awards": ("Prêmios", "Prémios e distinções", "Reconhecimentos", "Distinções"),
        "interests": ("Hobbies e interesses", "Interesses e hobbies", "Passatempos", "Atividades de lazer"),
        "education": ("Formação acadêmica", "Formação académica", "Escolaridade", "Educação", "Formação"),
    },
    "it": {
        "summary": ("Profilo personale", "Su di me", "Obiettivo professionale", "Sintesi", "Presentazione personale"),
        "skills": ("Competenze professionali", "Competenze e abilità", "Capacità e competenze",
                   "Competenze personali", "Competenze trasversali", "Conoscenze tecniche",
                   "Strumenti", "Punti di forza", "Competenze chiave", "Capacità e competenze tecniche"),
        "certificates": ("Certificazioni e corsi", "Corsi", "Corsi di formazione", "Formazione complementare",
                         "Attestati", "Corsi e certificazioni"),
        "volunteer": ("Attività di volontariato", "Esperienze di volontariato", "Volontariato e associazionismo"),
        "awards": ("Premi e riconoscimenti", "Riconoscimenti e premi", "Onorificenze", "Borse di studio"),
        "interests": ("Interessi personali", "Hobby e interessi", "Tempo libero", "Passioni"),
        "education": ("Istruzione e formazione", "Formazione", "Istruzione", "Titoli di studio", "Percorso di studi"),
    },
    "nl": {
        "summary": ("Profielschets", "Persoonlijke samenvatting", "Over mijzelf", "Introductie", "Profiel"),
        "skills": ("Vaardigheden en competenties", "Kerncompetenties", "Competenties en vaardigheden",
                   "Computerkennis", "ICT-vaardigheden", "Softwarekennis", "Sterke punten", "Skills",
                   "Technische kennis", "Kwaliteiten"),
        "certificates": ("Cursussen en trainingen", "Trainingen", "Certificaten en cursussen", "Opleidingen en cursussen",
                         "Aanvullende opleidingen"),
        "volunteer": ("Vrijwilligerswerk en nevenactiviteiten", "Maatschappelijke activiteiten"),
        "awards": ("Prijzen en onderscheidingen", "Onderscheidingen", "Erkenningen"),
        "interests": ("Hobby's en interesses", "Interesses en hobby's", "Vrije tijd"),
        "education": ("Opleiding", "Opleidingen", "Onderwijs", "Scholing", "Studie"),
    },
    "pl": {
        "summary": ("Profil osobisty", "Podsumowanie zawodowe", "Kilka słów o mnie", "O sobie", "Cel zawodowy"),
        "skills": ("Umiejętności i kompetencje", "Kompetencje zawodowe", "Umiejętności zawodowe",
                   "Znajomość obsługi komputera", "Umiejętności miękkie", "Mocne strony", "Narzędzia", "Kompetencje cyfrowe"),
        "certificates": ("Certyfikaty i szkolenia", "Kursy i certyfikaty", "Szkolenia i kursy", "Ukończone kursy",
                         "Dodatkowe kwalifikacje"),
        "volunteer": ("Działalność społeczna", "Praca wolontariacka", "Wolontariat i działalność społeczna"),
        "awards": ("Nagrody i wyróżnienia", "Wyróżnienia i nagrody", "Stypendia"),
        "interests": ("Zainteresowania i hobby", "Hobby i zainteresowania", "Pasje"),
        "education": ("Wykształcenie", "Edukacja", "Przebieg nauki", "Wykształcenie i szkolenia"),
    },
    "ru": {
        "summary": ("Краткая характеристика", "Профессиональное резюме", "Кратко обо мне",
                    "Цель поиска работы", "Желаемая должность"),
        "skills": ("Навыки и умения", "Профессиональные умения", "Компьютерные навыки", "Ключевые компетенции",
                   "Технические знания", "Технологии и инструменты", "Инструменты", "Стек технологий",
                   "Сильные стороны", "Дополнительные навыки", "Владение компьютером"),
        "certificates": ("Курсы и сертификаты", "Сертификаты и курсы", "Дополнительное обучение", "Тренинги и курсы",
                         "Пройденные курсы"),
        "volunteer": ("Волонтерский опыт", "Волонтёрский опыт", "Общественная деятельность", "Волонтерская работа"),
        "awards": ("Награды и достижения", "Достижения и награды", "Премии и награды", "Грамоты"),
        "interests": ("Хобби и интересы", "Интересы и хобби", "Увлечения и хобби", "Досуг"),
        "education": ("Образование", "Высшее образование", "Основное образование", "Обучение"),
    },
    "zh": {
        "summary": ("个人优势", "自我描述", "个人陈述", "关于我", "职业概述"),
        "skills": ("专业能力", "技术栈", "专业知识", "职业技能", "技能清单", "核心技能", "IT技能", "计算机技能"),
        "certificates": ("证书与资质", "培训经历", "职业资格", "资格认证", "认证证书"),
        "volunteer": ("志愿活动", "公益活动", "社会活动"),
        "awards": ("获奖荣誉", "荣誉奖励", "奖学金", "获得荣誉"),
        "interests": ("兴趣特长", "业余爱好", "个人兴趣"),
        "education": ("教育经历", "教育背景", "学历", "教育情况"),
    },
    "ja": {
        "summary": ("自己PR", "職務概要", "経歴要約", "自己アピール"),
        "skills": ("スキル・知識", "PCスキル", "テクニカルスキル・資格", "使用技術", "スキルセット", "技術スタック"),
        "certificates": ("資格・検定", "取得資格・免許", "保有資格・免許", "研修"),
        "volunteer": ("ボランティア経験", "社会貢献活動"),
        "awards": ("受賞歴・表彰", "表彰歴"),
        "interests": ("趣味・関心", "興味・関心"),
        "education": ("学歴", "最終学歴"),
    },
}  # fmt: skip
"""Heading variants by language and key."""

JOINED: dict[str, str] = {
    "Skills & Interests": "skills",
    "Interests & Skills": "skills",
    "Skills and Languages": "skills",
    "Languages & Skills": "skills",
    "Skills & Certifications": "skills",
    "Certifications & Skills": "skills",
    "Skills / Hobbies": "skills",
    "Compétences et centres d'intérêt": "skills",
    "Centres d'intérêt & compétences": "skills",
    "Langues et compétences": "skills",
    "Kenntnisse & Interessen": "skills",
    "Sprachen und Kenntnisse": "skills",
    "Idiomas y habilidades": "skills",
    "Habilidades e intereses": "skills",
    "Idiomas e competências": "skills",
    "Lingue e competenze": "skills",
    "Talen en vaardigheden": "skills",
    "Języki i umiejętności": "skills",
    "Навыки и языки": "skills",
    "Языки и навыки": "skills",
    "技能和语言": "skills",
    "语言与技能": "skills",
    "Education & Certifications": "education",
    "Certifications & Education": "education",
    "Formation et certifications": "education",
    "Ausbildung & Zertifikate": "education",
    "Work Experience & Volunteering": "work",
}
"""Headings that join two sections: skills beside languages, interests or certificates keep the
skills (a list of a person's skills is what the other parts are said of); schooling beside
certificates keeps the education entries; work beside volunteering keeps the jobs."""


CASES = [
    pytest.param(text, key, id=f"{code}-{key}-{text}")
    for code, table in VARIANTS.items()
    for key, texts in table.items()
    for text in texts
] + [pytest.param(text, key, id=f"joined-{text}") for text, key in JOINED.items()]


@pytest.mark.parametrize(("text", "key"), CASES)
def test_a_heading_variant_names_its_section(text: str, key: str) -> None:
    assert heading_key(text) == key
    assert heading_key(text.upper()) == key
