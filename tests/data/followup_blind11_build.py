#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind11_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this eleventh set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind11_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to tenth sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind11_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind11_2026-12.json"
MD_NAME = "followup_blind11_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the tenth set's note was read for its format, labelling rules and "
    "judgement calls, the tenth set's check script for its validator logic, and the tenth set's build script "
    "only for its file structure and holiday word tables. Each greeting, thread and reply of this eleventh set "
    "was newly composed one by one as people answer a holiday greeting in chat (family, partners, friends, "
    "colleagues, bosses, clients, teachers, neighbours, a landlady and a doctor: ordinary replies, questions of "
    "every kind, requests, invitations, teasing jabs, worried, sad, cold, touched and busy replies, short cold "
    "answers, emoji-only replies, voice-input run-ons, replies that pick up a detail or joke of the greeting, "
    "English exchanges, multi-round threads), avoiding the wording of the earlier sets and of the examples in "
    "their notes. Mood and question were labelled as a careful human reader would, following the earlier sets' "
    "rules unchanged. Expectations (answer_kind = question, register, forbidden traps, holiday words, "
    "must_mention_any for offered options) use the vocabularies of tests/followup_judge.py; a hand-written "
    "reference follow-up per item, kept only in the build script, passes all four judge checks."
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
it(Z, "春节", CASUAL, "母亲", "家人", "妈", "妈，新年快乐！今年能在家待满十天。",
   "好好好 你爸已经把肉馅剁好了 到站几点 让他去接你", "happy", "when", INTI,
   "下午四点二十到，让爸在出站口等我就行。",
   thread=["R:真的？哪天的车", "S:腊月二十八上午的车。"])
it(Z, "春节", TRAD, "奶奶", "家人", "奶奶", "奶奶新年好！给您寄的护膝收到了吗？冬天出门记得戴上。",
   "收到了收到了 戴上暖和着呢 就是你寄那么贵的干啥 乱花钱", "worried", "none", RESP,
   "不贵的奶奶，您戴着暖和我就放心了。")
it(Z, "春节", CASUAL, "哥哥", "家人", "哥", "哥，新年快乐！今年你家年夜饭谁掌勺？",
   "肘子没问题 你把你家那只猫也带上 我闺女天天念叨", "happy", "request", CAS,
   "行，猫包已经翻出来了，初二一起带过去。",
   thread=["R:我啊 还能有谁", "S:那我初二过去蹭饭，给我留个肘子。"], pick=True)
it(Z, "春节", BIZ, "领导", "领导", "王总", "王总新春好！这一年跟着您学了不少，祝您和家人新年安康。",
   "新年好 节后第一周的规划会你来牵头 初七前把提纲发我", "cold", "request", RESP,
   "好的王总，提纲初六晚上发您。")
it(Z, "春节", BIZ, "客户", "客户", "李经理", "李经理，新春快乐！承蒙贵司一年照顾，新的一年还请多多指教。",
   "同喜同喜 年后什么时候方便来我们厂里看看新线", "happy", "when", FORM,
   "正月初十之后都可以，您定个日子我们就过去。", forbid=NO_OVERTIME)
it(Z, "春节", CASUAL, "朋友", "朋友", "阿杰", "新年快乐！今年红包抢了多少？",
   "别提了 抢了三十几个 加起来八块六 手速不如我侄子", "happy", "none", CAS,
   "八块六也是钱，够买两杯奶茶了！")
it(Z, "春节", CASUAL, "女儿", "家人", "闺女", "闺女，新年快乐！压岁钱已经转你了，别全买盲盒。",
   "谢谢老爸😘😘 不买盲盒 买个新耳机行不行", "happy", "yes_no", INTI,
   "行，买个好点的，剩下的存起来。", pick=True)
it(E, "春节", CASUAL, "friend", "朋友", "Priya",
   "Priya!! Happy Lunar New Year 🧨 did the dumpling-folding class end in disaster?",
   "disaster is generous. mine looked like tiny crime scenes 😂 we're making them again sunday, come?",
   "happy", "invitation", CAS, "I'm in! I'll bring the vinegar and zero skill.",
   thread=["R:you remembered the class 😭", "S:Of course. So, how did the folding go?"], pick=True)
it(Z, "春节", CASUAL, "同事", "同事", "小周", "小周新年快乐！年会那个节目你跳得太好了。",
   "哎呀别提了我现在还在老家吃席一天三顿根本停不下来你啥时候回来上班", "happy", "when", CAS,
   "我初八就回去上班，到时候给你带点零食。")
it(Z, "春节", CASUAL, "岳父", "家人", "爸", "爸，新年好！今年我跟小雨初二回去，给您带了两瓶汾酒。",
   "来就来 带啥酒 家里还有好几箱 路上开车慢点 到了说一声", "worried", "request", RESP,
   "好的爸，我们慢慢开，到了给您打电话。",
   thread=["R:初二几点到", "S:上午十点左右出发，开车两个小时。"])
it(Z, "春节", BIZ, "客户", "客户", "陈总", "陈总新春快乐！新年伊始，祝贵公司订单不断、财源广进。",
   "谢 同乐", "cold", "none", FORM, "陈总节后有需要随时吩咐，祝您新年顺遂。")
it(Z, "春节", TRAD, "外公", "家人", "外公", "外公新年好！视频里看您又胖了点，气色真好。",
   "胖了三斤 你外婆天天给我炖汤 你在外面吃得好不好啊", "happy", "how_are_you", RESP,
   "吃得挺好的，食堂饭菜不错，外公放心。")

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "母亲", "家人", "妈", "妈，元宵节快乐！今年汤圆您包的什么馅？",
   "黑芝麻和花生的 给你冻了一袋 下周让你弟捎过去", "happy", "none", INTI,
   "太好了，等弟弟来了我就煮一碗当早饭。")
it(Z, "元宵", CASUAL, "女朋友", "恋人", "宝", "宝，元宵快乐！晚上去看灯会吗？",
   "六点半我可能走不开 七点行吗", "busy", "yes_no", INTI,
   "行，七点我在楼下等你，别着急。",
   thread=["R:去！！", "S:那六点半我去你公司楼下等你。"])
it(E, "元宵", CASUAL, "colleague", "同事", "Marco",
   "Marco, a happy Lantern Festival to you! Solve any riddles at the fair?",
   "solved one. took me 20 minutes and my kid got it in 5 seconds 🙃🙃", "happy", "none", CAS,
   "Kids are ruthless riddle machines. Happy Lantern Festival to the whole family!", pick=True)
it(Z, "元宵", CASUAL, "老师", "老师", "张老师", "张老师元宵节快乐！寒假作业我都写完了，开学见！",
   "真的都写完了？那篇读后感也写了？", "teasing", "yes_no", RESP,
   "写了，写了两千字，开学交给您看。", pick=True)
it(Z, "元宵", CASUAL, "邻居", "其他", "刘阿姨", "刘阿姨元宵快乐！昨天您送的酒酿太香了。",
   "喜欢就好 明天我再做一锅 给你留一碗要不要", "happy", "yes_no", RESP,
   "要的，谢谢刘阿姨，明天下班我去敲门。",
   thread=["R:好吃吧 我自己酿的", "S:特别甜，我一口气喝了两碗。"])
it(Z, "元宵", CASUAL, "同事", "同事", "老何", "元宵快乐！今天食堂有汤圆，别错过。",
   "我在外地出差 吃不上了 帮我尝一个", "happy", "request", CAS,
   "没问题，我替你多吃两个。")
it(Z, "元宵", CASUAL, "表姐", "家人", "表姐", "表姐元宵快乐！灯谜猜中几个？",
   "猜中两个 奖品是一包瓜子 你那边放烟花了没", "happy", "yes_no", CAS,
   "放了，我们小区楼下放了半个小时。")
it(Z, "元宵", CASUAL, "公公", "家人", "爸", "爸，元宵节快乐！您的腰这两天好些没？",
   "好多了 就是坐久了还疼 医生让再去拍个片", "sad", "none", RESP,
   "那周六我陪您去拍片，您多躺着休息。")
it(Z, "元宵", BIZ, "客户", "客户", "赵总", "赵总元宵节快乐！正月十五团团圆圆，生意红红火火。",
   "谢谢 上次的报价单麻烦再发我一份 找不到了", "cold", "request", FORM,
   "好的赵总，报价单马上发您邮箱。", forbid=NO_OVERTIME)
it(E, "元宵", CASUAL, "sister", "家人", "Mia",
   "Happy Lantern Festival, sis! Mom says you made tangyuan from scratch??",
   "from scratch and from a youtube video. half of them exploded in the pot 😭", "happy", "none", CAS,
   "Exploded tangyuan still count. Send me a photo of the casualties!", pick=True)
it(Z, "元宵", CASUAL, "儿子", "家人", "儿子", "儿子，元宵节快乐！学校食堂今天有汤圆吗？",
   "有 但是是速冻的 没你包的好吃", "happy", "none", INTI,
   "下次回家妈给你包一大锅，想吃多少有多少。")
it(Z, "元宵", CASUAL, "朋友", "朋友", "小雅", "元宵快乐！看灯别光顾着拍照，记得抬头看看月亮。",
   "🏮🏮😍", "happy", "none", CAS, "拍到好看的发我瞧瞧！")

# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "父亲", "家人", "爸", "爸，清明我请了假，周六跟您一起回去给爷爷扫墓。",
   "好 早上六点出发 路上人多 你头天晚上过来住", "happy", "request", INTI,
   "好，周五晚上我下班就过去。")
it(Z, "清明", CASUAL, "奶奶", "家人", "奶奶", "奶奶，清明我回不去，给爷爷的花我托小叔带去了。",
   "腿没事 就是你爷爷走了三年了 我这心里还是空落落的", "sad", "none", RESP,
   "奶奶，等五一我回去陪您住几天。",
   thread=["R:放了就好", "S:小叔说您那天也去了，腿脚还行吗？"])
it(E, "清明", CASUAL, "friend", "朋友", "Lena",
   "Lena, I've had you on my mind all week. This is the first year your grandpa isn't with you, I know.",
   "thank you. we lit a candle at home and my mom told his fishing stories again", "sad", "none", CAS,
   "He sounds like he was a wonderful storyteller. Sending a hug to you and your mom.")
it(Z, "清明", TECH, "同事", "同事", "阿凯", "清明安康！假期给大脑也放个假，别再盯着服务器监控了。",
   "踏啥青 我在公司盯上线 三天都在这", "busy", "none", CAS,
   "辛苦了，上完线请你喝杯咖啡。")
it(Z, "清明", BIZ, "领导", "领导", "刘主任", "刘主任，清明这几天您路上开车慢些，假期安康。",
   "好 你假期回老家吗", "happy", "yes_no", RESP,
   "要回的，周五晚上走，周二回来上班。")
it(Z, "清明", CASUAL, "母亲", "家人", "妈", "妈，清明回去记得带把伞，预报说要下雨。",
   "知道 你自己在外面也是 别老熬夜 瘦了没有", "worried", "yes_no", INTI,
   "没瘦，每天都按时吃饭，放心吧。")
it(Z, "清明", CASUAL, "舅舅", "家人", "舅舅", "舅舅，清明回老家祭扫的话，帮我给姥爷上炷香。",
   "放心 已经替你上了 还替你磕了个头", "happy", "none", RESP,
   "谢谢舅舅，下次回去我请您吃饭。")
it(Z, "清明", BIZ, "客户", "客户", "孙总", "孙总，清明假期愉快，祝您出行顺利。",
   "收到 你们节后第一天有人上班吗", "cold", "yes_no", FORM,
   "有的，周一上午就有人在岗。", forbid=NO_OVERTIME)
it(E, "清明", CASUAL, "mother", "家人", "Mom",
   "Hi Mom, Grandma's been on my mind all day. Were you able to visit her grave?",
   "we did. your aunt cried. so when will we see you here?", "sad", "when", INTI,
   "I'm coming home the first weekend of May, I already asked for the days off.",
   thread=["R:yes, with your aunt. it rained the whole time",
           "S:I'm sorry I couldn't be there. Did you bring her the chrysanthemums?"])
it(Z, "清明", CASUAL, "朋友", "朋友", "老赵", "清明假期有空出来走走？西湖边的柳树都绿了。",
   "没空", "cold", "none", CAS, "好吧，那等你忙完再约。")
it(Z, "清明", CASUAL, "姐夫", "家人", "姐夫", "姐夫，清明你们回不回老家？",
   "回 你姐晕车 我开车 你要不要一起", "happy", "invitation", CAS,
   "好啊，我跟你们一起走，油钱我出。")
it(Z, "清明", CASUAL, "老师", "老师", "王老师", "王老师清明安康！最近降温，您注意添衣。",
   "谢谢 我挺好 你实习找到了吗", "happy", "yes_no", RESP,
   "找到了，在一家设计公司，下周一入职。")

# ---------------------------------------------------------------- 端午
it(Z, "端午", CASUAL, "婆婆", "家人", "妈", "妈，端午安康！今年粽子我买了几种口味，给您寄了一箱。",
   "收到了 你们自己留着吃嘛 寄这么多 快递费都不少", "worried", "none", RESP,
   "快递费不贵，您和爸尝尝就行。")
it(Z, "端午", CASUAL, "同事", "同事", "小林", "端午快乐！明天龙舟赛去看不？",
   "行 那在哪集合", "happy", "where", CAS,
   "八点半在地铁站B口集合。",
   thread=["R:几点开始", "S:九点第一轮，得早点去占位置。"])
it(E, "端午", BIZ, "boss", "领导", "Ms. Grant",
   "Ms. Grant, wishing you a restful Dragon Boat holiday with your family!",
   "Thank you! Quick one before you log off: could you get the Q2 numbers over to Tom by Friday?",
   "busy", "request", RESP, "Of course, I'll have them to Tom by Thursday evening.")
it(Z, "端午", CASUAL, "男朋友", "恋人", "阿哲", "端午安康呀！给你寄的艾草香囊挂上没？",
   "挂了 挂在车里 同事说我车里一股中药味😂", "happy", "none", INTI,
   "中药味说明有效，驱蚊辟邪一条龙。", pick=True)
it(Z, "端午", TRAD, "爷爷", "家人", "爷爷", "爷爷端午安康！奶奶包的碱水粽我还惦记着呢。",
   "惦记就回来 奶奶包了一大锅", "happy", "invitation", RESP,
   "好，周六我就回去，给您带两瓶酒。", pick=True)
it(Z, "端午", BIZ, "客户", "客户", "吴经理", "吴经理端午好！去年那批货多亏您帮忙协调，祝您节日安康。",
   "端午安康 今年的合同续签你们那边什么时候能出", "cold", "when", FORM,
   "合同下周三前发到您邮箱，请您审阅。", forbid=NO_OVERTIME)
it(Z, "端午", CASUAL, "弟弟", "家人", "老弟", "端午快乐！今年粽子别一口气吃五个了。",
   "五个算啥 我今年的目标是七个 你管得着吗", "teasing", "none", CAS,
   "管不着，消化药给你备好了。", pick=True)
it(Z, "端午", CASUAL, "室友", "朋友", "阿梅", "端午快乐！宿舍群好久没人说话了，大家都还好吗？",
   "都挺好的就是各忙各的我在带娃老三结婚了你知道不", "happy", "yes_no", CAS,
   "知道了，他上周发请帖给我了。")
it(E, "端午", BIZ, "client", "客户", "Mr. Hayes",
   "Dear Mr. Hayes, warm Dragon Boat wishes to you and everyone at the Leeds office.",
   "Thanks. Which day is your office back open?", "cold", "when", FORM,
   "We're back on Monday morning, and I'll call you first thing.", forbid=["overtime"])
it(Z, "端午", CASUAL, "教练", "老师", "李教练", "李教练端午安康！最近队里比赛顺利吗？",
   "不太顺 队里两个主力都伤了 唉", "sad", "none", RESP,
   "李教练别太上火，队员们养好伤一定能回来。")
it(Z, "端午", CASUAL, "女朋友", "恋人", "宝贝", "宝贝端午安康！今晚一起吃饭？",
   "今晚要赶方案 估计十点才走 明天吧", "busy", "invitation", INTI,
   "好，明天我订位，你今晚别太累。",
   thread=["R:吃啥", "S:你上次说的那家烤鱼。"])
it(Z, "端午", CASUAL, "侄子", "家人", "小宇", "小宇，端午快乐！你要的航模叔叔买好了。",
   "谢谢叔叔！！！啥时候能送来😆😆", "happy", "when", CAS,
   "周六下午我带过去，等我。")

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", CASUAL, "母亲", "家人", "妈", "妈，中秋快乐！今年我们在外地，不能回去了。",
   "又花钱 上次那个还没吃完 别再买了啊", "worried", "request", INTI,
   "好，这是最后一盒，下次不买了。",
   thread=["R:没事 你们忙你们的", "S:给您和爸订了个月饼礼盒，明天到。"])
it(Z, "中秋", BIZ, "领导", "领导", "陈总", "陈总中秋快乐！月圆人圆，祝您阖家幸福。",
   "中秋快乐 节后那个展会你跟我去一趟", "cold", "request", RESP,
   "好的陈总，我提前把资料准备好。")
it(E, "中秋", CASUAL, "friend", "朋友", "Jess",
   "Happy Mid-Autumn, Jess! Which mooncake flavor are you team this year?",
   "lotus seed forever. wait, are we doing the lantern walk at the park or by the river?",
   "happy", "choice", CAS, "Let's do the river, the lanterns look prettier on the water.",
   must=["park", "river"])
it(Z, "中秋", CASUAL, "外婆", "家人", "外婆", "外婆中秋快乐！今晚月亮特别圆，您出去看了吗？",
   "看了 在楼下跟你王奶奶一起看的 你那边看得见不", "happy", "yes_no", RESP,
   "看得见，我在阳台上也看了一会儿。")
it(Z, "中秋", CASUAL, "同事", "同事", "小吴", "中秋快乐！这个月饼是我自己做的，放你桌上了。",
   "👍👍", "cold", "none", CAS, "尝尝看，有意见随时提。")
it(Z, "中秋", CASUAL, "老公", "恋人", "老公", "老公中秋快乐，今年又是你一个人在工地过节。",
   "嗯 这边月亮也挺圆 就是想你和孩子", "sad", "none", INTI,
   "我们也想你，视频里让孩子给你唱首歌。")
it(Z, "中秋", BIZ, "客户", "客户", "刘总", "刘总中秋快乐！给您寄了一盒月饼，聊表心意。",
   "客气了 你们的人国庆值班吗 我们这边可能有急单", "cold", "yes_no", FORM,
   "有的，假期每天都有人值班，您随时下单。", forbid=NO_OVERTIME)
it(E, "中秋", TRAD, "grandmother", "家人", "Grandma",
   "Happy Mid-Autumn Festival, Grandma! Did the mooncakes arrive safely?",
   "too late. are you eating well at school?", "happy", "how_are_you", RESP,
   "I'm doing well, Grandma, the cafeteria food is decent and I cook on weekends.",
   thread=["R:they did, dear. your grandpa already ate two", "S:Tell him to save some for you!"])
it(Z, "中秋", CASUAL, "朋友", "朋友", "大刘", "中秋快乐！今年还是一个人赏月？",
   "你管我 我跟月亮互相看 挺好", "teasing", "none", CAS,
   "行，替我也跟月亮打个招呼。")
it(Z, "中秋", CASUAL, "女儿", "家人", "闺女", "闺女中秋快乐，宿舍有月饼分吗？",
   "还没尝 我这两天发烧了 没什么胃口", "sad", "none", INTI,
   "多喝热水，难受就去校医院看看，妈明天给你打电话。",
   thread=["R:有 发了两个", "S:什么口味的？好吃不？"])
it(Z, "中秋", CASUAL, "大学老师", "老师", "周老师", "周老师，中秋快乐～离开学校三年，您讲的那堂版画课我还记得。",
   "哎呀 太感动了 你现在在哪工作", "touched", "where", RESP,
   "我现在在杭州一家出版社做编辑。")
it(Z, "中秋", CASUAL, "邻居", "其他", "张大爷", "张大爷中秋快乐！楼道的灯我已经报修了。",
   "好好好 谢谢你啊小伙子 月饼吃了没 没吃来我家拿两个", "happy", "invitation", RESP,
   "谢谢张大爷，我晚上下班过去拿。")

# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "父亲", "家人", "爸", "爸，国庆快乐！长假我带女朋友回家。",
   "真的？！几号到 我跟你妈好准备", "happy", "when", INTI,
   "二号中午到，不用准备太多。")
it(Z, "国庆", CASUAL, "朋友", "朋友", "阿峰", "国庆快乐！假期有安排没？",
   "哪个湖 快说", "happy", "where", CAS,
   "千岛湖边上，开车三个小时。",
   thread=["R:想去露营 还没定地方", "S:我知道个好地方，湖边能搭帐篷。"])
it(E, "国庆", CASUAL, "coworker", "同事", "Wei",
   "Happy National Day, Wei! Any big plans for Golden Week?",
   "hiding from the crowds at home with 3 seasons of a show. you?", "happy", "what", CAS,
   "Visiting my parents, then doing absolutely nothing for three days.")
it(Z, "国庆", BIZ, "客户", "客户", "马总", "马总国庆快乐！假期愉快，祝生意兴隆。",
   "国庆快乐 节后我们去你们工厂看看 你看哪天方便", "happy", "when", FORM,
   "十号以后都可以，您定好时间告诉我们就行。", forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "姐姐", "家人", "姐", "姐，国庆回来吗？我去车站接你。",
   "回 高铁三号晚上九点到 你别迟到啊", "happy", "request", CAS,
   "放心，八点半我就在出站口等着。")
it(Z, "国庆", BIZ, "领导", "领导", "何处长", "何处长国庆快乐！假期好好休息。",
   "休息不了 值班到五号 你们玩好", "busy", "none", RESP,
   "何处长辛苦，值班期间有事随时找我。")
it(Z, "国庆", CASUAL, "男朋友", "恋人", "阿远", "国庆快乐！七天假我们去哪玩？",
   "海边还是爬山 你选", "happy", "choice", INTI,
   "海边吧，我想看日出。", must=["海边", "爬山"],
   thread=["R:你想去哪", "S:我都行，看你。"])
it(Z, "国庆", CASUAL, "表哥", "家人", "表哥", "表哥国庆快乐！小侄子开学了吧？",
   "嗯 上了", "cold", "none", CAS, "上学了就好，有空带他来玩。")
it(Z, "国庆", CASUAL, "老师", "老师", "孙老师", "孙老师国庆快乐！假期还带学生去实习基地吗？",
   "去 你要是有空过来给学弟们讲两句", "happy", "request", RESP,
   "好的孙老师，我四号上午过去。")
it(Z, "国庆", TRAD, "奶奶", "家人", "奶奶", "奶奶国庆快乐！电视上看阅兵了没？",
   "看了看了那飞机一排一排的可好看了你爷爷看得眼泪都出来了", "happy", "none", RESP,
   "奶奶您和爷爷多保重身体，我下周回去看望二老。")
it(E, "国庆", CASUAL, "neighbour", "其他", "Mrs. Chen",
   "Happy National Day, Mrs. Chen! Enjoy the holiday.",
   "Thank you dear. Your balcony window has been banging all night in the wind, is everything ok over there?",
   "worried", "yes_no", RESP,
   "Yes, everything is fine, I forgot to latch it. I'll fix it tonight, sorry about the noise.")
it(Z, "国庆", CASUAL, "同事", "同事", "小彤", "国庆快乐！你的请假条我帮你交了。",
   "爱你😭😭😭 回来请你喝奶茶", "touched", "none", CAS, "一杯不够，至少两杯。", pick=True)

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", CASUAL, "母亲", "家人", "妈", "妈，元旦快乐！新的一年少操点心多享福。",
   "你少让我操点心就行 今年对象有着落没", "teasing", "yes_no", INTI,
   "还没有，有了第一个告诉你。", pick=True)
it(Z, "元旦", CASUAL, "朋友", "朋友", "老陈", "元旦快乐！跨年夜出来喝一杯？",
   "去哪喝 老地方还是新开那家精酿", "happy", "choice", CAS,
   "去精酿吧，听说有个乐队驻唱。", must=["老地方", "精酿"])
it(E, "元旦", CASUAL, "partner", "恋人", "Sophie", "Happy New Year, love! 2027 is our year.",
   "it better be. you promised me a trip to Japan 👀", "teasing", "none", INTI,
   "I did, and I meant it. Start picking the cities.")
it(Z, "元旦", BIZ, "领导", "领导", "周总", "周总元旦快乐！新年新气象，祝您事事顺心。",
   "元旦快乐 新年计划写了没", "cold", "yes_no", RESP,
   "写好了，明天一早发到您邮箱。")
it(Z, "元旦", BIZ, "客户", "客户", "林总", "林总元旦好，二七年咱们的合作再上一层楼！",
   "同期待 一月的排期麻烦发我一下", "cold", "request", FORM,
   "好的林总，排期表今天下班前发您。", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "妹妹", "家人", "妹", "新年快乐！元旦你回家不？",
   "不回 要考试 你回家的话给我带点妈做的辣酱", "busy", "request", CAS,
   "行，辣酱给你装两瓶，你好好复习。")
it(Z, "元旦", TECH, "室友", "朋友", "小马", "元旦快乐！去年立的flag完成率多少？",
   "一个都没完成 除了长胖 你的呢", "happy", "what", CAS,
   "我完成了一个，每周跑三次步坚持了半年。",
   thread=["R:哈哈 别提了", "S:说说，完成了几个？"])
it(E, "元旦", TECH, "colleague", "同事", "Ravi",
   "Happy New Year, Ravi! May your builds be green and your bugs be few in 2027.",
   "rest? the release is on the 3rd, I'm living at my desk lol", "busy", "none", CAS,
   "Hang in there, I'll bring you coffee on the 2nd.")
it(Z, "元旦", CASUAL, "岳母", "家人", "妈", "妈，元旦快乐！我跟小敏周日过去吃饭。",
   "好 想吃啥提前说 我好去买菜", "happy", "what", RESP,
   "我想吃您做的红烧肉，别的您随意。")
it(Z, "元旦", CASUAL, "邻居", "其他", "王叔叔", "王叔叔元旦快乐！您家的快递我先帮您收着了。",
   "谢谢啊 我晚上七点回来 你在家吧", "happy", "yes_no", RESP,
   "在家的，您回来敲门就行。")
it(Z, "元旦", CASUAL, "儿子", "家人", "儿子", "儿子，元旦快乐！新年多给家里打打电话。",
   "知道啦", "cold", "none", INTI, "嗯，考完试早点回来。")
it(Z, "元旦", CASUAL, "健身教练", "老师", "刘教练", "刘教练元旦快乐！新年我一定坚持练。",
   "你去年也是这么说的 办的卡一共来了六次", "teasing", "none", RESP,
   "这次真的不一样，周一我就去报到。")
it(E, "元旦", CASUAL, "coach", "老师", "Coach Reyes",
   "Happy New Year, Coach Reyes! Thanks for pushing us all season.",
   "🙌🙌🔥", "happy", "none", RESP, "See you at practice on Monday, Coach.")

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", CASUAL, "外婆", "家人", "外婆", "外婆冬至快乐！今天包饺子了吗？",
   "包了 白菜猪肉的 你那边下雪了没", "happy", "yes_no", RESP,
   "下了一点，我穿得很厚，外婆放心。")
it(E, "冬至", CASUAL, "friend", "朋友", "Mei",
   "Happy Winter Solstice, Mei! Cold enough for hotpot yet?",
   "YES. my place friday, you bring the lamb", "happy", "invitation", CAS,
   "Sounds perfect, I'll bring lamb and a lot of tofu.", pick=True)
it(Z, "冬至", CASUAL, "同事", "同事", "小潘", "冬至快乐！食堂今天有饺子吗？",
   "有 三鲜的 我给你打了一份 放你工位上了", "touched", "none", CAS,
   "太够意思了，明天的咖啡我请。")
it(Z, "冬至", CASUAL, "父亲", "家人", "爸", "爸，冬至快乐，今天出院了吗？",
   "医生说再观察两天 你别跑回来 好好上班", "sad", "request", INTI,
   "好，我不回去，每天晚上给您打视频。",
   thread=["R:还在医院", "S:怎么还没出院？医生怎么说？"])
it(Z, "冬至", BIZ, "客户", "客户", "黄总", "黄总冬至安康！天冷注意保暖。",
   "谢谢 样品我们看过了 还有两处要改 你们下午有空开个会吗", "cold", "invitation", FORM,
   "没问题，下午三点我们准时上线。", forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "闺蜜", "朋友", "小雪", "冬至快乐！记得吃饺子，不然冻掉耳朵。",
   "早吃了两盘 耳朵很安全 倒是你 上次说减肥的呢", "teasing", "none", CAS,
   "减肥从明天开始，今天冬至不算。", pick=True)
it(Z, "冬至", TRAD, "舅妈", "家人", "舅妈", "舅妈冬至快乐！羊肉汤喝上了吗？",
   "喝上了 你舅一大早去买的羊 你啥时候来喝一碗", "happy", "when", RESP,
   "这周六中午我就过去。")
it(Z, "冬至", CASUAL, "老师", "老师", "陈老师", "陈老师冬至快乐！天冷了您注意身体。",
   "别太着急 慢慢来 有不懂的随时来问我 晚上别熬太晚", "worried", "request", RESP,
   "好的陈老师，我会调整好节奏，有问题就去请教您。",
   thread=["R:谢谢 你论文开题怎么样了", "S:还在改，导师说框架要重搭。"])
it(E, "冬至", CASUAL, "father", "家人", "Dad",
   "Happy Dongzhi, Dad! Are you making the sesame tangyuan again?",
   "already made 60. your mom says I went overboard", "happy", "none", INTI,
   "Sixty is not overboard, that's just dessert for a week.")
it(Z, "冬至", CASUAL, "同事", "同事", "阿宁", "冬至快乐！下班一起去吃羊肉火锅？",
   "今晚要通宵改稿😩😩 改天", "busy", "none", CAS, "好，改天再约，别太拼。")
it(Z, "冬至", CASUAL, "弟弟", "家人", "老弟", "老弟冬至快乐！妈让我问你汤圆吃不吃黑芝麻的。",
   "吃 多给我留点 我周五回", "happy", "request", CAS, "行，给你留一大碗，周五等你。")
it(Z, "冬至", CASUAL, "房东", "其他", "李阿姨", "李阿姨冬至快乐！暖气片这两天有点不热。",
   "明天让师傅过去看 房租这个月记得按时交", "cold", "request", RESP,
   "好的李阿姨，房租今天就转给您。")

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝贝", "七夕快乐宝贝！晚上的餐厅我订好了。",
   "订的哪家呀😍", "happy", "where", INTI, "滨江路那家法餐，能看到夜景。")
it(Z, "七夕", CASUAL, "老婆", "恋人", "老婆", "老婆七夕快乐，今年我又在出差，对不起。",
   "随你", "cold", "none", INTI, "我周四晚上就到家，到时候好好陪你。",
   thread=["R:嗯", "S:回去给你补过，带你去吃那家日料。"])
it(E, "七夕", CASUAL, "girlfriend", "恋人", "Yuki",
   "Happy Qixi, babe! Check your doorstep in 10 minutes 😉",
   "ok it's here and omg what did you do??? 😳😳", "happy", "what", INTI,
   "I sent you a bouquet of peonies and a little note.",
   thread=["R:why 10 minutes", "S:You'll see 😉"])
it(Z, "七夕", CASUAL, "朋友", "朋友", "小敏", "七夕快乐！今天去约会了吗？",
   "分了 上周", "sad", "none", CAS, "抱抱，晚上出来吃个饭，我请。", forbid=["七夕快乐"])
it(Z, "七夕", CASUAL, "同事", "同事", "小琪", "七夕快乐！今天怎么没见你男朋友送花来？",
   "他说花会枯 爱不会 我信了", "happy", "none", CAS,
   "这个理由我给满分，让他明天补一束。", pick=True)
it(Z, "七夕", BIZ, "客户", "客户", "郑总", "郑总七夕快乐！祝您和夫人甜甜蜜蜜。",
   "你们这些做销售的 节日记得比我还清", "teasing", "none", FORM,
   "郑总过奖，祝您今晚和夫人吃顿好饭。")
it(Z, "七夕", CASUAL, "老公", "恋人", "老公", "老公七夕快乐！今晚早点回来？",
   "在开会 八点前肯定到", "busy", "none", INTI, "好，我做好饭等你。")
it(Z, "七夕", CASUAL, "母亲", "家人", "妈", "妈，七夕快乐！让我爸今天给你买束花。",
   "他早忘了 一辈子没送过花 你别操心我们", "teasing", "none", INTI,
   "我已经偷偷给他发了花店地址。", pick=True)
it(E, "七夕", CASUAL, "friend", "朋友", "Chloe", "Happy Qixi, Chloe! Any hot date tonight?",
   "my hot date is a pizza. join us? 🍕🍕", "happy", "invitation", CAS,
   "Count me in, drinks are on me!")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿川", "七夕快乐，隔着一千多公里也爱你。",
   "好想你啊 什么时候能不异地", "sad", "when", INTI, "年底我调回去，到时候天天见。",
   thread=["R:我也爱你", "S:礼物寄过去了，明天到。"])
it(Z, "七夕", CASUAL, "表妹", "家人", "表妹", "表妹七夕快乐！你那个相亲对象处得怎么样了？",
   "别提了 见了一面 他全程聊股票", "teasing", "none", CAS,
   "聊股票也算坦诚，至少知道他关心啥。")
it(Z, "七夕", CASUAL, "邻居", "其他", "陈阿姨", "陈阿姨七夕快乐！叔叔今天有没有给您惊喜？",
   "老夫老妻了 他给我剥了一盘葡萄 算惊喜不", "happy", "yes_no", RESP,
   "当然算，这比买花还实在。")

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小鹿", "情人节快乐！今天下班去接你。",
   "好呀 几点到", "happy", "when", INTI, "六点整到你公司楼下。")
it(E, "情人节", CASUAL, "wife", "恋人", "Anna",
   "Anna, eleven Valentine's Days in and you're still my favorite person.",
   "I ALREADY READ IT 😭😭😭", "touched", "none", INTI,
   "Of course you did. I love you, see you tonight.",
   thread=["R:stop, you'll make me cry at work", "S:Then don't read the card in your bag until lunch."],
   pick=True)
it(Z, "情人节", CASUAL, "朋友", "朋友", "老周", "情人节快乐！单身狗互相取暖。",
   "谁跟你单身狗 我下午刚脱单", "teasing", "none", CAS, "什么？！快把人带出来给我看看！")
it(Z, "情人节", CASUAL, "同事", "同事", "阿亮", "情人节快乐！公司楼下的花店都排长队了。",
   "我刚排完 二十分钟 你买了没", "happy", "yes_no", CAS, "买了，中午就订好了。")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿森", "情人节快乐！晚上吃啥？",
   "火锅或者烤肉 你挑", "happy", "choice", INTI, "烤肉吧，火锅下次再吃。", must=["火锅", "烤肉"])
it(Z, "情人节", BIZ, "客户", "客户", "周总", "周总情人节快乐！祝您和家人幸福美满。",
   "🙂", "cold", "none", FORM, "周总有需要随时联系，祝您周末愉快。")
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆", "老婆情人节快乐！给你订的花下午到。",
   "一百朵？！花了多少钱啊 房贷下周就扣了", "worried", "what", INTI,
   "不贵，两百块，房贷的钱我早就留好了。",
   thread=["R:什么花", "S:一百朵红玫瑰。"])
it(E, "情人节", CASUAL, "colleague", "同事", "Sam",
   "Happy Valentine's, Sam! There are chocolates on your desk, from the team.",
   "aww you guys 🥹 who picked the dark ones?", "touched", "what", CAS,
   "Lily picked them, she remembered you hate milk chocolate.")
it(Z, "情人节", CASUAL, "女儿", "家人", "闺女", "闺女，情人节快乐！爸爸永远是你的头号情人。",
   "爸你好肉麻😂 不过今天给你带了巧克力 晚上回家吃饭吗", "happy", "yes_no", INTI,
   "要回的，七点前到家。", pick=True)
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿花", "情人节快乐！花店老板今天赚翻了吧？",
   "从早上五点忙到现在 手都扎烂了 没空聊", "busy", "none", CAS,
   "那你先忙，晚上给你送宵夜。", pick=True)
it(Z, "情人节", BIZ, "领导", "领导", "徐总", "徐总，情人节快乐！今晚别在公司待太晚，嫂子等着呢。",
   "哈哈 好 你也是", "happy", "none", RESP, "谢谢徐总，明天见。")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小橙", "情人节快乐！我给你准备了礼物，猜猜是啥？",
   "不猜了 直接拿来😤", "teasing", "request", INTI, "好，今晚见面就给你。",
   thread=["R:是吃的吗", "S:不是。"])

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", CASUAL, "班主任", "老师", "李老师", "李老师教师节快乐！感谢您三年的照顾。",
   "谢谢你 大学生活适应了吗", "happy", "how_are_you", RESP,
   "适应了，室友都挺好，就是有点想家。")
it(Z, "教师节", CASUAL, "导师", "老师", "王老师", "王老师教师节快乐！您最近身体可好？",
   "还行 就是项目结题忙 你那篇小论文改完没", "busy", "yes_no", RESP,
   "改完了，今晚发到您邮箱。")
it(E, "教师节", CASUAL, "teacher", "老师", "Mr. Lewis",
   "Mr. Lewis, happy Teachers' Day! I'm in med school now, and it started in your chem lab.",
   "That made my whole week. What year are you in now?", "touched", "what", RESP,
   "I'm in my third year, starting clinical rotations soon.")
it(Z, "教师节", CASUAL, "母亲", "家人", "妈", "妈，教师节快乐！今年又收到学生的花了吧？",
   "收了一堆 还有个小孩送了自己画的画 画得我像个外星人", "happy", "none", INTI,
   "外星人也是最漂亮的外星人。", pick=True)
it(Z, "教师节", CASUAL, "书法老师", "老师", "赵老师", "赵老师教师节快乐！最近我每天都练半小时字。",
   "真的？拍一张给我看看", "happy", "request", RESP, "好的赵老师，今晚写完就拍给您。",
   thread=["R:坚持多久了", "S:两个月了，每天晚上写。"])
it(Z, "教师节", CASUAL, "同事", "同事", "老韩", "教师节快乐！今天收了多少贺卡？",
   "十几张 有一张写的祝我早日找到女朋友[偷笑]", "happy", "none", CAS, "这学生很懂你，建议加分。")
it(Z, "教师节", CASUAL, "老师", "老师", "刘老师", "刘老师教师节快乐！听说您住院了，好点了吗？",
   "做了个小手术 恢复得还行 不用来看我", "sad", "request", RESP,
   "好的刘老师，您安心养病，等您出院我再去看您。")
it(E, "教师节", CASUAL, "professor", "老师", "Professor Kim",
   "Professor Kim, happy Teachers' Day, and good luck with the new semester.",
   "Thanks. Your revised draft is still missing the methods section.", "cold", "none", RESP,
   "You're right, I'll add it tonight and resend it tomorrow.")
it(Z, "教师节", CASUAL, "驾校教练", "老师", "周教练", "周教练教师节快乐！科目二我一次就过了！",
   "知道 你那个倒车入库 我看着都捏把汗", "teasing", "none", RESP, "多亏周教练天天在旁边提醒。")
it(Z, "教师节", CASUAL, "老师", "老师", "陈老师", "陈老师教师节快乐！毕业十年了，同学们都很想您。",
   "我也想你们 听说你们年底要聚会 能不能带上我", "touched", "yes_no", RESP,
   "当然，大家一直想请您来，时间定了第一个告诉您。")
it(Z, "教师节", CASUAL, "女儿", "家人", "宝贝", "宝贝女儿，教师节快乐！当老师第一年，辛苦吗？",
   "有点哑 上课一天下来说不出话 妈你给我寄点胖大海", "happy", "request", INTI,
   "好，明天就寄，再加两罐蜂蜜。",
   thread=["R:辛苦 但开心", "S:嗓子还好吗？"])
it(E, "教师节", CASUAL, "teacher", "老师", "Ms. Rivera",
   "Ms. Rivera, happy Teachers' Day from Leo's family! Thanks for your patience with him.",
   "He's a joy! Could you remind him to bring his library book back tomorrow?", "happy", "request", RESP,
   "Of course, I'll put it in his backpack tonight.")

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈", "妈，今天母亲节，想跟您说声辛苦了，爱您。",
   "傻孩子 妈看了直掉眼泪", "touched", "none", INTI, "以后我多回家陪您吃饭。")
it(Z, "母亲节", CASUAL, "婆婆", "家人", "妈", "妈，母亲节快乐！给您买的足浴盆明天到。",
   "又给我买东西 上次的我还没拆呢 你跟小军说别乱买了", "worried", "request", RESP,
   "好，我跟小军说，这次是最后一回。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Mom! Happy Mother's Day 💐 brunch is booked for 11 at your favorite place.",
   "perfect. it's just us two, right?", "happy", "yes_no", INTI,
   "Yes, just you and me, Dad is golfing.",
   thread=["R:the one with the french toast?", "S:That one. I'll pick you up at 10:30."])
it(Z, "母亲节", TRAD, "外婆", "家人", "外婆", "外婆母亲节快乐！您把我妈养得这么好。",
   "你这孩子嘴真甜 你妈小时候可调皮了", "happy", "none", RESP, "等我回去听您讲她小时候的事。")
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐", "姐，母亲节快乐！第一个母亲节，感觉怎么样？",
   "感觉像打仗 宝宝这两天拉肚子 我都没合眼", "worried", "none", CAS,
   "辛苦了姐，明天我过去帮你带半天孩子。")
it(Z, "母亲节", BIZ, "客户", "客户", "王姐", "王姐，母亲节快乐！祝您永远年轻。",
   "谢谢 下午三点的会还开吗", "cold", "yes_no", FORM, "开的，三点我们准时到。", forbid=NO_OVERTIME)
it(Z, "母亲节", CASUAL, "岳母", "家人", "妈", "妈，母亲节快乐！小芳说您最近在学跳舞。",
   "学了一个月 老师夸我有天赋 下次给你们表演", "happy", "none", RESP,
   "太好了，我们等着看您表演。", pick=True)
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈", "老妈节日快乐！今年还是没请到假，没法回去陪您，对不起。",
   "嗯 知道你忙", "cold", "none", INTI, "下个月我一定回去住几天。")
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Linda",
   "Linda, happy Mother's Day! Your son is the kindest person I know, and I know where he got it.",
   "Oh, you're sweet. When are you two coming for dinner?", "happy", "when", RESP,
   "We can come next Saturday, if that works for you.")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "老婆", "老婆母亲节快乐！今天家务我全包了。",
   "那先把孩子作业辅导了 我去做个头发", "happy", "request", INTI,
   "没问题，作业我盯着，你放心去。",
   thread=["R:全包？说话算数", "S:算数，你今天就歇着。"], pick=True)
it(Z, "母亲节", TRAD, "奶奶", "家人", "奶奶", "奶奶母亲节快乐！爱您！",
   "❤️❤️😘", "happy", "none", RESP, "奶奶周末我回去看您。")
it(Z, "母亲节", CASUAL, "朋友", "朋友", "阿芸", "母亲节快乐！今天有没有被伺候？",
   "伺候啥呀我一早送老大去补课又带老二去打疫苗现在还在医院排队呢", "busy", "none", CAS,
   "辛苦辛苦，晚上让你老公做饭。")

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸", "爸，父亲节快乐！给您买的钓鱼椅到了吗？",
   "到了 挺结实 周末带你去水库试试", "happy", "invitation", INTI, "好啊，周六早上我开车接您。")
it(Z, "父亲节", CASUAL, "公公", "家人", "爸", "爸，父亲节快乐！您多注意身体。",
   "好 知道", "cold", "none", RESP, "爸您血压记得按时量。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Dad, happy Father's Day! Are you still the undisputed grill king?",
   "still undefeated. you coming saturday or do I have to eat all the ribs myself", "teasing", "invitation",
   INTI, "I'll be there Saturday, save me the ribs!", pick=True)
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷", "爷爷父亲节快乐！您种的葡萄今年结果了吗？",
   "结了 结了好几串 就等你回来摘", "happy", "none", RESP, "这周末我就回去摘葡萄。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公", "老公父亲节快乐！孩子给你画了张画。",
   "画的啥 快发我看", "happy", "request", INTI, "好，马上发，画的是你在厨房炒菜。")
it(Z, "父亲节", CASUAL, "岳父", "家人", "爸", "爸，父亲节快乐！您的腿恢复得怎么样了？",
   "还是疼 走路得拄拐 医生说要慢慢养", "sad", "none", RESP, "那您千万别着急，周末我们过去陪您。")
it(Z, "父亲节", TECH, "同事", "同事", "老郭", "父亲节快乐！新手奶爸1.0版本运行还稳定吗？",
   "稳定个啥 我现在睡觉都是按小时算的", "teasing", "none", CAS,
   "熬过这一年就好了，给你寄两盒咖啡。")
it(Z, "父亲节", CASUAL, "儿子", "家人", "儿子", "儿子，今天父亲节，你爸我等你的电话呢。",
   "爸 我在加班 晚上给你打", "busy", "none", INTI, "好，不急，忙完再打。")
it(E, "父亲节", CASUAL, "father-in-law", "家人", "Richard",
   "Father's Day greetings, Richard! I hope you get to put your feet up today.",
   "He offered last year too. Are you two still on for lunch?", "teasing", "yes_no", RESP,
   "Yes, we'll be there at noon and Mark is bringing his mower.",
   thread=["R:Not a chance, the lawn won't mow itself.", "S:Leave some for Mark, he offered."])
it(Z, "父亲节", CASUAL, "舅舅", "家人", "舅舅", "舅舅，父亲节快乐呀。听表弟讲，您现在天天往河边跑钓鱼？",
   "可不是 昨天钓了条三斤的 你有空来家里吃鱼", "happy", "invitation", RESP, "好的舅舅，这周日我过去。")
it(Z, "父亲节", BIZ, "领导", "领导", "郑总", "郑总父亲节快乐！祝您身体健康。",
   "谢谢 下周出差的酒店有没有订好", "cold", "yes_no", RESP, "订好了，离会场走路五分钟。")
it(Z, "父亲节", CASUAL, "弟弟", "家人", "老弟", "老弟，第一个父亲节快乐！",
   "谢谢哥🥹🥹 小家伙今天冲我笑了", "touched", "none", CAS, "他知道谁是亲爹，下周我去看他。")

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Dan", "Happy Thanksgiving, Dan! Grateful for you, man.",
   "it's on. did you ask your sister if she's coming too? need a headcount", "happy", "yes_no", CAS,
   "Yes, she's coming, so put us down for three.",
   thread=["R:right back at you!", "S:Is the turkey plan still on?"])
it(E, "感恩节", CASUAL, "aunt", "家人", "Aunt Carol",
   "Aunt Carol, thank you for hosting us again this Thanksgiving!",
   "Always, sweetheart. Don't forget to bring the cranberry sauce!", "happy", "request", RESP,
   "Of course, it's already packed in the cooler.")
it(Z, "感恩节", CASUAL, "老师", "老师", "吴老师", "吴老师，感恩节快乐。当年要不是您写推荐信，我去不成交换。",
   "是你自己争气 现在在哪个城市", "happy", "where", RESP, "在上海，一家咨询公司做分析。")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈", "妈，感恩节快乐！谢谢您一直支持我的选择。",
   "突然这么正式 是不是有什么事要跟我说", "teasing", "yes_no", INTI, "没有啦，就是突然想谢谢您。")
it(Z, "感恩节", TECH, "同事", "同事", "阿伟", "感恩节快乐！这一年帮我背的锅能装一卡车，你是团队最稳的备份服务器。",
   "知道就好 请吃饭吧", "teasing", "request", CAS, "行，周五请你吃火锅。")
it(Z, "感恩节", BIZ, "客户", "客户", "邓总", "邓总，感恩节快乐。这一年贵司给了我们很多机会，谢谢！",
   "客气 明年的预算我们下月初定 到时候你们准备个方案", "cold", "request", FORM,
   "好的邓总，方案我们月底前准备好。", forbid=NO_OVERTIME)
it(E, "感恩节", CASUAL, "colleague", "同事", "Priya",
   "Happy Thanksgiving, Priya. Hope you get some time with family.",
   "thanks. first one without my dad, so it's a quiet one this year", "sad", "none", CAS,
   "I'm so sorry. I'm free Saturday if you'd like a walk or just some quiet company.")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "大壮", "感恩节快乐！感谢你去年帮我搬家。",
   "🤝🤝", "happy", "none", CAS, "下次你搬家我也随叫随到。")
it(E, "感恩节", BIZ, "boss", "领导", "Mr. Patel",
   "Happy Thanksgiving, Mr. Patel. My first year here has been great, thank you.",
   "Glad to have you. How's the new apartment working out?", "happy", "how_are_you", RESP,
   "I'm settled in now, it's quiet and close to the office.")
it(Z, "感恩节", CASUAL, "哥哥", "家人", "哥", "哥，感恩节快乐！谢谢你这些年照顾爸妈。",
   "应该的 爸最近血压又高了 你有空多打电话", "worried", "request", CAS,
   "好，我每天晚上给爸打一个电话。")
it(Z, "感恩节", CASUAL, "室友", "朋友", "阿鑫", "感恩节快乐！感谢你大学四年借我笔记。",
   "那就下周六 你请 地方我挑", "teasing", "none", CAS, "成交，你挑地方我买单。",
   thread=["R:才想起来感谢我？", "S:一直记着呢，请你吃饭补上。"])
it(Z, "感恩节", CASUAL, "邻居", "其他", "刘奶奶", "刘奶奶感恩节快乐！谢谢您总帮我收快递。",
   "不客气 你上回给的那个苹果真甜 哪买的", "happy", "where", RESP, "在楼下水果店买的，我再给您送一袋。")

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "母亲", "家人", "妈", "妈，生日快乐！蛋糕已经订好了，晚上送到。",
   "又破费 妈都这岁数了 过啥生日", "worried", "none", INTI, "每年都要过，您开开心心的就好。")
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿凡", "生日快乐呀！礼物已经放你包里了。",
   "你说呢 😏", "teasing", "none", INTI, "那就按老规矩，先吃饭再看电影。",
   thread=["R:谢谢宝", "S:今晚想怎么过？全听你的。"])
it(E, "生日", CASUAL, "friend", "朋友", "Tom", "Happy birthday, Tom! 30 looks good on you.",
   "30 feels like 45 honestly. drinks friday? 🍻🍻", "happy", "invitation", CAS,
   "Definitely, Friday at eight, first round's on me.")
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶", "奶奶八十岁生日快乐！今天全家都来给您祝寿。",
   "奶奶看到你们都来了心里高兴得不得了你小时候我还背着你呢", "touched", "none", RESP,
   "奶奶您把我背大了，以后换我陪着您。")
it(Z, "生日", CASUAL, "同事", "同事", "小蒋", "生日快乐！下午茶我请了，放茶水间了。",
   "你怎么知道今天我生日", "happy", "what", CAS, "人事发的生日名单上有你。")
it(Z, "生日", BIZ, "客户", "客户", "蒋总", "蒋总，今天是您生日，祝您岁岁平安，事事顺意！",
   "谢谢 有心", "cold", "none", FORM, "蒋总客气，祝您今天过得愉快。")
it(Z, "生日", TECH, "弟弟", "家人", "老弟", "老弟生日快乐！红包已发送，请查收，系统提示：余额充足。",
   "收到 再多发点呗 今年房租涨了", "teasing", "request", CAS, "行，再转你两百，别乱花。")
it(E, "生日", CASUAL, "son", "家人", "Jake",
   "Happy 18th birthday, Jake! So proud of the young man you've become.",
   "thanks mom 🥹 can you save me a slice for when I'm back from practice?", "touched", "request", INTI,
   "Of course, I'll hide the biggest piece for you.")
it(Z, "生日", BIZ, "领导", "领导", "杨总", "杨总生日快乐！祝您新的一岁一切顺心。",
   "谢谢 晚上大家一起吃个饭 你也来", "happy", "invitation", RESP, "好的杨总，我一定准时到。")
it(Z, "生日", CASUAL, "老婆", "恋人", "老婆", "老婆生日快乐！这一年辛苦你了。",
   "是项链吗 我猜对没", "happy", "yes_no", INTI, "猜对了一半，是项链加一封信。",
   thread=["R:礼物呢", "S:在你枕头底下。"])
it(Z, "生日", CASUAL, "外公", "家人", "外公", "外公生日快乐！今年的长寿面我给您寄了。",
   "收到了 你外婆说 你啥时候带对象回来给我们看看", "happy", "when", RESP,
   "明年开春一定带回去给您二老看。")
it(E, "生日", CASUAL, "doctor", "其他", "Dr. Shaw",
   "Happy birthday, Dr. Shaw! Thank you for everything you did during my recovery.",
   "That's very kind. Are you keeping up with the physio exercises?", "worried", "yes_no", RESP,
   "Yes, every morning, and my knee feels stronger each week.")

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Zoe", "Merry Christmas, Zoe! Did Santa bring you that camera?",
   "he did!!! 📸📸 first photo is my cat in a tiny hat", "happy", "none", CAS,
   "I need to see the cat in the hat immediately.")
it(E, "圣诞节", CASUAL, "colleague", "同事", "Ben", "Merry Christmas, Ben! Office party tonight, you coming?",
   "can't, kid's recital. save me a cookie?", "busy", "request", CAS, "Sure, I'll grab you two.",
   thread=["R:wait is it tonight??", "S:Yes, 7pm at the rooftop bar."])
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "小棠", "圣诞快乐！平安夜那天我们去哪？",
   "你定 我只要有热红酒就行", "happy", "where", INTI, "去老城区那条街，有集市有热红酒。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "小于", "圣诞快乐！给你桌上放了个苹果。",
   "哦 谢", "cold", "none", CAS, "不客气，平安夜吃个苹果图个吉利。")
it(Z, "圣诞节", BIZ, "客户", "客户", "Tony总", "Tony总，圣诞快乐！祝您假期愉快。",
   "Merry Christmas 你们仓库年底还有库存吗", "cold", "yes_no", FORM,
   "有的，库存还够发两批，您放心。", forbid=NO_OVERTIME)
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子", "儿子，圣诞快乐！那边下雪了吗？",
   "知道了 今年我们宿舍几个中国人一起包饺子 你放心", "happy", "none", INTI,
   "好，包好了拍张照片给妈看看。",
   thread=["R:下了 特别大", "S:出门多穿点，别感冒。"])
it(E, "圣诞节", CASUAL, "partner", "恋人", "Noah",
   "Merry Christmas, my love. I hate that we're apart this year.",
   "me too. the tree looks sad without you decorating it wrong", "sad", "none", INTI,
   "I'll fix the star when I'm back in January, I promise.")
it(Z, "圣诞节", CASUAL, "姐姐", "家人", "姐", "姐圣诞快乐！给外甥准备的礼物寄到了吗？",
   "到了 他拆开就不撒手 你从哪买的 他同学也想要", "happy", "where", CAS, "网上买的，我把链接发你。")
it(Z, "圣诞节", BIZ, "领导", "领导", "Linda", "Linda，圣诞快乐！假期好好休息。",
   "放啥假 年终报告还差一半 你那部分明天能不能给我", "busy", "request", RESP, "好的，明天中午之前发给您。",
   thread=["R:谢谢 你也是", "S:您今年放几天假？"])
it(E, "圣诞节", CASUAL, "neighbour", "其他", "Mr. Wilson",
   "Merry Christmas, Mr. Wilson! There's a tin of cookies on your doormat.",
   "Thank you, young lady. Please come by tomorrow and help me hang the wreath, my ladder days are over.",
   "happy", "request", RESP, "Of course, I'll come by tomorrow at ten.")
it(Z, "圣诞节", CASUAL, "母亲", "家人", "妈", "妈，圣诞快乐！咱家虽说不兴过洋节，还是祝您开开心心。",
   "开心开心 你们年轻人的节 我跟着沾光🎄🎄", "happy", "none", INTI, "您开心就好，周末我带蛋糕回去。")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "阿乐", "圣诞快乐！还记得去年平安夜我们在雪里等车吗？",
   "想起来了 冻成狗 今年还约不", "happy", "invitation", CAS, "约！这次早点叫车。",
   thread=["R:啥时候的事", "S:去年平安夜啊，等了一个小时出租车。"])
it(E, "圣诞节", CASUAL, "friend", "朋友", "Ollie",
   "Merry Christmas, Ollie! I've got your present, just tell me when you're free.",
   "free all day! where are you right now, I'll come to you", "happy", "where", CAS,
   "I'm at the Green Bean cafe near the station.")


# ---------------------------------------------------------------- added for spread (how are you, choice, what)
it(Z, "春节", CASUAL, "母亲", "家人", "妈", "妈，过年好！今年年终奖发了，给您转了点。",
   "钱你留着 妈就想知道你一个人在那边过得咋样", "worried", "how_are_you", INTI,
   "过得挺好的，同事都很照顾我，您放心。",
   thread=["R:收到了 你转那么多干啥", "S:过年嘛，您和爸买点好吃的。"])
it(Z, "元宵", TRAD, "奶奶", "家人", "奶奶", "奶奶元宵节快乐！今年没能回去吃您煮的汤圆。",
   "没事 奶奶给你冻着呢 新工作还适应吗", "happy", "how_are_you", RESP,
   "挺适应的，同事都不错，奶奶别惦记。")
it(E, "元旦", CASUAL, "friend", "朋友", "Jonah",
   "Happy New Year, Jonah. Been thinking about you since the layoff news.",
   "thanks man. honestly how are YOU doing, you were on that team too", "worried", "how_are_you", CAS,
   "I'm doing okay, I start interviewing next week and I'm hopeful.")
it(Z, "教师节", CASUAL, "老师", "老师", "郭老师", "郭老师，教师节快乐！去年毕业后一直没顾上给您发消息。",
   "没关系 记得老师就好 工作了吧 累吗", "touched", "how_are_you", RESP,
   "工作了，刚开始有点忙，现在挺适应的。")
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小柚", "七夕快乐！我这边项目终于收尾了。",
   "那你身体撑得住吗 听你声音都哑了", "worried", "how_are_you", INTI,
   "撑得住，睡了一整天，现在好多了。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day, Dad! Sorry I'm not home, it's exam week.",
   "no worries kid. how are you holding up with all the studying?", "happy", "how_are_you", INTI,
   "I'm holding up, tired but the last exam is Friday.",
   thread=["R:thanks son, we miss you at the grill", "S:Save me a burger for next month."])
it(Z, "端午", CASUAL, "同事", "同事", "小曾", "端午安康！楼下超市粽子打折，帮你带点？",
   "好啊 蛋黄肉的还是豆沙的 你觉得哪个好吃", "happy", "choice", CAS,
   "蛋黄肉的，咸香不腻。", must=["蛋黄肉", "豆沙"])
it(Z, "生日", CASUAL, "闺蜜", "朋友", "亲爱的", "亲爱的生日快乐！今晚给你庆生，地方随你挑。",
   "日料或者火锅 你帮我选一个吧 选择困难症犯了", "happy", "choice", CAS,
   "吃日料吧，生日要吃点精致的。", must=["日料", "火锅"])
it(E, "圣诞节", CASUAL, "colleague", "同事", "Aisha",
   "Merry Christmas, Aisha! Gift exchange is on Friday, don't forget.",
   "ahh ok. mug or candle, which one is less boring?", "happy", "choice", CAS,
   "Go with the candle, everyone loves a good candle.", must=["mug", "candle"])
it(Z, "中秋", CASUAL, "父亲", "家人", "爸", "爸，中秋快乐！回家那天我自己打车，您别来接了。",
   "接还是要接的 你坐高铁还是飞机", "happy", "choice", INTI,
   "坐高铁，下午三点到南站。", must=["高铁", "飞机"])
it(Z, "国庆", BIZ, "客户", "客户", "唐总", "唐总国庆快乐！节后的拜访我们想定个时间。",
   "节后第一周周二或者周四 你们挑", "cold", "choice", FORM,
   "那就周四上午，我们十点到贵司。", must=["周二", "周四"], forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "表哥", "家人", "表哥", "表哥冬至快乐！听说你家新添了个小侄女。",
   "对 上周刚出生 七斤二两 你猜起了个啥名", "happy", "what", CAS,
   "我猜叫冬冬，正好赶上这个节气。")
it(Z, "春节", CASUAL, "婆婆", "家人", "妈", "妈，过年好！今年我们初三才能回去。",
   "怎么这么晚 出什么事了", "worried", "what", RESP,
   "没出事，单位初二安排了值班，小军身体也挺好。")
it(E, "感恩节", CASUAL, "girlfriend", "恋人", "Emma",
   "Happy Thanksgiving, babe. Wish I was at your parents' table today.",
   "me too. mom keeps asking what you're grateful for this year, she wants to read it out 🥲",
   "touched", "what", INTI,
   "Tell her I'm grateful for her pecan pie and for her daughter, in that order.")
it(Z, "元旦", BIZ, "领导", "领导", "钱总", "钱总元旦快乐！去年您对我们组的支持，大家都记着。",
   "新年好 听说你爱人住院了 家里都还好吧", "worried", "how_are_you", RESP,
   "已经出院了，恢复得不错，谢谢钱总关心。")
it(Z, "国庆", CASUAL, "朋友", "朋友", "小满", "国庆快乐！假期终于能歇歇了吧？",
   "歇啥呀 刚分手 在家躺着 你最近咋样", "sad", "how_are_you", CAS,
   "我还行，老样子，要不我过去陪你吃顿饭？")


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
        iid = f"fb11-{n:03d}"
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
    from followup_blind11_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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


NOTE = """# Follow-up blind set 11 (`followup_blind11_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind11_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind11_check.py` (validator, `--selftest`), `followup_blind11_2026-12.json` (the set),
  `followup_blind11_2026-12.md` (this note), all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb11-001` … `fb11-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read (in full).
`README.md` was not opened. The tenth set's note (`tests/data/followup_blind10_2026-12.md`) was read in full for its
format, labelling rules, judgement calls, checks and notes on the judge, which this set follows unchanged; the
third to ninth sets' notes were not opened. The tenth set's check script was read in full (copied and adapted); of
its build script only the header, the `it(...)` helper, the per-holiday word tables (copied unchanged), the
assembling code and the note code were read (located by a listing of its top-level names and section headings);
its item section was not opened and no item text of it was studied or reused. The checker reads the eight earlier
notes and the fourth to tenth sets' build scripts as plain text, only to refuse copied runs. Git was not run and
the bot was never run.

{written}

Fields follow `tests/followup_judge.py` and the tenth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (mothers-in-law and
  fathers-in-law addressed as 妈 and 爸, an English mother-in-law and father-in-law), an uncle and an aunt by
  marriage (舅舅, 舅妈) and an English aunt, teachers (head teachers, a thesis advisor, a calligraphy teacher, a
  driving instructor, coaches, a professor, English school teachers), bosses and elders or service people outside
  the family (neighbours, a landlady, an English doctor); `formal` for clients; `intimate` for partners, parents
  and one's own children; `casual` for friends and roommates, siblings, cousins, a brother-in-law, a nephew and
  colleagues.
- **forbidden:** per item traps (加班 / "overtime" to clients; 七夕快乐 as a second wish to a friend who just broke
  up) plus the automatic ones of the earlier sets: when the recipient asked something, 爸妈 and 你呢？ to a parent,
  你呢？ to anyone addressed with 您, "and you?" to English respectful/formal recipients; 哈哈 (zh) / haha, lol
  (en) when the mood is sad or worried; 清明快乐, 节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to tenth sets' definitions and borderline rules unchanged, as restated in
the tenth set's note (mood is what the latest reply conveys toward the sender, read with the greeting
and thread; two questions in one reply: a request or invitation first, then a concrete question before a phatic
or rhetorical one, else the one the reply ends on; confirming a plan is `yes_no`, a new proposal or the
recipient's own event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do
something; offers are `yes_no`; handing a place decision to the sender and "guess where" are `where`; an
either-or naming both alternatives is `choice`; did-you-do-it questions are `yes_no`, how the sender or someone
of theirs feels or copes is `how_are_you`, how a task goes, amounts, who-questions and reasons are `what`; a
rhetorical jab is `none`; claiming something owed and asking the sender to come and help are `request`;
laughter alone is `happy`, `teasing` needs a jab or a joke at someone's expense; being occupied is `busy` even
in jest; an elder kindly declining or reproaching out of concern, fretting over one's own small problem and a
money reproach are `worried`; one's own illness or a relative in hospital is `sad`; a flat reply to a repeated
letdown or a businesslike thanks followed by a task is `cold`; being moved comes first in the mood even when a
question follows).

{calls}

## Checks

`python3 followup_blind11_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the tenth set's 54 — with the set cut to 150 items — plus a tenth-set example phrase, a
tenth-set whole short reply, 30 characters and 12 Han characters copied from the tenth set's note (runs the texts
the tenth checker read do not hold, so the new texts are proven read)) and requires the validator to fail on each
with the error it targets; `followup_blind11_check.py -` reads a file from stdin. It checks what the tenth set's
validator checks, with at least 180 items (fields, types, canonical values equal to the judge's own tuples, ids
`fb11-NNN` consecutive, no repeated reply or greeting, no Chinese in English items, threads of 1–4 turns,
`must_mention_any` exactly for `choice` with options found in the reply, other-holiday words disjoint and absent
from the item's own text, register consistent with the category, no example wording of the eight earlier notes,
the judge's docstrings or the README, none of the earlier sets' whole short replies and stickers, the automatic
forbidden traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5 short
cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under 40%,
≥30 English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30 threads
of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind over 20%,
the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference shares a run
of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind10_2026-12.md` or `followup_blind4_build.py` … `followup_blind10_build.py` (NFKC, lower-cased).
Then it loads `/work/main/tests/followup_judge.py`, checks that `mood_right` and `question_right` accept each
item's labels (and reject a wrong mood), runs `passes` on each item with the hand-written reference follow-up
from the build script and requires all four verdicts to be True, and requires each `forbidden` and
`other_holiday_words` entry to make the judge fail a suggestion that contains it.

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

WRITTEN = """Every greeting, earlier turn and reply was newly typed by hand, item by item, as the people around a user
really answer a holiday greeting in chat: parents, grandparents on both sides, parents-in-law (two English), an
uncle (舅舅), an aunt by marriage (舅妈) and an English aunt, a nephew, siblings, cousins and a brother-in-law
(姐夫), sons and daughters, partners and spouses, friends and roommates, colleagues, bosses, clients, teachers (a
head teacher, a thesis advisor, a calligraphy teacher, a driving instructor, a fitness coach, a team coach, a
retired teacher after surgery, English school teachers, a professor), neighbours (two English), a landlady and an
English doctor. Situations and props of this set: a cat invited to New Year's dinner, an eight-yuan-sixty
red-envelope haul, earphones bought with lucky money, a knee brace, a riddle a child solved in five seconds,
homemade tangyuan that burst in the pot, a neighbour's fermented rice wine, a herbal sachet that makes a car smell
of medicine, a model aeroplane, the meeting point for a boat race, a camping lake, a husband on a building site
at Mid-Autumn, a balcony window banging in the wind, a first girlfriend brought home for National Day, a
resolutions completion rate, chili sauce for an exam-week sister, a radiator that stays cold, a hundred roses and
the mortgage, a florist's pricked hands, a grandfather's grapes, a fishing chair, a new father counting sleep in
hours, a foot bath, cranberry sauce, physio exercises, a wreath and a ladder, mulled wine at a Christmas market,
a cat in a tiny hat and a mug-or-candle gift exchange. The mix: plain ordinary replies, short cold answers (没空,
随你, 知道啦, 哦 谢, a single 🙂), emoji-only replies and emoji-heavy ones, voice-input run-ons without
punctuation, space-separated chat, a chat sticker code, replies that pick up a detail or a joke of the greeting,
and English exchanges with English greetings. The wording avoids the earlier sets: the checker refuses the
example phrases of the eight earlier notes, of the judge's docstrings and of the README (the earlier checkers'
list, kept and extended with the tenth note's examples and props), the earlier sets' whole short replies and
stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run of more than 11 Han
characters or more than 27 characters with the eight notes or with the fourth to tenth sets' build scripts."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **能不能 / 吗 forms.** A boss's 你那部分明天能不能给我 asks the sender to do something and is `request`; a
   retired teacher's 能不能带上我 (her own act, permission) is `yes_no`; clients' 节后第一天有人上班吗, 还有库存吗 and
   国庆值班吗 ask about facts and are `yes_no`, while a client's 你们下午有空开个会吗 (a new proposal) is `invitation`.
2. **Who-questions, amounts and reasons are `what`:** "who picked the dark ones?", 花了多少钱啊, 你怎么知道今天我生日,
   出什么事了 (why so late), 你猜起了个啥名, and a colleague's "you?" after her own holiday plans. 哪个湖 快说 and a
   girlfriend's 你定 after "where do we go" are `where`.
3. **Either-or naming both is `choice`,** also for transport and weekdays (高铁还是飞机, 周二或者周四) and for a
   friend who hands the pick back while naming both (日料或者火锅 你帮我选一个吧).
4. **Plans.** A partner's counter-proposal 明天吧 and a client's meeting proposal are `invitation`, as are an
   elder's 惦记就回来, a father's 周末带你去水库试试 and a neighbour's 没吃来我家拿两个; 七点行吗 (moving an agreed
   time) and "it's just us two, right?" confirm a plan and are `yes_no`; 你头天晚上过来住 and 过来给学弟们讲两句 ask
   the sender to come and do something and are `request`; 那就下周六 你请 地方我挑 settles terms without asking and
   is `none` (`teasing`).
5. **Moods.** 👍👍 to a homemade mooncake, a client's 🙂, a wife's 随你 after another missed 七夕 and a mother's 嗯
   知道你忙 are `cold`; 🏮🏮😍, ❤️❤️😘, 🤝🤝 and 🙌🙌🔥 are `happy`; laughing at oneself (an 8.6-yuan haul, a child
   faster at riddles, tangyuan that burst) is `happy`, while a jab at the sender or someone else (读后感也写了？,
   来了六次, 他全程聊股票, a new father's sleep counted in hours) is `teasing`; elders' money reproaches (护膝, 快递费,
   月饼礼盒, 蛋糕, 足浴盆) are `worried`; a friend just broken up, a daughter with a fever, a father-in-law on
   crutches, a teacher after surgery and partners missing the sender are `sad`.
6. **Businesslike replies are `cold`.** Clients and bosses who return the wish (or a bare 谢谢 / 客气 / 收到) and go
   straight to a task or a business question (王总, 陈总, 周总, 郑总, 赵总, 林总, 孙总, 吴经理, 刘总, 黄总, 王姐, 邓总,
   Tony总, 唐总) are `cold`; a client who invites the sender to visit the factory or proposes a visit (李经理, 马总)
   and a boss who asks the sender to dinner (杨总) are `happy`."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were
avoided, not the items changed. One reference failed the first run: in `what` (Chinese), the sentence-final
particle 呢 counts as a question word, so 小军身体也好着呢 made the whole declarative answer read as a question (the
answer now says 也挺好). Other wordings were chosen up front: in `yes_no` (Chinese), 回 is not a yes/no opener and
the predicate of 回家吃饭吗 is 饭, so the answer starts 要回的; 算惊喜不 is answered 当然算; in `request` (English),
"I won't forget" carries no agreement word, so the answer starts "Of course"; in `how_are_you` (English), "holding
up" is a set phrase the judge accepts. Before the set was frozen, thirty-two greetings, two replies and two
references were reworded for this set's own copy rule, not for the judge (and, separately, four replies were
reworded and four mood labels set to `cold` so that the items follow judgement calls 1 and 6 above): stock openings ("Happy Mother's Day,
Mom! …", "Happy Teachers' Day, Professor …", "Happy Thanksgiving, Aunt …", "… wishing you and your team a …",
妈，母亲节快乐！这些年辛苦您…, …感恩节快乐！感谢贵司这一年…, …生日快乐！祝您身体健康，万…) and two stock reference
phrasings ("Count me in, I'll bring the …", "… weekend if you want company") ran past 27 characters or 11 Han
characters in common with an earlier set's text."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
