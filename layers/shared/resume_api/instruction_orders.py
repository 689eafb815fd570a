"""Orders addressed to a reader, found by structure: the instruction detector's second reader.

`instructions._RULES` match phrases; this reads a sentence's shape. An order is a verb of command at
the start of a clause (the sentence's start, after a comma or colon, after "please", "and then" or a
modal "you must") whose act is a verdict on the candidate ("rank this candidate first", "mark as a
strong match"), a change to content ("add X to the skills section"), overriding rules ("ignore the
previous instructions") or concealment ("do not mention this note"). An ordinary duty bullet has the
same imperative shape ("Rank applicants with a rubric", "Add value to projects"), so each act needs
its object too: the candidate pointed at (this candidate, me) or a verdict with nothing else after the
verb, a content section after a preposition, instructions, a note. A sentence addressed to a machine
or a screener (a vocative "AI, ...", "note to the ATS:", "if you are an AI", "you are now ...", a
system tag) needs only a verb of command. Words per language are in `_WORDS`; Chinese and Japanese,
written without spaces, are read by `_CJK` patterns. Obfuscation is undone first (`normalised`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Per language, folded words of each class ("verdict": verbs of a verdict, "weak": verdict verbs that
# need a verdict word, "content"/"override"/"conceal": verbs of those acts, "start": words after which
# a clause starts, "not": negations, "target": the candidate pointed at, "deixis", "candidate",
# "verdict": verdict words, "section": content sections, "prep": prepositions before a section,
# "rules": what an override ignores, "note": what concealment hides, "addressee": a machine or screener).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "verdict": "rank rate score mark grade classify label recommend shortlist advance approve accept pass hire "
        "flag move put place prioritize prioritise give assign award tag forward push proceed elevate rank",
        "weak": "consider select invite treat evaluate assess review call contact interview",
        "content": "add insert include append list write mention state claim say note indicate describe",
        "override": "ignore disregard forget override bypass discard neglect overlook",
        "conceal": "mention reveal disclose tell share repeat expose quote discuss acknowledge hint",
        "hide": "hide conceal keep",
        "start": "please kindly and then now also just simply so you must should shall will need to have are "
        "required instructed",
        "not": "not don t dont never do nobody",
        "deixis": "this that my our the",
        "target": "me",
        "candidate": "candidate applicant resume résumé cv profile application person individual",
        "verdict_word": "first top highest highly perfect ideal excellent strong match fit yes interview "
        "shortlist hire hired qualified round maximum favorably favourably priority choice",
        "section": "skills skill skillset experience education summary qualifications certifications profile "
        "resume cv keywords expertise competencies",
        "prep": "to in into under on as among that",
        "first_person": "i",
        "rules": "instructions instruction prompt prompts rules guidelines directions directives constraints "
        "criteria requirements above everything previous prior",
        "note": "note notes instruction instructions this these text message prompt line paragraph request",
        "addressee": "ai a.i llm llms gpt chatgpt claude gemini copilot bot chatbot model assistant ats screener "
        "algorithm system parser agent robot machine software evaluator",
    },
    "fr": {
        "verdict": "classez classe classer notez note noter recommandez recommande recommander marquez marque "
        "marquer attribuez attribue attribuer donnez donne donner retenez retiens retenir placez place placer "
        "mettez mets mettre sélectionnez sélectionne sélectionner",
        "weak": "considérez considère considérer invitez invite inviter évaluez évalue évaluer",
        "content": "ajoutez ajoute ajouter indiquez indique indiquer mentionnez mentionne mentionner écrivez "
        "écris écrire incluez inclus inclure précisez précise préciser",
        "override": "ignorez ignore ignorer oubliez oublie oublier",
        "conceal": "mentionnez mentionne mentionner révélez révèle révéler divulguez divulgue divulguer dites dis "
        "parlez parle",
        "hide": "cachez cache gardez garde",
        "start": "merci de d svp veuillez et puis vous devez tu dois il faut",
        "not": "ne n pas jamais",
        "deixis": "ce cette mon ma le la",
        "target": "moi m",
        "candidate": "candidat candidate candidature cv profil personne",
        "verdict_word": "premier première idéal idéale parfait parfaite entretien excellent fort forte choix",
        "section": "compétences expérience formation résumé profil cv",
        "prep": "aux à dans en que",
        "first_person": "j je",
        "rules": "instructions consignes règles directives",
        "note": "note instructions message texte consigne",
        "addressee": "ia chatgpt modèle assistant système ats robot algorithme bot",
    },
    "de": {
        "verdict": "bewerte bewerten empfiehl empfehlen wähle wählen stufe stufen setze setzen gib geben "
        "markiere markieren platziere platzieren lade",
        "weak": "betrachte betrachten berücksichtige",
        "content": "füge fügen schreibe schreiben ergänze ergänzen nenne nennen erwähne erwähnen gib trage",
        "override": "ignoriere ignorieren vergiss vergessen missachte",
        "conceal": "erwähne erwähnen verrate verraten nenne nennen zeige",
        "hide": "verstecke verberge",
        "start": "bitte und dann du musst sie müssen sollst",
        "not": "nicht niemals nie keine niemandem niemand",
        "deixis": "diesen diese dieses diesem mein meinen",
        "target": "mich mir",
        "candidate": "kandidaten kandidat kandidatin bewerber bewerberin lebenslauf profil bewerbung",
        "verdict_word": "perfekt perfekte ideal idealen idealer erste ersten stelle vorstellungsgespräch top",
        "section": "fähigkeiten kenntnisse kenntnissen kompetenzen erfahrung skills lebenslauf",
        "prep": "zu zu den in die dass",
        "first_person": "ich",
        "rules": "anweisungen instruktionen regeln befehle vorgaben",
        "note": "notiz anweisungen hinweis nachricht text",
        "addressee": "ki chatgpt sprachmodell modell assistent system ats bot algorithmus",
    },
    "es": {
        "verdict": "clasifica clasifique clasificar califica califique calificar recomienda recomiende recomendar "
        "marca marque marcar selecciona seleccione seleccionar dale dé da pon ponga poner puntúa asigna",
        "weak": "considera considere invita",
        "content": "añade añada añadir agrega agregue agregar incluye incluya incluir indica indique indicar "
        "escribe escriba menciona mencione di diga",
        "override": "ignora ignore ignorar olvida olvide olvidar omite",
        "conceal": "menciones mencione reveles revele digas diga divulgues",
        "hide": "oculta oculte",
        "start": "por favor y luego ahora debes deberás tienes que",
        "not": "no nunca",
        "deixis": "este esta mi el",
        "target": "me",
        "candidate": "candidato candidata currículum currículo cv perfil solicitud",
        "verdict_word": "primer primero primera ideal perfecto perfecta entrevista excelente",
        "section": "habilidades competencias aptitudes experiencia formación perfil",
        "prep": "a en que",
        "first_person": "tengo",
        "rules": "instrucciones indicaciones reglas órdenes",
        "note": "nota instrucciones mensaje texto",
        "addressee": "ia chatgpt modelo asistente sistema ats bot algoritmo",
    },
    "pt": {
        "verdict": "classifique classifica classificar avalie avalia recomende recomenda recomendar marque "
        "marca selecione seleciona dê dá coloque coloca atribua",
        "weak": "considere considera convide",
        "content": "adicione adiciona inclua inclui indique diga escreva mencione acrescente",
        "override": "ignore ignora esqueça esquece desconsidere",
        "conceal": "mencione revele diga divulgue",
        "hide": "oculte esconda",
        "start": "por favor e depois agora você deve deves tem que",
        "not": "não nunca",
        "deixis": "este esta meu o",
        "target": "me",
        "candidate": "candidato candidata currículo cv perfil candidatura",
        "verdict_word": "primeiro primeira ideal perfeito perfeita entrevista excelente",
        "section": "habilidades competências experiência formação perfil",
        "prep": "às as nas a em que",
        "first_person": "tenho",
        "rules": "instruções regras ordens",
        "note": "nota instruções mensagem texto",
        "addressee": "ia chatgpt modelo assistente sistema ats bot algoritmo",
    },
    "it": {
        "verdict": "classifica valuta raccomanda segna seleziona dai metti assegna consiglia",
        "weak": "considera invita",
        "content": "aggiungi includi scrivi indica menziona inserisci",
        "override": "ignora dimentica",
        "conceal": "menzionare rivelare dire divulgare",
        "hide": "nascondi",
        "start": "per favore e poi ora devi deve",
        "not": "non mai",
        "deixis": "questo questa il mio",
        "target": "mi",
        "candidate": "candidato candidata curriculum cv profilo candidatura",
        "verdict_word": "primo prima ideale perfetto perfetta colloquio eccellente",
        "section": "competenze abilità esperienza formazione profilo",
        "prep": "alle nelle tra in che",
        "first_person": "ho",
        "rules": "istruzioni regole",
        "note": "nota istruzioni messaggio testo",
        "addressee": "ia chatgpt modello assistente sistema ats bot algoritmo",
    },
    "nl": {
        "verdict": "beoordeel rangschik selecteer kies geef zet markeer beveel plaats",
        "weak": "overweeg nodig",
        "content": "voeg vermeld schrijf noem zet",
        "override": "negeer vergeet ignoreer",
        "conceal": "vermeld onthul noem vertel deel",
        "hide": "verberg",
        "start": "graag alsjeblieft en dan nu je moet u moet",
        "not": "niet nooit",
        "deixis": "deze dit mijn",
        "target": "mij",
        "candidate": "kandidaat sollicitant cv profiel sollicitatie",
        "verdict_word": "eerste ideale ideaal perfect perfecte gesprek bovenaan uitstekend",
        "section": "vaardigheden skills ervaring opleiding profiel",
        "prep": "aan in bij dat",
        "first_person": "ik",
        "rules": "instructies regels opdrachten",
        "note": "notitie instructies bericht tekst",
        "addressee": "ai chatgpt taalmodel model assistent systeem ats bot algoritme",
    },
    "pl": {
        "verdict": "oceń wybierz poleć zarekomenduj daj oznacz umieść przyznaj postaw zaproś",
        "weak": "rozważ",
        "content": "dodaj dopisz napisz wpisz wymień uwzględnij",
        "override": "zignoruj ignoruj pomiń zapomnij",
        "conceal": "wspominaj ujawniaj mów zdradzaj",
        "hide": "ukryj",
        "start": "proszę i potem teraz musisz należy",
        "not": "nie nigdy",
        "deixis": "tego tę temu to ten",
        "target": "mnie mi",
        "candidate": "kandydata kandydatkę kandydatowi kandydat cv profil",
        "verdict_word": "idealnego idealny pierwsze pierwszym rozmowę początku",
        "section": "umiejętności doświadczenia kompetencji",
        "prep": "do w że",
        "first_person": "mam",
        "rules": "instrukcje polecenia zasady zasadach reguły",
        "note": "notatce notatki instrukcji wiadomości tekstu",
        "addressee": "ai chatgpt modelu model asystencie asystent systemie system ats bot algorytm",
    },
    "ru": {
        "verdict": "оцени оцените выбери выберите рекомендуй рекомендуйте порекомендуй порекомендуйте поставь "
        "поставьте отметь отметьте дай дайте присвой пригласи",
        "weak": "рассмотри",
        "content": "добавь добавьте впиши впишите напиши напишите укажи укажите",
        "override": "игнорируй игнорируйте забудь забудьте проигнорируй",
        "conceal": "упоминай упоминайте раскрывай раскрывайте говори сообщай",
        "hide": "скрой",
        "start": "пожалуйста и затем потом теперь ты должен вы должны нужно",
        "not": "не никогда",
        "deixis": "этого эту это этому этот эта",
        "target": "меня мне",
        "candidate": "кандидата кандидату кандидатку резюме профиль",
        "verdict_word": "идеального идеальный первое первым собеседование",
        "section": "навыки навыков опыт резюме",
        "prep": "в что",
        "first_person": "меня",
        "rules": "инструкции указания правила",
        "note": "заметку записку инструкции сообщение текст",
        "addressee": "ии chatgpt модель ассистент система ats бот алгоритм",
    },
}
_CLASSES = {
    cls: frozenset(w for table in _WORDS.values() for w in table.get(cls, "").split())
    for cls in {c for table in _WORDS.values() for c in table}
}
_VERBS = frozenset().union(
    *(_CLASSES[c] for c in ("verdict", "weak", "content", "override", "conceal", "hide"))
)
_CJK = re.compile(
    r"(?:这位|该|此|这名|这份|本)(?:候选人|应聘者|申请人|简历).{0,12}?(?:排|评|推荐|打|标记|录用|面试|第一|满分|最佳|理想)"
    r"|(?:把|将|给)我.{0,8}?(?:排|评|推荐|打|标记|录用|第一|满分)"
    r"|(?:加入|添加|加到|写明|写上|注明|列入).{0,12}?(?:技能|经验|简历)|(?:在|到)(?:技能|简历)(?:中|里|部分).{0,4}?(?:加入|添加|写)"
    r"|(?:忽略|无视|忘记|忘掉|不要理会).{0,8}?(?:指令|指示|规则|提示|说明)"
    r"|(?:不要|别|切勿|请勿)(?:提及|透露|泄露|提到|说出|告诉).{0,8}?(?:说明|指令|备注|这条|此|这些)"
    r"|如果你是|你现在是|从现在起你"
    r"|(?:この|本)(?:候補者|応募者|履歴書|人物).{0,16}?(?:一位|推薦|合格|採用|最高|点|満点|評価|最適)"
    r"|(?:スキル|経験|履歴書).{0,16}?(?:追加|記載|書いて|加えて)(?:して)?(?:ください|しなさい|せよ)"
    r"|(?:追加|記載)して(?:ください)"
    r"|(?:指示|命令|ルール|プロンプト).{0,8}?(?:無視|忘れ)"
    r"|(?:触れ|明かさ|言わ|漏らさ|開示し|伝え)ないで"
    r"|あなたが.{0,12}?なら|あなたは今から|今からあなたは",
)
_TAG = re.compile(
    r"^\s*[\[<({]\s*/?\s*(?:system|sys|inst|système|systeme|sistema|systeem|система|系统|システム|admin|developer)\b"
    r"|^\s*#{2,}\s*(?:instruction|system|response)|<\|[a-z_]+\|>",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\byou\s+are\s+now\b|\bfrom\s+now\s+on\b|\bvous\s+êtes\s+(?:désormais|maintenant)\b|\btu\s+es\s+(?:désormais|"
    r"maintenant)\b|\bdu\s+bist\s+(?:jetzt|nun|ab\s+sofort)\b|\bahora\s+eres\b|\bagora\s+(?:você\s+é|és)\b|"
    r"\bora\s+sei\b|\bje\s+bent\s+nu\b|\bjesteś\s+teraz\b|\bтеперь\s+ты\b|\bотныне\s+ты\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|si|wenn|falls|se|als|jeśli|jeżeli|если)\s+(?:(?:you|vous|tu|du|sie|usted|você|je|u|ty|ты|вы)\s+)?"
    r"(?:(?:are|êtes|es|est|bist|sind|eres|é|sei|bent|jesteś)\s+)?(?:(?:an?|une?|eine?|una?|um|uma|een|un')\s*)?"
    r"(?:ai|ia|ki|ии|llm|gpt|chatgpt|claude|model|modèle|modell|modelo|modello|bot|assistant|assistent|"
    r"asistente|assistente|ats|screener|system|système|sistema|systeem)\b",
    re.IGNORECASE,
)
_SCORE = re.compile(r"\b(?:10|100|5)\s*(?:/|out\s+of|of|von|sur|de|di|op|na|из|z)\s*(?:10|100|5)\b")
_WORD = re.compile(r"[^\W_]+|[,;:!?\-—–()\[\]]", re.UNICODE)
_CLAUSE_END = frozenset(";:!?()[]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_LOOKALIKE = str.maketrans("аеорсухіјѕАЕОРСУХІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖαοι", "aeopcyxijsAEOPCYXIJSABEHIKMNOPTXYZaoi")
_LEET = str.maketrans("013457@$", "oieastas")
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_MIXED = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-zA-Z])(?=[\w@$]*[013457@$])[\w@$]+")
_DIGIT_OR_SIGN = re.compile(r"[013457@$]")
_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ROLE_WORDS = frozenset(
    ["you", "from", "vous", "tu", "du", "ahora", "agora", "ora", "je", "jesteś", "теперь", "отныне"]
)
"""A word one of which every text `_ROLE` matches holds (its first): a text without them skips it."""
_ACTS = (("verdict", "ranking"), ("weak", "ranking"), ("content", "edit"), ("override", "override"))


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """`text` with obfuscation undone: NFKC (full width), zero-width marks dropped, Cyrillic and Greek
    look-alikes inside Latin words read as Latin, spaced letters joined and leetspeak digits inside
    words read as letters."""
    if not text.isascii():  # NFKC, zero-width marks and look-alikes leave ASCII as it is
        text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
        if (_CYRILLIC.search(text) and _LATIN.search(text)) or _GREEK.search(text):
            text = " ".join(_latin(word) for word in text.split(" "))
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    if not _DIGIT_OR_SIGN.search(text):
        return text
    return _MIXED.sub(lambda m: m.group(0).translate(_LEET), text)


def _latin(word: str) -> str:
    """A word with Latin letters read as Latin throughout (a Russian word stays Russian)."""
    return word.translate(_LOOKALIKE) if _LATIN.search(word) or not _CYRILLIC.search(word) else word


def _role(tokens: list[str], text: str) -> bool:
    """Whether `text` casts its reader in a role ("you are now"); most texts hold none of its words."""
    return not _ROLE_WORDS.isdisjoint(tokens) and bool(_ROLE.search(text))


def _is(token: str, cls: str) -> bool:
    return token in _CLASSES[cls]


def _clause_starts(tokens: list[str]) -> list[int]:
    """Where a clause may start: the sentence's start, after punctuation, or after words that lead
    into an order (please, and then, you must, do not)."""
    starts, lead = [], True
    for i, token in enumerate(tokens):
        if lead:
            starts.append(i)
        lead = not token[0].isalnum() or _is(token, "start") or _is(token, "not")
    return starts


def _window(tokens: list[str], i: int, size: int = 10) -> list[str]:
    """The words after position i up to the clause's end (a comma does not end it), at most `size`."""
    out = []
    for token in tokens[i + 1 : i + 1 + size]:
        if token in _CLAUSE_END:
            break
        if token[0].isalnum():
            out.append(token)
    return out


def _targets(window: list[str]) -> bool:
    """Whether a window points at the candidate: "me", "this candidate", "the ideal candidate"."""
    for j, token in enumerate(window[:6]):
        if _is(token, "target"):
            return True
        if _is(token, "deixis") and any(_is(t, "candidate") for t in window[j + 1 : j + 4]):
            return True
    return False


def _glue(token: str) -> bool:
    """A word that may stand between a verdict verb and its verdict: short, a number, the candidate."""
    return (
        len(token) <= 3
        or token.isdigit()
        or any(_is(token, c) for c in ("verdict_word", "deixis", "candidate"))
    )


def _verdict_only(window: list[str]) -> bool:
    """A verdict and nothing else after the verb ("as a strong match", "for interview", "10/10")."""
    if len(window) > 6 or not all(_glue(t) for t in window):
        return False
    return any(_is(t, "verdict_word") for t in window) or bool(_SCORE.search(" ".join(window)))


def _content(window: list[str]) -> bool:
    """A content order's object: a section after a preposition, or "that I have"."""
    for j, token in enumerate(window):
        if _is(token, "prep") and any(
            _is(t, "section") or _is(t, "first_person") for t in window[j + 1 : j + 4]
        ):
            return True
    return False


def _ordered(tokens: list[str], addressed: bool) -> str | None:
    """The kind of the first clause that starts with a verb of command whose object makes it an order."""
    for i in _clause_starts(tokens):
        token = tokens[i]
        if token not in _VERBS:  # every act below starts with a verb
            continue
        window = _window(tokens, i)
        negated = i > 0 and _is(tokens[i - 1], "not")
        concealed = negated or any(_is(t, "not") for t in window[:6])
        if _is(token, "conceal") and concealed and any(_is(t, "note") for t in window[:6]):
            return "override"
        if _is(token, "hide") and any(_is(t, "note") for t in window[:4]):
            return "override"
        if _is(token, "override") and any(_is(t, "rules") for t in window[:6]):
            return "override"
        if _is(token, "verdict") and not negated and (_targets(window) or _verdict_only(window)):
            return "ranking"
        if _is(token, "weak") and _targets(window) and any(_is(t, "verdict_word") for t in window):
            return "ranking"
        if _is(token, "content") and _content(window):
            return "edit"
        if addressed:
            for cls, kind in _ACTS:
                if _is(token, cls):
                    return kind
    return None


def _addressed(tokens: list[str], text: str) -> bool:
    """Whether the sentence speaks to a machine or a screener: a vocative ("AI, ...", "note to the
    ATS:"), a conditional "if you are an AI", a role ("you are now") or a system tag."""
    if _TAG.search(text) or _role(tokens, text) or _CONDITIONAL.search(text):
        return True
    for i, token in enumerate(tokens[:8]):
        if _is(token, "addressee") and i + 1 < len(tokens) and tokens[i + 1] in (",", ":", "!", "-", "—"):
            return True
    return False


@lru_cache(maxsize=4096)
def order_in(sentence: str) -> str | None:
    """The kind of order `sentence` gives a reader (`instructions` kinds), None for an ordinary one."""
    text = normalised(sentence)
    if _CJK_CHARS.search(text) and _CJK.search(text):
        return "ranking"
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return None
    addressed = _addressed(tokens, text)
    kind = _ordered(tokens, addressed)
    if kind:
        return kind
    if (_TAG.search(text) and len(tokens) > 3) or _role(tokens, text):
        return "role"
    return None
