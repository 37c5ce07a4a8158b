#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind5_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this fifth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind5_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third and fourth sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and you?"
to English respectful/formal recipients.

Run: ``python3 followup_blind5_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind5_2026-12.json"
MD_NAME = "followup_blind5_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the third and fourth sets' notes were read for their format, labelling "
    "rules and judgement calls, and the fourth set's build and check scripts only for their file structure, "
    "holiday word tables and validator logic. Each greeting, thread and reply of this fifth set was newly "
    "composed one by one as people write in chat (ordinary replies, many requests, invitations and yes/no "
    "questions in varied forms, teasing jabs, worried, sad, cold, touched and busy replies, short cold answers, "
    "voice-input run-ons, emoji and stickers, typos, replies that pick up a detail or joke of the greeting, "
    "English exchanges, multi-round threads), avoiding the wording of the earlier sets, of the examples in their "
    "notes, of the judge's docstrings and of the README. Mood and question were labelled as a careful human "
    "reader would, following the third and fourth sets' rules unchanged; where a reply asks two things the main "
    "question follows the same fixed order. Expectations (answer_kind = question, register, forbidden traps, "
    "holiday words, must_mention_any for offered options) use the vocabularies of tests/followup_judge.py; a "
    "hand-written reference follow-up per item, kept only in the build script, passes all four judge checks."
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
it(Z, "春节", TRAD, "外婆", "家人", "外婆",
   "外婆，羊年大吉！今年我和小周腊月二十九一起回来，给您带了条新电热毯，那条旧的就别用了。",
   "好好好 腊月二十九几点到啊 我让你舅去车站接",
   "happy", "when", RESP, "外婆，我们坐下午三点到的那趟车，不用麻烦舅舅，我们打车回去就行。")
it(Z, "春节", CASUAL, "表弟", "家人", "阿杰",
   "阿杰新年快乐🧨 今年压岁钱是不是该你给我发了，毕竟你都上班了。",
   "哥你想得美 我实习工资才三千 红包照收 你记得多准备两个",
   "teasing", "request", CAS, "行行行，两个就两个，初二来我家当面发给你。", pick=True)
it(Z, "春节", BIZ, "客户", "客户", "刘总",
   "刘总，新春快乐！感谢这一年对我们物流方案的信任，羊年继续为贵司的每一单保驾护航。",
   "同贺。年后第一周的发货计划麻烦尽快发我一份",
   "cold", "request", FORM, "好的刘总，初八上班第一天就把发货计划发到您邮箱。", forbid=NO_OVERTIME)
it(E, "春节", CASUAL, "friend", "朋友", "Mei",
   "Happy Lunar New Year, Mei! Year of the Goat, so I expect you to be extra stubborn this year 🐐",
   "rude. accurate but rude. are you coming to the dumpling thing at Tina's on the 7th??",
   "teasing", "yes_no", CAS, "Yes, I'll be there with my stubborn self and a bag of frozen dumplings as backup.",
   pick=True)
it(Z, "春节", CASUAL, "发小", "朋友", "胖虎",
   "胖虎，过年好！今年年夜饭我家又是我掌勺，红烧肉还是那个味。",
   "[呲牙]你那红烧肉齁咸 初三来我家打麻将啊 三缺一",
   "teasing", "invitation", CAS, "初三必须到，这回我带一锅不咸的红烧肉来赔罪。", pick=True)
it(Z, "春节", TRAD, "婆婆", "家人", "妈",
   "妈，新年好！今年我们带着乐乐初一一早就过去拜年，您不用准备太多菜。",
   "不多做点怎么行 乐乐爱吃的炸丸子我已经炸了两盆了 你们路上开慢点 到了说一声",
   "happy", "request", RESP, "好的妈，一定慢慢开，到了给您打电话，乐乐听说有炸丸子已经在家蹦起来了。", sender="小敏")
it(Z, "春节", TECH, "同事", "同事", "小吴",
   "小吴新年快乐！年前那个版本总算上线了，祝羊年需求少、bug 更少～",
   "托你吉言 但我初五就得回去值班 唉 你几号回",
   "busy", "when", CAS, "我初七回，到时候给你带点老家的腊肠，值班辛苦了。")
it(Z, "春节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，给您拜年啦！祝您羊年身体硬朗，象棋还能天天赢楼下的李爷爷。",
   "好孙子 爷爷看到消息眼睛都湿了 今年回来过年不",
   "touched", "yes_no", RESP, "肯定回，爷爷，腊月二十八就到家，陪您杀两盘。")
it(Z, "春节", CASUAL, "女朋友", "恋人", "宝",
   "宝，新年快乐！第一次去你家过年，我已经把你家亲戚的称呼背了一百遍。",
   "笑死 一百遍 你是要去面试吗 记得带两瓶汾酒 我爸就好这口",
   "teasing", "request", INTI, "汾酒已经买好了，还顺手给你买了一包麻花。", pick=True)
it(Z, "春节", BIZ, "领导", "领导", "陈总",
   "陈总，新春快乐！感谢这一年在项目上的指导，祝您羊年万事顺遂。",
   "新年好。节后第一天上午九点开复盘会 你把去年的数据整理一下",
   "cold", "request", RESP, "好的陈总，数据初七前整理好发给您。")
it(Z, "春节", CASUAL, "室友", "朋友", "大刘",
   "大刘，过年好！你那只橘猫过年是不是又胖了三斤？",
   "胖了五斤 现在跳不上沙发了😂😂",
   "happy", "none", CAS, "五斤也太离谱了，年后带它来我这跑跑酷。", pick=True)
it(Z, "春节", TRAD, "房东", "其他", "王阿姨",
   "王阿姨，新年快乐！感谢这一年对我们的照顾，祝您和叔叔身体健康。",
   "新年好 小伙子 房租年后涨两百 跟你说一声",
   "cold", "none", RESP, "好的王阿姨，知道了，祝您和叔叔过个好年。")
it(Z, "春节", CASUAL, "弟弟", "家人", "小宇",
   "小宇新年快乐！听说你寒假报了驾校，过年别光顾着打游戏。",
   "🧧🥺🥺",
   "happy", "request", CAS, "红包给你留着，驾照考过了再翻倍发。")
it(Z, "春节", CASUAL, "闺蜜", "朋友", "圆圆",
   "圆圆新年快乐！今年你回老家吗？",
   "好啊 但你选的那家上次排了两小时 换一家 你挑个不用排队的",
   "teasing", "where", CAS, "那就去春熙路那家小火锅，能订位，不用排。",
   thread=["R:回 初二就回来 在家待不住", "S:那初三约个火锅？"], pick=True)
it(Z, "春节", TRAD, "父亲", "家人", "爸",
   "爸，新年快乐！今年我们除夕中午到家。",
   "到了高速服务区给我发个位置",
   "worried", "request", INTI, "好的爸，到服务区就给你发定位。",
   thread=["R:好 路上注意安全", "S:放心，车刚保养过。"])
it(E, "春节", CASUAL, "colleague", "同事", "Dan",
   "Happy Lunar New Year, Dan! The office is all yours until the 12th, try not to break the printer.",
   "bring the peanut ones not the coconut ones 🥜",
   "happy", "request", CAS, "Peanut ones it is, I'll grab a big box.",
   thread=["R:no promises. enjoy the red envelopes", "S:Will do, I'll bring you some sweets from home."])

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "母亲", "家人", "妈",
   "妈，元宵快乐！今年汤圆我买了黑芝麻和花生两种，周末给你送过去。",
   "送啥送 冰箱里还有一大袋 你自己留着吃吧 别乱花钱",
   "worried", "request", INTI, "行，那我留着，周末就空手回去看看你。")
it(Z, "元宵", TRAD, "导师", "老师", "张老师",
   "张老师，元宵节快乐！祝您和师母阖家团圆，灯火可亲。",
   "谢谢 你那个开题报告我看了 第三章还得再改改 下周一来办公室找我",
   "cold", "request", RESP, "好的张老师，第三章我这几天就改，下周一上午到办公室找您。")
it(Z, "元宵", CASUAL, "男朋友", "恋人", "笨蛋",
   "元宵快乐呀笨蛋🏮 今晚灯会人肯定超多，你记得穿厚点。",
   "你才笨蛋 我在公司还没下班 灯会估计赶不上了😭😭",
   "busy", "none", INTI, "没事，灯会开到下周，周六我们再去，今晚你先忙。")
it(E, "元宵", TRAD, "grandmother", "家人", "Grandma",
   "Happy Lantern Festival, Grandma! I finally learned to make tangyuan from your recipe.",
   "Oh sweetheart!! You made my whole week. Did they fall apart? Mine did the first ten times",
   "touched", "yes_no", RESP, "A few did, Grandma, but the second batch held together perfectly.", pick=True)
it(Z, "元宵", CASUAL, "高中同学", "朋友", "阿鹏",
   "阿鹏元宵快乐！还记得高三那年我们偷偷溜出去看花灯，被班主任逮个正着吗？",
   "记得 检讨书还是你帮我写的 今年同学会你去不去",
   "happy", "yes_no", CAS, "去，这回检讨书我可不代写了。", pick=True)
it(Z, "元宵", BIZ, "客户", "客户", "赵经理",
   "赵经理，元宵节快乐！祝贵司新的一年订单饱满，合作顺利。",
   "元宵快乐 你们那批样品什么时候能到",
   "happy", "when", FORM, "赵经理，样品周四已经发出，预计下周一送到贵司。", forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "姐姐", "家人", "姐",
   "姐，元宵快乐！妞妞的花灯做好没，要不要我视频远程指导？",
   "指导个啥 你小时候做的兔子灯烧了半边🙄",
   "teasing", "none", CAS, "那是意外！今年我吸取教训了，视频里保证不碰蜡烛。", pick=True)
it(Z, "元宵", TRAD, "公公", "家人", "爸",
   "爸，元宵节快乐！祝您身体安康，今天的汤圆少吃两个，控控糖。",
   "晓得 你妈买的是无糖的",
   "cold", "none", RESP, "那就放心了，爸，无糖的也别一次吃太多。", sender="丽丽", pick=True)
it(Z, "元宵", CASUAL, "闺蜜", "朋友", "小鹿",
   "小鹿元宵快乐🏮今晚猜灯谜，你可别又第一个举手答错了。",
   "哼 今年我提前背了题库 你输了请我喝奶茶",
   "teasing", "request", CAS, "行，谁输谁请，你可别背错题库。", pick=True)
it(Z, "元宵", TECH, "同事", "同事", "老K",
   "老K元宵快乐！祝你的模型像汤圆一样圆润收敛，loss 一路滑到底。",
   "收敛个鬼 昨晚又NaN了 我在机房守着呢",
   "busy", "none", CAS, "辛苦了，守完这一轮明天请你吃碗热汤圆回回血。", pick=True)
it(Z, "元宵", TRAD, "外公", "家人", "外公",
   "外公，元宵节快乐！您腿脚不方便，今年灯会就在家看直播吧。",
   "看啥直播 我自己能走 你舅说他开车带我去",
   "teasing", "none", RESP, "那您让舅舅慢点开，外面人多，注意脚下。")
it(E, "元宵", CASUAL, "boyfriend", "恋人", "Ben",
   "Happy Lantern Festival, Ben! Want to go see the lanterns by the river tonight?",
   "can't tonight, stuck at the lab till 11 😩 tomorrow?",
   "busy", "yes_no", INTI, "Sure, tomorrow works, I'll meet you at the bridge at 7.")
it(Z, "元宵", CASUAL, "理发师", "其他", "Tony",
   "Tony，元宵快乐！上次剪的发型同事都说好看。",
   "那必须的 啥时候来补个色 周六下午还是周日上午",
   "happy", "choice", CAS, "周六下午吧，三点左右过去。", must=["周六下午", "周日上午"])
it(Z, "元宵", CASUAL, "哥哥", "家人", "哥",
   "哥，元宵快乐！嫂子包的汤圆啥馅的？",
   "少见多怪 给你留了二十个 明天上班顺路来拿",
   "teasing", "request", CAS, "好嘞，明天一早就去拿，替我谢谢嫂子。",
   thread=["R:荠菜肉的 咸的", "S:咸汤圆？！你们南方人真会玩。"], pick=True)
it(Z, "元宵", BIZ, "领导", "领导", "周处长",
   "周处长，元宵节快乐！祝您阖家幸福。",
   "好 收到后我看 有问题电话联系",
   "cold", "none", RESP, "好的周处长，随时等您电话。",
   thread=["R:谢谢 节后那份调研材料进度如何", "S:已经完成初稿，今天下午发您审阅。"])
it(E, "元宵", CASUAL, "friend", "朋友", "Marco",
   "Happy Lantern Festival, Marco! How did your team do at the pub quiz lantern special?",
   "don't laugh. next year you're coming and carrying the team",
   "teasing", "invitation", CAS, "Deal, count me in next year, I'll study riddles all winter.",
   thread=["R:we got 3 out of 40. three. lmao", "S:3?! That's tragic. Which ones did you get?"])

# ---------------------------------------------------------------- 清明
it(Z, "清明", TRAD, "母亲", "家人", "妈",
   "妈，清明我请不下假，外公那边麻烦你和舅舅替我多磕个头。",
   "知道 你外公最疼你了 心意到了就行 在外面照顾好自己",
   "sad", "request", INTI, "放心吧妈，我会照顾好自己，下个月休假就回去给外公上香。")
it(Z, "清明", CASUAL, "表姐", "家人", "表姐",
   "表姐，清明回老家扫墓吗？今年我想跟你们一起去看看姥姥。",
   "回 4号一早出发 你来我家集合 七点前到 别迟到",
   "happy", "request", CAS, "好，六点半就到你家楼下，不会迟到的。")
it(Z, "清明", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，清明下雨，您去给爷爷扫墓时记得带伞，路滑慢点走。",
   "好 奶奶知道 你爷爷要是看见你这么大了该多高兴",
   "sad", "none", RESP, "奶奶，我也想爷爷了，等五一回去陪您再去看看他。")
it(Z, "清明", CASUAL, "同事", "同事", "晓婷",
   "晓婷，清明假期好好休息，这阵子项目压得大家都喘不过气。",
   "我爸走了才一年 这次回去给他上坟 心里不太好受",
   "sad", "none", CAS, "抱抱你，路上慢点，回来想聊随时找我。")
it(E, "清明", CASUAL, "friend", "朋友", "Sam",
   "Sam, sending you a hug this Qingming. Your grandpa was such a kind man.",
   "thank you for remembering. it's been a weird day honestly",
   "sad", "none", CAS, "Of course. I'm around tonight if you want to talk or just sit on the phone.")
it(Z, "清明", BIZ, "客户", "客户", "孙总",
   "孙总，清明假期出行平安，祝您和家人一切顺利。",
   "谢谢 假期后第二天的会改到下午两点",
   "cold", "none", FORM, "好的孙总，已记下，下午两点准时到贵司。", forbid=NO_OVERTIME)
it(Z, "清明", CASUAL, "老公", "恋人", "老公",
   "老公，清明我陪你回去看看爸吧，你一个人去我不放心。",
   "不用 你感冒还没好 山上风大 在家等我",
   "worried", "request", INTI, "好，我在家乖乖吃药，你到了山上给我发个消息。")
it(Z, "清明", TRAD, "舅舅", "家人", "舅舅",
   "舅舅，清明回老家辛苦您张罗了，祭扫的费用我转您一半。",
   "转什么转 一家人 你有这份心舅舅就很高兴了 把你妈照顾好就行",
   "touched", "request", RESP, "好的舅舅，我一定照顾好我妈，您也保重身体。")
it(Z, "清明", CASUAL, "朋友", "朋友", "阿凯",
   "阿凯，清明假期有安排没？要不要一起去郊区踏青？",
   "去不了 加班到死 周末也得在公司",
   "busy", "none", CAS, "那你先忙，等你这波项目上线了我们再约。")
it(Z, "清明", TRAD, "老师", "老师", "李老师",
   "李老师，清明时节雨纷纷，您出门扫墓注意保暖，别着凉。",
   "谢谢挂念 今年腰伤犯了 回不去了 只能在家对着照片鞠个躬",
   "sad", "none", RESP, "李老师，您好好养腰，等您好些了我陪您回去一趟。")
it(Z, "清明", CASUAL, "女儿", "家人", "囡囡",
   "囡囡，清明放假回不回家？你爷爷的坟今年要重新修一下。",
   "回的周六上午十点的车到时候让爸来车站接我一下",
   "happy", "request", INTI, "好，让你爸十点前就在出站口等你。", sender="妈妈")
it(Z, "清明", CASUAL, "邻居", "其他", "陈姐",
   "陈姐，清明我回老家三天，麻烦帮我看着点门口的快递哈。",
   "没问题 你家阳台那盆绣球要不要我帮你浇一下",
   "happy", "yes_no", CAS, "要要要，太感谢了，浇一次就够，回来请你喝奶茶。")
it(E, "清明", BIZ, "boss", "领导", "Mr. Lin",
   "Mr. Lin, I hope the trip home to Fujian for Qingming goes smoothly.",
   "Thank you. Please have the Q2 budget on my desk by Tuesday.",
   "cold", "request", RESP, "Of course, Mr. Lin, it will be on your desk Monday afternoon.")
it(Z, "清明", CASUAL, "弟弟", "家人", "阿斌",
   "阿斌，清明你回去给妈上坟吗？",
   "好 我拍个视频给你 妈要是知道你在国外过得好 也就放心了",
   "sad", "none", CAS, "嗯，谢谢你替我跑这一趟，视频我会好好看的。",
   thread=["R:回 我请了两天假", "S:我在国外回不去，替我多烧点纸。"])
it(Z, "清明", TRAD, "岳父", "家人", "爸",
   "爸，清明我和小雪开车回去，顺便把您的降压药带上。",
   "山上那段路在修 你们走县道绕一下 别走老路",
   "worried", "request", RESP, "好的爸，我们就走县道，到了给您打电话。",
   thread=["R:好 路上慢点", "S:知道了爸，大概中午到。"])
it(E, "清明", CASUAL, "sister", "家人", "Amy",
   "Hey Amy, are you going to visit Grandma's grave this Qingming?",
   "of course. want me to FaceTime you from there? she'd like that",
   "sad", "yes_no", CAS, "Yes please, call me when you get there, I'll be up early.",
   thread=["R:yes, Saturday morning with mom",
           "S:I wish I could come. Can you bring her some white chrysanthemums from me?"])

# ---------------------------------------------------------------- 端午
it(Z, "端午", TRAD, "母亲", "家人", "妈",
   "妈，端午安康！今年的粽子我想吃您包的碱水粽，蘸白糖那种。",
   "包了三十个 顺丰寄过去了 明天到 到了先冻上 你胃不好 别一次吃太多",
   "happy", "request", INTI, "好嘞妈，收到就冻上，一天最多吃两个。", pick=True)
it(Z, "端午", CASUAL, "朋友", "朋友", "小潘",
   "小潘，端午安康！听说你们村今年又组了龙舟队，还是你当主力？",
   "主力算不上 我今年敲鼓 你来不来看 包吃包注",
   "happy", "invitation", CAS, "来！初五一早就到，给你们喊加油。", pick=True)
it(Z, "端午", BIZ, "客户", "客户", "郑总",
   "郑总，端午安康！给您寄了一盒嘉兴粽子，聊表心意。",
   "收到了 太客气了 下次来杭州提前说 请你喝茶",
   "happy", "invitation", FORM, "一定，郑总，下月到杭州一定提前跟您约。", forbid=NO_OVERTIME)
it(Z, "端午", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝端午快乐～咸蛋黄肉粽给你留了两个，不许说胖。",
   "我已经胖了三斤了 你是故意的吧😤",
   "teasing", "none", INTI, "就是故意的，胖了我也喜欢，明天陪你去跑步。", pick=True)
it(Z, "端午", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，端午安康！您种的艾草今年长得好不好？",
   "好得很 插满了一门 你回来带点走",
   "happy", "request", RESP, "好的爷爷，周末回去就拿一把，挂在我们家门口。")
it(E, "端午", CASUAL, "friend", "朋友", "Kev",
   "Happy Duanwu, Kev! Did your team survive the race?",
   "we came 7th out of 8. the 8th boat sank 😂",
   "happy", "none", CAS, "7th with a floating boat is a win in my book.")
it(Z, "端午", TECH, "同事", "同事", "阿梅",
   "阿梅端午快乐！下周的周报我来写，你安心过节，祝你假期零告警。",
   "天哪 你是天使吧 那顺便把会议纪要也写了呗😇",
   "teasing", "request", CAS, "行，纪要也包了，你可别得寸进尺。", pick=True)
it(Z, "端午", TRAD, "岳母", "家人", "妈",
   "妈，端午安康！周末我和晓晓回去看您，给您带了两斤新鲜荔枝。",
   "荔枝上火 少买点 你们人回来就好 几点到",
   "happy", "when", RESP, "好的妈，我们周六上午十点左右到。")
it(Z, "端午", CASUAL, "发小", "朋友", "铁柱",
   "铁柱端午快乐！还记得小时候抢粽子你把我推下河吗？",
   "那是你自己滑下去的 别栽赃 我还下去捞你了呢",
   "teasing", "none", CAS, "行行行，救命之恩，回头请你吃顿好的。", pick=True)
it(Z, "端午", TRAD, "导师", "老师", "王教授",
   "王教授，端午安康！祝您身体健康，科研顺利。",
   "谢谢。你申请的那个博士项目结果出来了吗",
   "cold", "yes_no", RESP, "还没出来，王教授，预计月底公布，有消息第一时间告诉您。")
it(Z, "端午", CASUAL, "妹妹", "家人", "妹",
   "老妹端午快乐！你上次说想要的那个香囊，我给你买了个手绣的。",
   "啊啊啊爱你 是红色那款还是蓝色那款",
   "happy", "choice", CAS, "蓝色那款，上面还绣了一只小兔子。", must=["红色", "蓝色"])
it(Z, "端午", CASUAL, "健身教练", "其他", "强哥",
   "强哥端午快乐！这几天粽子吃多了，回来你可别罚我做波比跳。",
   "罚 一个粽子十个波比 吃了几个自己报",
   "teasing", "what", CAS, "我吃了五个，认罚，周四晚上去练。", pick=True)
it(E, "端午", BIZ, "client", "客户", "Ms. Grant",
   "Wishing you a good Duanwu holiday, Ms. Grant. Our office closes on the 19th and reopens on the 22nd.",
   "Noted, thank you. Will the shipment still leave on the 20th?",
   "cold", "yes_no", FORM, "Yes, Ms. Grant, the shipment is confirmed for the 20th as planned.")
it(Z, "端午", CASUAL, "同事", "同事", "小蔡",
   "小蔡端午快乐！我回湖南老家了，节后见～",
   "节后见 回来给我带点你们那的酱板鸭 要辣的",
   "happy", "request", CAS, "没问题，给你带两包特辣的。")
it(Z, "端午", CASUAL, "室友", "朋友", "老四",
   "老四，端午快乐，今年回家吗？",
   "寄 要肉的 别寄豆沙的 上次那盒我分给隔壁了",
   "happy", "request", CAS, "好，肉粽十个，明天就寄出去。",
   thread=["R:不回 留校写毕设", "S:那我给你寄点粽子？"])
it(Z, "端午", BIZ, "领导", "领导", "钱总",
   "钱总，端午安康！",
   "看了 第四页的数据不对 假期结束前改好",
   "cold", "request", RESP, "好的钱总，我今晚就改好重新发您。",
   thread=["R:安康。方案改完了吗", "S:改完了钱总，刚发您邮箱。"])
it(E, "端午", CASUAL, "father", "家人", "Dad",
   "Happy Duanwu, Dad! Did the zongzi I ordered arrive?",
   "too late, she's eyeing the last one now. when are you flying back?",
   "happy", "when", INTI, "Next Friday, landing around 6pm, so hide one for me.",
   thread=["R:Yes they came today. Your mom ate 3 already", "S:That's the spirit. Save one for yourself!"])

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", TRAD, "母亲", "家人", "妈",
   "妈，中秋快乐！给家里订的那盒蛋黄莲蓉明天到，记得下楼取一下。",
   "收到了 你那边月亮圆不圆 妈想你了",
   "sad", "yes_no", INTI, "圆，我正站在阳台上看，妈我也想你，国庆一定回。")
it(Z, "中秋", CASUAL, "朋友", "朋友", "大白",
   "大白中秋快乐！今年月饼我跟风买了流心奶黄的，一口下去全是沙。",
   "流心还能吃出沙？你买的盗版吧😂",
   "teasing", "none", CAS, "盗版不至于，可能是我放冷冻层冻太久了。", pick=True)
it(Z, "中秋", BIZ, "领导", "领导", "黄总",
   "黄总，中秋快乐！祝您和家人团圆美满，花好月圆。",
   "同祝。",
   "cold", "none", RESP, "谢谢黄总，节后见。")
it(Z, "中秋", CASUAL, "老婆", "恋人", "老婆",
   "老婆中秋快乐🌕 出差第五天了，今晚视频一起赏月？",
   "好呀 九点以后 我先把两个小的哄睡",
   "busy", "none", INTI, "好，九点半我准时打过来，你先忙。")
it(E, "中秋", CASUAL, "colleague", "同事", "Jess",
   "Happy Mid-Autumn, Jess! I left a box of mooncakes on your desk, the lotus ones.",
   "omg the lotus ones are my fave 😭😭 but my desk is a disaster, did anyone see you?",
   "happy", "yes_no", CAS, "Nope, the office was empty, your secret mess is safe.", pick=True)
it(Z, "中秋", TRAD, "外婆", "家人", "外婆",
   "外婆，中秋快乐！今年我们一家都回来陪您吃团圆饭。",
   "好好好 外婆给你们做一桌子 你想吃啥 红烧鱼还是糖醋排骨",
   "happy", "choice", RESP, "外婆，想吃您做的糖醋排骨，好久没吃了。", must=["红烧鱼", "糖醋排骨"])
it(Z, "中秋", CASUAL, "大学同学", "朋友", "阿花",
   "阿花中秋快乐！你们那边今晚能看到月亮吗？",
   "看不到 下了一天雨 对着月饼盒上的月亮许愿了",
   "happy", "none", CAS, "那也算赏到了，我这边拍了一张大圆月，发给你看。", pick=True)
it(Z, "中秋", CASUAL, "哥哥", "家人", "哥",
   "哥，中秋快乐！爸说你今年又不回来，是不是又被老板扣下了？",
   "别提了项目上线卡在中秋当天我在公司吃月饼呢你们替我多吃两块",
   "busy", "none", CAS, "辛苦了，等你忙完这阵子，我们一起回去看看爸。")
it(Z, "中秋", TRAD, "医生", "其他", "刘医生",
   "刘医生，中秋快乐！感谢您这半年对我妈的照顾，她现在恢复得很好。",
   "中秋快乐 阿姨下个月记得来复查 别忘了空腹",
   "happy", "request", RESP, "好的刘医生，我记下了，下月十号空腹带我妈过去。")
it(Z, "中秋", CASUAL, "男朋友", "恋人", "阿哲",
   "阿哲中秋快乐，今年第一次异地过中秋，有点想你。",
   "我也是 刚才在楼下看月亮发呆 被保安问是不是失恋了",
   "happy", "none", INTI, "那保安不懂，你是在想我，下周五我就飞过去看你。")
it(Z, "中秋", TRAD, "婆婆", "家人", "妈",
   "妈，中秋快乐！您给的月饼模子我学会用了，今年自己烤了一炉。",
   "真能干 烤成啥样 拍个照我看看",
   "happy", "request", RESP, "好的妈，马上拍给您看，就是有两个裂了口。", pick=True)
it(Z, "中秋", CASUAL, "同事", "同事", "Leo",
   "Leo中秋快乐！公司发的月饼你要是不吃都给我哈。",
   "想得美 我自己都不够吃 你拿柚子来换",
   "teasing", "request", CAS, "行，成交，明天带个最大的柚子来换。", pick=True)
it(E, "中秋", TRAD, "professor", "老师", "Professor Hall",
   "Happy Mid-Autumn Festival, Professor Hall! I brought back some mooncakes from Suzhou for the lab.",
   "How thoughtful of you. Could you leave them in the kitchen on the third floor? I'm away until Thursday.",
   "happy", "request", RESP, "Of course, Professor Hall, I will put them in the third-floor kitchen this afternoon.")
it(Z, "中秋", CASUAL, "儿子", "家人", "儿子",
   "儿子，中秋快乐！宿舍的同学都回家了吗？一个人记得吃好点。",
   "没都回 还有俩 我们晚上点外卖 你跟我爸身体都还好吧",
   "happy", "how_are_you", INTI, "都挺好，你爸天天遛弯，不用惦记。", sender="妈妈")
it(Z, "中秋", CASUAL, "闺蜜", "朋友", "蕾蕾",
   "蕾蕾中秋快乐！",
   "没 我一个人在出租屋吃泡面 月饼都没买",
   "sad", "none", CAS, "抱抱你，明天我给你闪送一盒月饼过去，地址发我。",
   thread=["R:快乐快乐 你今年在哪过", "S:在家啊，我妈做了一桌子菜。", "R:真好", "S:你呢？回去了吗？"])
it(Z, "中秋", TRAD, "父亲", "家人", "爸",
   "爸，中秋快乐！",
   "公司发的有啥好吃的 下周我让你妈寄点自己做的过去 地址还是原来那个不",
   "happy", "yes_no", INTI, "是原来那个，爸，不用寄太多，两三个就够了。",
   thread=["R:好 吃月饼了没", "S:吃了，公司发的。"])
it(E, "中秋", CASUAL, "friend", "朋友", "Nina",
   "Happy Mid-Autumn, Nina! Are you still doing the lantern walk?",
   "\"try\" lol. you said that last year and showed up at 10",
   "teasing", "none", CAS, "Fair, but this year I'm leaving work at 6, promise.",
   thread=["R:yes!! 8pm at the lake", "S:Amazing, I'll try to make it after work."])
it(Z, "中秋", BIZ, "客户", "客户", "马总",
   "马总，中秋快乐！月饼礼盒已寄出，请注意查收。",
   "对了 节后那个报价我们领导嫌高 你们那边还有没有空间",
   "cold", "yes_no", FORM, "有的马总，还有一点空间，节后我带新报价当面向您汇报。",
   thread=["R:收到了 谢谢", "S:不客气，祝您节日愉快。"], forbid=NO_OVERTIME)

# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "朋友", "朋友", "老赵",
   "老赵国庆快乐！七天长假打算去哪浪？",
   "哪都不去 再家躺平 出门全是人头 你呢 新工作还顺利不",
   "happy", "how_are_you", CAS, "挺顺利的，就是刚去事多，假期正好歇歇。")
it(Z, "国庆", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，国庆快乐！假期我带您去看看新修的湿地公园。",
   "好啊 就你惦记着带奶奶出去转 不过奶奶走不了太远 你推轮椅来",
   "touched", "request", RESP, "没问题奶奶，轮椅我借好了，三号上午去接您。")
it(Z, "国庆", BIZ, "客户", "客户", "吴总",
   "吴总，国庆快乐！祝贵司生意兴隆，假期愉快。",
   "你们节后几号复工",
   "cold", "when", FORM, "吴总，我们8号正式复工，有需要随时联系。", forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "前同事", "同事", "阿飞",
   "阿飞，国庆快乐！听说你跳槽去深圳了，新公司还习惯吗？",
   "还行吧 就是太卷了 天天十点下班 国庆也只放三天",
   "busy", "none", CAS, "太卷了，那三天你就好好睡，别想工作。")
it(E, "国庆", CASUAL, "friend", "朋友", "Tom",
   "Happy National Day, Tom! Where are you off to this Golden Week?",
   "nowhere, trains are sold out. you're welcome to come crash on my couch and watch the parade",
   "happy", "invitation", CAS, "Sounds great, I'll bring snacks and come over on the 1st.")
it(Z, "国庆", CASUAL, "母亲", "家人", "妈",
   "妈，国庆快乐！我放假第二天回家，想吃你做的酸菜鱼。",
   "行 鱼我提前买好 你坐几点的车 告诉我一下",
   "happy", "when", INTI, "下午两点的车，六点前到家，不用来接。")
it(Z, "国庆", TECH, "同事", "同事", "阿宁",
   "阿宁国庆快乐！祝你假期零值班，告警全静音，GPU 一块都不宕机。",
   "乌鸦嘴 今早三点就被电话叫醒了 现在还在看日志",
   "busy", "none", CAS, "罪过罪过，我给你点杯咖啡续命，撑住。", pick=True)
it(Z, "国庆", TRAD, "高中班主任", "老师", "陈老师",
   "陈老师，国庆快乐！今年我考上研究生了，第一个想告诉您。",
   "太好了 老师真为你高兴 哪个学校",
   "happy", "what", RESP, "浙江大学，陈老师，读的是您当年推荐的化学专业。")
it(Z, "国庆", CASUAL, "老公", "恋人", "老公",
   "老公国庆快乐！这七天我们哪也别去，就在家把阳台改成小花园吧。",
   "好 但是你负责设计 我负责搬土 说好了不许中途改主意",
   "happy", "request", INTI, "好，拉钩，图纸今晚就画出来。")
it(Z, "国庆", CASUAL, "姐姐", "家人", "姐",
   "姐，国庆回来吗？爸妈念叨你好几次了。",
   "回不去孩子发烧了在医院挂水呢你帮我多陪陪爸妈",
   "worried", "request", CAS, "好，你先顾好孩子，家里这边有我，有事随时打电话。")
it(Z, "国庆", TRAD, "老街坊", "其他", "李叔",
   "李叔，国庆快乐！上回帮我修自行车还没谢您，改天请您喝酒。",
   "谢啥 小事 你节后啥时候有空 我那个电视也不出声了 来帮我瞅瞅",
   "happy", "request", RESP, "没问题李叔，8号晚上我过去帮您看看。")
it(E, "国庆", CASUAL, "mother", "家人", "Mom",
   "Happy National Day, Mom! Are you and Dad still going to Hangzhou?",
   "we cancelled, your dad's knee is acting up again. he's very grumpy about it",
   "worried", "none", INTI, "Oh no, tell him to rest it and I'll call tonight to check on him.")
it(Z, "国庆", CASUAL, "大学同学", "朋友", "小胖",
   "小胖国庆快乐！听说你婚礼定在十一？恭喜恭喜！",
   "对 3号 你必须来 不来绝交",
   "happy", "invitation", CAS, "必须到！3号一早就去给你堵门。")
it(Z, "国庆", CASUAL, "同事", "同事", "阿潘",
   "阿潘国庆快乐！假期愉快，我回来给你带好吃的～",
   "🙌🙌",
   "happy", "none", CAS, "等着，回来给你带一大包。")
it(Z, "国庆", CASUAL, "女朋友", "恋人", "宝",
   "宝，国庆快乐！",
   "都行 你定 我跟着你走",
   "happy", "where", INTI, "那就去厦门，住海边，我来订。",
   thread=["R:快乐 你说好的出去玩呢", "S:在看了在看了，大理还是厦门？"])
it(Z, "国庆", BIZ, "领导", "领导", "杨总",
   "杨总，国庆快乐！",
   "没啥事 好好休息 回来跟你聊聊明年的安排",
   "happy", "none", RESP, "好的杨总，谢谢您，回来第一时间去您办公室。",
   thread=["R:国庆快乐 这几天在哪", "S:在老家陪父母，杨总有事随时吩咐。"])
it(E, "国庆", CASUAL, "brother", "家人", "Jay",
   "Happy Golden Week, Jay! Did Mom rope you into the family trip?",
   "only if you pick up Mom's parcel from the post office for me, it's under my name",
   "teasing", "request", CAS, "Deal, I'll grab it tomorrow morning. Pics first though.",
   thread=["R:of course she did. 5 days in Yunnan", "S:Send pics of the tea fields!"])

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", CASUAL, "朋友", "朋友", "小林",
   "小林元旦快乐！2027年的flag立了没？",
   "立了 减肥二十斤 去年的还没实现",
   "teasing", "none", CAS, "那今年咱俩一起减，周末约你去爬山。")
it(Z, "元旦", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，元旦快乐！2027年您要吃好睡好，广场舞照跳。",
   "好 你也快乐 天冷了 你那边下雪没有",
   "happy", "yes_no", RESP, "下了，奶奶，昨晚下了一场小雪，我穿得很厚。")
it(Z, "元旦", BIZ, "客户", "客户", "林总",
   "林总，元旦快乐！新的一年期待与贵司继续携手。",
   "元旦快乐 年会你们公司来几个人",
   "happy", "what", FORM, "林总，我们这边来三位，我带两个项目负责人过去。", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "男朋友", "恋人", "猪猪",
   "猪猪元旦快乐！跨年那天你到底排了班没？",
   "排了 值到十二点 零点整我在急诊给你发新年快乐",
   "busy", "none", INTI, "那我在医院门口等你下班，带热奶茶。")
it(E, "元旦", BIZ, "manager", "领导", "Karen",
   "Happy New Year, Karen! Thank you for a great first year on the team.",
   "Happy New Year! You earned it. Let's sit down next week and talk about your goals for 2027.",
   "happy", "invitation", RESP, "I would love that, Karen. Any time that suits you next week works for me.")
it(Z, "元旦", CASUAL, "弟弟", "家人", "阿远",
   "阿远，元旦快乐！考研最后几天了，稳住。",
   "稳不住 数学还有一半没复习 我先去学了",
   "busy", "none", CAS, "去吧，考完请你吃大餐，加油！")
it(Z, "元旦", TRAD, "岳父", "家人", "爸",
   "爸，元旦快乐！新年给您买了个按摩椅，后天送到。",
   "又乱花钱 退了吧 我用不着",
   "worried", "request", RESP, "爸，这个真退不了，您先坐两天试试，腰不舒服正好用得上。")
it(Z, "元旦", CASUAL, "同事", "同事", "阿敏",
   "阿敏元旦快乐！年会的节目排练得咋样了？",
   "别提了 跳得跟广播体操一样 你来帮我们看看呗",
   "happy", "request", CAS, "行，明天午休我过去给你们当观众。")
it(Z, "元旦", CASUAL, "母亲", "家人", "妈",
   "妈，元旦快乐！今年跨年我在公司加班，没法陪你们了。",
   "又加班 身体要紧 晚饭记得吃",
   "worried", "request", INTI, "记得了妈，晚饭点了外卖，一会就吃。")
it(E, "元旦", CASUAL, "friend", "朋友", "Chloe",
   "Happy New Year, Chloe! Still on for the countdown at Jen's?",
   "yes but I'm bringing my cousin, hope that's ok?",
   "happy", "yes_no", CAS, "Of course, the more the merrier!")
it(Z, "元旦", CASUAL, "发小", "朋友", "二狗",
   "二狗元旦快乐！跨年夜要不要来我家打游戏通宵？",
   "不去 我有对象了 要陪她看烟花 嘿嘿",
   "teasing", "none", CAS, "行啊，恭喜脱单，改天带来一起吃饭。")
it(Z, "元旦", TRAD, "小学班主任", "老师", "赵老师",
   "赵老师，元旦快乐！您教过的那届学生里，我今年也当上老师了。",
   "真的吗 老师太欣慰了 眼泪都出来了 你教哪个年级",
   "touched", "what", RESP, "教三年级语文，赵老师，第一天站讲台腿都在抖。")
it(Z, "元旦", BIZ, "领导", "领导", "刘局",
   "刘局，元旦快乐！祝您新年工作顺利，身体健康。",
   "已阅",
   "cold", "none", RESP, "刘局新年好，节后见。")
it(E, "元旦", CASUAL, "friend", "朋友", "Gabe",
   "Happy New Year, Gabe! Let's make 2027 the year we finally run that half marathon.",
   "don't forget you said that in 2025 too. sign us up then, I dare you",
   "teasing", "request", CAS, "Done, I just signed us both up for the April race.", pick=True)
it(Z, "元旦", CASUAL, "闺蜜", "朋友", "朵朵",
   "朵朵元旦快乐！",
   "你是不是傻 明年来我家 阳台就能看",
   "teasing", "invitation", CAS, "好啊，一言为定，明年我带酒去你家阳台。",
   thread=["R:快乐！跨年去哪了", "S:在外滩挤了三个小时，就为看十秒烟花。"], pick=True)
it(Z, "元旦", CASUAL, "女儿", "家人", "妞妞",
   "妞妞元旦快乐！新年愿望是什么呀？",
   "能！我保证 拉钩 你先答应我",
   "happy", "request", INTI, "好，先答应你，放假我们去看看小狗。", sender="爸爸",
   thread=["R:想要一只小狗", "S:小狗要每天遛的，你能坚持吗？", "S:下雨天也要遛哦。"])
it(E, "元旦", BIZ, "client", "客户", "Mr. Patel",
   "Happy New Year, Mr. Patel! Wishing you and your team a prosperous 2027.",
   "So do we. Would the 12th or the 14th suit your team better?",
   "happy", "choice", FORM, "The 14th would suit us best, Mr. Patel, ideally in the afternoon.",
   must=["12th", "14th"],
   thread=["R:Thank you, same to you.", "S:Thank you. We look forward to the January kickoff."])

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", TRAD, "母亲", "家人", "妈",
   "妈，冬至快乐！今晚记得吃饺子，不然耳朵要冻掉了。",
   "吃了吃了 包了白菜猪肉的 你呢 吃了没",
   "happy", "yes_no", INTI, "吃了妈，食堂今天也有饺子，就是没你包的好吃。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "阿豪",
   "阿豪冬至快乐！北方吃饺子南方吃汤圆，你这个东北人在广州吃啥？",
   "吃了两碗汤圆 被同事带坏了 饺子馆排队太长",
   "happy", "none", CAS, "你这是彻底被广州同化了，回东北可别说漏嘴。", pick=True)
it(Z, "冬至", BIZ, "客户", "客户", "方总",
   "方总，冬至安康！天寒注意保暖，祝您和家人冬至团圆。",
   "谢谢 合同第七条我们法务还有意见 明天能不能来一趟",
   "cold", "yes_no", FORM, "可以的方总，明天上午十点我带着修改稿过去。", forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "老婆", "恋人", "老婆",
   "老婆冬至快乐，今天是最长的夜，我给你最长的拥抱。",
   "少肉麻 锅里的饺子快坨了 你几点到家",
   "teasing", "when", INTI, "七点前到，坨了我也全吃完。")
it(E, "冬至", CASUAL, "friend", "朋友", "Alex",
   "Happy Dongzhi, Alex! Cold enough for hotpot tonight?",
   "always. mala or tomato broth?",
   "happy", "choice", CAS, "Mala, obviously, with a side of tomato for emergencies.", must=["mala", "tomato"])
it(Z, "冬至", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，冬至快乐！天冷了您少出门，晨练改到中午吧。",
   "不碍事 爷爷身子骨硬着呢 倒是你 一个人在外面吃饺子没",
   "happy", "yes_no", RESP, "吃了爷爷，同事家包的，三鲜馅的。")
it(Z, "冬至", CASUAL, "同事", "同事", "小黄",
   "小黄冬至快乐！食堂今天的饺子你抢到没？",
   "没 去晚了 只剩汤了 我恨",
   "teasing", "none", CAS, "我多打了一份，放你工位上了，快去。")
it(Z, "冬至", CASUAL, "表哥", "家人", "表哥",
   "表哥冬至快乐！舅妈的羊肉汤今年还做吗？",
   "做 这周六中午 你过来喝 多叫两个人",
   "happy", "invitation", CAS, "好嘞，周六中午准时到，我带两瓶黄酒。")
it(Z, "冬至", CASUAL, "女朋友", "恋人", "圆子",
   "圆子冬至快乐！汤圆要吃双数，寓意成双成对。",
   "那我吃了七个 是不是要单身了[可怜]",
   "teasing", "yes_no", INTI, "不会，第八个我来吃，凑成双。", pick=True)
it(Z, "冬至", TRAD, "姑姑", "家人", "姑姑",
   "姑姑冬至快乐！您腌的腊肉我还留着一块，今晚炖了。",
   "今年又腌了 过两天给你寄 收货地址变没变",
   "happy", "yes_no", RESP, "没变姑姑，还是公司那个地址，谢谢您惦记。")
it(E, "冬至", TRAD, "grandfather", "家人", "Grandpa",
   "Happy Winter Solstice, Grandpa! Are you keeping warm up there?",
   "Warm as toast. Your grandmother knitted me a scarf that goes to my knees.",
   "happy", "none", RESP, "That sounds wonderful, Grandpa. Please send me a photo of it.")
it(Z, "冬至", TRAD, "家政阿姨", "其他", "刘阿姨",
   "刘阿姨，冬至快乐！今晚您早点回家吃饺子，厨房不用收拾了。",
   "那哪行 收拾完再走 冰箱里给你们包了两盘饺子 记得吃",
   "happy", "request", RESP, "好的刘阿姨，谢谢您，明天一早就煮了吃。")
it(Z, "冬至", CASUAL, "室友", "朋友", "阿洁",
   "阿洁冬至快乐！宿舍今晚一起煮汤圆吗？",
   "不了",
   "cold", "none", CAS, "好，那给你留几个在锅里。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "阿德",
   "阿德冬至快乐！今晚吃上饺子了吧？",
   "🥟🥟🥟😋",
   "happy", "none", CAS, "看你这吃得挺满足，下回带我一份。")
it(Z, "冬至", TRAD, "外婆", "家人", "外婆",
   "外婆，冬至快乐！",
   "都几点了还没下班 别饿着 胃要紧",
   "worried", "request", RESP, "好的外婆，我马上下班，回去就煮。",
   thread=["R:乖 吃饺子了没", "S:还没，等下班回去煮。"])
it(Z, "冬至", CASUAL, "同事", "同事", "阿锋",
   "阿锋冬至快乐！",
   "我也去 你顺路的话捎我一段 我车限号",
   "happy", "request", CAS, "行，六点楼下等你。",
   thread=["R:同快乐 今晚部门聚餐你去吗", "S:去，你去不？"])
it(E, "冬至", CASUAL, "girlfriend", "恋人", "Sophie",
   "Happy Winter Solstice, love! I made tangyuan for the first time.",
   "save me the survivors. I'm on the 9:40 train home",
   "happy", "request", INTI, "Will do, I'll keep them warm and meet you at the station.",
   thread=["R:wait really?? how did they turn out", "S:Some exploded, but the survivors are delicious."],
   pick=True)

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "男朋友", "恋人", "大熊",
   "大熊七夕快乐！今年的礼物你猜是什么？",
   "又是手写信吧 你去年说今年要换个花样的",
   "teasing", "none", INTI, "不是信，是你念叨了半年的那双球鞋。")
it(Z, "七夕", CASUAL, "朋友", "朋友", "阿琳",
   "阿琳七夕快乐！单身狗也要快乐～",
   "你才单身狗 我上周刚脱单",
   "teasing", "none", CAS, "什么？！这么大的事都不告诉我，周末请你吃饭好好审问一下。", pick=True)
it(Z, "七夕", CASUAL, "老婆", "恋人", "媳妇",
   "媳妇七夕快乐！今晚七点，老地方那家西餐厅，我订好位了。",
   "可是孩子谁看 我妈今天不在",
   "worried", "what", INTI, "我已经跟我妈说好了，她六点半过来看孩子。")
it(Z, "七夕", CASUAL, "同事", "同事", "小陈",
   "小陈七夕快乐！今天下班早点走，别让男朋友等。",
   "他在外地 今年异地 只能视频了",
   "sad", "none", CAS, "异地也能过得甜，快递个惊喜过去，明天我帮你参谋送什么。")
it(E, "七夕", CASUAL, "girlfriend", "恋人", "Lily",
   "Happy Qixi, Lily! The cowherd only gets one night a year, but I get you every day.",
   "that's the cheesiest thing you've ever said and I love it. dinner at 8?",
   "happy", "invitation", INTI, "Yes, 8 it is, rooftop table, my treat.", pick=True)
it(Z, "七夕", CASUAL, "父亲", "家人", "爸",
   "爸，七夕快乐！今天记得给我妈买束花，她嘴上不说心里惦记着。",
   "买了 她说浪费钱 但插花瓶里了",
   "happy", "none", INTI, "那就对了，爸，您这招稳。", pick=True)
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小鱼",
   "小鱼七夕快乐！晚上想去看电影还是去江边散步？",
   "都要",
   "happy", "none", INTI, "好，先看电影再散步，六点半来接你。")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿晨",
   "阿晨七夕快乐，我订了周六去海边的票。",
   "周六我要加班啊 你怎么不先问问我",
   "busy", "none", INTI, "是我疏忽了，票可以改到下周六，你先忙。")
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "小满",
   "小满七夕快乐！你家那位今年送了啥？",
   "送了一箱螺蛳粉 说我爱吃 我气笑了😂😂",
   "happy", "none", CAS, "实用主义男友，好歹懂你，分我两包。")
it(E, "七夕", CASUAL, "husband", "恋人", "Mark",
   "Happy Qixi, Mark. Five years married and you still make me laugh.",
   "aww. I'm stuck in Denver till Friday 😞 can we celebrate on Saturday?",
   "sad", "yes_no", INTI, "Of course, Saturday it is, I'll book our old table.")
it(Z, "七夕", CASUAL, "同事", "同事", "周哥",
   "周哥七夕快乐！今晚早点回家陪嫂子。",
   "ok",
   "cold", "none", CAS, "周哥辛苦，早点下班。")
it(Z, "七夕", CASUAL, "妹妹", "家人", "妹",
   "老妹七夕快乐，你那个男朋友对你好不好？",
   "好着呢 别操心了 管好你自己吧 哥你啥时候找个嫂子",
   "teasing", "when", CAS, "明年，明年一定给你找个嫂子。")
it(Z, "七夕", TECH, "女朋友", "恋人", "小七",
   "小七七夕快乐！我们的感情 QPS 无上限，延迟为零，全年可用率百分之百。",
   "那上周你三个小时没回我消息算啥 宕机吗",
   "teasing", "none", INTI, "那是一次意外的灰度发布，已经修复，保证不再掉线。", pick=True)
it(Z, "七夕", CASUAL, "女朋友", "恋人", "糖糖",
   "糖糖七夕快乐！",
   "下午几点 我三点要出门",
   "happy", "when", INTI, "快递说两点前到，你出门前肯定能收到。",
   thread=["R:礼物呢", "S:在路上了，快递说下午到。"])
it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公，七夕快乐，今晚你下厨吧。",
   "里脊没了 鸡翅行不行",
   "happy", "yes_no", INTI, "行，可乐鸡翅我也爱吃。",
   thread=["R:好 你想吃啥", "S:想吃你做的糖醋里脊。"])
it(E, "七夕", CASUAL, "boyfriend", "恋人", "Ryan",
   "Happy Qixi, Ryan! Did you know it's Chinese Valentine's Day?",
   "ok don't panic but what flowers do you like again",
   "teasing", "what", INTI, "Sunflowers, and you have three hours left.",
   thread=["R:I do now. Is this a test", "S:Maybe. You have until 8pm to pass it."])

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "宝宝",
   "宝宝情人节快乐🌹 今晚的餐厅我订了，你只管美美地出门。",
   "这么主动 是不是做错什么事了🤨",
   "teasing", "yes_no", INTI, "没有，就是想对你好一点，七点楼下接你。")
it(Z, "情人节", CASUAL, "老公", "恋人", "老公",
   "老公情人节快乐！玫瑰就不用了，换成一顿火锅吧。",
   "早说啊 花都买了 退不了了",
   "teasing", "none", INTI, "那花也要，火锅也要，今晚先吃火锅。", pick=True)
it(Z, "情人节", CASUAL, "同事", "同事", "小美",
   "小美情人节快乐！今天下班有约吗？",
   "有 跟我的猫约会 别问了[叹气]",
   "teasing", "none", CAS, "猫约会最靠谱，明天请你喝杯奶茶。")
it(E, "情人节", TECH, "boyfriend", "恋人", "Josh",
   "Happy Valentine's, Josh! Roses are red, your builds are green, you're the best dev I've ever seen.",
   "the tests are NOT green, I've been debugging since lunch 😭 rain check on dinner?",
   "busy", "yes_no", INTI, "Yes, go fix it, I'll save you a slice of cake.", pick=True)
it(Z, "情人节", CASUAL, "女朋友", "恋人", "阿瑶",
   "阿瑶情人节快乐！送你的巧克力是我自己做的，长得丑但是真心。",
   "确实丑 但挺好吃 下次少放点糖",
   "teasing", "request", INTI, "好，下次糖减半，长相我也争取进步。", pick=True)
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿北",
   "阿北情人节快乐，我们已经异地第四个情人节了。",
   "对不起 今年又没能陪你 我五月一定调回来",
   "sad", "none", INTI, "不用道歉，五月我等你，今晚视频吃一顿云烛光晚餐。")
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿伟",
   "阿伟情人节快乐！今年打算给嫂子整点啥？",
   "愁死了 你帮我想想 口红还是包",
   "happy", "choice", CAS, "买包吧，口红她肯定有一抽屉了。", must=["口红", "包"])
it(Z, "情人节", CASUAL, "父亲", "家人", "爸",
   "爸，情人节快乐！今天带我妈出去吃顿好的，我已经在网上订好了。",
   "订哪了 我跟你妈打车过去",
   "happy", "where", INTI, "订在人民路那家粤菜馆，离家十分钟。")
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆",
   "老婆情人节快乐，结婚十年，爱你如初。",
   "十年了还会说情话 今晚孩子们交给我妈 我们去看电影吧",
   "touched", "invitation", INTI, "好啊，票我来买，看八点那场。")
it(E, "情人节", CASUAL, "wife", "恋人", "Anna",
   "Happy Valentine's Day, Anna. Breakfast in bed is on its way.",
   "if it's burnt toast again I'm filing for divorce 😂",
   "teasing", "none", INTI, "It's pancakes this time, barely burnt, I promise.")
it(Z, "情人节", BIZ, "客户", "客户", "周总",
   "周总，情人节快乐！祝您的花店今天订单爆满。",
   "爆满是爆满 配送跟不上 你们那边能不能临时加派两个骑手",
   "busy", "request", FORM, "没问题周总，半小时内给您加派两名骑手到店。", forbid=NO_OVERTIME)
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿琪",
   "阿琪情人节快乐！今晚和男朋友去哪约会呀？",
   "分了 上周的事",
   "sad", "none", CAS, "抱抱，今晚我陪你吃火锅，不聊他。", forbid=["情人节快乐"])
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿峰",
   "阿峰情人节快乐！今晚吃完饭我们去江边放烟花吧～",
   "今年市区禁放 被抓要罚款的 你别乱来",
   "worried", "request", INTI, "好好好，不放了，换成去江边散步。")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "甜甜",
   "甜甜情人节快乐！",
   "拿到了 这么大一束 同事都在起哄 你让我怎么抱回家",
   "happy", "what", INTI, "下班我开车去接你，花放后座。",
   thread=["R:就这？", "S:礼物在你公司前台，去拿。", "S:快去，别让花蔫了。"])
it(E, "情人节", CASUAL, "girlfriend", "恋人", "Zoe",
   "Happy Valentine's Day, Zoe!",
   "good. now where are you taking me tonight",
   "teasing", "where", INTI, "The little Italian place on Elm Street, 7pm, dress warm.",
   thread=["R:happy valentine's!! did you get my card", "S:I did, the drawing of me as a potato is framed now."])
it(Z, "情人节", CASUAL, "同事", "同事", "老贾",
   "老贾，情人节快乐！今天能早点放你回家陪嫂子不？",
   "真的假的 你别骗我",
   "happy", "yes_no", CAS, "是真的，老板亲口说的，赶紧收拾东西。",
   thread=["R:你说了不算 老板说了才算", "S:我刚问了，老板说五点可以走。"])

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", TRAD, "高中班主任", "老师", "孙老师",
   "孙老师，教师节快乐！您早上六点半守在教室门口抓迟到的样子，我到现在都忘不了。",
   "记得你 老迟到那个 现在还迟到吗",
   "teasing", "yes_no", RESP, "早改了，孙老师，现在上班都提前半小时到。", pick=True)
it(Z, "教师节", TRAD, "导师", "老师", "陈教授",
   "陈教授，教师节快乐！感谢您这三年的悉心指导。",
   "谢谢。下周组会你来讲一下文献综述",
   "cold", "request", RESP, "好的陈教授，我周末准备好，组会上向您汇报。")
it(Z, "教师节", CASUAL, "母亲", "家人", "妈",
   "妈，教师节快乐！当了三十年老师，今年终于能退休了。",
   "退啥休 学校返聘了 还得带一年毕业班",
   "busy", "none", INTI, "那您注意身体，改卷子别熬太晚。")
it(E, "教师节", TRAD, "teacher", "老师", "Ms. Rivera",
   "Happy Teachers' Day, Ms. Rivera! Your chemistry class is the reason I'm in pharmacy school.",
   "That made my whole week! Would you come talk to my seniors about pharmacy someday?",
   "touched", "invitation", RESP, "I would love to, Ms. Rivera. I'm free most Fridays next month.")
it(Z, "教师节", TRAD, "钢琴老师", "老师", "刘老师",
   "刘老师，教师节快乐！小朵这学期进步这么大，全靠您耐心。",
   "谢谢家长 这周的课我这边有点事 挪到周日上午行吗",
   "busy", "yes_no", RESP, "可以的刘老师，周日上午我们准时到。")
it(Z, "教师节", CASUAL, "同事", "同事", "阿芳",
   "阿芳，教师节快乐！又收了一桌子鲜花吧？",
   "学校不让收 只收了一沓贺卡 字丑得可爱",
   "happy", "none", CAS, "那才最珍贵，挑两张拍给我看看。")
it(Z, "教师节", TRAD, "辅导员", "老师", "杨老师",
   "杨老师，教师节快乐！听说您下学期要调走了，舍不得。",
   "是啊 这是我带的最后一届 以后常联系",
   "sad", "none", RESP, "一定常联系，杨老师，您到了新学校也要多保重。")
it(Z, "教师节", TRAD, "驾校教练", "其他", "刘教练",
   "刘教练，教师节快乐！托您的福，科目三一把过。",
   "过了就好 记住开车别看手机",
   "happy", "request", RESP, "记住了刘教练，开车一定不碰手机。")
it(Z, "教师节", CASUAL, "姐姐", "家人", "姐",
   "姐，教师节快乐！今年带的那个班还闹腾吗？",
   "闹 今天有个娃把粉笔吃了 我快疯了",
   "busy", "none", CAS, "粉笔都吃？这娃是饿了吧，你辛苦了，周末请你吃大餐解压。")
it(E, "教师节", TRAD, "thesis advisor", "老师", "Dr. Chen",
   "Happy Teachers' Day, Dr. Chen! Thank you for believing in my thesis when I didn't.",
   "Thank you. Have you submitted the revised chapter yet?",
   "cold", "yes_no", RESP, "Not yet, Dr. Chen. I will submit it by Friday evening.")
it(Z, "教师节", TRAD, "小学老师", "老师", "王老师",
   "王老师，教师节快乐！听说您住院了，现在好些了吗？",
   "好多了 就是嗓子还不行 你别大老远跑来看我",
   "worried", "request", RESP, "好的王老师，那我先不去打扰，等您出院再去看您。")
it(Z, "教师节", BIZ, "校长", "领导", "李校长",
   "李校长，教师节快乐！感谢您对我们年轻老师的培养。",
   "辛苦了 明天的表彰大会你来主持",
   "happy", "request", RESP, "好的李校长，主持稿今晚就准备好，明早给您过目。")
it(Z, "教师节", CASUAL, "朋友", "朋友", "老高",
   "老高，教师节快乐！人民教师辛苦了。",
   "多谢",
   "cold", "none", CAS, "晚上出来喝两杯，庆祝一下。")
it(Z, "教师节", TRAD, "高中老师", "老师", "周老师",
   "周老师，教师节快乐！",
   "厉害 老师真为你骄傲 有空回学校给学弟学妹们讲讲",
   "touched", "invitation", RESP, "一定，周老师，下个月我回学校找您安排。",
   thread=["R:谢谢你 最近工作怎么样", "S:挺好的，周老师，刚升了项目组长。"])
it(E, "教师节", TRAD, "teacher", "老师", "Mr. Brooks",
   "Happy Teachers' Day, Mr. Brooks!",
   "That's wonderful. Which period are you focusing on?",
   "happy", "what", RESP, "Mostly the Ming dynasty, Mr. Brooks, especially the sea voyages.",
   thread=["R:Thank you! How's college going for you?", "S:Really well, I'm majoring in history because of you."])
it(Z, "教师节", CASUAL, "同事", "同事", "小唐",
   "小唐教师节快乐！",
   "[旺柴]分你一杯 下课来我办公室拿",
   "happy", "request", CAS, "好，第三节下课就过去。",
   thread=["R:快乐 今天收到学生送的奶茶了", "S:羡慕，我只收到一堆作业。"])

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！花是我偷偷订的，下午送到，你记得在家。",
   "又乱花钱 我下午要去跳舞 放门口行不行",
   "happy", "yes_no", INTI, "行，我跟快递说放门口，回来记得拿。")
it(Z, "母亲节", TRAD, "婆婆", "家人", "妈",
   "妈，母亲节快乐！谢谢您帮我们带乐乐，辛苦您了。",
   "带孙子有啥辛苦的 就是乐乐最近老咳嗽 你们周末带他去看看",
   "worried", "request", RESP, "好的妈，周六一早就带乐乐去儿童医院。", sender="小敏")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Sorry I can't be there, but brunch is booked for you and Aunt Lucy.",
   "you're the sweetest 🥹 which place did you book?",
   "touched", "where", INTI, "The little cafe on Maple Street, 11am, ask for the window table.")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "老婆",
   "老婆母亲节快乐！今天你休息，带娃做饭都交给我。",
   "真的？那我约闺蜜做指甲去了 晚上九点前别打电话",
   "happy", "request", INTI, "好，去吧，九点前保证不打扰你。")
it(Z, "母亲节", TRAD, "外婆", "家人", "外婆",
   "外婆，母亲节快乐！您把我妈拉扯大，又把我带到上小学，辛苦一辈子了。",
   "哎哟 小嘴真甜 你妈今天给我买了条围巾 你们娘俩商量好的吧",
   "happy", "yes_no", RESP, "被外婆发现了，是商量好的，围巾的颜色是我挑的。")
it(Z, "母亲节", CASUAL, "朋友", "朋友", "小雅",
   "小雅，第一个母亲节快乐！当妈的感觉怎么样？",
   "累成狗三小时喂一次奶我已经忘了睡觉是什么感觉了",
   "busy", "none", CAS, "辛苦了，周末我过去帮你带两个小时，你好好补个觉。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！今年又没能回家陪你。",
   "没事 你姥姥走了以后 我也不太过节了",
   "sad", "none", INTI, "妈，我下个月请几天假回去陪你，我们一起去看看姥姥。")
it(E, "母亲节", TRAD, "mother-in-law", "家人", "Linda",
   "Happy Mother's Day, Linda! Thank you for raising such a wonderful son.",
   "Oh, that's lovely of you. Are you two still coming for dinner on Sunday?",
   "happy", "yes_no", RESP, "Yes, we will be there around six, Linda, and we will bring dessert.")
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐",
   "姐，母亲节快乐！两个娃把你折腾得够呛吧？",
   "老二今天给我画了张画 把我画成了大猩猩🦍🦍😂",
   "happy", "none", CAS, "那是他心里你最强壮，画拍给我看看。")
it(Z, "母亲节", BIZ, "客户", "客户", "韩总",
   "韩总，母亲节快乐！祝您工作顺心，家庭幸福。",
   "谢谢 周三的评审会你们准备好了吗",
   "cold", "yes_no", FORM, "已经准备好了，韩总，周三上午九点准时到。", forbid=NO_OVERTIME)
it(Z, "母亲节", TRAD, "岳母", "家人", "妈",
   "妈，母亲节快乐！今年给您买了个新手机，字体调大了。",
   "好是好 就是不会用 你哪天过来教教我",
   "happy", "request", RESP, "好的妈，周六上午我过去，一步一步教您。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈",
   "老妈母亲节快乐！爱你哟～",
   "行了行了 肉麻 吃饭了吗",
   "teasing", "yes_no", INTI, "吃了，公司食堂的红烧肉，吃得挺饱。")
it(Z, "母亲节", CASUAL, "女儿", "家人", "闺女",
   "闺女，这是你当妈以后的第一个母亲节，妈妈祝你节日快乐！",
   "妈😭 我现在才知道你当年多不容易",
   "touched", "none", INTI, "傻孩子，都过去了，你好好坐月子，别哭。", sender="妈妈")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐，永远十八岁！",
   "😘😘😘💐",
   "happy", "none", INTI, "妈你最美，周末回去给你拍美照。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！给你寄了个小礼物。",
   "怎么用啊 说明书全是英文",
   "happy", "what", INTI, "我晚上视频教你，就三个按钮，很简单。",
   thread=["R:快乐快乐 你给我寄的啥 好大一箱", "S:按摩仪，治你的颈椎。"])
it(E, "母亲节", CASUAL, "mother", "家人", "Mama",
   "Happy Mother's Day, Mama!",
   "he tried. there's water everywhere. when are you visiting next?",
   "happy", "when", INTI, "Next month, the weekend of the 14th, I'll bring a vase too.",
   thread=["R:thank you baby, the flowers are gorgeous", "S:I'm glad! Did Dad help you put them in a vase?"])
it(Z, "母亲节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，母亲节快乐！",
   "来就来 别买东西 家里堆不下了",
   "happy", "request", RESP, "好的奶奶，空手来，就陪您说说话。",
   thread=["R:乖孙 奶奶都这么老了还过啥节", "S:您永远年轻，周末我来看您。"])

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！少抽点烟，多喝点茶。",
   "烟戒了半个月了 你妈监督的",
   "happy", "none", INTI, "爸太厉害了，坚持住，回头给你带好茶。", pick=True)
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，父亲节快乐！您养大了我爸，又帮着带大了我。",
   "好孩子 有这句话爷爷就知足了",
   "touched", "none", RESP, "爷爷，暑假我回来陪您钓鱼。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公",
   "老公，父亲节快乐！闺女说要给你一个惊喜，你假装不知道哈。",
   "收到 我演技在线",
   "happy", "none", INTI, "那就好，一会儿表现得惊喜一点。", pick=True)
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day, Dad! The grill is ready for your famous ribs.",
   "famous? your mother calls them 'charcoal surprise'. what time are you guys coming over?",
   "teasing", "when", INTI, "Around 4, and I'm bringing extra sauce to cover the charcoal.", pick=True)
it(Z, "父亲节", TRAD, "公公", "家人", "爸",
   "爸，父亲节快乐！这周末我们回来给您做顿饭。",
   "不用折腾 你们工作累 在家歇着吧",
   "worried", "request", RESP, "放心吧爸，不累，就回去陪您吃顿饭。", sender="丽丽")
it(Z, "父亲节", TECH, "朋友", "朋友", "老宋",
   "老宋，第一个父亲节快乐！奶爸版本 v1.0 上线，运行还稳定吗？",
   "一晚上起四次 换尿布换到手抽筋 你来体验一下？",
   "busy", "none", CAS, "体验就免了，周末给你送两箱尿不湿过去。", pick=True)
it(Z, "父亲节", BIZ, "领导", "领导", "郭总",
   "郭总，父亲节快乐！祝您身体健康，阖家幸福。",
   "[握手]",
   "cold", "none", RESP, "郭总周末愉快，下周一见。")
it(Z, "父亲节", CASUAL, "弟弟", "家人", "阿旭",
   "阿旭，父亲节别忘了给爸打个电话，他嘴上不说心里等着呢。",
   "打了 被训了半小时 说我头发太长",
   "teasing", "none", CAS, "哈哈，那你下周剪了头发再视频一次。")
it(Z, "父亲节", TRAD, "岳父", "家人", "爸",
   "爸，父亲节快乐！给您寄了两瓶酒，等我们回去陪您喝。",
   "酒收到了 医生不让喝 先留着 周日来家里钓鱼吧 水库刚放了鱼苗",
   "happy", "invitation", RESP, "好的爸，周日一早就过去，陪您钓一天。")
it(E, "父亲节", TRAD, "father-in-law", "家人", "Richard",
   "Happy Father's Day, Richard! Hope the fishing trip was a success.",
   "Caught nothing but a sunburn. Can you help me set up the new TV when you come by?",
   "happy", "request", RESP, "Of course, Richard, I will bring my tools on Saturday.", pick=True)
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！做完检查医生怎么说？",
   "还得做个胃镜没啥大事你别请假回来了工作要紧",
   "worried", "request", INTI, "好，我先不请假，胃镜做完一定第一时间告诉我。")
it(Z, "父亲节", CASUAL, "儿子", "家人", "儿子",
   "儿子，父亲节快乐！当爸爸的第一年，辛苦了。",
   "妈 你咋也跟着凑热闹😂 我还不适应这个身份",
   "happy", "none", INTI, "慢慢就适应了，你爸当年也是手忙脚乱的。", sender="妈妈")
it(Z, "父亲节", TRAD, "师傅", "其他", "钱师傅",
   "钱师傅，父亲节快乐！您带我入行那年说的话我一直记得。",
   "记得就好 下个月厂里招学徒 你帮我留意有没有靠谱的小伙子",
   "happy", "request", RESP, "好的钱师傅，我老乡的孩子挺踏实，回头带给您看看。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！",
   "晚上要值班 明天吧",
   "busy", "request", INTI, "好，明天中午给你打。",
   thread=["R:在忙", "S:那你先忙，晚上给你打电话。"])
it(E, "父亲节", CASUAL, "father", "家人", "Pops",
   "Happy Father's Day, Pops!",
   "nah let him sweat. you still coming Sunday?",
   "teasing", "yes_no", INTI, "Yes, Sunday at noon, I'll bring the potato salad.",
   thread=["R:thanks kiddo. your brother forgot", "S:Classic. Want me to remind him?"])
it(Z, "父亲节", BIZ, "客户", "客户", "许总",
   "许总，父亲节快乐！",
   "恭喜 下周来我们公司 把合同签了 顺便给孩子带个小礼物",
   "happy", "invitation", FORM, "好的许总，下周二上午登门拜访，您太客气了。",
   thread=["R:谢谢 你也当爸爸了吧", "S:是的许总，儿子刚满一岁。"], forbid=NO_OVERTIME)

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Hannah",
   "Happy Thanksgiving, Hannah! Grateful for you and your terrible puns.",
   "I'm thankful you're still friends with me after the gravy pun. what are you bringing tomorrow?",
   "happy", "what", CAS, "Mashed potatoes and a pecan pie, no puns included.", pick=True)
it(Z, "感恩节", TECH, "同事", "同事", "老周",
   "老周，感恩节快乐！这一年多亏你帮我兜底线上的锅，人肉熔断器非你莫属。",
   "知道就好 火鸡腿记得给我留一个",
   "teasing", "request", CAS, "放心，最大的那个腿给你留着。")
it(Z, "感恩节", TRAD, "外公", "家人", "外公",
   "外公，感恩节快乐！感谢您小时候每天骑车送我上学。",
   "外公不懂啥洋节 不过看到你这么说 心里热乎乎的",
   "touched", "none", RESP, "外公，您开心就好，周末回去看您。")
it(E, "感恩节", BIZ, "client", "客户", "Mr. Harris",
   "Happy Thanksgiving, Mr. Harris. We are grateful for your partnership this year.",
   "Thank you, likewise.",
   "cold", "none", FORM, "Have a restful long weekend, Mr. Harris.")
it(Z, "感恩节", CASUAL, "留学的朋友", "朋友", "Tina",
   "Tina感恩节快乐！在美国第一次过感恩节吧？",
   "对 寄宿家庭的火鸡烤了六个小时 还是柴 但是他们好热情 一直问我中国有没有感恩节",
   "happy", "none", CAS, "火鸡柴是常态，能被这么热情地招待已经很幸福了。")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！谢谢你这么多年的唠叨，现在回头看全是对的。",
   "今天咋这么懂事 是不是钱又花光了",
   "teasing", "yes_no", INTI, "没有没有，这个月还剩不少，就是想你了。")
it(Z, "感恩节", BIZ, "领导", "领导", "王总",
   "王总，感恩节快乐！这一年从您身上学到太多，谢谢您的提携。",
   "你也辛苦了 年终述职准备一下 下周四",
   "happy", "request", RESP, "好的王总，下周四前准备好，请您指点。")
it(E, "感恩节", TRAD, "aunt", "家人", "Aunt Carol",
   "Happy Thanksgiving, Aunt Carol! Wish I could be at your table this year.",
   "Oh honey, you just made me tear up. Should I mail you some of my cornbread?",
   "touched", "yes_no", RESP, "Yes, please, Aunt Carol, your cornbread is the best part of the holiday.")
it(Z, "感恩节", CASUAL, "老公", "恋人", "老公",
   "老公，感恩节快乐！感谢你每天早上给我做早饭。",
   "那明天早饭你做",
   "teasing", "request", INTI, "好，明天给你煎个爱心蛋。", pick=True)
it(Z, "感恩节", TRAD, "英语老师", "老师", "Grace老师",
   "Grace老师，感恩节快乐！感谢您三年前帮我改的那篇文书。",
   "不客气 听说你拿到offer了 哪个学校",
   "happy", "what", RESP, "是多伦多大学，Grace老师，九月入学。")
it(Z, "感恩节", CASUAL, "室友", "朋友", "阿瑞",
   "阿瑞，感恩节快乐！感谢你忍受我打呼噜一整年。",
   "行吧",
   "cold", "none", CAS, "明天请你吃顿好的，算赔罪。")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "阿楠",
   "阿楠感恩节快乐！谢谢你上个月陪我度过最难的那段时间。",
   "说啥呢 你现在睡眠好点了吗",
   "worried", "how_are_you", CAS, "好多了，现在能睡六个小时，别担心。")
it(E, "感恩节", TECH, "colleague", "同事", "Marcus",
   "Marcus, happy Thanksgiving! That save on my demo when the GPU node died was heroic.",
   "anytime. you owe me a slice of pumpkin pie though",
   "teasing", "request", CAS, "Deal, I'll bring you a whole pie on Monday.")
it(Z, "感恩节", CASUAL, "闺蜜", "朋友", "小K",
   "小K感恩节快乐！",
   "一般 我想吃你做的可乐鸡翅 你啥时候来看我",
   "sad", "when", CAS, "明年三月，签证下来就去。",
   thread=["R:快乐 我在美国这边刚吃完火鸡", "S:好吃吗？"])
it(E, "感恩节", BIZ, "boss", "领导", "Diane",
   "Happy Thanksgiving, Diane!",
   "Then join us for dinner, we always have too much food. 5pm, bring nothing.",
   "happy", "invitation", RESP, "Thank you so much, Diane, I would love to come. See you at 5.",
   thread=["R:Thank you! Are you in town?", "S:Yes, staying in town this year."])
it(Z, "感恩节", CASUAL, "哥哥", "家人", "哥",
   "哥，感恩节快乐！",
   "好家伙 原来你记得 那你把欠我的两千块还了吧🤣",
   "teasing", "request", CAS, "行，月底发工资就还，利息算顿火锅。",
   thread=["R:你也是 咋突然这么客气", "S:感谢你高考那年天天给我送饭。"])

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "闺蜜", "朋友", "小琪",
   "小琪生日快乐🎂！二十八岁了，你终于成熟了一点点。",
   "就一点点？？礼物呢",
   "teasing", "request", CAS, "在路上了，晚上给你送到家门口。", pick=True)
it(Z, "生日", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，八十大寿快乐！您身体越来越硬朗，比我这个年轻人还精神。",
   "好好好 你今天能回来吃长寿面不",
   "happy", "yes_no", RESP, "能回来，爷爷，我下午就到家。")
it(E, "生日", CASUAL, "friend", "朋友", "Jake",
   "Happy birthday, Jake! Welcome to your thirties, your back will start complaining any day now.",
   "wow. I'm throwing a party Saturday anyway, you're coming, no excuses",
   "teasing", "invitation", CAS, "Count me in, I'll bring you a heating pad as a gift.", pick=True)
it(Z, "生日", BIZ, "客户", "客户", "冯总",
   "冯总，生日快乐！祝您事业长虹，身体康健。",
   "谢谢记挂 晚上有个小聚 你也来吧 地址发你",
   "happy", "invitation", FORM, "感谢冯总，晚上一定准时到。", forbid=NO_OVERTIME)
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿凡",
   "阿凡生日快乐！蛋糕我订了你最爱的榴莲千层。",
   "你不是最讨厌榴莲吗 这也太爱我了吧😭",
   "touched", "none", INTI, "为了你，今天就忍一忍，不过我只吃一口。", pick=True)
it(Z, "生日", CASUAL, "弟弟", "家人", "小凯",
   "小凯生日快乐！红包已发，别全充游戏。",
   "嗯嗯",
   "cold", "none", CAS, "拿去买点好吃的，开学加油。")
it(Z, "生日", TRAD, "婆婆", "家人", "妈",
   "妈，生日快乐！祝您身体健康，越活越年轻。",
   "谢谢 人老了过啥生日 你们工作忙 别特意回来",
   "worried", "request", RESP, "不忙的妈，蛋糕已经订好了，晚上陪您吃。", sender="小敏")
it(Z, "生日", CASUAL, "同事", "同事", "阿Ken",
   "阿Ken生日快乐！今天下午茶我请。",
   "谢谢 但我在客户那边开会 一整天都回不去 奶茶先欠着",
   "busy", "none", CAS, "行，明天补上，开会顺利。")
it(Z, "生日", CASUAL, "老婆", "恋人", "老婆",
   "老婆生日快乐！今年又在出差，对不起没能陪你切蛋糕。",
   "习惯了 你每年都这么说",
   "cold", "none", INTI, "是我不好，明天一早的航班回去，陪你补过。", forbid=["下次"])
it(Z, "生日", TRAD, "老师", "老师", "黄老师",
   "黄老师，生日快乐！祝您身体健康，桃李满天下。",
   "谢谢你还记得老师的生日 好多年没学生记得了 最近在哪高就",
   "touched", "where", RESP, "在深圳一家医院当医生，黄老师，有空回去看您。")
it(E, "生日", CASUAL, "daughter", "家人", "Lucy",
   "Happy 18th birthday, Lucy! You're officially an adult, please still call your mother.",
   "lol I will. can I borrow the car tonight?",
   "happy", "yes_no", INTI, "Yes, but home by midnight and text me when you get there.", sender="Mom")
it(Z, "生日", CASUAL, "发小", "朋友", "阿乐",
   "阿乐生日快乐！三十而立，立起来没？",
   "立个屁啊房贷还有二十年车贷还有三年孩子下个月就要上幼儿园了我现在就是个提款机",
   "teasing", "none", CAS, "你这叫负重前行，周末出来我请你喝两杯。", pick=True)
it(Z, "生日", CASUAL, "朋友", "朋友", "阿珍",
   "阿珍生日快乐！今年生日在哪过呀？",
   "在医院过 我妈住院了 陪床呢",
   "worried", "none", CAS, "辛苦了，阿姨怎么样？我明天下班过去看看你们。", forbid=["生日快乐"])
it(Z, "生日", TECH, "朋友", "朋友", "大鹏",
   "大鹏生日快乐！祝你新的一岁参数量翻倍，推理速度更快，永不过拟合。",
   "参数量翻倍是说我又胖了吧 你给我等着",
   "teasing", "none", CAS, "不敢不敢，是说你脑子又升级了，晚上请你吃烤肉赔罪。", pick=True)
it(Z, "生日", CASUAL, "母亲", "家人", "妈",
   "妈，生日快乐！",
   "好吃 就是太大了 吃不完 你下周回来帮我吃",
   "happy", "invitation", INTI, "好，下周六就回去，剩下的我全包了。",
   thread=["R:谢谢宝贝 你寄的蛋糕到了", "S:好吃吗？是你喜欢的芒果味。"], pick=True)
it(E, "生日", CASUAL, "friend", "朋友", "Olivia",
   "Happy birthday, Olivia!!",
   "just pizza and a movie. want to join? starts at 8",
   "happy", "invitation", CAS, "I'd love to, I'll bring the popcorn.",
   thread=["R:thank youuu 🎉", "S:Doing anything fun tonight?"])
it(Z, "生日", TRAD, "领导", "领导", "何总",
   "何总，生日快乐！",
   "好 明天上午的汇报别迟到",
   "cold", "request", RESP, "好的何总，明早八点半就到会议室。",
   thread=["S:祝您新的一岁身体健康，万事顺意。"])
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿斯",
   "阿斯生日快乐！",
   "几点 在哪 我好准备一下发型",
   "happy", "where", INTI, "七点，在你公司楼下那家日料店。",
   thread=["R:谢谢宝 就一句话啊", "S:礼物晚上见面给你。"])

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Ethan",
   "Merry Christmas, Ethan! Hope Santa brings you a better fantasy football team.",
   "ouch. merry christmas to you too, enjoy your lonely last place trophy 🏆",
   "teasing", "none", CAS, "I will polish it with pride, see you at the rematch.", pick=True)
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "小雪",
   "小雪圣诞快乐🎄 平安夜的苹果我给你削好了，下班来拿。",
   "😂😂 你削的苹果能吃吗 别把手削了",
   "teasing", "none", INTI, "手完好无损，苹果也完好，就等你来吃。", pick=True)
it(Z, "圣诞节", BIZ, "领导", "领导", "吕总",
   "吕总，圣诞快乐！祝您节日愉快，新年万事如意。",
   "圣诞快乐 年终奖名单下午发你 先别声张",
   "happy", "request", RESP, "好的吕总，明白，一定保密。")
it(E, "圣诞节", CASUAL, "colleague", "同事", "Priya",
   "Merry Christmas, Priya! Your Secret Santa gift is the one wrapped in newspaper, sorry.",
   "newspaper chic. is it the hot sauce I've been hinting at for 3 weeks?",
   "happy", "yes_no", CAS, "It is, the extra spicy one you kept hinting at.", pick=True)
it(Z, "圣诞节", CASUAL, "大学同学", "朋友", "阿欣",
   "阿欣圣诞快乐！今年圣诞市集去不去？",
   "去 周六晚上吧 叫上老王他们",
   "happy", "request", CAS, "好，我来拉群，周六晚上七点市集门口见。")
it(Z, "圣诞节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，圣诞快乐！给您寄的羊毛袜收到没？",
   "收到了 穿上了 奶奶这辈子头一回收到洋节的礼物 暖和到心里了",
   "touched", "none", RESP, "奶奶喜欢就好，下回再给您寄一双厚的。")
it(E, "圣诞节", BIZ, "boss", "领导", "Mr. Walsh",
   "Merry Christmas, Mr. Walsh. Thank you for the extra days off.",
   "You're welcome. Enjoy them.",
   "cold", "none", RESP, "Thank you, Mr. Walsh. See you in January.")
it(Z, "圣诞节", CASUAL, "老公", "恋人", "老公",
   "老公圣诞快乐！今晚的烛光晚餐七点开始，不许迟到。",
   "在高速上堵着呢 导航说还要两小时 你们先吃",
   "busy", "request", INTI, "好，不着急，菜给你留着，路上慢点开。")
it(Z, "圣诞节", CASUAL, "表姐", "家人", "表姐",
   "表姐圣诞快乐！外甥女的圣诞礼物我买了乐高，下周带过去。",
   "哎呀又破费 她天天问舅舅啥时候来",
   "happy", "when", CAS, "下周六下午就去，让她在家等着拆礼物。")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "小吕",
   "小吕圣诞快乐！一个人在国外过节，别太想家。",
   "今天宿舍就剩我一个 刚煮了包泡面 突然有点想哭",
   "sad", "none", CAS, "抱抱，我现在给你打视频，陪你吃完这碗面。", forbid=["圣诞快乐"])
it(E, "圣诞节", BIZ, "client", "客户", "Mrs. Okafor",
   "Merry Christmas, Mrs. Okafor. Thank you for trusting our studio with your home this year.",
   "Merry Christmas! We love the kitchen. Could someone look at the cabinet door that sticks before the 24th?",
   "happy", "request", FORM, "Of course, Mrs. Okafor. Our carpenter can come on the 22nd at 10am.")
it(Z, "圣诞节", CASUAL, "同事", "同事", "小雯",
   "小雯圣诞快乐！今晚公司楼下的圣诞树亮灯，一起去看？",
   "不了 约了人",
   "cold", "none", CAS, "好，那玩得开心。")
it(Z, "圣诞节", CASUAL, "快递站老板", "其他", "王哥",
   "王哥圣诞快乐！这一年辛苦你帮我收了那么多快递。",
   "客气啥 你那个大件还在店里 今天记得来拿 放不下了",
   "happy", "request", CAS, "好嘞王哥，下班就去拿，辛苦你了。")
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子",
   "儿子圣诞快乐！学校有活动吗？",
   "有 晚会 我要上台弹吉他 紧张",
   "worried", "none", INTI, "别紧张，你弹得那么好，录个视频给妈看看。", sender="妈妈")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "阿May",
   "阿May圣诞快乐！礼物已经塞你抽屉了🎁",
   "🥰🥰🎄",
   "happy", "none", CAS, "喜欢就好，记得拆开看看。")
it(Z, "圣诞节", CASUAL, "男朋友", "恋人", "阿泽",
   "阿泽圣诞快乐！",
   "那我挑了 你别后悔 穿厚点 是室外的",
   "happy", "request", INTI, "好，秋裤都穿上了，带我去哪都行。",
   thread=["R:圣诞快乐 平安夜想去哪", "S:都行，听你的。"])
it(E, "圣诞节", CASUAL, "friend", "朋友", "Ollie",
   "Merry Christmas, Ollie!",
   "those are BUTTONS. hang it in your living room or we're not friends",
   "teasing", "request", CAS, "Fine, I'll hang it, teeth and all.",
   thread=["R:merry xmas!! did you get the painting", "S:I did. Why does the snowman have teeth?"], pick=True)
it(Z, "圣诞节", BIZ, "客户", "客户", "邵总",
   "邵总，圣诞快乐！",
   "那30号之前把发票开给我",
   "cold", "request", FORM, "好的邵总，29号就把发票寄给您。",
   thread=["R:圣诞快乐 你们年底还上班吗", "S:我们31号放假，邵总有需要随时说。"], forbid=NO_OVERTIME)
it(E, "圣诞节", TRAD, "grandmother", "家人", "Nana",
   "Merry Christmas, Nana!",
   "Good. Are you eating enough? You looked thin in the photos.",
   "worried", "how_are_you", RESP, "I'm doing well, Nana, eating three meals a day, I promise.",
   thread=["R:Merry Christmas sweetheart. Did you get my card with the twenty dollars?",
           "S:I did, thank you! Already spent it on hot chocolate.", "R:Hot chocolate is not dinner.",
           "S:It was dessert, I promise."])

# ---------------------------------------------------------------- more items, holiday by holiday
# (written in the same session after a first count, to spread moods and question kinds)

# 春节
it(Z, "春节", TRAD, "小姨", "家人", "小姨",
   "小姨新年快乐！今年在外地过年，没法去给您拜年了。",
   "没事 心意到了 你一个人在那边过年习惯吗 吃得好不好",
   "worried", "how_are_you", RESP, "挺好的小姨，同事拉我一起吃年夜饭，热闹得很。")
it(Z, "春节", CASUAL, "好朋友", "朋友", "大伟",
   "大伟新年快乐！初几有空出来聚聚？",
   "初三或者初五 别的天要走亲戚",
   "happy", "choice", CAS, "初三吧，老地方烧烤见。", must=["初三", "初五"])
it(Z, "春节", CASUAL, "同学", "朋友", "阿兰",
   "阿兰新年快乐！听说你今年在老家开了家民宿？",
   "对 你有空带家人来住两天 给你打对折",
   "happy", "invitation", CAS, "好呀，正月里一定带我爸妈过去捧场。")
it(Z, "春节", CASUAL, "同事", "同事", "老何",
   "老何新年快乐！听说你今年去海南过年了？",
   "对 带我爸妈来三亚了 你推荐的那家海鲜排档叫啥来着",
   "happy", "what", CAS, "叫老渔村，在第一市场旁边，记得砍价。")
it(Z, "春节", CASUAL, "嫂子", "家人", "嫂子",
   "嫂子新年快乐！我哥今年包饺子还是负责擀皮吗？",
   "他擀的皮跟鞋垫似的😂 你今年带女朋友回来不",
   "teasing", "yes_no", CAS, "带，初二就带她过去见你们。", pick=True)

# 元宵
it(E, "元宵", CASUAL, "colleague", "同事", "Wei",
   "Happy Lantern Festival, Wei! First week back is brutal, huh.",
   "brutal is right, I have 3 launches this week. you settling in ok on the new team?",
   "busy", "how_are_you", CAS, "Mostly, I'm settling in fine, the team is great so far.")
it(Z, "元宵", TRAD, "邻居大爷", "其他", "张大爷",
   "张大爷，元宵节快乐！您的腿好利索了没？",
   "好了好了 晚上过来吃汤圆啊 你大娘包了一锅",
   "happy", "invitation", RESP, "好嘞张大爷，晚上七点过去，给您带瓶好酒。")
it(Z, "元宵", BIZ, "客户", "客户", "蒋总",
   "蒋总，元宵节快乐！祝贵司新年红红火火。",
   "谢谢 上次说的那个展会你们参加吗",
   "cold", "yes_no", FORM, "参加的蒋总，我们订了B区的展位，到时候请您来指导。", forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "朋友", "朋友", "阿雯",
   "阿雯元宵快乐！今年一家人团圆了吧？",
   "没 我爸妈离了 今年两边跑 哪边都不像家",
   "sad", "none", CAS, "抱抱你，两边跑太累了，过两天出来我陪你走走。")

# 清明
it(E, "清明", CASUAL, "friend", "朋友", "Mia",
   "Thinking of your family this Qingming, Mia. Are you heading back to Guangzhou?",
   "yes, flying tomorrow. where are you spending the long weekend?",
   "happy", "where", CAS, "At home in Shanghai, catching up on sleep and visiting my grandma.")
it(Z, "清明", CASUAL, "同事", "同事", "阿霞",
   "阿霞，清明节安康，回去路上注意安全。",
   "谢谢 对了 上周你说的那个治失眠的中药方子叫啥",
   "happy", "what", CAS, "叫酸枣仁汤，我把方子拍给你，先问问医生再喝。")

# 端午
it(Z, "端午", BIZ, "老领导", "领导", "张局",
   "张局，端午安康！退休后的日子过得还舒心吧？",
   "舒心 天天钓鱼 你呢 新岗位顺不顺手",
   "happy", "how_are_you", RESP, "挺顺利的张局，刚接手事情多，有点忙，正在慢慢理。")
it(E, "端午", CASUAL, "friend", "朋友", "Chris",
   "Dragon boat weekend, Chris! Watching the races this year?",
   "our office has a boat!! come cheer for us on Saturday, I'm paddling",
   "happy", "invitation", CAS, "Definitely, I'll be at the riverbank with a sign.")
it(E, "端午", CASUAL, "sister", "家人", "Lena",
   "Happy Duanwu, Lena! Save me a zongzi.",
   "already ate yours, sorry not sorry. are you still bringing the kids on Sunday?",
   "teasing", "yes_no", CAS, "Yes, we'll be there by noon, and you owe me a zongzi.", pick=True)
it(Z, "端午", CASUAL, "同事", "同事", "小韩",
   "小韩端午安康！假期去哪玩？",
   "哪也不去 我家狗狗上周走了 没心情",
   "sad", "none", CAS, "对不起，不知道这事，想聊随时找我，抱抱你。")

# 中秋
it(Z, "中秋", CASUAL, "朋友", "朋友", "阿俊",
   "阿俊中秋快乐！我回来了，出来喝一杯？",
   "走起 去哪 你说个地方",
   "happy", "where", CAS, "去滨江路那家小酒馆，八点见。")
it(Z, "中秋", CASUAL, "同事", "同事", "老邱",
   "老邱中秋快乐！",
   "那来我家过 我老婆做了一桌子菜 多双筷子的事",
   "happy", "invitation", CAS, "那就不客气了，晚上六点过去，带两瓶酒。",
   thread=["R:快乐 你过节不回老家？", "S:不回，票没抢到。"])
it(Z, "中秋", CASUAL, "邻居", "其他", "赵姐",
   "赵姐中秋快乐！你家小宝的月饼我挂门把手上了。",
   "谢了 对了 你家空调外机是不是又在滴水 滴我阳台上了",
   "cold", "yes_no", CAS, "是，真不好意思，明天就叫师傅来修。")

# 国庆
it(E, "国庆", CASUAL, "friend", "朋友", "Ava",
   "Happy Golden Week, Ava! Finally got train tickets to your city.",
   "YES. hiking or the food street on day one?",
   "happy", "choice", CAS, "Food street first, hiking once I've recovered.", must=["hiking", "food street"])
it(Z, "国庆", CASUAL, "老同学", "朋友", "阿秋",
   "阿秋国庆快乐！回来了一定找你吃饭。",
   "好啊 不过那几天我要值两天班 你几号到",
   "busy", "when", CAS, "3号中午到，你哪天不值班我们就哪天吃。")
it(E, "国庆", CASUAL, "colleague", "同事", "Ken",
   "Happy National Day, Ken! Enjoy the week off.",
   "you too! did you end up booking the Xi'an trip?",
   "happy", "yes_no", CAS, "I did, leaving on the 2nd, I'll send you pics of the terracotta army.")

# 元旦
it(E, "元旦", CASUAL, "friend", "朋友", "Rosa",
   "Happy New Year, Rosa! Sorry I went quiet this year.",
   "no need to apologize. how are you holding up after everything with your dad?",
   "worried", "how_are_you", CAS, "Better than I was, honestly. He's recovering and I'm sleeping again.")
it(Z, "元旦", CASUAL, "同事", "同事", "阿鑫",
   "阿鑫元旦快乐！跨年夜部门聚餐你去吗？",
   "去 你订的那家在哪来着 我导航一下",
   "happy", "where", CAS, "在万达广场三楼，叫老码头火锅。")
it(Z, "元旦", TRAD, "父亲", "家人", "爸",
   "爸，元旦快乐！",
   "回来的话几号到 我去车站接你",
   "happy", "when", INTI, "2号上午到，十点的车，不用接。",
   thread=["R:好 你那边放几天", "S:放三天，本来就想回去一趟。"])
it(Z, "元旦", TRAD, "公公", "家人", "爸",
   "爸，元旦快乐！今年我们在自己家跨年，明天回去看您。",
   "好 路上滑 开车还是坐地铁",
   "worried", "choice", RESP, "坐地铁，爸，路上滑，开车不安全。", must=["开车", "坐地铁"], sender="丽丽")

# 冬至
it(Z, "冬至", CASUAL, "老同学", "朋友", "阿蓉",
   "阿蓉冬至快乐！好久没联系了。",
   "难怪 那边冬天冷吧 一个人适应得咋样",
   "worried", "how_are_you", CAS, "慢慢适应了，就是暖气不够足，别的都挺好。",
   thread=["R:是啊 快一年了", "S:今年换了城市，一直手忙脚乱的。"])
it(Z, "冬至", TRAD, "大学老师", "老师", "钱老师",
   "钱老师，冬至快乐！天冷了，您注意身体。",
   "谢谢 今晚在家包饺子 你一个人在这边 过来一起吃吧",
   "happy", "invitation", RESP, "谢谢钱老师，那我就不客气了，六点过去给您打下手。")
it(E, "冬至", CASUAL, "neighbor", "其他", "Liam",
   "Happy Winter Solstice, Liam! Dumplings on me, neighbor.",
   "you're a legend. where's the good dumpling place again?",
   "happy", "where", CAS, "The tiny place on Baker Street, next to the bookstore.")
it(Z, "冬至", CASUAL, "同事", "同事", "老梁",
   "老梁冬至快乐！今晚饺子记得蘸醋，别又吃泡面。",
   "吃不上 在公司赶评审呢 你下周一的材料发我了没",
   "busy", "yes_no", CAS, "发了，昨晚十点发你邮箱了，记得查收。")

# 七夕
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "莎莎",
   "莎莎七夕快乐～今年我一个人过，倒也清净。",
   "你还好吗 上个月那事缓过来没",
   "worried", "how_are_you", CAS, "缓过来了，现在挺好的，一个人吃饭也挺香。")
it(Z, "七夕", CASUAL, "朋友", "朋友", "阿琛",
   "阿琛七夕快乐，单身的我们也要好好吃饭。",
   "那今晚一起吃烤肉 单身狗联盟聚一下",
   "happy", "invitation", CAS, "走起，七点老地方见。")
it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公七夕快乐！今年的花我自己买了，你负责夸好看就行。",
   "好看 是你上回说的那家店吗 那家的花第二天就蔫了",
   "teasing", "yes_no", INTI, "不是那家，换了一家新开的，保证能撑一周。", pick=True)

# 情人节
it(E, "情人节", CASUAL, "husband", "恋人", "Dave",
   "Happy Valentine's Day, Dave! The sitter is booked, we're free tonight.",
   "finally!! what time should I be ready?",
   "happy", "when", INTI, "Be ready by 7, the table is at 7:30.")

# 教师节
it(Z, "教师节", TRAD, "大学老师", "老师", "郑老师",
   "郑老师，教师节快乐！毕业三年了，一直记得您的课。",
   "谢谢你 在外面工作还顺心吗 身体怎么样",
   "happy", "how_are_you", RESP, "都挺好的郑老师，工作顺心，身体也好，谢谢您挂念。")
it(E, "教师节", TRAD, "teacher", "老师", "Mrs. Ford",
   "Happy Teachers' Day, Mrs. Ford! I still use the essay tricks you taught me.",
   "That warms my heart! Did you ever finish that novel you were writing?",
   "touched", "yes_no", RESP, "Not yet, Mrs. Ford, but I'm on chapter twelve now.")

# 母亲节
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Wish I could hug you today.",
   "Aww I miss you too. How's work, still crazy?",
   "touched", "how_are_you", INTI, "Still busy, but I'm doing fine, promise.")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！周末带你去拍套写真。",
   "拍啥写真 浪费钱 要去就去吃顿饭 粤菜还是火锅你定",
   "happy", "choice", INTI, "那就粤菜，点你爱吃的烧鹅。", must=["粤菜", "火锅"])

# 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "老爸",
   "老爸父亲节快乐！等我发了奖金给你换根新钓竿。",
   "钓竿不急 你最近脸色不好 是不是又熬夜了",
   "worried", "how_are_you", INTI, "没熬夜，就是最近项目忙，有点累，周末补补觉就好。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！给你寄了双布鞋。",
   "鞋收到了 挺合脚 多少钱买的 别又骗我说打折",
   "teasing", "what", INTI, "真是打折买的，原价三百，我九十九拿下的。")

# 感恩节
it(Z, "感恩节", CASUAL, "朋友", "朋友", "Kiki",
   "Kiki感恩节快乐！今晚的聚餐我负责带酒。",
   "好 红的还是白的 我这做的是烤鸡",
   "happy", "choice", CAS, "红的吧，配烤鸡正好。", must=["红的", "白的"])
it(E, "感恩节", TRAD, "neighbor", "其他", "Mrs. Lee",
   "Happy Thanksgiving, Mrs. Lee! Your apple pie last year is still the best I have ever had.",
   "Oh, you sweet thing. There is another one in the oven, would you like to join us at 4?",
   "happy", "invitation", RESP, "I would love to, Mrs. Lee. I will bring the whipped cream.")
it(Z, "感恩节", CASUAL, "闺蜜", "朋友", "小艾",
   "小艾感恩节快乐！谢谢你一直在。",
   "肉麻死了 你那个面试过了没",
   "teasing", "yes_no", CAS, "过了！下周一入职，请你吃饭。")
it(E, "感恩节", CASUAL, "friend", "朋友", "Ivy",
   "Happy Thanksgiving, Ivy! What are you grateful for this year?",
   "honestly not much. lost the job and the apartment in the same month",
   "sad", "none", CAS, "I'm so sorry. Come over Thursday, there's a seat and a plate with your name on it.",
   forbid=["happy thanksgiving"])

# 生日
it(Z, "生日", CASUAL, "大学室友", "朋友", "阿静",
   "阿静生日快乐！当妈以后的第一个生日，也要记得宠自己。",
   "谢谢亲爱的 听说你最近在准备跳槽 还好吗",
   "happy", "how_are_you", CAS, "挺好的，面试过了两轮，就是有点累。")
it(Z, "生日", CASUAL, "闺蜜", "朋友", "兔兔",
   "兔兔生日快乐！晚上给你庆生，蛋糕你来挑。",
   "草莓的还是巧克力的 我都想要😭😭",
   "happy", "choice", CAS, "那就草莓的，巧克力的明天补。", must=["草莓", "巧克力"])
it(Z, "生日", CASUAL, "哥哥", "家人", "哥",
   "哥，生日快乐！四十岁了，少喝点酒。",
   "知道 你嫂子天天盯着 今晚你来不来吃饭",
   "happy", "invitation", CAS, "来！七点准到，给你带个蛋糕。")

# 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Noah",
   "Merry Christmas, Noah! Movie marathon this weekend?",
   "yes!! Home Alone or Elf first",
   "happy", "choice", CAS, "Elf first, then Home Alone with pizza.", must=["Home Alone", "Elf"])
it(Z, "圣诞节", CASUAL, "大学同学", "朋友", "阿康",
   "阿康圣诞快乐！今年平安夜还去教堂听唱诗吗？",
   "去 在哪碰头 你定",
   "happy", "where", CAS, "七点在教堂对面那家书店碰头。")
it(E, "圣诞节", CASUAL, "colleague", "同事", "Sara",
   "Merry Christmas, Sara! Enjoy the ski trip.",
   "thanks!! remind me who's covering my tickets while I'm out?",
   "happy", "what", CAS, "Tom is covering your tickets until the 3rd.")
it(E, "圣诞节", BIZ, "boss", "领导", "Helen",
   "Merry Christmas, Helen! Thanks for a great year.",
   "Merry Christmas! We're hosting a small open house on the 26th, you should stop by.",
   "happy", "invitation", RESP, "Thank you, Helen, I would be happy to come by in the afternoon.")

# 情人节 (one more)
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小柚",
   "小柚情人节快乐！礼物寄出去了，顺丰。",
   "收到啦 可是人呢 你到底哪天过来看我",
   "sad", "when", INTI, "下周五晚上的高铁，周六一早就到你楼下。")

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
        iid = f"fb5-{n:03d}"
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
    from followup_blind5_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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
    ("can you / could you …", ("can you", "could you", "could someone")),
    ("don't forget / bring / save / wear …", ("don't forget", "bring ", "save ", "wear ", "pick up", "sign ")),
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
)

NOTE = """# Follow-up blind set 5 (`followup_blind5_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind5_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind5_check.py` (validator, `--selftest`), `followup_blind5_2026-12.json` (the set),
  `followup_blind5_2026-12.md` (this note), all in `/work/blind5-followup/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb5-001` … `fb5-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read (in full).
`README.md` was read for the product description. The third and fourth sets' notes
(`tests/data/followup_blind3_2026-12.md`, `tests/data/followup_blind4_2026-12.md`) were read in full for their
format, labelling rules and judgement calls, which this set follows unchanged. The fourth set's build and check
scripts were read only for their file structure, the per-holiday word tables (copied unchanged) and the validator
logic (adapted); their item texts were not studied (locating the structure showed the build script's first item
and first multi-round item, and nothing of them was reused). The checker reads the two notes and the fourth
set's build script as plain text, only to refuse copied runs. Git was not run and the bot was never run.

Every greeting, earlier turn and reply was newly typed by hand, item by item, as people really chat. Compared with
the earlier sets the mix leans further away from plain happy thanks: many requests phrased many ways (记得…, 帮我…,
到了…, 给我带…, 别…, bare imperatives such as 那明天早饭你做 or 你推轮椅来, "can you…", "could you…",
"don't forget…", "save me the survivors"), invitations (来我家打麻将, 周日来家里钓鱼吧, "come cheer for us on
Saturday"), yes/no questions in varied forms (…没, …了吗, …不, 是不是, 有没有, 能不能, 行不行, …吧), teasing replies
with a jab (齁咸的红烧肉, "rude. accurate but rude.", 你才笨蛋), worried, sad, cold, touched and busy replies, short
cold answers (同祝。, 已阅, 不了, ok, 多谢, 行吧, 嗯嗯, `[握手]`), voice-input run-ons without punctuation, space-separated
chat, emoji and chat-sticker codes (🧧🥺🥺, 🥟🥟🥟😋, 😘😘😘💐, `[呲牙]`, `[旺柴]`, `[可怜]`), a few typos as people make
them (再家 for 在家, 包吃包注), plain ordinary replies, and replies that pick up a detail or joke of the greeting
(the too-salty braised pork, the goat-year stubbornness, the "v1.0 dad release", the exploded tangyuan,
the snowman painting's teeth, the cake that is too big to finish alone). English items carry English greetings. The wording avoids
the earlier sets: the checker refuses the example phrases of the third and fourth sets' notes, of the judge's
docstrings and of the README, the earlier sets' whole short replies and stickers, and any text (greeting, turn,
reply or reference follow-up) that shares a run of more than 11 Han characters or more than 27 characters with
the third or fourth set's note or the fourth set's build script.

Fields follow `tests/followup_judge.py` and the fourth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the fourth set: 您-only `respectful` for grandparents, parents-in-law, an aunt and an
  uncle, teachers (a piano teacher, a driving coach, a school head), bosses and elders or service people outside
  the family (a landlady, a doctor, a housekeeper, an old neighbour, a master craftsman) and English
  elders/bosses/teachers/in-laws/an elderly neighbour; `formal` for clients; `intimate` for partners, parents and
  one's own children; `casual` for friends, siblings, cousins, a sister-in-law, colleagues, peers, a barber, a gym
  coach, the parcel-station keeper and neighbours of one's own age.
- **forbidden:** per item traps (加班 to clients; 情人节快乐, 生日快乐, 圣诞快乐, "happy thanksgiving" as a second
  wish to someone who just broke up, sits at a hospital bed, cries alone abroad or lost a job; 下次 to a wife
  tired of rain checks) plus the automatic ones of the fourth set: when the recipient asked something, 爸妈 and
  你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to English respectful/formal recipients; 哈哈
  (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the third and fourth sets' per-holiday tables, unchanged; an other-holiday word that the
  greeting, the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third and fourth sets' definitions and borderline rules unchanged (mood is what
the latest reply conveys toward the sender, read with the greeting and thread; two questions in one reply: a
request or invitation first, then a concrete question before a phatic or rhetorical one, else the one the reply
ends on; "are you still coming / 回来不" confirming a plan is `yes_no`, a new proposal is `invitation`; ability
and permission forms are `yes_no` unless they ask the sender to do something; an imperative reschedule is
`request`, asking permission to reschedule is `yes_no`; offers are `yes_no`; handing a place decision to the
sender is `where`; an either-or naming both alternatives is `choice`; did-you-do-it questions are `yes_no`,
how the sender feels or copes is `how_are_you`, how a task goes is `what`; a rhetorical jab is `none`; laughter
alone is `happy`, `teasing` needs a jab or a joke at someone's expense; being occupied is `busy` even in jest;
an elder kindly declining or reproaching out of concern is `worried`).

### New judgement calls (settled one way throughout this set)

1. **Attending someone else's event.** "Are you coming to the dumpling thing at Tina's?", 今年同学会你去不去 (an event
   neither side hosts) ask the sender to confirm and are `yes_no`; the recipient's own event or
   proposal (我今年敲鼓 你来不来看, 今晚你来不来吃饭 on his own birthday, "I'm throwing a party Saturday, you're
   coming") is `invitation`.
2. **A guess put up for confirmation with 吧** (你们娘俩商量好的吧) is `yes_no`; a 吧 jab that needs no answer
   (你买的盗版吧😂, 你是故意的吧😤, 参数量翻倍是说我又胖了吧) is `none`.
3. **A question relayed from a third person to the sender** (她天天问舅舅啥时候来) takes the kind of the relayed
   question (`when`); a question the recipient only reports, not addressed to the sender (寄宿家庭一直问我中国有没有
   感恩节), is no question (`none`).
4. **Claiming something owed** (礼物呢 on a birthday, "you owe me a slice of pumpkin pie", 把欠我的两千块还了吧) is
   `request`: the sender is asked to hand it over; this extends the fourth set's "X呢 after an unkept promise".
5. **A counter-proposal that moves the sender's plan** ("can't tonight … tomorrow?", "can we celebrate on
   Saturday?", 鸡翅行不行) asks permission to change a plan and is `yes_no`, like the third and fourth sets'
   reschedule rule; a reply that accepts and only adds a condition or a time (好呀 九点以后…) asks nothing (`none`).
6. **Moods.** A flat, disappointed reply to a repeated apology (习惯了 你每年都这么说) is `cold`; a joke at one's
   own expense with no warmth lost (立了 减肥二十斤 去年的还没实现, 没 去晚了 只剩汤了 我恨) is `teasing`; a child's or
   partner's nerves about their own ordeal (我要上台弹吉他 紧张) are `worried`; longing for the sender with a
   question (你啥时候来看我, 你到底哪天过来看我) is `sad`; a short, businesslike thanks from a teacher or boss
   followed by a task (谢谢。你申请的…结果出来了吗) is `cold`, as the third set's "purely transactional".

## Checks

`python3 followup_blind5_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the fourth set's 19 — with the set cut to 240 items and the version set to the fourth set's —
plus a fourth-set example phrase, a fourth-set whole reply, 30 characters copied from the fourth set's note, 12
Han characters copied from the third set's note, one mood grown past half the set, a request phrasing that
disappears, requests relabelled away) and requires the validator to fail on each; `followup_blind5_check.py -`
reads a file from stdin. It checks what the fourth set's validator checks (fields, types, canonical values equal
to the judge's own tuples, ids `fb5-NNN` consecutive, no repeated reply or greeting, no Chinese in English items,
threads of 1–4 turns, `must_mention_any` exactly for `choice` with options found in the reply, other-holiday
words disjoint and absent from the item's own text, register consistent with the category, no example wording,
the automatic forbidden traps, the spread: ≥250 items, ≥40 English over ≥12 holidays and ≥6 categories, ≥45
threads of which ≥5 English, every category, holiday, mood, question kind, style and register with minimum
counts, ≥40 requests, ≥35 yes/no, ≥20 invitations, no mood over half the set and `none` under 40%, every family
sub-group, a landlord and a doctor, short cold, emoji-only, emoji-heavy and voice-style replies) and adds: no
greeting, turn, reply or reference sharing a run of more than 11 Han characters or more than 27 characters with
`followup_blind3_2026-12.md`, `followup_blind4_2026-12.md` or `followup_blind4_build.py` (NFKC, lower-cased);
request replies that use each of 记得, 帮我, 给我带, 到了, 别, "can you", "could you", "don't forget"; yes/no
replies that use each of 没, 了吗, 不, 是不是, 有没有, 能不能, 行不行, "did", "are you"; no repeated reference. Then it
loads `/work/main/tests/followup_judge.py` (with `/work/main` on `sys.path`), checks that `mood_right` and
`question_right` accept each item's labels (and reject a wrong mood), runs `passes` on each item with the
hand-written reference follow-up from the build script and requires all four verdicts to be True, and requires
each `forbidden` and `other_holiday_words` entry to make the judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

### Notes on the judge (found while checking the references)

Two references first failed for reasons in the judge, not in the item, and were reworded (the items were not
changed to suit the judge): in `yes_no`, the predicate of 今年回来过年不 is taken as 年 (the character before 不, the
fourth set's 回来吃饭不 quirk again), so the natural answer 回，爷爷，腊月二十八就到家 fails; it became 肯定回
(`fb5-008`). And 真的假的 carries neither 吗 nor an A-not-A pair, and 真的 is not among the judge's yes words, so the
natural answer 真的，老板亲口说的 fails; it became 是真的 (`fb5-166`).

Two English references were reworded for this set's own copy rule, not for the judge, because a stock phrase
ran past 27 characters in common with an earlier set's text ("…, I'll book the place with the …", "Enjoy the
holiday with your family, …"); some greetings were reworded for the same reason before the set was frozen
(stock openings such as "Happy Dragon Boat Festival, " are 28 characters long).

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
