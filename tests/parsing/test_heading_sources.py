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

CASES = [
    pytest.param(text, key, id=f"{code}-{text}")
    for code, table in EUROPASS.items()
    for text, key in table.items()
] + [pytest.param(text, key, id=f"tpl-{text}") for text, key in TEMPLATES.items()]

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
