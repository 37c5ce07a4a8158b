"""The offline composer's phrase bank: hand-written sentence pieces, as data.

Each piece is one sentence (or a short run of them) with placeholders, and says where it belongs:

- ``styles``: style keys ``trad`` (传统喜庆), ``casual`` (轻松自然), ``tech`` (LLM科技风), ``biz`` (商务得体);
- ``groups``: relation groups ``family lover friend peer team boss teacher client partner general``, or the
  aliases ``close`` (family lover friend), ``work`` (peer team boss client partner), ``biz`` (client partner),
  ``senior`` (boss teacher);
- ``hols``: holiday names (春节, 中秋 …) or classes ``newyear reunion lunar birthday other``;
- ``occ``: occasions (微信, 群里, 邮件 …) or the classes ``spoken`` (当面/电话/视频) and ``written``;
- ``tags``: ``tech`` (carries a tech joke: counted, one or two per draft), ``playful`` (哈哈/啦, never in
  business), ``tender`` (for a partner, never in a group chat), ``stock`` (holds one of the stock phrases),
  ``written`` (reads as writing, never spoken), ``ask`` (a question frame around a single memory),
  ``yichang`` (the ``X一场`` frame, only after 室友/同学/…), ``rel`` (uses the relation word), ``warm``.

Every field is a space-separated list; empty means "anywhere"; a leading ``!`` excludes.

Placeholders: ``{name}`` 称呼; ``{you}`` 你/您; ``{we}`` 我们/咱们; ``{H}`` the holiday (新春, 中秋, Lunar New
Year); ``{greet}`` its greeting (新春快乐, Happy Mid-Autumn Festival); ``{ahead}`` 新的一年/新的一岁/接下来的日子
(the new year / the year ahead / the season ahead); ``{period}`` 这一年/这段时间 (this past year / these past
months); ``{home}`` 咱家 (to family) or 你家里/您家里; ``{Z}`` the zodiac animal (羊, Goat); ``{rel}`` the
relation word; ``{d}``/``{D}`` the user's detail (``{D}`` capitalised, English only).
"""

from __future__ import annotations

from typing import NamedTuple


class P(NamedTuple):
    text: str
    styles: str = ""
    groups: str = ""
    hols: str = ""
    occ: str = ""
    tags: str = ""


class HolidayWords(NamedTuple):
    zh_h: tuple[str, ...]  # for {H}: 新春, 中秋
    zh_greet: tuple[str, ...]  # for {greet}; the first ones are the formal ones
    zh_markers: tuple[str, ...]  # any of these in a text names the holiday
    en_h: tuple[str, ...]
    en_greet: tuple[str, ...]
    classes: tuple[str, ...]
    emoji: tuple[str, ...] = ("🎉",)


HOLIDAY_WORDS: dict[str, HolidayWords] = {
    "春节": HolidayWords(("新春", "春节"), ("新春快乐", "春节快乐", "过年好"), ("新春", "春节", "过年"),
                       ("Lunar New Year", "Spring Festival"), ("Happy Lunar New Year", "Happy Spring Festival"),
                       ("newyear", "reunion", "lunar"), ("🧧", "🏮", "🎆")),
    "除夕": HolidayWords(("除夕",), ("除夕快乐",), ("除夕",),
                       ("Lunar New Year's Eve",), ("Happy Lunar New Year's Eve",),
                       ("newyear", "reunion", "lunar"), ("🧧", "🏮", "🎆")),
    "元宵": HolidayWords(("元宵",), ("元宵快乐", "元宵节快乐"), ("元宵",),
                       ("Lantern Festival",), ("Happy Lantern Festival",), ("newyear", "reunion", "lunar"), ("🏮",)),
    "中秋": HolidayWords(("中秋",), ("中秋快乐", "中秋节快乐"), ("中秋",),
                       ("Mid-Autumn Festival",), ("Happy Mid-Autumn Festival",), ("reunion", "lunar"), ("🥮", "🌕")),
    "端午": HolidayWords(("端午",), ("端午安康",), ("端午",),
                       ("Dragon Boat Festival",), ("Happy Dragon Boat Festival",), ("lunar",), ("🐲",)),
    "七夕": HolidayWords(("七夕",), ("七夕快乐",), ("七夕",),
                       ("Qixi Festival",), ("Happy Qixi Festival",), ("lunar",), ("💕",)),
    "元旦": HolidayWords(("元旦", "新年"), ("元旦快乐", "新年快乐"), ("元旦", "新年"),
                       ("New Year",), ("Happy New Year",), ("newyear",), ("🎉",)),
    "国庆": HolidayWords(("国庆",), ("国庆快乐", "国庆节快乐"), ("国庆",),
                       ("National Day",), ("Happy National Day",), (), ("🎉",)),
    "重阳": HolidayWords(("重阳",), ("重阳安康", "重阳节快乐"), ("重阳",),
                       ("Double Ninth Festival",), ("Happy Double Ninth Festival",), ("lunar",), ("🍂",)),
    "冬至": HolidayWords(("冬至",), ("冬至安康", "冬至快乐"), ("冬至",),
                       ("Winter Solstice",), ("Happy Winter Solstice",), ("lunar", "yearend"), ("🥟",)),
    "腊八": HolidayWords(("腊八",), ("腊八节快乐", "腊八快乐"), ("腊八",),
                       ("Laba Festival",), ("Happy Laba Festival",), ("lunar", "yearend", "other"), ("🥣",)),
    "小年": HolidayWords(("小年",), ("小年快乐",), ("小年",),
                       ("Little New Year",), ("Happy Little New Year",), ("lunar", "yearend", "other"), ("🏮",)),
    "劳动节": HolidayWords(("劳动节", "五一"), ("劳动节快乐", "五一快乐"), ("劳动节", "五一"),
                        ("Labor Day",), ("Happy Labor Day",), ("other",), ("🎉",)),
    "生日": HolidayWords(("生日",), ("生日快乐",), ("生日",),
                       ("birthday",), ("Happy birthday",), ("birthday",), ("🎂", "🎉")),
    "圣诞": HolidayWords(("圣诞",), ("圣诞快乐", "圣诞节快乐"), ("圣诞",),
                       ("Christmas",), ("Merry Christmas",), ("yearend",), ("🎄",)),
}

HOLIDAY_ALIASES: dict[str, str] = {
    "新春": "春节", "过年": "春节", "农历新年": "春节", "大年初一": "春节", "除夕夜": "除夕", "大年三十": "除夕",
    "年三十": "除夕", "元宵节": "元宵", "中秋节": "中秋", "端午节": "端午", "七夕节": "七夕", "国庆节": "国庆",
    "重阳节": "重阳", "圣诞节": "圣诞", "五一": "劳动节", "腊八节": "腊八", "新年": "元旦",
}

ZODIAC_EN: dict[str, str] = {
    "鼠": "Rat", "牛": "Ox", "虎": "Tiger", "兔": "Rabbit", "龙": "Dragon", "蛇": "Snake",
    "马": "Horse", "羊": "Goat", "猴": "Monkey", "鸡": "Rooster", "狗": "Dog", "猪": "Pig",
}

TECH_EMOJI: tuple[str, ...] = ("🚀", "✨")


# ==================================================================================================
# 中文
# ==================================================================================================

ZH: dict[str, list[P]] = {}

ZH["open"] = [
    P("{name}，{greet}！"),
    P("{name}，{greet}呀！", "casual tech", occ="!邮件", tags="playful"),
    P("嘿，{name}！{greet}！", "casual tech", "friend peer lover team", occ="!邮件", tags="playful"),
    P("{name}，又到{H}了。", "trad casual tech", hols="!birthday"),
    P("{name}，转眼又是一年{H}。", "trad casual biz", hols="lunar"),
    P("{name}，{H}到了，第一个想到的就是{you}。", "casual trad", "lover friend family", occ="!群里"),
    P("{name}，给{you}拜年啦！", "trad casual", "close peer team general", hols="春节 除夕", tags="playful"),
    P("{name}，给{you}拜年了！", "trad biz", hols="春节 除夕"),
    P("{name}，{H}好！", "trad casual", hols="春节 中秋 元宵"),
    P("{name}，{you}好！值此{H}佳节，向{you}致以诚挚的问候。", "biz", hols="!birthday", occ="!spoken",
      tags="written"),
    P("{name}，{you}好！", "biz trad", "!close"),
    P("{name}，新春伊始，先给{you}拜个年。", "trad biz", hols="春节"),
    P("{name}，{greet}！这条祝福是我亲自推理生成的，纯手工。", "tech", occ="!spoken", tags="tech playful"),
    P("{name}，{H}祝福已打包上线，请查收！", "tech", hols="!birthday", occ="!spoken", tags="tech"),
    P("{name}，生日快乐！{you}的版本号又升了一级。", "tech", hols="生日", tags="tech"),
    P("{name}，今天是{you}的生日！", "trad casual biz tech", hols="生日"),
    P("{name}，{greet}！又长大一岁啦。", "casual", "friend lover peer team", hols="生日", tags="playful"),
    P("{name}，电话里先给{you}拜个年！", occ="电话里说", hols="春节 除夕"),
    P("{name}，电话里跟{you}说声{greet}！", occ="电话里说"),
    P("{name}，隔着屏幕也要跟{you}说声{greet}！", occ="视频里说"),
    P("{name}，见了面先说一句：{greet}！", occ="当面说"),
    P("@{name} {greet}！", occ="群里"),
    P("群里先给{name}道一声{greet}！", occ="群里"),
    P("{name}：{you}好！", occ="邮件"),
    P("{name}：{greet}！", occ="邮件"),
]

# The detail sentence, by what kind of thing the user told us.
ZH["memory"] = [
    P("{d}，这份情谊我一直记在心里。", "trad casual"),
    P("{d}，想起来心里还是热乎的。", "trad casual"),
    P("{d}，这些年的情分，都在这些小事里。", "trad casual", "close peer general"),
    P("{d}，现在想起来还是觉得特别好。", "casual"),
    P("{d}，这事我能记一辈子。", "casual", "close peer team general"),
    P("还记得{d}吗？我可一直记着。", "casual trad", tags="ask"),
    P("说起来，{d}，这件事我到现在都记得。", "casual tech"),
    P("{d}，{you}还记得吧？我可一直没忘。", "casual"),
    P("{d}，这段记忆我已经设成永久缓存。", "tech", tags="tech"),
    P("{d}——这是我训练集里最珍贵的一条样本。", "tech", tags="tech"),
    P("{d}，这条记录在我这儿永远不会被覆盖。", "tech"),
    P("{d}，这份默契，{we}一直记着。", "biz trad casual tech", "work"),
    P("{d}，这份情，我一直记着。", "trad casual tech", "close general teacher"),
    P("{d}，点点滴滴，我们都记在心里。", "biz"),
    P("{d}，这份信任与默契，弥足珍贵。", "biz", "work general"),
    P("{d}，这段并肩的经历，我们一直记在心里。", "biz", "work"),
    P("{d}，这份情分我们一直珍惜。", "biz", "close general teacher"),
]
ZH["news"] = [
    P("{d}，真心为{you}高兴！"),
    P("{d}，这是{you}应得的，打心底为{you}高兴。", "trad casual"),
    P("{d}，替{you}高兴坏了！", "casual", "!senior !biz", tags="playful"),
    P("{d}，这顿饭{you}可得请啊哈哈。", "casual", "friend peer", tags="playful"),
    P("{d}，这下可得好好庆祝一下了吧？", "casual"),
    P("{d}，恭喜{you}成功上线新版本！", "tech", tags="tech"),
    P("{d}，这波版本升级实至名归。", "tech", tags="tech"),
    P("{d}，实至名归，由衷为{you}高兴。", "biz trad"),
    P("{d}，谨向{you}致以诚挚的祝贺。", "biz"),
    P("{d}，辛苦了，这些我都看在眼里。", "trad casual biz", "team peer"),
]
ZH["duration"] = [
    P("{d}，一路走来，多谢有{you}。", "trad casual"),
    P("{d}，这份情分越久越珍贵。", "trad biz"),
    P("{d}，一路有{you}，真好。", "casual"),
    P("{d}，想想还挺不可思议的。", "casual tech"),
    P("{d}，时间过得真快，对吧？", "casual"),
    P("{d}，{we}的默契已经迭代到稳定版。", "tech", tags="tech"),
    P("{d}，这段缘分连续在线，一次都没掉线。", "tech", tags="tech"),
    P("{d}，感谢{you}一路以来的信任与支持。", "biz", "work general"),
    P("{d}，感谢{you}一直以来的关照。", "biz trad", "!close"),
]
ZH["identity"] = [
    P("{d}一场，{you}一直是我最靠得住的人。", "trad casual", tags="yichang"),
    P("从{d}到现在，{you}一直都在。", "trad casual"),
    P("从{d}到现在，一晃好多年了吧？", "casual"),
    P("{d}这层缘分，我一直很珍惜。", "trad casual biz"),
    P("{d}这层缘分，在我这儿权重参数一直拉满。", "tech", tags="tech"),
    P("{d}这份情谊，我们一直珍视。", "biz"),
]

# About the relation itself: the detail sentence when the user gave none, else an optional extra.
ZH["relation"] = [
    P("一年到头在外面忙，最惦记的还是家里。", "trad casual biz", "family", hols="newyear yearend"),
    P("平时在外面忙，心里最惦记的还是家里。", "trad casual biz", "family"),
    P("{period}家里大事小事，都是{you}在操心，辛苦了。", "trad casual", "family"),
    P("{period}{you}是我最稳的后台，从来没宕机过。", "tech", "family", tags="tech"),
    P("{period}有{you}在身边，日子都变甜了。", "casual trad", "lover", tags="tender"),
    P("{period}最幸运的事，就是每天都能跟{you}说早安。", "casual tech", "lover", tags="tender"),
    P("{you}是我生活里最重要的参数，没有之一。", "tech", "lover", tags="tech tender"),
    P("{period}忙忙碌碌，还好一路有{you}。", "", "lover"),
    P("谢谢{you}，在我最忙的时候也站在我这边。", "", "lover"),
    P("{period}虽然见得少，但有事第一个想到的还是{you}。", "casual trad tech", "friend"),
    P("认识{you}这么久，越来越觉得这个朋友交得值。", "casual", "friend"),
    P("有{you}这个{rel}，是我这些年的福气。", "trad casual", "friend", tags="rel"),
    P("{period}和{you}聊过的天，够训练一个小模型了。", "tech", "friend", tags="tech"),
    P("{period}共事，一起扛过不少事，谢谢{you}一路照应。", "trad casual biz", "peer"),
    P("{period}忙起来互相搭把手，有{you}在，心里踏实。", "casual", "peer"),
    P("{period}和{you}一起上线了不少需求，配合得越来越顺。", "tech", "peer", tags="tech"),
    P("{period}{you}辛苦了，团队的成绩里有{you}很大一份功劳。", "", "team"),
    P("{period}{you}扛下了不少硬活，我都看在眼里。", "trad casual", "team"),
    P("{period}{you}的成长速度，比任何一次版本迭代都快。", "tech", "team", tags="tech"),
    P("{period}在{you}身边做事，学到了很多。", "trad casual biz", "boss"),
    P("{period}承蒙{you}的指点和信任，受益良多。", "biz trad", "boss"),
    P("{period}在{you}的带领下，团队稳定迭代，好几个项目顺利上线。", "tech", "boss", tags="tech"),
    P("常常想起{you}当年的教导，到现在都受用。", "trad casual biz", "teacher"),
    P("走得再远，也记得{you}当年的叮嘱。", "trad casual", "teacher"),
    P("{you}当年教的东西，至今还是我最可靠的训练集。", "tech", "teacher", tags="tech"),
    P("{period}承蒙{you}的信任与支持，合作顺利，离不开{you}。", "biz trad", "biz"),
    P("{period}和{you}合作，很愉快，也很受益。", "casual trad biz", "biz"),
    P("{period}携手并进，感谢{you}的信任与配合。", "biz", "partner"),
    P("{period}和{you}合作的每个版本都顺利上线，感谢信任。", "tech", "biz", tags="tech"),
    P("{period}承蒙关照，心里一直记着。", "", "general"),
    P("{period}有来有往，很高兴认识{you}。", "casual trad", "general"),
    P("平时见面不算多，但每次聊天都很愉快。", "casual trad biz", "general friend"),
    P("{you}的好意，我都记在心上。", "trad biz casual", "general senior biz"),
    P("{period}和{you}的每次交流，都让我的参数更新了一点。", "tech", "general", tags="tech"),
]

# The holiday itself: food, moon, lanterns, cake.
ZH["imagery"] = [
    P("愿{home}的年夜饭热热闹闹，灯笼红红火火。", "trad", hols="春节 除夕"),
    P("过年就好好歇几天，手机静音，饺子管够。", "casual", hols="春节"),
    P("年夜饭桌上多吃两口，少看两眼工作群。", "casual", hols="春节 除夕", tags="playful"),
    P("春联贴好没？福字记得倒着贴，福到了。", "casual trad", hols="春节 除夕"),
    P("春节假期难得，愿{you}与家人好好团聚，好好休息。", "biz trad", "!family !lover", hols="春节"),
    P("春节假期难得，一家人好好团聚，好好歇歇。", "trad casual", "family", hols="春节"),
    P("春节这几天，给自己放个长假，系统切到低功耗模式。", "tech", hols="春节"),
    P("除夕守岁，愿一家人围炉团坐，其乐融融。", "trad biz", hols="除夕"),
    P("今晚守岁，电量和饺子都要管够。", "casual tech", hols="除夕"),
    P("今晚月亮正圆，愿{home}也团团圆圆。", "trad casual", hols="中秋"),
    P("月饼别光吃五仁的，也给自己留一块爱吃的口味。", "casual", hols="中秋", tags="playful"),
    P("今晚抬头看看月亮，我这边也在看。", "casual trad", "lover friend family", hols="中秋", occ="!群里"),
    P("月圆之夜，愿{you}与家人共享团圆。", "biz trad", "!family !lover", hols="中秋"),
    P("月圆之夜，一家人围坐一桌，就是最好的团圆。", "trad casual", "family", hols="中秋"),
    P("今晚的月亮是满分输出，月饼也记得按时加载。", "tech", hols="中秋", tags="tech"),
    P("粽子甜的咸的都好，吃得开心最要紧。", "casual trad", hols="端午"),
    P("有空出门看看龙舟，沾沾热闹。", "casual trad", hols="端午"),
    P("端午的艾草一挂，夏天就正式开始了。", "trad casual biz", hols="端午"),
    P("端午佳节，愿{you}与家人安康顺遂。", "biz trad", "!family !lover", hols="端午"),
    P("粽子已打包，龙舟已上线，就等{you}开吃。", "tech", hols="端午", tags="tech"),
    P("汤圆趁热吃，花灯慢慢看。", "casual trad", hols="元宵"),
    P("元宵的灯一亮，这个年才算圆满。", "trad casual biz", hols="元宵"),
    P("元宵佳节，愿{you}与家人团圆美满。", "biz trad", "!family !lover", hols="元宵"),
    P("今晚的星星，都替我记着想对{you}说的话。", "casual trad tech", "lover", hols="七夕", tags="tender"),
    P("七夕不一定要玫瑰，有人惦记就很好。", "casual trad", hols="七夕"),
    P("日历翻到新的一页，烦心事就留在去年吧。", "casual trad", hols="元旦"),
    P("新年第一天，愿{you}睡个好觉，醒来都是好消息。", "casual trad", hols="元旦"),
    P("元旦新启，愿{you}与家人平安喜乐。", "biz trad", "!family !lover", hols="元旦"),
    P("日历已切换到新版本，旧烦恼一键归档。", "tech", hols="元旦", tags="tech"),
    P("假期好好出去走走，别光在朋友圈看人山人海。", "casual", hols="国庆 劳动节", tags="playful"),
    P("假期难得，愿{you}与家人出游顺利，休息充分。", "biz trad", "!family !lover", hols="国庆 劳动节"),
    P("重阳登高，也记得多陪陪家里的长辈。", "trad casual", hols="重阳"),
    P("秋高气爽，正是出门走走的好时候。", "trad casual biz", hols="重阳 国庆"),
    P("冬至的饺子记得吃，老话说不吃要冻耳朵。", "casual trad", hols="冬至"),
    P("冬至天寒，请{you}多添衣，注意保暖。", "biz trad", hols="冬至 腊八 小年"),
    P("腊八粥喝上，年味就近了。", "casual trad", hols="腊八"),
    P("小年一过，离团圆就不远了。", "casual trad biz", hols="小年"),
    P("蛋糕上的蜡烛又多一根，快乐也要多一份。", "casual trad", hols="生日"),
    P("今天{you}最大，想吃什么就吃什么。", "casual", "!boss !client !partner", hols="生日"),
    P("年龄只是版本号，{you}的兼容性一直满分。", "tech", hols="生日", tags="tech"),
    P("值此生日之际，愿{you}新岁安康顺遂。", "biz", hols="生日"),
    P("愿{you}的圣诞袜里装满惊喜。", "casual trad", hols="圣诞"),
    P("窗外不一定有雪，但热可可和礼物不能少。", "casual", hols="圣诞"),
    P("圣诞佳节，愿{you}与家人温馨团聚。", "biz trad", "!family !lover", hols="圣诞"),
    P("难得过节，给自己放个小假，好好歇一歇。", "casual trad", hols="other"),
    P("节日里，愿{you}与家人共享温馨时光。", "biz trad", "!family !lover", hols="other"),
]

# A personal wish about the recipient, holiday-neutral.
ZH["hope"] = [
    P("{you}别太操劳，多歇歇，把自己照顾好。", "trad casual", "family"),
    P("少操点心，多晒晒太阳，想吃什么就买，别舍不得。", "casual", "family"),
    P("愿{you}每天都睡得香、笑得多，烦心事都交给我。", "casual trad", "lover", tags="tender"),
    P("愿{you}少加班多睡觉，想去的地方都去成。", "casual", "friend peer"),
    P("愿{you}少开会多摸鱼，工作都轻轻松松。", "casual", "peer friend", tags="playful"),
    P("也希望{you}照顾好自己，别总是最后一个下班。", "casual trad", "team peer"),
    P("也请{you}多注意休息，别太辛苦。", "biz trad casual", "boss client partner teacher family"),
    P("愿{you}身体硬朗，精神头一直这么足。", "trad casual", "teacher family"),
    P("愿{you}与家人平安喜乐，工作顺心。", "biz trad", "biz boss general"),
    P("愿{you}平安喜乐，顺心顺意。", "trad biz casual"),
    P("愿{you}的烦恼都被识别成bug，一键修复。", "tech", tags="tech"),
    P("愿{you}的快乐持续输出，token永远不限量。", "tech", tags="tech"),
    P("愿{you}少踩坑，多顺遂，日子过得有滋有味。", "casual tech"),
    P("过节也别忘了给自己留点时间，歇一歇。", "trad casual biz", hols="!birthday"),
]

# The holiday wish proper (always one per draft).
ZH["wish"] = [
    P("祝{you}{greet}，阖家团圆，日子红红火火！", "trad", hols="reunion"),
    P("祝{you}{greet}，岁岁平安，福气满满！", "trad"),
    P("愿{you}{H}吉祥，团团圆圆，年年都好。", "trad", hols="reunion"),
    P("愿{home}热热闹闹，{ahead}红红火火。", "trad", hols="!birthday"),
    P("给{you}拜个年，愿{ahead}平安顺遂，喜事连连。", "trad", hols="春节 除夕"),
    P("祝{you}{greet}，福寿绵长，岁岁安康。", "trad", "family teacher", hols="生日 重阳"),
    P("祝{you}{greet}，{ahead}平平安安，顺顺当当。", "trad casual"),
    P("愿{you}岁岁平安，福气满满。", "trad"),
    P("愿{you}{ahead}吃好喝好，开心最重要！", "casual"),
    P("愿{you}{ahead}少点烦心事，多点好消息。", "casual"),
    P("{greet}！{ahead}也要开开心心的哦。", "casual", tags="playful"),
    P("{greet}！{ahead}就按自己喜欢的节奏过吧。", "casual"),
    P("{greet}！{ahead}，忙完了也记得歇歇吧。", "casual"),
    P("{greet}！吃好喝好，开心最重要！", "casual"),
    P("祝{you}{greet}，{ahead}也要过得松弛一点。", "casual", "!senior !biz"),
    P("{greet}呀，{ahead}想要的都到手，想见的人都见到。", "casual", "close peer team general", tags="playful"),
    P("愿{you}{ahead}少点烦心事，多点好消息，{greet}！", "casual"),
    P("祝{you}{greet}！放假就好好放，工作群先别回了哈。", "casual", "friend peer team", hols="!birthday",
      tags="playful"),
    P("{greet}，{ahead}也想一直陪在{you}身边。", "casual", "lover", tags="tender"),
    P("{greet}，以后的每个节日，我都想和{you}一起过。", "casual tech", "lover", tags="tender"),
    P("{greet}，愿以后的每一顿团圆饭，都有{you}在身边。", "trad casual", "lover", hols="reunion", tags="tender"),
    P("{greet}，愿{we}的日子红红火火，岁岁年年都有{you}。", "trad", "lover", tags="tender"),
    P("祝{you}{greet}，{ahead}bug清零，好运满格！", "tech", tags="tech"),
    P("愿{you}{ahead}每次迭代都顺利上线，{greet}！", "tech", tags="tech"),
    P("祝{you}{greet}，快乐参数拉满，烦恼token清空。", "tech", tags="tech"),
    P("{greet}！愿{you}{ahead}版本稳定，一路绿灯。", "tech", tags="tech"),
    P("祝{you}{greet}，{ahead}推理顺畅，灵感不限量。", "tech", tags="tech"),
    P("愿{you}{ahead}bug清零，好运满格！", "tech", tags="tech"),
    P("愿{you}快乐参数拉满，烦恼token清空。", "tech", tags="tech"),
    P("谨祝{you}{greet}，阖家安康，诸事顺遂。", "biz"),
    P("愿{you}{ahead}诸事顺遂，合作共赢。", "biz", "biz"),
    P("愿{you}{ahead}诸事顺遂，一切都好。", "biz", "!biz"),
    P("恭祝{you}{ahead}顺心顺意，阖家安康。", "biz"),
    P("祝{you}{greet}，{ahead}合作共赢，更上层楼。", "biz", "biz"),
    P("恭祝{you}{greet}，{ahead}顺心顺意。", "biz"),
    P("谨祝{you}与家人{greet}，平安喜乐。", "biz trad", "!family !lover"),
    P("祝{you}{greet}，{ahead}一切顺遂，也请继续多多指教。", "biz trad casual", "boss teacher client"),
]

# Only when the holiday may name its zodiac year.
ZH["zodiac"] = [
    P("{Z}年到了，愿{you}新岁顺遂，福气满满。", "trad"),
    P("{Z}年三阳开泰，愿{you}日子越过越红火。", "trad casual biz", tags="z:羊"),
    P("{Z}年也要开开心心的呀！", "casual", tags="playful"),
    P("{Z}年就一个愿望：{you}开心就好。", "casual", "close"),
    P("{Z}年版本正式上线，愿{you}一路绿灯。", "tech", tags="tech"),
    P("值此{Z}年新春，祝{you}新岁顺遂，合作共赢。", "biz", "biz"),
    P("恭祝{you}{Z}年吉祥，诸事顺遂。", "biz"),
    P("{Z}年到了，愿{home}平平安安，热热闹闹。", "trad casual", "family"),
    P("{Z}年吉祥，愿{you}顺顺当当，笑得比去年还多。", "trad casual", "!biz !boss"),
]

# Looking ahead.
ZH["forward"] = [
    P("{ahead}，愿{you}想做的事都顺顺当当。", "trad casual"),
    P("{ahead}，想做的事都去做，想见的人都见到。", "casual"),
    P("{ahead}，愿{you}少熬夜，多出去走走。", "casual", "close peer team"),
    P("{ahead}，愿{you}算力充足，心情永远在线。", "tech", tags="tech"),
    P("{ahead}，期待与{you}继续携手，把更多好想法落地。", "biz", "work"),
    P("{ahead}，期待与{you}有更多合作。", "biz casual trad", "biz"),
    P("{ahead}，我会继续努力，不辜负{you}的信任。", "biz trad casual", "boss client teacher"),
    P("{ahead}，想和{you}去更多地方，看更多风景。", "casual trad", "lover", tags="tender"),
    P("{ahead}，愿{you}的每一天都有小小的好事发生。", "casual trad tech"),
    P("{ahead}，盼着能常见面。", "casual trad biz", "!lover"),
    P("{ahead}，{we}多聚聚吧。", "casual", "close peer team"),
]

# A concrete next step: a meal, a visit, a coffee.
ZH["plan"] = [
    P("找个周末约顿火锅，我请。", "casual tech", "friend peer"),
    P("等{you}回来，老地方见，不醉不归。", "casual", "friend", tags="playful"),
    P("过几天就回家，给{you}带好吃的。", "casual trad", "family", hols="!birthday"),
    P("我会常打电话回家，{you}别惦记我。", "trad casual", "family"),
    P("等见面了，想和{you}好好吃顿饭，慢慢散个步。", "casual trad", "lover", tags="tender"),
    P("节后见，咖啡我请。", "casual", "peer team", hols="!birthday"),
    P("节后回来，{we}继续并肩作战。", "casual trad", "peer team", hols="!birthday"),
    P("我会继续用心做事，不辜负{you}的信任。", "biz trad", "boss"),
    P("有机会一定回去看望{you}。", "trad casual biz", "teacher"),
    P("期待节后与{you}再聚，好好聊聊新的计划。", "biz", "biz", hols="!birthday"),
    P("期待与{you}见面，再好好聊聊。", "biz trad casual", "biz general boss"),
    P("有空常联系，有需要随时找我。", "casual trad", "general friend peer"),
    P("回头找个时间，一起吃顿饭吧。", "casual", hols="!birthday"),
    P("等见面了，咱俩好好聊聊，攒了一肚子话呢。", "casual", "friend lover"),
    P("改天约{you}喝茶，好好聊聊。", "biz trad casual", "general biz boss teacher friend"),
    P("节后{we}再一起上线几个好项目。", "tech", "peer team partner", hols="!birthday", tags="tech"),
    P("下次见面，我请{you}喝一杯，顺便同步一下近况。", "tech casual", "friend"),
    P("改天给{you}补一顿生日饭，我请。", "casual trad", "close peer team", hols="生日"),
]

# An extra tech joke (LLM科技风, or when the user asked for one).
ZH["tech"] = [
    P("今年的烦恼已全部标记为bug，节后统一清零。", hols="!birthday", tags="tech"),
    P("这条祝福经过多轮迭代，只留下了最真心的版本。", tags="tech"),
    P("这条祝福是本人纯手工推理生成，token一个没省。", occ="!spoken", tags="tech"),
    P("愿{you}的好运不限token，惊喜按时上线。", tags="tech"),
    P("愿{you}的快乐参数拉满，烦恼直接移出训练集。", tags="tech"),
]

# When the user asked for warmth (温暖一点).
ZH["warm"] = [
    P("其实很多话平时说不出口，借着过节说一句：谢谢{you}。", "", "!biz", hols="!birthday", tags="warm"),
    P("有{you}在，真好。", "", "close peer team general", tags="warm"),
    P("不管隔多远，心里一直惦记着{you}。", "", "close teacher", tags="warm"),
    P("谢谢{you}一直都在。", "", "close peer general", tags="warm"),
    P("这一路，真心感谢有{you}。", "", "work teacher general", tags="warm"),
]

# Small asides for the longer drafts: regards to the family, "no need to reply", the weather.
ZH["aside"] = [
    P("也代我向{you}的家人问好。", "biz trad casual", "!family !lover"),
    P("不用回复，好好过节就行。", "casual trad", "!senior !biz", hols="!birthday"),
    P("不必回复，好好休息就是。", "biz trad", hols="!birthday", tags="written"),
    P("最近事情多，但这几句话我一定要跟{you}说。", "casual trad tech", "close peer team general"),
    P("最近还好吧？忙归忙，别忘了对自己好一点。", "casual", "close peer team general"),
    P("团队的小伙伴们也让我代他们向{you}问好。", "biz trad casual tech", "biz boss"),
    P("写下这几句的时候，脑子里全是以前的画面。", "casual trad", "close peer general"),
    P("天气转凉，记得添衣。", "trad casual biz", hols="中秋 重阳"),
    P("天冷，出门记得多穿点。", "trad casual", "!biz !senior", hols="冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("天寒，请多保重身体。", "biz trad", hols="冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("路上人多车多，出门注意安全。", "trad casual", "close peer team", hols="春节 国庆 劳动节 中秋"),
    P("写这条祝福花的时间，比上次部署还长，但值得。", "tech", occ="!spoken", tags="tech"),
    P("这几句话没走任何流程，是我自己想说的。", "casual tech", "work general"),
    P("别的不多说了，都在心里。", "trad casual", "close"),
]

ZH["closing"] = [
    P("再给{you}拜个年！", "trad casual", hols="春节 除夕"),
    P("福气满满，岁岁平安！", "trad"),
    P("顺顺利利，平平安安！", "trad casual"),
    P("祝{you}万事如意！", "trad", tags="stock"),
    P("回头聊！", "casual tech", "close peer team general"),
    P("先说这么多，回头再聊吧。", "casual tech"),
    P("想你啦，早点回来~", "casual", "lover family", occ="!群里", tags="playful"),
    P("抱一个！", "casual", "lover friend family", tags="playful"),
    P("想{you}了，早点见面。", "casual trad", "lover", occ="!群里", tags="tender"),
    P("本条祝福长期有效，不设过期时间。", "tech"),
    P("祝福已部署完毕，请查收。", "tech", tags="tech"),
    P("再次感谢{you}的支持，祝好！", "biz trad", "work general teacher"),
    P("顺颂商祺！", "biz", "biz boss general", occ="!spoken", tags="written"),
    P("恭祝阖家安康。", "biz trad", occ="!spoken", tags="written"),
    P("此致，敬礼！", "biz trad", "work teacher general", occ="邮件", tags="written"),
    P("祝好。", occ="邮件", tags="written"),
    P("祝{you}事业有成！", "biz", "biz boss", tags="stock"),
    P("也祝群里各位节日愉快！", occ="群里", hols="!birthday"),
    P("也替大家一起祝{you}生日快乐！", occ="群里", hols="生日"),
    P("心意都在这几句话里了！", occ="spoken"),
]


# ==================================================================================================
# English
# ==================================================================================================

EN: dict[str, list[P]] = {}

EN["open"] = [
    P("{name}, {greet}!"),
    P("Hi {name}!", "casual tech", "!senior !biz"),
    P("{name}, I've been meaning to write to you.", "casual trad", "!biz", occ="!spoken"),
    P("{name}, a quick note from me, because you deserve more than a sticker.", "casual tech", "close peer team",
      occ="微信", tags="playful"),
    P("Hey {name}, {greet}!", "casual tech", "friend peer lover team", occ="!邮件", tags="playful"),
    P("{name}, {greet}! You were the first person I thought of today.", "casual trad", "lover friend family",
      occ="!群里"),
    P("{name}, a very happy {H} to you!", "trad casual", hols="!birthday"),
    P("Dear {name}, warmest wishes to you this {H}.", "biz trad", hols="!birthday", occ="!spoken", tags="written"),
    P("Dear {name}, {greet}.", "biz trad", occ="!spoken", tags="written"),
    P("{name}, {greet}! This message was written by a human, with zero tokens spared.", "tech", occ="!spoken",
      tags="tech playful"),
    P("{name}, your {H} greeting has just been deployed, so please check your inbox!", "tech", hols="!birthday",
      occ="!spoken", tags="tech"),
    P("{name}, happy birthday! Your version number just went up by one.", "tech", hols="生日", tags="tech"),
    P("{name}, today is all about you!", "casual trad", hols="生日"),
    P("{name}, just calling to say {greet}!", occ="电话里说"),
    P("{name}, even through a screen, I had to say it: {greet}!", occ="视频里说"),
    P("{name}, I wanted to say it in person: {greet}!", occ="当面说"),
    P("Hi everyone, and especially {name}: {greet}!", occ="群里"),
    P("Dear {name}, I hope this note finds you well.", "biz trad casual", occ="邮件", tags="written"),
]

EN["memory"] = [
    P("{D}. Some things you just don't forget.", "casual trad"),
    P("{D}. Remember that?", "casual"),
    P("{D}. I still think about it, and it still makes me smile.", "casual trad"),
    P("I haven't forgotten: {d}.", "casual trad tech", tags="ask"),
    P("{D}. Moments like that are why you mean so much to me.", "casual trad", "close"),
    P("{D}. That memory is permanently cached on my side.", "tech", tags="tech"),
    P("{D}. That one is in my training data for good, no deletion allowed.", "tech", tags="tech"),
    P("{D}. That one never gets overwritten.", "tech"),
    P("{D}. We remember it well, and we are grateful.", "biz"),
    P("{D}. Moments like that are what make working together worthwhile.", "biz trad", "work"),
    P("{D}. I remember it fondly and with real gratitude.", "biz trad"),
]
EN["news"] = [
    P("{D}, and I couldn't be happier for you.", "casual trad"),
    P("{D}. How does it feel?", "casual"),
    P("{D}. Congratulations, you earned every bit of it."),
    P("{D}. Well deserved, and I'm so proud of you.", "casual trad", "close peer team"),
    P("{D}. Congrats on shipping the new version of you!", "tech", tags="tech"),
    P("{D}. Please accept my sincere congratulations.", "biz"),
    P("{D}. That took real grit, and I saw every bit of it.", "casual trad biz", "team peer"),
]
EN["duration"] = [
    P("{D}, and thank you for every one of them.", "casual trad"),
    P("{D}. I'd gladly do every one of them again.", "casual"),
    P("{D}. Can you believe it?", "casual"),
    P("{D}, and still zero downtime. You're my most reliable connection.", "tech", tags="tech"),
    P("{D}. Thank you for your trust and support throughout.", "biz"),
    P("{D}. It still amazes me how fast the time went.", "casual trad biz tech"),
]
EN["identity"] = [
    P("{D}, and still one of my favorite people.", "casual trad"),
    P("{D}. Who would have guessed where we'd be now?", "casual"),
    P("{D}. That bond has only grown stronger with time.", "trad casual biz"),
    P("{D}, and still my highest-priority contact. Those parameters never change.", "tech", tags="tech"),
    P("{D}. It is a connection we truly value.", "biz"),
]

EN["relation"] = [
    P("Thank you for looking out for all of us {period}. I noticed every bit of it.", "trad casual biz", "family"),
    P("However busy {period} got, home was always the first place my mind went.", "trad casual", "family"),
    P("You have been my most reliable support system {period}, with zero downtime.", "tech", "family",
      tags="tech"),
    P("Everything got better {period} because you were in it.", "casual trad", "lover", tags="tender"),
    P("My favorite part of {period} was every ordinary day with you.", "casual tech", "lover", tags="tender"),
    P("You are the most important parameter in my life, and that will not change.", "tech", "lover",
      tags="tech tender"),
    P("Thank you for standing by me through every busy season {period}.", "", "lover"),
    P("However busy things got {period}, having you next to me made it easy.", "", "lover"),
    P("We didn't see each other as often as I wanted {period}, but you're still the first person I text with good "
      "news.", "casual trad tech", "friend"),
    P("Having a {rel} like you is one of the luckiest things in my life.", "casual trad", "friend", tags="rel"),
    P("We've chatted enough {period} to train a small language model.", "tech", "friend", tags="tech"),
    P("Thanks for having my back through every deadline {period}.", "casual trad biz", "peer"),
    P("Working next to you {period} made the hard days a lot lighter.", "casual", "peer"),
    P("We shipped a lot of releases together {period}, and you made every one smoother.", "tech", "peer",
      tags="tech"),
    P("You worked incredibly hard {period}, and it showed in everything the team delivered.", "", "team"),
    P("I saw how much you carried {period}, and I'm grateful.", "casual trad", "team"),
    P("Your growth {period} outpaced any version upgrade I've seen.", "tech", "team", tags="tech"),
    P("I learned a great deal working with you {period}, and I'm grateful for your trust.", "biz trad casual",
      "boss"),
    P("Thank you for your guidance and patience {period}.", "biz trad", "boss"),
    P("Your standards pushed me to do better work {period}, and I noticed the difference.", "biz trad casual",
      "boss"),
    P("Under your lead, the team kept iterating and shipped more than I thought possible.", "tech", "boss",
      tags="tech"),
    P("What you taught me still guides me, more than you probably know.", "trad casual biz", "teacher"),
    P("However far I go, I still remember your advice.", "trad casual", "teacher"),
    P("Your lessons are still the best training data I have ever had.", "tech", "teacher", tags="tech"),
    P("Thank you for your trust and support {period}; it has been a real pleasure working with you.", "biz trad",
      "biz"),
    P("Working with you {period} has been both a pleasure and a privilege.", "biz trad casual", "biz"),
    P("Thank you for being such a dependable partner {period}.", "biz", "partner"),
    P("Every project we delivered {period} was better for your input.", "biz trad casual", "biz"),
    P("It is rare to find people who are this easy to work with, and we do not take it for granted.", "biz trad",
      "biz"),
    P("Every release we shipped together {period} went smoothly, thanks to you.", "tech", "biz", tags="tech"),
    P("Thank you for your kindness {period}; it has not gone unnoticed.", "", "general"),
    P("It has been a real pleasure getting to know you {period}.", "casual trad", "general"),
    P("Our paths cross less often than I'd like, but I always enjoy it when they do.", "casual trad biz",
      "general friend"),
    P("Small kindnesses add up, and yours have added up to a lot.", "casual trad biz", "general"),
    P("Every conversation with you {period} updated my parameters a little.", "tech", "general", tags="tech"),
]

EN["imagery"] = [
    P("May your reunion dinner be loud, warm and full of second helpings.", "trad casual", hols="春节 除夕"),
    P("Take a real break: phone on silent, dumplings on the table.", "casual", hols="春节"),
    P("The red lanterns are up and the new year is at the door.", "trad casual biz", hols="春节 除夕"),
    P("I hope the holiday brings you and your family plenty of rest and time together.", "biz trad",
      "!family !lover", hols="春节 除夕 元宵 中秋 other"),
    P("Time to switch your system to low-power mode and enjoy the holiday.", "tech", hols="春节 国庆 元旦 劳动节"),
    P("Tonight, may the dumplings be plentiful and the fireworks bright.", "trad casual", hols="除夕"),
    P("The moon is full tonight, and I hope your home feels just as full.", "trad casual", hols="中秋"),
    P("Save one mooncake for yourself, and make it your favorite flavor.", "casual", hols="中秋"),
    P("A full moon and a table of mooncakes: that is what this festival is about.", "trad casual biz", hols="中秋"),
    P("Look up at the moon tonight; I'll be looking at it too.", "casual trad", "lover friend family", hols="中秋",
      occ="!群里"),
    P("Tonight's moon is rendering at full resolution, so enjoy the show.", "tech", hols="中秋"),
    P("Sweet or savory, zongzi taste best when shared.", "casual trad", hols="端午"),
    P("If you get the chance, go watch the dragon boats and soak up the noise.", "casual", hols="端午"),
    P("The dragon boat races are worth catching if you can; the drums alone are worth it.", "trad casual biz",
      hols="端午"),
    P("May the season bring you and your family good health and peace.", "biz trad", "!family !lover",
      hols="端午 重阳 冬至"),
    P("Eat the tangyuan while they're hot and take your time with the lanterns.", "casual trad", hols="元宵"),
    P("The lanterns are up, and the new year finally feels complete.", "trad casual biz", hols="元宵"),
    P("The stars tonight are keeping track of everything I want to tell you.", "casual trad tech", "lover",
      hols="七夕", tags="tender"),
    P("Flowers are optional; being thought of is what counts.", "casual trad", hols="七夕"),
    P("New calendar, clean page: leave last year's worries where they belong.", "casual trad", hols="元旦"),
    P("I hope you get out and enjoy the holiday, crowds and all.", "casual", hols="国庆 劳动节"),
    P("It's a good day to climb somewhere high and call the elders in the family.", "trad casual", hols="重阳"),
    P("Have a bowl of dumplings tonight; the old saying is that your ears will thank you.", "casual trad",
      hols="冬至"),
    P("One more candle on the cake means one more reason to celebrate.", "casual trad", hols="生日"),
    P("Today you get to pick the restaurant, the music and the dessert.", "casual", "!boss !client !partner",
      hols="生日"),
    P("Birthdays are a good excuse to slow down and enjoy the people around you.", "trad casual biz",
      hols="生日"),
    P("Age is just a version number, and yours keeps getting better.", "tech", hols="生日", tags="tech"),
    P("On this special day, I wish you health, joy and every happiness.", "biz trad", hols="生日"),
    P("I hope your stockings are full and your evenings are cozy.", "casual trad", hols="圣诞"),
    P("Wishing you and your family a warm and peaceful holiday season.", "biz trad", "!family !lover",
      hols="圣诞 元旦 other"),
    P("Take a little time off and enjoy the holiday.", "casual trad", hols="other"),
]

EN["hope"] = [
    P("Please don't overdo it; rest well and take good care of yourself.", "trad casual", "family"),
    P("I hope you sleep in, eat well, and let someone else do the dishes for once.", "casual",
      "family friend lover"),
    P("I hope every day brings you something to smile about, and I'll handle the worries.", "casual trad", "lover",
      tags="tender"),
    P("Fewer meetings, more sleep, and a trip somewhere you've been wanting to go.", "casual", "friend peer"),
    P("Please take good care of yourself and don't always be the last one to leave the office.", "casual trad",
      "team peer"),
    P("Please make sure to get some real rest over the holiday.", "biz trad casual",
      "boss client partner teacher family"),
    P("I hope you and your family enjoy peace, health and happiness.", "biz trad", "biz boss general teacher"),
    P("I hope all your worries get flagged as bugs and patched in one go.", "tech", tags="tech"),
    P("May your joy stream without rate limits and your tokens never run out.", "tech", tags="tech"),
    P("I hope life is kind to you, in small ways and big ones.", "casual trad tech"),
    P("Please take some time for yourself over the holiday.", "trad casual biz", hols="!birthday"),
]

EN["wish"] = [
    P("Wishing you a joyful reunion, a full table and plenty of good fortune.", "trad", hols="reunion"),
    P("{greet}, and may peace and good fortune follow you all year long!", "trad"),
    P("May your home be warm and your days bright in {ahead}.", "trad", hols="!birthday"),
    P("{greet}! Wishing you and your family health and happiness.", "trad biz", "!family !lover"),
    P("{greet}! Eat well, rest well, and have fun.", "casual"),
    P("{greet}! Let's make {ahead} a good one.", "casual"),
    P("Eat well, rest well, and have a wonderful {H}.", "casual trad", hols="!birthday"),
    P("I hope {ahead} treats you gently and brings you good news early.", "casual", "!senior !biz"),
    P("May {ahead} bring you everything you want and everyone you miss.", "casual trad"),
    P("Wishing you peace, good health and a home full of laughter.", "trad"),
    P("Wishing you joy in the everyday and luck when it counts.", "trad casual"),
    P("May good fortune find you early and often in {ahead}.", "trad"),
    P("{greet}! I hope {ahead} treats you gently.", "casual", "!senior !biz"),
    P("{greet}! May {ahead} bring you everything you want and everyone you miss.", "casual"),
    P("{greet}! Mute the work chat and actually enjoy the break.", "casual", "friend peer team",
      hols="!birthday", tags="playful"),
    P("{greet}. I want to spend every holiday from now on with you.", "casual trad tech", "lover", tags="tender"),
    P("{greet}! May {ahead} bring zero bugs and maximum good luck.", "tech", tags="tech"),
    P("{greet}! May every iteration in {ahead} ship smoothly.", "tech", tags="tech"),
    P("{greet}! Joy parameters maxed out, worries garbage-collected.", "tech", tags="tech"),
    P("{greet}! May your version be stable and every light be green.", "tech", tags="tech"),
    P("May {ahead} bring you zero bugs and maximum good luck.", "tech", tags="tech"),
    P("May every iteration in {ahead} ship smoothly for you.", "tech", tags="tech"),
    P("My wish for you this {H}: joy parameters maxed out, worries garbage-collected.", "tech", hols="!birthday",
      tags="tech"),
    P("{greet}, and best wishes for continued success in {ahead}.", "biz"),
    P("With sincere thanks, and best wishes for continued success in {ahead}.", "biz"),
    P("May {ahead} bring you good health and every success.", "biz trad"),
    P("{greet}! I look forward to building on our partnership in {ahead}.", "biz", "work"),
    P("{greet}, and may {ahead} bring you good health and every success.", "biz trad"),
    P("{greet}! Wishing you every success in {ahead}, and I look forward to learning from you.",
      "biz trad casual", "boss teacher"),
]

EN["zodiac"] = [
    P("May the Year of the {Z} treat you kindly and bring good news early.", "trad casual biz"),
    P("The Year of the {Z} is officially live, and I hope it ships with zero bugs for you.", "tech", tags="tech"),
    P("Here's to a lucky Year of the {Z}!", "casual trad"),
    P("May the Year of the {Z} bring you health, prosperity and new opportunities.", "biz trad"),
]

EN["forward"] = [
    P("In {ahead}, I hope everything you set out to do goes smoothly.", "trad casual"),
    P("In {ahead}, do the things you want to do and see the people you miss.", "casual"),
    P("In {ahead}, may your compute be plentiful and your mood always online.", "tech", tags="tech"),
    P("I look forward to working with you again in {ahead} and turning more good ideas into results.", "biz",
      "work"),
    P("I look forward to many more collaborations with you in {ahead}.", "biz casual trad", "biz"),
    P("In {ahead}, I'll keep working hard to live up to your trust.", "biz trad casual", "boss client teacher"),
    P("In {ahead}, I want to go more places and watch more sunsets with you.", "casual trad", "lover",
      tags="tender"),
    P("May {ahead} be full of small, good surprises for you.", "casual trad tech"),
    P("I look forward to seeing you again soon.", "casual trad biz", "!lover"),
]

EN["plan"] = [
    P("Let's grab hot pot soon; it's on me.", "casual tech", "friend peer"),
    P("Let's catch up properly soon; I have a lot of stories saved up.", "casual", "close peer team general"),
    P("When you're back, same old place, first round on me.", "casual", "friend", tags="playful"),
    P("I'll be home soon, and I'm bringing snacks.", "casual trad", "family", hols="!birthday"),
    P("I'll call more often, so please don't worry about me.", "trad casual", "family"),
    P("When we see each other, let's have a long dinner and an even longer walk.", "casual trad", "lover",
      tags="tender"),
    P("Coffee's on me when we're back at work.", "casual", "peer team", hols="!birthday"),
    P("I hope to visit you soon and catch up properly.", "trad casual biz", "teacher general"),
    P("Let's find a time to catch up over tea.", "biz trad casual", "general biz boss friend"),
    P("I look forward to meeting after the holiday to talk through our plans.", "biz", "biz boss",
      hols="!birthday"),
    P("Let's ship a few more great projects together after the break.", "tech", "peer team partner",
      hols="!birthday", tags="tech"),
    P("Let me treat you to a belated birthday dinner soon.", "casual trad", "close peer team", hols="生日"),
]

EN["tech"] = [
    P("All of this year's worries have been filed as bugs and scheduled for deletion.", hols="!birthday",
      tags="tech"),
    P("This message went through several iterations, and only the most sincere version survived.", tags="tech"),
    P("May your good luck have no token limit and your surprises always deploy on time.", tags="tech"),
    P("Consider this greeting a long-term release with no expiry date.", tags="tech"),
]

EN["warm"] = [
    P("I don't say it often enough, so let me say it now: thank you.", "", "!biz", tags="warm"),
    P("Having you around makes everything better.", "", "close peer team general", tags="warm"),
    P("No matter how far apart we are, you're always on my mind.", "", "close teacher", tags="warm"),
    P("I'm truly grateful to have you in my corner.", "", "work teacher general", tags="warm"),
]

EN["aside"] = [
    P("Please give my best to your family.", "biz trad casual", "!family !lover"),
    P("No need to reply; just enjoy the break.", "casual trad", "!senior !biz", hols="!birthday"),
    P("No reply needed; please simply enjoy the holiday.", "biz trad", hols="!birthday", tags="written"),
    P("Things have been busy on my side, but I wanted to make time for this.", "casual trad biz tech"),
    P("The whole team sends their regards as well.", "biz trad casual tech", "biz boss"),
    P("Writing this brought back a lot of good memories.", "casual trad", "close peer general"),
    P("It's getting cold out there, so please stay warm.", "trad casual biz",
      hols="中秋 重阳 冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("Travel safely if you're on the road over the holiday.", "trad casual biz", hols="春节 国庆 劳动节 中秋"),
    P("Writing this took longer than my last deployment, and it was worth every minute.", "tech", occ="!spoken",
      tags="tech"),
    P("Nobody asked me to send this; I simply wanted to.", "casual tech", "work general"),
    P("I'll keep the rest for when we catch up in person.", "casual trad", "close peer"),
    P("How have things been on your side? Tell me everything next time.", "casual", "close peer team general"),
]

EN["closing"] = [
    P("Warmest wishes!", "trad casual biz"),
    P("Talk soon!", "casual tech", "close peer team general"),
    P("Can't wait to see you!", "casual", "close peer team"),
    P("Cheers to {ahead}!", "casual tech"),
    P("Big hug!", "casual", "lover friend family", tags="playful"),
    P("Miss you, see you soon.", "casual trad", "lover", occ="!群里", tags="tender"),
    P("This greeting has no expiry date.", "tech"),
    P("With best regards.", "biz trad", occ="!spoken", tags="written"),
    P("Thank you again for your support, and all the best!", "biz trad", "work general teacher"),
    P("Wishing the whole group a wonderful holiday too!", occ="群里", hols="!birthday"),
    P("That's all from me, with a big smile!", "casual trad tech", occ="spoken"),
]
