"""A judge for greetbot's follow-up suggestions, written apart from the code it judges.

The follow-up feature: the sender sent a holiday greeting, the recipient answered, and the bot proposes 1-3
short messages the SENDER could send back, in the sender's voice, to this recipient. This module judges ONE
suggested message against ONE item of the frozen blind set ``tests/data/followup_blind_2026-12.json``. It was
written without reading ``bot/``, ``bench/`` or any other test; its rules come from the product description and
from an audit of known failures (``初六`` at 中秋, ``你呢`` thrown back at a mother who asked, a client's
invitation answered with overtime talk, ``论文投出去啊，还行，挺顺的`` to a teacher, ``想吃什啊`` to a partner).

Public API (pure, deterministic, standard library only):

- ``answers_kind(suggestion, item)``: the suggestion has the shape ``expect.answer_kind`` asks for.
- ``keeps_register(suggestion, item)``: 您 and no 你 for respectful/formal Chinese, no reflex 你呢, etc.
- ``holiday_right(suggestion, item)``: none of ``expect.other_holiday_words`` nor ``expect.forbidden`` appear.
- ``grammatical(suggestion, item)``: no glued fragment of the reply, clean punctuation, right language.
- ``passes(suggestion, item)``: ``{"answers", "register", "holiday", "grammatical", "all"}``.
- ``mood_right(predicted, item)`` and ``question_right(predicted, item)``: label checks for the reply analysis.

Every comparison is made on the NFKC form of the text (full-width ``，！？：；～`` become ``,!?:;~``, ``…`` becomes
``...``), case-insensitively where Latin letters are involved. Chinese items (``language == "zh"``) and English
items (``"en"``) have separate word lists; each rule below says which.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "HOLIDAYS",
    "MOODS",
    "QUESTIONS",
    "REGISTERS",
    "RELATION_CATEGORIES",
    "STYLES",
    "answers_kind",
    "grammatical",
    "holiday_right",
    "keeps_register",
    "mood_right",
    "passes",
    "question_right",
]

MOODS = ("happy", "teasing", "touched", "cold", "sad", "busy", "worried")
QUESTIONS = ("when", "where", "what", "choice", "yes_no", "how_are_you", "invitation", "request", "none")
REGISTERS = ("respectful", "intimate", "casual", "formal")
RELATION_CATEGORIES = ("家人", "恋人", "朋友", "同事", "领导", "客户", "老师", "其他")
STYLES = ("传统喜庆", "轻松自然", "LLM科技风", "商务得体")
HOLIDAYS = ("春节", "元宵", "清明", "端午", "中秋", "国庆", "元旦", "冬至", "七夕", "情人节", "教师节", "母亲节",
            "父亲节", "感恩节", "生日", "圣诞节")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")


# --------------------------------------------------------------------------- text helpers

def _nfkc(text: str) -> str:
    """NFKC form: full-width punctuation and letters become their ASCII forms, ``…`` becomes ``...``."""
    return unicodedata.normalize("NFKC", text or "")


def _low(text: str) -> str:
    """NFKC form, lower-cased (for matching words and phrases)."""
    return _nfkc(text).lower()


def _is_emoji(ch: str) -> bool:
    """A pictographic character: Unicode category So, or one of the emoji blocks."""
    cp = ord(ch)
    return (unicodedata.category(ch) == "So" or 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF
            or 0x2B00 <= cp <= 0x2BFF)


_EMOJI_JOINERS = {"\ufe0f", "\ufe0e", "\u200d", "\u20e3"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def _without_emoji(text: str) -> str:
    """Emoji (and their joiners, variation selectors, skin tones) replaced by a space."""
    return "".join(" " if (_is_emoji(c) or c in _EMOJI_JOINERS) else c for c in text)


def _cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))


def _words(text: str) -> list[str]:
    """Latin words (letters, digits, apostrophes), lower-cased."""
    return re.findall(r"[a-z0-9']+", _low(text))


_CLAUSE_SPLIT_ZH = re.compile(r"[,、;:。.!?~()\[\]\"'“”‘’《》「」\s]+")
_CLAUSE_SPLIT_EN = re.compile(r"[,;:。.!?~()\[\]\"“”]+|\s+-+\s+|\s+—\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=[。.!?])\s*")


def _clauses(text: str, language: str) -> list[str]:
    """The clauses of a text: split at punctuation (and, for Chinese, at spaces); emoji act as breaks."""
    t = _without_emoji(_nfkc(text))
    parts = (_CLAUSE_SPLIT_ZH if language == "zh" else _CLAUSE_SPLIT_EN).split(t)
    return [p.strip() for p in parts if p.strip()]


_VOCATIVES_ZH = ("妈", "妈妈", "老妈", "爸", "爸爸", "老爸", "宝贝", "宝宝", "宝", "亲爱的", "老婆", "老公", "哥", "姐",
                 "兄弟", "老弟", "老妹", "奶奶", "爷爷", "外婆")
_INTERJECTION_ZH = re.compile(r"^(哈哈+|嘿嘿+|嘻嘻+|呵呵+|hh+|哎呀+|哎哟|哎|诶|欸|哇+|噢|哦+|啊+|呀|嘿|哟|天哪|天呐|呜呜+)$")
_THANKS_ZH = re.compile(r"^(谢谢|感谢|多谢|谢啦|谢了)")
_INTERJECTION_EN = re.compile(r"^(ha(ha)*h?|aw+|aww+|oh+|wow|hey|hi|dear|haha+|hehe+|omg|ooh+|well)$")
_THANKS_EN = re.compile(r"^(thanks|thank you|thx|ty)\b")


def _content_clauses(text: str, item: dict) -> list[str]:
    """Clauses after dropping the leading ones that only address the person, laugh, or thank.

    A leading clause is dropped when, after removing the recipient's name (``item["recipient"]``) or a
    common form of address (妈, 宝贝, 亲爱的…, Mom, honey…) from its start, it is empty, an interjection
    (哈哈, 哎呀, aww, oh…) or a thanks (谢谢…, thanks…). 嗯 is never dropped: it is an answer.
    """
    language = item.get("language", "zh")
    names = [_low(item.get("recipient") or "")]
    if language == "zh":
        names += list(_VOCATIVES_ZH)
    else:
        names += ["mom", "dad", "babe", "honey", "sweetie", "dear", "love", "man", "mate"]
    names = sorted({n for n in names if n}, key=len, reverse=True)
    out = _clauses(text, language)
    while out:
        first = out[0].lower()
        for n in names:
            if first.startswith(n):
                first = first[len(n):].strip()
                break
        if language == "zh":
            droppable = (not first or _INTERJECTION_ZH.match(first) or _THANKS_ZH.match(first))
        else:
            droppable = (not first or _INTERJECTION_EN.match(first) or _THANKS_EN.match(first))
        if not droppable:
            break
        out.pop(0)
    return out


def _any_in(words, text_low: str) -> bool:
    return any(w and _low(w) in text_low for w in words)


# --------------------------------------------------------------------------- answer shapes

_TIME_ZH = re.compile(
    r"今天|今晚|今早|今儿|明天|明早|明晚|明儿|后天|昨天|前天|"
    r"[这本下上]{1,2}个?(周|星期|礼拜|月)|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|"
    r"月底|月初|月中|年底|年初|年后|年前|节后|节前|开年|开春|"
    r"[0-9一二三四五六七八九十两]+\s*(号|日|点|月)|[0-9]{1,2}:[0-9]{2}|"
    r"初[一二三四五六七八九十]|腊月|正月|除夕|年三十|大年|小年|"
    r"过几天|过两天|这两天|这几天|马上|立刻|一会儿|待会|等会|"
    r"下班|放学|早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨|早晨|"
    r"周末|假期|放假|寒假|暑假|长假|国庆|中秋|春节|过年|元旦|元宵|端午|五一|十一|清明|"
    r"明年|今年|下半年|上半年")
_DAYS_EN = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_EN = re.compile(
    r"\b(today|tonight|tomorrow|tmrw|tmr|yesterday|"
    rf"(this|next|coming) (morning|afternoon|evening|weekend|week|month|year|{_DAYS_EN})|{_DAYS_EN}s?|"
    r"weekend|noon|midnight|morning|afternoon|evening|"
    r"\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)|\d{1,2}(st|nd|rd|th)|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"end of (the )?(week|month|year)|early next \w+|"
    r"in (a|one|two|three|a few|a couple of|\d+) (days?|weeks?|months?)|"
    r"soon|asap|after (the )?(holidays?|new year|break)|o'clock|around \d|at \d)\b")

_PLACE_ZH = re.compile(
    r"家里|在家|回家|老家|我家|你家|您家|家中|婆家|娘家|这儿|这里|那儿|那里|这边|那边|本地|当地|外地|国外|附近|楼下|"
    r"楼上|门口|隔壁|对面|公司|单位|办公室|学校|母校|宿舍|食堂|医院|机场|车站|高铁站|地铁|前台|快递柜|驿站|"
    rf"[{_CJK}](市|省|县|区|镇|村|路|街|站|店|馆|楼|园|场|厅|院|寺|山|湖|海|岛|江|河|城|所|屋|铺)|"
    r"中心|广场|商场|酒店|民宿|餐厅|饭店|公园|游乐园|海边|郊区|"
    r"上海|北京|广州|深圳|杭州|成都|南京|武汉|西安|重庆|天津|苏州|长沙|厦门|青岛|三亚|大理|丽江|云南|海南|新疆|"
    r"西藏|哈尔滨|昆明|香港|澳门|台湾|日本|韩国|泰国|美国|英国|欧洲|东京|伦敦|巴黎|纽约|网上|淘宝|京东")
_PLACE_EN = re.compile(
    r"\b(home|here|there|office|downtown|uptown|airport|station|school|campus|hospital|restaurant|cafe|park|mall|"
    r"hotel|beach|city|town|place|house|apartment|center|centre|street|road|online|amazon|store|shop)\b")
_PROPER_PLACE_EN = re.compile(r"\b(at|in|near|to|from|around)\s+(the\s+|my\s+|our\s+|a\s+)?[A-Z][a-zA-Z]+")

_OPTION_ZH = re.compile(
    r"火锅|烧烤|撸串|串|饺子|包子|馄饨|面|粉|米线|饭|菜|鱼|虾|蟹|肉|鸡|鸭|鹅|排骨|牛|羊|汤|粥|寿司|日料|披萨|牛排|"
    r"西餐|川菜|湘菜|粤菜|烤鸭|麻辣烫|炸鸡|汉堡|沙拉|月饼|汤圆|粽子|蛋糕|奶茶|咖啡|茶|酒|甜品|冰淇淋|水果|海鲜|"
    r"小龙虾|烤肉|韩料|泰餐|家常菜|馅|电影|逛街|爬山|公园|spa|按摩|唱k|ktv|展览|演唱会|话剧|初[一二三四五六七八九十]")
_OPTION_EN = re.compile(
    r"\b(hotpot|hot pot|bbq|barbecue|pizza|sushi|noodles|dumplings|steak|thai|chinese|italian|japanese|korean|"
    r"mexican|indian|burgers?|ramen|tacos|pasta|salad|coffee|tea|wine|cake|pie|movie|cinema|brunch)\b")

_HOW_ZH = re.compile(
    r"挺好|还好|很好|都好|也好|好着|蛮好|不错|还行|凑合|顺利|顺心|一切正常|老样子|充实|忙|累|辛苦|适应|习惯|健康|"
    r"没事|放心|开心|好多了|好些了|退烧|退了|精神|稳定|正常|踏实|差不多|ok")
_HOW_EN = re.compile(
    r"\b(fine|good|great|well|okay|ok|alright|all right|busy|swamped|tired|exhausted|hanging in|holding up|"
    r"not bad|better|settled|hectic|amazing|thriving|growing|crazy|wild|doing)\b")

_HOW_FRAME_EN = re.compile(r"\b(i'm|i am|im|i've been|i have been|we're|we are|they're|they are|things are|"
                           r"it's been|been|doing|feeling|feel|work is|work's|life is|life's)\b")
_HOW_SET_PHRASE_EN = re.compile(r"\b(all good|not bad|hanging in|can't complain|holding up)\b")
_INVITE_ZH = re.compile(
    r"好呀|好啊|好嘞|好的|好哇|好!|好,|一定|没问题|荣幸|必须|当然|乐意|愿意|准时|肯定(去|来|到)|我(来|去|到)|行啊|行!|"
    r"可以|约|走起|安排|求之不得|那就|到时|赴约|到场|登门|拜访|上门|来!|去!|冲|上线|见面|见!|一起|找个|看您|看你|"
    r"看望|去看|来看|过去|过来|准到|"
    r"改天|下次|下回|回头|过阵子|等.{0,8}(再|忙完|回来|有空|方便)|恐怕|可能.{0,4}(不|没)|抱歉|不好意思|去不了|"
    r"来不了|走不开|另约|择日|再约|先不")
_INVITE_EN = re.compile(
    r"\b(sure|of course|definitely|absolutely|count me in|i'm in|im in|i'd love|would love|love to|happy to|"
    r"sounds (great|good|lovely|perfect|fun|wonderful)|i'll be there|see you|can't wait|yes|yeah|yep|"
    r"rain check|next time|another time|unfortunately|sorry|can't make|won't make)\b")

_REQUEST_ZH = re.compile(
    r"好|行|没问题|收到|放心|包在我身上|一定|马上|这就|立刻|现在就|可以|嗯|妥|安排|记下|记住|记得|了解|明白|遵命|"
    r"得令|转达|转告|带上|带过去|带回|给您|给你|发您|发你|已发|发了|转了|已转|送上|奉上|拿去|收好|ok|"
    r"但|可是|不过|恐怕|因为|来不及|买不到|没货|卖完|禁放|不让|试试|尽量|估计|抱歉|不好意思")
_REQUEST_EN = re.compile(
    r"\b(sure|of course|will do|on it|no problem|np|ok|okay|absolutely|definitely|yes|yep|i'll|i will|i can|"
    r"can do|happy to|done|sending|sent|right away|asap|sorry|unfortunately|can't|but)\b")

_YES_NO_START_ZH = re.compile(r"^(是|对|嗯|当然|必须|肯定|没|不|有|会|要|能|早|刚|已经|够|在)")
_YES_NO_ANY_ZH = re.compile(
    r"是的|是啊|是呀|对的|对啊|对呀|当然|已经|早就|刚刚|了|啦|过|没有|没呢|还没|还不|不是|不会|不用|不去|不回|不行|"
    r"不能|不要|不太|不够|并不|有的|有啊|会的|要的|能的")
_AGREE_ZH = re.compile(r"^(好|行|可以|ok)|可以|没问题")
_PERMISSION_ZH = re.compile(r"能|可以|行吗|行不行|好吗|好不好|要不要|怎么样|如何|吧\s*\?|那就|改到|调到")
_YES_NO_EN = re.compile(
    r"\b(yes|yeah|yep|yup|sure|of course|definitely|absolutely|totally|indeed|correct|already|not yet|no|nope|"
    r"nah|never|did|didn't|done|haven't|hasn't|won't|will|can't|can|still|finally|just|got|went|am|is|are|"
    r"was|were|on track)\b")

_ANTONYMS = {"冷": ("暖", "热"), "热": ("凉", "冷"), "忙": ("闲",), "多": ("少",), "远": ("近",), "累": ("轻松",),
             "贵": ("便宜",), "难": ("简单", "容易")}
_NON_ANSWER_LE = re.compile(r"辛苦了|太好了|麻烦了|费心了|破费了|客气了|受累了|谢谢了|有心了|久等了|对了|算了|极了|"
                            r"收到了|知道了|明白了")
_FILLER_ZH = re.compile(
    r"谢谢[^,。!?]{0,4}|感谢[^,。!?]{0,6}|也?祝[^,。!?]*|[^,。!?]{0,6}快乐|同乐|同喜|你也是|您也是|哈+|嘿+|嗯+|好的|"
    r"好呀|好啊|收到|到时候再说|回头再说|再说|都行|随便|还行|挺顺的")
_FILLER_EN = re.compile(
    r"thanks?( you)?( so much)?|you too|same to you|happy [a-z' -]+|merry christmas|cheers|lol|haha\w*|okay|ok|"
    r"sure|we'll see|see you")
_QWORD_ZH = re.compile(r"什么|啥|哪|怎么|怎样|咋|吗|呢|几[点号天个]|多少|\?")
_QWORD_EN = re.compile(r"\?|\b(what|which|where|when|how|why)\b")


def _reply_predicates(reply: str) -> list[str]:
    """Words a yes/no answer may echo, taken from the reply's question.

    ``X不X`` / ``X没X`` (A-not-A: 冷不冷, 回不回) and ``X不?`` (去不?) give ``X``; ``X吗`` (not ``了吗``) gives the
    character before 吗 (多吗 → 多). A head clause containing ``X``, ``不X`` or ``没X`` then counts as a yes or a no.
    """
    r = _nfkc(reply)
    preds = re.findall(rf"([{_CJK}])[不没]\1", r)
    preds += re.findall(rf"([{_CJK}])[不没](?:[?。.!,\s]|$)", r)
    preds += re.findall(rf"([{_CJK}])吗", r)
    return [p for p in preds if p not in "了的呢"]


def answers_kind(suggestion: str, item: dict) -> bool:
    """True when the suggestion has the shape ``item["expect"]["answer_kind"]`` asks for.

    When ``expect.must_mention_any`` is non-empty, at least one of its words must also appear (any kind).
    The "head" is the first two content clauses, after leading address/laughter/thanks clauses are dropped.

    - ``when``: a time expression anywhere: 今晚/明天/后天/周五/下周/下个月/月底/年后/节后/初三/腊月/3号/8点/
      早上/晚上/周末/国庆/过几天/马上…; English: tonight, tomorrow, this weekend, next week, on Friday, 6pm,
      the 3rd, January, in two weeks, soon, after the holidays…
    - ``where``: a place: 家/老家/公司/办公室/学校/这边/附近/门口, a CJK word ending in 市/区/路/站/店/馆/楼/园/
      山/湖/海…, a city or country name; English: home, office, downtown, station… or "at/in/near + Capitalised".
    - ``what``: the first sentence is not a question, and one of the first two sentences is declarative (no
      什么/啥/哪/吗/呢/?, no what/which/where/when/how/why) with at least 4 Chinese characters (3 English words)
      left once thanks, wishes and fillers are removed (谢谢…, 也祝…快乐, 同乐, 好的, 嗯, 到时候再说, 都行;
      thanks, you too, happy …, merry christmas, ok, sure…).
    - ``choice``: names a concrete option: one of ``must_mention_any`` when given (the options offered), else a
      word from a lexicon of dishes, drinks, places and outings (火锅, 饺子, 日料, 电影, hotpot, sushi, movie…).
      Handing the choice back (都行/随便/听你的/up to you) passes only if an option is named too.
    - ``yes_no``: the head carries an explicit yes or no: it starts with 是/对/嗯/当然/没/不/有/会/要/能/已经/
      刚…, or contains 是的/了/啦/过/没有/还没/不是/不会/不用…, or, only when the reply asks for permission or
      proposes something (能/可以/行吗/好吗/要不要/那就…?), agrees (好/行/可以/没问题), or echoes the reply's
      predicate (冷不冷 → 冷/不冷; 多吗 → 多/不多) or its opposite (冷 → 暖/热, 忙 → 闲, 多 → 少).
      Courtesy phrases with 了 (辛苦了, 太好了, 有心了, 收到了…) and an echoed A-not-A pair (冷不冷) are
      removed from the head first: they answer nothing. English: yes/yeah/no/nope/not yet/already/did/didn't/
      will/can/still/is/on track… in the head.
    - ``how_are_you``: says how the sender is: 挺好/还好/不错/还行/顺利/忙/累/适应/老样子/好多了…; English: a
      state word (fine, good, great, busy, tired, well…) in a first-person or status frame (I'm, I've been,
      we're, they're, things are, doing, feeling…), or a set phrase (all good, not bad, hanging in, holding up).
    - ``invitation``: accepts (好呀/好的/一定/没问题/荣幸/必须/当然/准时/我来/约/那就/到时/拜访…) or defers
      politely (改天/下次/等…再/恐怕/抱歉/不好意思/去不了…); English: sure, definitely, I'd love to, count me in,
      sounds great, see you, rain check, next time, sorry, unfortunately…
    - ``request``: agrees (好/行/没问题/收到/放心/包在我身上/马上/可以/记住/转达…) or explains (但/不过/恐怕/
      来不及/买不到/尽量…); English: sure, will do, on it, no problem, I'll, sorry, can't, but…
    - ``none``: nothing was asked, so any substantive text passes: at least 2 Chinese characters (2 English words).
    """
    exp = item["expect"]
    kind = exp["answer_kind"]
    language = item.get("language", "zh")
    t = _nfkc(suggestion)
    low = t.lower()
    must = exp.get("must_mention_any") or []
    if must and not _any_in(must, low):
        return False
    zh = language == "zh"
    if kind == "when":
        return bool(_TIME_ZH.search(t) if zh else _TIME_EN.search(low))
    if kind == "where":
        if zh:
            return bool(_PLACE_ZH.search(t))
        return bool(_PLACE_EN.search(low) or _PROPER_PLACE_EN.search(_without_emoji(t)))
    if kind == "what":
        sentences = [s for s in _SENTENCE_SPLIT.split(_without_emoji(t)) if s.strip()]
        # skip a leading pure address/laughter/thanks sentence
        while sentences and not _content_clauses(sentences[0], item):
            sentences.pop(0)
        if not sentences:
            return False
        qword = _QWORD_ZH if zh else _QWORD_EN
        if qword.search(sentences[0].lower()) and sentences[0].rstrip().endswith("?"):
            return False
        for s in sentences[:2]:
            if qword.search(s.lower()):
                continue
            rest = (_FILLER_ZH if zh else _FILLER_EN).sub(" ", s.lower())
            if (_cjk_count(rest) >= 4) if zh else (len(_words(rest)) >= 3):
                return True
        return False
    if kind == "choice":
        if must:
            return True
        return bool(_OPTION_ZH.search(low) if zh else _OPTION_EN.search(low))
    if kind == "yes_no":
        clauses = _content_clauses(t, item)[:2]
        if not clauses:
            return False
        if zh:
            clauses = [_A_NOT_A.sub(" ", _NON_ANSWER_LE.sub(" ", c)).strip() for c in clauses]
            permission = bool(_PERMISSION_ZH.search(_nfkc(item.get("reply", ""))))
            for c in clauses:
                if c and (_YES_NO_START_ZH.match(c) or _YES_NO_ANY_ZH.search(c.lower())):
                    return True
                if c and permission and _AGREE_ZH.search(c.lower()):
                    return True
            head = " ".join(clauses)
            for p in _reply_predicates(item.get("reply", "")):
                if p in head or any(w in head for w in _ANTONYMS.get(p, ())):
                    return True
            return False
        return bool(_YES_NO_EN.search(" ".join(clauses).lower()))
    if kind == "how_are_you":
        if zh:
            return bool(_HOW_ZH.search(low))
        return bool(_HOW_SET_PHRASE_EN.search(low) or (_HOW_EN.search(low) and _HOW_FRAME_EN.search(low)))
    if kind == "invitation":
        return bool(_INVITE_ZH.search(low) if zh else _INVITE_EN.search(low))
    if kind == "request":
        return bool(_REQUEST_ZH.search(low) if zh else _REQUEST_EN.search(low))
    if kind == "none":
        return _cjk_count(t) >= 2 if zh else len(_words(t)) >= 2
    raise ValueError(f"unknown answer_kind {kind!r}")


# --------------------------------------------------------------------------- register

_THROWBACK_ZH = re.compile(r"(^|[,。.!?~\s])那?(你|您)呢\s*([?!。.~]|$)")
_THROWBACK_EN = re.compile(r"\b(and you|what about you|how about you|and yourself)\s*\?")
_INTIMATE_ZH = re.compile(r"宝贝|亲爱的|么么|mua|啵啵|老婆|老公")
_SLANG_EN = re.compile(r"\b(lol|lmao|rofl|bro|dude|ya|u|ur|gonna|wanna|gotta|omg|wtf|tho|thx|pls|plz|btw|babe)\b")


def keeps_register(suggestion: str, item: dict) -> bool:
    """True when the suggestion speaks to this person in the register ``expect.register`` asks for.

    Chinese items:
    - ``respectful``/``formal``: no 你 at all (also not in 你们: 您 is the only second person allowed), no term
      of endearment (宝贝, 亲爱的, 老婆, 么么…), and when the recipient asked something (question != none) no
      bare reflex throwback clause 你呢/您呢/那您呢 (answer them; ask after them in a full sentence if at all).
    - ``intimate``/``casual``: 你 is fine; 您 is wrong toward a partner or a friend (category 恋人/朋友), where it
      sounds cold or sarcastic; to parents, siblings and colleagues it is tolerated.
    English items:
    - ``respectful``/``formal``: no chat slang (lol, lmao, bro, dude, u, ur, gonna, wanna, tho, thx, babe…) and,
      when they asked something, no reflex "And you?" / "What about you?" / "How about you?".
    - ``intimate``/``casual``: anything goes.
    """
    exp = item["expect"]
    register = exp["register"]
    t = _nfkc(suggestion)
    low = t.lower()
    asked = item.get("question", exp.get("answer_kind")) != "none"
    if item.get("language", "zh") == "zh":
        if register in ("respectful", "formal"):
            if "你" in t or _INTIMATE_ZH.search(low):
                return False
            if asked and _THROWBACK_ZH.search(t):
                return False
            return True
        if item.get("relation_category") in ("恋人", "朋友") and "您" in t:
            return False
        return True
    if register in ("respectful", "formal"):
        if _SLANG_EN.search(low):
            return False
        if asked and _THROWBACK_EN.search(low):
            return False
    return True


# --------------------------------------------------------------------------- holiday and forbidden words

def holiday_right(suggestion: str, item: dict) -> bool:
    """True when none of ``expect.other_holiday_words`` nor ``expect.forbidden`` occurs in the suggestion.

    Substring match on the NFKC, lower-cased text (so "christmas" matches "Christmas", "，" matches ","). The
    forbidden list carries the item's own traps (初六/过年 at 中秋, 爸妈 when talking to a parent, 你呢 to an
    asker who should be answered, 加班 to a client who asked about a visit, laughter to a sad or worried reply,
    清明快乐 at 清明, and the audit's glued fragments).
    """
    exp = item["expect"]
    low = _low(suggestion)
    return not _any_in(list(exp.get("other_holiday_words") or []) + list(exp.get("forbidden") or []), low)


# --------------------------------------------------------------------------- grammar

_DOUBLED = (
    re.compile(r"[,、;:]\s*[,、;:。.!?]"),   # a clause mark followed by any mark: "，，" "，。" "：，"
    re.compile(r"[。!?]\s*[,、;:]"),         # a sentence end followed by a clause mark: "。，" "！，"
    re.compile(r"。\s*。"),                  # "。。"
    re.compile(r"(?<!\.)\.\.(?!\.)"),        # exactly two dots
    re.compile(r"[!?]\s*。"),                # "！。" "？。"
)
_LEADING_MARK = re.compile(r"^\s*[,、;:。.!?]")
_END_MARKS = set("。.!?~")
_CLOSERS = set(")]}\"'”’」』》】")
_EMOTICON_END = re.compile(r"(:\)|;\)|:d|\^_\^|\^\^|:-\))$")
_STICKER_END = re.compile(r"\[[^\[\]]{1,6}\]$")
_STOCK_TAIL = re.compile(r"还行[\s,]*挺顺")

_QTAIL_ZH = re.compile(r"^(了?吗|了?没|了?么|呢|什么|啥|几|哪|怎|多少|\?)")
_LEFTOVER_ZH = re.compile(r"^(吗|呢|么|什么|啥|几|哪|怎|\?)")
_PARTICLE_ZH = re.compile(r"^[啊呀嘛哈哦呗喔噢]")
_BREAKS = set(",、;:。.!?~ \t\n")
_CUT_WORD = {"什": "么", "怎": "么样", "咋": "样么办", "哪": "里儿天个"}
_ECHOED_QWORD = re.compile(rf"什么|吗|啥|哪|怎么|几点|几号|多少|([{_CJK}])[不没]\1")
_A_NOT_A = re.compile(rf"([{_CJK}])[不没]\1")
_EN_QSTART = {"what", "when", "where", "how", "why", "which", "did", "do", "does", "are", "is", "will", "can",
              "could", "would"}


def _common_runs(a: str, b: str, min_len: int) -> list[tuple[int, int, int]]:
    """Maximal common runs of two sequences as ``(start_in_a, start_in_b, length)``, length >= ``min_len``."""
    runs = []
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] != b[j] or (i > 0 and j > 0 and a[i - 1] == b[j - 1]):
                continue
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k >= min_len:
                runs.append((i, j, k))
    return runs


def _ends_well(t: str) -> bool:
    """Ends with sentence punctuation (。.!?~, … as ...), an emoji, an emoticon or a [sticker] code."""
    s = t.rstrip()
    if not s:
        return False
    if _EMOTICON_END.search(s.lower()) or _STICKER_END.search(s):
        return True
    while s and (s[-1] in _EMOJI_JOINERS):
        s = s[:-1]
    if s and _is_emoji(s[-1]):
        return True
    while s and s[-1] in _CLOSERS:
        s = s[:-1].rstrip()
    return bool(s) and s[-1] in _END_MARKS


def _fragment_zh(sug: str, reply: str) -> bool:
    """A piece of the reply's question glued into the suggestion (see ``grammatical``)."""
    a, b = _nfkc(sug), _nfkc(reply)
    for i, j, k in _common_runs(a, b, 2):
        run = a[i:i + k]
        if _cjk_count(run) < 2:
            continue
        after_a, after_b = a[i + k:], b[j + k:]
        last = run[-1]
        if last in _CUT_WORD and after_b[:1] and after_b[0] in _CUT_WORD[last]:
            return True                                  # 想吃什|么 → "想吃什啊": a question word cut in half
        a_not_a = after_b[:1] in ("不", "没") and after_b[1:2] == last
        if k >= 3 and _cjk_count(run) >= 3 and (_QTAIL_ZH.match(after_b) or a_not_a):
            if _LEFTOVER_ZH.match(after_a):
                return True                              # copied question, question word left over
            at_clause_start = (i == 0 or a[i - 1] in _BREAKS or _is_emoji(a[i - 1]) or run[0] in _BREAKS
                               or _is_emoji(run[0]))
            if at_clause_start and _PARTICLE_ZH.match(after_a):
                return True                              # 投出去|了吗 → "投出去啊": truncated copy + particle
        if k >= 4 and _cjk_count(run) >= 3 and _ECHOED_QWORD.search(run):
            return True                                  # echoes a question fragment with its question word
    return False


def _fragment_en(sug: str, reply: str) -> bool:
    """English: a reply word cut short after a copied run, or a copied question of 4+ words."""
    a, b = _words(sug), _words(reply)
    for i, j, k in _common_runs(a, b, 2):
        if i + k < len(a) and j + k < len(b):
            nxt_a, nxt_b = a[i + k], b[j + k]
            if len(nxt_a) < len(nxt_b) and nxt_b.startswith(nxt_a):
                return True
        if k >= 4 and a[i] in _EN_QSTART:
            return True
    return False


def _verbatim(sug: str, reply: str, language: str) -> bool:
    """A run of 8+ characters (6+ of them letters/digits/CJK) copied from the reply; English: 6+ words."""
    if language == "zh":
        a, b = _low(sug), _low(reply)
        for i, _, k in _common_runs(a, b, 8):
            run = a[i:i + k]
            if sum(1 for c in run if c.isalnum()) >= 6:
                return True
        return False
    return bool(_common_runs(_words(sug), _words(reply), 6))


def grammatical(suggestion: str, item: dict) -> bool:
    """True when the suggestion reads as a clean message (heuristics; each one is a known failure).

    - not empty, and no empty clause: it does not start with a punctuation mark;
    - no doubled or clashing punctuation: ``，，`` ``，。`` ``。，`` ``。。`` ``！。`` ``..`` (``!!``, ``?!``,
      ``...``/``……`` and ``~~`` are fine);
    - ends with sentence punctuation (。！？.!?～~…), an emoji, an emoticon (``:)``, ``^_^``) or a ``[sticker]``;
    - no stock tail ``还行，挺顺的`` unless the recipient asked how the sender is (question ``how_are_you``);
    - not a verbatim copy of a run of the reply: 8+ characters with 6+ letters/digits/CJK (zh), 6+ words (en);
    - no fragment glued from the reply (zh): a common run with the reply that (a) ends inside a question word the
      reply completes (``想吃什`` + 么 → 想吃什啊), (b) is 3+ characters, stops where the reply goes on with its
      question tail (了吗/吗/么/呢/什么/几/哪/?, or 不X/没X of an A-not-A question: 工作忙|不忙) and goes
      on in the suggestion with a leftover question word (吗/呢/么/什么…) or, at a clause start, with a bare particle (啊/呀/嘛/哈/哦: ``论文投出去啊``), or (c) is
      4+ characters and carries a question word of the reply (什么/吗/啥/哪/怎么/几点/几号/多少, or an A-not-A
      pair such as 冷不冷);
      en: a reply word cut short right after a copied run, or a copied 4+-word run starting with a question word;
    - the language matches ``item.language``: a zh suggestion has at least 2 Chinese characters and no run of 3+
      English words (LLM, GPU, SPA alone are fine); an en suggestion has at least 2 English words and no run of
      3+ Chinese characters.
    """
    t = _nfkc(suggestion)
    language = item.get("language", "zh")
    reply = item.get("reply", "")
    if not t.strip() or _LEADING_MARK.match(t):
        return False
    plain = _without_emoji(t)
    if any(p.search(plain) for p in _DOUBLED):
        return False
    if not _ends_well(t):
        return False
    if item.get("question") != "how_are_you" and _STOCK_TAIL.search(t):
        return False
    if _verbatim(t, reply, language):
        return False
    if language == "zh":
        if _fragment_zh(t, reply):
            return False
        if _cjk_count(t) < 2 or re.search(r"[A-Za-z]+(?:[\s,'’-]+[A-Za-z]+){2,}", plain):
            return False
    else:
        if _fragment_en(t, reply):
            return False
        if len(_words(t)) < 2 or re.search(f"[{_CJK}]{{3,}}", t):
            return False
    return True


# --------------------------------------------------------------------------- verdicts

def passes(suggestion: str, item: dict) -> dict[str, bool]:
    """All four checks for one suggestion: ``answers``, ``register``, ``holiday``, ``grammatical`` and ``all``."""
    out = {
        "answers": answers_kind(suggestion, item),
        "register": keeps_register(suggestion, item),
        "holiday": holiday_right(suggestion, item),
        "grammatical": grammatical(suggestion, item),
    }
    out["all"] = all(out.values())
    return out


def mood_right(predicted: str, item: dict) -> bool:
    """Exact match of a predicted mood label with ``item["mood"]`` (labels: ``MOODS``)."""
    return predicted == item["mood"]


_EAT_BUY_DO = re.compile(r"吃|喝|买|送|玩|做|带|点|穿|干嘛|干啥|\b(eat|drink|buy|get|do|doing|order|cook|watch|play|"
                         r"wear)\b", re.IGNORECASE)


def question_right(predicted: str, item: dict) -> bool:
    """Exact match of a predicted question label with ``item["question"]``, with one leniency.

    ``what`` and ``choice`` are interchangeable when the reply asks what to eat, drink, buy, give, do, play,
    bring or wear (吃/喝/买/送/玩/做/带/点/穿/干嘛, eat/drink/buy/get/do/order/cook/watch/play/wear): such a
    question is a choice among options as much as an open "what" (晚上想吃什么, what are we doing tonight).
    """
    gold = item["question"]
    if predicted == gold:
        return True
    if {predicted, gold} == {"what", "choice"}:
        return bool(_EAT_BUY_DO.search(_nfkc(item.get("reply", ""))))
    return False
