#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind6_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this sixth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind6_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third, fourth and fifth sets, unchanged); an other-holiday word that the greeting, the thread or
the reply itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the
mood is sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked
something (question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal),
"and you?" to English respectful/formal recipients.

Run: ``python3 followup_blind6_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind6_2026-12.json"
MD_NAME = "followup_blind6_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, the fifth "
    "set's working folder was not looked at, git was not run and the bot was never run; the third, fourth and "
    "fifth sets' notes were read for their format, labelling rules and judgement calls, and the fifth set's build "
    "and check scripts only for their file structure, holiday word tables and validator logic. Each greeting, "
    "thread and reply of this sixth set was newly composed one by one as people write in chat (ordinary replies, "
    "questions of every kind spread more evenly than before, requests, invitations, teasing jabs, worried, sad, "
    "cold, touched and busy replies, short cold answers, voice-input run-ons, emoji and stickers, typos, replies "
    "that pick up a detail or joke of the greeting, English exchanges, multi-round threads), avoiding the wording "
    "of the earlier sets, of the examples in their notes, of the judge's docstrings and of the README. Mood and "
    "question were labelled as a careful human reader would, following the third, fourth and fifth sets' rules "
    "unchanged; where a reply asks two things the main question follows the same fixed order. Expectations "
    "(answer_kind = question, register, forbidden traps, holiday words, must_mention_any for offered options) use "
    "the vocabularies of tests/followup_judge.py; a hand-written reference follow-up per item, kept only in the "
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

it(Z, "春节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，羊年到啦！祝您身体硬朗、牙口好胃口好，今年灌腊肠还等您手把手教我。",
   "乖孙 腊肠早就挂阳台上了 你几号回来 我好留两根最肥的",
   "happy", "when", RESP, "奶奶，我腊月二十八到家，最肥的那两根可得给我留着！", sender="小宇", pick=True)
it(Z, "春节", CASUAL, "室友", "朋友", "老周",
   "老周，羊年快乐！今年争取别再把电饭煲煮糊了，宿舍那股焦味我记到现在。",
   "哈哈哈那锅早扔了 今年过年你在哪边过",
   "happy", "where", CAS, "在成都陪我爸妈，初五以后回杭州，到时候约。", pick=True)
it(Z, "春节", BIZ, "客户", "客户", "刘总",
   "刘总，新春将至，感谢一年来对我们仓储系统项目的信任，祝您羊年顺遂、生意兴隆。",
   "同贺。",
   "cold", "none", FORM, "刘总客气了，节后再登门拜访，给您汇报二期的安排。", forbid=NO_OVERTIME)
it(Z, "春节", CASUAL, "母亲", "家人", "妈",
   "妈，新年快乐！今年贴窗花的活儿我包了，保证一张都不贴歪。",
   "别贴太多 邻居还以为咱家开窗花店 对了你哪天放假",
   "teasing", "when", INTI, "腊月二十六放假，当天晚上就坐车回去，窗花我少贴几张。",
   thread=["R:去年你贴的那个胖娃娃歪得像在跳舞", "S:那叫动感 今年我拿尺子量着贴"], pick=True)
it(Z, "春节", CASUAL, "同事", "同事", "小冯",
   "小冯，过年好！年前最后一周辛苦啦，节后奶茶我请。",
   "在赶年终报表 脑子已经糊了 先谢过",
   "busy", "none", CAS, "先忙你的，报表交了好好睡一觉，奶茶给你记着。")
it(Z, "春节", BIZ, "领导", "领导", "孙总",
   "孙总，新春快乐！感谢这一年您带着我跑项目，尤其是那次陪我在客户楼下改方案到半夜。",
   "小陈有心了 这一年进步很大 明年继续加油 初八见",
   "happy", "none", RESP, "谢谢孙总，初八准时到，明年继续跟着您多学。", sender="小陈", pick=True)
it(Z, "春节", CASUAL, "姐姐", "家人", "姐",
   "姐，新年快乐！今年外甥的压岁钱我包个大的，你别拦着。",
   "大的就免了 帮我在机场免税店捎瓶面霜 钱回头转你",
   "happy", "request", CAS, "没问题，牌子和型号发我，落地就给你拿过去。")
it(Z, "春节", TRAD, "外公", "家人", "外公",
   "外公，新年好！今年我自己开车回来，后备箱给您装了个泡脚桶。",
   "开车要当心 听说高速上下雪了 实在不行就改坐火车 泡脚桶家里有",
   "worried", "request", RESP, "好的外公，出发前我看好天气，雪大就改坐高铁，一到家先给您打电话。")
it(Z, "春节", CASUAL, "发小", "朋友", "大刘",
   "大刘，羊年快乐！今年相亲别再穿那件荧光绿羽绒服了，真的。",
   "那是我幸运色 你懂个啥 今年你回不回老家",
   "teasing", "yes_no", CAS, "回，初二就到，羽绒服的事当面再跟你掰扯。", pick=True)
it(Z, "春节", CASUAL, "女儿", "家人", "闺女",
   "闺女，新年快乐！爸给你转了个红包，别一口气全拿去买盲盒。",
   "谢谢老爸😘 就买一个 剩下的存起来 说到做到 你今年给妈买啥了",
   "happy", "what", INTI, "给她买了条羊绒围巾，你先别说漏嘴。", sender="老爸")
it(Z, "春节", TRAD, "房东", "其他", "王阿姨",
   "王阿姨，新年快乐！这一年房子住得特别舒心，谢谢您一直这么照顾我。",
   "小姑娘客气啥 过年回老家吧 走之前记得把水电总闸关了",
   "happy", "request", RESP, "王阿姨放心，走之前总闸和燃气都关好，初十回来再去看您。")
it(E, "春节", CASUAL, "friend", "朋友", "Priya",
   "Happy Lunar New Year, Priya! Wishing you luck, health, and a year where your succulents finally survive.",
   "The succulents heard that and one of them just gave up out of spite 😤",
   "teasing", "none", CAS, "RIP little guy. I'm sending you a cactus, those forgive everything 🌵", pick=True)
it(E, "春节", CASUAL, "colleague", "同事", "Tom",
   "Happy Chinese New Year, Tom! Thanks again for covering my on-call shift last week.",
   "np! on a train rn and the signal is awful. when are you back in the office?",
   "busy", "when", CAS, "Back on Monday the 15th. Enjoy the ride, talk soon!")
it(E, "春节", BIZ, "manager", "领导", "Margaret",
   "Happy Lunar New Year, Margaret. Thank you for a year of patient guidance, and for joining our team lunch.",
   "Just family and far too much food. Are you taking the whole week off?",
   "happy", "yes_no", RESP, "Yes, the whole week. I'll be back on the 15th with my inbox under control.",
   sender="Lin", thread=["R:Thank you, Lin. A very happy new year to you as well.",
                         "S:Thanks, Margaret! Any plans for the holiday?"])
it(E, "春节", TRAD, "grandmother", "家人", "Grandma",
   "Happy Lunar New Year, Grandma! This year I've saved a red envelope for you, for once.",
   "Oh you cheeky thing, keep your money. Just drive carefully, the roads up here are icy.",
   "worried", "request", RESP, "I will, Grandma. I'll go slowly and call you from every rest stop.", pick=True)
it(Z, "春节", TRAD, "婆婆", "家人", "妈",
   "妈，新年快乐！今年年夜饭我来给您打下手，您多歇会儿。",
   "行 到时候再说",
   "cold", "none", RESP, "好的妈，那我二十九就过去帮忙择菜洗碗。")
it(Z, "春节", CASUAL, "男朋友", "恋人", "阿杰",
   "阿杰，新年快乐！今年又只能隔着屏幕守岁，视频里给你看我家的烟花。",
   "第三年了 每次都是视频 有点想哭",
   "sad", "none", INTI, "我也想你，开春我就请年假过去找你，这次说到做到。")
it(Z, "春节", CASUAL, "弟弟", "家人", "老弟",
   "老弟，羊年大吉！压岁钱没有了，姐请你吃顿好的当补偿。",
   "🥩🥩🍺",
   "happy", "none", CAS, "行，烤肉配啤酒，初三中午见。", pick=True)

# ---------------------------------------------------------------- 元宵

it(Z, "元宵", CASUAL, "女朋友", "恋人", "小满",
   "小满，元宵节快乐！今晚带你去看灯会，记得穿那件厚的。",
   "好耶！！看完灯去吃啥 螺蛳粉还是烤红薯 你选",
   "happy", "choice", INTI, "烤红薯，边走边吃，螺蛳粉留到周末。", must=["螺蛳粉", "烤红薯"])
it(Z, "元宵", CASUAL, "母亲", "家人", "妈",
   "妈，元宵快乐！今年的汤圆包了几种馅？我还是想吃黑芝麻的。",
   "芝麻的给你冻了一袋 你爸非要包辣椒馅的 说是创新 你猜他包了多少个",
   "happy", "what", INTI, "我猜至少二十个，辣椒馅的全留给他自己吃。", pick=True)
it(Z, "元宵", CASUAL, "同事", "同事", "晓琳",
   "晓琳，元宵节快乐！明天上班给你带我妈酿的桂花酒酿。",
   "太好了！那中午一起去楼下新开的那家面馆吧 我请",
   "happy", "invitation", CAS, "好呀，十二点楼下见，酒酿带着饭后喝。")
it(Z, "元宵", TRAD, "高中班主任", "老师", "李老师",
   "李老师，元宵节快乐！还记得高三那年您在教室后面用电锅给我们煮汤圆，那味道我到现在都记得。",
   "你们这届孩子 老师一直记挂着 看到这条消息眼眶都热了",
   "touched", "none", RESP, "李老师，我们也一直记挂着您，等有空约上同学回学校看您。", pick=True)
it(Z, "元宵", BIZ, "客户", "客户", "赵总",
   "赵总，元宵佳节快乐，祝贵司新一年订单满仓、诸事顺遂。",
   "[微笑]",
   "cold", "none", FORM, "赵总，节后我把新的报价单整理好发您过目。", forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "表妹", "家人", "表妹",
   "表妹，元宵快乐！今年灯谜会你再全猜错，可别说我没提醒你。",
   "去年那是故意让着你 今年你还敢来吗",
   "teasing", "yes_no", CAS, "来，必须来，这回谁输谁请奶茶。", pick=True)
it(Z, "元宵", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，元宵节快乐！您养的那缸金鱼过冬还好吗？",
   "鱼都好着呢 倒是你 一个人在外面工作顺不顺心",
   "happy", "how_are_you", RESP, "挺顺心的爷爷，同事都好相处，您放心。")
it(Z, "元宵", CASUAL, "闺蜜", "朋友", "阿May",
   "阿May，元宵快乐！今晚河边放孔明灯，来不来？",
   "在医院值夜班[流泪] 你们玩 多拍点给我看",
   "busy", "request", CAS, "好，多拍几张发你，值班辛苦了。")
it(Z, "元宵", CASUAL, "哥哥", "家人", "哥",
   "哥，元宵快乐！嫂子说今晚去你们家吃元宵，我带两瓶饮料过去。",
   "哦哦",
   "cold", "none", CAS, "那我七点左右到，饮料就拿橙汁了。")
it(E, "元宵", CASUAL, "friend", "朋友", "Jess",
   "Happy Lantern Festival, Jess! Riddles at the museum tonight, and I'm bringing the thermos of ginger tea.",
   "yesss. sesame or peanut tangyuan after? I'm buying",
   "happy", "choice", CAS, "Sesame, always sesame. See you at the east gate!", must=["sesame", "peanut"],
   thread=["R:ooh the one with the giant rabbit lantern?", "S:That's the one. Seven at the east gate?"])
it(E, "元宵", TRAD, "former teacher", "老师", "Mr. Evans",
   "Happy Lantern Festival, Mr. Evans! I finally folded the paper lantern you taught us back in grade six.",
   "What a lovely surprise! How is university treating you? Is the workload manageable?",
   "happy", "how_are_you", RESP, "It's going well, Mr. Evans. I'm busy, but enjoying it, especially the design classes.",
   pick=True)
it(E, "元宵", CASUAL, "boyfriend", "恋人", "Daniel",
   "Happy Lantern Festival, love. Wish I could walk the lantern street with you tonight instead of texting from Berlin.",
   "me too. it's so quiet here without you. I just lit the little lantern on the balcony",
   "sad", "none", INTI, "Send me a photo of it. Six more weeks and we walk that street together, I promise.")
it(E, "元宵", CASUAL, "cousin", "家人", "Kevin",
   "Happy Lantern Festival, Kevin! Try not to eat the whole tray of tangyuan before the riddles start.",
   "too late lol. bring more when you come tomorrow, the black sesame ones",
   "teasing", "request", CAS, "Fine, I'll bring a whole box of black sesame. Save me one riddle.", pick=True)
it(Z, "元宵", CASUAL, "高中同学", "朋友", "班长",
   "班长，元宵快乐！听说今年同学聚会又是你张罗，辛苦啦。",
   "能带 人多热闹 就是地方还没着落 你在市中心熟 推荐个能坐二十人的地儿",
   "happy", "where", CAS, "解放路那家老字号有个大包间，能坐二十多人，我先帮你问问。",
   thread=["R:可不是 头都大了 日子定在下周六", "S:那我肯定到 能带家属不"])
it(Z, "元宵", TRAD, "岳父", "家人", "爸",
   "爸，元宵节快乐！前两天听小敏说您膝盖疼，这两天好点了吧？",
   "好多了 倒是你们 听说你那边流感厉害 家里有没有人中招",
   "worried", "yes_no", RESP, "没有，家里都好好的，爸您放心。")
it(Z, "元宵", BIZ, "领导", "领导", "周总",
   "周总，元宵节快乐！祝您新的一年身体健康，事事顺心。",
   "在高铁上 信号差 节日快乐",
   "busy", "none", RESP, "周总一路顺风，到了好好休息。")
it(Z, "元宵", CASUAL, "妹妹", "家人", "妹",
   "妹，元宵快乐！第一次一个人在国外过节，给你寄的汤圆粉到了没？",
   "到了😭😭 一打开箱子还有你写的小卡片 我在宿舍哭成狗",
   "touched", "none", CAS, "傻丫头，想家了就打视频给我，煮的时候水开了再下锅。", pick=True)

# ---------------------------------------------------------------- 清明

it(Z, "清明", TRAD, "父亲", "家人", "爸",
   "爸，清明安康。今年我回不去给爷爷扫墓了，您替我多上一炷香。",
   "知道了 你爷爷要是还在 肯定天天念叨你 你啥时候能回来一趟",
   "sad", "when", INTI, "五一就回，到时候我自己去给爷爷磕个头。")
it(Z, "清明", TRAD, "姑姑", "家人", "姑姑",
   "姑姑，清明安康！今年祭扫我陪您一起去，香烛纸钱我来准备。",
   "好孩子 那咱们约在哪碰头 我坐公交过去",
   "happy", "where", RESP, "就在南山公墓的停车场碰头，我早点到，东西都带齐。")
it(Z, "清明", CASUAL, "朋友", "朋友", "阿凯",
   "阿凯，清明小长假愉快！天气这么好，别又在家躺三天。",
   "说得好像你不躺似的 我们周六去植物园踏青 一起呗 把你家狗也带上",
   "teasing", "invitation", CAS, "好啊，周六我带狗和飞盘过去，几点集合你说。")
it(Z, "清明", TRAD, "外婆", "家人", "外婆",
   "外婆，清明安康。想外公了吧，这周末我回来陪您去看他。",
   "你外公走了三年了 我每天还给他泡一杯茶",
   "sad", "none", RESP, "外婆，周末我陪您一起去，再给外公带一罐他爱喝的茶叶。")
it(Z, "清明", CASUAL, "同事", "同事", "老邓",
   "老邓，清明小长假好好歇歇，上周那个版本多亏你扛着。",
   "歇不了 在机房守着数据迁移呢 估计要通宵",
   "busy", "none", CAS, "辛苦，迁移完给你带份夜宵，撑住。")
it(Z, "清明", CASUAL, "研究生导师", "老师", "陈老师",
   "陈老师，清明安康！假期还在备课吗，您注意休息。",
   "谢谢关心。",
   "cold", "none", RESP, "陈老师客气，毕业论文初稿节后发您过目。")
it(Z, "清明", CASUAL, "母亲", "家人", "妈",
   "妈，清明安康，今年我就不回去了。",
   "山上路滑我们知道 你别光顾着说我们 你在外面一个人少熬夜 按时吃饭",
   "worried", "request", INTI, "好，我每天十二点前睡，三顿都按时吃，您也别累着。",
   thread=["R:你爸和我去就行 你忙你的", "S:嗯 您俩上山慢点 石阶滑"])
it(E, "清明", CASUAL, "friend", "朋友", "Mei",
   "Mei, I'm thinking of you today. I know this is the first Qingming without your dad.",
   "thank you for remembering. went up the hill this morning with his favourite plum wine. still doesn't feel real",
   "sad", "none", CAS, "It won't for a while, and that's okay. I'm free all weekend if you want company or a long walk.")
it(E, "清明", CASUAL, "colleague", "同事", "Raj",
   "Hope you get a quiet Qingming break, Raj. The deploy can wait until Tuesday.",
   "haha wish it could. on a call with the vendor right now. what did you decide about the rollback plan?",
   "busy", "what", CAS, "We're keeping the old build on standby for two days. Full notes are in the doc.")
it(E, "清明", CASUAL, "mother", "家人", "Mom",
   "Thinking of Grandpa today, Mom. I lit a candle for him here in Toronto.",
   "That's sweet, honey. He'd be proud. Are you eating properly over there? You sounded tired on the phone.",
   "worried", "how_are_you", INTI, "I'm fine, Mom, just a long week. I had a proper dinner tonight, promise.")
it(E, "清明", TRAD, "elderly neighbour", "其他", "Mrs. Patel",
   "Mrs. Patel, thinking of you and Mr. Patel this Tomb Sweeping weekend. Let me know if you need a ride to the cemetery.",
   "That would be a great help, dear. Could you pick me up Sunday morning around nine?",
   "happy", "request", RESP, "Of course. I'll be at your door at nine on Sunday.")
it(Z, "清明", CASUAL, "男朋友", "恋人", "小林",
   "小林，清明小长假咱俩去踏青吧，我做青团带着。",
   "好呀 你做豆沙的还是咸蛋黄肉松的",
   "happy", "choice", INTI, "咸蛋黄肉松的，豆沙的怕你嫌甜。", must=["豆沙", "咸蛋黄肉松"], pick=True)
it(Z, "清明", CASUAL, "表哥", "家人", "表哥",
   "表哥，清明回老家吗？去年你在山上迷路那事全村都知道了。",
   "你还好意思说 明明是你带的路 今年你开车不",
   "teasing", "yes_no", CAS, "开，这回我开车，导航也提前下好了。", pick=True)
it(Z, "清明", BIZ, "领导", "领导", "吴总",
   "吴总，清明安康！节后的季度复盘材料我已经准备好了。",
   "好 节后哪天能发我",
   "cold", "when", RESP, "吴总，周二上午发到您邮箱。")
it(Z, "清明", BIZ, "客户", "客户", "钱总",
   "钱总，清明安康。去年听说令堂仙逝，这个清明您多保重。",
   "谢谢你还记得 这几天确实不太好受",
   "sad", "none", FORM, "钱总节哀，有需要帮忙的地方随时吩咐，项目上的事您先放一放。", forbid=NO_OVERTIME)
it(Z, "清明", CASUAL, "儿子", "家人", "儿子",
   "儿子，清明放假了吧？住校第一年，有空给家里打个电话。",
   "放了 正跟室友去爬山呢 你跟我爸身体咋样",
   "happy", "how_are_you", INTI, "都挺好的，你爸天天早上打太极，你们爬山注意安全。", sender="妈")
it(Z, "清明", TRAD, "修车师傅", "其他", "张师傅",
   "张师傅，清明安康！上回听说您腰扭了，好些了没？",
   "还疼着 下不了楼 店也关了半个月",
   "sad", "none", RESP, "张师傅，明天我给您送点膏药过去，您安心躺着养。",
   thread=["R:小李啊 谢谢惦记", "S:应该的 您这会儿能下地了吗"])

# ---------------------------------------------------------------- 端午

it(Z, "端午", TRAD, "母亲", "家人", "妈",
   "妈，端午安康！今年别包太多粽子了，冰箱都塞不下。",
   "晚了 已经包了六十个 你要肉的还是蛋黄的 给你寄一箱",
   "happy", "choice", INTI, "蛋黄的多来点，肉的来几个就行，寄到公司。", must=["肉的", "蛋黄的"], pick=True)
it(Z, "端午", CASUAL, "同事", "同事", "阿哲",
   "阿哲，端午快乐！听说你们龙舟队今年又报名比赛了？",
   "对 周日上午在江边 来给我们喊两嗓子",
   "happy", "invitation", CAS, "好，周日一早就去江边，给你们带水。")
it(Z, "端午", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，端午安康！您今年门口挂艾草了吗？",
   "挂了 你奶奶还编了几根五彩绳 说要给重孙戴 你们那边端午都吃点啥",
   "happy", "what", RESP, "我们这边吃咸肉粽和绿豆糕，中午还去江边看划龙舟。")
it(Z, "端午", BIZ, "客户", "客户", "郑经理",
   "郑经理，端午安康！给您寄的粽子礼盒预计明天送到。",
   "看到物流信息了 谢谢费心 对了上次说的合同补充条款改好了吗",
   "happy", "yes_no", FORM, "已经改好了，今天下班前发您邮箱确认。", forbid=NO_OVERTIME)
it(Z, "端午", CASUAL, "闺蜜", "朋友", "小雨",
   "小雨，端午快乐！下周一起去划船吧？",
   "没心情 昨天跟他分了",
   "sad", "none", CAS, "我现在过去陪你，冰淇淋和纸巾都带上。", forbid=["端午快乐"])
it(Z, "端午", CASUAL, "父亲", "家人", "爸",
   "爸，端午安康！您那辆电动车的电瓶我在网上给您订了个新的。",
   "又乱花钱 旧的还能骑 你自己在外面租房子贵不贵",
   "worried", "yes_no", INTI, "不贵，跟同事合租的，一个月一千五，您别操心。")
it(Z, "端午", BIZ, "领导", "领导", "黄总",
   "黄总，端午安康，祝您和家人假期愉快！",
   "好的 节后见",
   "cold", "none", RESP, "黄总节后见，假期注意休息。")
it(Z, "端午", CASUAL, "哥们", "朋友", "老赵",
   "老赵，端午安康！今年别再一口气吃八个粽子进医院了。",
   "那叫挑战极限 懂不懂 今年目标十个😤😤",
   "teasing", "none", CAS, "十个你就直接在急诊过节吧，我可不陪床。", pick=True)
it(E, "端午", CASUAL, "friend", "朋友", "Sam",
   "Sam! Wishing you a happy Dragon Boat Festival. Zongzi are on me next time we meet.",
   "deal!! where do you usually watch the boat races from?",
   "happy", "where", CAS, "Down by the river near Harbour Bridge, come find me!")
it(E, "端午", BIZ, "lab supervisor", "领导", "Dr. Liang",
   "Wishing you a peaceful Dragon Boat Festival, Dr. Liang, and thank you for reviewing my draft.",
   "You're welcome. How are you settling into the new lab?",
   "happy", "how_are_you", RESP, "I'm settling in well, thank you. The team has been very welcoming.")
it(E, "端午", CASUAL, "girlfriend", "恋人", "Mia",
   "Babe, it's Dragon Boat Festival and I made zongzi for the first time! They only fell apart a little.",
   "a little?? I saw the pic 😂 keep one for me anyway, home by 8",
   "teasing", "request", INTI, "Okay, I've hidden the least broken one for you. See you at 8!", pick=True)
it(E, "端午", CASUAL, "teacher", "老师", "Ms. Carter",
   "Ms. Carter, wishing you a lovely Dragon Boat Festival! Our class still talks about your zongzi-wrapping lesson.",
   "Aw, that makes my day. Are you still planning to apply for the exchange program?",
   "happy", "yes_no", RESP, "Yes, I'm sending the application next week. Your recommendation letter made a big difference.")
it(Z, "端午", TRAD, "岳母", "家人", "妈",
   "妈，端午安康！今年我和小敏回来过节，您别忙活太多。",
   "啥也不用带 到了楼下打个电话 我下来帮你们拿东西",
   "happy", "request", RESP, "好的妈，到楼下就给您打电话，您别下楼，我们自己拎得动。",
   thread=["R:好好好 回来就行", "S:您想吃点啥 我们从城里带"])
it(Z, "端午", CASUAL, "同事", "同事", "小吴",
   "小吴，端午快乐！节后那个接口联调，咱们约个时间？",
   "在外地出差呢这两天全泡在客户现场你看下周哪天方便我们再约",
   "busy", "when", CAS, "下周二下午吧，我先把测试环境搭好。")
it(Z, "端午", TRAD, "初中老师", "老师", "王老师",
   "王老师，端午安康！毕业五年了，还记得您在办公室煮的那锅碱水粽。",
   "孩子 没想到你还记得 老师好感动 有空回来看看",
   "touched", "invitation", RESP, "一定，暑假就回学校看望王老师。", pick=True)
it(Z, "端午", CASUAL, "弟弟", "家人", "弟",
   "弟，端午安康，记得吃粽子。",
   "已吃",
   "cold", "none", CAS, "行，那周末回家一趟，妈念叨你好几回了。")
it(Z, "端午", TRAD, "邻居", "其他", "刘奶奶",
   "刘奶奶，端午安康！上次您送的咸鸭蛋太好吃了。",
   "喜欢就好 我又腌了一坛 给你拿十个？",
   "happy", "yes_no", RESP, "要的，刘奶奶，我晚上下楼去拿，谢谢您。", pick=True)

# ---------------------------------------------------------------- 中秋

it(Z, "中秋", TRAD, "母亲", "家人", "妈",
   "妈，中秋快乐！今年的月饼我订了您最爱的蛋黄莲蓉。",
   "买那么贵的干嘛 你最近是不是又累着了 打电话声音都哑了",
   "worried", "how_are_you", INTI, "没累着，就是有点小感冒，多喝水就好了，妈放心。")
it(Z, "中秋", CASUAL, "男朋友", "恋人", "阿远",
   "中秋快乐呀，阿远！今晚的月亮我拍了发你。",
   "我这边阴天 啥也看不到 就特别想你",
   "sad", "none", INTI, "那我多拍几张，视频里陪你一起看，下个月我就飞过去。")
it(Z, "中秋", TECH, "大学同学", "朋友", "老韩",
   "老韩，中秋快乐！祝你的模型收敛得比月亮还圆，显存永远够用。",
   "收敛个锤子 loss又炸了 还有脸祝我😂",
   "teasing", "none", CAS, "炸了就回滚，先吃块月饼冷静一下，明天我帮你看日志。", pick=True)
it(Z, "中秋", BIZ, "客户", "客户", "杨总",
   "杨总，中秋快乐！感谢一直以来的支持，月饼礼盒已寄出，请您笑纳。",
   "有心了 国庆后来公司喝茶 聊聊明年的合作",
   "happy", "invitation", FORM, "好的杨总，节后我和您秘书约个时间登门拜访。", forbid=NO_OVERTIME)
it(Z, "中秋", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，中秋快乐！今年给您带了苏式鲜肉月饼，热乎的最香。",
   "好好好 你们几点到 我把桂花鸭先热上",
   "happy", "when", RESP, "奶奶，下午四点左右到，鸭子不急，等我们到了再热。")
it(Z, "中秋", CASUAL, "前同事", "同事", "小何",
   "小何，中秋快乐！月饼吃了没？",
   "挺好的 就是通勤远 你们组那个大项目最后咋样了",
   "happy", "what", CAS, "上个月上线了，数据还不错，老板还请大家吃了顿烤鱼。",
   thread=["R:吃了 同快乐 好久没聊了", "S:是啊 换了新公司还适应吗"])
it(E, "中秋", CASUAL, "friend", "朋友", "Lena",
   "Happy Mid-Autumn, Lena! I saved you a slice of the lotus mooncake I promised.",
   "yay!! come over Saturday, we're doing a rooftop moon-watching thing with lanterns",
   "happy", "invitation", CAS, "Count me in! I'll bring the mooncake and a blanket.")
it(E, "中秋", CASUAL, "coworker", "同事", "Derek",
   "Happy Mid-Autumn Festival, Derek. Hope you get some real time off.",
   "Thx.",
   "cold", "none", CAS, "Enjoy the long weekend, see you Monday.")
it(E, "中秋", CASUAL, "father", "家人", "Dad",
   "Happy Mid-Autumn, Dad! Did the telescope arrive in time for tonight?",
   "It did! Took me an hour to set up. What should I point it at first besides the moon?",
   "happy", "what", INTI, "Start with Jupiter, it's bright in the east after nine. Its moons are easy to spot.", pick=True)
it(E, "中秋", TRAD, "mother-in-law", "家人", "Linda",
   "Happy Mid-Autumn Festival, Linda. Thank you for teaching me your mooncake recipe last year.",
   "Oh sweetheart, you made my evening. Nobody has asked for that recipe in twenty years.",
   "touched", "none", RESP, "Then it's time it got passed on. I'll make a batch and bring you the first one.")
it(Z, "中秋", CASUAL, "外甥", "家人", "小胖",
   "小胖，中秋快乐！舅舅给你寄的航模收到了吗？",
   "收到了！！舅舅下次来教我飞 说好了不许赖",
   "happy", "request", CAS, "好，国庆我过去，带你去公园试飞。", pick=True)
it(Z, "中秋", TRAD, "医生", "其他", "刘大夫",
   "刘大夫，中秋快乐！去年我爸的手术多亏了您，全家都记着您的好。",
   "客气了 你父亲最近复查结果怎么样",
   "happy", "how_are_you", RESP, "复查结果都正常，他现在每天还能下楼遛弯，谢谢刘大夫惦记。")
it(Z, "中秋", CASUAL, "同事", "同事", "阿雯",
   "阿雯，中秋快乐！今晚赏月吗？",
   "在工厂验货 月亮长啥样我都快忘了",
   "busy", "none", CAS, "辛苦了，回来给你留两块月饼，赏月下回补上。")
it(Z, "中秋", TRAD, "公公", "家人", "爸",
   "爸，中秋快乐！今年我们在杭州过，没法回去陪您二老了。",
   "回来路上车多 别赶 你们那边台风过去了吧 家里窗户关好没",
   "worried", "yes_no", RESP, "窗户都关好了，爸，台风昨晚就过去了，家里没事。",
   thread=["R:没事 工作要紧", "S:国庆一定回来看您"])
it(Z, "中秋", CASUAL, "女朋友", "恋人", "宝",
   "宝，中秋快乐！月饼我给你藏了一块，别告诉你妹。",
   "藏哪了 我妹已经把冰箱翻遍了 快交出来🙄",
   "teasing", "request", INTI, "好好好，在我包里，晚上亲手交给你。", pick=True)
it(Z, "中秋", BIZ, "领导", "领导", "林总",
   "林总，中秋快乐！祝您和家人团团圆圆。",
   "谢谢 国庆值班表排好了没",
   "cold", "yes_no", RESP, "排好了，林总，下午发到群里。")
it(Z, "中秋", CASUAL, "老同学", "朋友", "小鹿",
   "小鹿，中秋快乐！好多年没一起过中秋了。",
   "是啊上次一起过中秋还是大二在操场上偷偷烤红薯被保安追着跑你还记得不",
   "happy", "yes_no", CAS, "记得，你跑丢了一只鞋，第二天才在草丛里找到。", pick=True)
it(Z, "中秋", CASUAL, "表姐", "家人", "表姐",
   "表姐，中秋快乐！周末回来一起吃个饭吧？",
   "好 你挑 吃火锅还是去那家新开的湘菜",
   "happy", "choice", CAS, "湘菜吧，火锅上周刚吃过。", must=["火锅", "湘菜"],
   thread=["S:我周五晚上到"])

# ---------------------------------------------------------------- 国庆

it(Z, "国庆", CASUAL, "朋友", "朋友", "阿宁",
   "阿宁，国庆快乐！",
   "哪都不去 人太多 倒是你 打算去哪玩",
   "happy", "where", CAS, "去大理，住洱海边的民宿，回来给你带鲜花饼。",
   thread=["R:同快乐 放假了吧", "S:放了 七天 你打算去哪浪"])
it(Z, "国庆", CASUAL, "母亲", "家人", "妈",
   "妈，国庆快乐！这次放假我带小周回家见您。",
   "那我得把客房收拾出来 他吃辣不",
   "happy", "yes_no", INTI, "能吃辣，他是湖南人，您多放点辣椒。",
   thread=["R:真的啊 啥时候到", "S:一号下午 开车回"], pick=True)
it(Z, "国庆", CASUAL, "同事", "同事", "小梁",
   "小梁，国庆快乐！假期好好玩。",
   "玩啥 项目组全员留守[叹气]",
   "busy", "none", CAS, "辛苦，等你调休了请你喝咖啡。")
it(Z, "国庆", BIZ, "领导", "领导", "何总",
   "何总，国庆快乐！祝您假期愉快。",
   "好 假期手机别关机 客户那边随时可能找",
   "cold", "request", RESP, "明白，何总，手机一直开着，有事随时找我。")
it(Z, "国庆", TRAD, "父亲", "家人", "爸",
   "爸，国庆快乐！您那个老战友聚会今年还办吗？",
   "办 就在咱家楼下饭店 你回来正好一起 他们都念叨你",
   "happy", "invitation", INTI, "好，我一定到，给叔叔们带两瓶好酒。")
it(E, "国庆", CASUAL, "friend", "朋友", "Wei",
   "Happy National Day, Wei! Is our road trip still on for Golden Week?",
   "still on! coast road or the mountain route? you pick",
   "happy", "choice", CAS, "Coast road, I want to see the sea this time.", must=["coast", "mountain"])
it(E, "国庆", BIZ, "boss", "领导", "Mr. Zhou",
   "Happy National Day, Mr. Zhou. Enjoy a restful Golden Week.",
   "Noted. Please submit the Q4 plan before you leave.",
   "cold", "request", RESP, "Will do, Mr. Zhou. You'll have it by Thursday noon.")
it(E, "国庆", CASUAL, "sister", "家人", "Lily",
   "Happy National Day, sis! Heard you're driving the kids to Grandma's.",
   "the highway is already jammed 😩 can you check the train times for me just in case?",
   "worried", "request", CAS, "On it, sending you the afternoon trains in a minute.",
   thread=["R:yep, leaving at 7", "S:Brave. Text me when you're on the road."])
it(Z, "国庆", BIZ, "客户", "客户", "蒋总",
   "蒋总，国庆快乐！节后我们的实施团队随时可以进场。",
   "好的 具体哪天进场 我这边好安排人对接",
   "happy", "when", FORM, "蒋总，计划十月九号上午进场，提前一天再跟您确认。", forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "大学室友", "朋友", "胖虎",
   "胖虎，国庆快乐！今年别再在景区门口排三小时队了。",
   "你还有脸说 去年是谁非要去长城 挤得鞋都掉了一只",
   "teasing", "none", CAS, "那次我认了，今年请你在家吃烧烤赔罪。", pick=True)
it(Z, "国庆", CASUAL, "表弟", "家人", "表弟",
   "表弟，国庆快乐！听说你考上研究生了，厉害！",
   "嘿嘿谢谢表哥 开学要买电脑 你帮我参谋参谋",
   "happy", "request", CAS, "没问题，预算发我，我给你挑几款。")
it(Z, "国庆", CASUAL, "大学老师", "老师", "周老师",
   "周老师，国庆快乐！工作第一年，常想起您说的“做事要稳”。",
   "收到你的消息真高兴 工作还适应吗 压力大不大",
   "happy", "how_are_you", RESP, "挺适应的，压力有一点，但同事都很照顾，周老师放心。", pick=True)
it(Z, "国庆", CASUAL, "女朋友", "恋人", "小太阳",
   "国庆快乐，我的小太阳！这次假期我去你那边找你。",
   "真的吗 你到底几号到 我去高铁站接你🥰",
   "happy", "when", INTI, "二号下午三点到，你在出站口等我就行。")
it(Z, "国庆", CASUAL, "父亲", "家人", "爸",
   "爸，国庆快乐！这次又没抢到票，回不去了。",
   "没事 我跟你妈两个人也挺好 就是家里太安静了",
   "sad", "none", INTI, "元旦我一定回，提前一个月就买票，这几天天天给你们打视频。")
it(Z, "国庆", CASUAL, "同事", "同事", "张哥",
   "张哥，国庆快乐！",
   "嗯哼",
   "cold", "none", CAS, "假期愉快，节后见。")
it(E, "国庆", BIZ, "client", "客户", "Ms. Gao",
   "Happy National Day, Ms. Gao. Thank you for a smooth quarter working together.",
   "Thank you. Is the revised invoice going out before the holiday?",
   "cold", "yes_no", FORM, "Yes, it goes out this afternoon, Ms. Gao.", forbid=["overtime"])
it(Z, "国庆", CASUAL, "发小", "朋友", "老孙",
   "老孙，国庆快乐！回老家没？",
   "明天来我家 我爸新买了台烤箱 天天烤鸡翅",
   "happy", "invitation", CAS, "好，明天中午我过去，给叔叔带点啤酒。",
   thread=["R:回了 昨天到的", "S:我也在 明天有空不", "R:有"])

# ---------------------------------------------------------------- 元旦

it(Z, "元旦", TECH, "同事", "同事", "小马",
   "小马，元旦快乐！新的一年祝你bug清零，代码一次过审。",
   "清零是不可能的 只会越写越多 你先把你那个PR合了再说",
   "teasing", "request", CAS, "好，今晚就合，合完截图给你。", pick=True)
it(Z, "元旦", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，元旦快乐！新的一年您想去哪儿转转，我带您去。",
   "哪都不想去 就想看你领个对象回来",
   "teasing", "none", RESP, "奶奶，这事儿我努力，今年先带您去逛一次庙会。")
it(Z, "元旦", BIZ, "客户", "客户", "冯总",
   "冯总，元旦快乐！感谢这一年的合作，祝贵司新年业绩长虹。",
   "谢谢 明年你们打算推出什么新产品",
   "happy", "what", FORM, "冯总，明年一季度会推出新版的库存分析模块，下周我把资料给您送过去。", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "男朋友", "恋人", "阿城",
   "跨年快乐呀阿城！今年零点的烟花我们一起看。",
   "跨年夜我订了江边那家餐厅的窗边位 来不来",
   "happy", "invitation", INTI, "来！八点前到，这次肯定不迟到。")
it(Z, "元旦", CASUAL, "哥哥", "家人", "哥",
   "哥，元旦快乐！今年还在工地上吗？",
   "在 年底赶工 天天五点起",
   "busy", "none", CAS, "注意保暖，忙完这阵回家我请你吃烤鸭。")
it(Z, "元旦", CASUAL, "闺蜜", "朋友", "阿琪",
   "阿琪，元旦快乐！新年flag立好了吗？",
   "立了三个 头一个就是戒奶茶 你就别立了 反正坚持不到一周 说吧立了啥",
   "teasing", "what", CAS, "学游泳，今年夏天一定要能游一百米。")
it(E, "元旦", CASUAL, "colleague", "同事", "Oliver",
   "Happy New Year, Oliver! Here's to a calmer 2027 for the whole team.",
   "you too",
   "cold", "none", CAS, "Thanks, see you at standup on the 4th.")
it(E, "元旦", CASUAL, "girlfriend", "恋人", "Emma",
   "Happy New Year, my love! 2027 is the year we finally take that trip to Lisbon.",
   "YES. when are we booking?? I'm opening the airline site right now 😍",
   "happy", "when", INTI, "Tonight after dinner, let's pick the dates together.", pick=True,
   thread=["R:happy new year!! 🎉", "S:Lisbon. This year. I mean it."])
it(E, "元旦", BIZ, "thesis advisor", "老师", "Professor Hughes",
   "Happy New Year, Professor Hughes. Your advice on my thesis carried me through this year.",
   "I'm so glad, Nina. Will you be presenting at the spring conference?",
   "happy", "yes_no", RESP, "I will. My abstract was accepted last week, and I'd be honoured if you came.",
   sender="Nina")
it(E, "元旦", CASUAL, "brother", "家人", "Josh",
   "Happy New Year, bro! New year, new you: maybe this time you'll return my drill.",
   "the drill is happy here. it has friends now",
   "teasing", "none", CAS, "Tell its friends it's going home on Sunday. I'm coming to pick it up.", pick=True)
it(Z, "元旦", TRAD, "岳母", "家人", "妈",
   "妈，元旦快乐！您上次说想学视频通话，我周末回去教您。",
   "好 顺便帮我把手机字体调大点 现在看着费劲",
   "happy", "request", RESP, "好的妈，周末回去就给您调大，再教您发语音。")
it(Z, "元旦", CASUAL, "邻居", "其他", "小杨",
   "小杨，元旦快乐！上次帮我收快递太感谢了。",
   "小事 对了你家那只橘猫是不是又跑我阳台上来了",
   "happy", "yes_no", CAS, "是它，又翻过去了，我这就去抱回来，给你添麻烦了。")
it(Z, "元旦", BIZ, "领导", "领导", "郭总",
   "郭总，元旦快乐！这一年跟着您学到的，比我前三年加起来都多。",
   "看到这句话 我这一年也值了 好好干",
   "touched", "none", RESP, "郭总，新的一年我会更努力，不辜负您的栽培。")
it(Z, "元旦", CASUAL, "妹妹", "家人", "妹",
   "妹，元旦快乐！考研最后冲刺了吧？",
   "可我政治还是背不下来 要是考不上咋办",
   "worried", "none", CAS, "考不上也没关系，大不了明年再战，先把这二十天过好，政治我陪你背。",
   thread=["R:还有二十天 头发掉了一把", "S:稳住 你可以的"])
it(Z, "元旦", CASUAL, "父亲", "家人", "爸",
   "爸，元旦快乐！新的一年少抽点烟。",
   "已经戒了一个月了 你在那边一个人过得咋样",
   "happy", "how_are_you", INTI, "挺好的，新公司离住的地方近，周末还能去爬爬山。")
it(Z, "元旦", CASUAL, "朋友", "朋友", "老K",
   "老K，元旦快乐！新年新气象。",
   "[OK]",
   "cold", "none", CAS, "回头约顿饭，新年第一顿我请。")
it(Z, "元旦", CASUAL, "健身教练", "其他", "阿峰教练",
   "阿峰教练，元旦快乐！新的一年继续跟您练。",
   "新年第一课 三号早上七点 别迟到 带跳绳",
   "happy", "request", CAS, "好嘞，三号七点到，跳绳已经放包里了。",
   thread=["S:过节胡吃海喝了两天 罪过"])
it(Z, "元旦", CASUAL, "侄女", "家人", "小糖豆",
   "小糖豆，元旦快乐！姑姑给你买的烟花棒到了吗？",
   "🎆🎆🎆🥳",
   "happy", "none", CAS, "玩的时候让爸爸在旁边看着，别拿着乱跑哦。")

# ---------------------------------------------------------------- 冬至

it(Z, "冬至", CASUAL, "母亲", "家人", "妈",
   "妈，冬至快乐！今天降温，出门多穿点。",
   "包 你回来吃吗 想吃白菜猪肉的还是韭菜鸡蛋的",
   "happy", "choice", INTI, "回，七点到家，白菜猪肉的，多包点。", must=["白菜猪肉", "韭菜鸡蛋"],
   thread=["R:知道 你也多穿", "S:晚上包饺子不"])
it(Z, "冬至", TRAD, "外婆", "家人", "外婆",
   "外婆，冬至快乐！想您包的羊肉馅饺子了，今年我学着自己包。",
   "我外孙长大了 会自己包饺子了 外婆高兴得睡不着",
   "touched", "none", RESP, "外婆，我包得丑，等回去您再手把手教我。")
it(Z, "冬至", CASUAL, "同事", "同事", "小曾",
   "小曾，冬至快乐！今天食堂有饺子，别忘了去。",
   "食堂的没灵魂 晚上来我宿舍 我们几个自己包",
   "happy", "invitation", CAS, "好啊，我带一瓶醋和一袋虾仁过去。")
it(Z, "冬至", BIZ, "客户", "客户", "宋总",
   "宋总，冬至安康！天冷注意保暖。",
   "在开会 晚点回",
   "busy", "none", FORM, "宋总您先忙，不急。", forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "男朋友", "恋人", "阿哲",
   "冬至快乐！今天是一年里最长的夜，所以你得多陪我聊会儿。",
   "最长的夜 最适合打游戏 开玩笑的 我陪你😏",
   "teasing", "none", INTI, "算你反应快，今晚十一点前不许下线。", pick=True)
it(Z, "冬至", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，冬至快乐！我这周末骑车回去看您。",
   "路上结冰了 别骑电动车 坐公交来",
   "worried", "request", RESP, "好的爷爷，听您的，坐公交过去。")
it(E, "冬至", CASUAL, "friend", "朋友", "Jun",
   "Happy Dongzhi, Jun! Hope you're having dumplings somewhere warm tonight.",
   "first winter solstice away from home. ate instant noodles alone in the lab lol",
   "sad", "none", CAS, "Next year you're eating dumplings at my place. Call me after the lab, I'll keep you company.")
it(E, "冬至", CASUAL, "coworker", "同事", "Grace",
   "Happy Winter Solstice, Grace! The longest night is the perfect excuse for hot soup.",
   "agreed!! where's that dumpling place you mentioned last week?",
   "happy", "where", CAS, "It's on Baker Street, right next to the bookshop.")
it(E, "冬至", CASUAL, "father", "家人", "Dad",
   "Happy Dongzhi, Dad. Remember to eat something warm tonight.",
   "Will do. Busy at the shop till late though.",
   "busy", "none", INTI, "Don't stay too late, the roads freeze after ten. Call when you're home.")
it(Z, "冬至", CASUAL, "哥们", "朋友", "老蔡",
   "老蔡，冬至快乐！",
   "下了二十公分 车都被埋了 你们那边今天几度",
   "happy", "what", CAS, "零下三度，没下雪，就是风大得能把人吹跑。",
   thread=["R:同乐 我这边冻成狗了", "S:下雪了？"])
it(Z, "冬至", BIZ, "领导", "领导", "周主任",
   "周主任，冬至安康！祝您身体健康。",
   "谢谢 年终总结交了吗",
   "cold", "yes_no", RESP, "已经交了，周主任，昨天下午发到您邮箱了。")
it(Z, "冬至", CASUAL, "姐姐", "家人", "姐",
   "姐，冬至快乐！你们家今晚是饺子派还是汤圆派？",
   "饺子啊我们北方人当然吃饺子你下班路上顺便去超市给我带两包速冻的回来家里的吃完了",
   "happy", "request", CAS, "好，买两包猪肉大葱的，下班就去。")
it(Z, "冬至", TRAD, "大学老师", "老师", "徐老师",
   "徐老师，冬至快乐！北京今天降温了，您多保重。",
   "谢谢 老师身体挺好 你读博第一年还习惯吗",
   "happy", "how_are_you", RESP, "基本习惯了，实验室氛围很好，就是冬天太干，徐老师也多喝水。")
it(Z, "冬至", CASUAL, "同事", "同事", "老许",
   "老许，冬至快乐！饺子管够。",
   "🥟😋👍",
   "happy", "none", CAS, "吃完了来我工位，还有一盒。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "阿莉",
   "阿莉，冬至快乐！最近怎么没见你发朋友圈？",
   "我妈住院了这几天一直在医院陪床手机都没顾上看",
   "sad", "none", CAS, "阿姨还好吗，需要帮忙就说一声，我这周都有空。", forbid=["冬至快乐"])
it(E, "冬至", CASUAL, "landlord", "其他", "Mr. Brooks",
   "Happy Winter Solstice, Mr. Brooks! Thanks for fixing the heater so quickly last week.",
   "Anytime. Is it keeping the flat warm enough now?",
   "happy", "yes_no", RESP, "Yes, it's perfect now, thank you.")
it(Z, "冬至", CASUAL, "儿子", "家人", "儿子",
   "儿子，冬至快乐！晚上记得吃饺子，别又啃面包。",
   "知道啦 在图书馆 期末周 忙死了",
   "busy", "none", INTI, "好好复习，周末妈给你寄一箱冻饺子。", sender="妈")

# ---------------------------------------------------------------- 七夕

it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公，七夕快乐！结婚五年，你还是那个会给我剥虾的人。",
   "剥虾管够 今晚几点下班 我去接你",
   "happy", "when", INTI, "六点半，你在公司楼下等我就行。", pick=True)
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小鹿",
   "七夕快乐！礼物在路上了，猜猜是什么。",
   "又是口红吧 你去年前年都送口红😂",
   "teasing", "yes_no", INTI, "不是，今年换了，等快递到了你就知道。")
it(Z, "七夕", CASUAL, "朋友", "朋友", "小飞",
   "小飞，七夕快乐！今年还单着？",
   "单着怎么了 单身也要过七夕 你请我吃饭",
   "teasing", "request", CAS, "行，请你吃烤肉，单身专属套餐。")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿泽",
   "七夕快乐，今晚没法陪你了，又在外地出差。",
   "哦 又是出差",
   "cold", "none", INTI, "对不起，这次回去请三天假，哪都不去就陪你。", forbid=["下次"])
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "小雅",
   "小雅，七夕快乐！听说你家那位给你准备了惊喜？",
   "对呀 他租了个露营车 说要带我去海边看星星 你猜我们去哪个海边",
   "happy", "where", CAS, "我猜是舟山，上次你说想去东极岛。")
it(E, "七夕", CASUAL, "boyfriend", "恋人", "Ethan",
   "Happy Qixi, my love. I know it's not a big thing here, but I wanted you to know I'm thinking of you.",
   "you're sweet. dinner at that Thai place tonight? my treat",
   "happy", "invitation", INTI, "Yes please, I'll meet you there at seven.",
   thread=["R:aww thank you", "S:I mean it. Free tonight?"])
it(E, "七夕", CASUAL, "friend", "朋友", "Ana",
   "Happy Qixi, Ana! I know you hate the romantic stuff, but you still deserve roses.",
   "ok I'm not crying you're crying 🥹🌸",
   "touched", "none", CAS, "Both of us then. Coffee this weekend, my treat.")
it(Z, "七夕", CASUAL, "老婆", "恋人", "老婆",
   "老婆，七夕快乐！今晚我订了你最喜欢的那家日料。",
   "你不是说这个月要省钱吗 订了就去吧 退不了了吧",
   "worried", "yes_no", INTI, "退不了，定金都交了，这顿我攒了仨月零花钱。")
it(Z, "七夕", CASUAL, "同事", "同事", "阿斌",
   "阿斌，七夕快乐！今晚约会去？",
   "约啥会 在赶投标书 通宵",
   "busy", "none", CAS, "撑住，需要排版我帮你。")
it(Z, "七夕", CASUAL, "母亲", "家人", "妈",
   "妈，七夕快乐！祝您和我爸恩爱如初。",
   "你这孩子 我们老夫老妻了 你自己啥时候带个人回来",
   "teasing", "when", INTI, "年底吧，到时候一定带回来给您看。")
it(Z, "七夕", CASUAL, "老同学", "朋友", "班花",
   "班花，七夕快乐呀！",
   "无聊",
   "cold", "none", CAS, "逗你玩呢，周末同学聚会记得来。")
it(E, "七夕", CASUAL, "wife", "恋人", "Rachel",
   "Happy Qixi, sweetheart. Flowers should reach your office by noon.",
   "they just arrived!! in back to back meetings but everyone is asking who sent them",
   "busy", "none", INTI, "Tell them it's your number one fan. Enjoy the meetings, see you tonight.")
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝，七夕快乐！晚上想看电影还是去江边散步？",
   "都想 要不先看电影再散步 电影你定",
   "happy", "what", INTI, "看那部新上的科幻片，九点那场，看完正好去江边。")
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小安",
   "七夕快乐，今年还是隔着八百公里。",
   "就是看朋友圈大家都成双成对的 有点难受",
   "sad", "none", INTI, "我懂，再忍三个月我就调回去了，今晚视频到你睡着。",
   thread=["R:嗯", "S:怎么了 不开心？", "R:没有"])
it(Z, "七夕", CASUAL, "同事", "同事", "小丽",
   "小丽，七夕快乐！今天前台的花是不是爆了？",
   "爆了爆了 我这都快成花店了🌹🌹 你的送出去了没",
   "happy", "yes_no", CAS, "送了，一大早就送到她公司楼下了。")
it(E, "七夕", CASUAL, "colleague", "同事", "Mark",
   "Happy Qixi, Mark. Someone told me it's China's Valentine's, so here's a virtual rose.",
   "k.",
   "cold", "none", CAS, "Tough crowd. See you at the sprint review.")
it(Z, "七夕", CASUAL, "哥哥", "家人", "哥",
   "哥，七夕快乐！今年准备给嫂子送啥？",
   "正发愁呢 你们女生喜欢啥 帮我挑个",
   "worried", "request", CAS, "好，我给你发几个链接，香水和包你二选一。",
   thread=["R:送啥 还没想好", "S:还有三天 你还不急"])

# ---------------------------------------------------------------- 情人节

it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆",
   "老婆，情人节快乐！今晚我下厨，菜单保密。",
   "好期待 别把厨房炸了就行 做完记得洗碗",
   "teasing", "request", INTI, "好，保证厨房完好，碗我全包。")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿凡",
   "情人节快乐！今晚你安排吧，我都听你的。",
   "那你先猜 我订的地方在哪",
   "happy", "where", INTI, "我猜是江边那家旋转餐厅。")
it(Z, "情人节", CASUAL, "同学", "朋友", "小周",
   "小周，情人节快乐！给你带了块巧克力，放你桌上了。",
   "谢谢 不过我不吃甜的",
   "cold", "none", CAS, "那我拿回来自己吃，回头换成咖啡。")
it(Z, "情人节", CASUAL, "老公", "恋人", "亲爱的",
   "亲爱的，情人节快乐！花收到了吗？",
   "收到 在开庭 等会说",
   "busy", "none", INTI, "好，你先忙，晚上见。")
it(E, "情人节", CASUAL, "boyfriend", "恋人", "Leo",
   "Happy Valentine's Day, Leo! I got you something you'll pretend not to like.",
   "is it another novelty mug? be honest",
   "teasing", "yes_no", INTI, "No mug this year. You'll see tonight.", pick=True)
it(E, "情人节", CASUAL, "girlfriend", "恋人", "Chloe",
   "Happy Valentine's, Chloe. I know things have been rough lately, but I still love you.",
   "I need some space this week. please don't be upset",
   "sad", "request", INTI, "Okay, I'll give you space. I'm here whenever you want to talk.",
   forbid=["happy valentine"])
it(Z, "情人节", CASUAL, "妻子", "恋人", "老婆",
   "老婆，情人节快乐！孩子送奶奶家了，今晚就咱俩。",
   "那我们去看场电影吧 好久没进电影院了",
   "happy", "invitation", INTI, "好，我去订票，看完再去吃夜宵。")
it(Z, "情人节", CASUAL, "闺蜜", "朋友", "阿欣",
   "阿欣，情人节快乐！今年也是咱俩一起过～",
   "第七年了 再这样下去我们要领证了😂😂😂",
   "teasing", "none", CAS, "领就领，明年再单着我就给你求婚。", pick=True)
it(Z, "情人节", CASUAL, "同事", "同事", "阿亮",
   "阿亮，情人节快乐！听说你昨天在花店排了一小时队？",
   "对 最后只买到几枝蔫的 你说送点啥能补救",
   "happy", "what", CAS, "送一盒她爱吃的巧克力，再手写张卡片，心意到了就行。")
it(E, "情人节", CASUAL, "team lead", "领导", "Karen",
   "Happy Valentine's Day, Karen! Thanks for letting us leave early today.",
   "Sure, just make sure the release notes are done by 5.",
   "cold", "request", RESP, "They're already done. I'll send them over before four.")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿康",
   "情人节快乐！最近你加班太多了，今晚早点回家。",
   "在努力 你最近胃还疼不疼 药吃了没",
   "worried", "yes_no", INTI, "吃了，这两天好多了，你也早点下班。")
it(Z, "情人节", CASUAL, "老公", "恋人", "老公",
   "老公，情人节快乐！谢谢你这一年陪我熬过最难的日子。",
   "傻瓜 这有什么好谢的 以后的日子我也陪着你",
   "touched", "none", INTI, "嗯，说好了，一起往前走。")
it(E, "情人节", CASUAL, "friend", "朋友", "Zoe",
   "Happy Valentine's Day, Zoe! Is our Galentine's dinner still on tonight?",
   "obviously. sushi or pizza? I'm starving",
   "happy", "choice", CAS, "Sushi, the place by your work. See you at seven!", must=["sushi", "pizza"])
it(Z, "情人节", CASUAL, "哥哥", "家人", "哥",
   "哥，情人节快乐！",
   "忘了 你帮我在网上订一束 送到她公司 钱转你",
   "happy", "request", CAS, "好，马上订，十一朵红玫瑰，下午三点前送到。",
   thread=["R:啥节", "S:情人节啊大哥 嫂子的花买了没"])
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小雪",
   "情人节快乐，对不起今天又要值班。",
   "有事又能怎样 你又不能过来",
   "sad", "none", INTI, "下班我直接打车过去，十二点前一定到你楼下。",
   thread=["R:没事", "S:真没事？"])
it(Z, "情人节", CASUAL, "老婆", "恋人", "媳妇儿",
   "媳妇儿，情人节快乐！",
   "看到了！！！你什么时候偷偷放进去的🥹",
   "happy", "when", INTI, "昨天夜里你睡着以后，我下楼放的。",
   thread=["R:就这？", "S:礼物在你车的后备箱里", "R:等下 我下楼看看", "S:慢点 别跑"])
it(Z, "情人节", CASUAL, "父亲", "家人", "爸",
   "爸，情人节快乐！别忘了给老妈买花，她表面不在乎，其实等着呢。",
   "早买了 藏在阳台 你别告诉她",
   "happy", "request", INTI, "放心，保密，晚上等她的反应。")

# ---------------------------------------------------------------- 教师节

it(Z, "教师节", TRAD, "班主任", "老师", "刘老师",
   "刘老师，教师节快乐！当年我的作文被您贴在教室后墙上，那是我第一次觉得自己行。",
   "你还记得那篇写外婆的作文 老师读了好几遍 真为你骄傲",
   "touched", "none", RESP, "刘老师，那篇作文的本子我还留着，回去拿给您看。", pick=True)
it(Z, "教师节", TRAD, "书法老师", "老师", "马老师",
   "马老师，教师节快乐！我现在每天还练半小时字。",
   "好 坚持下去 下周把新写的帖子拍给我看看",
   "happy", "request", RESP, "好的马老师，周一就拍给您。")
it(Z, "教师节", CASUAL, "研究生导师", "老师", "张老师",
   "张老师，教师节快乐，感谢您一直以来的指导。",
   "谢谢。论文第三章改完了吗",
   "cold", "yes_no", RESP, "还没改完，差最后一节，周五前发您。")
it(Z, "教师节", CASUAL, "初中老师", "老师", "王老师",
   "王老师，教师节快乐！",
   "是啊 今年调到城东了 你现在在哪上班",
   "happy", "where", RESP, "在深圳，做软件测试，王老师有空来深圳玩。",
   thread=["R:谢谢 好久不见了", "S:是啊 听说您调到新学校了？"])
it(Z, "教师节", CASUAL, "篮球教练", "老师", "李教练",
   "李教练，教师节快乐！当年被您罚跑的那些圈，现在都成了我的体能底子。",
   "那会儿你最能偷懒 现在还打球吗",
   "teasing", "yes_no", RESP, "还打球，每周两次，现在不偷懒了。", pick=True)
it(E, "教师节", CASUAL, "chemistry teacher", "老师", "Mrs. Novak",
   "Happy Teachers' Day, Mrs. Novak! I became a pharmacist because of your chemistry lessons.",
   "That's wonderful to hear! Could you spare an hour to tell my current class about your work?",
   "happy", "invitation", RESP, "I'd love to. Just tell me which week works for your class.")
it(E, "教师节", BIZ, "professor", "老师", "Professor Grant",
   "Happy Teachers' Day, Professor Grant. Thank you for a demanding but rewarding semester.",
   "Thank you. Grades will be posted Friday.",
   "cold", "none", RESP, "Thank you, Professor. Have a good weekend.")
it(E, "教师节", CASUAL, "tutor", "老师", "Mr. Ito",
   "Happy Teachers' Day, Mr. Ito! Sorry I missed last week's lesson.",
   "No problem, but the exam is in three weeks. Can you come twice a week until then?",
   "worried", "yes_no", RESP, "Yes, I can do Tuesdays and Thursdays from now on.")
it(Z, "教师节", CASUAL, "女儿的幼儿园老师", "老师", "陈老师",
   "陈老师，教师节快乐！朵朵天天回家说最喜欢陈老师。",
   "朵朵妈妈太客气了 朵朵这周午睡总醒 家里最近有什么变化吗",
   "worried", "what", RESP, "最近家里在装修，晚上有点吵，这周我们就搬回去住，谢谢陈老师留意。",
   sender="朵朵妈妈")
it(Z, "教师节", CASUAL, "大学同学", "朋友", "阿静",
   "阿静，教师节快乐！当老师第一年，学生乖不乖？",
   "乖个鬼 今天有个小孩把粉笔塞鼻子里了 我现在还在办公室写情况说明",
   "busy", "none", CAS, "辛苦了，写完请你吃麻辣烫压压惊。", pick=True)
it(Z, "教师节", TRAD, "高中数学老师", "老师", "赵老师",
   "赵老师，教师节快乐！听说您今年退休了。",
   "退了 一下子闲下来 还真有点不习惯 想你们这些孩子",
   "sad", "none", RESP, "赵老师，周末我约几个同学一起去看您，陪您喝喝茶。")
it(Z, "教师节", CASUAL, "研究生导师", "老师", "周老师",
   "周老师，教师节快乐！这学期组里新来的师弟师妹又要让您操心了。",
   "谢谢 今晚课题组聚餐 你也来吧",
   "happy", "invitation", RESP, "好的周老师，我七点准时到。")
it(Z, "教师节", CASUAL, "舞蹈老师", "老师", "林老师",
   "林老师，教师节快乐！",
   "真好 社团排的是什么舞",
   "happy", "what", RESP, "排的是一支现代舞，月底在学校礼堂演出。",
   thread=["R:谢谢小雪 最近还跳舞吗", "S:跳的 在大学参加了舞蹈社"], sender="小雪")
it(E, "教师节", CASUAL, "debate coach", "老师", "Mr. Okafor",
   "Happy Teachers' Day, Mr. Okafor! People still tell stories about your debate club.",
   "Ha, I hope they're the good ones! How's life in London?",
   "happy", "how_are_you", RESP, "It's been great, busy but good. I even joined a debate society here.", pick=True)
it(Z, "教师节", CASUAL, "语文老师", "老师", "吴老师",
   "吴老师，教师节快乐！",
   "在上课 谢谢",
   "busy", "none", RESP, "吴老师您先上课，不打扰了。")
it(Z, "教师节", TRAD, "小学老师", "老师", "孙老师",
   "孙老师，教师节快乐！下个月我回老家，想去学校看看您。",
   "欢迎欢迎 能不能赶上周三 那天学校开运动会",
   "happy", "yes_no", RESP, "能赶上，孙老师，周三上午我就到学校。")
it(Z, "教师节", CASUAL, "大学辅导员", "老师", "何老师",
   "何老师，节日快乐！离校三年，还记得您帮我一行行改简历。",
   "记得 你现在还在那家公司吗 还是换到国企了",
   "happy", "choice", RESP, "还在那家公司，今年刚升了主管。", must=["那家公司", "国企"])

# ---------------------------------------------------------------- 母亲节

it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！这么多年辛苦了，今年给您报了个去云南的旅行团。",
   "你这孩子 乱花钱 妈看了消息偷偷抹眼泪",
   "touched", "none", INTI, "妈，钱花在您身上不叫乱花，回来给我看照片。")
it(Z, "母亲节", TRAD, "婆婆", "家人", "妈",
   "妈，母亲节快乐！给您买的按摩椅明天就到。",
   "又乱花钱 到了帮我装好 我不会弄",
   "happy", "request", RESP, "好的妈，明天我请半天假过去给您装。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈",
   "老妈，母亲节快乐！",
   "嗯 知道了 你忙吧",
   "cold", "none", INTI, "不忙，晚上给您打视频，陪您聊会儿。")
it(Z, "母亲节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，母亲节快乐！您也是妈妈，也得过节。",
   "你这张小嘴 奶奶听着高兴 你妈那边打电话了没",
   "happy", "yes_no", RESP, "打过了，刚挂电话，她也高兴得很。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Brunch is booked at your favourite spot.",
   "You spoil me! What time are you picking me up?",
   "happy", "when", INTI, "I'll pick you up at 11 am, so be ready by quarter to.")
it(E, "母亲节", TRAD, "mother-in-law", "家人", "Carol",
   "Happy Mother's Day, Carol. Thinking of you on your first one without Jim.",
   "Thank you for thinking of me. The house feels very big today.",
   "sad", "none", RESP, "I'll come by this afternoon with flowers and stay for tea.")
it(Z, "母亲节", CASUAL, "妻子", "恋人", "老婆",
   "老婆，母亲节快乐！今天家务我和儿子全包了。",
   "说话算话 晚饭也你们做 我要吃红烧排骨",
   "happy", "request", INTI, "没问题，排骨已经在解冻了，你躺着就行。", pick=True)
it(Z, "母亲节", TRAD, "外婆", "家人", "外婆",
   "外婆，母亲节快乐！给您寄了件羊毛开衫。",
   "合身 暖和 你在外地上班 身体吃得消不",
   "worried", "how_are_you", RESP, "吃得消，外婆，我每天都按时吃饭睡觉，您放心。",
   thread=["R:乖孙 衣服收到了", "S:合身不 外婆"])
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐",
   "姐，母亲节快乐！当妈第一年辛苦了。",
   "辛苦？我现在一天睡四个小时 你来带两天试试😵",
   "teasing", "none", CAS, "好，这周六我去带一天，你好好补个觉。")
it(E, "母亲节", CASUAL, "friend", "朋友", "Becca",
   "Happy Mother's Day, Becca! Your first one, how does it feel?",
   "honestly a blur. the baby's been up since 4, can't talk long 😴😴",
   "busy", "none", CAS, "Totally get it. Dinner's on me, I'll drop it at your door tonight.")
it(Z, "母亲节", TRAD, "岳母", "家人", "妈",
   "妈，母亲节快乐！小芸说您最近在学唱歌。",
   "是啊 社区合唱团 下个月演出 你说我唱哪首好",
   "happy", "what", RESP, "就唱您最拿手的那首老歌，唱得有味道。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！今年没能回去，花我让快递送到家了。",
   "花收到了好看得很你那边空调修好没有没修好就去你表姐家住几天别硬扛",
   "worried", "request", INTI, "修好了，妈，昨天师傅来修的，晚上睡得挺好。")
it(Z, "母亲节", CASUAL, "小姨", "家人", "小姨",
   "小姨，母亲节快乐！表弟说您最近迷上了烘焙。",
   "学着玩 昨天烤的戚风塌了 下回成功了给你寄",
   "happy", "none", RESP, "那我等着，塌了的也给我尝尝。")
it(E, "母亲节", TRAD, "grandmother", "家人", "Nana",
   "Happy Mother's Day, Nana! Hope the sun's out where you are.",
   "That would be lovely, dear. Garden centre or the tea room by the river?",
   "happy", "choice", RESP, "The tea room, and we can stop by the garden centre after if you feel like it.",
   must=["garden centre", "tea room"], thread=["R:Thank you, darling. It is, for once.",
                                               "S:Then can I take you out this weekend?"])
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！今年想要什么礼物？",
   "那你给我买个那种能听戏的小音箱 叫啥名来着",
   "happy", "request", INTI, "好，是那种唱戏机，明天就下单。",
   thread=["R:啥也不要", "S:那不行 必须说一个"])
it(Z, "母亲节", CASUAL, "同事", "同事", "李姐",
   "李姐，母亲节快乐！",
   "😊🌷",
   "happy", "none", CAS, "周一给你带杯咖啡。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈妈",
   "妈妈，母亲节快乐，我在国外一切都好。",
   "好就行 家里就我一个人 你爸又出差了 怪冷清的",
   "sad", "none", INTI, "那我今晚多陪您视频一会儿，下个月就回去看您。")

# ---------------------------------------------------------------- 父亲节

it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！给您买了个颈椎按摩仪，别再说我乱花钱。",
   "你上回买的泡脚桶还在床底下吃灰呢",
   "teasing", "none", INTI, "这回的按摩仪放沙发上，天天用，我回去检查。", pick=True)
it(Z, "父亲节", TRAD, "父亲", "家人", "老爸",
   "老爸，父亲节快乐！这周末回家陪您喝两杯。",
   "好 不过周六上午我得去医院拿药 你们下午到行不行",
   "happy", "yes_no", INTI, "行，下午三点到，您慢慢去。")
it(Z, "父亲节", TRAD, "公公", "家人", "爸",
   "爸，父亲节快乐！祝您身体健康。",
   "好的",
   "cold", "none", RESP, "爸，周末我们带孩子过来看您。")
it(Z, "父亲节", TRAD, "岳父", "家人", "爸",
   "爸，父亲节快乐！下周我和小丽回来看您。",
   "路远 别折腾了 你们俩把身体顾好比啥都强",
   "worried", "request", RESP, "好的爸，听您的，那我们每周给您打视频。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day, Dad! Thanks for teaching me to change a tire, it saved me last month.",
   "That's my kid. Did you remember to replace the spare afterwards?",
   "happy", "yes_no", INTI, "Yes, the new spare is in the trunk. I learned from the best.", pick=True)
it(E, "父亲节", CASUAL, "father-in-law", "家人", "Richard",
   "Happy Father's Day, Richard. Hope the new grill gets a proper workout today.",
   "It will! What are you and Sara bringing to the cookout?",
   "happy", "what", RESP, "Sara's making her potato salad, and I'm bringing corn and lemonade.")
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，父亲节您也得过！毕竟您是老爸的老爸。",
   "你这小机灵鬼 周末来家吃饺子不",
   "happy", "invitation", RESP, "一定来，周六上午就过去帮您和面。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "孩子他爸",
   "孩子他爸，父亲节快乐！闺女给你画了张画，晚上回来看。",
   "这就往回赶 画的是啥 先偷偷拍给我看看",
   "happy", "request", INTI, "好，拍给你，不过画得有点抽象，你得自己猜。")
it(Z, "父亲节", TRAD, "修车师傅", "其他", "周师傅",
   "周师傅，父亲节快乐！这些年您教我修车，跟亲爹一样。",
   "嘴甜 下周店里进了一批新设备 有空来帮忙搬搬",
   "happy", "request", RESP, "好嘞师傅，周二下午我过去。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐。今年工作调动去了新疆，离家更远了。",
   "去哪都行 就是你妈天天念叨 我也……",
   "sad", "none", INTI, "等项目稳定了，我接您和我妈过来住一阵。")
it(E, "父亲节", TRAD, "uncle", "家人", "Uncle Ray",
   "Happy Father's Day, Uncle Ray! You taught me more than you know.",
   "You made an old man's morning, kiddo. Are you still coming up for the lake weekend?",
   "touched", "yes_no", RESP, "Yes, we'll be there Friday night.")
it(E, "父亲节", CASUAL, "friend", "朋友", "Mike",
   "Happy first Father's Day, Mike! How's the sleep situation?",
   "sleep? never heard of her 😂",
   "teasing", "none", CAS, "Hang in there, I'm bringing coffee and diapers on Sunday.")
it(Z, "父亲节", CASUAL, "同事", "同事", "老黄",
   "老黄，父亲节快乐！当爹第一年感觉咋样？",
   "在给娃换尿布 手上全是 回头聊",
   "busy", "none", CAS, "快去吧，回头请你吃饭庆祝。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！",
   "那你想吃点啥 我提前去菜市场",
   "happy", "what", INTI, "红烧肉和酸菜鱼，您做的最地道。",
   thread=["R:收到 你妈说你要回来", "S:对 下周六"])
it(Z, "父亲节", BIZ, "领导", "领导", "宋总",
   "宋总，父亲节快乐！听说您家公子今年考上大学了，双喜临门。",
   "谢谢小吴 孩子们也给我订了蛋糕 今天挺开心",
   "happy", "none", RESP, "那祝宋总今天吃得开心，周一见。", sender="小吴")
it(Z, "父亲节", TRAD, "舅舅", "家人", "舅舅",
   "舅舅，父亲节快乐！听说您前阵子血压高，现在控制住了吗？",
   "好多了 就是你舅妈管得严 酒不让喝了 你工作也别太拼",
   "worried", "request", RESP, "好的舅舅，我会注意，您也听舅妈的，少喝点。")
it(Z, "父亲节", CASUAL, "哥哥", "家人", "哥",
   "哥，父亲节快乐！当爸之后的第一个父亲节。",
   "都好 晚上出去吃一顿 你推荐个地方 要能带宝宝的",
   "happy", "where", CAS, "去万达三楼那家粤菜馆，有宝宝椅，环境也安静。",
   thread=["R:谢啦", "S:嫂子和宝宝都好吧"])

# ---------------------------------------------------------------- 感恩节

it(E, "感恩节", CASUAL, "friend", "朋友", "Maya",
   "Happy Thanksgiving, Maya! Thankful for you, and even for your terrible puns.",
   "aw thankful for you too. don't forget the cranberry sauce tomorrow, I forgot to buy it",
   "happy", "request", CAS, "Sure thing, I'll grab two cans on the way.")
it(E, "感恩节", TRAD, "host mother", "其他", "Mrs. Lopez",
   "Happy Thanksgiving, Mrs. Lopez! Hope your kitchen smells amazing today.",
   "You're so sweet. Will you join us again this year? Dinner is at 5.",
   "happy", "invitation", RESP, "I'd love to, and I'll bring a pie. See you at 5!",
   thread=["R:Oh, thank you! It smells like turkey and chaos.",
           "S:Your turkey last year is still my benchmark."])
it(E, "感恩节", CASUAL, "coworker", "同事", "Brian",
   "Happy Thanksgiving, Brian! Thanks for the help with the migration.",
   "sure.",
   "cold", "none", CAS, "Enjoy the long weekend.")
it(E, "感恩节", CASUAL, "mother", "家人", "Mom",
   "Happy Thanksgiving, Mom. Sorry I can't fly back this year.",
   "I understand, honey. Just promise you won't spend it alone in that apartment",
   "worried", "request", INTI, "I promise. I'm going to Sarah's for dinner, and I'll call you after.")
it(Z, "感恩节", CASUAL, "室友", "朋友", "阿Ken",
   "阿Ken，感恩节快乐！谢谢你这一年帮我喂猫。",
   "客气啥 那请我吃饭 烤肉还是牛排 你选",
   "happy", "choice", CAS, "牛排，周五晚上，位子我已经订好了。", must=["烤肉", "牛排"])
it(Z, "感恩节", BIZ, "领导", "领导", "陈总",
   "陈总，感恩节快乐！感恩这一年您给我的机会。",
   "好好干",
   "cold", "none", RESP, "谢谢陈总，一定不让您失望。")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！谢谢您，我这一路走来全靠您撑着。",
   "傻孩子 说这些干啥 妈看了心里暖乎乎的",
   "touched", "none", INTI, "就是想跟您说一声，周末回家给您做顿饭。")
it(Z, "感恩节", BIZ, "客户", "客户", "唐总",
   "唐总，感恩节快乐！感谢贵司这一年的信任与支持。",
   "也谢谢你们团队 下周找个时间一起吃个饭",
   "happy", "invitation", FORM, "好的唐总，下周三晚上您看合适吗，我来安排。", forbid=NO_OVERTIME)
it(Z, "感恩节", CASUAL, "朋友", "朋友", "老郑",
   "老郑，感恩节快乐！这一年多亏你照顾。",
   "谢了 不过我上周被裁了 没啥可感恩的",
   "sad", "none", CAS, "先别急，简历发我，我帮你问问我们公司，今晚出来喝一杯。", forbid=["感恩节快乐"])
it(Z, "感恩节", CASUAL, "大学老师", "老师", "黄老师",
   "黄老师，感恩节快乐！谢谢您当年推荐我出国交换。",
   "不客气 在那边适应得怎么样",
   "happy", "how_are_you", RESP, "适应得挺好，课程有挑战，同学也很友好，黄老师放心。")
it(Z, "感恩节", CASUAL, "同事", "同事", "小郭",
   "小郭，感恩节快乐！感谢你每天帮我带早饭。",
   "知道感恩就好 明天换你带 我要吃煎饼果子加两个蛋",
   "teasing", "request", CAS, "行，明早给你带煎饼果子，双蛋的，准时送到。", pick=True)
it(Z, "感恩节", CASUAL, "姐姐", "家人", "姐",
   "姐，感恩节快乐！感谢老姐从小罩着我。",
   "少来 说吧 这次又闯啥祸了",
   "teasing", "what", CAS, "没闯祸，就是单纯想谢谢你，真的。")
it(E, "感恩节", CASUAL, "neighbour", "其他", "Dave",
   "Happy Thanksgiving, Dave! Thanks for shovelling my driveway last week.",
   "no worries! did your pipes hold up in the freeze?",
   "happy", "yes_no", CAS, "They did, barely. I owe you a beer.")
it(E, "感恩节", TRAD, "aunt", "家人", "Aunt Helen",
   "Happy Thanksgiving, Aunt Helen. I still make your stuffing every year.",
   "Oh, that made me tear up a little. Your mother would be so proud of you.",
   "touched", "none", RESP, "I hope so. I'll send you a photo of this year's batch.")
it(Z, "感恩节", CASUAL, "医生", "其他", "吴医生",
   "吴医生，感恩节快乐！我妈出院后恢复得很好，全家都感谢您。",
   "那就好 记得按时带她回来复查",
   "happy", "request", RESP, "好的吴医生，下个月十号准时带她去复查。")
it(Z, "感恩节", CASUAL, "男朋友", "恋人", "阿航",
   "感恩节快乐！感谢你出现在我生命里。",
   "肉麻 在开会 晚上说",
   "busy", "none", INTI, "好，晚上见，开会别走神。")
it(Z, "感恩节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，感恩节快乐！谢谢您一直惦记我。",
   "我惦记你是应该的 你说的那个面试结果出来了没",
   "happy", "yes_no", RESP, "出来了，过了，下个月就去报到。")

# ---------------------------------------------------------------- 生日

it(Z, "生日", CASUAL, "母亲", "家人", "妈",
   "妈，生日快乐！蛋糕我订好了，晚上六点送到。",
   "你记得晚上早点回来 别让蛋糕等你",
   "happy", "request", INTI, "好，五点半就出门，比蛋糕先到。")
it(Z, "生日", CASUAL, "闺蜜", "朋友", "阿紫",
   "阿紫，生日快乐！",
   "愿望是暴富 你先说送我啥",
   "happy", "what", CAS, "送你一台拍立得，已经在路上了。",
   thread=["R:谢谢宝", "S:今年许的什么愿"])
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿楠",
   "生日快乐！又老了一岁，但还是帅。",
   "什么叫又老了一岁😤😤 礼物呢 什么时候给",
   "teasing", "request", INTI, "好好好，今晚九点当面给你，先闭上眼睛等着。", pick=True)
it(Z, "生日", CASUAL, "同事", "同事", "小彭",
   "小彭，生日快乐！",
   "谢。",
   "cold", "none", CAS, "中午蛋糕记得来分一块。")
it(Z, "生日", BIZ, "领导", "领导", "陆总",
   "陆总，生日快乐！祝您身体健康，事业更上一层楼。",
   "谢谢 晚上部门一起吃个饭 你也来",
   "happy", "invitation", RESP, "好的陆总，我一定准时到。")
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，生日快乐！祝您福如东海，天天开心。",
   "那太好了 啥时候到 我给你留长寿面",
   "happy", "when", RESP, "后天下午到，奶奶，长寿面等我回去一起吃。",
   thread=["R:乖 你妈说你今年回不来", "S:我请到假了 能回"])
it(Z, "生日", CASUAL, "儿子", "家人", "儿子",
   "儿子，十八岁生日快乐！从今天起你就是大人了。",
   "谢谢妈 那我是不是可以考驾照了",
   "happy", "yes_no", INTI, "可以，暑假就去报名，钱妈出。", sender="妈")
it(E, "生日", CASUAL, "best friend", "朋友", "Sofia",
   "Happy birthday, Sofia! Thirty looks amazing on you.",
   "stop it 😭 karaoke tonight at 9, you're in?",
   "happy", "invitation", CAS, "Obviously! I'll be there at nine with a terrible song ready.")
it(E, "生日", CASUAL, "coworker", "同事", "Amir",
   "Happy birthday, Amir! Hope the team doesn't make you work today.",
   "lol they absolutely are. stuck in the quarterly review till 6",
   "busy", "none", CAS, "Brutal. There's cake in the kitchen after, we saved you the big slice.")
it(E, "生日", CASUAL, "daughter", "家人", "Ellie",
   "Happy 21st birthday, sweetheart! Dad and I are so proud of you.",
   "thank you mom!! you sent the package to the new address, right?",
   "happy", "yes_no", INTI, "Yes, the new one. It should arrive tomorrow.", sender="Mom")
it(E, "生日", CASUAL, "younger sister", "家人", "Amy",
   "Happy birthday, little sis! You're officially old enough to stop borrowing my clothes.",
   "never. also I'm wearing your green sweater right now 😇",
   "teasing", "none", CAS, "I knew it went missing for a reason. Keep it, birthday special.", pick=True)
it(Z, "生日", CASUAL, "外甥女", "家人", "小雨点",
   "小雨点，生日快乐！舅舅给你寄了个礼物，猜猜是什么。",
   "是不是那个会说话的恐龙",
   "happy", "yes_no", CAS, "不是，比恐龙还大，后天就到。")
it(Z, "生日", CASUAL, "朋友", "朋友", "阿南",
   "阿南，生日快乐！在外地一个人也要吃顿好的。",
   "今年没人记得 你是第一个 也是唯一一个",
   "sad", "none", CAS, "以后每年我都第一个，明天给你寄个蛋糕过去。")
it(Z, "生日", CASUAL, "老婆", "恋人", "老婆",
   "老婆，生日快乐！嫁给我这五年，委屈你了。",
   "说啥呢 跟你在一起 一点都不委屈🥺",
   "touched", "none", INTI, "以后每个生日都陪你过，今年的礼物在衣柜第二层。")
it(Z, "生日", BIZ, "客户", "客户", "邱总",
   "邱总，生日快乐！祝您福寿安康，万事顺遂。",
   "谢谢 你们公司消息挺灵通啊",
   "teasing", "none", FORM, "邱总客气，您的生日我们一直记在日历上。", forbid=NO_OVERTIME)
it(Z, "生日", CASUAL, "弟弟", "家人", "老弟",
   "老弟，生日快乐！又长一岁，该找个对象了。",
   "别催了 妈已经催了一整天",
   "teasing", "request", CAS, "好好好，不催了，今天只吃蛋糕。")
it(Z, "生日", TECH, "师兄", "同事", "师兄",
   "师兄，生日快乐！祝你的模型永不过拟合，显卡永不掉线。",
   "借你吉言 今晚组里给我过生日 你来不来",
   "happy", "invitation", CAS, "来，下了组会就过去，给你带一块最大的蛋糕。")
it(Z, "生日", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，八十大寿快乐！祝您福寿绵长。",
   "好孩子 亲戚都在 忙着招呼呢 晚点给你打",
   "busy", "none", RESP, "好的爷爷，您先招呼客人，晚上再聊。")

# ---------------------------------------------------------------- 圣诞节

it(E, "圣诞节", CASUAL, "friend", "朋友", "Hannah",
   "Merry Christmas, Hannah! Your ugly sweater party is the highlight of my December.",
   "it better be!! are you bringing mulled wine or cookies this year?",
   "happy", "choice", CAS, "Cookies, a double batch. Someone else can handle the wine.",
   must=["mulled wine", "cookies"])
it(E, "圣诞节", BIZ, "boss", "领导", "Mr. Walsh",
   "Mr. Walsh, merry Christmas, and thank you for the generous bonus and the kind note.",
   "You earned it. Are you around on the 27th for the handover meeting?",
   "happy", "yes_no", RESP, "Yes, I'll be in the office on the 27th.")
it(E, "圣诞节", BIZ, "client", "客户", "Ms. Reed",
   "Merry Christmas, Ms. Reed. I hope the whole team gets a proper rest.",
   "Thank you, and to you. Can you get the signed contract to us before the break?",
   "happy", "request", FORM, "Certainly, I'll courier it over on Monday morning.", forbid=["overtime"])
it(E, "圣诞节", CASUAL, "boyfriend", "恋人", "Noah",
   "Merry Christmas, my love. Our first one in our own place.",
   "I keep looking at our tiny tree and smiling like an idiot ❤️🎄",
   "touched", "none", INTI, "Same here. Best first Christmas ever, and the tree is perfect.")
it(E, "圣诞节", TRAD, "grandfather", "家人", "Grandpa",
   "Merry Christmas, Grandpa! Wish I could be there for your famous pudding.",
   "We miss you too. It's a quiet table this year, just your grandmother and me.",
   "sad", "none", RESP, "I'll call during dinner so I can sit at the table with you both, even on a screen.")
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "小橙",
   "圣诞快乐！平安夜想去哪儿，我都陪你。",
   "想去看那棵超大的圣诞树 你知道在哪吗",
   "happy", "where", INTI, "在国金中心门口，晚上七点亮灯，我们六点半出发。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "小唐",
   "小唐，圣诞快乐！公司交换礼物你抽到谁了？",
   "抽到老板了 头大 你帮我想想送啥",
   "worried", "request", CAS, "好，送个保温杯吧，实用不出错。")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "老何",
   "老何，圣诞快乐！今年平安夜别又在公司过了。",
   "不在公司 在家加班 有区别吗😂",
   "teasing", "none", CAS, "有，至少能穿着睡衣开会。", pick=True)
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子",
   "儿子，圣诞快乐！在国外过节别忘了吃顿好的。",
   "妈 我在打工 餐厅今天忙疯了 晚点打给你",
   "busy", "none", INTI, "好，忙完给妈回个电话，别累着。", sender="妈")
it(Z, "圣诞节", BIZ, "客户", "客户", "方总",
   "方总，圣诞快乐！新的一年期待继续合作。",
   "👌",
   "cold", "none", FORM, "方总，年后我带新方案过来给您汇报。", forbid=NO_OVERTIME)
it(Z, "圣诞节", CASUAL, "室友", "朋友", "阿杰",
   "阿杰，圣诞快乐！宿舍那棵塑料圣诞树还在吗？",
   "还在 今晚宿舍火锅局 你回来不",
   "happy", "invitation", CAS, "一定回，七点前到，我带毛肚。", pick=True)
it(Z, "圣诞节", CASUAL, "博士导师", "老师", "冯老师",
   "冯老师，圣诞快乐！",
   "谢谢 放假前麻烦把实验数据整理一份发我",
   "cold", "request", RESP, "好的冯老师，下周五前整理好发您。")
it(Z, "圣诞节", CASUAL, "妹妹", "家人", "妹",
   "妹，圣诞快乐！圣诞老人给你带礼物了吗？",
   "带了 你猜是什么 猜对了分你一半",
   "happy", "what", CAS, "我猜是一盒巧克力，分我一半的话我要黑巧。")
it(Z, "圣诞节", TRAD, "邻居", "其他", "陈奶奶",
   "陈奶奶，圣诞快乐！您家门口的彩灯我帮您挂好了。",
   "谢谢你 梯子那么高 下回可别爬了 我看着心慌",
   "worried", "request", RESP, "好的陈奶奶，下回我叫物业一起来。")
it(E, "圣诞节", CASUAL, "colleague", "同事", "Jake",
   "Merry Christmas, Jake! Secret Santa says: check your desk.",
   "the socks have tiny tacos on them. I'm wearing them every day now",
   "happy", "none", CAS, "Excellent, they were made for you. Enjoy the holidays!",
   thread=["R:wait that was you??", "S:Maybe 🎅", "R:you absolute legend", "S:Open them already"], pick=True)
it(Z, "圣诞节", CASUAL, "父亲", "家人", "爸",
   "爸，圣诞快乐！虽然您不过洋节，但祝福还是要送。",
   "收到 那边下雪了没 看新闻说你们那降温了",
   "worried", "yes_no", INTI, "下了，不过屋里有暖气，挺暖和的。")
it(Z, "圣诞节", CASUAL, "闺蜜", "朋友", "小鱼",
   "小鱼，圣诞快乐！今晚来我家吃火鸡吗？",
   "去不了啊我今晚要陪客户吃饭吃完还得回公司改方案估计要到半夜",
   "busy", "none", CAS, "那给你留一只鸡腿，明天来拿，别熬太晚。")
it(E, "圣诞节", CASUAL, "brother", "家人", "Marco",
   "Merry Christmas, Marco! Heard you're in charge of the roast this year, brave man.",
   "yep. what's the trick to not burning the roast? asking for a friend",
   "teasing", "what", CAS, "Low oven, 160 degrees, and a meat thermometer. Take it out at 60 inside.")

# ---------------------------------------------------------------- more items, holiday by holiday
# (written in the same session after a first count, to add clients, the tech style, touched replies,
# when/where/choice/how-are-you questions and multi-round threads)

# 春节
it(Z, "春节", BIZ, "客户", "客户", "许总",
   "许总，新春大吉！羊年祝贵司订单如潮，咱们的合作更上一层楼。",
   "好啊 年后哪天过来 我让前台留个车位",
   "happy", "when", FORM, "许总，初九上午十点到，麻烦您费心了。", forbid=NO_OVERTIME,
   thread=["R:同喜 也谢谢你们这一年的服务", "S:应该的 年后第一件事就是去给您拜年"])
it(Z, "春节", TECH, "同事", "同事", "阿超",
   "阿超，羊年快乐！祝你新的一年GPU永不排队，模型一训就收敛。",
   "上周我排了三天 结果被你的实验插了队 这账年后请我吃饭抵了吧",
   "teasing", "request", CAS, "行，年后第一顿火锅我请，算我赔罪。",
   thread=["R:排队是不可能不排队的", "S:那祝你永远排第一个"], pick=True)

# 元宵
it(Z, "元宵", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，元宵快乐！今年我照着您的方子自己搓了汤圆，就是没您搓得圆。",
   "我孙女会搓汤圆了 奶奶心里甜 比吃了汤圆还甜 啥时候回来搓给奶奶尝尝",
   "touched", "when", RESP, "奶奶，下个月初就回，到时候搓一大锅给您尝。", pick=True)
it(E, "元宵", TECH, "colleague", "同事", "Arjun",
   "Happy Lantern Festival, Arjun! May your builds stay green and your lanterns outshine our error dashboard.",
   "the dashboard is literally red right now 🙃 are you online tonight or off?",
   "busy", "yes_no", CAS, "Yes, I'm online till ten. Send me the failing job and I'll take a look.", pick=True)

# 清明
it(Z, "清明", CASUAL, "朋友", "朋友", "小蒋",
   "小蒋，清明假期愉快！踏青的地方选好了吗？",
   "还没 你去年去的那个油菜花田叫啥地方来着",
   "happy", "where", CAS, "江西婺源县，开车三个小时，四月初花开得正好。")

# 端午
it(Z, "端午", BIZ, "客户", "客户", "何总",
   "何总，端午安康！去年我们最难的时候您提前付了货款，这份情我们一直记着。",
   "难得你们还记着 这几年合作下来也算老朋友了 下半年的订单什么时候能排上",
   "touched", "when", FORM, "何总，七月初就能排上，排期表这周发您。", forbid=NO_OVERTIME)
it(E, "端午", CASUAL, "friend", "朋友", "Tina",
   "Tina! It's Dragon Boat Festival and our office team finally has a boat for the race.",
   "I'll drum!! but is practice on Tuesday or Thursday evenings?",
   "happy", "choice", CAS, "Thursday evenings, 7 pm at the boathouse. Welcome aboard!",
   must=["Tuesday", "Thursday"], thread=["R:omg you actually signed up", "S:We need a drummer though..."])

# 中秋
it(E, "中秋", BIZ, "client", "客户", "Mr. Tanaka",
   "Happy Mid-Autumn Festival, Mr. Tanaka. A box of mooncakes is on its way to your Osaka office.",
   "Likewise. Will the factory tour start at your head office or at the plant?",
   "happy", "choice", FORM, "At the plant, Mr. Tanaka. Our car will collect you from your hotel at nine.",
   must=["head office", "plant"], forbid=["overtime"],
   thread=["R:How thoughtful, thank you.", "S:Our pleasure. We look forward to your visit next month."])

# 国庆
it(Z, "国庆", TECH, "客户", "客户", "马总",
   "马总，国庆快乐！祝贵司的大模型推理集群七天零告警，假期安安心心。",
   "借你吉言 上线那套监控你们节后能来调一下吗",
   "happy", "request", FORM, "没问题马总，节后第一天就安排工程师上门调试。", forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "母亲", "家人", "妈",
   "妈，国庆快乐！这个假期我带您出去转转。",
   "那你说说 到底去哪儿",
   "happy", "where", INTI, "去千岛湖，住湖边的酒店，早上还能看日出。",
   thread=["R:去哪 太远了我可不去", "S:不远 开车两小时"])

# 元旦
it(Z, "元旦", TRAD, "婆婆", "家人", "妈",
   "妈，元旦快乐！今年我们争取早点回去陪您。",
   "那敢情好 具体哪天到 我好提前把被子晒了",
   "happy", "when", RESP, "腊月二十五到，妈，被子不用晒，我们回去自己弄。",
   thread=["R:好 你们忙就别急着回", "S:不忙 腊月就能放假"])

# 冬至
it(Z, "冬至", CASUAL, "高中同学", "朋友", "大雄",
   "大雄，冬至快乐！今晚老地方？",
   "七点 羊肉汤还是火锅 你定",
   "happy", "choice", CAS, "羊肉汤，冬至就得喝这个，我六点半先去占座。", must=["羊肉汤", "火锅"],
   thread=["R:必须的", "S:几点"])

# 七夕
it(Z, "七夕", TECH, "男朋友", "恋人", "阿程",
   "七夕快乐！我对你的喜欢就像没设早停的训练，一直在涨。",
   "那过拟合了怎么办",
   "teasing", "what", INTI, "那就一直过拟合下去，只对你一个人泛化。", pick=True)

# 情人节
it(E, "情人节", CASUAL, "girlfriend", "恋人", "Sophie",
   "Happy Valentine's Day, Sophie! Dinner is booked, dress code: fancy.",
   "ok I need to know what time so I can plan my hair",
   "happy", "when", INTI, "Pick you up at 7. Your hair has two hours.",
   thread=["R:fancy?? what did you do", "S:You'll see ;)"])

# 教师节
it(Z, "教师节", TECH, "大学老师", "老师", "宋老师",
   "宋老师，教师节快乐！您当年讲的梯度下降，我现在天天在用。",
   "学以致用就好 你现在在哪家公司做算法",
   "happy", "where", RESP, "在杭州一家做推荐系统的公司，宋老师有空来杭州指导。")
it(E, "教师节", CASUAL, "former teacher", "老师", "Ms. Duarte",
   "Happy Teachers' Day, Ms. Duarte! I just got my first job as a teacher, and I'm copying your reading corner.",
   "I'm honestly tearing up. Would you send me a picture of your reading corner when it's ready?",
   "touched", "request", RESP, "Of course, I'll send you photos as soon as it's set up.",
   thread=["R:Wait, really??", "S:Really! Third grade, starting Monday."])

# 母亲节
it(E, "母亲节", CASUAL, "mother", "家人", "Mum",
   "Happy Mother's Day, Mum. The roses are from me and the dog.",
   "How's the new flat? Are you sleeping better now the noisy neighbours are gone?",
   "happy", "how_are_you", INTI, "Much better, Mum. I'm sleeping like a log, and the flat feels like home.",
   thread=["R:They're gorgeous, love.", "S:Glad they arrived in one piece!"])

# 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！小时候您骑车送我上学，后座那个软垫是您自己缝的吧。",
   "那垫子我一直收在柜子里 没舍得扔 下回回来你自己去翻出来看看",
   "touched", "request", INTI, "好，下回回家第一件事就是去翻那个柜子。",
   thread=["R:你还记得那个垫子", "S:记得 蓝色格子的"], pick=True)

# 感恩节
it(E, "感恩节", CASUAL, "colleague", "同事", "Pedro",
   "Happy Thanksgiving, Pedro. You covered for me when my dad was sick, and I never properly thanked you.",
   "That really means a lot. How's your dad doing now?",
   "touched", "how_are_you", CAS, "He's doing much better, back on his morning walks. Thanks for asking.",
   thread=["R:You don't owe me anything", "S:I do. Lunch next week?"])
it(Z, "感恩节", CASUAL, "朋友", "朋友", "阿彬",
   "阿彬，感恩节快乐！谢谢你这一年陪我爬了那么多座山。",
   "明年第一座爬哪 你来定",
   "happy", "where", CAS, "先爬黄山，三月底去，人少景好。",
   thread=["R:同谢同谢", "S:明年继续"])

# 生日
it(E, "生日", TECH, "friend", "朋友", "Priyanka",
   "Happy birthday, Priyanka! May your loss curve only go down and your cake count only go up.",
   "lmao thank you. you're coming to the hackathon-slash-party on Saturday right?",
   "happy", "invitation", CAS, "Definitely, I'll be there with snacks and a spare laptop charger.", pick=True)
it(Z, "生日", TRAD, "岳父", "家人", "爸",
   "爸，生日快乐！六十大寿，祝您身体硬朗、笑口常开。",
   "好 你们俩最近工作顺不顺利 小丽说你老出差",
   "happy", "how_are_you", RESP, "挺顺利的，就是出差多一点，爸您别惦记。",
   thread=["R:谢谢 你们有心了", "S:蛋糕和寿桃下午送到"])
it(Z, "生日", CASUAL, "姐姐", "家人", "姐",
   "姐，生日快乐！这些年你替我扛了太多，这次换我来照顾你。",
   "你这小子突然这么煽情 我在地铁上哭了 丢死人了",
   "touched", "none", CAS, "哭完记得笑，晚上我请你吃大餐。")

# 圣诞节
it(Z, "圣诞节", BIZ, "客户", "客户", "任总",
   "任总，圣诞快乐！听说您年底去欧洲考察，祝一路顺利。",
   "谢谢 刚到慕尼黑 倒时差中 你们那边年底冲刺得怎么样",
   "happy", "how_are_you", FORM, "一切顺利，任总，年度目标已经完成了，团队状态也挺好。", forbid=NO_OVERTIME)
it(Z, "圣诞节", CASUAL, "前同事", "朋友", "老白",
   "老白，圣诞快乐！你离职前送我的那本书，我今年终于读完了。",
   "没想到你还留着 我都快忘了 读完什么感觉",
   "touched", "what", CAS, "后劲很大，尤其是最后一章，看完我给家里打了个电话。", pick=True)

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
        iid = f"fb6-{n:03d}"
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
    from followup_blind6_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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

NOTE = """# Follow-up blind set 6 (`followup_blind6_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind6_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind6_check.py` (validator, `--selftest`), `followup_blind6_2026-12.json` (the set),
  `followup_blind6_2026-12.md` (this note), all in `/work/blind6-followup/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb6-001` … `fb6-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; `/work/blind5-followup/` was not looked at; of the tests only
`tests/followup_judge.py` was read (in full). `README.md` was read for the product description. The third,
fourth and fifth sets' notes (`tests/data/followup_blind3_2026-12.md`, `…blind4…`, `…blind5…`) were read in full
for their format, labelling rules and judgement calls, which this set follows unchanged. The fifth set's build and
check scripts were read only for their file structure (header, the `it(...)` helper, the assembling and note
code), the per-holiday word tables (copied unchanged) and the validator logic (adapted); their item texts were
not read. The checker reads the three notes and the fourth and fifth sets' build scripts as plain text, only to
refuse copied runs. Git was not run and the bot was never run.

Every greeting, earlier turn and reply was newly typed by hand, item by item, as people really chat, with new
people, situations and props (the burnt rice cooker in the dorm, home-made sausages on the balcony, a telescope
for the moon, the succulents that die out of spite, a borrowed drill that "has friends now", taco socks from a
Secret Santa, the GPU queue jumped by a colleague's experiment, the hand-sewn bike-seat cushion, a drum for the
office dragon boat, the front desk drowning in flowers). The mix: plain ordinary replies, short cold answers
(同贺。, 哦哦, 已吃, 嗯哼, 无聊, 谢。, 好的, "Thx.", "k.", `[OK]`, `[微笑]`, 👌), voice-input run-ons without
punctuation, space-separated chat, emoji-only replies (🥩🥩🍺, 🎆🎆🎆🥳, 🥟😋👍, 😊🌷) and emoji-heavy ones, chat
stickers (`[流泪]`, `[叹气]`), chat shorthand (np, rn, lmao, thx), replies that pick up a detail or a joke of
the greeting, and English exchanges with English greetings. Compared with the earlier sets the question kinds
and moods are spread more evenly: every asked kind has at least 15 items and none but `none` more than a fifth
of the set; `touched`, `worried`, `sad` and `busy` each have 20 or more. The wording avoids the earlier sets: the
checker refuses the example phrases of the three earlier notes, of the judge's docstrings and of the README, the
earlier sets' whole short replies and stickers, and any text (greeting, turn, reply or reference follow-up) that
shares a run of more than 11 Han characters or more than 27 characters with the three notes or with the fourth
and fifth sets' build scripts.

Fields follow `tests/followup_judge.py` and the fifth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law, aunts and uncles
  (姑姑, 小姨, 舅舅, Aunt Helen, Uncle Ray), teachers (a calligraphy teacher, a basketball coach, a kindergarten teacher, thesis advisors),
  bosses and elders or service people outside the family (a landlady, doctors, a car mechanic, an old neighbour,
  a host mother) and English elders/bosses/teachers/in-laws/a landlord; `formal` for clients; `intimate` for
  partners, parents and one's own children; `casual` for friends, siblings, cousins, nephews and nieces,
  colleagues, a gym coach and neighbours of one's own age.
- **forbidden:** per item traps (加班 / "overtime" to clients; 端午快乐, 冬至快乐, 感恩节快乐, "happy valentine" as a
  second wish to someone who just broke up, sits at a hospital bed, lost a job or asks for space; 下次 to a
  partner let down by another business trip) plus the automatic ones of the earlier sets: when the recipient asked
  something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to English
  respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐
  (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third, fourth and fifth sets' definitions and borderline rules unchanged (mood
is what the latest reply conveys toward the sender, read with the greeting and thread; two questions in one
reply: a request or invitation first, then a concrete question before a phatic or rhetorical one, else the one
the reply ends on; "are you still coming / 回来不" confirming a plan is `yes_no`, a new proposal or the
recipient's own event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do
something; an imperative reschedule is `request`, asking permission to change a plan is `yes_no`; offers are
`yes_no`; handing a place decision to the sender or "guess where" is `where`; an either-or naming both
alternatives is `choice`; did-you-do-it questions are `yes_no`, how the sender or someone of theirs feels or copes
is `how_are_you`, how a task goes is `what`; a guess put up with 吧 is `yes_no`, a rhetorical jab is `none`;
claiming something owed is `request`; laughter alone is `happy`, `teasing` needs a jab or a joke at someone's
expense; being occupied is `busy` even in jest; an elder kindly declining or reproaching out of concern is
`worried`; a flat reply to a repeated letdown or a businesslike thanks followed by a task is `cold`).

### New judgement calls (settled one way throughout this set)

1. **Amounts and numbers** (你猜他包了多少个, 你们那边今天几度) are `what`: the answer states a fact.
2. **"X or not"** ("are you online tonight or off?") is `yes_no`: the second half is only the negation, not an
   option, so it is not `choice` (this extends the fourth set's call on an "or" that is only a jab).
3. **An English tag question** that asks the sender to confirm ("you sent the package to the new address,
   right?") is `yes_no`; "you're in?" / "you're coming … right?" about the recipient's own party stays
   `invitation` (the fifth set's call 1).
4. **"Do you know where …" and "what was the place called"** (你知道在哪吗, 那个油菜花田叫啥地方来着) are `where`:
   the yes/no frame only wraps the place; likewise "I need to know what time" is `when`.
5. **Handing an open decision that is not a place** to the sender (电影你定, 你说我唱哪首好, 你说送点啥能补救) is
   `what` (the judge accepts `choice` too where the reply is about eating, buying or doing something).
6. **"怎么办" questions:** voicing a fear about one's own ordeal (要是考不上咋办) is rhetorical and `none` (the
   sender comforts; the mood is `worried`); a playful "then what?" that continues the sender's joke (那过拟合了
   怎么办, after a pick-up line about training without early stopping) asks for an answer and is `what`.
7. **Asking the sender to come and help** with the recipient's chore (店里进了新设备 有空来帮忙搬搬) is `request`,
   not `invitation`: it is work for the sender, not something done together for its own sake.
8. **Moods.** Fretting over one's own small problem (抽到老板了 头大, 正发愁呢 … 帮我挑个, the highway already
   jammed) is `worried`; reporting one's own illness or injury (还疼着 下不了楼) is `sad` (bad news), as is a
   relative in hospital; a client's light jab at the sender's good information (你们公司消息挺灵通啊) is
   `teasing`; a money reproach with a question (又乱花钱 … 贵不贵) is `worried`, and 又乱花钱 is not an
   imperative, so the question kind is that of the question.

## Checks

`python3 followup_blind6_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the fifth set's 26 — with the set cut to 250 items — plus a fifth-set example phrase, a
fifth-set whole short reply, 30 characters and 12 Han characters copied from the fifth set's note (runs the
third and fourth sets' texts do not hold, so the new texts are proven read), one asked question kind grown past
a fifth of the set, English threads removed, an English mood that disappears, the tag-question phrasing that
disappears, `what` questions relabelled away) and requires the validator to fail on each with the error it
targets; `followup_blind6_check.py -` reads a file from stdin. It checks what the fifth set's validator checks
(fields, types, canonical values equal to the judge's own tuples, ids `fb6-NNN` consecutive, no repeated reply or
greeting, no Chinese in English items, threads of 1–4 turns, `must_mention_any` exactly for `choice` with
options found in the reply, other-holiday words disjoint and absent from the item's own text, register consistent
with the category, no example wording, the automatic forbidden traps, every family sub-group, a landlord and a
doctor, short cold, emoji-only, emoji-heavy and voice-style replies, no mood over half the set and `none` under
40%) with this set's spread: ≥260 items, ≥45 English items over ≥12 holidays, ≥6 categories, all 7 moods and all
9 question kinds, ≥45 threads of which ≥8 English, every category ≥12, holiday ≥15, mood ≥18, question kind ≥15,
style ≥8 and register ≥15 items, ≥35 requests, ≥35 yes/no, ≥20 invitations, ≥18 `what` and ≥18 `when`, and no
question kind other than `none` over 20% of the set; request replies that use each of 记得, 帮我, 给我带, 到了, 别,
麻烦, "can you", "could you", "don't forget", "please"; yes/no replies that use each of 没, 了吗, 不, 是不是, 有没有,
能不能, 行不行, "did", "are you", "right?"; no greeting, turn, reply or reference sharing a run of more than 11 Han
characters or more than 27 characters with `followup_blind3_2026-12.md`, `followup_blind4_2026-12.md`,
`followup_blind5_2026-12.md`, `followup_blind4_build.py` or `followup_blind5_build.py` (NFKC, lower-cased); no
repeated reference. Then it loads `/work/main/tests/followup_judge.py` (with `/work/main` on `sys.path`), checks
that `mood_right` and `question_right` accept each item's labels (and reject a wrong mood), runs `passes` on each
item with the hand-written reference follow-up from the build script and requires all four verdicts to be True,
and requires each `forbidden` and `other_holiday_words` entry to make the judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

### Notes on the judge (found while checking the references)

Three references first failed for reasons in the judge, not in the item, and were reworded (the items were not
changed to suit the judge):

- `when`: 昨晚 is not in the judge's time words (今晚, 明晚 and 昨天 are), so the natural answer 昨晚你睡着以后，我下楼放的
  fails; it became 昨天夜里你睡着以后… (`fb6-172`).
- `when` (English): `at \\d` is followed by a word boundary, so "at 11" (two digits, no am/pm) is not a time while
  "at 7" is; "I'll pick you up at 11, so be ready by quarter to." became "… at 11 am …" (`fb6-195`).
- `yes_no`: for 现在还打球吗 the predicate is 球 (the character before 吗), and 还 is not a yes/no opener, so the
  natural answer 还打，每周两次 fails; it became 还打球，每周两次… (`fb6-178`).

Some greetings and replies were reworded before the set was frozen for this set's own copy rule, not for the
judge: stock English openings ("Happy Dragon Boat Festival, ", "Merry Christmas, Mr. …", "Thinking of you this
Qingming, ", "! Longest night of the year,") and a few Chinese greetings (…教师节快乐！祝您桃李满天下, …父亲节快乐！祝您
身体健康) ran past 27 characters or 11 Han characters in common with an earlier set's text.

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
