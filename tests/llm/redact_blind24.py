"""Blind-24: a set for the secret redactor written without reading it (issue #11 item 3), seed 24.

Every case is a whole optimize answer (summary, work highlights, skills, projects, notes) in one of
thirteen languages (en fr de es it pt nl pl ru zh ja ar tr), the case at one of five places. Leaks:
the session's own key, of vendor shapes (openai_legacy, openai_project, anthropic, groq,
openrouter, deepseek, google_ai, azure_openai, huggingface, mistral, together, xai, perplexity,
fireworks, nvidia) and of no known shape (random_20_64, uuid, short12, special_chars,
base64_std), echoed in the forms whole, in_word, url_query, url_path, url_userinfo, bearer,
authorization, x_api_key, header_dump, curl, env_line, json_config, json_unicode_escape,
json_slash_escape, percent_reserved, percent_all, html_decimal, html_hex, html_named, base64,
base64_basic_auth, base64_urlsafe, case_upper, case_lower, line_break_split, string_join_split,
zero_width, soft_hyphen, spaced_out, markdown_code, markdown_fence, punctuation, truncated_head,
partial_tail, and the stretch forms reversed and hex_encoded (outside the contract, reported apart);
and credentials the model invents, form `other:<vendor>` (OpenAI, Anthropic, AWS key ids with and
without the secret key, GitHub, GitLab, Slack tokens and webhooks, Google, Stripe, Hugging Face,
JWT, PEM private keys, connection-string passwords, Azure keys, npm, SendGrid, PyPI, DigitalOcean,
Groq, OpenRouter) in plain, env, header, json, code, curl and punctuation contexts. Ordinary text
(must come back unchanged), form `ordinary:<kind>`: commit hashes, DOIs, ORCID iDs, ISBNs, IBANs and
reference numbers, long compound words, product codes, sk-/AKIA-/ASIA-looking words and names,
long URLs, content ids and addresses, hex colours, versions, e-mail addresses, phone numbers,
UUIDs, Kubernetes names, hashtags, cloud resource ids and ARNs, file paths, identifiers, model
names, CJK, Cyrillic, Arabic and Greek text, and sentences about keys, tokens, secrets, passwords
and bearers. A leak is caught only when no 8-character run of its secret part survives in any
reading of the output (JSON-decoded, joined, entity- and percent-decoded, invisible characters and
spaces removed, case folded, base64 and hex decoded, reversed); an ordinary case is damaged when
the decoded answer differs at all.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import json
import random
import re
import string
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

SEED = 24
WINDOW = 8
"""A secret counts as surviving when any run of this many of its characters does."""
PLACES = ("summary", "highlight", "skill", "project", "note")
ARRAY_PLACES = ("highlight", "skill", "note")
STRETCH = frozenset({"reversed", "hex_encoded"})
"""Forms outside the contract: a transformation nobody decodes by a standard decoder."""

B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"
HEX = "0123456789abcdef"
UPPER32 = string.ascii_uppercase + "234567"


@dataclass(frozen=True)
class Case:
    kind: str  # "leak" or "ordinary"
    form: str
    shape: str  # the key's or credential's shape, or the ordinary kind
    lang: str
    place: str
    variant: str
    answer: str  # the model's raw answer (JSON text)
    secrets: tuple[str, ...]  # the session's key, passed to redact_answer
    needles: tuple[str, ...] = ()  # leak: the secret parts no 8-character run of which may survive
    stretch: bool = False


@dataclass
class Fragment:
    """What goes where the case sits: decoded text, or raw JSON source for the escape forms."""

    text: str = ""
    raw: str | None = None
    array_only: bool = False
    variant: str = ""


# --------------------------------------------------------------------------------- random parts
def _pick(rnd: random.Random, alphabet: str, n: int) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(n))


def _b64(rnd: random.Random, n_bytes: int, urlsafe: bool = False) -> str:
    raw = bytes(rnd.getrandbits(8) for _ in range(n_bytes))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def _uuid(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


# A key shape: (key, its secret part). The secret part leaves out a public vendor prefix.
KeyShape = Callable[[random.Random], tuple[str, str]]


def _prefixed(prefix: str, alphabet: str, n: int, suffix: str = "") -> KeyShape:
    def make(rnd: random.Random) -> tuple[str, str]:
        body = _pick(rnd, alphabet, n) + suffix
        return prefix + body, body

    return make


def _random_20_64(rnd: random.Random) -> tuple[str, str]:
    key = _pick(rnd, B62, rnd.randint(20, 64))
    return key, key


def _uuid_key(rnd: random.Random) -> tuple[str, str]:
    key = _uuid(rnd)
    return key, key


def _special(rnd: random.Random) -> tuple[str, str]:
    chars = list(_pick(rnd, B62, rnd.randint(22, 40)))
    for mark in ".~+/":
        chars.insert(rnd.randint(2, len(chars) - 2), mark)
    key = "".join(chars) + rnd.choice(("=", "==", "", "~"))
    return key, key


def _base64_std(rnd: random.Random) -> tuple[str, str]:
    while True:
        key = _b64(rnd, rnd.choice((24, 30, 32, 33, 40)))
        if "/" in key or "+" in key:
            return key, key


SESSION_SHAPES: dict[str, KeyShape] = {
    "openai_legacy": _prefixed("sk-", B62, 48),
    "openai_project": _prefixed("sk-proj-", B64URL, 156),
    "anthropic": _prefixed("sk-ant-api03-", B64URL, 93, "AA"),
    "groq": _prefixed("gsk_", B62, 52),
    "openrouter": _prefixed("sk-or-v1-", HEX, 64),
    "deepseek": _prefixed("sk-", HEX, 32),
    "google_ai": _prefixed("AIza", B64URL, 35),
    "azure_openai": _prefixed("", HEX, 32),
    "huggingface": _prefixed("hf_", B62, 34),
    "mistral": _prefixed("", B62, 32),
    "together": _prefixed("", HEX, 64),
    "xai": _prefixed("xai-", B62, 80),
    "perplexity": _prefixed("pplx-", B62, 48),
    "fireworks": _prefixed("fw_", B62, 24),
    "nvidia": _prefixed("nvapi-", B64URL, 64),
    "random_20_64": _random_20_64,
    "uuid": _uuid_key,
    "short12": _prefixed("", B62, 12),
    "special_chars": _special,
    "base64_std": _base64_std,
}

# ----------------------------------------------------------------------------------- languages
LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja", "ar", "tr")

SKELETON: dict[str, dict[str, Any]] = {
    "en": {
        "summary": "Backend engineer with eight years of experience building billing systems.",
        "highlights": [
            "Built the billing pipeline in Python and AWS Lambda",
            "Cut invoice processing time by 40% for 2,000 customers",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Invoice Tracker", "Open-source tool that reconciles invoices."),
        "notes": ["Moved the strongest billing result to the top."],
    },
    "fr": {
        "summary": "Ingénieur backend avec huit ans d'expérience dans les systèmes de facturation.",
        "highlights": [
            "Conception de la chaîne de facturation en Python et AWS Lambda",
            "Réduction de 40 % du temps de traitement des factures pour 2 000 clients",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Suivi des factures", "Outil libre qui rapproche les factures."),
        "notes": ["Le résultat principal a été placé en tête."],
    },
    "de": {
        "summary": "Backend-Entwickler mit acht Jahren Erfahrung in Abrechnungssystemen.",
        "highlights": [
            "Abrechnungspipeline in Python und AWS Lambda aufgebaut",
            "Bearbeitungszeit von Rechnungen für 2.000 Kunden um 40 % verkürzt",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Rechnungsabgleich", "Quelloffenes Werkzeug zum Abgleich von Rechnungen."),
        "notes": ["Das stärkste Ergebnis steht jetzt oben."],
    },
    "es": {
        "summary": "Ingeniera backend con ocho años de experiencia en sistemas de facturación.",
        "highlights": [
            "Construí el flujo de facturación en Python y AWS Lambda",
            "Reduje un 40 % el tiempo de proceso de facturas para 2.000 clientes",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Control de facturas", "Herramienta libre que concilia facturas."),
        "notes": ["Se movió el resultado más fuerte al principio."],
    },
    "it": {
        "summary": "Ingegnere backend con otto anni di esperienza nei sistemi di fatturazione.",
        "highlights": [
            "Realizzata la pipeline di fatturazione in Python e AWS Lambda",
            "Ridotto del 40% il tempo di elaborazione delle fatture per 2.000 clienti",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Traccia fatture", "Strumento open source che riconcilia le fatture."),
        "notes": ["Il risultato migliore è stato spostato in alto."],
    },
    "pt": {
        "summary": "Engenheira de backend com oito anos de experiência em sistemas de faturação.",
        "highlights": [
            "Construí o pipeline de faturação em Python e AWS Lambda",
            "Reduzi em 40% o tempo de processamento de faturas para 2.000 clientes",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Rastreador de faturas", "Ferramenta livre que concilia faturas."),
        "notes": ["O resultado mais forte passou para o topo."],
    },
    "nl": {
        "summary": "Backend-ontwikkelaar met acht jaar ervaring in factureringssystemen.",
        "highlights": [
            "Factureringspijplijn gebouwd in Python en AWS Lambda",
            "Verwerkingstijd van facturen met 40% verkort voor 2.000 klanten",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Factuurvolger", "Opensourcetool die facturen afstemt."),
        "notes": ["Het sterkste resultaat staat nu bovenaan."],
    },
    "pl": {
        "summary": "Inżynier backendu z ośmioletnim doświadczeniem w systemach rozliczeniowych.",
        "highlights": [
            "Zbudowałem potok rozliczeń w Pythonie i AWS Lambda",
            "Skróciłem czas przetwarzania faktur o 40% dla 2000 klientów",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Śledzenie faktur", "Otwarte narzędzie do uzgadniania faktur."),
        "notes": ["Najmocniejszy wynik przeniesiono na początek."],
    },
    "ru": {
        "summary": "Бэкенд-разработчик с восьмилетним опытом создания биллинговых систем.",
        "highlights": [
            "Построил конвейер биллинга на Python и AWS Lambda",
            "Сократил время обработки счетов на 40% для 2 000 клиентов",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Учёт счетов", "Открытый инструмент для сверки счетов."),
        "notes": ["Самый сильный результат перенесён наверх."],
    },
    "zh": {
        "summary": "后端工程师，八年计费系统开发经验。",
        "highlights": ["使用Python和AWS Lambda搭建计费流水线", "为2000名客户将发票处理时间缩短40%"],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("发票追踪", "用于对账的开源工具。"),
        "notes": ["将最有力的成果移到了最前面。"],
    },
    "ja": {
        "summary": "請求システムの構築に8年の経験を持つバックエンドエンジニア。",
        "highlights": ["PythonとAWS Lambdaで請求パイプラインを構築", "2,000社の請求書処理時間を40%短縮"],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("請求書トラッカー", "請求書を照合するオープンソースツール。"),
        "notes": ["最も強い成果を先頭に移動しました。"],
    },
    "ar": {
        "summary": "مهندس أنظمة خلفية بخبرة ثماني سنوات في بناء أنظمة الفوترة.",
        "highlights": [
            "بناء خط معالجة الفواتير باستخدام Python و AWS Lambda",
            "تقليص زمن معالجة الفواتير بنسبة 40% لـ 2000 عميل",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("متتبع الفواتير", "أداة مفتوحة المصدر لمطابقة الفواتير."),
        "notes": ["نُقلت أقوى نتيجة إلى الأعلى."],
    },
    "tr": {
        "summary": "Faturalama sistemlerinde sekiz yıllık deneyime sahip arka uç mühendisi.",
        "highlights": [
            "Python ve AWS Lambda ile faturalama hattını kurdum",
            "2.000 müşteri için fatura işleme süresini %40 kısalttım",
        ],
        "skills": ["Python", "SQL", "AWS"],
        "project": ("Fatura Takibi", "Faturaları eşleştiren açık kaynak araç."),
        "notes": ["En güçlü sonuç en üste taşındı."],
    },
}

LEAK_CARRIERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Connected the reporting client using the key {x} in staging.",
        "Staging configuration: {x}",
        "Note: the request was sent with {x} as its credential.",
    ),
    "fr": (
        "Client de reporting configuré avec la clé {x} en préproduction.",
        "Configuration de préproduction : {x}",
        "Remarque : la requête utilisait {x} comme identifiant.",
    ),
    "de": (
        "Reporting-Client mit dem Schlüssel {x} im Staging angebunden.",
        "Staging-Konfiguration: {x}",
        "Hinweis: Die Anfrage nutzte {x} als Zugangsdaten.",
    ),
    "es": (
        "Conecté el cliente de informes con la clave {x} en preproducción.",
        "Configuración de pruebas: {x}",
        "Nota: la solicitud usó {x} como credencial.",
    ),
    "it": (
        "Collegato il client di reportistica con la chiave {x} in staging.",
        "Configurazione di staging: {x}",
        "Nota: la richiesta ha usato {x} come credenziale.",
    ),
    "pt": (
        "Liguei o cliente de relatórios com a chave {x} em homologação.",
        "Configuração de homologação: {x}",
        "Observação: a requisição usou {x} como credencial.",
    ),
    "nl": (
        "Rapportageclient gekoppeld met de sleutel {x} in de testomgeving.",
        "Testconfiguratie: {x}",
        "Opmerking: het verzoek gebruikte {x} als inloggegeven.",
    ),
    "pl": (
        "Podłączyłem klienta raportów kluczem {x} na środowisku testowym.",
        "Konfiguracja testowa: {x}",
        "Uwaga: żądanie użyło {x} jako poświadczenia.",
    ),
    "ru": (
        "Подключил клиент отчётности с ключом {x} на тестовом стенде.",
        "Тестовая конфигурация: {x}",
        "Примечание: запрос использовал {x} в качестве учётных данных.",
    ),
    "zh": ("已在测试环境中使用密钥{x}连接报表客户端。", "测试环境配置：{x}", "注：该请求使用了{x}作为凭据。"),
    "ja": (
        "ステージングでキー{x}を使ってレポートクライアントを接続しました。",
        "ステージング設定：{x}",
        "注：リクエストは{x}を認証情報として使用しました。",
    ),
    "ar": (
        "تم ربط عميل التقارير باستخدام المفتاح {x} في بيئة الاختبار.",
        "إعدادات بيئة الاختبار: {x}",
        "ملاحظة: أُرسل الطلب باستخدام {x} كبيانات اعتماد.",
    ),
    "tr": (
        "Raporlama istemcisini test ortamında {x} anahtarıyla bağladım.",
        "Test yapılandırması: {x}",
        "Not: istek kimlik bilgisi olarak {x}'i kullandı.",
    ),
}

ORDINARY_CARRIERS: dict[str, tuple[str, ...]] = {
    "en": ("Worked on {x} with a team of five.", "Reference: {x}", "Documented in {x} for the audit."),
    "fr": ("Travail sur {x} avec une équipe de cinq.", "Référence : {x}", "Documenté dans {x} pour l'audit."),
    "de": ("Arbeit an {x} in einem Team von fünf.", "Referenz: {x}", "Dokumentiert in {x} für das Audit."),
    "es": (
        "Trabajé en {x} con un equipo de cinco.",
        "Referencia: {x}",
        "Documentado en {x} para la auditoría.",
    ),
    "it": ("Lavorato su {x} con un team di cinque.", "Riferimento: {x}", "Documentato in {x} per l'audit."),
    "pt": (
        "Trabalhei em {x} com uma equipa de cinco.",
        "Referência: {x}",
        "Documentado em {x} para a auditoria.",
    ),
    "nl": ("Gewerkt aan {x} met een team van vijf.", "Referentie: {x}", "Vastgelegd in {x} voor de audit."),
    "pl": (
        "Praca nad {x} w pięcioosobowym zespole.",
        "Odniesienie: {x}",
        "Udokumentowane w {x} na potrzeby audytu.",
    ),
    "ru": (
        "Работал над {x} в команде из пяти человек.",
        "Ссылка: {x}",
        "Задокументировано в {x} для аудита.",
    ),
    "zh": ("与五人团队合作完成{x}。", "参考：{x}", "已在{x}中记录以备审计。"),
    "ja": ("5人のチームで{x}に取り組みました。", "参照：{x}", "監査のために{x}に記録しました。"),
    "ar": ("عملت على {x} مع فريق من خمسة أشخاص.", "المرجع: {x}", "موثق في {x} لأغراض التدقيق."),
    "tr": (
        "Beş kişilik bir ekiple {x} üzerinde çalıştım.",
        "Referans: {x}",
        "Denetim için {x} içinde belgelendi.",
    ),
}


# ---------------------------------------------------------------------- forms of the session key
def _split_at(rnd: random.Random, key: str) -> int:
    return rnd.randint(max(2, len(key) // 3), max(3, 2 * len(key) // 3))


def _sprinkle(rnd: random.Random, key: str, marks: str) -> str:
    out, since = [], 0
    step = rnd.randint(3, 6)
    for ch in key:
        out.append(ch)
        since += 1
        if since == step:
            out.append(rnd.choice(marks))
            since = 0
    return "".join(out).rstrip(marks)


def _esc(text: str, ascii_only: bool) -> str:
    return json.dumps(text, ensure_ascii=ascii_only)[1:-1]


NAMED = {".": "&period;", "+": "&plus;", "/": "&sol;", "=": "&equals;", "_": "&lowbar;", "-": "&#45;"}
PUNCT = (
    ("(", ")"),
    ("[", "]"),
    ("'", "'"),
    ('"', '"'),
    ("«", "»"),
    ("“", "”"),
    ("<", ">"),
    ("{", "}"),
    ("「", "」"),
    ("", "."),
    ("", ","),
    ("", ";"),
    ("", ":"),
    ("", "!"),
    ("", "?"),
    ("", "。"),
    ("", "..."),
    ("*", "*"),
    ("**", "**"),
    ("", ")."),
    ("—", "—"),
    ("|", "|"),
)
HOSTS = ("llm.internal.example.com", "api.example.org", "gateway.acme.test", "10.0.3.17:8080")


def _form_fragment(form: str, key: str, rnd: random.Random) -> Fragment:
    host = rnd.choice(HOSTS)
    if form == "whole":
        return Fragment(key)
    if form == "in_word":
        left, right = rnd.choice(
            (("apikey", ""), ("", "_prod"), ("token", "x"), ("KEY=", ""), ("", "ABC"), ("id", "2"))
        )
        return Fragment(left + key + right, variant=f"{bool(left)}-{bool(right)}")
    if form == "url_query":
        name = rnd.choice(("api_key", "key", "access_token", "apikey", "token"))
        return Fragment(f"https://{host}/v1/chat/completions?model=m&{name}={key}&stream=false", variant=name)
    if form == "url_path":
        return Fragment(f"https://{host}/keys/{key}/usage")
    if form == "url_userinfo":
        return Fragment(f"https://svc:{key}@{host}/v1")
    if form == "bearer":
        return Fragment(rnd.choice(("Bearer ", "bearer ", "Bearer:")) + key)
    if form == "authorization":
        how = rnd.choice(
            ("Authorization: Bearer ", "Authorization: ", "authorization:", "Authorization=Bearer%20")
        )
        return Fragment(how + key, variant=how.strip())
    if form == "x_api_key":
        how = rnd.choice(("x-api-key: ", "X-API-Key:", "api-key: ", "X-Api-Key = "))
        return Fragment(how + key, variant=how.strip())
    if form == "header_dump":
        header = rnd.choice(("Authorization: Bearer ", "x-api-key: ", "api-key: "))
        dump = (
            f"POST /v1/chat/completions HTTP/1.1\nHost: {host}\nContent-Type: application/json\n"
            f"{header}{key}\nUser-Agent: python-httpx/0.27\nContent-Length: 312"
        )
        return Fragment(dump)
    if form == "curl":
        flag = rnd.choice(
            (f'-H "Authorization: Bearer {key}"', f"-H 'x-api-key: {key}'", f"--header api-key:{key}")
        )
        return Fragment(f'curl -s https://{host}/v1/models {flag} -d \'{{"model": "m"}}\'')
    if form == "env_line":
        name = rnd.choice(("OPENAI_API_KEY", "LLM_API_KEY", "API_KEY", "ANTHROPIC_API_KEY"))
        return Fragment(
            rnd.choice((f"{name}={key}", f'export {name}="{key}"', f"{name}: {key}")), variant=name
        )
    if form == "json_config":
        return Fragment(json.dumps({"base_url": f"https://{host}/v1", "api_key": key}))
    if form == "json_unicode_escape":
        how = rnd.choice(("all", "alternate", "first"))
        raw = "".join(
            f"\\u{ord(ch):04x}"
            if how == "all" or (how == "alternate" and i % 2 == 0) or (how == "first" and i == 0)
            else _esc(ch, False)
            for i, ch in enumerate(key)
        )
        return Fragment(raw=raw, variant=how)
    if form == "json_slash_escape":
        return Fragment(raw=_esc(f"https://{host}/v1/{key}/chat", False).replace("/", "\\/"))
    if form == "percent_reserved":
        return Fragment(f"https://{host}/v1?key={quote(key, safe='')}")
    if form == "percent_all":
        return Fragment("".join(f"%{b:02X}" for b in key.encode()))
    if form == "html_decimal":
        return Fragment("".join(f"&#{ord(ch)};" for ch in key))
    if form == "html_hex":
        return Fragment("".join(f"&#x{ord(ch):x};" for ch in key))
    if form == "html_named":
        named = "".join(NAMED.get(ch, ch) for ch in key)
        if named == key:  # no character has a name: the first one as a number
            named = f"&#{ord(key[0])};{key[1:]}"
        return Fragment(named)
    if form == "base64":
        return Fragment(base64.b64encode(key.encode()).decode())
    if form == "base64_basic_auth":
        user = rnd.choice(("apikey", "user", "svc-reporting", ""))
        return Fragment(
            "Authorization: Basic " + base64.b64encode(f"{user}:{key}".encode()).decode(),
            variant=user or "empty",
        )
    if form == "base64_urlsafe":
        return Fragment(base64.urlsafe_b64encode(key.encode()).decode().rstrip("="))
    if form == "case_upper":
        return Fragment(key.upper())
    if form == "case_lower":
        return Fragment(key.lower())
    if form == "line_break_split":
        at, brk = _split_at(rnd, key), rnd.choice(("\n", "\r\n", " \n", "\n  "))
        return Fragment(key[:at] + brk + key[at:], variant=repr(brk))
    if form == "string_join_split":
        at = _split_at(rnd, key)
        return Fragment(raw=_esc(key[:at], False) + '", "' + _esc(key[at:], False), array_only=True)
    if form == "zero_width":
        mark = rnd.choice(("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"))
        return Fragment(_sprinkle(rnd, key, mark), variant=f"U+{ord(mark):04X}")
    if form == "soft_hyphen":
        return Fragment(_sprinkle(rnd, key, "\u00ad"))
    if form == "spaced_out":
        gap = rnd.choice((" ", "\u00a0", "  ", " \u2009"))
        return Fragment(gap.join(key), variant=repr(gap))
    if form == "markdown_code":
        return Fragment(f"`{key}`")
    if form == "markdown_fence":
        return Fragment(f"\n```\n{key}\n```\n")
    if form == "punctuation":
        left, right = rnd.choice(PUNCT)
        return Fragment(f"{left}{key}{right}", variant=f"{left}…{right}")
    if form == "truncated_head":
        return Fragment(key[: max(WINDOW, 2 * len(key) // 3)] + rnd.choice(("...", "…", "")))
    if form == "partial_tail":
        return Fragment(rnd.choice(("...", "…", "****")) + key[-max(WINDOW + 2, len(key) // 3) :])
    if form == "reversed":
        return Fragment(key[::-1])
    if form == "hex_encoded":
        return Fragment(key.encode().hex())
    raise KeyError(form)


SESSION_FORMS = (
    "whole", "in_word", "url_query", "url_path", "url_userinfo", "bearer", "authorization", "x_api_key",
    "header_dump", "curl", "env_line", "json_config", "json_unicode_escape", "json_slash_escape",
    "percent_reserved", "percent_all", "html_decimal", "html_hex", "html_named", "base64",
    "base64_basic_auth", "base64_urlsafe", "case_upper", "case_lower", "line_break_split",
    "string_join_split", "zero_width", "soft_hyphen", "spaced_out", "markdown_code", "markdown_fence",
    "punctuation", "truncated_head", "partial_tail", "reversed", "hex_encoded",
)  # fmt: skip


# ------------------------------------------------------------- credentials the model may invent
Invented = Callable[[random.Random], tuple[str, tuple[str, ...], tuple[str, ...]]]
"""(credential text, its secret parts, the contexts it fits)."""
ANY = ("plain", "env", "header", "json", "code", "curl", "punctuation")
NAMED_ONLY = ("env", "header", "json", "curl")
"""A credential with no shape of its own is only recognisable by what names it."""


def _token(prefix: str, alphabet: str, n: int, contexts: tuple[str, ...] = ANY) -> Invented:
    def make(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        body = _pick(rnd, alphabet, n)
        return prefix + body, (body,), contexts

    return make


def _aws_pair(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    key_id = rnd.choice(("AKIA", "ASIA")) + _pick(rnd, UPPER32, 16)
    secret = _pick(rnd, B62 + "+/", 40)
    text = rnd.choice(
        (
            f"aws_access_key_id = {key_id}\naws_secret_access_key = {secret}",
            f"AWS_ACCESS_KEY_ID={key_id} AWS_SECRET_ACCESS_KEY={secret}",
            f"access key {key_id} with secret {secret}",
        )
    )
    return text, (key_id[4:], secret), ("plain", "code")


def _aws_secret_only(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    secret = _pick(rnd, B62 + "+/", 40)
    return f"aws_secret_access_key={secret}", (secret,), ("plain", "code")


def _slack_bot(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    kind = rnd.choice(("xoxb", "xoxp", "xoxa", "xoxe"))
    tail = _pick(rnd, B62, 24)
    return f"{kind}-{_pick(rnd, string.digits, 12)}-{_pick(rnd, string.digits, 13)}-{tail}", (tail,), ANY


def _slack_webhook(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    tail = _pick(rnd, B62, 24)
    url = f"https://hooks.slack.com/services/T{_pick(rnd, UPPER32, 8)}/B{_pick(rnd, UPPER32, 10)}/{tail}"
    return url, (tail,), ("plain", "code", "json", "curl", "punctuation")


def _github_fine(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    body = _pick(rnd, B62, 22) + "_" + _pick(rnd, B62, 59)
    return "github_pat_11" + body, (body,), ANY


def _jwt(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    claims = {"sub": _uuid(rnd), "iat": rnd.randint(1_600_000_000, 1_800_000_000), "role": "service"}
    signature = _b64(rnd, 32, urlsafe=True).rstrip("=")
    payload = part(claims)
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{payload}.{signature}", (payload[12:], signature), ANY


def _pem(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    label = rnd.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"))
    body = _b64(rnd, rnd.choice((120, 240, 480)))
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    block = f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    return block, tuple(line for line in lines if len(line) >= WINDOW), ("plain", "code", "json")


def _connection(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    password = rnd.choice(
        (
            _pick(rnd, B62, 16),
            rnd.choice(("Winter", "Falcon", "Harbor", "Maple"))
            + str(rnd.randint(1000, 9999))
            + rnd.choice("!*_.-")
            + _pick(rnd, B62, 4),
        )
    )
    user = rnd.choice(("app", "admin", "reporting", "etl_user"))
    url = rnd.choice(
        (
            f"postgres://{user}:{password}@db.internal:5432/billing",
            f"postgresql://{user}:{password}@10.0.4.12/app?sslmode=require",
            f"mysql://{user}:{password}@mysql.example.com:3306/shop",
            f"mongodb+srv://{user}:{password}@cluster0.ab1cd.mongodb.net/prod",
            f"redis://:{password}@cache.internal:6379/0",
            f"amqp://{user}:{password}@rabbit.internal:5672/",
        )
    )
    return url, (password,), ("plain", "env", "json", "code", "punctuation")


def _sendgrid(rnd: random.Random) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    a, b = _pick(rnd, B64URL, 22), _pick(rnd, B64URL, 43)
    return f"SG.{a}.{b}", (a, b), ANY


def _named_hex(n: int) -> Invented:
    return _token("", HEX, n, NAMED_ONLY)


INVENTED: dict[str, Invented] = {
    "openai_legacy": _token("sk-", B62, 48),
    "openai_project": _token("sk-proj-", B64URL, 156),
    "openai_service": _token("sk-svcacct-", B64URL, 120),
    "anthropic": _token("sk-ant-api03-", B64URL, 95),
    "anthropic_admin": _token("sk-ant-admin01-", B64URL, 95),
    "aws_key_id": _token("AKIA", UPPER32, 16),
    "aws_session_key_id": _token("ASIA", UPPER32, 16),
    "aws_pair": _aws_pair,
    "aws_secret_only": _aws_secret_only,
    "github_classic": _token("ghp_", B62, 36),
    "github_oauth": _token("gho_", B62, 36),
    "github_app": _token("ghs_", B62, 36),
    "github_fine_grained": _github_fine,
    "gitlab": _token("glpat-", B64URL, 20),
    "slack_token": _slack_bot,
    "slack_webhook": _slack_webhook,
    "google_api": _token("AIza", B64URL, 35),
    "google_oauth_secret": _token("GOCSPX-", B64URL, 28),
    "stripe_secret": _token("sk_live_", B62, 99),
    "stripe_restricted": _token("rk_live_", B62, 99),
    "stripe_test": _token("sk_test_", B62, 24),
    "stripe_webhook": _token("whsec_", B62, 32),
    "huggingface": _token("hf_", B62, 34),
    "jwt": _jwt,
    "pem_private_key": _pem,
    "connection_string": _connection,
    "azure_openai": _named_hex(32),
    "openai_compatible_unknown": _token("", B62, 40, NAMED_ONLY),
    "npm": _token("npm_", B62, 36),
    "sendgrid": _sendgrid,
    "pypi": _token("pypi-AgEIcHlwaS5vcmc", B64URL, 120),
    "digitalocean": _token("dop_v1_", HEX, 64),
    "groq": _token("gsk_", B62, 52),
    "openrouter": _token("sk-or-v1-", HEX, 64),
}


ENV_NAMES = (
    "API_KEY",
    "SECRET_KEY",
    "AZURE_OPENAI_API_KEY",
    "DATABASE_URL",
    "TOKEN",
    "STRIPE_KEY",
    "HF_TOKEN",
)


def _context(context: str, cred: str, rnd: random.Random) -> str:
    if context == "plain":
        return cred
    if context == "env":
        return f"{rnd.choice(ENV_NAMES)}={cred}"
    if context == "header":
        return (
            rnd.choice(("Authorization: Bearer ", "api-key: ", "x-api-key: ", "Authorization: token ")) + cred
        )
    if context == "json":
        return json.dumps({rnd.choice(("api_key", "token", "secret", "apiKey", "password")): cred})
    if context == "code":
        return f"`{cred}`" if "\n" not in cred else f"\n```\n{cred}\n```\n"
    if context == "curl":
        return f'curl -H "Authorization: Bearer {cred}" https://{rnd.choice(HOSTS)}/v1/models'
    if context == "punctuation":
        left, right = rnd.choice(PUNCT)
        return f"{left}{cred}{right}"
    raise KeyError(context)


# ------------------------------------------------------------------------------ ordinary text
def _commit(rnd: random.Random) -> str:
    sha = _pick(rnd, HEX, 40)
    return rnd.choice(
        (f"commit {sha}", f"commit {sha[:7]}", f"PR #4812 (merged as {sha[:12]})", f"git revert {sha}")
    )


def _doi(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"doi:10.1109/TPAMI.{rnd.randint(2015, 2024)}.{rnd.randint(1000000, 9999999)}",
            f"https://doi.org/10.1016/j.jcp.{rnd.randint(2015, 2024)}.{rnd.randint(100000, 999999)}",
            f"10.48550/arXiv.{rnd.randint(2001, 2412)}.{rnd.randint(10000, 99999)}",
            f"DOI 10.1145/{rnd.randint(3000000, 3699999)}.{rnd.randint(3000000, 3699999)}",
            f"10.1038/s41586-{rnd.randint(19, 24):02d}-{rnd.randint(1000, 9999)}{rnd.choice('0123456789x')}",
        )
    )


def _orcid(rnd: random.Random) -> str:
    digits = [rnd.randint(0, 9) for _ in range(15)]
    digits[:3] = [0, 0, 0]
    total = 0
    for d in digits:
        total = (total + d) * 2
    check = (12 - total % 11) % 11
    ident = "".join(map(str, digits)) + ("X" if check == 10 else str(check))
    orcid = "-".join(ident[i : i + 4] for i in range(0, 16, 4))
    return rnd.choice((f"ORCID {orcid}", f"https://orcid.org/{orcid}"))


def _isbn(rnd: random.Random) -> str:
    digits = [9, 7, 8] + [rnd.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    isbn = "".join(map(str, digits)) + str(check)
    return rnd.choice((f"ISBN {isbn}", f"ISBN 978-{isbn[3]}-{isbn[4:8]}-{isbn[8:12]}-{isbn[12]}"))


def _reference(rnd: random.Random) -> str:
    country = rnd.choice(("DE", "NL", "FR", "GB", "ES"))
    bban = _pick(rnd, string.digits, 18)
    return rnd.choice(
        (
            f"IBAN {country}{rnd.randint(10, 99)} {' '.join(bban[i : i + 4] for i in range(0, 18, 4))}",
            f"{country}{rnd.randint(10, 99)}{bban}",
            f"invoice INV-{rnd.randint(2019, 2024)}-{rnd.randint(100000, 999999)}",
            f"PO {rnd.randint(4500000000, 4599999999)}",
            f"grant ANR-{rnd.randint(15, 23)}-CE{rnd.randint(10, 48)}-{rnd.randint(1, 99):04d}",
            f"patent US {rnd.randint(9, 11)},{rnd.randint(100, 999)},{rnd.randint(100, 999)} B2",
            f"EP{rnd.randint(3000000, 4200000)}A1",
            f"ticket JIRA-{rnd.randint(1000, 99999)}",
        )
    )


COMPOUNDS = (
    "Rechtsschutzversicherungsgesellschaften", "Donaudampfschifffahrtsgesellschaftskapitän",
    "Arbeitsunfähigkeitsbescheinigungen", "Kraftfahrzeughaftpflichtversicherung",
    "Softwareentwicklungsprozessoptimierung", "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung",
    "arbeidsongeschiktheidsverzekeringsmaatschappij", "kinderdagverblijfmedewerkersopleiding",
    "lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas", "järjestelmäkehitysprojektipäällikkö",
    "tietoturvallisuusvaatimusmäärittelyt", "Realisierungswettbewerbsauslobungsunterlagen",
)  # fmt: skip
PRODUCT_CODES = (
    "SKU-4471-XL-BLK", "SK-II", "sk-learn", "scikit-learn", "SK-Hynix", "sk-SK, cs-CZ and en-US locales",
    "model SKX-900", "part no. AKIA-22", "Asia-Pacific rollout", "ASIAPAC-2019", "PN 7K-AKIA-3301",
    "the sklearn and sk-image packages", "ghp-pages branch", "hf-transfer", "xox-game prototype",
)  # fmt: skip
NAMES = (
    "Dimitrios AKIANAKIS", "Eleni Akianidou", "Mehmet Akıanoğlu", "Kostas ASIANIDIS", "AKIAN Yıldız",
    "Skander Skiold", "Ghislaine Ghp", "Glorianne Glpat", "Aiza Khan", "Aizawa Kenji",
)  # fmt: skip


def _url(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"https://www.linkedin.com/in/jane-doe-{_pick(rnd, HEX, 8)}/",
            f"https://github.com/janedoe/{rnd.choice(('billing-engine', 'invoice-tracker', 'k8s-operators'))}/blob/main/src/{rnd.choice(('reconcile', 'ledger'))}/{_pick(rnd, string.ascii_lowercase, 8)}.py#L{rnd.randint(10, 400)}",
            f"https://scholar.google.com/citations?user={_pick(rnd, B64URL, 8)}AAAAJ&hl=en",
            f"https://www.youtube.com/watch?v={_pick(rnd, B64URL, 11)}&t={rnd.randint(10, 900)}s",
            f"https://drive.google.com/file/d/1{_pick(rnd, B64URL, 32)}/view?usp=sharing",
            f"https://medium.com/@janedoe/scaling-billing-to-a-billion-events-{_pick(rnd, HEX, 12)}",
            f"https://arxiv.org/abs/{rnd.randint(2001, 2412)}.{rnd.randint(10000, 99999)}v{rnd.randint(1, 3)}",
            f"https://gitlab.com/acme/platform/-/merge_requests/{rnd.randint(100, 9999)}",
            f"https://example.com/search?q=billing+pipeline&page={rnd.randint(2, 9)}&sort=desc&utm_source=cv",
            f"https://bit.ly/{_pick(rnd, B62, 7)}",
            f"https://www.kaggle.com/code/janedoe/{rnd.choice(('churn', 'fraud'))}-model-{_pick(rnd, HEX, 6)}",
        )
    )


def _random_looking(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"IPFS CID Qm{_pick(rnd, B62, 44)}",
            f"contract 0x{_pick(rnd, HEX, 40)}",
            f"image digest sha256:{_pick(rnd, HEX, 64)}",
            f"release checksum (SHA-256) {_pick(rnd, HEX, 64)}",
            f"MD5 {_pick(rnd, HEX, 32)}",
            f"dataset snapshot {_pick(rnd, B62, 10)}",
            f"Project Zx9{_pick(rnd, string.ascii_uppercase, 3)}q",
        )
    )


def _colour(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"#{_pick(rnd, HEX, 6).upper()}",
            f"brand palette #{_pick(rnd, HEX, 6)} / #{_pick(rnd, HEX, 3)}",
            f"rgba(12, 34, 56, 0.8) and #{_pick(rnd, HEX, 8)}",
        )
    )


def _version(rnd: random.Random) -> str:
    a, b, c = rnd.randint(0, 30), rnd.randint(0, 40), rnd.randint(0, 20)
    return rnd.choice(
        (
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}-rc.{rnd.randint(1, 5)}+build.{rnd.randint(100, 999)}",
            f"Python 3.{rnd.randint(8, 13)}.{c}",
            f"Kubernetes 1.{rnd.randint(20, 31)}",
            f"{a}.{b}.{c}+g{_pick(rnd, HEX, 7)}",
            f"Java 21.0.{c}+{rnd.randint(5, 13)}-LTS",
        )
    )


def _email(rnd: random.Random) -> str:
    return rnd.choice(
        (
            "jane.doe+jobs@example.co.uk", "first.last@university.edu", "a.b.c.d.e@sub.mail.example.org",
            f"dev-{_pick(rnd, string.digits, 4)}@users.noreply.github.com", "contact@acme-analytics.io",
            "zhang.wei@example.cn", "müller@exämple.de",
        )
    )  # fmt: skip


def _phone(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"+49 30 {rnd.randint(10000000, 99999999)}", f"+86 138 {rnd.randint(1000, 9999)} {rnd.randint(1000, 9999)}",
            f"(206) 555-{rnd.randint(1000, 9999)}", f"+33 6 {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}",
            f"+7 (495) {rnd.randint(100, 999)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}", f"+81-90-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}",
        )
    )  # fmt: skip


def _uuid_bullet(rnd: random.Random) -> str:
    return rnd.choice(
        (f"correlation id {_uuid(rnd)}", f"tenant {_uuid(rnd).upper()}", f"request {_uuid(rnd)}")
    )


def _k8s(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"payments-api-{_pick(rnd, HEX, 9)}-{_pick(rnd, 'bcdfghjklmnpqrstvwxz2456789', 5)}",
            "deployment/checkout-service-canary",
            f"ingress-nginx-controller-{_pick(rnd, HEX, 10)}-{_pick(rnd, 'bcdfghjklmnpqrstvwxz2456789', 5)}",
            f"kubectl rollout restart deployment/api -n billing-{rnd.choice(('prod', 'staging'))}",
            f"secret/registry-credentials-{_pick(rnd, 'bcdfghjklmnpqrstvwxz2456789', 5)}",
        )
    )


HASHTAGS = (
    "#WomenInTechLeadershipSummit2023", "#OpenSourceContributorOfTheYear", "#100DaysOfCodeChallenge",
    "#AWSCommunityBuilders", "#KubeConEurope2024Amsterdam", "#DigitaleTransformationImMittelstand",
)  # fmt: skip


def _cloud(rnd: random.Random) -> str:
    return rnd.choice(
        (
            f"arn:aws:iam::{_pick(rnd, string.digits, 12)}:role/DeployRole",
            f"arn:aws:lambda:eu-west-1:{_pick(rnd, string.digits, 12)}:function:invoice-reconciler",
            f"i-0{_pick(rnd, HEX, 16)}",
            f"sg-0{_pick(rnd, HEX, 16)}",
            f"vpc-{_pick(rnd, HEX, 17)}",
            f"s3://acme-data-lake-prod/raw/{rnd.randint(2019, 2024)}/{rnd.randint(1, 12):02d}/",
            f"GCP project acme-prod-{rnd.randint(100000, 999999)}",
            f"/subscriptions/{_uuid(rnd)}/resourceGroups/rg-billing-prod",
        )
    )


PATHS = (
    "/var/lib/postgresql/14/main/pg_wal", "C:\\Users\\jdoe\\AppData\\Local\\Programs", "~/.config/nvim/init.lua",
    "src/main/java/com/example/payments/reconciliation/ReconciliationServiceImpl.java",
    "com.example.payments.reconciliation.service", "AbstractSingletonProxyFactoryBeanConfigurationProvider",
    "tensorflow/python/keras/layers/preprocessing", "node_modules/@babel/plugin-transform-runtime",
)  # fmt: skip
MODELS = (
    "gpt-4o-mini-2024-07-18", "claude-3-5-sonnet-20241022", "Llama-3.1-70B-Instruct", "text-embedding-3-large",
    "mistral-large-2407", "sentence-transformers/all-MiniLM-L6-v2", "bert-base-multilingual-cased",
    "Qwen2.5-Coder-32B-Instruct",
)  # fmt: skip
SCRIPTS = (
    "主导了跨部门数据平台迁移项目并将报表生成时间从三小时缩短到十五分钟同时建立了统一的指标口径和自动化监控体系",
    "大規模分散システムの設計と運用を担当しマイクロサービス間の認証基盤を刷新してセキュリティ監査に合格しました",
    "데이터파이프라인재설계로월간처리비용을삼십퍼센트절감하고배포자동화를구축했습니다",
    "Руководил миграцией платёжной платформы на микросервисную архитектуру высоконагруженных систем",
    "Разработал высокопроизводительнуюсистемуавтоматическогомониторинга",
    "قاد مشروع ترحيل منصة المدفوعات إلى بنية الخدمات المصغرة وخفض زمن الاستجابة بنسبة ثلاثين بالمئة",
    "Σχεδίασε και υλοποίησε το σύστημα τιμολόγησης για περισσότερους από δύο χιλιάδες πελάτες",
    "Επαγγελματίαςμηχανικόςλογισμικού με εμπειρία σε κατανεμημένα συστήματα",
    "ניהל את צוות התשתיות והוביל מעבר לענן עבור שלושים שירותים",
    "ได้พัฒนาระบบการชำระเงินสำหรับลูกค้ามากกว่าสองพันราย",
)  # fmt: skip

WORD_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "Managed API key rotation for 40 services.", "Secret Santa organiser for a team of 60.",
        "Bearer bonds trader at a private bank, 2009-2012.", "Designed token-based authentication (OAuth 2.0, JWT) for three apps.",
        "Led the password-reset redesign that cut support tickets by 30%.", "Moved all service secrets to AWS Secrets Manager and HashiCorp Vault.",
        "Wrote a pre-commit hook that blocks ghp_ and sk_live_ tokens from being committed.",
        "Replaced long-lived AKIA access keys with IAM roles across 12 accounts.",
        "Trained a BPE tokenizer with a 32k-token vocabulary.", "Key account manager for the DACH region.",
        "Keynote speaker at PyCon on secret scanning.", "Authorization service owner (RBAC, ABAC, x-api-key validation).",
        "Standard bearer of the university rowing club.", "Implemented Bearer token validation in the API gateway.",
    ),
    "fr": (
        "Gestion de la rotation des clés API pour 40 services.", "Organisatrice du Secret Santa de l'équipe.",
        "Mot de passe oublié : refonte du parcours qui a réduit les tickets de 30 %.", "Authentification par jeton (OAuth 2.0, JWT) pour trois applications.",
        "Responsable grands comptes (key accounts) pour la région Sud.",
    ),
    "de": (
        "Rotation der API-Schlüssel für 40 Dienste verantwortet.", "Schlüsselübergabe und Zugangsverwaltung für 300 Mitarbeitende.",
        "Passwortrichtlinie und Geheimnisverwaltung (Vault) eingeführt.", "Tokenbasierte Authentifizierung (OAuth 2.0, JWT) umgesetzt.",
        "Key-Account-Managerin für Großkunden im Mittelstand.",
    ),
    "es": (
        "Gestioné la rotación de claves API para 40 servicios.", "Organicé el amigo invisible (Secret Santa) del equipo.",
        "Rediseñé el flujo de restablecimiento de contraseña.", "Implanté autenticación con tokens (OAuth 2.0, JWT).",
    ),
    "it": ("Gestita la rotazione delle chiavi API per 40 servizi.", "Introdotta l'autenticazione basata su token (OAuth 2.0, JWT)."),
    "pt": ("Geri a rotação de chaves de API para 40 serviços.", "Implementei autenticação por token (OAuth 2.0, JWT)."),
    "nl": ("Rotatie van API-sleutels voor 40 diensten beheerd.", "Wachtwoordbeleid en geheimenbeheer ingevoerd."),
    "pl": ("Zarządzałem rotacją kluczy API dla 40 usług.", "Wdrożyłem uwierzytelnianie tokenami (OAuth 2.0, JWT)."),
    "ru": ("Руководил ротацией API-ключей для 40 сервисов.", "Внедрил аутентификацию по токенам (OAuth 2.0, JWT) и хранение секретов в Vault."),
    "zh": ("负责40个服务的API密钥轮换。", "实现了基于令牌的身份验证（OAuth 2.0、JWT）。", "组织团队的神秘圣诞老人（Secret Santa）活动。"),
    "ja": ("40サービスのAPIキーのローテーションを管理。", "トークンベース認証（OAuth 2.0、JWT）を導入。"),
    "ar": ("أدرت تدوير مفاتيح API لأربعين خدمة.", "طبقت المصادقة بالرموز المميزة (OAuth 2.0، JWT)."),
    "tr": ("40 servis için API anahtarı rotasyonunu yönettim.", "Belirteç tabanlı kimlik doğrulamayı (OAuth 2.0, JWT) kurdum."),
}  # fmt: skip


def _choice_of(items: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rnd: rnd.choice(items)


ORDINARY_KINDS: dict[str, Callable[[random.Random], str]] = {
    "commit_hash": _commit,
    "doi": _doi,
    "orcid": _orcid,
    "isbn": _isbn,
    "reference_number": _reference,
    "compound_word": _choice_of(COMPOUNDS),
    "product_code": _choice_of(PRODUCT_CODES),
    "prefix_like_name": _choice_of(NAMES),
    "long_url": _url,
    "random_looking_id": _random_looking,
    "hex_colour": _colour,
    "version": _version,
    "email": _email,
    "phone": _phone,
    "uuid_in_bullet": _uuid_bullet,
    "kubernetes_name": _k8s,
    "hashtag": _choice_of(HASHTAGS),
    "cloud_resource": _cloud,
    "path_or_identifier": _choice_of(PATHS),
    "model_name": _choice_of(MODELS),
}
SENTENCE_KINDS = ("script_text", "credential_words")
"""Kinds that are whole sentences of their own, not a part in a carrier sentence."""


# ------------------------------------------------------------------------------------ answers
PLACEHOLDER = "QQ24PLACEHOLDERQQ"


def _answer(lang: str, place: str, sentence: str, rnd: random.Random) -> dict[str, Any]:
    base = SKELETON[lang]
    highlights = list(base["highlights"])
    skills = list(base["skills"])
    notes = list(base["notes"])
    summary = base["summary"]
    project_name, project_description = base["project"]
    if place == "summary":
        summary = rnd.choice((f"{summary} {sentence}", f"{sentence} {summary}"))
    elif place == "highlight":
        highlights.insert(rnd.randint(0, len(highlights)), sentence)
    elif place == "skill":
        skills.insert(rnd.randint(0, len(skills)), sentence)
    elif place == "project":
        project_description = f"{project_description} {sentence}"
    else:
        notes.insert(rnd.randint(0, len(notes)), sentence)
    return {
        "summary": summary,
        "work": [
            {
                "name": "Example Corp",
                "position": "Senior Software Engineer",
                "startDate": "2020-01",
                "endDate": "present",
                "highlights": highlights,
            }
        ],
        "skills": [{"name": "Skills", "keywords": skills}],
        "projects": [{"name": project_name, "description": project_description}],
        "certificates": [],
        "notes": notes,
    }


def _render(
    lang: str, place: str, template: str, fragment: Fragment, rnd: random.Random, ascii_only: bool
) -> str:
    """The raw answer: the template's sentence at `place`, the fragment as text or raw JSON source."""
    sentence = template.replace("{x}", PLACEHOLDER)
    text = json.dumps(
        _answer(lang, place, sentence, rnd), ensure_ascii=ascii_only, indent=rnd.choice((None, 2))
    )
    raw = fragment.raw if fragment.raw is not None else _esc(fragment.text, ascii_only)
    answer = text.replace(PLACEHOLDER, raw)
    json.loads(answer)  # every answer is valid JSON: the redactor is handed what a model could send
    return answer


def _place(rnd: random.Random, i: int, array_only: bool) -> str:
    places = ARRAY_PLACES if array_only else PLACES
    return places[(i + rnd.randint(0, 1)) % len(places)]


def _session_key(rnd: random.Random, shape: str | None = None) -> tuple[str, str, str]:
    shape = shape or rnd.choice(list(SESSION_SHAPES))
    key, body = SESSION_SHAPES[shape](rnd)
    return shape, key, body


def leak_cases(rnd: random.Random) -> Iterator[Case]:
    shapes = list(SESSION_SHAPES)
    for f, form in enumerate(SESSION_FORMS):
        for s, shape in enumerate(shapes):
            lang = LANGS[(f * 7 + s) % len(LANGS)]
            _, key, body = _session_key(rnd, shape)
            fragment = _form_fragment(form, key, rnd)
            place = _place(rnd, f + s, fragment.array_only)
            ascii_only = (f + s) % 5 == 0
            template = rnd.choice(LEAK_CARRIERS[lang])
            yield Case(
                "leak", form, shape, lang, place, fragment.variant + ("/ascii" if ascii_only else ""),
                _render(lang, place, template, fragment, rnd, ascii_only), (key,), (body,), form in STRETCH,
            )  # fmt: skip
    for v, (vendor, make) in enumerate(INVENTED.items()):
        for n in range(8):
            cred, parts, contexts = make(rnd)
            context = contexts[n % len(contexts)]
            lang = LANGS[(v * 5 + n * 3) % len(LANGS)]
            _, key, _ = _session_key(rnd)
            fragment = Fragment(_context(context, cred, rnd))
            place = _place(rnd, v + n, False)
            ascii_only = (v + n) % 6 == 0
            template = rnd.choice(LEAK_CARRIERS[lang])
            yield Case(
                "leak", f"other:{vendor}", vendor, lang, place, context + ("/ascii" if ascii_only else ""),
                _render(lang, place, template, fragment, rnd, ascii_only), (key,), parts,
            )  # fmt: skip


def ordinary_cases(rnd: random.Random) -> Iterator[Case]:
    for k, (kind, make) in enumerate(ORDINARY_KINDS.items()):
        for n in range(13):
            lang = LANGS[(k * 3 + n) % len(LANGS)]
            yield _ordinary(rnd, kind, lang, k + n, rnd.choice(ORDINARY_CARRIERS[lang]), make(rnd))
    for n, text in enumerate(SCRIPTS * 3):
        yield _ordinary(rnd, "script_text", "xx", n, "{x}", text)
    words = [(lang, s) for lang, sentences in WORD_SENTENCES.items() for s in sentences]
    for n, (lang, text) in enumerate(words * 2):
        yield _ordinary(rnd, "credential_words", lang, n, "{x}", text)


def _ordinary(rnd: random.Random, kind: str, lang: str, i: int, template: str, text: str) -> Case:
    skeleton = lang if lang in SKELETON else rnd.choice(LANGS)
    shape, key, _ = _session_key(rnd)
    place = _place(rnd, i, False)
    ascii_only = i % 6 == 0
    answer = _render(skeleton, place, template, Fragment(text), rnd, ascii_only)
    return Case(
        "ordinary", f"ordinary:{kind}", kind, lang if lang != "xx" else "script", place, shape, answer, (key,)
    )


@functools.cache
def cases() -> tuple[Case, ...]:
    """The whole set, always the same (seed 24)."""
    rnd = random.Random(SEED)
    return (*leak_cases(rnd), *ordinary_cases(rnd))


# ------------------------------------------------------------------------------------ judging
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
SPACE = re.compile(r"\s+")
B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _decoded(text: str) -> list[str]:
    """Every base64 or hex run of `text` decoded (what a reader of the output could undo)."""
    out = []
    for run in B64_RUN.findall(text):
        body = run.rstrip("=")
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            for cut in range(4):  # the run may start mid-group
                chunk = body[cut:]
                try:
                    out.append(decode(chunk + "=" * (-len(chunk) % 4)).decode("latin-1"))
                except (binascii.Error, ValueError):
                    continue
    for run in HEX_RUN.findall(text):
        out.append(bytes.fromhex(run).decode("latin-1"))
    return out


def readings(output: str) -> list[str]:
    """The output as a reader could read it, case-folded: raw, JSON-decoded, joined, undone."""
    base = [output, JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), output).replace("\\/", "/")]
    try:
        strings = list(_strings(json.loads(output)))
        base += ["\n".join(strings), "".join(strings)]
    except ValueError:
        pass
    views: list[str] = []
    for text in base:
        for undone in (text, html.unescape(text), unquote(text), unquote(html.unescape(text))):
            visible = INVISIBLE.sub("", undone)
            views += [visible, SPACE.sub("", visible)]
    views += [d for v in dict.fromkeys(views[:8]) for d in _decoded(v)]
    views = list(dict.fromkeys(views))
    views += [v[::-1] for v in views]
    return [v.casefold() for v in views]


def survives(output: str, needles: Iterable[str]) -> bool:
    """True when any `WINDOW`-character run of any needle is in any reading of the output."""
    text = "\x00".join(readings(output))  # one search per run; no run holds a NUL
    for needle in needles:
        folded = needle.casefold()
        if any(folded[i : i + WINDOW] in text for i in range(max(1, len(folded) - WINDOW + 1))):
            return True
    return False


def damaged(output: str, answer: str) -> bool:
    """An ordinary answer is damaged when its decoded content changed at all (or is no JSON now)."""
    try:
        return bool(json.loads(output) != json.loads(answer))
    except ValueError:
        return True


@dataclass
class Tally:
    total: int = 0
    wrong: int = 0  # leaks: leaked; ordinary: damaged

    def add(self, wrong: bool) -> None:
        self.total += 1
        self.wrong += int(wrong)


@dataclass
class Counts:
    leaks: Tally = field(default_factory=Tally)
    stretch: Tally = field(default_factory=Tally)
    ordinary: Tally = field(default_factory=Tally)
    failed: int = 0
    by: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Tally)))

    def add(self, case: Case, wrong: bool) -> None:
        (self.ordinary if case.kind == "ordinary" else self.stretch if case.stretch else self.leaks).add(
            wrong
        )
        group = "ordinary" if case.kind == "ordinary" else "stretch" if case.stretch else "leak"
        for axis, value in (
            ("form", case.form),
            ("shape", case.shape),
            ("lang", case.lang),
            ("place", case.place),
        ):
            self.by[f"{group}_by_{axis}"][value].add(wrong)

    def as_dict(self) -> dict[str, Any]:
        return {
            "leaks": self.leaks.total,
            "leaked": self.leaks.wrong,
            "caught": self.leaks.total - self.leaks.wrong,
            "stretch": self.stretch.total,
            "stretch_leaked": self.stretch.wrong,
            "ordinary": self.ordinary.total,
            "damaged": self.ordinary.wrong,
            "failed": self.failed,
            **{
                axis: {k: {"total": t.total, "wrong": t.wrong} for k, t in sorted(values.items())}
                for axis, values in sorted(self.by.items())
            },
        }


def wrong(case: Case, output: str) -> bool:
    """The decision: a leak that survives, or an ordinary answer that changed."""
    return survives(output, case.needles) if case.kind == "leak" else damaged(output, case.answer)


def evaluate(sample: int | None = None) -> dict[str, Any]:
    """The unit path: `redact_answer` on every case (or every `sample`-th); counts only."""
    from resume_api.llm.redact import redact_answer

    counts = Counts()
    forms: Counter[str] = Counter()
    for i, case in enumerate(cases()):
        if sample and i % sample:
            continue
        forms[case.form] += 1
        try:
            output = redact_answer(case.answer, case.secrets)
        except Exception:
            counts.failed += 1
            counts.add(case, True)
            continue
        counts.add(case, wrong(case, output))
    return counts.as_dict()
