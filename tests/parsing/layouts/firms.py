"""Employers named as partnerships, as firms print them in every generated language.

Law, accounting and family firms list their partners' names with commas before the last joined by
`&` or the language's `and` (`Smith, Jones & Co.`, `Егоров, Пугинский и партнёры`): the commas are
the name's own, not the separator between an employer and its city. `PAIRED` are the near miss: a
firm of two names with no comma in it (`Harper & Lowe`), after which a comma still leads to a place
or comes after a title. Chinese and Japanese resumes name such firms in Latin letters.
"""

from __future__ import annotations

_LATIN = (
    "Smith, Jones & Co.",
    "Harper, Lowe & Partners LLP",
    "Wallace, Reid, Dunn & Sons",
    "Baker, Tilly & Associates",
)

SERIAL: dict[str, tuple[str, ...]] = {
    "en": _LATIN,
    "fr": (
        "Dupont, Lefèvre & Associés",
        "Moreau, Girard et Fils",
        "Bernard, Roux & Cie",
        "Lambert, Petit, Faure & Associés",
    ),
    "de": (
        "Müller, Schmidt & Partner",
        "Becker, Wolf & Söhne",
        "Hoffmann, Krause und Kollegen",
        "Weber, Braun & Co. KG",
    ),
    "es": (
        "Pérez, Gómez & Asociados",
        "Ruiz, Navarro y Compañía",
        "Ortega, Castillo & Hijos",
        "Molina, Vidal, Serra & Asociados",
    ),
    "pt": (
        "Souza, Lima & Associados",
        "Ferreira, Costa e Filhos",
        "Almeida, Rocha & Cia.",
        "Pereira, Gomes, Santos & Advogados",
    ),
    "it": (
        "Rossi, Bianchi & Associati",
        "Ferrari, Esposito e Figli",
        "Colombo, Ricci & C.",
        "Greco, Marino, Bruno & Partners",
    ),
    "nl": (
        "Jansen, de Vries & Partners",
        "Bakker, Visser en Zonen",
        "Smit, Mulder & Co.",
        "Bos, Vos, Dekker & Partners",
    ),
    "pl": (
        "Nowak, Kowalski i Wspólnicy",
        "Wiśniewski, Wójcik & Partnerzy",
        "Kamiński, Lewandowski i Synowie",
        "Zieliński, Szymański & Wspólnicy",
    ),
    "ru": (
        "Егоров, Пугинский и партнёры",
        "Иванов, Смирнов & Co.",
        "Кузнецов, Попов и партнёры",
        "Соколов, Лебедев, Козлов и партнёры",
    ),
    "zh": _LATIN,
    "ja": _LATIN,
}
"""Per language, partnerships whose names hold commas (`Smith, Jones & Co.`)."""

_LATIN_PAIRED = ("Harper & Lowe", "Smith & Sons", "Baker & Tilly", "Reid & Dunn")

PAIRED: dict[str, tuple[str, ...]] = {
    "en": _LATIN_PAIRED,
    "fr": ("Moreau & Fils", "Dupont et Associés", "Girard & Cie", "Roux & Faure"),
    "de": ("Becker & Söhne", "Müller und Partner", "Wolf & Krause", "Braun & Co. KG"),
    "es": ("Ortega y Hijos", "Pérez & Asociados", "Ruiz & Navarro", "Vidal y Compañía"),
    "pt": ("Ferreira & Filhos", "Souza e Associados", "Rocha & Cia.", "Gomes & Santos"),
    "it": ("Ferrari & Figli", "Rossi e Associati", "Ricci & C.", "Marino & Bruno"),
    "nl": ("Visser & Zonen", "Jansen en Partners", "Mulder & Co.", "Vos & Dekker"),
    "pl": ("Nowak i Synowie", "Wójcik & Partnerzy", "Kowalski i Wspólnicy", "Zieliński & Syn"),
    "ru": ("Иванов и партнёры", "Смирнов & Co.", "Попов и сыновья", "Козлов и партнёры"),
    "zh": _LATIN_PAIRED,
    "ja": _LATIN_PAIRED,
}
"""Per language, firms of two names with no comma (`Harper & Lowe`): the near miss."""
