"""Answers that answer: the kind of question decides the shape of the reply, and the person decides its words.

"什么时候回家？" gets a time, "论文投出去了吗？" a yes (or a not yet), "晚上想吃什么？" a dish, "来家里吃饭吧" an
acceptance (or a polite "next time"), "帮我带点特产" a promise. The question's own words are turned round to the
sender's side (你→我, 我→你/您, 来→去) and put back whole, so no half-word of the question is glued in. The person
decides the rest: 您 for a teacher, a client or a boss; no "你呢" tossed back at someone who asked; the holiday's
own words (月饼 at 中秋, never 初六); nothing about "陪爸妈" when talking to one's mother.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.followup.question_kinds import question_kind

# The person -----------------------------------------------------------------------------------------

_ELDERS = re.compile(r"奶奶|爷爷|外婆|外公|姥姥|姥爷|伯|叔|姨|舅|姑|婶|大爷|大妈|阿姨|老师|师父|师傅|教授|导师")
# Relations that are elders whatever they are called: in-laws called 妈 and 爸, grandparents, parents' siblings.
_ELDER_RELATIONS = re.compile(r"岳[父母]|丈母娘|老丈人|婆婆|公公|亲家|祖[父母]|外?祖|奶奶|爷爷|外婆|外公|姥|舅|姑(?!娘)|姨(?!妹|姐)|伯|叔"
                              r"|婶|in-law|grand(?:ma|pa|mother|father)|uncle|aunt", re.I)
_PARENTS = re.compile(r"^(?:老)?(?:妈|爸|妈妈|爸爸|老妈|老爸|母亲|父亲|娘|爹|mom|dad|mum|mother|father)$", re.I)
_PEERS = {"朋友", "同事", "恋人"}


@dataclass(frozen=True)
class Listener:
    """Who is asking, as far as the words of an answer go."""

    name: str | None
    category: str | None  # 家人 | 恋人 | 朋友 | 同事 | 领导 | 客户 | 老师 | 其他
    style: str
    holiday: str | None
    said_nin: bool = False  # what the sender wrote them said 您 and never 你: the follow-up keeps that voice
    relation: str | None = None  # 岳母, 舅舅, 邻居大爷: an elder by the relation, whatever the 称呼 (妈, 舅)

    @property
    def respectful(self) -> bool:
        # A business style towards a partner, a friend or family is a joke of tone, not a reason for 您.
        business = self.style == "商务得体" and self.category not in ("家人", "恋人", "朋友")
        return self.category in ("领导", "客户", "老师") or business or bool(self.name and _ELDERS.search(self.name)) \
            or bool(self.relation and _ELDER_RELATIONS.search(self.relation)) or self.said_nin

    @property
    def you(self) -> str:
        return "您" if self.respectful else "你"

    @property
    def parent(self) -> bool:
        return bool(self.name and _PARENTS.match(self.name))

    @property
    def peer(self) -> bool:
        """Someone to whom "你呢？" after an answer is natural, not a reflex."""
        return self.category in _PEERS and not self.respectful

    @property
    def close(self) -> bool:
        return self.category in ("家人", "恋人")

    def address(self, text: str) -> str:
        return f"{self.name}，{text}" if self.name else text


# The holiday's own words ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayTalk:
    greet: str  # a wish that names it
    times: tuple[str, ...]  # when someone comes home or meets, around it
    food: tuple[str, ...]
    gift: str  # what one brings to a visit
    after: str  # "after the holiday"


_DEFAULT_TALK = HolidayTalk("节日快乐", ("这周末", "周五晚上", "下周"), ("火锅", "烤鱼", "家常菜"), "一箱水果", "过几天")
_TALK: dict[str, HolidayTalk] = {
    "春节": HolidayTalk("过年好", ("腊月二十八", "除夕前一天", "小年那天"), ("饺子", "年夜饭", "火锅"), "两瓶好酒", "年后"),
    "除夕": HolidayTalk("除夕快乐", ("除夕下午", "年三十中午", "腊月二十九"), ("年夜饭", "饺子", "火锅"), "两瓶好酒", "年后"),
    "元旦": HolidayTalk("元旦快乐", ("元旦前一天", "周五晚上", "假期第一天"), ("火锅", "烤鱼", "家常菜"), "一箱水果", "元旦后"),
    "元宵": HolidayTalk("元宵快乐", ("元宵节当天", "周五晚上", "这周末"), ("汤圆", "元宵", "火锅"), "一盒汤圆", "过完元宵"),
    "中秋": HolidayTalk("中秋快乐", ("中秋前一天", "周五晚上", "节前一天"), ("大闸蟹", "火锅", "家常菜"), "一盒月饼", "节后"),
    "国庆": HolidayTalk("国庆快乐", ("十月一号", "假期第一天", "九月三十号晚上"), ("火锅", "烤鱼", "家常菜"), "一箱水果", "节后"),
    # A day of remembrance: wished 安康, never 快乐.
    "清明": HolidayTalk("清明安康", ("清明前一天", "周五晚上", "假期第一天"), ("青团", "家常菜", "火锅"), "一盒青团", "节后"),
    "端午": HolidayTalk("端午安康", ("端午前一天", "周五晚上", "假期第一天"), ("粽子", "火锅", "家常菜"), "一袋粽子", "节后"),
    "冬至": HolidayTalk("冬至快乐", ("冬至那天晚上", "周五晚上", "这周末"), ("饺子", "羊肉汤", "火锅"), "一袋饺子", "过几天"),
    "七夕": HolidayTalk("七夕快乐", ("今晚下班后", "七夕那天晚上", "这周末"), ("西餐", "火锅", "日料"), "一束花", "过几天"),
    "情人节": HolidayTalk("情人节快乐", ("今晚下班后", "情人节那天晚上", "这周末"), ("西餐", "火锅", "日料"), "一束花", "过几天"),
    "圣诞": HolidayTalk("圣诞快乐", ("平安夜晚上", "圣诞节上午", "这周末"), ("火鸡", "火锅", "西餐"), "一瓶红酒", "过几天"),
    "生日": HolidayTalk("生日快乐", ("周六", "周五晚上", "这周末"), ("蛋糕", "火锅", "家常菜"), "一个蛋糕", "过几天"),
}
# Spring Festival's words, which must not leak into a conversation about another holiday (元旦 is a new year too).
_LUNAR_NEW_YEAR = r"过年|年后|年前|年夜饭|初[一二三四五六七八九十](?!中)|除夕|腊月|拜年|新春|春节"
_FOREIGN = {"元旦": re.compile(_LUNAR_NEW_YEAR)}
_NOT_NEW_YEAR = re.compile(_LUNAR_NEW_YEAR + r"|年底|新年|新的一年|来年")


def talk_of(holiday: str | None) -> HolidayTalk:
    return _TALK.get(holiday or "", _DEFAULT_TALK)


def spring(holiday: str | None) -> bool:
    return holiday in ("春节", "除夕", "小年", "腊八", None)


def foreign_words(holiday: str | None) -> re.Pattern[str] | None:
    """What a message at this holiday must not say: Spring Festival's words, unless it is Spring Festival (or a
    birthday, which falls in any season: "过年我初二就去" is a plan, not a wrong wish)."""
    return None if spring(holiday) or holiday == "生日" else _FOREIGN.get(holiday or "", _NOT_NEW_YEAR)


# Turning the question round ---------------------------------------------------------------------------

_LEAD = re.compile(r"^(?:那|所以|对了|话说|哈+|嘿嘿|嗯+|哦+|诶|欸|哎呀|好孩子|好的?|宝贝|亲爱的|[，,\s])+")
_SUBJECT = re.compile(r"^(?:你们|你|您)(?:俩|两个)?")
_STICKER = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|\[[\u4e00-\u9fff]{1,4}\]")  # 😆, 🤣, [捂脸]
# End particles; never the 么 of 什么 or the 没 of 有没: cutting those left "想吃什啊" in the old answers.
_TAIL = re.compile(r"(?:吗|(?<!什)么|嘛|呢|啊|呀|吧|哈|啦|(?<!有)没有?)+$")


def _swap(text: str, you: str, name: str | None = None) -> str:
    """The asker's words as the sender says them back: 你→我, 我→你/您, 来X→去X, and the asker naming themself
    ("带对象回来给爷爷看看") → 您."""
    out = text.replace(name, "我") if name and len(name) > 1 else text
    out = re.sub(r"你们|您们", "我们", out)
    out = re.sub(r"我们|咱们", "\0", out)
    out = re.sub(r"[你您]", "\1", out)
    out = out.replace("我", you).replace("\1", "我").replace("\0", "我们")
    return re.sub(r"^过来", "过去", re.sub(r"^来(?![了的])", "去", out))


def _gist(question: str, you: str, name: str | None = None) -> str:
    """The question without its lead-in, its subject and its end particles, turned round."""
    text = _STICKER.sub("", question.strip())
    text = re.sub(r"[？?！!。.，,~～\s]+$", "", text)
    text = _SUBJECT.sub("", _LEAD.sub("", text))
    return _swap(_TAIL.sub("", text), you, name)


# Where what a question says can be cut so that an answer repeats only its end: "小宝的疫苗|打完了", "报表后来|领导签字了",
# "推理引擎|下季度能上线".
_CUT = re.compile(r"(?<=的)|(?<=了)|(?<=后来)|(?=把|能|会|要|都|已经|还|在|下季度|月底|年前|年后|明天|下周|这周|今天|今晚)")


def _short(gist: str, question: str, limit: int = 7) -> str:
    """What an answer repeats of the question: all of it when turned round in our words ("带点我们那的特产"), else
    its end, at most `limit` characters ("打完了", not "小宝的疫苗打完了" back: a person does not copy the asker's
    sentence); "" when no cut leaves a short enough end."""
    if len(gist) <= limit or not any(gist[i:i + 8] in question for i in range(len(gist) - 7)):
        return gist
    for m in _CUT.finditer(gist):
        if 2 <= len(rest := gist[m.start():]) <= limit:
            return rest
    return ""


def _split(question: str, rx: str) -> tuple[str, str]:
    m = re.search(rx, question)
    return (question[:m.start()], question[m.end():]) if m else ("", question)


_TIME_REFINE = {"年后": "年后第一周", "下周": "下周三", "明天": "明天上午", "后天": "后天下午", "周末": "周六上午",
                "这周": "这周五", "下个月": "下个月初", "月底": "月底前", "过年": "腊月二十八", "假期": "假期第一天",
                "国庆": "十月一号", "中秋": "中秋前一天", "今晚": "今晚八点", "晚上": "晚上七点"}
_TIME_WORD = re.compile("|".join(sorted(_TIME_REFINE, key=len, reverse=True)))


def _times(before: str, who: Listener) -> list[str]:
    """Three answers to "when", refining a time the question gave (年后 → 年后第一周) or fitting the holiday."""
    if m := _TIME_WORD.search(before):
        given = m.group(0)
        return [_TIME_REFINE[given], given, _TIME_REFINE[given]]
    return list(talk_of(who.holiday).times)


# Answers by kind --------------------------------------------------------------------------------------


def _when(q: str, who: Listener) -> list[str]:
    before, after = _split(q, r"什么时候|啥时候|啥辰光|几点|几号|哪天|哪一天|何时|什么时间|啥时|多久|初几|几月份|几月|几时|几天")
    verb = _gist(after, who.you, who.name)
    if verb.endswith("的") and not re.match(r"(?:能|会|要|可以|打算|准备)", verb):
        # "你什么时候偷偷学会包饺子的": when it happened, not a plan ("什么时候能给个书面的" is one)
        done = _short(verb[:-1], q, 6) or "弄"
        return [who.address(f"就上个月，{done}的，没告诉{who.you}。"), who.address(f"上周{done}的，一直没说。"),
                who.address(f"月初就{done}好了，想给{who.you}一个惊喜。")]
    verb = _short(re.sub(r"^(?:能|会|要|打算|准备|可以)", "", verb), q, 6)
    t1, t2, t3 = ("十一点前", "中午前", "十一点左右") if "几点" in q else _times(before, who)
    if ride := re.match(r"的(车|火车|高铁|飞机|航班|船|大巴)", verb):  # "初二几点的车": the train's time, said as one
        t1, t2, t3 = ("上午十点", "中午十二点", "下午两点") if "几点" in q else (t1, t2, t3)
        return [who.address(f"{t1}的{ride.group(1)}，{'到了跟您说' if who.respectful else '到了跟你说'}。"),
                who.address(f"{t2}那趟，票已经买好了。"), who.address(f"{t3}的，不用特意来接。")]
    invited = bool(re.search(r"来|聚|聊|见|坐", after))
    if who.respectful:
        tails = ("到时候提前跟您约时间", "具体时间我再跟您确认", "一定准时")
    elif who.close:
        tails = ("已经在看票了", "到了第一时间告诉你", "等我")
    else:
        tails = ("到时候喊你", "定了告诉你", "等我消息")
    lead = "好的，" if invited and who.respectful else ("好呀，" if invited else "")
    return [who.address(f"{lead}{t1}我就{verb}，{tails[0]}。" if verb else f"{lead}{t1}，{tails[0]}。"),
            who.address(f"打算{t2}{verb}，{tails[1]}。" if verb else f"打算{t2}，{tails[1]}。"),
            who.address(f"{t3}吧，{tails[2]}！" if not who.respectful else f"{t3}，{tails[2]}。")]


_PLACES_CLOSE = ("家里", "老家", "这边")
_PLACES = ("家里", "本地", "附近")
# A place of the kind asked for ("哪个场馆", "哪家医院"), and where work is done for a meeting or a visit.
_PLACES_OF = {"场馆": ("体育中心", "奥体中心", "市体育馆"), "体育馆": ("市体育馆", "体育中心", "学校体育馆"),
              "城市": ("杭州", "成都", "苏州"), "医院": ("市一院", "人民医院", "中医院"),
              "学校": ("实验学校", "外国语学校", "育才学校"), "公司": ("一家做新能源的公司", "一家外企", "一家创业公司"),
              "小区": ("阳光花园", "滨江小区", "公司附近的小区")}
_PLACES_SHOP = ("楼下那家", "老地方那家", "新开的那家")  # 哪家, 哪个店, 哪个餐厅: said with the noun ("那家店")
_PLACES_WORK = ("公司三楼会议室", "客户公司", "附近的酒店会议室")
_WORK_TALK = re.compile(r"会议|开会|会(?:定|约|安排|在)|客户|项目|展会|培训|面试|签约|汇报|评审|讲座")
_ASKED_PLACE = re.compile(r"哪(?:个|一个|家)?(场馆|体育馆|城市|医院|学校|公司|小区|店|餐厅|饭店|馆子|酒店|酒吧?|咖啡馆|茶馆|火锅)"
                          r"|哪家|哪里|哪儿|哪边|哪个地方|哪")


def _where(q: str, who: Listener) -> list[str]:
    gist = _gist(q, who.you, who.name)
    asked = _ASKED_PLACE.search(gist)
    noun = asked.group(1) if asked else None
    if noun in _PLACES_OF:
        places, tails = _PLACES_OF[noun], ("就在那儿", "离得不远", "到时候发您定位" if who.respectful else "回头发你定位")
    elif noun or (asked and asked.group(0) == "哪家"):
        shop = {"酒": "酒吧", "火锅": "火锅店", None: "店"}.get(noun, noun)
        places, tails = tuple(p + shop for p in _PLACES_SHOP), ("味道不错", "环境挺好", "之前去过，靠谱")
    elif _WORK_TALK.search(gist):
        places = _PLACES_WORK
        tails = ("我提前过去准备", "地址稍后发您" if who.respectful else "地址回头发你", "已经订好了")
    else:
        places, tails = (_PLACES_CLOSE if who.close else _PLACES), ("挺好的", "清净点", "省得折腾")
    texts = []
    before = gist[:asked.start()] if asked else ""
    if len(before) > 5:  # "明天跟客户的会定在|哪了": a person says "定在…", not the whole question back
        before = re.split(r"[的了]", before)[-1][-5:]
    for place, tail in zip(places, tails):
        said = before + place + gist[asked.end():] if asked else f"在{place}"
        texts.append(who.address(f"{said}，{tail}。"))
    return texts


_OPTIONS = {"吃": None, "喝": ("奶茶", "热茶", "一杯热红酒"), "买": ("水果", "一束花", "你爱吃的零食"),
            "带": ("水果", "特产", "一盒点心"), "玩": ("桌游", "剧本杀", "去郊外走走"), "看": ("电影", "那部新剧", "演唱会"),
            "送": ("一束花", "一条围巾", "一本书"), "做": ("红烧肉", "糖醋排骨", "饺子"), "点": ("火锅", "烤鱼", "披萨")}


def _choice(q: str, who: Listener) -> list[str]:
    gist = _gist(q, who.you, who.name)
    # "传统五仁和流心奶黄哪个更受欢迎", "A方案和B方案选哪个": the two options said before 哪个
    if m := re.search(r"([^，,。\s和跟与]{1,8})(?:和|跟|与)([^，,。\s和跟与]{1,8}?)(?:选|挑|要)?哪(?:个|一个|种|款)", gist):
        gist = f"{m.group(1)}还是{m.group(2)}"
    if m := re.search(r"要么(.{1,6}?)[\s，,]*要么(.{1,8}?)(?:[\s，,？?]|$)", q):  # "要么去大理 要么去青岛 你挑一个"
        gist = f"{m.group(1)}还是{m.group(2)}"
    elif m := re.search(r"([^，,。\s]{1,8})或者([^，,。\s？?]{1,8})", q):  # "看烟花或者在家打游戏"
        gist = f"{m.group(1)}还是{m.group(2)}"
    if m := re.search(r"(.{1,8})还是(.{1,8})$", gist):
        a, b = m.group(1), m.group(2)
        a = re.sub(r"^.*?是(?=\S{2})", "", a) if len(a) > 5 else a  # "五彩绳是系手腕上还是…": the option, not the thing
        a = re.sub(r"^(?:想|要|是)", "", a)
        b = re.sub(r"(?<=[你您])这(?=儿|里|边|$)", "那", b)  # "老家还是我这": their place is 你那 to us
        return [who.address(f"{a}吧，{b}下次再说。"), who.address(f"我选{b}！"), who.address(f"{a}就挺好，听{who.you}的也行。")]
    m = re.search(r"(吃|喝|买|带|玩|看|送|做|点|要)(点|些)?(什么|啥)", gist)
    verb = m.group(1) if m else "吃"
    options = _OPTIONS.get(verb) or talk_of(who.holiday).food
    if verb == "吃" and who.close:
        options = (options[0], f"{who.you}做的拿手菜", options[1])
    said = [re.sub(r"(点|些)?(什么|啥)", "", gist, count=1).replace(verb, verb + opt, 1) if m else f"{verb}{opt}"
            for opt in options]
    return [who.address(f"{said[0]}！{who.you}定也行。"), who.address(f"想{verb}{options[1]}，好久没{verb}了。"),
            who.address(f"{verb}{options[2]}吧，我来安排。")]  # a pick, said, not asked back


# A time the invitation names ("节后第一周过来坐坐", "周六上午"): the acceptance keeps it, it never names another.
_GIVEN_TIME = re.compile(r"(?:节后|年后|过完年|下周|这周|周末|周[一二三四五六日天]|礼拜[一二三四五六天]|明天|后天|今晚|初[一二三四五六七八九十]"
                         r"|[一二三四五六七八九十\d]+号)(?:第[一二三四]周|上午|下午|晚上|中午|早上|傍晚)?")


def _invitation(q: str, who: Listener) -> list[str]:
    talk = talk_of(who.holiday)
    given = _GIVEN_TIME.search(q)
    if who.respectful:
        return [who.address("荣幸之至，一定登门拜访，到时候提前跟您约时间。"),
                who.address(f"好的，谢谢您的邀请，{given.group(0)}我一定到。" if given
                            else "好的，谢谢您的邀请，到时候我提前跟您确认。"),
                who.address("多谢您惦记，这次实在抽不开身，改天一定登门。")]
    when = _times(q, who)[0] if _TIME_WORD.search(q) or not given else given.group(0)
    return [who.address(f"好呀，一定到！我带{talk.gift}过去。"), who.address(f"太好了，{when}就过去！"),
            who.address("这次怕是走不开，下次一定，先欠着！")]


_BA_DONE = {"还": "上", "洗": "干净", "交": "上", "发": "过去", "拿": "上", "带": "上", "寄": "过去"}


def _request(q: str, who: Listener) -> list[str]:
    q = _STICKER.sub("", q)
    gist = re.sub(r"^(?:帮我|帮忙|麻烦(?:你|您)|给我|替我|记得|能不能帮我?|能帮我|可以帮我|你帮我|您帮我)", "",
                  re.sub(r"(?:好不好|行不行|好吗|行吗|可以吗|成吗)?[？?！!。.，,~～\s]*$", "", _LEAD.sub("", q.strip())))
    gist = re.sub(r"^(?:顺便|先|再)?(?:帮我|帮忙|给我)?", "", gist)  # "顺便帮我带两箱烟花" → 带两箱烟花
    # "明天能不能来一趟", "你哪天过来教教我": the ask without its question words
    gist = re.sub(r"^(?:你们|您们|你|您)?(?:明天|今天|哪天|什么时候|啥时候)?(?:能不能|可不可以|能|可以)?", "", gist)
    gist = re.sub(r"能不能|可不可以|能否", "", gist)  # "那部分明天能不能给我" → 那部分明天给我
    if dish := re.match(r"^我想(?:吃|喝|要)(?:你|您)(?:做|包|烧|炖|煮)的(.{1,8})$", gist):  # "我想吃你做的可乐鸡翅"
        food = dish.group(1)
        return [who.address(f"放心，{food}管够！"), who.address(f"没问题，回去就给{who.you}做{food}。"),
                who.address(f"好嘞，{food}记下了！")]
    gist = _swap(_TAIL.sub("", gist), who.you, who.name)
    if ba := re.match(r"^(?:我)?(把[^，]{1,10}?)(还|洗|交|发|拿|带|寄)了?$", gist):  # "你把欠我的两千块还了吧"
        gist = ba.group(1) + ba.group(2) + _BA_DONE[ba.group(2)]
    else:
        gist = _short(gist, q)
    if who.respectful:
        return [who.address(f"好的，{gist}的事您放心。" if gist else "好的，这就去办，您放心。"),
                who.address(f"没问题，一定{gist}。" if gist else "没问题，交给我。"),
                who.address("好的，记下了，办好了跟您说。")]
    return [who.address(f"放心，一定{gist}！" if gist else "放心，交给我！"),
            who.address(f"没问题，{gist}包在我身上。" if gist else "没问题，包在我身上。"), who.address("好嘞，记下了！")]


_WELL = {"trad": ("挺好的，一家人都平平安安", "都还好，顺顺当当的", "还不错，就盼着过节热闹热闹"),
         "tech": ("挺好的，系统运行稳定，偶尔小 bug", "都还好，状态在线，电量充足", "还不错，就是该升级一下睡眠了"),
         "casual": ("挺好的，老样子，就是有点忙", "都还好，吃得香睡得着，放心", "还不错，就是挺想大家的"),
         "biz": ("一切都好，谢谢您的关心", "都还顺利，托您的福", "挺好的，也祝您一切顺遂")}


def _how_are_you(q: str, who: Listener, style: str) -> list[str]:
    texts = list(_WELL["biz" if who.respectful else style if style in _WELL else "casual"])
    if re.search(r"忙|累|加班", q):
        texts = (["还好，忙是忙点，都在掌控中，谢谢您关心", "不算太忙，节奏还行", "年底忙一些，过了这阵就好了"]
                 if who.respectful else ["还行，忙是忙点，撑得住", "不算太忙，放心", "这阵子是有点忙，忙完就歇歇"])
    if who.peer:
        texts[0] += "，你呢？"
    return [who.address(t + ("。" if not t.endswith("？") else "")) for t in texts]


_WHAT_FILL = {"忙": ("手头的项目", "家里的事", "一个新活儿"), "干": ("手头的项目", "家里的事", "一个新活儿"),
              "做": ("手头的项目", "家里的事", "一个新活儿"), "学": ("做饭", "日语", "游泳")}
_ADVICE_FILL = {"忙": ("手头的正事", "最要紧的", "眼前的"), "干": ("手头的正事", "最要紧的", "眼前的"),
                "做": ("手头的正事", "最要紧的", "眼前的"), "学": ("基础课", "英语", "编程")}


# What the holiday's food is filled with: 汤圆 at 元宵, 月饼 at 中秋, 粽子 at 端午, 饺子 in winter.
_FILLINGS = {"元宵": ("黑芝麻", "花生", "豆沙"), "中秋": ("莲蓉蛋黄", "五仁", "豆沙"), "端午": ("蛋黄肉", "红枣", "豆沙"),
             "春节": ("猪肉白菜", "韭菜鸡蛋", "三鲜"), "除夕": ("猪肉白菜", "韭菜鸡蛋", "三鲜"), "冬至": ("猪肉白菜", "羊肉胡萝卜", "三鲜")}


def _what(q: str, who: Listener) -> list[str]:
    if re.match(r"(?:那)?(?:你|您)知道\S*(?:他|她|他们)", _LEAD.sub("", q)):  # "你知道他到底在忙啥吗": we do not either
        return [who.address(f"我也不太清楚，回头帮{who.you}问问。"), who.address("这个我还真不知道，改天打听打听。"),
                who.address(f"没听说呢，有消息了第一时间告诉{who.you}。")]
    gist = _gist(q, who.you, who.name)
    if e := re.search(r"(吃|喝)(了|的)?(些|点)?(什么|啥)", gist):  # "在家吃的啥" → 在家吃的饺子
        food = talk_of(who.holiday).food
        said = [gist[:e.start()] + e.group(1) + (e.group(2) or "") + f for f in food]
        return [who.address(f"{said[0]}，可香了。"), who.address(f"{said[1]}，下次一起。"), who.address(f"{said[2]}，挺简单的。")]
    if re.search(r"(?:什么|啥)(?:馅|口味|味)", gist):  # "什么馅的呀": a filling, named
        fills = _FILLINGS.get(who.holiday or "", ("豆沙", "黑芝麻", "肉松"))
        return [who.address(f"{fills[0]}的，{who.you}肯定喜欢。"), who.address(f"有{fills[1]}的也有{fills[2]}的，都尝尝。"),
                who.address(f"{fills[2]}的，甜而不腻。")]
    if m := re.search(r"(忙|干|做|学)(些|点)?(什么|啥|嘛)", gist):
        if advice := re.match(r"^(?:你|您)(?:说|觉得|看)", _LEAD.sub("", q)):  # "你说大一该让他先学点啥": our advice
            said = [gist[len(advice.group(0)) - 1:m.start()] + m.group(1) + f for f in _ADVICE_FILL[m.group(1)]]
            return [who.address(f"我觉得{said[0]}，基础打牢最要紧。"), who.address(f"要我说{said[1]}，其他的慢慢来。"),
                    who.address(f"{said[2]}吧，我当年就吃了这个亏。")]
        fills = _WHAT_FILL[m.group(1)]
        said = [gist[:m.start()] + m.group(1) + f for f in fills]
        return [who.address(f"{said[0]}，快收尾了。"), who.address(f"{said[1]}，不算太累。"), who.address(f"{said[2]}，回头细说。")]
    # What the rules cannot know (a brand, who it was, what a thing is) is kept for later, not made up.
    return [who.address(f"说来话长，回头当面跟{who.you}细说。"), who.address(f"这个得当面讲才清楚，见面跟{who.you}说。"),
            who.address(f"先卖个关子，回头慢慢跟{who.you}讲。")]


_STATES = "多少忙累好冷热远近贵难大小快慢胖瘦高长顺"
# A verb with its result (买好, 准备好, 修好): done or not, never "买不好".
_RESULT = re.compile(r"(?:买|准备|弄|定|订|收拾|办|做|写|谈|搞|装|修|洗|想|吃|说)好$")


def _yes_no(q: str, who: Listener) -> list[str]:
    gist = _gist(re.sub(r"(.)[不没]\1", r"\1", q), who.you)  # 回不回家 → 回家, 变没变 → 变, before 来 turns to 去
    gist = _short(re.sub(r"^(?:是不是|有没有|要不要|会不会|能不能)", "", gist), q)
    gist = re.sub(r"(?<=[\u4e00-\u9fff])不$", "", gist)  # "回来不" → 回来
    # "票买好没有", "字练了没": asked whether it is done, so the yes says 了 ("票买好了").
    if gist and re.search(r"(?:没有?|了吗|了么)[？?！!。.\s]*$", q) and not gist.endswith("了"):
        gist += "了"
    thanks = "谢谢您惦记" if who.respectful else "放心吧"
    later = "回头再跟您细说" if who.respectful else "回头跟你细说"
    if re.search(r"能不能|可不可以|可以吗|行不行|行吗|成吗|好不好", q) and not re.search(r"^(?:你|您)能不能(?:来|过来|回来)", q):
        # "能不能改成明晚": they ask our leave, so the yes grants it ("还没有" would answer another question)
        gist = re.sub(r"(?<=[\u4e00-\u9fff])(?:行|可以|好|成)$", "", gist)  # "跟你换初六行不行" → 跟我换初六
        return [who.address(f"行，就{gist}，{thanks}。" if gist else f"行，{thanks}。"),
                who.address(f"没问题，听{who.you}的。"),
                who.address("当然可以，您定就好。" if who.respectful else "当然可以，跟我还客气啥。")]
    if gist.endswith("了"):  # done or not yet
        no = "还没呢，还在准备，有进展第一时间跟您说" if who.respectful else "还没呢，还在弄，快了"
    elif re.search(f"[{_STATES}]$", gist) and not _RESULT.search(gist):  # a state: 加班多 → 加班不多
        no = f"{gist[:-1]}不{gist[-1]}，{'谢谢您关心' if who.respectful else '放心吧'}"
    elif re.search(r"来|去|回|到|参加|赶", gist):  # will they come
        no = f"这次怕是不行，{later}"
    else:
        no = f"还没有，{later}"
    return [who.address(f"嗯，{gist}，{thanks}。" if gist else f"嗯，是的，{thanks}。"),
            who.address(f"对，{gist}！" if gist and not who.respectful else f"是的，{gist or '没问题'}。"),
            who.address(f"{no}。")]


_BUILDERS = {"when": _when, "where": _where, "choice": _choice, "invitation": _invitation, "request": _request,
             "what": _what, "yes_no": _yes_no}


def answer(question: str, who: Listener, style: str) -> list[str]:
    """Three answers of the question's shape, in words for this person (Chinese)."""
    build = _BUILDERS.get(question_kind(question, "zh"))
    return build(question, who) if build else _how_are_you(question, who, style)
