#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind7_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this seventh set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind7_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to sixth sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind7_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind7_2026-12.json"
MD_NAME = "followup_blind7_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, the fifth "
    "and sixth sets' working folders were not looked at, git was not run and the bot was never run; the third to "
    "sixth sets' notes were read for their format, labelling rules and judgement calls, and the sixth set's build "
    "and check scripts only for their file structure, holiday word tables and validator logic. Each greeting, "
    "thread and reply of this seventh set was newly composed one by one as people answer a holiday greeting in "
    "chat (friends, parents, grandparents, in-laws, partners, bosses, clients, teachers, landlords, doctors, a "
    "barber, a parcel-station keeper: ordinary replies, questions of every kind, requests, invitations, teasing "
    "jabs, worried, sad, cold, touched and busy replies, short cold answers, voice-input run-ons, emoji and "
    "stickers, typos, replies that pick up a detail or joke of the greeting, English exchanges, multi-round "
    "threads), avoiding the wording of the earlier sets, of the examples in their notes, of the judge's docstrings "
    "and of the README. Mood and question were labelled as a careful human reader would, following the earlier "
    "sets' rules unchanged; the few new borderline calls are listed in the note. Expectations (answer_kind = "
    "question, register, forbidden traps, holiday words, must_mention_any for offered options) use the "
    "vocabularies of tests/followup_judge.py; a hand-written reference follow-up per item, kept only in the build "
    "script, passes all four judge checks."
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
it(Z, "春节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶新年好！羊年到啦，祝您身体硬朗，牙口倍儿好，想吃啥吃啥～",
   "好好好 几号到家啊 奶奶灌了腊肠 等你回来蒸",
   "happy", "when", RESP, "奶奶，我腊月二十九下午到家，腊肠给我留一根最肥的！",
   thread=("R:我的乖孙 奶奶也给你拜年", "S:奶奶，今年我放假早，能多陪您几天。"), pick=True)
it(Z, "春节", CASUAL, "表哥", "家人", "哥",
   "哥，新年快乐！今年年夜饭还是你掌勺不？",
   "必须的 今年整个佛跳墙 你再给我带两瓶你们那的米酒",
   "happy", "request", CAS, "没问题，米酒我拎两瓶过去，佛跳墙给我留一大碗！", pick=True)
it(Z, "春节", BIZ, "领导", "领导", "王总",
   "王总新春快乐！感谢您这一年的指点，祝您羊年顺遂，阖家安康。",
   "新年好。",
   "cold", "none", RESP, "谢谢王总，给您拜个年，节后见。")
it(E, "春节", CASUAL, "friend", "朋友", "Mei",
   "Happy Lunar New Year Mei!! Year of the Goat, may your 2027 be less baa-d than 2026 🐐",
   "just me and my mom this year, it's kinda quiet. she keeps asking if you want to come over. you in?",
   "happy", "invitation", CAS, "Yes please! Tell her I'm bringing dumplings. What time should I show up?",
   thread=("R:stop it 😂 happy new year!!", "S:What are you doing for the reunion dinner this year?"))
it(Z, "春节", TECH, "同事", "同事", "刘儿",
   "刘儿新年快乐！祝你羊年代码零bug，需求不改版，年终奖溢出🐑",
   "别奶了 我还在公司 最后一个版本还没发 你哪天回老家",
   "busy", "when", CAS, "我后天下午的高铁，走前帮你把回归测试跑完。")
it(Z, "春节", TRAD, "岳母", "家人", "妈",
   "妈，新年好！给您和爸拜年了，祝二老身体健康，万事如意！",
   "好孩子 今年初二你俩回来吗 你爸说要杀只鸡",
   "happy", "yes_no", RESP, "回来的，妈，初二一早就到，鸡等我们到了一起弄。")
it(Z, "春节", CASUAL, "发小", "朋友", "大壮",
   "壮，过年好！今年回村不？咱去河边放炮仗啊",
   "回不了 今年在深圳值班 初五才轮休[苦涩]",
   "busy", "none", CAS, "这么惨，那初五轮休了视频一个，等你回来补放炮仗！")
it(Z, "春节", BIZ, "客户", "客户", "陈总",
   "陈总，新春大吉！感谢贵司一年来的信任与支持，祝生意兴隆、羊年吉祥。",
   "同贺新春。年后续签的事，麻烦初八之前把新报价发我。",
   "cold", "request", FORM, "好的陈总，新报价初七前发到您邮箱，节日期间您好好休息。", forbid=NO_OVERTIME)
it(Z, "春节", CASUAL, "女儿", "家人", "闺女",
   "闺女新年快乐！红包已经发你微信了，在外面照顾好自己。",
   "吃了 跟室友包了饺子 煮破了一半😂 你们吃的啥",
   "happy", "what", INTI, "我们吃的酸菜鱼，你爸还炖了一锅排骨，就是少了你。",
   thread=("R:收到啦 谢谢老妈！！", "S:今年第一次不在家过年，吃年夜饭了没？"))
it(E, "春节", TRAD, "boss", "领导", "Mr. Huang",
   "Happy Spring Festival, Mr. Huang! May the Year of the Goat bring your whole family good health and good fortune.",
   "Thank you, Daniel. Same to you. Are you flying back to Chengdu for the holiday?",
   "happy", "yes_no", RESP, "Yes, I fly out on the 4th and I'm back in the office on the 15th. Thank you for asking!",
   sender="Daniel")
it(Z, "春节", CASUAL, "妹妹", "家人", "妹",
   "妹，新年快乐，今年的红包比去年厚一点点😏",
   "就一点点？？？ 哥你变了😤😤 我要去跟妈告状",
   "teasing", "none", CAS, "厚一点点也是厚，别告状，明天请你喝奶茶。", pick=True)
it(Z, "春节", TRAD, "房东", "其他", "李阿姨",
   "李阿姨新年好！这一年给您添麻烦了，祝您羊年大吉、身体健康！",
   "新年好今年寒潮厉害你走之前记得把总水阀关了暖气别关去年楼下就有冻裂水管的可麻烦了",
   "worried", "request", RESP, "好的李阿姨，走之前一定关总水阀，暖气开着，您放心。")
it(Z, "春节", CASUAL, "男朋友", "恋人", "阿哲",
   "阿哲，新年快乐呀！第一次去你家过年，有点紧张😖",
   "她喜欢喝茶 带盒茶叶就行 不用太贵 心意到了就行",
   "happy", "none", INTI, "好，那我带盒普洱，挑个不贵但好看的。",
   thread=("R:紧张啥 我妈早就念叨你了", "S:那我带点什么好？阿姨喜欢啥？"))
it(Z, "春节", TRAD, "外公", "家人", "外公",
   "外公，给您拜年啦！祝您福如东海，今年钓鱼天天满竿！",
   "哈哈哈 好好 外公今天钓了两条鲫鱼 晚上红烧 你啥时候回来吃",
   "happy", "when", RESP, "外公真厉害！我初三回去，到时候您再钓两条，我来烧。", pick=True)
it(E, "春节", CASUAL, "cousin", "家人", "Kevin",
   "Happy New Year cuz! Grandma says you're bringing your girlfriend this year 👀",
   "ugh she told everyone didnt she. yes. please dont make it weird at dinner",
   "teasing", "request", CAS, "No promises, but I'll keep Auntie from asking about the wedding.", pick=True)
it(Z, "春节", CASUAL, "同学", "朋友", "老周",
   "老周过年好！羊年祝你脱单成功，别再被你妈催了😆",
   "谢谢 不过刚分手",
   "sad", "none", CAS, "啊，对不起，我不知道，刚才那句当我没说。想聊的话随时找我。", forbid=["脱单"])
it(Z, "春节", CASUAL, "婆婆", "家人", "妈",
   "妈，新年好！今年我们初一就回来，给您带了您念叨的那种阿胶糕。",
   "啥都不缺 人回来就行 你们几点出发 我好算着时间下饺子",
   "happy", "when", RESP, "妈，我们早上八点出发，十一点左右到，您别太早下饺子。",
   thread=("R:好好 路上慢点", "S:妈，家里还缺啥不？我们顺路买。"))

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "闺蜜", "朋友", "鹿鹿",
   "元宵快乐鹿鹿！今晚去不去看灯会？听说今年有条三十米的龙灯🐉",
   "去！！几点 哪里碰头",
   "happy", "where", CAS, "六点半地铁站B口见，先吃碗汤圆再进去！")
it(Z, "元宵", TRAD, "外婆", "家人", "外婆",
   "外婆元宵节快乐！今年的汤圆我吃了八个，还是没您包的好吃😋",
   "你这孩子嘴甜 外婆冻了两袋芝麻馅的 周末过来 外婆给你现煮",
   "happy", "invitation", RESP, "好呀外婆，周六中午过去，我要吃十个。", pick=True)
it(E, "元宵", CASUAL, "friend", "朋友", "Tom",
   "Happy Lantern Festival Tom! Riddle for you: what has a face and two hands but no arms? 🏮",
   "a clock, too easy. my turn: what gets wetter the more it dries?",
   "teasing", "what", CAS, "A towel! Nice try, you'll have to do better than that.", pick=True)
it(Z, "元宵", CASUAL, "同事", "同事", "杰哥",
   "杰哥元宵快乐！今天食堂有汤圆，给你占了一碗🍡",
   "兄弟够意思 我在路上 堵成狗了 帮我端回工位 别让老陈吃了",
   "happy", "request", CAS, "行，给你端回工位了，盖着盖子，老陈碰都没碰。", pick=True)
it(Z, "元宵", BIZ, "领导", "领导", "赵处",
   "赵处长，元宵节快乐！祝您阖家团圆，新的一年工作顺利。",
   "同乐。明天上午的会改到十点",
   "cold", "none", RESP, "收到赵处，明天上午十点准时到会议室。")
it(Z, "元宵", CASUAL, "老公", "恋人", "老公",
   "老公元宵节快乐～今晚早点回来一起煮汤圆嘛",
   "估计十点以后了 客户还没走 你先吃 给我留几个花生的",
   "busy", "request", INTI, "好，给你留五个花生馅的，热在锅里，到楼下给我发个消息。",
   thread=("R:尽量", "S:尽量是几点？"))
it(Z, "元宵", CASUAL, "母亲", "家人", "妈",
   "妈，元宵快乐呀！今年请不到假回去，汤圆您和爸替我多吃两个😄",
   "吃了吃了 你爸一口气吃了十个 血糖又要高了 你那边下雪没",
   "happy", "yes_no", INTI, "下了，早上还积了一层。妈您盯着点我爸，十个太多了。")
it(Z, "元宵", CASUAL, "大学室友", "朋友", "胖虎",
   "胖虎元宵节快乐！",
   "可以啊 新公司咋样 待得惯不",
   "happy", "how_are_you", CAS, "还行，同事挺好，就是通勤有点远，慢慢习惯。",
   thread=("R:同乐同乐 你还在杭州？", "S:在呢，刚换了工作，还没适应。"))
it(Z, "元宵", TRAD, "老师", "老师", "孙老师",
   "孙老师元宵节快乐！还记得您当年在班上带我们猜灯谜，至今难忘。",
   "你还记得啊 老师都退休三年了 你现在在哪工作呢",
   "touched", "where", RESP, "在苏州一家设计院做结构，离学校也就一个小时车程，改天回去看望您。", pick=True)
it(E, "元宵", CASUAL, "younger sister", "家人", "Lil",
   "Happy Lantern Festival Lil! Did you make tangyuan or just buy the frozen ones again 😏",
   "frozen. and they all fused into one giant blob. don't tell mom",
   "teasing", "request", CAS, "Sure, my lips are sealed. Next time stir them right after they go in.", pick=True)
it(Z, "元宵", CASUAL, "医生", "其他", "刘医生",
   "刘医生元宵节快乐！多亏您上个月的手术，我爸现在能自己下楼遛弯了。",
   "少吃两个 糯米不好消化 记得下周三带他来复查 空腹",
   "happy", "request", RESP, "好的刘医生，汤圆只让他吃两个，下周三一早空腹带他过去。",
   thread=("R:元宵快乐 恢复得好就行", "S:他还问能不能吃汤圆呢。"))
it(Z, "元宵", TECH, "同事", "同事", "老K",
   "老K元宵快乐！愿你的汤圆零bug，馅料百分百命中率，loss一路下降🍡",
   "loss降了 体重涨了 这是过拟合了吧😂",
   "teasing", "none", CAS, "加个正则化，明天开始午饭后绕园区走两圈。", pick=True)
it(Z, "元宵", CASUAL, "女朋友", "恋人", "小满",
   "小满元宵快乐！今晚河边有灯会，要不要一起去放河灯？",
   "好呀好呀 穿哪件 红的还是白的",
   "happy", "choice", INTI, "穿红的吧，灯一照特别好看。", must=["红的", "白的"])
it(E, "元宵", CASUAL, "colleague", "同事", "Priya",
   "Happy Lantern Festival, Priya! The office lobby has paper lanterns up, come see them before they're gone.",
   "Oh nice! I'm WFH till Thursday though. Can you snap a pic for me?",
   "happy", "request", CAS, "Sure, I'll grab a few shots at lunch and send them over.")
it(Z, "元宵", CASUAL, "舅舅", "家人", "舅舅",
   "舅舅元宵节快乐！今年的灯谜我又输给表弟了，明年一定赢回来。",
   "你那表弟天天背灯谜书 作弊的 哈哈 你外婆想你了 有空来吃饭",
   "happy", "invitation", RESP, "好嘞舅舅，下周末过去，顺便跟表弟再比一场。", pick=True)
it(Z, "元宵", CASUAL, "邻居", "其他", "小吴",
   "小吴元宵快乐！我家煮多了汤圆，放你门口了记得拿～",
   "拿了 谢",
   "cold", "none", CAS, "不客气，芝麻馅的，趁热煮了吃。")
it(Z, "元宵", TRAD, "爷爷", "家人", "爷爷",
   "爷爷元宵节快乐！您今年还去公园看花灯吗？",
   "白天去看啥灯不去了在家听戏你奶奶腿又疼了",
   "sad", "none", RESP, "奶奶的腿又疼了？爷爷，我明天给她寄个护膝，再约个理疗，您也多歇着。",
   thread=("R:去了 人太多 挤得慌", "S:那您下回白天去，人少点。"))

# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "父亲", "家人", "爸",
   "爸，清明了，今年我回不去给爷爷扫墓，您替我多烧一炷香。",
   "行 你忙你的",
   "cold", "none", INTI, "谢谢爸，下个月我请假回去，再一起去看看爷爷。")
it(Z, "清明", CASUAL, "朋友", "朋友", "阿远",
   "阿远，清明假期出去踏青不？西湖边的樱花开了🌸",
   "不去了 今年我奶奶刚走 要回老家上坟",
   "sad", "none", CAS, "对不起，我不知道。你回去路上注意安全，节哀，回来想聊随时找我。")
it(E, "清明", CASUAL, "friend", "朋友", "Sam",
   "Thinking of your dad today, Sam. I know Qingming's a hard one. Here if you want to talk.",
   "thanks man. means a lot. gonna light a candle for him tonight",
   "touched", "none", CAS, "I'll light one here too. Call me later tonight if you want company on the phone.")
it(Z, "清明", BIZ, "客户", "客户", "刘总",
   "刘总，清明假期将至，祝您出行平安，假期愉快。",
   "谢谢。假期我在外地，有事发邮件。",
   "cold", "none", FORM, "好的刘总，有事我发邮件给您，祝您一路顺利。", forbid=NO_OVERTIME)
it(Z, "清明", CASUAL, "外婆", "家人", "外婆",
   "外婆，清明我跟妈一起回来给外公扫墓，您想吃点啥我们带回去？",
   "啥也别带 带两把香就行 你外公爱喝的那个二锅头 买一瓶",
   "happy", "none", RESP, "好的外婆，香和二锅头我都记下了，一定带上。")
it(Z, "清明", CASUAL, "同事", "同事", "冯哥",
   "冯哥清明假期愉快，咱们组的报表我周五发你了～",
   "好 我在回老家的高铁上 信号时有时无 周一看 你最近咋样 还在那个项目上熬着吗",
   "busy", "how_are_you", CAS, "老样子，项目快收尾了，不算太忙，你路上注意安全。")
it(Z, "清明", CASUAL, "姐姐", "家人", "姐",
   "姐，清明回老家不？一起给奶奶上坟。",
   "行 别忘了带上次那个折叠凳 山上没地方坐",
   "happy", "request", CAS, "好，折叠凳放后备箱了，八点楼下见。",
   thread=("R:回 周六早上走", "S:那我开车，八点去你家楼下接你？"))
it(Z, "清明", CASUAL, "男朋友", "恋人", "阿晨",
   "清明放三天，要不要去山里看杜鹃花？",
   "那几天我得陪我妈回去给我爸扫墓 她一个人我不放心 你愿意陪我去吗",
   "sad", "invitation", INTI, "我陪你去，路上我来开车，阿姨那边我也多照顾着点。")
it(E, "清明", BIZ, "client", "客户", "Mr. Patel",
   "Dear Mr. Patel, our office will be closed on April 5 for the Qingming holiday. Wishing you a peaceful week.",
   "Noted. Is the container still scheduled to ship on the 6th?",
   "cold", "yes_no", FORM, "Yes, it is still scheduled for the 6th, and I will send the tracking number that morning.")
it(Z, "清明", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶，清明我给您带青团回来，要豆沙的还是咸蛋黄肉松的？",
   "豆沙的 你在哪家买 上回那家排队排到马路上了",
   "happy", "where", RESP, "这回去老街那家百年老店，我提前打电话订好了，不用排队。")
it(Z, "清明", CASUAL, "朋友", "朋友", "敏",
   "敏，清明假期去爬山吗？我们几个约了莫干山。",
   "去不了 我家狗昨天走了 没心情",
   "sad", "none", CAS, "抱抱你，它陪了你那么多年。这几天别硬撑，想出来走走我陪你。")
it(Z, "清明", CASUAL, "导师", "老师", "周老师",
   "周老师，清明小长假，祝您出游顺利！",
   "假期在家改你们的稿子 你的初稿最晚几号能给我",
   "busy", "when", RESP, "周老师，初稿我8号中午前发到您邮箱。",
   thread=("R:谢谢 不出去", "S:论文初稿我放假后交给您。"))
it(Z, "清明", CASUAL, "岳父", "家人", "爸",
   "爸，清明我们回去祭祖，您看需要准备些什么？",
   "带点水果和花就行 别的我都备好了",
   "happy", "none", RESP, "好的爸，水果和花我们备好，早上六点出发。")
it(E, "清明", CASUAL, "mother", "家人", "Mom",
   "Mom, I can't make it back for Qingming this year. Could you put some chrysanthemums on Grandpa's grave for me?",
   "Of course sweetheart. Your aunt will drive me. You sounded so tired on the phone, how are you getting on in the "
   "new flat?",
   "worried", "how_are_you", INTI, "I'm doing fine, Mom, it was only a tiring week. The flat is warm and the "
   "neighbours are kind.")
it(Z, "清明", BIZ, "领导", "领导", "钱总",
   "钱总，清明假期愉快，假期里有事随时找我。",
   "好 有事我找你 假期愉快",
   "happy", "none", RESP, "好的钱总，您也好好休息。")
it(Z, "清明", CASUAL, "表姐", "家人", "姐",
   "姐，清明回去不？外婆说想我们了。",
   "我得周六中午了 周五还有个会走不开 你到了先陪外婆 她问就说我在路上",
   "busy", "request", CAS, "行，我先过去陪外婆，跟她说你周六中午到。",
   thread=("R:回 你哪天到", "S:我周五晚上到，你几点？"))
it(E, "清明", CASUAL, "colleague", "同事", "Ben",
   "Enjoy the long weekend, Ben! Any plans for Qingming?",
   "Taking the train, thankfully. What are you up to?",
   "happy", "what", CAS, "Staying in town, probably hiking in the hills on Saturday if the weather holds.",
   thread=("R:Heading to Hangzhou to see my grandparents.", "S:Nice, drive safe, traffic will be brutal."))

# ---------------------------------------------------------------- 端午
it(Z, "端午", TRAD, "婆婆", "家人", "妈",
   "妈，端午安康！今年的粽子我们自己包了，给您寄了一箱，明天到。",
   "哎呀 自己包的呀 妈心里热乎乎的 都包的啥馅",
   "touched", "what", RESP, "妈，有蛋黄肉粽和蜜枣的，各十个，蒸二十分钟就能吃。")
it(Z, "端午", CASUAL, "同事", "同事", "何姐",
   "何姐端午安康！明天龙舟赛咱部门有人报名不？",
   "报了 还差一个划桨的 你来凑个数不",
   "happy", "invitation", CAS, "来！我去年在公司划过一回，算我一个。")
it(Z, "端午", CASUAL, "母亲", "家人", "妈",
   "妈，端午安康！今年的粽子还是包咸蛋黄的吗？",
   "包了 还有你爱吃的碱水粽 给你冻了二十个 回来拿还是给你寄过去",
   "happy", "choice", INTI, "寄过来吧，妈，我这周末回不去，下周一就能收到。", must=["回来拿", "寄"])
it(E, "端午", CASUAL, "friend", "朋友", "Jess",
   "Dragon Boat Day!! Did you end up going down to the river for the races?",
   "YES and I got splashed by a whole team 😭😂 shoes still wet. zongzi at my place tonight, wanna come?",
   "happy", "invitation", CAS, "Count me in! I'll bring dry socks just in case.")
it(Z, "端午", BIZ, "客户", "客户", "吴经理",
   "吴经理，端午安康！感谢一直以来的支持，祝您节日愉快、万事顺心。",
   "好 大概什么时候能到 我们这边等着打样",
   "cold", "when", FORM, "吴经理，样品本周五送达，到了我第一时间通知您。", forbid=NO_OVERTIME,
   thread=("R:谢谢 也祝你端午安康", "S:上周您说的样品已经安排寄出了。"))
it(Z, "端午", CASUAL, "弟弟", "家人", "弟",
   "弟，端午安康，妈让我给你寄了一箱粽子，到了先冻起来。",
   "收到了 已经吃了三个 蛋黄的那个绝了 还有没有😋",
   "happy", "yes_no", CAS, "还有，妈说下周再包一锅，到时候再给你寄。")
it(Z, "端午", CASUAL, "女朋友", "恋人", "糖糖",
   "端午安康呀宝，今天的粽子是甜的还是咸的？",
   "刚考完 脑子空的 考得一般 不想说话",
   "sad", "none", INTI, "辛苦了宝，先别想成绩，我去接你，带你吃点热乎的。")
it(Z, "端午", CASUAL, "大学同学", "朋友", "老邓",
   "老邓，端午快乐！咱宿舍群都沉了，出来冒个泡",
   "冒泡🫧 最近在带娃 下个月孩子满月 你来喝满月酒不",
   "happy", "invitation", CAS, "必须来！几点开席你发我，红包已经准备好了。", pick=True)
it(E, "端午", BIZ, "boss", "领导", "Ms. Lin",
   "Happy Duanwu, Ms. Lin! Thank you for letting the team leave early today.",
   "You're welcome. Enjoy the zongzi. Please make sure the Q2 deck is in my inbox by Monday 9am.",
   "cold", "request", RESP, "Of course, Ms. Lin. The deck will be in your inbox by Sunday evening.")
it(Z, "端午", TRAD, "爷爷", "家人", "爷爷",
   "爷爷端午安康！您今年还在门口挂艾草吗？",
   "挂了 你奶奶非要挂 说避邪 你那咳嗽到底好了没 奶奶天天念叨 怕你拖成肺炎",
   "worried", "how_are_you", RESP, "好多了爷爷，早就不咳了，让奶奶别担心。")
it(Z, "端午", CASUAL, "房东", "其他", "王叔",
   "王叔端午安康！这个月房租我已经转您了，请查收。",
   "收到了",
   "cold", "none", RESP, "好的王叔，过节愉快。")
it(Z, "端午", CASUAL, "同事", "同事", "小丽",
   "端午节快乐！粽子吃了吗",
   "做梦 肉粽是我的命 除非你拿两个换一个",
   "teasing", "none", CAS, "成交，我这就拿两个蜜枣去你工位找你。", pick=True,
   thread=("R:吃了 公司发的 蛋黄肉粽", "S:我们部门发的是蜜枣的，想跟你换😂"))
it(Z, "端午", CASUAL, "小姨", "家人", "小姨",
   "小姨端午安康！表妹高考完了吧，考得怎么样？",
   "数学没考好 回来就关房间里哭 饭也不吃",
   "sad", "none", RESP, "小姨您别太着急，等分数出来再说，我晚上给她打个电话聊聊。",
   thread=("R:唉 别提了", "S:怎么了？"))
it(E, "端午", CASUAL, "girlfriend", "恋人", "Alex",
   "Happy Duanwu, babe! Saving you the last red bean zongzi 🥰",
   "you're the best 🥹 stuck at the airport, flight delayed 3 hrs",
   "busy", "none", INTI, "Ugh, sorry babe. Text me when you board and I'll keep it warm for you.")
it(Z, "端午", TRAD, "孩子的老师", "老师", "胡老师",
   "胡老师端午安康！感谢您这学期对朵朵的耐心教导。",
   "端午安康 朵朵最近进步很大 下周的家长会您能来吗",
   "happy", "yes_no", RESP, "能来的，胡老师，下周的家长会我一定准时到。")
it(Z, "端午", CASUAL, "朋友", "朋友", "飞哥",
   "飞哥端午快乐🐲",
   "🐉🚣‍♂️🚣‍♂️",
   "happy", "none", CAS, "划起来！今年龙舟赛你们村拿第几？")
it(Z, "端午", CASUAL, "朋友", "朋友", "琪琪",
   "琪琪端午安康！听说你搬新家了，恭喜恭喜",
   "谢谢！搬到城东了 离你家可进了 你现在住哪个小区来着",
   "happy", "where", CAS, "我在锦绣花园，走路过去十分钟，周末找你串门！")

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", CASUAL, "外婆", "家人", "外婆",
   "外婆中秋快乐！月饼收到了吗？",
   "分了分了你舅妈说莲蓉的好吃你今年中秋一个人过啊",
   "worried", "yes_no", RESP, "不是一个人，外婆，跟同事约了一起吃饭赏月，您别担心。",
   thread=("R:收到了 你寄那么多干啥", "S:给您和舅舅家分着吃嘛。"))
it(Z, "中秋", CASUAL, "室友", "朋友", "阿May",
   "中秋快乐！今晚月亮超圆，快去阳台看🌕",
   "在加班 看个屁的月亮",
   "busy", "none", CAS, "那我帮你多看两眼，拍张照发你，早点下班。")
it(E, "中秋", BIZ, "client", "客户", "Ms. Wong",
   "Dear Ms. Wong, may this Mid-Autumn bring you a full moon over a full house.",
   "My mother loved the lotus seed ones. Which bakery are they from? She wants more.",
   "happy", "where", FORM, "They're from Lin Ji Bakery on Fuxing Road, and I'd be glad to have a box sent to your mother.",
   thread=("R:Thank you! The mooncakes your team sent were lovely.", "S:So glad you liked them!"))
it(Z, "中秋", CASUAL, "女儿", "家人", "囡囡",
   "囡囡中秋快乐，第一次在学校过节，想家不？",
   "有一点点🥺 宿舍就剩我一个人了 她们都回家了",
   "sad", "none", INTI, "妈妈陪你视频赏月，晚上八点，你把月饼拿出来咱们一起吃。")
it(Z, "中秋", CASUAL, "同事", "同事", "孙哥",
   "孙哥中秋快乐！公司发的月饼你领了没？",
   "领了 冬瓜馅的 你要不要 白送",
   "teasing", "yes_no", CAS, "不要，冬瓜馅的你自己留着慢慢品。")
it(Z, "中秋", TRAD, "领导", "领导", "郑总",
   "郑总，中秋快乐！祝您花好月圆，阖家幸福。",
   "中秋好",
   "cold", "none", RESP, "谢谢郑总，祝您假期吃好玩好。")
it(Z, "中秋", CASUAL, "男朋友", "恋人", "大熊",
   "中秋快乐大熊！今年异地，我们一起看同一个月亮吧🌕",
   "看不到 我这边阴天 一颗星都没有 想你",
   "sad", "none", INTI, "那我把月亮拍下来发你，等你下个月回来补一个中秋。", pick=True)
it(Z, "中秋", CASUAL, "父亲", "家人", "老爸",
   "老爸中秋快乐！今年回不去，月饼给您寄了广式的。",
   "你妈说太甜 下次寄苏式的 鲜肉的那种",
   "happy", "request", INTI, "好嘞，下次给您寄鲜肉的苏式月饼，让妈尝尝。",
   thread=("R:到了", "S:好吃不？", "R:我吃了两块 还行"))
it(Z, "中秋", CASUAL, "发小", "朋友", "二毛",
   "二毛中秋快乐！今年回来不？",
   "老地方早拆了 你都多久没回来了 换一家 你定",
   "teasing", "where", CAS, "行，那就去江边那家烤肉店，十五晚上七点见。",
   thread=("R:回 十四晚上到", "S:好！那十五晚上老地方撸串？"))
it(E, "中秋", CASUAL, "grandmother", "家人", "Grandma",
   "Happy Mid-Autumn, Grandma! I'm attempting your mooncake recipe all by myself this year, fingers crossed!",
   "Oh sweetheart, that recipe was my mother's. Don't forget to brush the tops with egg wash or they won't shine. "
   "Send me a photo when they're done",
   "touched", "request", RESP, "I won't forget, Grandma. I'll send you a photo as soon as they're out of the oven.",
   pick=True)
it(Z, "中秋", CASUAL, "高中班主任", "老师", "李老师",
   "李老师中秋快乐！毕业五年了，还常想起您晚自习给我们分月饼。",
   "你这孩子 还记得 老师看到你的消息真高兴 今年你们班聚会定了没",
   "touched", "yes_no", RESP, "定了，李老师，国庆第二天中午，班长说一定要请您来。", pick=True)
it(Z, "中秋", CASUAL, "嫂子", "家人", "嫂子",
   "嫂子中秋快乐！侄子最近还闹腾不？",
   "闹腾 天天拿月饼盒当鼓敲 你哥被吵得要离家出走了 你呢 在上海还习惯不",
   "happy", "how_are_you", CAS, "挺习惯的，嫂子，就是吃不惯这边的甜口，想家里的菜。")
it(Z, "中秋", BIZ, "客户", "客户", "黄总",
   "黄总中秋快乐！略备薄礼已寄到贵司前台，请您笑纳。",
   "收到了，太客气了。节后找个时间来公司喝杯茶，聊聊明年的合作。",
   "happy", "invitation", FORM, "谢谢黄总，节后第一周我一定登门拜访，您看周三下午是否方便？", forbid=NO_OVERTIME)
it(Z, "中秋", CASUAL, "哥哥", "家人", "哥",
   "哥，中秋快乐，爸妈那边我今年去，你安心值班。",
   "好 辛苦你了 妈最近老说腰疼 你带她去医院拍个片子",
   "worried", "request", CAS, "行，我周六带妈去拍片子，结果出来第一时间告诉你。")
it(E, "中秋", CASUAL, "friend", "朋友", "Chris",
   "Happy Mid-Autumn! Tried my first salted egg yolk mooncake, verdict: weird but I'd eat it again.",
   "lmao welcome to the club. how's the new job btw, surviving?",
   "happy", "how_are_you", CAS, "Surviving and actually doing great, the team is lovely.")
it(Z, "中秋", CASUAL, "公公", "家人", "爸",
   "爸，中秋快乐！您的腰好点了吗？",
   "好多了 能下地走了 倒是你 换了新工作 顺心不",
   "happy", "how_are_you", RESP, "挺顺心的，爸，同事都好相处，您放心养着。")
it(Z, "中秋", CASUAL, "邻居阿婆", "其他", "陈阿婆",
   "陈阿婆中秋快乐！给您放了两个月饼在门口。",
   "好孩子 阿婆耳朵背 敲门听不见 你有心了",
   "touched", "none", RESP, "阿婆您慢慢吃，有什么要搬要扛的，您喊我一声。")

# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "朋友", "朋友", "蒙蒙",
   "蒙蒙国庆快乐！七天假打算干嘛？",
   "躺 从一号躺到七号 谁叫我都不出门 你呢 七天干嘛",
   "teasing", "what", CAS, "回老家帮我爸收玉米，顺便在村里躺两天。")
it(Z, "国庆", CASUAL, "母亲", "家人", "妈",
   "妈，国庆我三号回家，想吃您做的糖醋排骨！",
   "行 你坐几点的车 新闻说那天有大暴雨 妈有点不放心",
   "worried", "when", INTI, "下午两点的高铁，五点到站，坐高铁不怕下雨，您放心。",
   thread=("R:好 排骨已经买好了", "S:再做个可乐鸡翅呗😋"))
it(Z, "国庆", CASUAL, "同事", "同事", "宋宋",
   "宋宋国庆快乐！你们去云南玩得咋样？",
   "别提了 高原反应 吐了一路 现在在酒店躺着",
   "sad", "none", CAS, "赶紧喝点葡萄糖多躺会儿，实在不行去医院吸个氧。")
it(E, "国庆", CASUAL, "colleague", "同事", "Mark",
   "Happy National Day break, Mark! Try not to check Slack for a whole week 😉",
   "fine fine. where are you headed btw? we're thinking Qingdao",
   "happy", "where", CAS, "Going to Xiamen with my parents. Qingdao sounds great though, send beach pics!",
   thread=("R:no promises lol", "S:I'm serious, the deploy can wait."))
it(Z, "国庆", TRAD, "爷爷", "家人", "爷爷",
   "爷爷国庆节快乐！今年您的菜园子收成咋样？",
   "萝卜长疯了 吃不玩 你啥时候回来 带一袋走",
   "happy", "when", RESP, "爷爷，我五号回去，带一袋萝卜回来炖排骨。", pick=True)
it(Z, "国庆", BIZ, "领导", "领导", "林总",
   "林总国庆快乐！祝您假期愉快。",
   "有个急事 你三号能不能来一趟公司",
   "busy", "yes_no", RESP, "能的林总，三号上午九点我到公司，需要准备的材料您发我。",
   thread=("R:谢谢 我还在上海出差", "S:您辛苦了，有需要随时吩咐。"))
it(Z, "国庆", CASUAL, "老婆", "恋人", "老婆",
   "老婆国庆快乐！这个假期我全听你安排😘",
   "那先把家里大扫除了 然后带我去吃那家排队两小时的火锅😋😋",
   "happy", "request", INTI, "遵命，明天上午大扫除，下午我去排号。", pick=True)
it(Z, "国庆", CASUAL, "表妹", "家人", "表妹",
   "表妹国庆快乐！听说你去北京玩了？",
   "在北京呢 今天去了故宫 人山人海 明天去哪好 你去过的推荐一个",
   "happy", "where", CAS, "去颐和园，早点去，坐船绕昆明湖一圈特别舒服。")
it(Z, "国庆", CASUAL, "老同学", "朋友", "刚子",
   "刚子国庆快乐！同学聚会你来不来？",
   "四号不行 我四号值班 能不能改五号",
   "busy", "yes_no", CAS, "能，我去跟班长说改五号，五号你可别再值班了。",
   thread=("R:哪天", "S:四号晚上，老校门口那家烧烤。"))
it(E, "国庆", CASUAL, "professor", "老师", "Professor Hale",
   "Happy National Day holiday, Professor Hale! Thank you for the extension on my thesis chapter.",
   "You're welcome. Enjoy the break, but I expect chapter 3 when we're back. When can you send a draft?",
   "cold", "when", RESP, "I will send the draft by October 9th, Professor Hale.")
it(Z, "国庆", CASUAL, "哥哥", "家人", "哥",
   "哥，国庆快乐，带嫂子回来吗？",
   "回 不过她怀孕了 坐不了长途 我们开车 你几号回",
   "happy", "when", CAS, "我二号一早到，先去超市买菜，等你们回来吃。")
it(Z, "国庆", CASUAL, "宠物医生", "其他", "王医生",
   "王医生国庆快乐！我家咪咪绝育后恢复得很好，谢谢您。",
   "节日快乐 恢复好就行 伤口别让它舔 伊丽莎白圈再戴一周",
   "happy", "request", RESP, "好的王医生，圈一直戴着，我会盯着不让它舔。")
it(Z, "国庆", CASUAL, "大学舍友", "朋友", "老四",
   "老四国庆快乐！还在那家大厂卷吗",
   "卷不动了 上个月被裁了 正在家躺平",
   "sad", "none", CAS, "啊，抱抱。先好好歇一阵，简历要改的话发我，我帮你看看。", forbid=["国庆快乐"])
it(Z, "国庆", CASUAL, "女朋友", "恋人", "宝",
   "宝，国庆去看海还是去爬山？你选！",
   "都不要 人挤人 在家陪我打游戏🎮",
   "happy", "invitation", INTI, "好呀，那我带零食过去，今晚开黑。")
it(E, "国庆", CASUAL, "older sister", "家人", "sis",
   "Happy Golden Week, sis! How's the road trip going?",
   "stuck on the highway for 4 hours. kids are screaming. send help 😵",
   "worried", "none", CAS, "Hang in there. Hand them the tablet and stop at the next service area for snacks.")
it(Z, "国庆", CASUAL, "同事", "同事", "梅姐",
   "梅姐国庆快乐！假期值班表排好了吗？",
   "早九晚五 中午我给值班的统一点外卖 你要黄焖鸡还是麻辣烫",
   "happy", "choice", CAS, "麻辣烫，微辣，谢谢梅姐！", must=["黄焖鸡", "麻辣烫"],
   thread=("R:排好了 你三号", "S:收到，三号几点到几点？"))
it(Z, "国庆", CASUAL, "外甥", "家人", "小宇",
   "小宇国庆快乐！舅舅给你买的乐高收到没？",
   "收到啦舅舅 我已经拼好一半了 你什么时侯来看我拼的城堡",
   "happy", "when", CAS, "舅舅周六下午就去，等你拼完我们一起玩。", pick=True)

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", CASUAL, "闺蜜", "朋友", "乔乔",
   "新年快乐乔乔！2027我们要一起瘦十斤！",
   "第一天就失败了 刚吃完一整个披萨🍕😭",
   "teasing", "none", CAS, "没事，2027还有364天，明天开始也来得及。", pick=True)
it(Z, "元旦", CASUAL, "同事", "同事", "周哥",
   "周哥元旦快乐！跨年夜你们去哪儿了？",
   "哪也没去 在公司盯上线 凌晨两点才走",
   "busy", "none", CAS, "太辛苦了，今天好好补个觉，上线顺利就好。")
it(E, "元旦", CASUAL, "friend", "朋友", "Nina",
   "Happy New Year Nina!! 🎆 Did you make any resolutions this time?",
   "just one: stop replying to work emails after 8pm. already broke it today 🙃 how are things with you?",
   "teasing", "how_are_you", CAS, "Pretty good, honestly. I'm sleeping more and I quit checking Slack on weekends.")
it(Z, "元旦", BIZ, "客户", "客户", "钱总",
   "钱总元旦快乐！新的一年祝贵司业绩长虹，合作愉快。",
   "同祝。新年第一周安排个时间碰一下明年的框架协议",
   "cold", "request", FORM, "好的钱总，我下周二下午到贵司拜访，您看这个时间可以吗？", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "父亲", "家人", "爸",
   "爸，元旦快乐！新年第一天，少喝点酒啊。",
   "今天就喝了一小杯 你妈盯着呢 你那边冷不",
   "happy", "yes_no", INTI, "不冷，屋里有暖气，出门我都穿羽绒服。")
it(Z, "元旦", CASUAL, "男朋友", "恋人", "小林",
   "新年快乐！今年跨年没能一起，明年一定补上🥺",
   "嗯 那你忙吧",
   "cold", "none", INTI, "不忙了，我明天请了半天假，中午去你公司楼下接你吃饭。", forbid=["明年一定"])
it(Z, "元旦", CASUAL, "辅导员", "老师", "陈老师",
   "陈老师元旦快乐！新的一年祝您工作顺利，少操心我们😄",
   "你们少逃课我就少操心了 期末复习得怎么样了",
   "teasing", "what", RESP, "陈老师，高数已经刷完两遍真题了，这次肯定不挂。", pick=True)
it(Z, "元旦", TRAD, "奶奶", "家人", "奶奶",
   "奶奶元旦快乐！新年新气象，祝您身体棒棒，天天开心！",
   "好好 奶奶也祝你新年快乐 找对象了没",
   "happy", "yes_no", RESP, "还没呢奶奶，有了第一个带回来给您看。")
it(E, "元旦", BIZ, "boss", "领导", "Mr. Carter",
   "Happy New Year, Mr. Carter! Looking forward to another great year on the team.",
   "Likewise. Could you cover the 9am client call on Monday? I'll be flying.",
   "cold", "request", RESP, "Certainly, I'll take the call and send you notes afterward. Safe travels.")
it(Z, "元旦", CASUAL, "弟弟", "家人", "弟",
   "弟，新年快乐！考研最后冲刺了，加油！",
   "说话算话 我要吃那家人均五百的日料",
   "happy", "request", CAS, "行，说到做到，考完那晚就去，位子我提前订。",
   thread=("R:谢谢哥 还有二十天 人快没了", "S:撑住，考完哥带你去吃顿好的。"))
it(Z, "元旦", CASUAL, "快递站老板", "其他", "老板",
   "老板元旦快乐！这一年麻烦你帮我收了那么多快递😂",
   "哈哈 客气 你那个大件还在店里 啥时候来拿[憨笑]",
   "happy", "when", CAS, "今晚下班七点左右过去拿，给你带杯奶茶。")
it(Z, "元旦", CASUAL, "姑姑", "家人", "姑姑",
   "姑姑元旦快乐！表弟的婚礼日子定了吗？",
   "五月二号 你一定要来 给你安排在主桌",
   "happy", "invitation", RESP, "一定到，姑姑，五月二号我提前一天回去帮忙。",
   thread=("R:定了定了", "S:哪天呀？我好提前请假。"))
it(E, "元旦", CASUAL, "mother-in-law", "家人", "Linda",
   "Happy New Year, Linda! Thank you for hosting us over the holidays, the roast was amazing.",
   "Oh it was lovely having you both. Did you get home safely? I kept thinking about those icy roads.",
   "worried", "yes_no", RESP, "Yes, we got home around ten, slowly but safely. Thank you again for everything.")
it(Z, "元旦", CASUAL, "前同事", "朋友", "小白",
   "小白元旦快乐！周六出来吃饭？",
   "好啊 火锅还是烤肉",
   "happy", "choice", CAS, "火锅吧，天冷，吃完暖和。", must=["火锅", "烤肉"])
it(Z, "元旦", TECH, "同事", "同事", "刘哥",
   "刘哥新年快乐！2027祝你GPU永不OOM，模型一训就收敛🚀",
   "别说了 昨晚在机房看着loss跨的年 你们跨年干啥了",
   "busy", "what", CAS, "跟朋友去江边看烟花，人多到挤掉了一只鞋。", pick=True)
it(Z, "元旦", CASUAL, "儿子", "家人", "儿子",
   "儿子元旦快乐！新的一年少打游戏多运动。",
   "知道啦 妈你也少刷短视频",
   "teasing", "none", INTI, "行，那咱俩比赛，谁先破戒谁洗一周碗。")
it(E, "元旦", CASUAL, "friend", "朋友", "Jake",
   "Happy 2027 Jake! Still on for the ski trip next weekend?",
   "who else is coming? need to know how many steaks to buy",
   "happy", "what", CAS, "Me, you, Priya, Tom and his brother. Five people, so get six steaks to be safe.",
   thread=("R:yes!! did you book the cabin?", "S:Booked it last night, two nights, sleeps six.", "R:legend 🙌"))

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", TRAD, "母亲", "家人", "妈",
   "妈，冬至快乐！今天记得吃饺子，别冻着耳朵😄",
   "吃了 你爸包的 丑得很 你吃了吗",
   "happy", "yes_no", INTI, "吃了，食堂的三鲜馅，没我爸包的好吃。")
it(Z, "冬至", CASUAL, "同事", "同事", "小吴",
   "小吴冬至快乐！楼下饺子馆今天排长队，要不要帮你带一份？",
   "要！猪肉白菜的还是三鲜的 你帮我挑",
   "happy", "choice", CAS, "三鲜的，虾仁大，给你带二十个。", must=["猪肉白菜", "三鲜"])
it(E, "冬至", CASUAL, "friend", "朋友", "Wei",
   "Happy Dongzhi, Wei! Eat some dumplings so your ears don't fall off 🥟",
   "I'm making a batch tonight, want some? pork or shrimp?",
   "happy", "choice", CAS, "Shrimp please! I'll swing by after work to pick them up.", must=["pork", "shrimp"],
   thread=("R:my grandma says the exact same thing lol", "S:Grandmas know best."))
it(Z, "冬至", CASUAL, "外公", "家人", "外公",
   "外公冬至安康！今年您还熬羊肉汤吗？",
   "熬了一大锅 你不回来 谁喝啊",
   "sad", "none", RESP, "外公，我周六就回去喝，您给我留一碗，我多待两天陪您。")
it(Z, "冬至", CASUAL, "女朋友", "恋人", "圆圆",
   "冬至快乐！今晚下班我去你那包饺子？",
   "好呀 但我家只有面粉 馅你买",
   "happy", "request", INTI, "没问题，我下班去超市买猪肉白菜，七点到你家。")
it(Z, "冬至", BIZ, "领导", "领导", "唐总",
   "唐总冬至快乐！天冷了，注意保暖。",
   "感谢。",
   "cold", "none", RESP, "唐总客气了，您也多保重。")
it(Z, "冬至", CASUAL, "大学同学", "朋友", "老贺",
   "老贺冬至快乐！北京今天下雪了没？",
   "下了 零下十度 出门五分钟鼻涕冻成冰溜子 你们南方人不懂",
   "teasing", "none", CAS, "我们这边湿冷更要命，屋里比屋外还冷，你不懂。")
it(Z, "冬至", CASUAL, "公公", "家人", "爸",
   "爸，冬至快乐！听妈说您最近血压有点高，药按时吃了吗？",
   "吃着呢 你们别操心 倒是你 天天熬夜 身体还扛得住不",
   "worried", "how_are_you", RESP, "还好，爸，这周开始我十一点前睡，身体没事，您也按时量血压。")
it(E, "冬至", CASUAL, "piano teacher", "老师", "Ms. Howard",
   "Happy Winter Solstice, Ms. Howard! Lucy says your dumplings at the class party were the best.",
   "That's so sweet! Tell Lucy to practice her scales over the break. Is she coming to the recital on the 28th?",
   "happy", "request", RESP, "I will tell her tonight, and yes, she'll be at the recital on the 28th.")
it(Z, "冬至", CASUAL, "哥们", "朋友", "老黑",
   "老黑冬至快乐！吃饺子没",
   "🥟🥟🍺",
   "happy", "none", CAS, "饺子配啤酒，会吃！")
it(Z, "冬至", CASUAL, "姐姐", "家人", "姐",
   "姐，冬至快乐，晚上回妈那吃饺子不？",
   "行 我买了牛肉 家里醋也有 你人来就行",
   "happy", "none", CAS, "好，六点前到，我顺路买点水果。",
   thread=("R:回 你带啥", "S:我带两斤虾仁。"))
it(Z, "冬至", CASUAL, "瑜伽老师", "老师", "杨老师",
   "杨老师冬至快乐！这周六的课还上吗？",
   "上的 改到下午三点 你膝盖好点没 上回做跪姿说疼",
   "happy", "how_are_you", RESP, "好多了杨老师，这周都没再疼，周六下午三点见。")
it(Z, "冬至", CASUAL, "房东", "其他", "张阿姨",
   "张阿姨冬至快乐！",
   "我明天让物业去看 你几点在家",
   "happy", "when", RESP, "张阿姨，我明天下午三点以后都在家。",
   thread=("R:冬至快乐 吃饺子没", "S:吃了。对了，暖气还是不太热，麻烦您方便时找人看看？"))
it(Z, "冬至", CASUAL, "老婆", "恋人", "老婆",
   "老婆冬至快乐！今天降温，你出门多穿点。",
   "我在医院 宝宝发烧了 39度",
   "worried", "none", INTI, "我马上请假过去，你别慌，先让医生看，我半小时到。")
it(E, "冬至", TECH, "colleague", "同事", "Olivia",
   "Happy Winter Solstice! Longest night = max uptime for sleep, right?",
   "lol not for me. on call tonight 🫠",
   "busy", "none", CAS, "Oof. Hope the pager stays quiet, I'll bring you coffee tomorrow.")
it(Z, "冬至", CASUAL, "叔叔", "家人", "二叔",
   "二叔冬至快乐！听说您开始学包饺子了？",
   "你婶子教的 包得跟包子似的 你过来尝尝不",
   "happy", "invitation", RESP, "好啊二叔，周日我过去尝尝，顺便带点醋。")
it(Z, "冬至", BIZ, "客户", "客户", "孙女士",
   "孙女士冬至快乐！天寒地冻，注意保暖，我们的售后热线假期照常。",
   "好的 那个净水器滤芯什么时候能上门换",
   "cold", "when", FORM, "孙女士，师傅周四上午十点上门更换，到之前会先给您打电话。", forbid=NO_OVERTIME)

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿洋",
   "七夕快乐！今晚想去哪吃？",
   "你定 我都行 只要不是上次那家西餐",
   "happy", "where", INTI, "那去万象城楼上那家川菜，我订七点的位。")
it(Z, "七夕", CASUAL, "朋友", "朋友", "小雅",
   "七夕快乐！单身狗也要快乐🐶",
   "你个有对象的 来这装什么单身狗😤 今晚看电影还是吃烤肉 你请",
   "teasing", "choice", CAS, "看电影，看完我再请你吃烤肉赔罪。", must=["看电影", "烤肉"])
it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公七夕快乐，我给你订了束花，下午送你公司～",
   "啊？送公司？？全办公室都要看我笑话了😳",
   "teasing", "none", INTI, "就是要让他们看，看你有人疼。", pick=True)
it(E, "七夕", TECH, "girlfriend", "恋人", "Mia",
   "Happy Qixi, Mia! If love were a neural net, you'd be my global minimum 💕",
   "that's so nerdy 🙈 ok nerd, we're still doing dinner at 7, right?",
   "teasing", "yes_no", INTI, "Yes, 7 at the Thai place, I'll pick you up at 6:30.", pick=True)
it(Z, "七夕", CASUAL, "同事", "同事", "小蔓",
   "七夕快乐！下班一起去看电影不？",
   "不了 今晚要陪男朋友 对了 你跟你那位最近还好吧",
   "happy", "how_are_you", CAS, "还好，就是异地有点辛苦，下个月他就调回来了。")
it(Z, "七夕", CASUAL, "儿子", "家人", "儿子",
   "儿子，七夕了，有啥情况没跟妈说？😏",
   "没情况 在实验室赶论文 回头说",
   "busy", "none", INTI, "好，妈不打扰你，饭记得按时吃。")
it(Z, "七夕", CASUAL, "朋友", "朋友", "老方",
   "老方七夕快乐，跟嫂子去哪浪漫了？",
   "她跟闺蜜出去吃饭了 把俩娃扔给我 救命",
   "busy", "none", CAS, "坚持住，明天我请你吃顿好的补补。",
   thread=("R:浪漫啥 在家带娃", "S:那嫂子呢？"))
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小葵",
   "小葵七夕快乐！礼物在你包里，猜猜是什么🎁",
   "我翻到了！！是那条项链 你什么时候偷偷买的🥹",
   "touched", "when", INTI, "上个月陪你逛街那天，你去试衣服的时候我偷偷买的。", pick=True)
it(E, "七夕", CASUAL, "friend", "朋友", "Ryan",
   "Happy Chinese Valentine's Day, Ryan! Any big plans with Sarah?",
   "it's fine. well, not fine. wanna grab a beer this weekend? could use a distraction",
   "sad", "invitation", CAS, "Absolutely, Saturday at the usual bar, first round's on me.",
   forbid=["happy chinese valentine"],
   thread=("R:we broke up last month actually", "S:Oh no, I had no idea. I'm so sorry."))
it(Z, "七夕", CASUAL, "花店老板", "其他", "陈姐",
   "陈姐七夕快乐！今天生意爆了吧🌹",
   "从早上六点忙到现在 手都被刺扎烂了 不说了 又来客人了[汗]",
   "busy", "none", CAS, "辛苦辛苦，忙完了好好泡个手，改天去你店里坐。")
it(Z, "七夕", CASUAL, "老婆", "恋人", "媳妇",
   "媳妇七夕快乐！今年我准备了惊喜，晚上早点回家。",
   "又是惊喜 去年的惊喜是你把厨房烧了 这次能不能靠谱点😒",
   "teasing", "none", INTI, "这次绝对不进厨房，餐厅已经订好了，你放心。", pick=True)
it(Z, "七夕", CASUAL, "表姐", "家人", "表姐",
   "表姐七夕快乐！姐夫今年送啥了？",
   "送了个扫地机器人 说解放我双手 我谢谢他 你对象送你啥了",
   "teasing", "what", CAS, "送了一束花和一张手写的卡片，比扫地机器人浪漫一点点。")
it(E, "七夕", CASUAL, "husband", "恋人", "Leo",
   "Happy Qixi, love. I know you're on the night shift, so I left dumplings in the fridge.",
   "you're an angel. 3 patients in labor right now, can't talk. love you",
   "busy", "none", INTI, "Go, go. Text me when you're off and I'll have the kettle on.")
it(Z, "七夕", CASUAL, "妹妹", "家人", "妹",
   "妹，七夕快乐！那个学长追到你没？",
   "关你啥事😤 不过他约我明天看电影 穿裙子还是穿裤子🙈",
   "teasing", "choice", CAS, "穿裙子，白色那条，显得温柔。", must=["裙子", "裤子"])
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿浩",
   "七夕快乐！快递应该今天到，记得签收。",
   "好喜欢 可是礼物不会抱我 你哪天能过来",
   "sad", "when", INTI, "下个月八号，票我已经看好了，就等请假批下来。",
   thread=("R:到了", "S:喜欢吗？"))
it(Z, "七夕", TRAD, "奶奶", "家人", "奶奶",
   "奶奶七夕好！金婚五十年的老两口最配过这个节，给您俩订了个蛋糕。",
   "你爷爷早把这日子忘了 还是你惦记着 蛋糕啥时候送来",
   "touched", "when", RESP, "奶奶，蛋糕下午四点送到，您和爷爷晚上一起切。")
it(Z, "七夕", CASUAL, "同事", "同事", "马哥",
   "马哥七夕快乐！今天早点下班去约会吧！",
   "约啥会 单身 加班 谢谢",
   "cold", "none", CAS, "那我陪你加会儿班，完事一起去吃烧烤。")

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "悠悠",
   "悠悠情人节快乐！今年玫瑰涨价了，所以我给你折了99朵纸的🌹",
   "纸的？？？🥹 你折了多久",
   "touched", "what", INTI, "折了整整一个星期，每天下班折十几朵。", pick=True)
it(Z, "情人节", CASUAL, "老公", "恋人", "老公",
   "老公情人节快乐！今晚孩子送奶奶家了，二人世界🥂",
   "收到 尽量七点前到家 今天客户在 可能走不开",
   "busy", "none", INTI, "好，晚点也没事，我先把菜备好等你。")
it(E, "情人节", CASUAL, "boyfriend", "恋人", "Josh",
   "Happy Valentine's Day Josh ❤️ Don't look in the fridge until tonight.",
   "too late. I saw the cake 😂 is that supposed to be Mochi??",
   "happy", "yes_no", INTI, "Yes, it's Mochi! Now act surprised tonight.", pick=True)
it(Z, "情人节", CASUAL, "同事", "同事", "琳姐",
   "琳姐情人节快乐！没人送花我送你一朵🌷",
   "🌷🥺🥺",
   "touched", "none", CAS, "那必须的，中午请你吃甜品。")
it(Z, "情人节", CASUAL, "大学室友", "朋友", "小北",
   "小北情人节快乐！脱单了没？",
   "脱了 上周刚在一起 你说第一次约会去哪比较好",
   "happy", "where", CAS, "去看个展吧，美术馆那个灯光展很出片，看完附近吃个饭。")
it(Z, "情人节", CASUAL, "母亲", "家人", "妈",
   "妈，情人节快乐！今天让我爸给您买花没？",
   "买了 一把韭菜 说是比花实用",
   "teasing", "none", INTI, "我爸太会了，晚上韭菜盒子安排上，花我给您补。", pick=True)
it(Z, "情人节", CASUAL, "男朋友", "恋人", "大宇",
   "大宇情人节快乐！晚上的餐厅订好了，七点，别迟到😘",
   "灰色那件送干洗了 黑的行不行",
   "happy", "yes_no", INTI, "行，黑的也好看，记得带上围巾。",
   thread=("R:保证不迟到", "S:穿那件灰色大衣来，我想拍照。", "R:哪件灰色的", "S:就是去年冬天你天天穿的那件呀。"))
it(E, "情人节", CASUAL, "friend", "朋友", "Zoe",
   "Happy Galentine's, Zoe! 💐 You deserve all the chocolate today.",
   "Aww love you!! still on for brunch sunday? pancakes or that new bagel place?",
   "happy", "choice", CAS, "Bagels! Still on, see you Sunday at eleven.", must=["pancakes", "bagel"])
it(Z, "情人节", CASUAL, "领导", "领导", "姜总",
   "姜总情人节快乐！今天早点下班陪嫂子吧😄",
   "你嫂子在国外出差 我一个人在办公室吃盒饭",
   "sad", "none", RESP, "姜总辛苦，给您叫份热乎的外卖，今晚早点回去休息。")
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆",
   "老婆情人节快乐！今年的礼物你自己挑，挑好告诉我。",
   "这么敷衍？😤 那我要那个两千块的包 你敢买吗😏",
   "teasing", "yes_no", INTI, "敢买，明天就去专柜，刷我的卡。")
it(Z, "情人节", CASUAL, "理发师", "其他", "Tony",
   "Tony情人节快乐！周六下午还有空位吗，想剪个头约会用😂",
   "有 三点可以吗",
   "happy", "yes_no", CAS, "可以，三点准时到。")
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿珂",
   "阿珂情人节快乐！今年还是一个人过？",
   "一个人咋了 一个人吃火锅都不用抢肉 你知道哪家火锅有单人位吗",
   "teasing", "where", CAS, "公司对面那家小火锅，一人一锅，吧台位。")
it(E, "情人节", CASUAL, "girlfriend", "恋人", "Hannah",
   "Happy Valentine's, Hannah. Sorry I'm stuck in Shanghai this year.",
   "sure. have fun at your conference",
   "cold", "none", INTI, "I know it's not ok. I've booked the Friday train home, and dinner is on me all weekend.",
   forbid=["next time"],
   thread=("R:it's ok. I get it.", "S:I'll make it up to you, I promise."))
it(Z, "情人节", CASUAL, "外婆", "家人", "外婆",
   "外婆情人节快乐！今天降温了，您出门买菜多穿点。",
   "知道 倒是你 一个人在北方 那边暖气热不热 外婆老惦记",
   "worried", "yes_no", RESP, "热，屋里二十几度，穿短袖都行，外婆放心。")
it(Z, "情人节", BIZ, "客户", "客户", "许先生",
   "许先生，情人节快乐！您预订的靠窗双人位已为您保留，晚上七点恭候。",
   "好 能不能帮忙准备个小蛋糕 写上LY520",
   "happy", "request", FORM, "没问题许先生，蛋糕和字我们都安排好，晚上给您一个惊喜。", forbid=NO_OVERTIME)
it(Z, "情人节", CASUAL, "弟弟", "家人", "弟",
   "弟，情人节快乐，给女朋友准备啥了？",
   "五百以内 哥你说送口红还是送香水",
   "worried", "choice", CAS, "送口红吧，问清楚她常用的色号再买。", must=["口红", "香水"],
   thread=("R:还没想好 愁死了", "S:预算多少？"))
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿凯",
   "情人节快乐！今天能打电话吗？",
   "在执勤 晚上九点后能打",
   "busy", "none", INTI, "好，九点后我守着手机等你。")

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", TRAD, "班主任", "老师", "王老师",
   "王老师，教师节快乐！毕业十年，最感谢的还是您那年没放弃我。",
   "你这孩子 老师都记着呢 听说你当爸爸了 孩子多大了",
   "touched", "what", RESP, "王老师，孩子刚满一岁，会叫爸爸了，下次带来给您看看。")
it(Z, "教师节", CASUAL, "导师", "老师", "刘老师",
   "刘老师教师节快乐！实验室的同门都想您了。",
   "节日快乐就不用了 数据跑完没",
   "cold", "yes_no", RESP, "跑完了刘老师，结果今晚整理好发您邮箱。")
it(Z, "教师节", CASUAL, "幼儿园老师", "老师", "小雨老师",
   "小雨老师教师节快乐！豆豆每天回家都说最喜欢您了。",
   "谢谢豆豆妈妈 豆豆今天可乖了 还给小朋友分糖 明天记得给他带件外套 降温了",
   "happy", "request", RESP, "好的老师，明天给他带件外套，谢谢您这么细心。")
it(E, "教师节", CASUAL, "physics teacher", "老师", "Mr. Brooks",
   "Mr. Brooks, happy Teachers' Day! Your physics class is the reason I became an engineer.",
   "Well, that just made my week. Are you the Chen who blew up the vacuum pump in 2015?",
   "teasing", "yes_no", RESP, "Guilty as charged, that was me. I still owe the lab a new pump.", sender="Chen Yu",
   pick=True)
it(Z, "教师节", CASUAL, "驾校教练", "老师", "李教练",
   "李教练教师节快乐！科三一把过，全靠您骂得好😂",
   "哈哈 你小子 保险买全了没",
   "happy", "yes_no", RESP, "买全了李教练，车损三者都上了，您放心。")
it(Z, "教师节", CASUAL, "老婆", "恋人", "老婆",
   "老婆教师节快乐！辛苦你了，今晚我做饭。",
   "三十本作文还没改完 今晚估计要到十一点",
   "busy", "none", INTI, "那我把饭端到你书桌上，改完给你煮碗面。")
it(Z, "教师节", TRAD, "小学老师", "老师", "张老师",
   "张老师教师节快乐！三十年前您教我写的第一个字，我现在还记得。",
   "谢谢你还记得老师 老师今年八十了 眼睛看不清字了 你发语音吧",
   "touched", "request", RESP, "好的张老师，以后我都给您发语音，周末再去家里看您。")
it(Z, "教师节", CASUAL, "同事", "同事", "周姐",
   "周姐教师节快乐！今天收到几束花了？",
   "三束 还有学生画的我 像个土豆😂 晚上几个老师去吃烤鱼 一起不",
   "happy", "invitation", CAS, "一起！几点在哪，我下了课就过去。")
it(E, "教师节", CASUAL, "professor", "老师", "Dr. Kim",
   "Happy Teachers' Day, Dr. Kim! I finally passed my PE exam last week.",
   "You just made my whole semester. We're starting an alumni mentoring program this fall. Would you be willing to "
   "mentor one of my seniors?",
   "touched", "invitation", RESP, "I would be honored, Dr. Kim. Please count me in and send me the details.",
   thread=("R:Congratulations! I knew you would.",
           "S:Thank you, your structures course saved me on half the questions."))
it(Z, "教师节", TECH, "健身教练", "其他", "强哥",
   "强哥教师节快乐！你是我人生的损失函数，专门帮我降脂💪",
   "吹吧你 那这周到底练了几次 老实交代",
   "teasing", "what", CAS, "练了三次，周三那次还偷懒少做了一组。",
   thread=("R:节日快乐收下了", "S:这周我可是一次没落下！"))
it(Z, "教师节", BIZ, "校长", "领导", "赵校长",
   "赵校长，节日快乐！这一年您给我们年轻老师压担子也撑腰，谢谢您。",
   "同乐 下午三点全体教师大会 你负责签到",
   "cold", "request", RESP, "好的赵校长，两点半我到会议室门口负责签到。")
it(Z, "教师节", CASUAL, "女儿", "家人", "闺女",
   "闺女教师节快乐！当老师第一年，还习惯吧？",
   "嗓子都喊哑了 今天有个小孩给我写卡片说老师我爱你 感动哭了 妈你说我回她点啥好",
   "touched", "what", INTI, "写张小卡片回她，告诉她老师也很喜欢她，孩子会记一辈子。")
it(E, "教师节", CASUAL, "son's teacher", "老师", "Ms. Alvarez",
   "Happy Teachers' Day, Ms. Alvarez! Ethan talks about your science experiments every night.",
   "Thank you so much! Could you sign the permission slip for Friday's field trip? It's due tomorrow.",
   "happy", "request", RESP, "Of course, I'll sign it tonight and put it in Ethan's folder.")
it(Z, "教师节", CASUAL, "舞蹈老师", "老师", "林老师",
   "林老师教师节快乐！女儿下周的考级还需要准备什么吗？",
   "节日快乐 考级那天早上八点到 头发要盘起来 带一双白袜子",
   "happy", "none", RESP, "好的林老师，八点到，头发盘好，白袜子今晚就备上。")
it(Z, "教师节", CASUAL, "朋友", "朋友", "彬哥",
   "彬哥教师节快乐！现在是彬老师了😎",
   "快别提了 刚被家长骂了一顿 心累[衰]",
   "sad", "none", CAS, "抱抱，家长的气别往心里去，晚上出来撸串吐槽？")
it(Z, "教师节", TRAD, "岳父", "家人", "爸",
   "爸，教师节快乐！您教了一辈子书，今天学生们来看您没？",
   "来了好几个 刚走 听小婷说你天天忙到半夜 身体吃得消吗",
   "worried", "how_are_you", RESP, "吃得消，爸，就是这阵子忙，下个月项目结了就轻松了。")
it(Z, "教师节", BIZ, "客户", "客户", "邓主任",
   "邓主任教师节快乐！感谢贵校对我们教具的支持，祝老师们节日快乐。",
   "谢谢 你们上次送的那批白板笔不出水 能换吗",
   "cold", "yes_no", FORM, "能换，邓主任，明天上午我们派人送一批新的过去。", forbid=NO_OVERTIME)

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！花是我订的，您别嫌贵啊🌹",
   "花收到了 你爸吃醋了 说他过生日都没收过花",
   "teasing", "none", INTI, "那爸生日我也给他订一束，让他别吃醋了。")
it(Z, "母亲节", CASUAL, "婆婆", "家人", "妈",
   "妈，母亲节快乐！这些年辛苦您帮我们带孩子了。",
   "一家人说啥辛苦 你们好好的就行 你胃最近还疼不",
   "touched", "how_are_you", RESP, "好多了，妈，按时吃饭以后就没怎么疼过。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Check your porch, something's coming at noon 🌷",
   "Oh honey you didn't have to! Is it those orchids I was looking at?",
   "happy", "yes_no", INTI, "Yes, the purple ones you liked. They should be there by noon!")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "老婆",
   "老婆母亲节快乐！今天你什么都别干，我带娃。",
   "说好的 一整天 不许中途喊我",
   "happy", "request", INTI, "好，保证不喊你，你去逛街做头发，晚饭我来做。")
it(Z, "母亲节", CASUAL, "外婆", "家人", "外婆",
   "外婆母亲节快乐！您是妈妈的妈妈，今天也是您的节。",
   "你妈今天来了 还带了一大束康乃馨 你怎么没来",
   "sad", "what", RESP, "外婆，我这周在外地出差，下周回去一定先去看您。",
   thread=("R:外婆不过这个洋节", "S:那也得祝您快乐！"))
it(Z, "母亲节", CASUAL, "同事", "同事", "王姐",
   "王姐母亲节快乐！祝超级妈妈今天不用辅导作业😄",
   "想得美 今晚还有两张数学卷子等这我 😭😭",
   "busy", "none", CAS, "加油王姐，实在不会的题发我，我帮你一起算。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！礼物寄到了吗？",
   "咋用啊 说明书全是小字 看不清",
   "worried", "what", INTI, "妈，按中间那个圆键开机，左边的键调档，戴上十五分钟自动关。",
   thread=("R:到了 是个啥机器", "S:颈椎按摩仪，您天天低头看手机用得着。"))
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Carol",
   "Happy Mother's Day, Carol! Thank you for raising the best husband a girl could ask for.",
   "Oh stop it, you'll make me cry 🥹 Is Sunday lunch still on for you two?",
   "touched", "yes_no", RESP, "Yes, we'll be there at noon, and I'm bringing dessert.")
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐",
   "姐，你的第一个母亲节，快乐！",
   "快乐不起来 三天没睡整觉了 崽一直哭",
   "busy", "none", CAS, "辛苦了姐，周末我过去帮你看半天孩子，你好好睡一觉。")
it(Z, "母亲节", CASUAL, "女朋友", "恋人", "小樱",
   "母亲节快乐！猫妈妈也是妈妈🐱",
   "🐱💐😂",
   "happy", "none", INTI, "替猫主子祝你节日快乐，晚上给它开个罐头。")
it(Z, "母亲节", BIZ, "客户", "客户", "冯女士",
   "冯女士，母亲节快乐！感谢您对本店一直以来的支持，今日到店赠送康乃馨一束。",
   "谢谢 我下午过去 能帮我留一束粉色的吗",
   "happy", "request", FORM, "好的冯女士，粉色的给您留好，下午随时来取。", forbid=NO_OVERTIME)
it(E, "母亲节", CASUAL, "grandmother", "家人", "Nana",
   "Happy Mother's Day, Nana! Mom says you're finally trying the tablet we got you.",
   "Yes, you look so thin dear. Are you eating properly out there?",
   "worried", "how_are_you", RESP, "I am eating well, Nana, I promise. I'm just running a lot more these days.",
   thread=("R:I am! I can see your photos now", "S:Yay! Did you see the ones from the beach?"))
it(Z, "母亲节", BIZ, "领导", "领导", "孙总",
   "孙总母亲节快乐！今天早点下班陪陪孩子吧。",
   "谢谢 我在机场 去深圳出差 孩子那边只能视频了",
   "busy", "none", RESP, "孙总一路顺利，晚上视频的时候替我跟小朋友问个好。")
it(Z, "母亲节", CASUAL, "大学室友", "朋友", "老于",
   "老于，替我给阿姨说声母亲节快乐！",
   "说了 我妈说想你了 让你有空来家里吃红烧肉",
   "happy", "invitation", CAS, "好啊，下周六我去，给阿姨带束花。")
it(Z, "母亲节", CASUAL, "岳母", "家人", "妈",
   "妈，母亲节快乐！您上回说的那个护膝我买了，周末给您送过去。",
   "护膝好 妈正需要 周末来的时候顺便把小宝的疫苗本带上 我给他预约了",
   "happy", "request", RESP, "好的妈，疫苗本我放包里了，周六上午我们到。")
it(E, "母亲节", CASUAL, "wife", "恋人", "Sophie",
   "Happy Mother's Day to the best mom our kids could ever have. Breakfast in bed is coming, don't move.",
   "Is that smoke I smell??",
   "teasing", "yes_no", INTI, "No! Well, maybe a little toast. Stay in bed, it's under control.", pick=True)
it(Z, "母亲节", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶母亲节快乐！您想吃啥，我下班给您买。",
   "啥也不想吃 你下班早点回来就行",
   "happy", "none", RESP, "好嘞奶奶，我六点前到家，空着手回来陪您。")

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "老爸",
   "老爸，父亲节快乐！给您买了个钓竿，别嫌我乱花钱。",
   "钓竿好 周末去水库试试 你跟不跟",
   "happy", "invitation", INTI, "跟！周六一早我开车，咱俩一起去。")
it(Z, "父亲节", CASUAL, "公公", "家人", "爸",
   "爸，父亲节快乐！您的老寒腿最近好些了吗？",
   "老毛病了 你们别操心 倒是孙子快高考了 我这心里老不踏实 学得咋样",
   "worried", "what", RESP, "爸，他最近模考进步了二十多分，每天学到十一点。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Dad, happy Father's Day! Guess who drove all the way to the coast by himself yesterday 😅",
   "By yourself?? In that old car? Where are you staying tonight?",
   "worried", "where", INTI, "I'm fine, Dad. I'm staying at a small hotel by the harbour, and the car made it "
   "without a squeak.")
it(Z, "父亲节", CASUAL, "老公", "恋人", "孩子他爸",
   "孩子他爸，父亲节快乐！女儿给你画了张画，晚上回来看。",
   "真的？画的啥 我猜是奥特曼",
   "happy", "what", INTI, "画的是你在沙发上打呼噜，还给你画了个大肚子。")
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷父亲节快乐！祝您身体硬朗，天天下棋都赢！",
   "赢啥呀 今天输给楼下老王三盘 气得我午饭都没吃",
   "teasing", "none", RESP, "爷爷您是让着他，下回我回去陪您练练，咱赢回来。", pick=True)
it(Z, "父亲节", CASUAL, "岳父", "家人", "爸",
   "爸，父亲节快乐！今晚我和小婷回去陪您喝两杯。",
   "又乱买 我让你妈多做两个菜 你们几点到",
   "happy", "when", RESP, "爸，我们六点半左右到，您先歇着。",
   thread=("R:好好", "S:我带了瓶好酒。"))
it(Z, "父亲节", BIZ, "领导", "领导", "徐总",
   "徐总父亲节快乐！祝您工作顺利，家庭美满。",
   "嗯 谢了",
   "cold", "none", RESP, "徐总周末愉快，多陪陪家人。")
it(E, "父亲节", CASUAL, "father-in-law", "家人", "Richard",
   "Richard, happy Father's Day! Hope the grill is fired up today.",
   "Just that potato salad of yours. And tell Emma not to be late this time.",
   "happy", "request", RESP, "Will do, the potato salad is already in the fridge, and I'll make sure Emma is on time.",
   thread=("R:It is! Burgers at 5 if you two want to come by", "S:We'd love to! Can we bring anything?"))
it(Z, "父亲节", TECH, "哥哥", "家人", "哥",
   "哥，你的第一个父亲节！恭喜升级当爹，祝你的睡眠从此进入低功耗模式🍼",
   "升级完就掉线了 两个小时醒一次 你侄子是个夜猫子",
   "busy", "none", CAS, "辛苦了哥，周末我去替你值一晚夜班，你好好睡。", pick=True)
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐。最近一个人住，吃饭按时吗？",
   "按时吃着呢就是一个人做饭没意思常常煮碗面对付了",
   "sad", "none", INTI, "爸，下周我搬回去住几天，天天给您做饭，别老吃面。")
it(Z, "父亲节", CASUAL, "朋友", "朋友", "老王",
   "王爸爸父亲节快乐😂",
   "滚 叫爸爸 晚上撸串还是火锅 你请",
   "teasing", "choice", CAS, "撸串，老地方，我请就我请。", must=["撸串", "火锅"])
it(Z, "父亲节", BIZ, "客户", "客户", "周总",
   "周总父亲节快乐！感谢您一直以来的照顾，祝您和家人幸福安康。",
   "谢谢 下个月订单可能要翻倍 你们产能跟得上吗",
   "happy", "yes_no", FORM, "跟得上，周总，我们二号线已经扩产，翻倍没问题。", forbid=NO_OVERTIME)
it(E, "父亲节", CASUAL, "friend", "朋友", "Dave",
   "Happy Father's Day, Dave! How's life with twins treating you?",
   "honestly? haven't slept since March 🥲 hey where'd you get that double stroller? ours just broke",
   "happy", "where", CAS, "We got it from the baby store on Elm Street, ask for the jogger model.")
it(Z, "父亲节", CASUAL, "外公", "家人", "外公",
   "外公，父亲节快乐！您上次说想要个收音机，我买好了。",
   "买了啊 外公不会调台 你周末来教教我",
   "happy", "request", RESP, "好的外公，周六上午我过去，把您爱听的台都调好。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！您这趟跑完啥时候回家？",
   "在高速服务区刚卸完货还有一趟估计下周三才能到家",
   "busy", "none", INTI, "爸，开车累了就歇，别赶夜路，下周三我给您做红烧鱼。")
it(Z, "父亲节", CASUAL, "同事", "同事", "韩哥",
   "韩哥父亲节快乐！娃满月了吧？",
   "满月了 八斤六两 胖得跟个球似的 照片发群里了 看没看",
   "happy", "yes_no", CAS, "看了！跟你一模一样，尤其是那个双下巴。")
it(Z, "父亲节", CASUAL, "修车师傅", "其他", "刘师傅",
   "刘师傅父亲节快乐！上次帮我补胎还没谢您。",
   "客气啥 你那后刹车片磨得差不多了 这周有空开过来 我给你换了",
   "happy", "request", RESP, "好的刘师傅，周六上午开过去，麻烦您了。")

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Em",
   "Happy Thanksgiving, Em! So thankful you moved in next door this year.",
   "wait Jen's?? she didn't invite me 😭 jk I'm at my parents'. save me some stuffing?",
   "teasing", "request", CAS, "Deal, I'll set aside a container just for you. No promises on the gravy.",
   thread=("R:aww. grateful for you too. what are you doing today?",
           "S:Friendsgiving at Jen's, I'm on stuffing duty."))
it(Z, "感恩节", CASUAL, "大学同学", "朋友", "阿丹",
   "阿丹感恩节快乐！在美国吃上火鸡了吗？",
   "吃了 干得跟木头一样 好想我妈做的红烧肉",
   "sad", "none", CAS, "等你回国，我陪你回家吃阿姨做的红烧肉，吃到撑。")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！谢谢您这么多年，我嘴笨，就不多说了。",
   "傻孩子 说这个干嘛 妈知道 你最近是不是瘦了 视频里看着脸小了",
   "touched", "yes_no", INTI, "没瘦，妈，是新换的摄像头显脸小，我吃得可好了。")
it(Z, "感恩节", BIZ, "客户", "客户", "李总",
   "李总感恩节快乐！感谢您这一年的信任，明年继续携手。",
   "谢谢，明年预算还没批下来，合作的事年后再说。",
   "cold", "none", FORM, "理解，李总，年后我再跟您约时间，提前祝您新年顺利。", forbid=NO_OVERTIME)
it(Z, "感恩节", CASUAL, "同事", "同事", "小艾",
   "小艾感恩节快乐！感谢这一年帮我背了那么多锅🙏",
   "知道就好 今晚火锅你请",
   "teasing", "request", CAS, "没问题，七点公司楼下见，随便点。", pick=True)
it(E, "感恩节", BIZ, "client", "客户", "Mr. Johnson",
   "Happy Thanksgiving, Mr. Johnson. Thank you for a year of excellent work together; we look forward to 2027.",
   "Thank you. Enjoy the holiday.",
   "cold", "none", FORM, "Thank you, Mr. Johnson. I hope the whole family has a restful long weekend.")
it(Z, "感恩节", CASUAL, "英语老师", "老师", "Grace老师",
   "Grace老师感恩节快乐！谢谢您一直鼓励我开口说英语。",
   "Happy Thanksgiving 最近雅思准备得怎么样",
   "happy", "what", RESP, "口语练到六分半了，老师，下个月考试，听力还得再刷刷。")
it(Z, "感恩节", CASUAL, "老公", "恋人", "老公",
   "老公感恩节快乐，谢谢你这一年包容我的坏脾气。",
   "知道自己脾气坏就好😏 今晚洗碗你来",
   "teasing", "request", INTI, "好，碗我洗，地我也拖了。", pick=True)
it(E, "感恩节", CASUAL, "older sister", "家人", "Nora",
   "Happy Thanksgiving sis! Grateful you let me steal your clothes for 18 years.",
   "you STILL have my green sweater btw. bring it at Christmas or else 😤",
   "teasing", "request", CAS, "Fine, I'll bring it, washed and everything. Maybe.", pick=True)
it(Z, "感恩节", CASUAL, "房东", "其他", "周叔",
   "周叔感恩节快乐！这一年房子有啥问题您都第一时间来修，真的感谢。",
   "好说 明年合同到期 你还续租不",
   "happy", "yes_no", RESP, "续的周叔，明年还租，合同您看哪天方便签。",
   thread=("R:客气了 应该的", "S:今年冬天还麻烦您多照应。"))
it(Z, "感恩节", CASUAL, "堂妹", "家人", "阿瑶",
   "阿瑶感恩节快乐！留学第一年，感恩节学校有活动吗？",
   "有 但我没去 在宿舍赶due 三个deadline压着",
   "busy", "none", CAS, "先把due赶完，周末给你点个外卖犒劳一下。")
it(Z, "感恩节", CASUAL, "女朋友", "恋人", "小茉",
   "感恩节快乐，感恩遇见你🥰",
   "土死了 不过我喜欢 今晚吃啥 我请客",
   "teasing", "what", INTI, "吃日料吧，上次那家三文鱼好吃，我订位子。")
it(Z, "感恩节", CASUAL, "社区医生", "其他", "赵医生",
   "赵医生感恩节快乐！谢谢您今年帮我妈调血压药。",
   "应该的 让阿姨每天早晚量血压 记下来 下个月拿来我看",
   "happy", "request", RESP, "好的赵医生，我让她每天记着，下个月带本子来找您。")
it(E, "感恩节", BIZ, "boss", "领导", "Mrs. Patterson",
   "Happy Thanksgiving, Mrs. Patterson! Thank you for mentoring me this year.",
   "You've earned it. Let's sit down about your promotion next week. When works for you?",
   "happy", "when", RESP, "Tuesday afternoon works well for me, Mrs. Patterson. Thank you again!")
it(Z, "感恩节", CASUAL, "姐夫", "家人", "姐夫",
   "姐夫感恩节快乐！感谢你照顾我姐😄",
   "是你姐照顾我 我天天被管 你周末过来吃饭不",
   "teasing", "invitation", CAS, "来！周六中午到，我带瓶酒给你压压惊。")
it(Z, "感恩节", CASUAL, "同事", "同事", "大卫",
   "大卫感恩节快乐！今年回美国过节吗？",
   "没回 机票太贵 在这边跟几个朋友凑合吃顿饭 你来不来",
   "happy", "invitation", CAS, "好啊，几点在哪？我带个甜点过去。")
it(Z, "感恩节", CASUAL, "爷爷", "家人", "爷爷",
   "爷爷，感恩节快乐！谢谢您把我从小带大。",
   "你这娃 说这些 爷爷眼睛都湿了 你在外头一个人过得好不好",
   "touched", "how_are_you", RESP, "过得挺好的，爷爷，吃得饱穿得暖，您别惦记。")

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "闺蜜", "朋友", "阿念",
   "阿念生日快乐！🎂 又老一岁，皱纹+1",
   "你才老😤 晚上的局你迟到试试🔪",
   "teasing", "request", CAS, "放心，六点半准时到，蛋糕我拎着。")
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，八十大寿生日快乐！孙女祝您年年有今日，岁岁有今朝！",
   "到哪了 大家都等你切蛋糕呢",
   "happy", "where", RESP, "奶奶，我马上到小区门口了，您先别切。",
   thread=("S:奶奶我在路上了！马上到！",))
it(E, "生日", CASUAL, "friend", "朋友", "Kate",
   "Happy 30th, Kate!! Welcome to the dirty thirties 🥳",
   "thank youuu 😭 feeling old. are you coming tonight or are you bailing again",
   "teasing", "invitation", CAS, "I'm coming, I swear! I'll be there by 8 with a bottle of wine.")
it(Z, "生日", CASUAL, "母亲", "家人", "妈",
   "妈，生日快乐！礼物我挑好了，周末寄到家。",
   "啥都不要 今年过年早点回来 比啥都强",
   "happy", "request", INTI, "好，妈，今年我腊月二十五就回，陪您多待几天。")
it(Z, "生日", CASUAL, "老公", "恋人", "老公",
   "老公生日快乐！今年三十五了，依然帅气🥰",
   "三十五 发际线都撤退了 帅啥",
   "teasing", "none", INTI, "撤退也帅，今晚我订了你最爱的那家烤鱼。")
it(Z, "生日", CASUAL, "同事", "同事", "小陆",
   "小陆生日快乐！工位上的蛋糕是我们组凑钱买的🎂",
   "🥹🥹🎂🎂",
   "touched", "none", CAS, "别光感动，快切蛋糕，下午茶大家一起给你唱歌。")
it(E, "生日", BIZ, "boss", "领导", "Mr. Zhang",
   "Happy birthday, Mr. Zhang! Wishing you a relaxing day away from the spreadsheets.",
   "Thanks. Not away from spreadsheets, sadly. Board meeting at 3.",
   "busy", "none", RESP, "Good luck at the board meeting, and I hope you get some cake afterward.", pick=True)
it(Z, "生日", CASUAL, "弟弟", "家人", "老弟",
   "老弟生日快乐！红包发了，省着点花🧧",
   "就这？😏 去年还两百呢",
   "teasing", "none", CAS, "嫌少就还我，明年你先给我发一个。")
it(Z, "生日", BIZ, "客户", "客户", "马总",
   "马总，生日快乐！愿您新的一岁一切顺遂，身体倍儿棒。",
   "谢谢 有心了 你们那边报价出来没有",
   "cold", "yes_no", FORM, "出来了马总，报价单已发您邮箱，请您过目。", forbid=NO_OVERTIME)
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿诚",
   "宝贝生日快乐！今晚的惊喜准备好了，七点准时下楼。",
   "穿正式点还是随便穿",
   "happy", "choice", INTI, "穿正式点，今晚要拍照。", must=["正式", "随便"],
   thread=("R:啥惊喜 透露一下", "S:不说，下楼就知道了😏"))
it(Z, "生日", CASUAL, "外公", "家人", "外公",
   "外公生日快乐！今年九十了，您是我们家的宝。",
   "九十了 你们还惦记着 外公这辈子值了 中午都来吃长寿面 你舅妈做",
   "touched", "invitation", RESP, "一定来，外公，我中午前到，给您带了件新棉袄。")
it(E, "生日", CASUAL, "son", "家人", "Max",
   "Happy 18th birthday, Max! So proud of the man you're becoming.",
   "thanks mom 😊 so... does this mean I get the car keys tonight?",
   "happy", "yes_no", INTI, "Yes, but the car is back in the driveway by midnight, and no passengers I don't know about.")
it(Z, "生日", CASUAL, "导师", "老师", "周教授",
   "周教授生日快乐！祝您学术长青，身体安康。",
   "谢谢 你毕业论文的开题报告下周一交给我",
   "cold", "request", RESP, "好的周教授，开题报告下周一上午交到您办公室。")
it(Z, "生日", CASUAL, "发小", "朋友", "坤哥",
   "坤哥生日快乐！今年在哪过的？",
   "在派出所过的 电动车被偷了 做笔录呢",
   "sad", "none", CAS, "太倒霉了，需要我过去接你不？做完笔录请你吃碗面。", forbid=["生日快乐"])
it(Z, "生日", TECH, "同事", "同事", "唐唐",
   "唐唐生日快乐！新的一岁，参数+1，推理速度翻倍，幻觉清零🤖",
   "幻觉清零是不可能的 我现在就幻觉今天不用加班",
   "busy", "none", CAS, "今天的bug我帮你扛了，你七点准时下班过生日。", pick=True)
it(Z, "生日", CASUAL, "表姐", "家人", "表姐",
   "表姐生日快乐！你要的那本书我下单了，后天到。",
   "爱你 哪本 是那本烹饪的还是那本小说",
   "happy", "choice", CAS, "小说，就是你上次念叨的那本。", must=["烹饪", "小说"])
it(Z, "生日", CASUAL, "婆婆", "家人", "妈",
   "妈，生日快乐！蛋糕订好了，晚上一家人给您过。",
   "又破费 妈不爱吃甜的 你们人到就行",
   "happy", "none", RESP, "知道您不爱甜，订的是水果的，少糖，晚上六点到家。")
it(E, "生日", TECH, "colleague", "同事", "Raj",
   "Happy birthday Raj! 🎉 Your age just incremented, no rollback possible. Cake in the break room at 3.",
   "I already saw it on the calendar invite 😂 wait is it chocolate or red velvet??",
   "happy", "choice", CAS, "Red velvet, with cream cheese frosting. Act surprised!", must=["chocolate", "red velvet"],
   pick=True)

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Megan",
   "Merry Christmas Megan! 🎄 Did Santa bring you the espresso machine?",
   "too late, I can hear colors now. come over for brunch, I'll make you a latte",
   "happy", "invitation", CAS, "Sure, I'll be there by noon with croissants!", pick=True,
   thread=("R:HE DID. I've had 4 coffees already", "S:Slow down, it's only 10am!"))
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "小鱼",
   "圣诞快乐小鱼！礼物藏在你枕头底下了🎁",
   "找到了！！是一双手套 还是毛线的 你织的？",
   "touched", "yes_no", INTI, "是我织的，织了两周，左手那只有点歪。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "安妮",
   "安妮圣诞快乐！今晚部门聚餐你来吗？",
   "来不了 家里水管爆了 在等师傅",
   "worried", "none", CAS, "太惨了，先处理水管，明天给你带份蛋糕。")
it(E, "圣诞节", BIZ, "boss", "领导", "Ms. Rivera",
   "Merry Christmas, Ms. Rivera! Hope you get a real break this year.",
   "Thank you! I'm actually skiing in Banff right now ⛷️ Back on the 3rd. Can you make sure the year-end report "
   "goes out on the 30th?",
   "happy", "request", RESP, "Absolutely, it will go out on the 30th. Enjoy the slopes!")
it(Z, "圣诞节", CASUAL, "母亲", "家人", "妈",
   "妈，今天圣诞，知道您不过洋节，我还是想祝您开开心心🎄",
   "过啥洋节 你元旦回来不",
   "happy", "yes_no", INTI, "回来，三十一号晚上到家，陪您跨年。")
it(Z, "圣诞节", CASUAL, "大学室友", "朋友", "老杨",
   "老杨圣诞快乐！平安夜吃苹果了没🍎",
   "吃了 一口下去 补的那颗牙又掉了 你那个牙医在哪 推荐一下",
   "teasing", "where", CAS, "在人民路的口腔诊所，找刘医生，手轻。", pick=True)
it(Z, "圣诞节", BIZ, "客户", "客户", "Lisa总监",
   "Lisa总监，圣诞快乐！感谢贵司今年的合作，期待明年更多交流。",
   "Merry Christmas 新年合同的事 1月5号之前给我一个初稿",
   "cold", "request", FORM, "好的Lisa总监，初稿1月4号前发到您邮箱。", forbid=NO_OVERTIME)
it(E, "圣诞节", CASUAL, "grandfather", "家人", "Grandpa",
   "Merry Christmas, Grandpa! I wish I could be there to hear your stories by the fire.",
   "Merry Christmas kiddo. The house is too quiet without you. When are you coming to visit?",
   "sad", "when", RESP, "I'll come the second week of January, Grandpa, and I'll stay a whole weekend.", pick=True)
it(E, "圣诞节", CASUAL, "landlord", "其他", "Mr. Evans",
   "Merry Christmas, Mr. Evans! The heater works like a charm since you fixed it, thank you.",
   "You're welcome. They're saying minus fifteen tonight, so please leave the taps dripping or the pipes will burst.",
   "worried", "request", RESP, "Will do, I'll leave them dripping tonight. Have a warm Christmas!")
it(Z, "圣诞节", CASUAL, "哥哥", "家人", "哥",
   "哥，圣诞快乐！你那边下雪了吗？",
   "下了 二十厘米 门口车都埋了 在铲雪 手冻僵了",
   "busy", "none", CAS, "注意腰，铲完进屋喝口热的，别冻感冒了。")
it(Z, "圣诞节", CASUAL, "女儿", "家人", "闺女",
   "闺女，圣诞节快乐！头一回在国外过节，记得吃顿好的。",
   "吃了 室友做了火鸡 还有人弹吉他唱歌 超热闹 妈你别担心",
   "happy", "none", INTI, "那就好，多拍点照片给我看，玩得开心。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "伟哥",
   "伟哥圣诞快乐！",
   "秘密圣诞老人抽到行政刘姐了 跟她不熟 送护手霜还是围巾",
   "worried", "choice", CAS, "送护手霜吧，实用不出错，挑个好闻的牌子。", must=["护手霜", "围巾"],
   thread=("R:圣诞快乐 救命", "S:咋了？"))
it(E, "圣诞节", CASUAL, "friend", "朋友", "Tyler",
   "Merry Xmas Tyler! 🎅 Ugly sweater party tonight, you got yours?",
   "mine has a light-up nose, yours can't beat it. what's it got?",
   "teasing", "what", CAS, "Mine plays a jingle when you press the belly. You're going down.", pick=True)
it(Z, "圣诞节", CASUAL, "公公", "家人", "爸",
   "爸，圣诞快乐！给您寄了一箱车厘子，记得查收。",
   "收到了 太贵了这个 下回别买了",
   "worried", "request", RESP, "好的爸，就这一回，您跟妈趁新鲜吃。")
it(Z, "圣诞节", CASUAL, "小区保安", "其他", "李师傅",
   "李师傅圣诞快乐！天冷了，给您带了杯热奶茶放岗亭了。",
   "哎呀谢谢 小伙子有心了",
   "touched", "none", RESP, "不客气李师傅，晚上值班多穿点。")
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子",
   "儿子圣诞快乐！部队里过不过圣诞？",
   "不过 今晚站岗 不说了 要集合了",
   "busy", "none", INTI, "好，去吧，穿暖和点，有空给妈回个电话。")
it(Z, "圣诞节", CASUAL, "闺蜜", "朋友", "小蕾",
   "圣诞快乐！今年交换礼物你想要啥？",
   "你敢 送螺蛳粉我就送你榴莲 到时候看谁先熏死",
   "teasing", "none", CAS, "行行行，那换成香薰蜡烛，谁也不熏谁。", pick=True,
   thread=("R:都行 你送的我都喜欢", "S:那就别怪我送你一箱螺蛳粉。"))

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
        iid = f"fb7-{n:03d}"
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
    from followup_blind7_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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

NOTE = """# Follow-up blind set 7 (`followup_blind7_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind7_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind7_check.py` (validator, `--selftest`), `followup_blind7_2026-12.json` (the set),
  `followup_blind7_2026-12.md` (this note), all in `/work/blind7-followup/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb7-001` … `fb7-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; `/work/blind5-followup/` and `/work/blind6-followup/` were not looked
at; of the tests only `tests/followup_judge.py` was read (in full). `README.md` was read for the product
description. The third, fourth, fifth and sixth sets' notes (`tests/data/followup_blind3_2026-12.md` …
`…blind6…`) were read in full for their format, labelling rules and judgement calls, which this set follows
unchanged. The sixth set's build and check scripts were read only for their file structure (header, the
`it(...)` helper, the assembling and note code), the per-holiday word tables (copied unchanged; they are
byte-identical in the fourth, fifth and sixth build scripts) and the validator logic (adapted); their item texts
were not studied or reused. The checker reads the four notes and the fourth, fifth and sixth sets' build scripts
as plain text, only to refuse copied runs. Git was not run and the bot was never run.

Every greeting, earlier turn and reply was newly typed by hand, item by item, as the people around a hundred users
really answer a holiday greeting in chat: parents, grandparents, in-laws, an uncle and an aunt, siblings and
cousins, partners, friends, colleagues, bosses, clients, teachers (a head teacher, a kindergarten teacher, a driving
coach, a yoga teacher, a dance teacher, thesis advisors), landlords, doctors (a surgeon, a vet, a community
doctor), a barber, a florist, a parcel-station keeper, a car mechanic and the estate's security guard. New
situations and props: the fisherman grandfather's two crucian carp, the sausages grandma cured, a 30-metre dragon
lantern, tangyuan that fused into one blob, the lantern riddle answered with another riddle, a colleague stuck in
traffic asking to carry his bowl back to his desk, the dog that died before Qingming, the container ship leaving
on the 6th, the folding stool for the hillside grave, a cough grandma fears will turn into pneumonia, a niece
crying over her maths paper, a winter-melon mooncake offered "free", the demolished barbecue place, a nephew's
LEGO castle, the altitude sickness in Yunnan, the national-day duty roster with lunch ordered for everyone, a
pizza that ended the new-year diet on day one, the ski cabin that sleeps six, the water pipes that burst on
Christmas, the English landlord's warning to leave the taps dripping, the 99 paper roses, a bunch of chives instead of
flowers, a robot vacuum as a Qixi gift, the parcel of hand-knitted gloves, the physics student who blew up the
vacuum pump, the thesis chapter due after the holiday, the e-bike stolen on a birthday, a truck-driving father at
a motorway service area. The mix: plain ordinary replies, short cold answers (新年好。, 中秋好, 收到了, 感谢。,
嗯 谢了, 拿了 谢, 行 你忙你的, 嗯 那你忙吧, "Thank you. Enjoy the holiday.", "sure. have fun at your
conference"), voice-input run-ons without punctuation, space-separated chat, emoji-only replies (🐉🚣‍♂️🚣‍♂️,
🥟🥟🍺, 🌷🥺🥺, 🐱💐😂, 🥹🥹🎂🎂) and emoji-heavy ones, chat stickers (`[苦涩]`, `[憨笑]`, `[汗]`, `[衰]`), chat shorthand (WFH, btw,
lmao, jk, hrs), a few typos as people make them (可进 for 可近, 时侯 for 时候, 吃不玩 for 吃不完, 等这我 for
等着我, didnt, dont, youuu), replies that pick up a detail or a joke of the greeting, and English exchanges with
English greetings. The wording avoids the earlier sets: the checker refuses the example phrases of the four earlier
notes, of the judge's docstrings and of the README, the earlier sets' whole short replies and stickers, and any
text (greeting, turn, reply or reference follow-up) that shares a run of more than 11 Han characters or more than
27 characters with the four notes or with the fourth, fifth and sixth sets' build scripts.

Fields follow `tests/followup_judge.py` and the sixth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law, an uncle, an aunt
  and 二叔, teachers and coaches, bosses and elders or service people outside the family (landlords, doctors, a
  vet, an old neighbour, a car mechanic, the security guard) and English elders/bosses/teachers/in-laws/a
  landlord; `formal` for clients; `intimate` for partners, parents and one's own children; `casual` for friends,
  siblings, cousins, a sister-in-law, a nephew, colleagues, a gym coach, the barber, the florist, the
  parcel-station keeper and a neighbour of one's own age.
- **forbidden:** per item traps (加班 to clients; 脱单 to a friend who just broke up; 国庆快乐 and 生日快乐 as a
  second wish to a friend just laid off or sitting in a police station; "happy chinese valentine" to a friend
  who just broke up; 明年一定 and "next time" to partners let down by a missed holiday) plus the automatic ones of
  the earlier sets: when the recipient asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with
  您, "and you?" to English respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or
  worried; 清明快乐, 节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to sixth sets' definitions and borderline rules unchanged (mood is what
the latest reply conveys toward the sender, read with the greeting and thread; two questions in one reply: a
request or invitation first, then a concrete question before a phatic or rhetorical one, else the one the reply
ends on; "are you still coming / 回来不" confirming a plan is `yes_no`, a new proposal or the recipient's own
event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do something; an
imperative reschedule is `request`, asking permission to change a plan is `yes_no`; offers are `yes_no`; handing
a place decision to the sender, "guess where" and "do you know where" are `where`; an either-or naming both
alternatives is `choice`, "X or not" is `yes_no`; did-you-do-it questions are `yes_no`, how the sender or someone
of theirs feels or copes is `how_are_you`, how a task goes, amounts and open decisions are `what`; a guess put up
with 吧 or a tag question is `yes_no`, a rhetorical jab is `none`; claiming something owed is `request`; asking the
sender to come and help is `request`; laughter alone is `happy`, `teasing` needs a jab or a joke at someone's
expense; being occupied is `busy` even in jest; an elder kindly declining or reproaching out of concern, fretting
over one's own small problem and a money reproach are `worried`; one's own illness or a relative in hospital is
`sad`; a flat reply to a repeated letdown or a businesslike thanks followed by a task is `cold`).

### New judgement calls (settled one way throughout this set)

1. **A riddle put to the sender** (a lantern riddle answered with "what gets wetter the more it dries?") is
   `what`: the answer states a fact; with a jab ("too easy") the mood is `teasing`.
2. **An answer to the sender's own question that only says what to bring, prepare or do** (带盒茶叶就行 after
   "我带点什么好", 带两把香就行 after "您想吃点啥我们带回去", 带点水果和花就行 after "需要准备些什么", 考级那天早上
   八点到 头发要盘起来 after "还需要准备什么", 你下班早点回来就行 after "您想吃啥", 你人来就行 after "我带两斤
   虾仁") asks nothing new and is `none`; an instruction that goes beyond what the sender asked (记得下周三带他来
   复查 after "能不能吃汤圆", 下次寄苏式的 after "好吃不", "And tell Emma not to be late this time" after "Can we
   bring anything?") stays `request`.
3. **An offer that names both alternatives** (你要黄焖鸡还是麻辣烫, 猪肉白菜的还是三鲜的 你帮我挑, "want some? pork
   or shrimp?") is `choice`: the fourth set's either-or call takes precedence over its offer call.
4. **"Are you coming tonight or are you bailing again?"** about the recipient's own birthday party is
   `invitation`: the fifth set's own-event call takes precedence over the sixth set's "X or not" call.
5. **"到哪了"** to a sender who is on the way is `where` (the answer names the place reached).
6. **"你怎么没来"** asks for a reason and is `what`; said with longing by a grandmother, the mood is `sad` (the
   fifth set's longing call).
7. **Moods.** A routine health check-in (你膝盖好点没, 换了新工作 顺心不) is `happy`; with an explicit fear or
   unease (奶奶天天念叨 怕你拖成肺炎, 妈有点不放心, 我这心里老不踏实, "You sounded so tired on the phone", "I kept
   thinking about those icy roads") it is `worried`. A brusque advisor who waves the wish off and asks for work
   (节日快乐就不用了 数据跑完没) is `cold`, as is "sure. have fun at your conference" after a cancelled Valentine's.
   A pet's death and a stolen e-bike are `sad` (bad news). Being moved comes first in the mood even when a
   question or invitation follows (妈心里热乎乎的 都包的啥馅, 外公这辈子值了 中午都来吃长寿面): the mood is `touched`,
   the question kind that of what follows.

## Checks

`python3 followup_blind7_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the sixth set's 35 — with the set cut to 250 items — plus a sixth-set example phrase, a
sixth-set whole short reply, 30 characters and 12 Han characters copied from the sixth set's note (runs the
third to fifth sets' texts do not hold, so the new texts are proven read), multi-round items all relabelled
`happy`, multi-round items all relabelled `none`) and requires the validator to fail on each with the error it
targets; `followup_blind7_check.py -` reads a file from stdin. It checks what the sixth set's validator checks
(fields, types, canonical values equal to the judge's own tuples, ids `fb7-NNN` consecutive, no repeated reply or
greeting, no Chinese in English items, threads of 1–4 turns, `must_mention_any` exactly for `choice` with
options found in the reply, other-holiday words disjoint and absent from the item's own text, register consistent
with the category, no example wording, the automatic forbidden traps, every family sub-group, a landlord and a
doctor, short cold, emoji-only, emoji-heavy and voice-style replies, no mood over half the set and `none` under
40%, ≥260 items, ≥45 English items over ≥12 holidays, ≥6 categories, all 7 moods and all 9 question kinds, ≥45
threads of which ≥8 English, every category ≥12, holiday ≥15, mood ≥18, question kind ≥15, style ≥8 and
register ≥15 items, ≥35 requests, ≥35 yes/no, ≥20 invitations, ≥18 `what` and ≥18 `when`, no question kind other
than `none` over 20% of the set, request replies that use each of 记得, 帮我, 给我带, 到了, 别, 麻烦, "can you",
"could you", "don't forget", "please", yes/no replies that use each of 没, 了吗, 不, 是不是, 有没有, 能不能, 行不行,
"did", "are you", "right?", no repeated reference) and adds: the multi-round items cover ≥6 moods and ≥7 question
kinds; the sixth set's example phrases and whole short replies are refused; no greeting, turn, reply or reference
shares a run of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md`,
`followup_blind4_2026-12.md`, `followup_blind5_2026-12.md`, `followup_blind6_2026-12.md`,
`followup_blind4_build.py`, `followup_blind5_build.py` or `followup_blind6_build.py` (NFKC, lower-cased). Then it
loads `/work/main/tests/followup_judge.py` (with `/work/main` on `sys.path`), checks that `mood_right` and
`question_right` accept each item's labels (and reject a wrong mood), runs `passes` on each item with the
hand-written reference follow-up from the build script and requires all four verdicts to be True, and requires
each `forbidden` and `other_holiday_words` entry to make the judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

### Notes on the judge (found while checking the references)

One reference first failed for a reason in the judge, not in the item, and was reworded (the item was not
changed to suit the judge): in `yes_no`, for 你敢买吗 the predicate is 买 (the character before 吗), and 敢 is not a
yes/no opener, so the natural answer 敢，明天就去专柜，刷我的卡 fails; it became 敢买，明天就去专柜… (`fb7-163`).

Four references were reworded for this set's own copy rule, not for the judge ("… call me after if you feel like
it", "… just a long week", "Wishing you and your family …", "… and text me when you get there" ran past 27
characters in common with an earlier set's text). Before the set was frozen, some greetings and replies were
reworded for the same rule: stock English openings and phrases ("Happy Teachers' Day, Mr. …", "Happy Father's
Day, Dad! …", "… a joyful Mid-Autumn Festival …", "… we're grateful for your partnership …", "Will the shipment
still …", "Are you two still coming for lunch …", "… can I borrow the car tonight") and a few Chinese greetings
(…生日快乐！祝您身体健康，事业…, …八十大寿快乐！祝您福如…, …圣诞快乐！虽然您不过洋节…); two situations that another
set had already used (a tire changed on the road, "your terrible puns") were replaced; one reply used the fifth
set's example phrase 九点以后 and became 九点后.

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


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
