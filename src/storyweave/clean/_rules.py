"""Page furniture and metadata lines, as data: a table of named patterns.

A line is furniture when it is made up *entirely* of segments that the rules
below match, one after another ("Downloading PDF. Please wait... Issue 2653"
is two segments). A line with any other text in it is kept: the rules are
written for precision, since removing a sentence of the article is worse than
keeping a share button.

Each rule names the reason recorded in the ``Removal``; a rule with a
``field`` also reads a value (the name in "By Alistair Farrow") into the
cleaned article's metadata. ``where="tail"`` rules only apply near the end of
an article (author bios), where such text is furniture; ``max_words`` stops a
loose pattern from swallowing a long line of prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_I = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    reason: str
    pattern: re.Pattern[str]
    field: str | None = None  # metadata key filled from the ``value`` group
    where: Literal["any", "tail"] = "any"
    max_words: int | None = None  # a match may span at most this many words


def _rule(
    name: str,
    reason: str,
    pattern: str,
    flags: int = _I,
    *,
    field: str | None = None,
    where: Literal["any", "tail"] = "any",
    max_words: int | None = None,
) -> Rule:
    # A segment ends at the end of the line or before whitespace, and eats that whitespace.
    compiled = re.compile(rf"(?:{pattern})(?=\s|$)\s*", flags)
    return Rule(name, reason, compiled, field, where, max_words)


# A personal name: capitalised words, with the usual lower-case particles.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|van|von|der|del|bin|al|la|le))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_WEEKDAY})?(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_TIME = r"(?:\s*(?:at\s+|[,|-]\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
# The name of an outlet as a donation prompt or a copyright line gives it:
# "Socialist Worker", "The Associated Press", "Antiwar.com" (case-sensitive
# inside the otherwise case-insensitive rules, so "our work" is no outlet).
_PUBLISHER = r"(?-i:(?:The )?[A-Z][\w&'’.-]*[\w](?:\s+(?:of |for |and )?[A-Z][\w&'’.-]*[\w]){0,4})"
# Photo agencies own a picture's copyright, not the article's.
_PHOTO_AGENCY = r"(?:Getty|Shutterstock|iStock|Alamy|Corbis|Rex|Newscom|Abaca|Sipa|EPA)"
_SHARE_WORD = (
    r"(?:share(?: this(?: article| story| page| post)?| on)?|tweet|email|e-mail|pin|print"
    r"|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger|flipboard|tumblr"
    r"|google\+?|copy(?: this)? link|save|comments?)"
)
_PHOTO_WORD = r"(?:pic|photo|picture|image|photograph|credit|photo credit|illustration)s?"
_AGENCY = (
    r"(?:Getty Images|Getty|AP|AFP|Reuters|EPA|CNET|Shutterstock|iStock(?:photo)?|Newscom"
    r"|Abaca Press|MCT|Bloomberg|Alamy|Corbis|PA|Rex Features|Sipa)"
)

RULES: tuple[Rule, ...] = (
    # --- comment forms and login prompts
    _rule(
        "leave-reply",
        "comment form",
        r"(?:leave|post|add|write) a (?:reply|comment)"
        r"(?:\s+cancel reply)?|cancel reply",
    ),
    _rule(
        "log-in-to-comment",
        "comment form",
        r"please log in using one of these methods to post your comment:?(?:\s+logo)?",
    ),
    _rule(
        "commenting-using",
        "comment form",
        r"you are commenting using your(?:\s+\S+){0,3}"
        r"\s+account\.?(?:\s*\(?\s*log out\s*/\s*change\s*\)?)?",
    ),
    _rule("log-out-change", "comment form", r"\(?\s*log out\s*/\s*change\s*\)?"),
    _rule("connecting", "comment form", r"connecting to %s"),
    _rule(
        "akismet",
        "comment form",
        r"this site uses akismet to reduce spam\."
        r"(?:\s*learn how your comment data is processed\.?)?",
    ),
    _rule(
        "notify-me",
        "comment form",
        r"notify me of (?:new|follow-up) (?:comments|posts)"
        r".{0,40}",
    ),
    _rule(
        "comment-icon",
        "share button",
        r"(?:twitter|facebook|google|wordpress\.com|gravatar)"
        r" (?:picture|photo|logo)",
        max_words=3,
    ),
    _rule(
        "comment-count",
        "comment form",
        r"(?:\d+ comments?|show comments|view comments"
        r"|comments? \(\d+\))",
        max_words=3,
    ),
    _rule(
        "sign-in",
        "login prompt",
        r"(?:sign|log) in(?: to (?:comment|continue|your account))?"
        r"[.!]?|already (?:a subscriber|have an account)\?.{0,60}|create (?:an|a free) account"
        r".{0,40}|register(?: now| for free)?[.!]?",
        max_words=12,
    ),
    # --- newsletter, subscription and donation prompts
    _rule(
        "sign-up",
        "newsletter prompt",
        r"sign up (?:for|to) .{0,80}?(?:newsletter|e-?mail|alert|update|briefing|digest)s?\b"
        r".{0,150}"
        r"|.{0,40}newsletter\s+sign up .{0,200}"
        r"|we have sent a confirmation email.{0,200}"
        r"|premium content for only.{0,150}",
        max_words=35,
    ),
    _rule(
        "subscribe",
        "newsletter prompt",
        r"subscribe(?: now| today| here| to (?:our|the) "
        r".{0,80})?[.!]?",
        max_words=15,
    ),
    _rule(
        "get-newsletter",
        "newsletter prompt",
        r"get (?:our|the) .{0,50}(?:newsletter|"
        r"email|briefing)s?.{0,60}",
        max_words=20,
    ),
    _rule(
        "thanks-registering",
        "newsletter prompt",
        r"thank you for (?:registering|subscribing|signing up)[.!]?",
    ),
    _rule(
        "donate",
        "donation prompt",
        rf"(?:please )?(?:make|give) a donation(?: to (?P<value>{_PUBLISHER}))?.{{0,60}}"
        rf"|donate(?: to (?P<value2>{_PUBLISHER}))?(?: now| today| here)?[.!]?",
        field="publisher",
        max_words=10,
    ),
    _rule("help-fund", "donation prompt", r"help (?:fund|support) .{1,50}", max_words=8),
    _rule(
        "support-journalism",
        "donation prompt",
        r"support (?:our|independent|quality) journalism.{0,80}",
        max_words=20,
    ),
    _rule(
        "become-member",
        "donation prompt",
        r"become a (?:member|patron|subscriber|supporter).{0,60}",
        max_words=12,
    ),
    # --- page furniture of news sites
    _rule("downloading-pdf", "page furniture", r"downloading pdf\.?\s*please wait\.*"),
    _rule(
        "article-age",
        "page furniture",
        r"this article is (?:over|more than) \d+ "
        r"(?:years?|months?)(?:,? \d+ months?)? old",
    ),
    _rule("issue-number", "issue number", r"issue (?:no\.?\s?)?#?\d{1,5}", max_words=4),
    _rule(
        "share-buttons",
        "share button",
        rf"{_SHARE_WORD}(?:[\s|:/,.·•-]+{_SHARE_WORD})*"
        r"[\s|:/,.·•-]*",
        max_words=10,
    ),
    _rule(
        "click-to-share",
        "share button",
        r"click to (?:share|email|print).{0,60}|read or share this story:?\s*\S*",
        max_words=14,
    ),
    _rule(
        "navigation",
        "navigation",
        r"(?:latest|top|breaking|more) (?:news|stories|headlines)"
        r"|related(?: articles| stories| news| content| posts| coverage| links)?:?"
        r"|most (?:read|popular|viewed|shared)|trending(?: now| news| stories)?"
        r"|recommended(?: for you| stories)?|read (?:more|next)(?: stories)?:?"
        r"|continue reading(?: the main story)?|story continued below|advertisement"
        r"|report this ad|skip (?:to|ad).{0,30}|editor'?s picks?|you (?:may|might) also like"
        r"|also:|more on this(?: story)?:?|watch:?|text size.{0,12}|reset|exclusive|photos?"
        r"|play (?:facebook|twitter|email|video)|back to top|view (?:gallery|comments|photos)"
        r"|read more from .{1,40}|slideshow \(\d+ images?\)",
        max_words=8,
    ),
    _rule(
        "related-link",
        "related link",
        r"(?i:related(?: content| coverage| stories)?|also|see also|read more(?: about)?|more)"
        r"\s*:\s*"
        r".{3,150}",
        flags=0,
        max_words=25,
    ),
    _rule("read-more-link", "related link", r".{1,200}\s+read more", max_words=30),
    _rule("bracketed-link", "related link", r"\[[^\].]{10,150}\]", flags=0, max_words=25),
    _rule(
        "media-placeholder",
        "media placeholder",
        r"please (?:enable|turn on) javascript.{0,80}|media playback is unsupported on your"
        r" device|this (?:video|feature|content) is (?:not|no longer) available.{0,60}"
        r"|rating is available when the video has been rented\.?"
        r"|your browser does not support.{0,60}|tweet with a location"
        r"|you need to enable javascript.{0,60}|this article appeared on page .{1,60}"
        r"|add a location to your tweets|the interactive transcript could not be loaded\.?"
        r"|javascript is disabled",
        max_words=20,
    ),
    _rule(
        "twitter-embed",
        "media placeholder",
        r"(?:you can add location information to your tweets"
        r"|when you tweet with a location, twitter stores that location).{0,400}",
    ),
    _rule(
        "separator", "separator", r"(?:[^\w\s]|_)+(?:\s+(?:[^\w\s]|_)+)*"
    ),  # a line of symbols only: "___", "+", "•••"
    # --- captions and credits
    _rule(
        "photo-label",
        "photo caption",
        rf"(?:{_PHOTO_WORD}|photographer)(?: illustration)?(?: by\s*:?\s+|\s*:\s*).{{1,120}}"
        r"|(?:logo|photo) - https?://\S+|enlarge (?:this )?image.{0,300}",
        max_words=20,
    ),
    _rule(
        "caption-trailing-credit",
        "photo caption",
        r".{0,400}?(?:\((?=[^()]{0,120}\b(?:photo|getty|images?|reuters|(?-i:AP|AFP|EPA))\b)[^()]{1,120}\)"
        rf"|\b(?:{_PHOTO_WORD}|photographer)(?: by)?\s*:\s*[^.\[\]]{{1,60}}"
        r"|\b(?:AP Photo|REUTERS)/[^.]{1,60}"
        r"|(?<=[.)] )[\w.'’ -]{2,40}(?:/|\s+via\s+)(?:Getty Images|AFP|AP|Reuters|EPA))\.?",
        max_words=80,
    ),
    _rule(
        "caption-credit",
        "photo caption",
        rf".{{0,400}}\((?:{_PHOTO_WORD})\s*:\s*[^()]{{1,80}}"
        r"\)",
        max_words=80,
    ),
    _rule("image-caption", "photo caption", r"image (?:copyright|caption) .{1,300}"),
    _rule(
        "image-source",
        "photo credit",
        r"source:\s*.{0,30}(?:images?|photos?|getty|pictures).{0,30}",
        max_words=8,
    ),
    _rule(
        "agency-credit",
        "photo credit",
        rf"(?:by\s+)?(?:[\w.'’ -]{{2,40}}(?:/|\s+via\s+))*{_AGENCY}(?:\s+Images)?"
        r"(?:/[\w.'’ -]{1,40})*\.?",
        flags=0,
        max_words=8,
    ),
    _rule(
        "copyright",
        "copyright notice",
        rf"(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s+(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+)?"
        rf"(?:(?!{_PHOTO_AGENCY}\b)(?P<value>{_PUBLISHER}))?.{{0,200}}"
        r"|all rights reserved\.?|this material may not be published, broadcast, rewritten,?"
        r" or redistributed\.?",
        field="publisher",
        max_words=40,
    ),
    _rule(
        "reporting-credit",
        "credit",
        r"\((?:additional )?(?:reporting|writing|editing) by"
        r" .{1,200}\)",
    ),
    # --- social prompts
    _rule(
        "follow",
        "social prompt",
        r"follow\s+\S.{0,80}?\s+on\s+(?:twitter|facebook|instagram|google\+|social media).{0,80}"
        r"|follow\s+(?:@\w+|[\w.]+:).{0,80}|(?:twitter|facebook|instagram)\s*:\s*@\w+\.?"
        r"|(?:join|like) (?:the conversation|us) (?:on|at):? .{0,100}|have a tip.{0,80}"
        r"|.{0,60} can be reached (?:on twitter )?at .{0,80}|write to .{1,40} at \S+@\S+"
        r"|(?:e-?mail|twitter|instagram)\s*:?\s*@?[\w.+-]+(?:@[\w.-]+)?\.?"
        r"|(?:follow|like) (?:us|\w+)(?: on)?:\s*https?://\S+"
        r"|to contact the (?:reporter|editor)s? .{0,200}"
        r"|call .{0,60} at \(?\d{3}\)?[\s.-]?\d{3}-\d{4}\.?",
        max_words=20,
    ),
    # --- metadata lines: recorded, then removed from the analysed text
    _rule(
        "byline",
        "byline",
        rf"(?i:by):?\s+(?P<value>{_NAMES})",
        flags=0,
        field="byline",
        max_words=12,
    ),
    _rule(
        "byline-upper",
        "byline",
        r"BY:?\s+(?P<value>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)*)",
        flags=0,
        field="byline",
        max_words=8,
    ),
    _rule(
        "posted-by",
        "byline",
        rf"(?i:posted|written|published|reported) (?i:by):?"
        rf"(?:\s+(?P<value>{_NAMES}))?",
        flags=0,
        field="byline",
        max_words=12,
    ),
    _rule(
        "author-line",
        "byline",
        rf"(?i:author):\s*(?P<value>{_NAMES})",
        flags=0,
        field="byline",
        max_words=10,
    ),
    _rule(
        "source-line",
        "source line",
        r"source:\s*(?!.*(?:image|photo|getty|shutterstock|pictures))(?P<value>[^.:;]{2,60})",
        field="source",
        max_words=8,
    ),
    _rule(
        "date-line",
        "date line",
        rf"(?:(?:published|updated|posted|last updated)(?: on)?:?\s*)?"
        rf"(?P<value>{_DATE}){_TIME}"
        r"|(?:[—-]\s*)?updated(?: at)? \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?"
        r"|(?:last )?updated at \d{1,2}[:.]\d{2}\s*[ap]\.?m\.? on "
        rf"(?P<value2>{_DAY}\s+{_MONTH}\s+\d{{4}})",
        field="date_line",
        max_words=12,
    ),
    _rule(
        "author-bio",
        "author bio",
        r"(?P<value>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+) is (?:a |an |the )?(?:[\w-]+ ){0,4}"
        r"(?:journalist|writer|editor|reporter|correspondent|columnist|contributor|author"
        r"|freelancer|blogger|analyst|producer|anchor)s?\b.{0,500}",
        flags=0,
        field="bio",
        where="tail",
    ),
)
