"""Section headings from sources outside the corpus name their section in every language: the
official Europass CV labels (2013–2020 form, each EU language we read), the headings of common
templates (LinkedIn's PDF export, Word's resume templates, moderncv, awesome-cv, altacv, Jake's
resume), and the usual Russian, Chinese and Japanese CV headings; and each as printed with an
icon, a number, a trailing colon, in capitals or letter-spaced.

A heading here that names nothing (`None`) loses its section's structure; one that names the wrong
key files the person's words in the wrong place.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.sections import heading_key

EUROPASS: dict[str, dict[str, str]] = {
    "en": {"Work experience": "work", "Education and training": "education", "Personal skills": "skills",
           "Other language(s)": "languages", "Communication skills": "skills",
           "Organisational / managerial skills": "skills", "Job-related skills": "skills",
           "Digital skills": "skills", "Other skills": "skills", "Publications": "publications",
           "Projects": "projects", "Honours and awards": "awards", "References": "references",
           "Certifications": "certificates", "Personal statement": "summary", "Volunteering": "volunteer"},
    "fr": {"Expérience professionnelle": "work", "Éducation et formation": "education",
           "Compétences personnelles": "skills", "Autre(s) langue(s)": "languages",
           "Compétences en communication": "skills", "Compétences organisationnelles / managériales": "skills",
           "Compétences liées à l'emploi": "skills", "Compétences numériques": "skills",
           "Autres compétences": "skills", "Publications": "publications", "Projets": "projects",
           "Distinctions": "awards", "Références": "references", "Bénévolat": "volunteer",
           "Centres d'intérêt": "interests", "Langues": "languages", "Profil": "summary"},
    "de": {"Berufserfahrung": "work", "Schul- und Berufsbildung": "education",
           "Persönliche Fähigkeiten": "skills", "Weitere Sprache(n)": "languages",
           "Kommunikative Fähigkeiten": "skills", "Organisations- / Führungstalent": "skills",
           "Jobbezogene Fähigkeiten": "skills", "Digitale Kompetenz": "skills", "Sonstige Fähigkeiten": "skills",
           "Publikationen": "publications", "Projekte": "projects", "Auszeichnungen": "awards",
           "Referenzen": "references", "Zertifikate": "certificates", "Ehrenamtliches Engagement": "volunteer",
           "Hobbys": "interests", "Sprachkenntnisse": "languages", "Profil": "summary", "Interessen": "interests"},
    "es": {"Experiencia profesional": "work", "Educación y formación": "education",
           "Competencias personales": "skills", "Otros idiomas": "languages",
           "Competencias comunicativas": "skills", "Competencias de organización / gestión": "skills",
           "Competencias relacionadas con el empleo": "skills", "Competencia digital": "skills",
           "Otras competencias": "skills", "Publicaciones": "publications", "Proyectos": "projects",
           "Premios y distinciones": "awards", "Referencias": "references", "Certificaciones": "certificates",
           "Voluntariado": "volunteer", "Idiomas": "languages", "Perfil": "summary", "Intereses": "interests",
           "Aficiones": "interests", "Habilidades": "skills", "Formación académica": "education",
           "Especialidades técnicas": "skills", "Motivación": "summary"},
    "pt": {"Experiência profissional": "work", "Educação e formação": "education",
           "Competências pessoais": "skills", "Outra(s) língua(s)": "languages",
           "Competências de comunicação": "skills", "Competências de organização": "skills",
           "Competências profissionais": "skills", "Competência digital": "skills", "Outras competências": "skills",
           "Publicações": "publications", "Projetos": "projects", "Prémios e distinções": "awards",
           "Prêmios": "awards", "Referências": "references", "Certificações": "certificates",
           "Voluntariado": "volunteer", "Idiomas": "languages", "Formação acadêmica": "education",
           "Habilidades": "skills", "Interesses": "interests", "Resumo profissional": "summary"},
    "it": {"Esperienza professionale": "work", "Istruzione e formazione": "education",
           "Competenze personali": "skills", "Altre lingue": "languages", "Competenze comunicative": "skills",
           "Competenze organizzative e gestionali": "skills", "Competenze professionali": "skills",
           "Competenze digitali": "skills", "Altre competenze": "skills", "Pubblicazioni": "publications",
           "Progetti": "projects", "Riconoscimenti e premi": "awards", "Referenze": "references",
           "Certificazioni": "certificates", "Volontariato": "volunteer", "Lingue": "languages",
           "Interessi": "interests", "Profilo": "summary"},
    "nl": {"Werkervaring": "work", "Opleiding en training": "education", "Persoonlijke vaardigheden": "skills",
           "Andere talen": "languages", "Communicatieve vaardigheden": "skills",
           "Organisatorische / leidinggevende vaardigheden": "skills", "Beroepsgebonden vaardigheden": "skills",
           "Digitale vaardigheden": "skills", "Andere vaardigheden": "skills", "Publicaties": "publications",
           "Projecten": "projects", "Onderscheidingen en prijzen": "awards", "Referenties": "references",
           "Certificaten": "certificates", "Vrijwilligerswerk": "volunteer", "Talen": "languages",
           "Hobby's": "interests", "Interesses": "interests", "Profiel": "summary", "Opleiding": "education"},
    "pl": {"Doświadczenie zawodowe": "work", "Wykształcenie i szkolenia": "education",
           "Umiejętności osobiste": "skills", "Inne języki": "languages", "Umiejętności komunikacyjne": "skills",
           "Umiejętności organizacyjne / kierownicze": "skills", "Umiejętności związane z zatrudnieniem": "skills",
           "Umiejętności cyfrowe": "skills", "Inne umiejętności": "skills", "Publikacje": "publications",
           "Projekty": "projects", "Wyróżnienia i nagrody": "awards", "Referencje": "references",
           "Certyfikaty": "certificates", "Wolontariat": "volunteer", "Języki obce": "languages",
           "Zainteresowania": "interests", "Wykształcenie": "education", "Podsumowanie": "summary"},
    "ru": {"Опыт работы": "work", "Образование": "education", "Ключевые навыки": "skills",
           "Навыки": "skills", "Знание языков": "languages", "Иностранные языки": "languages",
           "Публикации": "publications", "Проекты": "projects", "Награды": "awards",
           "Рекомендации": "references", "Сертификаты": "certificates", "Волонтёрство": "volunteer",
           "Хобби": "interests", "Интересы": "interests", "О себе": "summary", "Профессиональные навыки": "skills",
           "Технические навыки": "skills", "Достижения": "awards"},
    "zh": {"工作经历": "work", "工作经验": "work", "教育背景": "education", "教育经历": "education",
           "专业技能": "skills", "技能": "skills", "语言能力": "languages", "项目经验": "projects",
           "项目经历": "projects", "获奖情况": "awards", "荣誉奖项": "awards", "证书": "certificates",
           "资格证书": "certificates", "发表论文": "publications", "论文发表": "publications",
           "自我评价": "summary", "个人简介": "summary", "兴趣爱好": "interests", "志愿者经历": "volunteer",
           "志愿服务": "volunteer", "技能特长": "skills", "实习经历": "work", "荣誉和奖项": "awards",
           "发表著作": "publications"},
    "ja": {"職務経歴": "work", "職歴": "work", "学歴": "education", "スキル": "skills", "技術スキル": "skills",
           "語学": "languages", "語学力": "languages", "資格": "certificates", "免許・資格": "certificates",
           "受賞歴": "awards", "自己PR": "summary", "職務要約": "summary", "趣味": "interests",
           "論文": "publications", "研究業績": "publications", "プロジェクト": "projects",
           "ボランティア活動": "volunteer", "活かせる経験・知識・技術": "skills"},
}  # fmt: skip
"""Europass labels (EU languages) and the usual headings elsewhere, with the JSON Resume key each names."""

TEMPLATES = {
    # LinkedIn "Save to PDF"
    "Experience": "work", "Top Skills": "skills", "Honors-Awards": "awards", "Summary": "summary",
    "Licenses & Certifications": "certificates", "Volunteer Experience": "volunteer",
    # Word / Google Docs templates
    "Professional Summary": "summary", "Career Objective": "summary", "Skills & Abilities": "skills",
    "Core Competencies": "skills", "Areas of Expertise": "skills", "Relevant Experience": "work",
    "Professional Experience": "work", "Employment History": "work", "Academic Background": "education",
    "Activities and Interests": "interests", "Hobbies": "interests", "Community Service": "volunteer",
    # moderncv / awesome-cv / altacv / Jake's
    "Computer skills": "skills", "Extra-curricular activities": "other", "Honors & Awards": "awards",
    "Technical Skills": "skills", "Projects": "projects",
    "Selected Publications": "publications", "Awards & Honors": "awards", "Strengths": "skills",
    "Languages": "languages", "Volunteering": "volunteer", "Achievements": "awards", "Certificates": "certificates",
}  # fmt: skip
"""Headings of widely used templates (`other`: a section JSON Resume has no key for)."""

USUAL: dict[str, dict[str, list[str]]] = {
 "en": {"work": ["Work History", "Career History", "Professional Background", "Employment", "Relevant Experience", "Internships", "Internship Experience", "Professional Experience", "Work Experience", "Experience"],
        "education": ["Education & Training", "Academic Qualifications", "Academic History", "Educational Background", "Education and Qualifications", "Academic Background"],
        "skills": ["Technical Skills", "Skills Summary", "Key Skills", "Core Skills", "Competencies", "Tech Stack", "Technologies", "Tools & Technologies", "Programming Languages", "IT Skills", "Computer Skills", "Expertise", "Skill Set", "Skills & Expertise", "Technical Proficiencies", "Core Competencies", "Areas of Expertise", "Skills & Tools"],
        "awards": ["Awards", "Honors", "Honors & Awards", "Scholarships", "Awards and Honours", "Achievements", "Recognition"],
        "certificates": ["Certifications", "Licenses", "Licenses & Certifications", "Professional Certifications", "Certificates"],
        "publications": ["Publications", "Papers", "Patents", "Selected Publications", "Conference Papers", "Journal Articles", "Publications & Patents"],
        "volunteer": ["Volunteer Work", "Volunteering", "Community Involvement", "Volunteer Experience", "Community Service"],
        "languages": ["Languages", "Language Skills", "Spoken Languages", "Language Proficiency", "Foreign Languages"],
        "interests": ["Interests", "Hobbies", "Hobbies & Interests", "Personal Interests", "Hobbies and Interests"],
        "references": ["References", "Referees"],
        "projects": ["Projects", "Personal Projects", "Side Projects", "Selected Projects", "Key Projects", "Academic Projects", "Open Source Projects"],
        "summary": ["Summary", "Profile", "Professional Profile", "About Me", "Objective", "Career Objective", "Personal Statement", "Executive Summary", "Professional Summary", "Career Summary", "Summary of Qualifications", "About"]},
 "fr": {"work": ["Expériences", "Expérience", "Parcours professionnel", "Stages", "Expériences professionnelles", "Expérience professionnelle"],
        "education": ["Formation", "Formations", "Diplômes", "Études", "Cursus", "Formation académique", "Diplômes et formations"],
        "skills": ["Compétences", "Compétences techniques", "Savoir-faire", "Compétences informatiques", "Outils", "Compétences clés"],
        "languages": ["Langues", "Langues étrangères", "Compétences linguistiques"],
        "interests": ["Centres d'intérêt", "Loisirs", "Intérêts", "Hobbies", "Centres d'intérêts"],
        "projects": ["Projets", "Projets personnels"], "publications": ["Publications"],
        "awards": ["Distinctions", "Prix", "Récompenses", "Prix et distinctions"], "certificates": ["Certifications"],
        "volunteer": ["Bénévolat", "Vie associative", "Engagement associatif"], "references": ["Références"],
        "summary": ["Profil", "À propos", "Objectif", "Résumé", "Profil professionnel", "À propos de moi"]},
 "de": {"work": ["Berufserfahrung", "Beruflicher Werdegang", "Praktika", "Berufliche Stationen", "Berufspraxis", "Werdegang"],
        "education": ["Ausbildung", "Studium", "Schulbildung", "Bildungsweg", "Akademischer Werdegang", "Schulische Ausbildung"],
        "skills": ["Kenntnisse", "Fähigkeiten", "Kompetenzen", "IT-Kenntnisse", "EDV-Kenntnisse", "Fachkenntnisse", "Technische Fähigkeiten", "Fähigkeiten und Kenntnisse", "Besondere Kenntnisse"],
        "languages": ["Sprachen", "Sprachkenntnisse", "Fremdsprachen", "Fremdsprachenkenntnisse"],
        "interests": ["Interessen", "Hobbys", "Freizeit", "Hobbies", "Freizeitaktivitäten"],
        "projects": ["Projekte"], "publications": ["Publikationen", "Veröffentlichungen"], "awards": ["Auszeichnungen", "Preise"],
        "certificates": ["Zertifikate", "Zertifizierungen"], "volunteer": ["Ehrenamt", "Ehrenamtliches Engagement"],
        "references": ["Referenzen"], "summary": ["Profil", "Über mich", "Kurzprofil"]},
 "es": {"work": ["Experiencia", "Experiencia laboral", "Experiencia profesional", "Trayectoria profesional", "Prácticas"],
        "education": ["Formación", "Educación", "Estudios", "Formación académica", "Estudios realizados"],
        "skills": ["Habilidades", "Competencias", "Conocimientos", "Conocimientos informáticos", "Aptitudes", "Habilidades técnicas", "Conocimientos técnicos", "Herramientas"],
        "languages": ["Idiomas", "Lenguas"], "interests": ["Intereses", "Aficiones", "Pasatiempos"],
        "projects": ["Proyectos"], "publications": ["Publicaciones"], "awards": ["Premios", "Reconocimientos", "Logros"],
        "certificates": ["Certificaciones", "Certificados"], "volunteer": ["Voluntariado"], "references": ["Referencias"],
        "summary": ["Perfil", "Perfil profesional", "Sobre mí", "Objetivo", "Resumen", "Acerca de mí", "Objetivo profesional"]},
 "pt": {"work": ["Experiência", "Experiência profissional", "Histórico profissional", "Estágios", "Experiências"],
        "education": ["Formação", "Formação acadêmica", "Educação", "Escolaridade", "Formação académica"],
        "skills": ["Habilidades", "Competências", "Conhecimentos", "Conhecimentos técnicos", "Competências técnicas", "Ferramentas"],
        "languages": ["Idiomas", "Línguas"], "interests": ["Interesses", "Hobbies"],
        "projects": ["Projetos", "Projectos"], "publications": ["Publicações"], "awards": ["Prêmios", "Prémios", "Conquistas"],
        "certificates": ["Certificações", "Certificados"], "volunteer": ["Voluntariado", "Trabalho voluntário"],
        "references": ["Referências"], "summary": ["Perfil", "Resumo", "Objetivo", "Sobre mim", "Resumo profissional"]},
 "it": {"work": ["Esperienza", "Esperienze lavorative", "Esperienza professionale", "Tirocini", "Esperienze professionali", "Esperienza lavorativa"],
        "education": ["Formazione", "Istruzione", "Studi", "Istruzione e formazione", "Percorso di studi"],
        "skills": ["Competenze", "Competenze tecniche", "Conoscenze informatiche", "Capacità", "Competenze informatiche", "Capacità e competenze"],
        "languages": ["Lingue", "Conoscenze linguistiche", "Lingue straniere"], "interests": ["Interessi", "Hobby"],
        "projects": ["Progetti"], "publications": ["Pubblicazioni"], "awards": ["Premi", "Riconoscimenti"],
        "certificates": ["Certificazioni", "Certificati"], "volunteer": ["Volontariato"], "references": ["Referenze"],
        "summary": ["Profilo", "Chi sono", "Obiettivo", "Sommario", "Profilo professionale"]},
 "nl": {"work": ["Werkervaring", "Ervaring", "Loopbaan", "Stages", "Werkervaringen"],
        "education": ["Opleiding", "Opleidingen", "Scholing", "Opleiding en cursussen"],
        "skills": ["Vaardigheden", "Competenties", "Kennis", "Computervaardigheden", "Kennis en vaardigheden"],
        "languages": ["Talen", "Talenkennis"], "interests": ["Interesses", "Hobby's", "Hobbies"],
        "projects": ["Projecten"], "publications": ["Publicaties"], "awards": ["Prijzen", "Onderscheidingen"],
        "certificates": ["Certificaten"], "volunteer": ["Vrijwilligerswerk"], "references": ["Referenties"],
        "summary": ["Profiel", "Over mij", "Samenvatting", "Doelstelling", "Persoonlijk profiel"]},
 "pl": {"work": ["Doświadczenie", "Doświadczenie zawodowe", "Przebieg kariery", "Praktyki", "Staże", "Historia zatrudnienia"],
        "education": ["Wykształcenie", "Edukacja"],
        "skills": ["Umiejętności", "Kompetencje", "Umiejętności techniczne", "Umiejętności komputerowe"],
        "languages": ["Znajomość języków", "Języki", "Języki obce"], "interests": ["Zainteresowania", "Hobby"],
        "projects": ["Projekty"], "publications": ["Publikacje"], "awards": ["Nagrody", "Osiągnięcia", "Wyróżnienia"],
        "certificates": ["Certyfikaty"], "volunteer": ["Wolontariat"], "references": ["Referencje"],
        "summary": ["Profil", "O mnie", "Cel zawodowy", "Podsumowanie", "Profil zawodowy"]},
 "ru": {"work": ["Опыт работы", "Опыт", "Трудовая деятельность", "Профессиональный опыт", "Стажировки", "Места работы"],
        "education": ["Образование", "Высшее образование"],
        "skills": ["Навыки", "Ключевые навыки", "Профессиональные навыки", "Технические навыки", "Компетенции", "Знания и навыки", "Технологии"],
        "languages": ["Языки", "Знание языков", "Иностранные языки", "Владение языками"], "interests": ["Интересы", "Хобби", "Увлечения"],
        "projects": ["Проекты"], "publications": ["Публикации"], "awards": ["Награды", "Достижения"],
        "certificates": ["Сертификаты"], "volunteer": ["Волонтерство", "Волонтёрство"], "references": ["Рекомендации"],
        "summary": ["О себе", "Цель", "Профиль", "Обо мне", "Краткая информация"]},
 "zh": {"work": ["工作经历", "工作经验", "实习经历", "职业经历", "工作履历"],
        "education": ["教育背景", "教育经历", "学历"],
        "skills": ["专业技能", "技能", "个人技能", "技能特长", "技能专长"],
        "languages": ["语言能力", "外语能力", "语言"], "interests": ["兴趣爱好", "爱好"],
        "projects": ["项目经验", "项目经历"], "publications": ["发表论文", "论文"], "awards": ["获奖情况", "荣誉奖项", "获奖经历"],
        "certificates": ["证书", "资格证书"], "volunteer": ["志愿者经历", "志愿服务"], "references": ["推荐人"],
        "summary": ["个人简介", "自我评价", "求职意向", "个人总结"]},
 "ja": {"work": ["職務経歴", "職歴", "経歴", "職務内容"],
        "education": ["学歴"],
        "skills": ["スキル", "技術スキル", "保有スキル", "活かせるスキル"],
        "languages": ["語学", "語学力"], "interests": ["趣味", "趣味・特技"],
        "projects": ["プロジェクト"], "publications": ["論文"], "awards": ["受賞歴"],
        "certificates": ["資格", "免許・資格"], "volunteer": ["ボランティア"],
        "summary": ["自己PR", "職務要約"]},
}  # fmt: skip
"""The headings resumes in each language commonly use, by the key each names (collected from resume
guides and templates per language; internships count as work)."""

CONTACT: dict[str, list[str]] = {
    "en": ["Personal information", "Personal details", "Contact", "Contact details", "Contact information"],
    "fr": ["Coordonnées", "Informations personnelles"],
    "de": ["Persönliche Daten", "Kontakt", "Angaben zur Person"],
    "es": ["Datos personales", "Información personal", "Contacto", "Datos de contacto"],
    "pt": ["Dados pessoais", "Informação pessoal", "Contato", "Contactos"],
    "it": ["Informazioni personali", "Dati personali", "Contatti"],
    "nl": ["Persoonlijke gegevens", "Persoonlijke informatie", "Contactgegevens"],
    "pl": ["Dane osobowe", "Dane kontaktowe", "Informacje osobiste"],
    "ru": ["Личные данные", "Контакты", "Контактная информация", "Личная информация"],
    "zh": ["个人信息", "基本信息", "联系方式", "个人资料"],
    "ja": ["基本情報", "連絡先", "個人情報"],
}
"""Headings over the contact block (Europass's `Personal information` in each language): key `contact`."""

CASES = (
    [
        pytest.param(text, key, id=f"{code}-{text}")
        for code, table in EUROPASS.items()
        for text, key in table.items()
    ]
    + [pytest.param(text, key, id=f"tpl-{text}") for text, key in TEMPLATES.items()]
    + [
        pytest.param(text, key, id=f"usual-{code}-{text}")
        for code, table in USUAL.items()
        for key, texts in table.items()
        for text in texts
    ]
    + [
        pytest.param(text, "contact", id=f"contact-{code}-{text}")
        for code, texts in CONTACT.items()
        for text in texts
    ]
)

DRESSES = ("{}", "{}:", "{} :", "{}：", "1. {}", "II. {}", "▪ {}", "■ {}", "{upper}", "{spaced}")
"""How templates print a heading: a colon, a number, an icon, capitals, letter-spaced capitals."""


def _dress(form: str, text: str) -> str:
    spaced = (
        " ".join(text.upper()) if " " not in text else "   ".join(" ".join(w) for w in text.upper().split())
    )
    return form.format(text, upper=text.upper(), spaced=spaced)


@pytest.mark.parametrize(("text", "key"), CASES)
def test_a_heading_names_its_section_in_every_dress(text: str, key: str) -> None:
    got = {form: heading_key(_dress(form, text)) for form in DRESSES}
    assert got == dict.fromkeys(DRESSES, key), text
