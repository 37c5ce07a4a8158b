#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind8_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this eighth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind8_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to seventh sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind8_build.py`` writes the JSON and the .md next to this file.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import unicodedata

import sys as _sys

_sys.dont_write_bytecode = True  # never leave .pyc files next to the judge or here

VERSION = "2026-12-06"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind8_2026-12.json"
MD_NAME = "followup_blind8_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the third to seventh sets' notes were read for their format, labelling "
    "rules and judgement calls, and the seventh set's build and check scripts only for their file structure, "
    "holiday word tables and validator logic. Each greeting, thread and reply of this eighth set was newly "
    "composed one by one as people answer a holiday greeting in chat (parents, grandparents, in-laws, siblings, "
    "partners, friends, colleagues, bosses, clients, teachers and service people: ordinary replies, questions "
    "of every kind, requests, invitations, teasing jabs, worried, sad, cold, touched and busy replies, short "
    "cold answers, voice-input run-ons, emoji and stickers, typos, replies that pick up a detail or joke of the "
    "greeting, English exchanges, multi-round threads), avoiding the wording of the earlier sets, of the "
    "examples in their notes, of the judge's docstrings and of the README. Mood and question were labelled as "
    "a careful human reader would, following the earlier sets' rules unchanged. Expectations (answer_kind = "
    "question, register, forbidden traps, holiday words, must_mention_any for offered options) use the "
    "vocabularies of tests/followup_judge.py; a hand-written reference follow-up per item, kept only in the "
    "build script, passes all four judge checks."
)

# ------------------------------------------------------------------ holiday word tables
OK_ZH = {
    "春节": ["春节", "新年", "过年", "拜年", "年夜饭", "红包", "除夕", "新春"],
    "元宵": ["元宵", "汤圆", "花灯", "灯会", "灯谜", "正月十五"],
    "清明": ["清明", "扫墓", "踏青", "青团", "祭扫", "安康"],
    "端午": ["端午", "粽子", "龙舟", "艾草", "安康"],
    "中秋": ["中秋", "月饼", "团圆", "赏月", "月亮", "柚子"],
    "国庆": ["国庆", "长假", "十一", "假期", "黄金周"],
    "元旦": ["元旦", "新年", "跨年", "新的一年"],
    "冬至": ["冬至", "饺子", "汤圆", "羊肉汤", "数九"],
    "七夕": ["七夕", "鹊桥", "牛郎织女", "约会"],
    "情人节": ["情人节", "玫瑰", "巧克力", "约会"],
    "教师节": ["教师节", "老师", "桃李", "讲台", "园丁"],
    "母亲节": ["母亲节", "妈妈", "康乃馨"],
    "父亲节": ["父亲节", "爸爸", "老爸"],
    "感恩节": ["感恩节", "感恩", "火鸡"],
    "生日": ["生日", "蛋糕", "寿星", "许愿", "长寿面"],
    "圣诞节": ["圣诞", "平安夜", "圣诞树", "礼物", "圣诞老人"],
}

OTHER_ZH = {
    "春节": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "圣诞", "平安夜", "感恩节", "火鸡", "教师节",
           "母亲节", "父亲节", "冬至快乐"],
    "元宵": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "圣诞", "感恩节", "教师节", "母亲节", "父亲节",
           "冬至", "除夕快乐"],
    "清明": ["中秋", "月饼", "粽子", "端午", "春节快乐", "新年快乐", "拜年", "圣诞", "七夕", "元宵", "汤圆", "国庆"],
    "端午": ["中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞", "国庆", "冬至",
           "教师节"],
    "中秋": ["过年", "春节", "拜年", "新年快乐", "初六", "除夕", "年夜饭", "端午", "粽子", "元宵", "汤圆", "清明", "七夕",
           "圣诞", "冬至"],
    "国庆": ["春节", "过年", "拜年", "新年快乐", "除夕", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "圣诞", "冬至",
           "情人节"],
    "元旦": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节"],
    "冬至": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节", "拜年", "春节快乐"],
    "七夕": ["中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "端午", "粽子", "元宵", "汤圆", "清明", "圣诞", "冬至",
           "国庆", "教师节", "母亲节", "父亲节"],
    "情人节": ["七夕", "鹊桥", "中秋", "月饼", "端午", "粽子", "清明", "圣诞", "国庆", "冬至", "教师节", "母亲节",
            "父亲节"],
    "教师节": ["春节", "过年", "拜年", "新年快乐", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "圣诞", "冬至",
            "情人节", "母亲节", "父亲节"],
    "母亲节": ["父亲节", "中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞",
            "冬至", "国庆", "教师节", "情人节"],
    "父亲节": ["母亲节", "中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞",
            "冬至", "国庆", "教师节", "情人节"],
    "感恩节": ["中秋", "月饼", "春节快乐", "拜年", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "国庆", "教师节",
            "母亲节", "父亲节", "情人节"],
    "生日": ["中秋快乐", "春节快乐", "新年快乐", "圣诞快乐", "端午安康", "端午快乐", "七夕快乐", "元宵快乐", "国庆快乐",
           "情人节快乐", "母亲节快乐", "父亲节快乐", "教师节快乐", "感恩节快乐", "冬至快乐", "元旦快乐", "清明节"],
    "圣诞节": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节", "元宵", "情人节",
            "拜年"],
}

OK_EN = {
    "春节": ["lunar new year", "chinese new year", "new year", "dumplings", "red envelope", "spring festival"],
    "元宵": ["lantern festival", "lantern", "tangyuan", "riddles"],
    "清明": ["qingming", "tomb sweeping", "remember", "candle"],
    "端午": ["dragon boat", "zongzi", "rice dumplings"],
    "中秋": ["mid-autumn", "mooncake", "moon", "lantern"],
    "国庆": ["national day", "golden week", "holiday", "break"],
    "元旦": ["new year", "countdown", "fireworks", "2027", "resolution"],
    "冬至": ["dongzhi", "winter solstice", "longest night", "dumplings", "tangyuan"],
    "七夕": ["qixi", "chinese valentine", "date", "roses"],
    "情人节": ["valentine", "roses", "chocolate", "date"],
    "教师节": ["teachers' day", "teacher", "class", "lesson"],
    "母亲节": ["mother's day", "mom", "mum", "flowers"],
    "父亲节": ["father's day", "dad", "grandpa"],
    "感恩节": ["thanksgiving", "grateful", "turkey", "pie"],
    "生日": ["birthday", "cake", "candles", "wish"],
    "圣诞节": ["christmas", "xmas", "holidays", "santa", "gifts", "new year"],
}

OTHER_EN = {
    "春节": ["christmas", "thanksgiving", "mid-autumn", "mooncake", "halloween", "easter"],
    "元宵": ["christmas", "thanksgiving", "mid-autumn", "mooncake", "halloween", "easter"],
    "清明": ["christmas", "thanksgiving", "mooncake", "halloween", "valentine", "lunar new year"],
    "端午": ["christmas", "thanksgiving", "mooncake", "mid-autumn", "lunar new year", "halloween", "valentine"],
    "中秋": ["christmas", "thanksgiving", "lunar new year", "chinese new year", "valentine", "easter", "halloween"],
    "国庆": ["christmas", "thanksgiving", "lunar new year", "valentine", "easter"],
    "元旦": ["mooncake", "mid-autumn", "thanksgiving", "easter", "valentine", "halloween", "dragon boat"],
    "冬至": ["mooncake", "mid-autumn", "easter", "valentine", "halloween", "dragon boat", "thanksgiving"],
    "七夕": ["christmas", "thanksgiving", "mooncake", "lunar new year", "easter", "halloween"],
    "情人节": ["christmas", "thanksgiving", "mooncake", "mid-autumn", "halloween", "easter", "qixi"],
    "教师节": ["christmas", "valentine", "easter", "lunar new year", "halloween"],
    "母亲节": ["father's day", "christmas", "thanksgiving", "valentine", "halloween", "mooncake"],
    "父亲节": ["mother's day", "christmas", "thanksgiving", "valentine", "halloween", "mooncake"],
    "感恩节": ["easter", "valentine", "mooncake", "mid-autumn", "halloween", "lunar new year", "st. patrick"],
    "生日": ["merry christmas", "happy thanksgiving", "happy new year", "happy valentine", "happy mother's day",
           "happy father's day", "happy easter"],
    "圣诞节": ["thanksgiving", "easter", "valentine", "halloween", "mooncake", "mid-autumn", "lunar new year"],
}

LAUGH_ZH = ["哈哈"]
LAUGH_EN = ["haha", "lol"]



# ------------------------------------------------------------------ the items

_RAW: list[dict] = []


def it(lang, holiday, style, relation, category, recipient, greeting, reply, mood, question, register, ref, *,
       sender=None, thread=(), forbid=(), must=(), pick=False):
    turns = []
    for t in thread:
        who, text = t.split(":", 1)
        turns.append({"from": {"R": "recipient", "S": "sender"}[who], "text": text})
    _RAW.append(dict(language=lang, holiday=holiday, style=style, relation=relation, relation_category=category,
                     recipient=recipient, sender_name=sender, greeting=greeting, thread=turns, reply=reply,
                     mood=mood, question=question, register=register, ref=ref, forbid=list(forbid),
                     must=list(must), pick=bool(pick)))


Z, E = "zh", "en"
TRAD, CASUAL, TECH, BIZ = "传统喜庆", "轻松自然", "LLM科技风", "商务得体"
RESP, INTI, CAS, FORM = "respectful", "intimate", "casual", "formal"
PARENT_RELATIONS = {"母亲", "父亲", "mother", "father"}
NO_OVERTIME = ["加班"]

# ---------------------------------------------------------------- 春节
it(Z, "春节", TRAD, "外公", "家人", "外公",
   "外公新年好！给您拜年啦，祝您新的一年身体棒棒，下棋天天赢～",
   "好好 你今年啥时候回来 外公把象棋摆好了 等你来杀两盘",
   "happy", "when", RESP, "外公，我腊月二十八晚上到家，这回让您三个子！",
   thread=["R:外公也祝你新年好 在外面吃得好不好", "S:吃得好 外公 今年我一定回去陪您下棋"], pick=True)
it(Z, "春节", CASUAL, "母亲", "家人", "妈",
   "妈 新年快乐！今年年夜饭我负责洗碗，说到做到🙋",
   "拉倒吧 去年你也这么说 最后碗是你爸洗的😂",
   "teasing", "none", INTI, "这回真的我洗，你盯着我，一只碗都不让爸碰！", pick=True)
it(Z, "春节", CASUAL, "哥哥", "家人", "哥",
   "哥，新年快乐！红包我就不要了，给我侄子多包点😄",
   "你侄子发话了 小姑的红包他要两个 一个买奥特曼一个买辣条",
   "happy", "request", CAS, "行，两个红包我都备好了，让他大年初一等着小姑！", pick=True)
it(Z, "春节", BIZ, "老板", "领导", "王总",
   "王总新年好！感谢您这一年的信任和指点，祝您新春大吉、阖家安康。",
   "新年好。初七上午十点开会 把年度复盘带上",
   "cold", "request", RESP, "好的王总，初七上午十点前把年度复盘准备好带过去。")
it(Z, "春节", BIZ, "客户", "客户", "李总",
   "李总，新春快乐！新的一年继续合作愉快，祝贵公司生意兴隆。",
   "同样祝福！年后那批货能不能初十前发出来 我们三月份要上柜",
   "happy", "request", FORM, "能的，李总，初九就安排发车，一定赶得上三月。",
   forbid=NO_OVERTIME)
it(Z, "春节", CASUAL, "朋友", "朋友", "老周",
   "老周新年快乐！今年争取少熬夜多赚钱，咱们开春约个烧烤～",
   "新年快乐兄弟我跟你说我现在在我丈母娘家被七大姑八大姨围着问什么时候要孩子我快顶不住了你赶紧给我打个电话救我出去",
   "worried", "request", CAS, "好，我这就给你打过去，就说公司服务器着火了！")
it(E, "春节", CASUAL, "friend", "朋友", "Mia",
   "Happy Lunar New Year, Mia! May your year of the goat be less stubborn than you 🐐",
   "rude!!! but thank you 😂 are you coming to the potluck at Jen's on saturday??",
   "teasing", "yes_no", CAS, "Yes, count me in on Saturday, I'm bringing a pot of dumplings!", pick=True)
it(Z, "春节", TRAD, "婆婆", "家人", "妈",
   "妈，新年好！祝您身体健康，今年少操点心，多出去走走。",
   "好孩子 你们开车路上慢点 到了给我发个信息",
   "happy", "request", RESP, "好的妈，到家第一时间给您发消息，您放心。")
it(Z, "春节", TECH, "同事", "同事", "小吴",
   "小吴新年快乐！新的一年，愿你的代码零报错，年终奖自动扩容🚀",
   "哈哈哈 借你吉言 对了年会抽的那个空气炸锅你拿回家了吗 我的还在工位上",
   "happy", "yes_no", CAS, "拿了，放假前一天就扛回去了，你的得节后再拿。",
   thread=["R:新年快乐！你回老家了吗", "S:回了 在家躺了三天 胖了五斤"])
it(Z, "春节", TRAD, "房东", "其他", "张阿姨",
   "张阿姨新年好！祝您新春快乐，身体健健康康！",
   "新年好 小伙子 过年回家记得把阳台的窗关好 前两天风大",
   "happy", "request", RESP, "好的张阿姨，走之前一定把窗关严，谢谢您提醒。")
it(E, "春节", TRAD, "uncle", "家人", "Uncle Frank",
   "Happy Chinese New Year, Uncle Frank! Wishing you health and luck in the year ahead.",
   "That's big news, kiddo. How's the new apartment treating you? Settling in?",
   "happy", "how_are_you", RESP, "It's great, Uncle Frank, I'm settling in well and finally unpacked.",
   thread=["R:Thank you, kiddo! Same to you.", "S:And guess what, I moved into my own place last week!"])
it(Z, "春节", CASUAL, "朋友", "朋友", "阿杰",
   "阿杰新年快乐！今年在哪边过年？",
   "在我老婆老家 你猜是哪个省 给你个提示 顿顿吃辣",
   "happy", "where", CAS, "肯定是四川省，你这回要被辣哭了。")

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "女朋友", "恋人", "宝",
   "宝，元宵节快乐！今晚陪你去看灯会，你负责猜谜我负责拎汤圆🏮",
   "好呀好呀 几点来接我 我还没化妆",
   "happy", "when", INTI, "七点到你楼下，不着急，慢慢化！",
   thread=["R:那你要是猜不出来 给我买糖葫芦", "S:没问题 今晚糖葫芦管够"])
it(Z, "元宵", TRAD, "爷爷", "家人", "爷爷",
   "爷爷元宵节快乐！汤圆吃了没？别吃太多，不好消化～",
   "🏮🏮😁",
   "happy", "none", RESP, "爷爷今晚吃两个尝尝就好，明天我给您打视频！")
it(Z, "元宵", CASUAL, "弟弟", "家人", "老弟",
   "老弟元宵快乐！灯谜猜出来几个了？",
   "就这个 “千里相逢” 打一字 出题的大爷太狠了",
   "happy", "what", CAS, "千加里拼一块儿，就是重字。",
   thread=["R:一个没猜出来 丢人", "S:哪个 发来我帮你"])
it(Z, "元宵", TRAD, "导师", "老师", "刘老师",
   "刘老师元宵节快乐！祝您和家人团团圆圆。",
   "谢谢。开题报告下周一前发我邮箱",
   "cold", "request", RESP, "好的刘老师，周日晚上之前发到您邮箱。")
it(E, "元宵", CASUAL, "colleague", "同事", "Ben",
   "Ben, happy Lantern Festival! Hope the office tangyuan didn't glue your jaw shut.",
   "barely survived lol. hey could you cover my 9am standup tomorrow? dentist",
   "happy", "request", CAS, "Sure, I'll run the standup, go fix that jaw.", pick=True)
it(Z, "元宵", CASUAL, "妹妹", "家人", "妹",
   "妹，元宵快乐！今年还去河边放花灯吗？",
   "那你顺路给我带一杯杨枝甘露 要少冰",
   "happy", "request", CAS, "行，少冰的杨枝甘露，到了给你打电话。",
   thread=["R:去啊 你来不来", "S:来 我下班直接过去"])
it(Z, "元宵", CASUAL, "外婆", "家人", "外婆",
   "外婆，元宵节快乐！我在这边也买了汤圆，黑芝麻的，跟您包的一个味儿。",
   "外婆的手今年抖得厉害 包不动了 就买了两袋速冻的 一个人吃也没意思",
   "sad", "none", RESP, "外婆，等我五一回去陪您，您想吃啥馅我都给您包。")
it(Z, "元宵", BIZ, "客户", "客户", "陈经理",
   "陈经理，元宵佳节快乐！祝您阖家团圆，万事顺遂。",
   "谢谢 同祝。正好问一下 上次说的报价单什么时候能发过来",
   "cold", "when", FORM, "陈经理，报价单明早十点前发您邮箱。",
   forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "闺蜜", "朋友", "小鹿",
   "元宵快乐！今年灯会人挤人，记得别把男朋友挤丢了😂",
   "丢了正好 我早就想丢了[白眼]",
   "teasing", "none", CAS, "嘴硬，昨天还晒他给你买的糖葫芦。")
it(Z, "元宵", TRAD, "姑姑", "家人", "姑姑",
   "姑姑元宵节快乐！今晚家里热闹吧？",
   "热闹着呢 正在厨房煮汤圆 二十多口人 顾不上看手机了",
   "busy", "none", RESP, "姑姑您先忙，别累着，改天我再给您打电话。")
it(E, "元宵", CASUAL, "friend", "朋友", "Chloe",
   "Happy Lantern Festival, Chloe! Did you make it to the lantern fair?",
   "we did!! guess what shape the biggest lantern was",
   "happy", "what", CAS, "Let me guess, a giant golden rabbit with glowing ears.")
it(Z, "元宵", CASUAL, "表妹", "家人", "表妹",
   "元宵节快乐！晚上一起去看灯吗？",
   "去！城隍庙还是江滩 江滩人少点",
   "happy", "choice", CAS, "那就江滩，七点地铁口见。", must=["城隍庙", "江滩"])

# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "父亲", "家人", "爸",
   "爸，清明今年我请不下假，您替我给爷爷多烧点纸，跟他说我挺好的。",
   "说了 纸也烧了 还跟他说你当主管了 他肯定高兴",
   "happy", "none", INTI, "谢谢爸，明年清明我一定请假回去给爷爷磕个头。",
   thread=["R:行 你在外面照顾好自己", "S:爸 再帮我跟爷爷说一声 我今年升主管了"])
it(Z, "清明", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶清明安康！上山的时候慢点走，路滑。",
   "你二叔陪着呢 倒是你 一个人在外面 清明别乱跑 晚上早点回屋",
   "worried", "request", RESP, "奶奶放心，我今天就在家待着，晚上哪也不去。",
   thread=["R:好孩子 奶奶知道", "S:奶奶 今年我回不去 您替我给爷爷上炷香"])
it(Z, "清明", CASUAL, "朋友", "朋友", "阿宁",
   "清明了，要是想你姥爷了就给我打电话，我一直在。",
   "嗯 今天去看他了 墓碑上的照片还是他六十岁那年拍的 我站那半天说不出话",
   "sad", "none", CAS, "我明白，他肯定知道你去了，晚上我陪你吃个饭吧。")
it(E, "清明", CASUAL, "friend", "朋友", "Lena",
   "Lena, you've been on my mind all week with Qingming coming. First one without your mom, I know.",
   "thank you. I lit a candle for her this morning. it helped a little",
   "sad", "none", CAS, "I'm glad it helped. I'm up late tonight, ring me whenever.")
it(Z, "清明", CASUAL, "同事", "同事", "老孟",
   "清明假期愉快！好好休息，回来再战。",
   "愉快不了 服务器迁移 我三天都蹲在机房",
   "busy", "none", CAS, "辛苦了，要帮忙就喊一声，回来请你喝咖啡。")
it(Z, "清明", TRAD, "岳父", "家人", "爸",
   "爸，清明安康！今年我和小雨回去一起上坟，东西我们来准备。",
   "好 纸钱香烛家里都有 你们带点鲜花就行 几号回来",
   "happy", "when", RESP, "爸，我们四号上午到家，鲜花路上买好带回去。")
it(Z, "清明", CASUAL, "班主任", "老师", "王老师",
   "王老师清明安康！这个假期您也好好歇歇。",
   "谢谢家长 也祝您假期愉快 踏青回来记得让孩子写篇小作文 三百字就行",
   "happy", "request", RESP, "好的王老师，回来就让她写，周一交给您。")
it(Z, "清明", CASUAL, "儿子", "家人", "儿子",
   "儿子，清明跟你爸回老家，在山上别乱跑，听大人的话。",
   "知道啦妈 太爷爷坟边上有棵桃树开花了 我能不能摘一枝",
   "happy", "yes_no", INTI, "不能摘哦，花留在那儿陪太爷爷，拍张照片给妈妈看。")
it(Z, "清明", CASUAL, "医生", "其他", "赵医生",
   "赵医生，清明假期安康！谢谢您去年救了我爸。",
   "不客气 你爸最近血压稳不稳",
   "happy", "how_are_you", RESP, "还好，血压一直挺稳定，每天都按时吃药。")
it(Z, "清明", CASUAL, "表哥", "家人", "表哥",
   "表哥清明安康，今年回村里上坟吗？",
   "不回",
   "cold", "none", CAS, "好，那我替你多上一炷香。")
it(Z, "清明", CASUAL, "同事", "同事", "小何",
   "清明假期愉快！踏青去了吗？",
   "去了 拍到一大片紫色的花海 你知道那是哪吗 我忘了问",
   "happy", "where", CAS, "看着像植物园的二月兰，城北那个植物园。")

# ---------------------------------------------------------------- 端午
it(Z, "端午", BIZ, "领导", "领导", "周总",
   "周总端午安康！粽子已经放您办公桌上了，蛋黄肉的。",
   "收到 在外地出差 周三回",
   "busy", "none", RESP, "好的周总，出差辛苦，粽子我先放冰箱。")
it(Z, "端午", CASUAL, "母亲", "家人", "妈",
   "妈，端午快乐！今年粽子别包太多了，上回冻到八月还没吃完。",
   "不多不多 才包了八十个 你回来拿还是给你寄",
   "happy", "choice", INTI, "给我寄吧，寄二十个就够，多了真吃不完！", must=["回来拿", "寄"], pick=True)
it(E, "端午", BIZ, "client", "客户", "Mr. Harris",
   "Dear Mr. Harris, all of us at Lumen Design send our best for the Dragon Boat Festival.",
   "About that, could we push it to next Monday? Our CTO is out all week.",
   "happy", "yes_no", FORM, "Yes, Monday works for us. I'll send an updated invite today.",
   thread=["R:Thank you, and the same to your team.", "S:Thanks! Just confirming our review on Thursday at 2pm."],
   forbid=["overtime"])
it(Z, "端午", CASUAL, "朋友", "朋友", "大刘",
   "端午安康！今年龙舟赛你还去划吗？别又把桨掉河里🤣",
   "那是战术性丢桨 你懂个啥",
   "teasing", "none", CAS, "懂懂懂，战术大师，今年我带根绳帮你把桨拴上。", pick=True)
it(Z, "端午", TRAD, "公公", "家人", "爸",
   "爸，端午节快乐！给您寄了两瓶黄酒，记得别喝多。",
   "你们有心了 酒收到了 下周末带孩子回来吃饭吧 你妈包了碱水粽",
   "happy", "invitation", RESP, "好的爸，下周六上午我们就回去，孩子念叨碱水粽好久了。")
it(Z, "端午", CASUAL, "姐姐", "家人", "姐",
   "姐，端午安康！",
   "退了 但还咳 晚上一直醒 我都两天没睡整觉了",
   "worried", "none", CAS, "姐你先补个觉，明天我过去帮你带半天。",
   thread=["R:谢谢 你也安康", "S:宝宝退烧了没"])
it(Z, "端午", CASUAL, "健身教练", "其他", "刘教练",
   "刘教练端午快乐！粽子这几天吃多了，下周练腿手下留情啊😂",
   "留情是不可能的 吃了几个 老实交代",
   "teasing", "what", CAS, "四个，两个蛋黄肉的两个豆沙的，我认罚。")
it(Z, "端午", CASUAL, "男朋友", "恋人", "亲爱的",
   "端午快乐呀，这次真的又要加班，晚上没法陪你去看龙舟了，对不起🥺",
   "哦 没事 习惯了",
   "cold", "none", INTI, "我不找理由了，明天一早我去接你，整天都陪你。",
   forbid=["下次", "明年一定"])
it(Z, "端午", TRAD, "邻居", "其他", "李奶奶",
   "李奶奶端午安康！给您门口挂了两把艾草，驱驱蚊。",
   "哎呀好孩子 奶奶刚出门就看见了 眼眶都热了 你比我亲孙子还上心",
   "touched", "none", RESP, "李奶奶您别客气，有事喊一声，我就在对门。")
it(E, "端午", CASUAL, "sister", "家人", "sis",
   "Sis, happy Dragon Boat Festival! Did Grandma send you zongzi too?",
   "she sent FORTY. forty. where am I supposed to put forty zongzi in a studio apartment",
   "teasing", "none", CAS, "Freeze half and bring the rest to my place, I'll help you eat them.")
it(E, "端午", CASUAL, "colleague", "同事", "Leo",
   "Leo! Dragon Boat Festival greetings from the office. Are you watching the races?",
   "yep, front row! where are you sitting? I'll come find you",
   "happy", "where", CAS, "Right by the food stalls at the park entrance, look for the red cap.")
it(Z, "端午", CASUAL, "妻子", "恋人", "老婆",
   "端午安康老婆！今年粽子咱自己包还是买现成的？",
   "你包的上次全散了 买吧 咸的还是甜的你定",
   "teasing", "choice", INTI, "咸的，蛋黄肉粽，买两盒。", must=["咸的", "甜的"])
it(Z, "端午", BIZ, "客户", "客户", "吴总",
   "吴总，端午安康！给您和家人寄了一盒嘉兴的粽子，一点心意。",
   "粽子收到了 谢谢小林 上次说的样品什么时候寄过来",
   "happy", "when", FORM, "吴总，样品周四发顺丰，周五就能到。",
   forbid=NO_OVERTIME)

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", CASUAL, "外婆", "家人", "外婆",
   "外婆中秋快乐！今年单位排班回不去，您多吃块月饼，把我那份也吃了。",
   "唉 桌上又少一个人 外婆给你留了块豆沙的 放着等你回来",
   "sad", "none", RESP, "外婆，国庆我一定回去，那块豆沙的我一到家就吃。")
it(Z, "中秋", CASUAL, "女朋友", "恋人", "宝贝",
   "中秋快乐！今晚月亮特别圆，可惜你不在身边🌕",
   "我在阳台也看着呢 你猜我现在嘴里在嚼啥",
   "happy", "what", INTI, "肯定是你妈做的那种鲜肉月饼，我隔着屏幕都闻到了。")
it(Z, "中秋", BIZ, "客户", "客户", "孙总",
   "孙总，中秋快乐！一点心意，月饼礼盒已寄到贵司前台，请查收。",
   "收到了 谢谢费心 我们节后约个时间 聊聊明年的框架协议",
   "happy", "invitation", FORM, "好的孙总，节后第一周我带方案登门拜访。",
   forbid=NO_OVERTIME)
it(Z, "中秋", CASUAL, "女儿", "家人", "闺女",
   "闺女，中秋快乐！学校发月饼了吗？",
   "发了 两个莲蓉的 室友都回家了 就剩我一个人在宿舍",
   "sad", "none", INTI, "闺女别难过，晚上跟妈视频，咱俩隔着屏幕一起看月亮。")
it(E, "中秋", BIZ, "boss", "领导", "Ms. Lin",
   "Ms. Lin, happy Mid-Autumn! I've learned so much in my first year on your team.",
   "Are you joining the team dinner on Friday?",
   "happy", "yes_no", RESP, "Yes, I'll be there on Friday, looking forward to it.",
   thread=["R:Thank you, Kevin! You've done really well.", "S:That means a lot, thank you!"])
it(Z, "中秋", CASUAL, "朋友", "朋友", "胖子",
   "中秋快乐呀胖子！月饼少吃点，你那体检报告我还记着呢。",
   "你可别提了我妈今天给我装了一后备箱月饼说公司发的不够吃你要不要来拿点不然真吃不完了",
   "happy", "yes_no", CAS, "要，给我留两盒蛋黄的，我明天下班去拿。")
it(Z, "中秋", BIZ, "处长", "领导", "张处",
   "张处中秋快乐！愿您阖家团圆，月圆人安。",
   "同乐 在值班",
   "busy", "none", RESP, "张处值班辛苦，注意休息。")
it(Z, "中秋", TRAD, "岳母", "家人", "妈",
   "妈，中秋快乐！今年我们带小宝回去过节，您别忙活太多菜。",
   "不忙不忙 小宝爱吃的糖醋排骨已经买好了 你们几点的车",
   "happy", "when", RESP, "妈，我们下午三点的车，六点前到家。")
it(Z, "中秋", TECH, "同事", "同事", "小丁",
   "中秋快乐！冰皮月饼已存入冰箱缓存，key是你的名字，请及时读取。",
   "缓存被别人命中了 盒子都空了 你的key写得太小了😤",
   "teasing", "none", CAS, "下次我用马克笔写满整个盒子，看谁还敢读。", pick=True)
it(Z, "中秋", CASUAL, "哥哥", "家人", "哥",
   "哥，中秋快乐！你们那边看得见月亮吗？",
   "行 等你照片 顺便问下爸妈这两天身体咋样",
   "happy", "how_are_you", CAS, "都挺好，爸天天遛弯，妈血压也稳定。",
   thread=["R:看不见 下了一天雨", "S:我这边贼亮 一会儿拍一张给你"])
it(E, "中秋", CASUAL, "daughter", "家人", "sweetheart",
   "Happy Mid-Autumn, sweetheart! Did your roommates like the mooncakes?",
   "they LOVED them. can you send more? like, a lot more 🥮🥮",
   "happy", "request", INTI, "Sure, I'll mail another box on Monday!")
it(Z, "中秋", CASUAL, "朋友", "朋友", "小满",
   "中秋快乐！今晚出去赏月吗？",
   "去 你说去哪看最清楚",
   "happy", "where", CAS, "去东湖边上，那边没楼挡着。")

# ---------------------------------------------------------------- 国庆
it(E, "国庆", CASUAL, "friend", "朋友", "Tom",
   "Golden Week at last, Tom! Any big plans for the break?",
   "road trip to the coast!! want to come? we have one seat left",
   "happy", "invitation", CAS, "I'd love to! Tell me when you're leaving and I'll pack tonight.",
   thread=["R:yes!!! finally a break", "S:where are you headed?"])
it(Z, "国庆", CASUAL, "父亲", "家人", "爸",
   "爸，国庆快乐！我开车回来，明天一早出发。",
   "高速肯定堵 别赶夜路 中途多歇歇 到家前打个电话",
   "worried", "request", INTI, "好的爸，我早上六点走，路上每两个小时歇一次。")
it(Z, "国庆", CASUAL, "同事", "同事", "阿彬",
   "国庆快乐！假期去哪儿玩？",
   "哪也不去 在公司值班 七天[发呆]",
   "busy", "none", CAS, "太惨了，我给你点杯奶茶送到公司。")
it(Z, "国庆", CASUAL, "驾校教练", "老师", "周教练",
   "周教练国庆快乐！科目三我一定一次过！",
   "节后第一天就约考了 这几天自己别碰车 有空看看视频",
   "happy", "request", RESP, "好的周教练，这几天就在家看视频，不碰车。")
it(Z, "国庆", CASUAL, "妻子", "恋人", "老婆",
   "老婆国庆快乐！这七天全听你安排👑",
   "那先把阳台的纱窗换了 再陪我回趟娘家 再去看个电影",
   "happy", "request", INTI, "好，纱窗明天就换，后天陪你回娘家。", pick=True)
it(Z, "国庆", TRAD, "外公", "家人", "外公",
   "外公国庆快乐！看升旗的时候想起您当年那张军装照了。",
   "外公看了一上午 眼泪没停过 你还记得那张照片 外公高兴",
   "touched", "none", RESP, "外公，那张照片我一直存在手机里，回去您再给我讲讲当兵的事。", pick=True)
it(Z, "国庆", BIZ, "客户", "客户", "郑总",
   "郑总，国庆快乐！假期后我们的新品目录第一时间发您。",
   "可以。",
   "cold", "none", FORM, "好的郑总，节后第一天发您，祝您假期愉快。",
   forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "朋友", "朋友", "阿毛",
   "国庆快乐！听说你回成都了？",
   "回了回了 明天出来喝一杯 哪儿方便你说",
   "happy", "where", CAS, "就去春熙路那家酒馆，离我家近。")
it(Z, "国庆", CASUAL, "弟弟", "家人", "弟",
   "弟，国庆快乐！借你的车我加满油还你了。",
   "够意思 那后备箱那箱橘子是给我的不",
   "happy", "yes_no", CAS, "是给你的，老家树上摘的，趁新鲜吃。")
it(E, "国庆", CASUAL, "mother", "家人", "Mom",
   "Happy National Day, Mom! Wish I could be home for the fireworks.",
   "Will do. Did you get the parcel I sent? It's been five days",
   "happy", "yes_no", INTI, "Yes, it came yesterday! The scarf is perfect, thank you Mom.",
   thread=["R:We miss you too sweetie, we'll watch them for you.", "S:Send me a video!"])
it(E, "国庆", CASUAL, "boyfriend", "恋人", "babe",
   "Happy National Day! Just landed in Shanghai, the crowds are unreal.",
   "please stay with your group, I read about the crowds on the Bund. text me when you're at the hotel?",
   "worried", "request", INTI, "Will do, I'll text you the moment I get to the hotel.",
   thread=["R:happy national day!! how was the flight", "S:smooth, but the airport was packed"])
it(Z, "国庆", CASUAL, "同事", "同事", "小潘",
   "国庆快乐！旅游回来记得给我带特产哈。",
   "带了 你猜我带了啥 一个你绝对想不到的东西",
   "teasing", "what", CAS, "我猜是一罐西湖边上的空气。")

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", TECH, "男朋友", "恋人", "亲爱的",
   "新年快乐！新版本的我已上线，第一条推送发给你🎆",
   "骗人 倒数的时候你明明在抢红包 我都看见了🙄",
   "teasing", "none", INTI, "抢完红包第一个想的就是你，红包也是给你抢的！")
it(Z, "元旦", CASUAL, "班主任", "老师", "陈老师",
   "陈老师元旦快乐！孩子这学期多亏您费心了。",
   "元旦快乐 孩子进步挺大 就是上课爱讲话 回家您也说说他",
   "happy", "request", RESP, "好的陈老师，回家我好好跟他说，谢谢您。")
it(E, "元旦", TECH, "colleague", "同事", "Raj",
   "Raj! May every deploy of 2027 go green on the first try.",
   "ha. still on call until 6. ping you later",
   "busy", "none", CAS, "Good luck, hope the pager stays quiet until 6!")
it(Z, "元旦", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶元旦快乐！新的一年您要多保重身体。",
   "那你可得多穿点 秋裤穿了没",
   "worried", "yes_no", RESP, "穿了奶奶，里三层外三层，一点都不冷。",
   thread=["R:奶奶也祝你元旦快乐", "S:奶奶 我们这边今天零下二十度 白天都不敢出门"])
it(Z, "元旦", CASUAL, "朋友", "朋友", "老葛",
   "新年快乐！2027年也要一起胡吃海喝！",
   "必须的 三号晚上我家涮火锅 来不来",
   "happy", "invitation", CAS, "来！三号晚上我带两斤羊肉过去。")
it(E, "元旦", BIZ, "manager", "领导", "David",
   "Happy New Year, David! Thanks for all your guidance this year.",
   "Thanks. Don't forget the Q1 plan is due on the 3rd.",
   "cold", "request", RESP, "Will do, the Q1 plan will be on your desk by the 3rd.")
it(Z, "元旦", CASUAL, "姐夫", "家人", "姐夫",
   "姐夫新年快乐！今年少喝点酒，多陪陪我姐😄",
   "遵命 你姐在旁边盯着呢 她问你元旦回家吃饭不",
   "happy", "yes_no", CAS, "会回去的，元旦中午到，让我姐多做个红烧肉。")
it(E, "元旦", CASUAL, "landlord", "其他", "Mrs. Patel",
   "Happy New Year, Mrs. Patel! The heater has been perfect since you fixed it.",
   "Happy New Year dear. Just a reminder the rent goes up 50 in February, I put a note under your door.",
   "cold", "none", RESP, "Thank you for letting me know, I saw the note and will pay the new amount.")
it(Z, "元旦", CASUAL, "老公", "恋人", "老公",
   "老公新年快乐！这一年的难关，谢谢你陪我一起熬过来。",
   "别说了 我在公司厕所哭了 同事以为我失恋了😭😭",
   "touched", "none", INTI, "那晚上回家抱抱，我给你做你最爱的糖醋鱼。",
   thread=["R:怎么突然这么煽情", "S:就是想跟你说 没有你我撑不下来"])
it(Z, "元旦", CASUAL, "表姐", "家人", "表姐",
   "表姐元旦快乐！新年的flag立了吗？",
   "今年要把驾照考下来 你立的啥",
   "happy", "what", CAS, "我打算今年学会游泳，夏天一起去海边。",
   thread=["R:元旦快乐 立了立了", "S:立的啥 说来听听"])
it(Z, "元旦", CASUAL, "女朋友", "恋人", "宝",
   "新年快乐！跨年夜想怎么过？",
   "看烟花或者在家打游戏 两个都想",
   "happy", "choice", INTI, "先去看烟花，回来再打游戏到天亮！", must=["烟花", "打游戏"])
it(E, "元旦", BIZ, "client", "客户", "Mr. Tanaka",
   "Mr. Tanaka, here's to another strong year of working together in 2027!",
   "Happy New Year. Please send the updated price list before our call on the 8th.",
   "cold", "request", FORM, "Certainly, Mr. Tanaka, I'll send it by the 6th.",
   forbid=["overtime"])

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", CASUAL, "母亲", "家人", "妈",
   "妈，冬至到了，饺子记得吃，别又凑合一碗面。",
   "包了 白菜猪肉的 你那边吃上没",
   "happy", "yes_no", INTI, "吃上了，楼下饺子馆点了一盘，没你包的香。")
it(Z, "冬至", BIZ, "领导", "领导", "吴总",
   "吴总冬至快乐！天冷了多注意保暖。",
   "谢谢 冬至快乐 晚上部门聚餐你也来吧 在老地方",
   "happy", "invitation", RESP, "好的吴总，下班准时到。")
it(E, "冬至", TRAD, "grandfather", "家人", "Grandpa",
   "Grandpa, happy Dongzhi! The night is long today, so keep that heater on!",
   "Thank you dear. Your grandma made tangyuan and saved you a bowl in the freezer. When are you visiting?",
   "happy", "when", RESP, "This Saturday afternoon, Grandpa, save that bowl for me!")
it(Z, "冬至", CASUAL, "朋友", "朋友", "小冯",
   "冬至快乐！饺子吃了没？",
   "嗯 吃了",
   "cold", "none", CAS, "那就好，天冷多穿点。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "阿坤",
   "冬至快乐！都说北饺子南汤圆，你今天吃的啥？",
   "我一个广东人在哈尔滨读书今天被室友按着包了一下午饺子包得跟包子一样他们笑了我半小时",
   "teasing", "none", CAS, "包子也是饺子的一种，能吃就是好饺子！")
it(Z, "冬至", CASUAL, "爷爷", "家人", "爷爷",
   "爷爷冬至安康！天冷了少出门，腿疼记得贴膏药。",
   "你奶奶走后第一个冬至 饺子是隔壁送来的 爷爷吃着不是那个味",
   "sad", "none", RESP, "爷爷，周末我回去陪您包饺子，就照奶奶的方子包。")
it(Z, "冬至", BIZ, "客户", "客户", "黄总",
   "黄总冬至快乐！天气转冷，请您注意保暖。",
   "谢谢 年底结算忙得团团转 过几天再聊",
   "busy", "none", FORM, "理解，黄总先忙，年底辛苦了，等您方便再联系。",
   forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "女朋友", "恋人", "宝贝",
   "冬至快乐宝贝！今天是一年中夜最长的一天，所以我能想你最久🌙",
   "那你真诚地给我送一碗汤圆来 我要芝麻的 现在",
   "teasing", "request", INTI, "好，芝麻汤圆半小时内送到你楼下！",
   thread=["R:油腻", "S:油腻但真诚"])
it(Z, "冬至", CASUAL, "同事", "同事", "老贺",
   "冬至快乐！你家里老人都还好吧？这两天降温了。",
   "我爸前天又住院了 老毛病 不过这次住得有点久 我有点慌",
   "sad", "none", CAS, "别慌，工作上的事我先帮你顶着，需要请假就请。")
it(E, "冬至", CASUAL, "coworker", "同事", "Wei",
   "Happy Dongzhi, Wei! Dumplings at lunch?",
   "yes!! the dumpling place or the noodle place?",
   "happy", "choice", CAS, "The dumpling place, obviously, it's Dongzhi!", must=["dumpling place", "noodle place"])
it(E, "冬至", CASUAL, "son", "家人", "son",
   "Happy Winter Solstice, son! Have something hot for dinner tonight, okay?",
   "k mom",
   "cold", "none", INTI, "Love you, call me this weekend.")
it(Z, "冬至", CASUAL, "姐姐", "家人", "姐",
   "姐，冬至快乐！你那边下雪了吗？",
   "没事 就青了一块 你在新单位咋样",
   "happy", "how_are_you", CAS, "挺好的，同事都挺照顾我，你走路慢点。",
   thread=["R:下了 昨天还滑了一跤", "S:摔着没 要不要去医院看看"])

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝贝",
   "七夕快乐！今晚的约会我订好了，你只需要美美地出现💕",
   "在哪呀 我得看穿什么鞋",
   "happy", "where", INTI, "在江边那家西餐厅，穿平底鞋，吃完带你散步。")
it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公，七夕我又出差了，礼物已经下单，明天到🥺",
   "行 知道了",
   "cold", "none", INTI, "对不起，周五一回来我就请假，整个周末只陪你。",
   thread=["R:又出差？", "S:嗯 临时通知的 我也不想"], forbid=["下次", "明年一定"])
it(Z, "七夕", CASUAL, "朋友", "朋友", "大壮",
   "七夕快乐！单身狗也要快乐🐶",
   "谢谢你特地来提醒我是单身狗 你真是个好人[白眼]",
   "teasing", "none", CAS, "不客气，晚上请你吃烧烤，两只单身狗一起过。")
it(E, "七夕", CASUAL, "girlfriend", "恋人", "love",
   "Happy Qixi, love! Sending you all the magpies in the sky.",
   "aww 🥹 you remembered! can you call me tonight after 10? my roommate will be out",
   "touched", "request", INTI, "Of course, I'll call you at 10:15, can't wait.")
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝",
   "七夕快乐！你的航班延误了吗？我在机场等你。",
   "延误了两个小时 你别在机场干等 先回去吧 我打车",
   "worried", "request", INTI, "放心，我在咖啡馆坐着等，你落地给我发消息。")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "亲爱的",
   "七夕快乐呀！今晚能早点下班吗？",
   "在开会 估记要到九点 你先吃点垫垫",
   "busy", "request", INTI, "好，我先吃点面包，等你一起吃大餐。")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿哲",
   "七夕快乐！这是我们在一起的第五个七夕啦～",
   "五年了 你还跟第一年一样会哄人 我刚刚偷偷在被窝里笑出声",
   "touched", "none", INTI, "因为你值得被哄一辈子，晚上见。")
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "朵朵",
   "七夕快乐～今天有人给你送花吗？",
   "你猜 给你个提示 我们公司的",
   "happy", "what", CAS, "肯定是那个天天给你带早饭的小陈。",
   thread=["R:有！！", "S:谁啊谁啊 快说"])
it(Z, "七夕", CASUAL, "妻子", "恋人", "老婆",
   "老婆七夕快乐！晚上想去哪儿庆祝？",
   "要么吃日料要么在家吃你做的 你选",
   "happy", "choice", INTI, "在家吧，我下班去买菜，给你做红酒牛排。", must=["日料", "在家"])
it(E, "七夕", CASUAL, "boyfriend", "恋人", "babe",
   "Happy Qixi, babe. Sorry the roses are three days late, blame the courier.",
   "lol they're here and they're gorgeous. are you free friday? I owe you dinner",
   "happy", "invitation", INTI, "Yes! Friday works, see you at 7.")
it(E, "七夕", CASUAL, "friend", "朋友", "Nina",
   "Happy Qixi! Any plans with Daniel tonight?",
   "well the surprise is he's letting me choose: rooftop bar or the night market. help",
   "teasing", "choice", CAS, "Night market, you'll have way more fun eating your way through it.",
   must=["rooftop bar", "night market"], thread=["R:yes!! he says it's a surprise", "S:ooh what kind of surprise"])

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "男朋友", "恋人", "亲爱的",
   "情人节快乐！给你买了你念叨了半年的那个游戏手柄🎮",
   "啊啊啊啊 你怎么知道的 我就提了一次",
   "touched", "what", INTI, "你说一次我就记下了，还偷看了你的购物车。")
it(Z, "情人节", CASUAL, "妻子", "恋人", "老婆",
   "老婆情人节快乐！玫瑰花在路上了～",
   "上回的花还没谢呢 又买 你是不是钱多烧的",
   "worried", "none", INTI, "就这一束，给你买花的钱从来不算浪费。")
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿琳",
   "情人节快乐！晚上有约没？",
   "上周分了 别提了",
   "sad", "none", CAS, "抱歉不知道，晚上出来吃火锅，我请。", forbid=["情人节快乐"])
it(E, "情人节", CASUAL, "husband", "恋人", "honey",
   "Happy Valentine's, honey. Dinner reservation at 7, don't be late this year 😉",
   "and I've been apologizing for a year. 6:55 sharp. Should I wear the blue tie?",
   "happy", "yes_no", INTI, "Yes, the blue tie, it matches my dress.",
   thread=["R:Happy Valentine's, love. 7 it is.", "S:Last year you were 40 minutes late 😂"])
it(Z, "情人节", CASUAL, "同事", "同事", "小郑",
   "情人节快乐～公司每人一份巧克力，你那份在你键盘旁边。",
   "[强]",
   "cold", "none", CAS, "不客气，记得趁早吃，放久了会化。")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "宝",
   "情人节快乐！今晚给你一个惊喜～",
   "那我下班去哪找你 公司门口还是你家",
   "happy", "choice", INTI, "就在公司门口等我，六点整。", must=["公司门口", "你家"],
   thread=["R:什么惊喜", "S:不告诉你 下班你就知道了"])
it(Z, "情人节", CASUAL, "男朋友", "恋人", "亲爱的",
   "情人节快乐！我在你公司楼下的花店，等你下班～",
   "今天版本上线 走不开 你先回去 别等了 真的对不起",
   "busy", "request", INTI, "好，我先回家，花放你桌上，忙完给我打电话。",
   thread=["R:真的吗 哪家花店", "S:就你们楼下那家 我都看到你们公司的灯了"])
it(E, "情人节", CASUAL, "friend", "朋友", "Kate",
   "Happy Valentine's Day to my favorite single friend! 💘",
   "your single too, genius 🙄",
   "teasing", "none", CAS, "Exactly, which is why we're getting pizza together tonight.")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "宝贝",
   "情人节快乐！电影票买好了，九点那场。",
   "九点有点晚 七点那场还有没有票",
   "happy", "yes_no", INTI, "有，七点那场我刚改签了，还是中间的位置。",
   thread=["R:哪个电影", "S:你上次说想看的那个科幻片"])
it(Z, "情人节", CASUAL, "妻子", "恋人", "老婆",
   "情人节快乐老婆，人在外地，心在家里。",
   "想你 那边吃得惯吗",
   "happy", "how_are_you", INTI, "还行，吃得惯，就是没你做的好吃。",
   thread=["R:想你 这次要去几天", "S:十天 下周五回"])

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", TRAD, "班主任", "老师", "李老师",
   "李老师教师节快乐！三年前您把我从倒数拉到了985，这份恩情我一直记着。",
   "看到你的消息老师眼睛都湿了 当年那个天天逃课的小子长大了",
   "touched", "none", RESP, "李老师，寒假回去一定去学校看您。")
it(Z, "教师节", TRAD, "导师", "老师", "王老师",
   "王老师教师节快乐！祝您身体健康、科研顺利！",
   "谢谢。实验记录本周五前交。",
   "cold", "request", RESP, "好的王老师，周五前一定交到您办公室。")
it(E, "教师节", TRAD, "teacher", "老师", "Mrs. Cole",
   "Mrs. Cole, it's Teachers' Day and I had to write: your chemistry class is still my favorite memory.",
   "What a lovely message, Amy. Are you still thinking about med school?",
   "touched", "yes_no", RESP, "Yes, I'm applying this fall, and your class is the reason.")
it(Z, "教师节", CASUAL, "钢琴老师", "老师", "周老师",
   "周老师教师节快乐！感谢您对朵朵的耐心。",
   "谢谢朵朵妈妈 朵朵最近练琴有点应付 家里是不是有什么事啊",
   "worried", "what", RESP, "周老师，她最近迷上了画画，练琴时间少了，我会跟她谈谈。")
it(Z, "教师节", CASUAL, "幼儿园老师", "老师", "小王老师",
   "小王老师教师节快乐！谢谢您每天照顾我们家豆豆。",
   "豆豆妈妈客气了 明天秋游 记得给孩子带个水壶和小帽子哦",
   "happy", "request", RESP, "好的王老师，水壶和帽子今晚就装进书包。")
it(Z, "教师节", CASUAL, "朋友", "朋友", "晓雯",
   "教师节快乐！祝我们的人民教师早日摆脱熊孩子😂",
   "摆脱不了 今天被一个初一的问哭了 他问我为啥还单身",
   "teasing", "none", CAS, "告诉他老师在等一个更会问问题的人。")
it(Z, "教师节", TRAD, "大学老师", "老师", "陈老师",
   "陈老师教师节快乐！毕业两年了，常常想起您的课。",
   "好小子 还记得我 下个月系里办校友会 回来吧",
   "happy", "invitation", RESP, "一定回去，陈老师，到时候去办公室看您。")
it(E, "教师节", TECH, "professor", "老师", "Professor Grant",
   "Professor Grant, Teachers' Day greetings! Your stats lectures finally converged in my head, now that I use them at work.",
   "Ha! Better late than never. Where are you working these days?",
   "teasing", "where", RESP, "At a health-data startup in Boston, mostly regression models.")
it(Z, "教师节", CASUAL, "老师", "老师", "郑老师",
   "郑老师教师节快乐！辛苦啦～",
   "谢谢 在监考 晚点回",
   "busy", "none", RESP, "郑老师先忙，不用回。")
it(Z, "教师节", TRAD, "美术老师", "老师", "何老师",
   "何老师教师节快乐！您送我的那支毛笔我还留着。",
   "留着就好 现在工作还顺心吗",
   "happy", "how_are_you", RESP, "还挺顺利的，周末还会画两笔，没丢下。")
it(Z, "教师节", CASUAL, "中学老师", "老师", "吴老师",
   "吴老师教师节快乐！我下周回母校，想去看看您。",
   "好啊 欢迎 不过我调走了 你猜我现在在哪个学校",
   "happy", "where", RESP, "听说您去了一中新校区，我下周直接去那找您。")

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，今天母亲节，花是我自己挑的，这些年您受累了。",
   "康乃馨真好看 妈插在客厅了 舍不得扔 你爸说我一上午都在笑",
   "touched", "none", INTI, "妈你喜欢就好，下个月我回去陪你逛公园。")
it(Z, "母亲节", CASUAL, "婆婆", "家人", "妈",
   "妈，母亲节快乐！给您买了个按摩仪，晚上让他帮您装上。",
   "花这钱干啥 你们房贷还没还完",
   "worried", "none", RESP, "妈，不贵，您肩膀老疼，用着舒服就值。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mum",
   "Mum, it's Mother's Day! Brunch is on me this Sunday, you pick the place.",
   "oh that's sweet! the little French cafe by the river? and please don't be late 😊",
   "happy", "request", INTI, "Of course, the French cafe it is, I'll be there at 11 sharp.", pick=True)
it(Z, "母亲节", CASUAL, "外婆", "家人", "外婆",
   "外婆，母亲节快乐！您也是妈妈，也要快乐。",
   "外婆的妈妈走了四十年了今天老想起她人老了就爱回忆",
   "sad", "none", RESP, "外婆，周末我去陪您，听您讲讲太外婆的故事。")
it(Z, "母亲节", CASUAL, "妻子", "恋人", "老婆",
   "老婆母亲节快乐！今天你歇着，娃我来带。",
   "说好的啊 我在跟客户开会 下午四点后才到家",
   "busy", "none", INTI, "没问题，你安心开会，娃我已经哄睡了。")
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐",
   "姐，当妈的第一个母亲节，快乐！辛苦啦～",
   "谢谢小姨 宝宝让我替他问 小姨啥时候来看我",
   "happy", "when", CAS, "下周六就去，给他带个会响的拨浪鼓。")
it(Z, "母亲节", TRAD, "岳母", "家人", "妈",
   "妈，母亲节快乐！我和晓晓给您订了个蛋糕，下午送到。",
   "你们太有心了 晚上都过来吃饭 我炖了鸡汤",
   "happy", "invitation", RESP, "好的妈，下班就和晓晓过去，蛋糕一起吃。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！运动鞋收到了吗？",
   "有点松 你是不是买大了",
   "happy", "yes_no", INTI, "是买大了半码，你寄回来我给你换小的。",
   thread=["R:收到了 今天就穿着去爬山了", "S:合不合脚"])
it(Z, "母亲节", CASUAL, "同事", "同事", "刘姐",
   "刘姐母亲节快乐！当妈的都辛苦了。",
   "🌹🙏",
   "cold", "none", CAS, "刘姐今天早点下班陪孩子。")
it(E, "母亲节", CASUAL, "friend", "朋友", "Jess",
   "Happy first Mother's Day, Jess! You're doing amazing.",
   "thank you 😭 honestly I don't feel like it. she's been up every 2 hours and I'm running on fumes",
   "worried", "none", CAS, "You really are. I'm bringing dinner tomorrow so you can nap.")
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Carol",
   "Carol, happy Mother's Day! You raised the kindest man I know, and I'm grateful every day.",
   "Oh sweetheart, you made me cry into my coffee. That means the world.",
   "touched", "none", RESP, "It's true, Carol, and we'll see you for lunch soon.")
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈",
   "老妈母亲节快乐！晚上带你去吃大餐，想吃啥？",
   "火锅或者烤鸭 别的不要",
   "happy", "choice", INTI, "那就吃烤鸭，我订了六点的位子。", must=["火锅", "烤鸭"])

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，今天父亲节，祝你节日快乐，少抽烟多遛弯！",
   "晓得了",
   "cold", "none", INTI, "爸，周末回去陪你下两盘棋。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "老爸",
   "老爸父亲节快乐！给你买了个新鱼竿，争取这次别空军🎣",
   "上次那是天气不好 鱼都在睡觉 跟技术没关系",
   "teasing", "none", INTI, "好好好，这回鱼竿好，鱼肯定醒着。", pick=True)
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Dad, happy Father's Day! The grill is yours today, I'll handle the salad.",
   "deal. did you remember the charcoal though?",
   "happy", "yes_no", INTI, "Yes, two bags in the trunk already.",
   thread=["R:Salad? Who are you and what have you done with my kid", "S:I'm a grown-up now 😎"])
it(Z, "父亲节", CASUAL, "公公", "家人", "爸",
   "爸，父亲节快乐！今天在地里吗？",
   "在收玉米 忙完再说",
   "busy", "none", RESP, "爸您慢点干，别累着，晚上给您打电话。")
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷父亲节快乐！您当了一辈子的好爸爸，也是最好的爷爷。",
   "你这孩子嘴真甜 爷爷今天钓了条大草鱼 周末回来吃不",
   "happy", "invitation", RESP, "一定回去，周六中午到，爷爷把鱼留着。")
it(Z, "父亲节", CASUAL, "岳父", "家人", "爸",
   "爸，父亲节快乐！您腰好点没有？",
   "好多了 别惦记 你们小两口顾好自己 工作别太拼",
   "happy", "request", RESP, "好的爸，我们都注意着，您也按时去理疗。")
it(Z, "父亲节", CASUAL, "朋友", "朋友", "兄弟",
   "兄弟，第一个父亲节快乐！当爹的感觉咋样？",
   "感觉就是 我已经三天没睡过四小时了😵‍💫😵‍💫",
   "teasing", "none", CAS, "熬过这三个月就好了，周末我去替你看两小时娃。")
it(Z, "父亲节", BIZ, "领导", "领导", "刘总",
   "刘总，今天父亲节，祝您节日快乐，阖家幸福。",
   "谢谢小陈 你家孩子几岁了 下次带来公司玩",
   "happy", "invitation", RESP, "好的刘总，孩子五岁了，下次一定带他来公司。")
it(Z, "父亲节", CASUAL, "弟弟", "家人", "弟",
   "弟，父亲节给爸打电话了没？",
   "打了 你也打一个 爸说你一个月没给他打电话了",
   "happy", "request", CAS, "好，我现在就打，晚上再跟爸视频。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公",
   "老公父亲节快乐！这是女儿画的，她说画的是超人爸爸。",
   "我在车里笑着笑着就哭了 今晚早点回家抱她",
   "touched", "none", INTI, "她已经在门口等你了，说要给超人爸爸一个抱抱。",
   thread=["R:超人怎么是秃头的", "S:她说爸爸的头发都变成了爱"])

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Sam",
   "Happy Thanksgiving, Sam! Grateful for you, always.",
   "were doing Friendsgiving Saturday at 6, you in?",
   "happy", "invitation", CAS, "Count me in, I'll bring my mac and cheese!",
   thread=["R:aww grateful for you too!!", "S:what are you up to this weekend?"])
it(E, "感恩节", BIZ, "client", "客户", "Ms. Reyes",
   "Ms. Reyes, a warm Thanksgiving to you. Working with your team this year has been a real pleasure.",
   "Thank you, likewise. When can we expect the revised contract?",
   "cold", "when", FORM, "You'll have it by Tuesday morning, Ms. Reyes.", forbid=["overtime"])
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！谢谢你把我养这么大，虽然养得有点歪😂",
   "知道歪就好 啥时候把女朋友带回来给妈看看",
   "teasing", "when", INTI, "过年就带回去，她已经开始紧张了。", pick=True)
it(Z, "感恩节", BIZ, "上司", "领导", "赵总",
   "赵总感恩节快乐，感谢您一年来的提携。",
   "客气了 你今年表现不错 明年那个新项目有兴趣带吗",
   "happy", "yes_no", RESP, "有兴趣，赵总，我一定好好准备。")
it(Z, "感恩节", CASUAL, "医生", "其他", "钱大夫",
   "钱大夫，感恩节快乐！我妈手术后恢复得很好，全靠您。",
   "那就好 下个月记得带她来复查 挂我的号",
   "happy", "request", RESP, "好的钱大夫，月中就挂您的号带她过去。")
it(Z, "感恩节", CASUAL, "快递员", "其他", "小哥",
   "小哥感恩节快乐！一年到头风雨无阻，辛苦了。",
   "谢谢大姐 你家的快递放门口那个柜子了 别忘了拿",
   "happy", "request", CAS, "好嘞，我这就下去拿，谢谢你。")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "小宇",
   "感恩节快乐！感恩有你这个朋友。",
   "我今天被裁了 实在感恩不起来",
   "sad", "none", CAS, "晚上我过去找你，咱们喝点酒，慢慢聊。", forbid=["感恩节快乐"],
   thread=["R:谢谢", "S:最近怎么样 好久没聊了"])
it(Z, "感恩节", TRAD, "舅舅", "家人", "舅舅",
   "舅舅感恩节快乐！谢谢您当年供我上大学。",
   "一家人说什么谢 你在上海一个人过得还好吧",
   "touched", "how_are_you", RESP, "挺好的舅舅，工作顺利，吃住都习惯了。")
it(Z, "感恩节", TECH, "同事", "同事", "阿凯",
   "感恩节快乐！感谢你这一年帮我review了那么多代码，救我于报错之中🙏",
   "不客气 现在正在改你今天提交的那个[奸笑]",
   "busy", "none", CAS, "啊，对不起，我马上过来一起看。", pick=True)
it(E, "感恩节", CASUAL, "mother-in-law", "家人", "Linda",
   "Happy Thanksgiving, Linda! You made me feel like family from day one.",
   "Wonderful. Could you pick up two pies from Miller's Bakery on the way? I ordered them already.",
   "happy", "request", RESP, "Of course, we'll grab the two pies from Miller's on the way up.",
   thread=["R:Oh honey, we love having you. Are you and Mark driving up Thursday?", "S:Yes, leaving around noon!"])
it(E, "感恩节", CASUAL, "neighbor", "其他", "Mr. Brooks",
   "Happy Thanksgiving, Mr. Brooks! Thanks for always shoveling our sidewalk too.",
   "My pleasure, young lady. How is your dad's knee doing after the surgery?",
   "happy", "how_are_you", RESP, "He's doing much better, thank you, walking around the block again.")

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "女朋友", "恋人", "小公主",
   "生日快乐我的小公主！礼物在你枕头底下🎁",
   "啊啊啊是项链！你什么时候放的 我一直在家啊",
   "happy", "when", INTI, "昨天晚上趁你洗澡的时候放的。")
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶",
   "奶奶八十岁生日快乐！祝您天天开心，长命百岁！",
   "好好好 你啥时候到 长寿面等你回来再下锅",
   "happy", "when", RESP, "奶奶，我中午十二点前到，面等我来下！",
   thread=["R:好孩子 奶奶收到了", "S:奶奶 我今天请假回去给您过寿"])
it(Z, "生日", CASUAL, "朋友", "朋友", "老段",
   "生日快乐啊！今年又老了一岁😜",
   "🎂👌🏻",
   "cold", "none", CAS, "今年的蛋糕我包了，你挑口味。")
it(E, "生日", CASUAL, "colleague", "同事", "Priya",
   "Happy birthday, Priya! Hope the team didn't eat all your cake already 🎂",
   "they tried lol. drinks at the Anchor after work, you're coming right?",
   "happy", "invitation", CAS, "Definitely, I'll be there by 6!")
it(Z, "生日", CASUAL, "儿子", "家人", "儿子",
   "儿子，十八岁生日快乐！长大了，要学会对自己负责。",
   "可乐鸡翅和酸菜鱼 还有 今晚让我打游戏到十二点 行不行",
   "happy", "yes_no", INTI, "行，今晚破例一次，十二点准时关机。",
   thread=["R:谢谢妈", "S:晚上给你做顿好的 你点菜"])
it(Z, "生日", TRAD, "老师", "老师", "杨老师",
   "杨老师生日快乐！祝您永远年轻，桃李满天下。",
   "谢谢你还记得 班级群里就你一个人发了 老师挺感动的",
   "touched", "none", RESP, "杨老师的生日我每年都记得，您多保重身体。")
it(Z, "生日", CASUAL, "朋友", "朋友", "小夏",
   "生日快乐！今天打算怎么过？",
   "在医院陪我妈输液 她血糖又高了 今天就不过了",
   "sad", "none", CAS, "阿姨没事就好，我给你们送点晚饭过去。", forbid=["生日快乐"],
   thread=["R:谢谢", "S:晚上出来吃饭庆祝一下？"])
it(Z, "生日", BIZ, "客户", "客户", "刘总",
   "刘总生日快乐！祝您事业蒸蒸日上，身体康健。",
   "谢谢费心 麻烦下周派个人过来把方案再讲一遍 我们内部还有分歧",
   "happy", "request", FORM, "好的刘总，下周二上午安排项目经理登门讲解。", forbid=NO_OVERTIME)
it(Z, "生日", CASUAL, "哥哥", "家人", "哥",
   "哥生日快乐！又老一岁，发际线还好吗😂",
   "🙃🔪",
   "teasing", "none", CAS, "开玩笑的，哥永远十八，晚上我请你吃烤肉。")
it(E, "生日", TRAD, "grandmother", "家人", "Grandma Rose",
   "Happy 90th birthday, Grandma Rose! Ninety looks good on you.",
   "Oh you flatterer. Your mother is bringing the good china, right?",
   "happy", "yes_no", RESP, "Yes, Mom packed it this morning, you won't have to lift a thing.")
it(E, "生日", BIZ, "boss", "领导", "Diane",
   "Happy birthday, Diane! Hope the team surprise wasn't too embarrassing.",
   "It was mortifying, thank you. Who told them about the karaoke?",
   "teasing", "what", RESP, "I have no idea, but my lips are sealed forever.")

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", BIZ, "boss", "领导", "Mr. Okafor",
   "Merry Christmas, Mr. Okafor! Hope you get some real rest this year.",
   "Merry Christmas. Flight's delayed 4 hrs, I'm camped at the gate. Talk in January.",
   "busy", "none", RESP, "Safe travels, Mr. Okafor, talk in January.")
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "宝贝",
   "圣诞快乐！今晚平安夜，我给你准备了一棵小圣诞树～",
   "看到了！！就在门口 上面挂的那张照片是你偷拍我的吧😤",
   "teasing", "yes_no", INTI, "是偷拍的，但那是你最好看的一张。",
   thread=["R:在哪呢", "S:你开门看看"])
it(Z, "圣诞节", CASUAL, "同事", "同事", "小蒋",
   "圣诞快乐！交换礼物的事准备好了吗？",
   "准备好了 你猜我抽到谁了 给你个提示 不是小刘就是老孙",
   "happy", "choice", CAS, "肯定是老孙，你买的那个保温杯一看就是给他的。", must=["小刘", "老孙"])
it(Z, "圣诞节", CASUAL, "母亲", "家人", "妈",
   "妈，圣诞快乐！虽然你说不过洋节，但我还是想祝你一下。",
   "你这孩子我是不过洋节可你表妹非拉着我去商场看圣诞树拍了一百张照片我腿都站麻了你啥时候放假",
   "happy", "when", INTI, "我元旦放假，三十一号晚上就到家。")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "阿乐",
   "圣诞快乐！",
   "啥也没送 你当一回圣诞老人吧 帮我抢一张周六的演唱会票",
   "happy", "request", CAS, "行，我十二点准时开抢，抢不到别怪我。",
   thread=["R:圣诞快乐 今年又是一个人过", "S:那圣诞老人给你送啥了"])
it(Z, "圣诞节", CASUAL, "房东", "其他", "王叔",
   "王叔圣诞快乐！房子住得很舒心，谢谢您。",
   "住得舒心就好 明年房租还是照旧 你续不续",
   "happy", "yes_no", RESP, "续，王叔，明年还住您这儿。")
it(Z, "圣诞节", CASUAL, "宠物医生", "其他", "林医生",
   "林医生圣诞快乐！多多今天精神好多了，谢谢您。",
   "那就好 药还得再吃五天 千万别停",
   "happy", "request", RESP, "好的林医生，五天的药一顿都不落。",
   thread=["R:圣诞快乐 多多在家乖不乖", "S:乖 今天还追着猫跑了"])
it(E, "圣诞节", CASUAL, "friend", "朋友", "Jake",
   "Merry Christmas, Jake! How's the first one in Berlin?",
   "yeah that'd be nice. 9pm your time work?",
   "sad", "yes_no", CAS, "Yes, 9pm works, I'll call you then.",
   thread=["R:honestly kinda lonely. everyone went home", "S:want to video call tonight?"])
it(Z, "圣诞节", CASUAL, "弟弟", "家人", "老弟",
   "老弟圣诞快乐！平安夜出去浪了吗？",
   "浪着呢 你猜我在哪",
   "happy", "where", CAS, "肯定在万达广场跟你那帮同学看灯。")
it(Z, "圣诞节", BIZ, "客户", "客户", "周总",
   "周总圣诞快乐！感谢贵公司一年来的支持，期待明年更多合作。",
   "🎄🙏",
   "cold", "none", FORM, "周总，祝您节日愉快，明年再会。", forbid=NO_OVERTIME)
it(E, "圣诞节", CASUAL, "father", "家人", "Dad",
   "Merry Christmas, Dad! Wish I was there to see the tree.",
   "The place feels empty without you here. How are you holding up over there?",
   "sad", "how_are_you", INTI, "I'm doing okay, Dad, just missing home a lot today.",
   thread=["R:Merry Christmas kiddo. The tree is crooked again.", "S:Of course it is 😂"])

# ---------------------------------------------------------------- more items (all holidays)
it(Z, "春节", TRAD, "小姨", "家人", "小姨",
   "小姨新年好！祝您和姨夫新的一年万事如意。",
   "新年好 你妈说你年三十还在公司 小姨听着就心疼 身体吃得消吗",
   "worried", "how_are_you", RESP, "还好小姨，就忙这两天，身体没事，初二我去给您拜年。")
it(E, "中秋", CASUAL, "coworker", "同事", "Grace",
   "Happy Mid-Autumn, Grace! Saved you a lotus mooncake from the office box.",
   "you're the best!! where'd you hide it? the vultures on our floor eat everything",
   "happy", "where", CAS, "In my office drawer, under the stapler.")
it(Z, "国庆", CASUAL, "朋友", "朋友", "老秦",
   "国庆快乐！新工作上手了吗？",
   "还在摸索 听说你调去杭州了 一个人在那边住的惯吗",
   "happy", "how_are_you", CAS, "挺习惯的，房子离西湖不远，周末常去走走。")
it(Z, "元旦", CASUAL, "婆婆", "家人", "妈",
   "妈，元旦快乐！今年我们在杭州跨年，就不回去了。",
   "那边人多 你们看完烟花几点回酒店 妈等你们消息再睡",
   "worried", "when", RESP, "妈，十二点半就回酒店，到了马上给您发消息。")
it(Z, "圣诞节", CASUAL, "闺蜜", "朋友", "琪琪",
   "圣诞快乐！今年平安夜去哪嗨？",
   "还没想好 你说去哪 我都行",
   "happy", "where", CAS, "去南京路那家小酒馆，今晚有乐队。")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "阿明",
   "感恩节快乐！大学四年谢谢你每次帮我占座。",
   "哈哈哈哈 那我要感谢你每次帮我带早饭 扯平了",
   "happy", "none", CAS, "扯平了，下回聚会我还给你带早饭。", pick=True)
it(Z, "生日", TRAD, "外公", "家人", "外公",
   "外公，生日快乐！七十五了还这么精神，年轻人都比不过您！",
   "外公收到你寄的围巾了 戴上就不想摘 你外婆说我臭美",
   "happy", "none", RESP, "外公戴着好看就好，外婆那条我下个月补上。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day! Wish I could fly back for it this year.",
   "Don't worry about it. You sounded off on the phone last week though. Everything okay at work?",
   "worried", "how_are_you", INTI, "It's been a rough month, Dad, but I'm doing better now.")
it(Z, "七夕", CASUAL, "妻子", "恋人", "老婆",
   "老婆，七夕快乐！礼物藏在衣柜第二层，去找找～",
   "找到了 可这个包好贵啊 你是不是又把年终奖花了 多少钱",
   "worried", "what", INTI, "三千块，用的是我攒的零花钱，年终奖一分没动。")
it(Z, "端午", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶端午安康！今年的粽子我在网上买的，您尝尝。",
   "网上买的东西能干净吗 你自己吃了没有",
   "worried", "yes_no", RESP, "吃了奶奶，大牌子的，干净着呢，您放心尝。")
# ------------------------------------------------------------------ assembling

def _low(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def _dedupe(words):
    out = []
    for w in words:
        if w not in out:
            out.append(w)
    return out


def build() -> tuple[list[dict], dict[str, str], set[str]]:
    """The items in the JSON's shape, the reference follow-up of each id, and the ids tagged ``pick``."""
    items, refs, picks = [], {}, set()
    for n, r in enumerate(_RAW, 1):
        iid = f"fb8-{n:03d}"
        zh = r["language"] == "zh"
        asked = r["question"] != "none"
        context = _low(" ".join([r["greeting"], r["reply"]] + [t["text"] for t in r["thread"]]))
        other = [w for w in (OTHER_ZH if zh else OTHER_EN)[r["holiday"]] if _low(w) not in context]
        forbidden = list(r["forbid"])
        if asked:
            if zh and r["relation"] in PARENT_RELATIONS:
                forbidden += ["爸妈", "你呢？"]
            elif zh and r["register"] in (RESP, FORM):
                forbidden += ["你呢？"]
            elif not zh and r["register"] in (RESP, FORM):
                forbidden += ["and you?"]
        if r["mood"] in ("sad", "worried"):
            forbidden += LAUGH_ZH if zh else LAUGH_EN
        if r["holiday"] == "清明":
            forbidden += ["清明快乐", "节日快乐"] if zh else ["happy qingming", "happy tomb"]
        items.append({
            "id": iid,
            "language": r["language"],
            "sender_name": r["sender_name"],
            "recipient": r["recipient"],
            "relation": r["relation"],
            "relation_category": r["relation_category"],
            "holiday": r["holiday"],
            "style": r["style"],
            "greeting": r["greeting"],
            "thread": r["thread"],
            "reply": r["reply"],
            "mood": r["mood"],
            "question": r["question"],
            "expect": {
                "answer_kind": r["question"],
                "register": r["register"],
                "forbidden": _dedupe(forbidden),
                "holiday_words_ok": list((OK_ZH if zh else OK_EN)[r["holiday"]]),
                "other_holiday_words": other,
                "must_mention_any": list(r["must"]),
            },
        })
        refs[iid] = r["ref"]
        if r["pick"]:
            picks.add(iid)
    return items, refs, picks


ITEMS, REFERENCES, PICKS = build()


def dump() -> bytes:
    data = {"version": VERSION, "written_by": WRITTEN_BY, "items": ITEMS}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

# ------------------------------------------------------------------ the .md

def _table(title: str, counter: collections.Counter, order=None) -> str:
    keys = list(order) if order else sorted(counter)
    lines = [f"| {title} | items |", "| --- | ---: |"]
    lines += [f"| {k} | {counter.get(k, 0)} |" for k in keys]
    return "\n".join(lines)


def render_md(blob: bytes) -> str:
    import contextlib
    import io
    import re
    import sys
    sys.path.insert(0, HERE)
    from followup_blind8_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
                                       SELFTEST_CASES, STYLES, check_judge, emoji_count, emoji_only, family_group,
                                       selftest, validate)
    items = ITEMS
    data = json.loads(blob.decode("utf-8"))
    errs = validate(data) or check_judge(data, REFERENCES)
    with contextlib.redirect_stdout(io.StringIO()):
        st = selftest(data) if not errs else ["not run"]
    result = (f"`OK {len(items)} items`, and the self-test rejected all {SELFTEST_CASES} broken copies"
              if not errs and not st else "FAILED: " + "; ".join(errs + st))
    sha = hashlib.sha256(blob).hexdigest()
    c = collections.Counter
    fam = c(g for i in items for g in [family_group(i)] if g)
    threads = c(len(i["thread"]) for i in items)
    by_lang = c(i["language"] for i in items)
    cjk = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    punct = re.compile(r"[\s,，。.!！?？~～、;；:：…]")
    forms = c()
    for i in items:
        r = i["reply"]
        if i["mood"] == "cold" and len(punct.sub("", r)) <= 3:
            forms["short cold (≤ 3 characters)"] += 1
        if emoji_only(r):
            forms["emoji only"] += 1
        elif emoji_count(r) >= 1:
            forms["text with emoji"] += 1
        if re.search(r"\[[^\[\]]{1,6}\]", r):
            forms["chat sticker code ([…])"] += 1
        if i["language"] == "zh" and len(cjk.findall(r)) >= 20 and not punct.search(r):
            forms["voice-input run-on (≥ 20 characters, no punctuation)"] += 1
        if i["language"] == "zh" and " " in r.strip() and not re.search(r"[，。！？,.!?]", r):
            forms["space-separated, no punctuation"] += 1
    cross = collections.defaultdict(c)
    for i in items:
        cross[i["mood"]][i["question"]] += 1
    cross_lines = ["| mood \\ question | " + " | ".join(QUESTIONS) + " |",
                   "| --- |" + " ---: |" * len(QUESTIONS)]
    for m in MOODS:
        cross_lines.append(f"| {m} | " + " | ".join(str(cross[m].get(q, 0)) for q in QUESTIONS) + " |")
    lang_mood = c(f"{i['language']} / {i['mood']}" for i in items)
    lang_q = c(f"{i['language']} / {i['question']}" for i in items)
    n_threads = sum(1 for i in items if i["thread"])
    n_en_threads = sum(1 for i in items if i["thread"] and i["language"] == "en")
    req_forms = c()
    for i in items:
        if i["question"] != "request":
            continue
        r = _low(i["reply"])
        for label, keys in REQUEST_FORM_LABELS:
            if any(k in r for k in keys):
                req_forms[label] += 1
    yn_forms = c()
    for i in items:
        if i["question"] != "yes_no":
            continue
        r = _low(i["reply"]).rstrip(" ?!.~。？！😤🤨[]可怜")
        for label, pattern in YES_NO_FORM_LABELS:
            if re.search(pattern, r):
                yn_forms[label] += 1
    return NOTE.format(
        written=WRITTEN, calls=CALLS, judge_notes=JUDGE_NOTES,
        n=len(items), size=len(blob), sha=sha, last=f"{len(items):03d}", result=result,
        selftest_cases=SELFTEST_CASES, picks=len(PICKS), n_threads=n_threads, n_en_threads=n_en_threads,
        t_lang=_table("language", by_lang, ["zh", "en"]),
        t_cat=_table("relation category", c(i["relation_category"] for i in items), RELATION_CATEGORIES),
        t_fam=_table("family sub-group (家人)", fam, FAMILY_GROUPS),
        t_hol=_table("holiday", c(i["holiday"] for i in items), HOLIDAYS),
        t_mood=_table("mood", c(i["mood"] for i in items), MOODS),
        t_q=_table("question kind", c(i["question"] for i in items), QUESTIONS),
        t_reg=_table("register", c(i["expect"]["register"] for i in items), REGISTERS),
        t_style=_table("style", c(i["style"] for i in items), STYLES),
        t_thread=_table("earlier turns in thread", threads, sorted(threads)),
        t_forms=_table("reply form", forms),
        t_req=_table("request phrased as (reply contains)", req_forms, [k for k, _ in REQUEST_FORM_LABELS]),
        t_yn=_table("yes/no question phrased as", yn_forms, [k for k, _ in YES_NO_FORM_LABELS]),
        t_lang_mood=_table("language / mood", lang_mood),
        t_lang_q=_table("language / question", lang_q),
        t_cross="\n".join(cross_lines),
    )


REQUEST_FORM_LABELS = (
    ("记得… (remember to)", ("记得", "记住")),
    ("帮我… (help me / do it for me)", ("帮我",)),
    ("给我带… / 带点… (bring me)", ("给我带", "带点", "带个", "带走")),
    ("到了… (tell me when you arrive)", ("到了",)),
    ("别… / 不许… (don't)", ("别", "不许")),
    ("bare imperative with 吧/呗 or a time", ("吧", "呗")),
    ("麻烦… (would you mind)", ("麻烦",)),
    ("can you / could you …", ("can you", "could you", "could someone")),
    ("please / don't forget / bring / keep …", ("please", "don't forget", "bring ", "keep ", "make sure", "promise")),
)
YES_NO_FORM_LABELS = (
    ("…没 / …没有 / …变没变", r"没有?$|([\u4e00-\u9fff])没\1"),
    ("…了吗 / …吗", r"吗$"),
    ("…不 / A不A", r"不$|([\u4e00-\u9fff])不\1"),
    ("是不是…", r"是不是"),
    ("有没有…", r"有没有"),
    ("能不能… / …行不行 / …行吗", r"能不能|行不行|行吗"),
    ("…吧 (guess to confirm)", r"吧$"),
    ("English did/are/is/will/can/should …", r"\b(did|are|is|will|can|should|have)\b [a-z]"),
    ("English tag question (…, right?)", r"right$"),
)

NOTE = """# Follow-up blind set 8 (`followup_blind8_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind8_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind8_check.py` (validator, `--selftest`), `followup_blind8_2026-12.json` (the set),
  `followup_blind8_2026-12.md` (this note), all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb8-001` … `fb8-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read (in full).
`README.md` was not opened (the product description in the brief and the judge sufficed). The third to seventh
sets' notes (`tests/data/followup_blind3_2026-12.md` … `…blind7…`) were read for their format, labelling rules,
judgement calls, checks and notes on the judge, which this set follows unchanged (the third and seventh in full;
of the fourth to sixth, every section but the count tables, which were only skimmed). The seventh set's build and check scripts were read only for their file
structure (header, the `it(...)` helper, the assembling and note code), the per-holiday word tables (copied
unchanged) and the validator logic (adapted); their item texts were not studied or reused (locating the structure
showed the seventh build script's first item, and nothing of it was reused). The checker reads the five notes and
the fourth to seventh sets' build scripts as plain text, only to refuse copied runs. Git was not run and the bot
was never run.

{written}

Fields follow `tests/followup_judge.py` and the seventh set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law, an aunt and an
  uncle, teachers and coaches (a driving coach, a piano teacher, thesis advisors, head teachers, a kindergarten
  teacher), bosses and elders or service people outside the family (landlords, doctors, a vet, an old
  neighbour) and English elders/bosses/teachers/in-laws/a landlord/an elderly neighbour; `formal` for clients;
  `intimate` for partners, parents and one's own children; `casual` for friends, siblings, cousins, colleagues,
  a gym coach and the parcel courier.
- **forbidden:** per item traps (加班 / "overtime" to clients; 下次 and 明年一定 to partners let down by a missed
  holiday; 情人节快乐, 感恩节快乐 and 生日快乐 as a second wish to a friend who just broke up, was just laid off or
  sits in hospital with a parent) plus the automatic ones of the earlier sets: when the recipient asked
  something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to English
  respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐
  (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to seventh sets' definitions and borderline rules unchanged (mood is what
the latest reply conveys toward the sender, read with the greeting and thread; two questions in one reply: a
request or invitation first, then a concrete question before a phatic or rhetorical one, else the one the reply
ends on; "are you still coming / 回来不" confirming a plan is `yes_no`, a new proposal or the recipient's own
event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do something; an
imperative reschedule is `request`, asking permission to change a plan is `yes_no`; offers are `yes_no`; handing
a place decision to the sender, "guess where" and "do you know where" are `where`; an either-or naming both
alternatives is `choice`, "X or not" is `yes_no`; did-you-do-it questions are `yes_no`, how the sender or someone
of theirs feels or copes is `how_are_you`, how a task goes, amounts, riddles and open decisions are `what`; a
guess put up with 吧 or a tag question is `yes_no`, a rhetorical jab is `none`; claiming something owed is
`request`; asking the sender to come and help is `request`; a question relayed from a third person takes the
kind of the relayed question; laughter alone is `happy`, `teasing` needs a jab or a joke at someone's expense;
being occupied is `busy` even in jest; an elder kindly declining or reproaching out of concern, fretting over
one's own small problem and a money reproach are `worried`; one's own illness or a relative in hospital is
`sad`; a flat reply to a repeated letdown or a businesslike thanks followed by a task is `cold`; being moved
comes first in the mood even when a question follows).

{calls}

## Checks

`python3 followup_blind8_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the seventh set's 41 — with the set cut to 150 items — plus a seventh-set example phrase, a
seventh-set whole short reply, 30 characters and 12 Han characters copied from the seventh set's note (runs the
third to sixth sets' texts do not hold, so the new texts are proven read)) and requires the validator to fail on
each with the error it targets; `followup_blind8_check.py -` reads a file from stdin. It checks what the seventh
set's validator checks, with the minimum counts scaled to a set of at least 160 items (fields, types, canonical
values equal to the judge's own tuples, ids `fb8-NNN` consecutive, no repeated reply or greeting, no Chinese in
English items, threads of 1–4 turns, `must_mention_any` exactly for `choice` with options found in the reply,
other-holiday words disjoint and absent from the item's own text, register consistent with the category, no
example wording of the five earlier notes, the judge's docstrings or the README, none of the earlier sets' whole
short replies and stickers, the automatic forbidden traps, every family sub-group, a landlord and a doctor, ≥5
short cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under
40%, ≥160 items, ≥30 English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question
kinds, ≥30 threads of which ≥6 English, covering ≥6 moods and ≥7 question kinds, every category ≥8, holiday ≥9,
mood ≥10, question kind ≥9, style ≥5 and register ≥10 items, ≥20 requests, ≥20 yes/no, ≥12 invitations, ≥10
`what` and ≥10 `when`, no question kind other than `none` over 20% of the set, request replies that use each of
记得, 帮我, 给我带, 到了, 别, 麻烦, "can you", "could you", "don't forget", "please", yes/no replies that use each of
没, 了吗, 不, 是不是, 有没有, 能不能, 行不行, "did", "are you", "right?", no repeated reference), and no greeting,
turn, reply or reference shares a run of more than 11 Han characters or more than 27 characters with
`followup_blind3_2026-12.md` … `followup_blind7_2026-12.md` or `followup_blind4_build.py` …
`followup_blind7_build.py` (NFKC, lower-cased). Then it loads `/work/main/tests/followup_judge.py` (with
`/work/main` on `sys.path`), checks that `mood_right` and `question_right` accept each item's labels (and reject
a wrong mood), runs `passes` on each item with the hand-written reference follow-up from the build script and
requires all four verdicts to be True, and requires each `forbidden` and `other_holiday_words` entry to make the
judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

{judge_notes}

## Counts

{t_lang}

{t_cat}

{t_fam}

{t_hol}

{t_mood}

{t_q}

{t_reg}

{t_style}

{t_thread}

Multi-round items (with a thread): {n_threads} (English: {n_en_threads}).

Replies that pick up a detail or a joke of the greeting or thread (build-only tag): {picks}.

{t_forms}

{t_req}

{t_yn}

{t_lang_mood}

{t_lang_q}

### Mood × question

{t_cross}
"""

WRITTEN = """Every greeting, earlier turn and reply was newly typed by hand, item by item, as the people around
a user really answer a holiday greeting in chat: parents, grandparents on both sides, parents-in-law, an aunt,
an uncle and 小姨, siblings, cousins and a brother-in-law, sons and daughters, partners, friends, colleagues, bosses,
clients, teachers (head teachers, thesis advisors, a driving coach, a piano teacher, a kindergarten teacher, an art
teacher, a chemistry teacher, a statistics professor), landlords, doctors (two who treated a parent, a vet),
an old neighbour, a gym coach and a parcel courier. New situations and props: the grandfather who lays out the
chessboard, a nephew who wants two red envelopes (one for Ultraman, one for spicy strips), a son-in-law trapped by
relatives asking about babies, the year-end raffle's air fryer left at the desk, the lantern riddle 千里相逢, a
grandmother whose hands shake too much to make tangyuan, the strategic loss of a dragon-boat paddle, eighty
zongzi and forty zongzi, a mooncake "cache" whose key was written too small, a boot full of mooncakes, the old army
photo seen during the flag-raising, a landlady's reminder that the rent goes up in February, a flag to pass the
driving test, a Cantonese student folding dumplings that look like buns in Harbin, the first solstice after
grandma died, a two-hour flight delay on Qixi, a gamepad mentioned only once, a secret-Santa guess between 小刘
and 老孙, a superhero dad drawn bald, the brand-new fishing rod after a fishless trip, pies to collect from a
bakery on the way, a 90th birthday with the good china, a karaoke secret leaked to the team, a crooked Christmas
tree, a lonely first Christmas in Berlin. The mix: plain ordinary replies, short cold answers (不回, 可以。, 嗯 吃了,
晓得了, `[强]`, 🎂👌🏻, 🎄🙏, 🌹🙏, "k mom"), voice-input run-ons without punctuation, space-separated chat, emoji-only
replies (🏮🏮😁, 🙃🔪, 🎂👌🏻, 🌹🙏, 🎄🙏) and emoji-heavy ones, chat stickers (`[白眼]`, `[发呆]`, `[强]`, `[奸笑]`), chat
shorthand (lol, hrs), a few typos as people make them (估记 for 估计, 住的惯 for 住得惯, "your single" for you're,
"were doing" for we're), replies that pick up a detail or a joke of the greeting, and English exchanges with
English greetings. The wording avoids the earlier sets: the checker refuses the example phrases of the five earlier
notes, of the judge's docstrings and of the README (the earlier checkers' list, kept), the earlier sets' whole
short replies and stickers, a few props of the seventh set, and any text (greeting, turn, reply or reference
follow-up) that shares a run of more than 11 Han characters or more than 27 characters with the five notes or with
the fourth to seventh sets' build scripts."""
CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Asking the sender to do something with 能不能** (a client's 年后那批货能不能初十前发出来) is `request`, as the third
   set's 能帮我…吗 / "could you send"; asking permission for one's own act (a child's 我能不能摘一枝) stays `yes_no`.
2. **"你怎么知道的"** after a gift asks for a reason and is `what` (the seventh set's 你怎么没来); the mood is `touched`.
3. **Guessing games.** "你猜我抽到谁了 … 不是小刘就是老孙" names both alternatives and is `choice` (the either-or call
   wins over the "guess" frame); "你猜 给你个提示 我们公司的" (who) and "guess what shape the biggest lantern was" are
   `what`; "你猜我在哪" and "你猜是哪个省" are `where`.
4. **Asking back the same open question after answering** (今年要把驾照考下来 你立的啥) is a real question and `what`,
   not a phatic 你呢.
5. **Moods.** A bare emoji acknowledgement from a friend or a colleague to a warm greeting (🎂👌🏻, 🌹🙏, `[强]`) is
   `cold`, like the fourth set's sticker from a boss; a new father's joke about three nights without four hours of
   sleep is `teasing` (joke at one's own expense), while a new mother who sincerely says she is running on fumes is
   `worried` (fretting over her own ordeal); a mother-in-law who will not sleep until the couple is back at the
   hotel is `worried`; a father-in-law who says 好多了 别惦记 … 工作别太拼 is `happy` (routine care), `request`."""
JUDGE_NOTES = """### Notes on the judge (found while writing the references)

No reference failed the judge on the first run, because the references were written with the judge's word
lists in view; four natural wordings were avoided for reasons in the judge, not in the items (the items were not
changed to suit the judge): in `what`, 多少 counts as a question word even in a statement, so 没多少，用的是我攒的…
would fail (the third set's 过几天 quirk again; it became 三千块，…); in `how_are_you`, 吃得消 and 挺稳的 are not among the
judge's state words (the answers use 还好 and 挺稳定); in `where` (English), "desk" and "finish line" are not place
words, so the answers say "office drawer" and "park entrance".

Before the set was frozen, several greetings, two replies and three references were reworded for this set's own
copy rule, not for the judge: stock English openings and phrases ("Happy Lantern Festival, …", "Thinking of you
this Qingming, …", "Happy Dragon Boat Festival, …", "Happy Winter Solstice, Grandpa! …", "… thank you for a
great first year …", "Happy Teachers' Day, …", "Happy Mother's Day, Carol! …", "Happy Father's Day, Dad! …",
"… thank you for welcoming me …", "… stuck at the airport …", "House is too quiet without …", "I'll be there
Saturday, …", "… if you want to talk") and a few Chinese greetings (…中秋快乐！祝您和家人团团圆…, …冬至快乐！今天记得
吃饺子…, …母亲节快乐！这些年辛苦您…, …父亲节快乐！祝您身体健康…, a reference …明天上午十点前发到您邮箱) ran past 27
characters or 11 Han characters in common with an earlier set's text."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()

