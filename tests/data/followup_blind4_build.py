#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind4_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this fourth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind4_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third set); an other-holiday word that the greeting, the thread or the reply itself uses is
dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is sad or worried;
清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something (question != none):
爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and you?" to English
respectful/formal recipients.

Run: ``python3 followup_blind4_build.py`` writes the JSON and the .md next to this file.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import unicodedata

import sys as _sys

_sys.dont_write_bytecode = True  # never leave .pyc files next to the judge or here

VERSION = "2026-12-05"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind4_2026-12.json"
MD_NAME = "followup_blind4_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-05 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the third set's note was read for its format and labelling rules, and "
    "its build and check scripts only for their file structure, holiday word tables and validator logic. Each "
    "greeting, thread and reply of this fourth set was newly composed one by one as people write in chat "
    "(ordinary replies, short cold answers, voice-input run-ons, emoji and stickers, replies that pick up a "
    "detail or joke of the greeting, English exchanges, multi-round threads), avoiding the wording of the "
    "examples in the third set's note, the judge's docstrings and the README. Mood and question were labelled "
    "as a careful human reader would, following the third set's rules unchanged; where a reply asks two things "
    "the main question follows the same fixed order. Expectations (answer_kind = question, register, forbidden "
    "traps, holiday words, must_mention_any for offered options) use the vocabularies of tests/followup_judge.py; "
    "a hand-written reference follow-up per item, kept only in the build script, passes all four judge checks."
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
it(Z, "春节", TRAD, "母亲", "家人", "妈",
   "妈，新年快乐！今年我请了年假，腊月二十六就到家，这回年夜饭的鱼让我来做。",
   "你会做鱼？别把厨房点了😂 腊肉给你留着呢 到了给我打电话",
   "teasing", "request", INTI, "放心吧妈，下了高铁第一时间给你打电话，鱼我在网上学了三遍了！",
   sender="小雨", pick=True)
it(Z, "春节", CASUAL, "父亲", "家人", "爸",
   "爸，过年好！今年给您买了个足浴盆，别嫌我乱花钱哈。",
   "足浴盆到了 你妈先泡上了 我还没捞着😂",
   "teasing", "none", INTI, "哈哈那您跟我妈排个班，回头我再给您买一个！", pick=True)
it(Z, "春节", TRAD, "外婆", "家人", "外婆",
   "外婆，新春快乐！祝您身体健健康康，今年的腊八蒜还等着您教我腌呢。",
   "乖 外婆好着呢 腊八蒜早泡上了 你今年在哪过年啊",
   "happy", "where", RESP, "今年在杭州家里过，初二就去看您，顺便把腌蒜的手艺学到手！", pick=True)
it(Z, "春节", BIZ, "合作两年的客户", "客户", "陈总",
   "陈总，新春快乐！去年仓储系统上线多亏您团队配合，祝您和家人新年万事胜意！",
   "新年好。报表那个bug年后第一周要修好。",
   "cold", "request", FORM, "收到陈总，年后第一周我们安排人专门跟进报表问题，修好第一时间向您汇报。",
   sender="小周")
it(Z, "春节", CASUAL, "哥哥", "家人", "哥",
   "哥，新年快乐！今年你家俩娃的压岁钱我包好了，标准别跟我卷啊。",
   "哈哈哈你先把对象带回来再说 初几回来？",
   "teasing", "when", CAS, "初二就回，对象的事你别催了，先管好你家俩娃吧！", pick=True)
it(Z, "春节", TECH, "大学室友", "朋友", "阿杰",
   "阿杰新年快乐！祝你新的一年代码零报错，年终奖多一位数，头发保持当前版本不回退。",
   "头发已经回退到v0.1了[流汗] 今年在哪过年 要不要初三来我这边聚聚",
   "teasing", "invitation", CAS, "初三可以啊，我带两瓶酒过去，顺便看看你的v0.1发型！", pick=True)
it(Z, "春节", BIZ, "处长", "领导", "王处",
   "王处，新春愉快！一年来承蒙您悉心指导，祝您新年身体健康，阖家欢乐。",
   "同乐。",
   "cold", "none", RESP, "谢谢王处，祝您假期安心休息，年后见。")
it(Z, "春节", CASUAL, "同事", "同事", "小林",
   "小林新年快乐！这一年被你救了好几次场，年后奶茶我包了。",
   "记住你说的啊 年后第一杯我要芋泥的",
   "happy", "request", CAS, "没问题，芋泥波波加双份，开工第一天就给你送到工位！", pick=True)
it(Z, "春节", TRAD, "岳母", "家人", "妈",
   "妈，给您拜年了！今年初二我和小雯带着朵朵一早就回去，祝您和爸新春吉祥、身体安康。",
   "好好好 朵朵爱吃的炸丸子我都炸好了 路上开车慢点 雪大",
   "happy", "request", RESP, "放心吧妈，我们早点出发慢慢开，到了给您报平安。", pick=True)
it(E, "春节", CASUAL, "friend", "朋友", "Mia",
   "Happy Lunar New Year, Mia! Year of the Goat, so here's to a year of stubbornly getting what we want 🐐",
   "hahaha stubborn is my middle name. are you doing the dumpling party again this year??",
   "happy", "yes_no", CAS, "Yes! Saturday at my place, bring your folding skills.", pick=True)
it(Z, "春节", CASUAL, "表姐", "家人", "表姐",
   "表姐新年好呀！去年你教我的那招砍价我用了一整年，省了不少钱😄",
   "那你今年得分我一半哈哈 我初五就回上海了 走之前见一面？",
   "teasing", "invitation", CAS, "好呀，初四下午咱们去老街喝茶，我请客当学费！", pick=True)
it(Z, "春节", CASUAL, "房东", "其他", "赵阿姨",
   "赵阿姨新年好！这一年房子住得很舒心，谢谢您一直这么照顾，祝您新春大吉！",
   "小宋新年好呀 房子你住着我放心 回老家的话走之前燃气阀记得关一下哈",
   "happy", "request", RESP, "好的阿姨，走之前燃气阀和窗户我都会检查一遍，您放心！", sender="小宋")
it(Z, "春节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，过年好！祝您福如东海，今年棋艺再上一层楼，初一我回去陪您杀两盘。",
   "你奶奶说让你顺路捎两斤芝麻汤圆回来 要黑芝麻的",
   "happy", "request", RESP, "好嘞爷爷，两斤黑芝麻汤圆我记下了，保证带到！",
   thread=["R:好 你来", "S:爷爷，我初一上午就到，您把棋盘摆好等我！"])
it(Z, "春节", CASUAL, "前同事", "朋友", "老孟",
   "老孟新年快乐！好久没一起撸串了，今年回来一定约。",
   "新年快乐兄弟我今年不回去了在深圳这边项目上线走不开等五一回去咱们再好好喝一顿",
   "busy", "invitation", CAS, "行，五一我等你，串我来订，你先忙好上线！")
it(Z, "春节", TRAD, "姑姑", "家人", "姑姑",
   "姑姑新年好！祝您新年福气满满，身体越来越棒，广场舞继续领跳！",
   "😂😂😂👍👍",
   "happy", "none", RESP, "姑姑新年多跳几支，过年回去给您录视频发抖音！")
it(Z, "春节", CASUAL, "保姆", "其他", "王阿姨",
   "王阿姨新年好！这一年辛苦您照顾我爸，您回家路上注意安全。",
   "谢谢 老爷子的药我分好放盒子里了 每天早晚各一格 别忘了提醒他",
   "happy", "request", RESP, "好的王阿姨，早晚各一格我记住了，您安心过年。")
it(Z, "春节", TECH, "技术总监", "领导", "黄总",
   "黄总新春快乐！祝您新的一年系统稳如磐石，需求清晰如文档，团队战斗力满格。",
   "哈哈 借你吉言 年后那个大版本 你牵头吧",
   "happy", "request", RESP, "好的黄总，年后我来牵头，初八前把排期发给您。")
it(E, "春节", CASUAL, "friend", "朋友", "Wen",
   "Happy Lunar New Year, Wen! I'm cooking the family dinner for the first time, wish me luck.",
   "Brave! are you doing dumplings or hot pot?",
   "teasing", "choice", CAS, "Hot pot, because I can't fold dumplings to save my life.",
   must=["dumplings", "hot pot"])

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "女朋友", "恋人", "宝",
   "宝，元宵节快乐！今晚的汤圆我煮，保证不煮破，破了算我的。",
   "破了你全吃了啊 我要花生馅的 别买成芝麻的",
   "teasing", "request", INTI, "遵命，花生馅的已经在购物车了，破的全归我！", pick=True)
it(Z, "元宵", TRAD, "母亲", "家人", "妈",
   "妈，元宵节快乐！今年没能回家吃汤圆，给您和爸寄了一盒宁波汤圆，记得签收。",
   "收到了 你爸已经煮了一碗 说没有我包的好吃😂 你一个人在外面吃了没",
   "happy", "yes_no", INTI, "吃了，公司食堂今天也煮了汤圆，还是你包的好吃！", pick=True)
it(Z, "元宵", CASUAL, "朋友", "朋友", "小鹿",
   "小鹿元宵快乐！今晚灯会人肯定爆满，记得抢个好位置拍照。",
   "你来不来 七点南门集合 我多占一个位",
   "happy", "invitation", CAS, "来！七点南门见，我带暖宝宝过去。")
it(Z, "元宵", BIZ, "客户", "客户", "林经理",
   "林经理，元宵节快乐！祝您新的一年生意兴隆，阖家团圆。",
   "谢谢，同样祝福。合同的盖章版什么时候能寄过来？",
   "cold", "when", FORM, "林经理，盖章版今天下午寄出，顺丰单号稍后发您。")
it(Z, "元宵", TRAD, "高中班主任", "老师", "李老师",
   "李老师，元宵节快乐！毕业十年了，还记得您在晚自习给我们煮汤圆的那个冬天。",
   "你这孩子 记性真好 老师都快忘了 成家了没有",
   "touched", "yes_no", RESP, "成家了，去年结的婚，媳妇也是老师，下次带她去看您。", pick=True)
it(Z, "元宵", CASUAL, "妹妹", "家人", "老妹",
   "老妹元宵快乐！今年灯谜我让你三题，别再哭鼻子了啊。",
   "谁哭鼻子了！！那是小时候 今年我赢你请奶茶",
   "teasing", "none", CAS, "成交，输了我请一个月的奶茶，不许耍赖！", pick=True)
it(E, "元宵", CASUAL, "coworker", "同事", "Leo",
   "Happy Lantern Festival, Leo! Hope the riddle you left on my desk was easier than this quarter's roadmap.",
   "Ha, it wasn't. Did you solve it or are you too proud to ask?",
   "teasing", "yes_no", CAS, "Not yet, but I'm close. Give me until lunch before you spoil it.", pick=True)
it(Z, "元宵", TRAD, "婆婆", "家人", "妈",
   "妈，元宵节快乐！今年的灯笼是豆豆自己画的，给您拍张照看看。",
   "画得真好 像他爸小时候 你们什么时候再带豆豆回来住几天",
   "happy", "when", RESP, "下个月月初我们带豆豆回去住一周，让他给您再画一个。", pick=True)
it(Z, "元宵", CASUAL, "老公", "恋人", "老公",
   "老公元宵快乐～今晚加班也要记得吃口热的，汤圆我给你留在锅里。",
   "还在开会 估计十点多 你先睡别等我",
   "busy", "request", INTI, "好，锅里的汤圆你回来热一下再吃，我先睡啦。")
it(Z, "元宵", BIZ, "部门同事", "同事", "周姐",
   "周姐元宵快乐！节后咱们那个培训还得靠您多带带。",
   "好说好说 节后一起搞",
   "happy", "none", CAS, "那节后我先把提纲整理好，找你对一下。")
it(Z, "元宵", CASUAL, "大学同学", "朋友", "胖虎",
   "胖虎元宵快乐！看你朋友圈在减肥，今天汤圆允许吃几个？",
   "你过分了啊[发怒] 等我瘦下来第一顿你请",
   "teasing", "request", CAS, "没问题，等你瘦到目标体重，火锅随便点！",
   thread=["R:一个都不吃 我要坚持", "S:有志气！那我替你吃两碗。"], pick=True)
it(Z, "元宵", TRAD, "邻居", "其他", "王奶奶",
   "王奶奶元宵节快乐！上回您送的腌萝卜特别下饭，祝您身体康健！",
   "好孩子 我包了点荠菜馄饨 晚上给你端一碗过去 在家不",
   "happy", "yes_no", RESP, "在家呢奶奶，您别端过来，我下去拿，正好陪您说说话。")
it(Z, "元宵", CASUAL, "同事", "同事", "阿May",
   "阿May元宵快乐，节后见！",
   "嗯嗯 你也是",
   "cold", "none", CAS, "好嘞，那节后见～")

# ---------------------------------------------------------------- 清明
it(Z, "清明", TRAD, "父亲", "家人", "爸",
   "爸，清明我回不去了，您替我给爷爷多上一炷香，跟他说我挺好的。",
   "知道 你爷爷要是知道你当上工程师了 肯定高兴",
   "sad", "none", INTI, "嗯，爸，明年我一定回去给爷爷扫墓，您也多保重。")
it(Z, "清明", CASUAL, "朋友", "朋友", "阿珂",
   "阿珂清明安康，周六放晴，适合出去走走。",
   "去哪 你定 我只负责带吃的",
   "happy", "where", CAS, "去植物园吧，那边的樱花刚开，我们十点门口见。")
it(Z, "清明", TRAD, "外公", "家人", "外公",
   "外公，清明安康。今年回去陪您一起去给外婆扫墓，您别一个人爬山了。",
   "好 你外婆最喜欢你 你来了她肯定高兴 山上路滑 穿双好走的鞋",
   "sad", "request", RESP, "好的外公，我穿运动鞋，到时候扶着您慢慢走。")
it(Z, "清明", BIZ, "领导", "领导", "孙总",
   "孙总，清明假期安康，出行注意安全。",
   "好。",
   "cold", "none", RESP, "孙总假期愉快，有事随时吩咐。")
it(E, "清明", CASUAL, "friend", "朋友", "Hannah",
   "Thinking of you this Qingming, Hannah. I know it's the first one without your grandma. Here if you want to talk.",
   "thank you. went to the cemetery this morning with my mom, it was harder than i thought",
   "sad", "none", CAS, "I'm so sorry. Sending you a hug, and I'm around all evening if you want to call.")
it(Z, "清明", CASUAL, "堂弟", "家人", "小军",
   "小军清明安康！今年你替我给爷爷奶奶磕个头，回头请你吃饭。",
   "放心哥 都安排好了 我拍视频给你",
   "happy", "none", CAS, "辛苦你了，等我回去请你吃顿好的。")
it(Z, "清明", TRAD, "大学老师", "老师", "陈老师",
   "陈老师，清明时节雨纷纷，祝您假期安康，出门记得带伞。",
   "谢谢，你也注意身体。",
   "cold", "none", RESP, "谢谢陈老师，等天晴了去学校看您。")
it(Z, "清明", CASUAL, "闺蜜", "朋友", "小满",
   "小满，清明安康。知道你这两天会想阿姨，想哭就打给我。",
   "嗯 今天去看她了 给她带了她最爱吃的青团 说着说着就哭了 你晚上有空吗",
   "sad", "yes_no", CAS, "有空，我下班就给你打电话，陪你好好聊聊。")
it(Z, "清明", CASUAL, "同事", "同事", "大鹏",
   "大鹏清明安康！假期去哪儿放松？",
   "回老家上坟 顺便挖点春笋 给你带点？",
   "happy", "yes_no", CAS, "要要要，春笋我最爱，谢了兄弟！")
it(Z, "清明", TRAD, "公公", "家人", "爸",
   "爸，清明安康。周六我们开车回去，跟您一起去给奶奶扫墓。",
   "不用来回折腾 路上堵 我和你妈去就行",
   "worried", "none", RESP, "不折腾，我们早上六点出发避开高峰，奶奶那儿我们也想去看看。")
it(E, "清明", BIZ, "client", "客户", "Mr. Tan",
   "Dear Mr. Tan, wishing you a peaceful Qingming holiday with your family.",
   "Thank you. Office reopens Wednesday?",
   "cold", "yes_no", FORM, "Yes, we are back on Wednesday morning and your order is first on the list.")
it(Z, "清明", CASUAL, "男朋友", "恋人", "阿哲",
   "阿哲，清明安康。陪你回去看奶奶的事，我已经请好假了。",
   "谢谢你 我妈说你来了她就放心了 我们周五晚上走还是周六一早",
   "touched", "choice", INTI, "周五晚上走吧，路上不赶，周六一早就能陪阿姨上山。", must=["周五", "周六"])

# ---------------------------------------------------------------- 端午
it(Z, "端午", TRAD, "母亲", "家人", "妈",
   "妈，端午安康！今年的粽子我要两个蛋黄的，其余随您发挥。",
   "就知道吃 寄了一箱 明天到 到了别全堆着 分点给你同事",
   "teasing", "request", INTI, "好嘞，明天到了就分给组里同事，再给你拍照交差！", pick=True)
it(Z, "端午", CASUAL, "朋友", "朋友", "阿凯",
   "阿凯端午快乐！今年龙舟赛你们村还划吗？去年你掉水里那段我还存着视频😂",
   "删了！！！今年我是鼓手 不下水 你来看不",
   "teasing", "invitation", CAS, "必须来，我带上相机，专门给鼓手拍特写！", pick=True)
it(Z, "端午", BIZ, "客户", "客户", "黄总",
   "黄总，端午安康！一点粽子心意已寄到贵司前台，请您和同事们尝尝。",
   "收到了 谢谢费心 下周三来厂里看看新线？",
   "happy", "invitation", FORM, "好的黄总，下周三上午我准时到厂里，顺便请您指点新线。", forbid=NO_OVERTIME)
it(Z, "端午", CASUAL, "同事", "同事", "晓峰",
   "晓峰端午安康！假期好好歇歇，别老盯着报表了。",
   "歇不了 在机场 航班延误俩小时了",
   "busy", "none", CAS, "辛苦了，机场找个地方吃点东西，落地报个平安。")
it(E, "端午", CASUAL, "colleague", "同事", "Priya",
   "Happy Dragon Boat Festival, Priya! I left two zongzi in the office fridge, the one with the red string is the sweet one.",
   "omg thank you!! wait which one is savory, I already ate the red one 🙈",
   "happy", "what", CAS, "The savory one has the green string, pork and egg yolk inside. Enjoy!", pick=True)
it(Z, "端午", TRAD, "岳父", "家人", "爸",
   "爸，端午安康！给您带了两瓶黄酒，周末回去陪您喝两杯。",
   "好 你妈说你们周六来 要不要她多包点肉粽让你们带回去",
   "happy", "yes_no", RESP, "要的，爸，肉粽小雯最爱吃，麻烦妈了。")
it(Z, "端午", CASUAL, "女儿", "家人", "囡囡",
   "囡囡端午快乐！学校食堂有粽子吗？没有的话妈给你寄。",
   "有的 但是是甜的[流泪] 妈我想吃你包的咸肉粽",
   "happy", "request", INTI, "好，妈明天就包，后天给你寄到学校。", sender="妈妈")
it(Z, "端午", TRAD, "研究生导师", "老师", "吴老师",
   "吴老师端午安康！论文答辩那天您的那句'慢慢来，比较快'，我一直记着。",
   "难得你还记得。最近在做什么课题？",
   "touched", "what", RESP, "在做城市内涝的预警模型，刚有了一点眉目，想找机会向您请教。", pick=True)
it(Z, "端午", CASUAL, "哥们", "朋友", "老猫",
   "老猫端午安康！今年还去看龙舟不？",
   "不去了 腰伤了 躺着呢",
   "sad", "none", CAS, "怎么伤的？好好躺着养，明天我拎点东西去看你。")
it(Z, "端午", BIZ, "合作方", "客户", "Cindy",
   "Cindy，端午安康！祝您假期愉快，节后合作继续顺顺利利。",
   "同祝～ 节后那批样品能赶在15号前发出吗",
   "happy", "yes_no", FORM, "能的，14号之前一定发出，发货后把单号同步给您。")
it(Z, "端午", CASUAL, "姐姐", "家人", "姐",
   "姐，端午安康！外甥的龙舟模型我已经下单了，明天到你家。",
   "你又惯着他 上次的乐高还没拼完呢[白眼]",
   "teasing", "none", CAS, "舅舅惯外甥天经地义，乐高我周末去帮他拼完！", pick=True)
it(Z, "端午", TECH, "研发同事", "同事", "阿明",
   "阿明端午安康！祝你的模型收敛得比粽子煮熟还快，线上推理永不超时。",
   "哈哈哈昨天刚超时三次 你这是毒奶吧",
   "teasing", "none", CAS, "那我收回，祝你重启一次就稳住，端午好好睡一觉！", pick=True)
it(Z, "端午", TRAD, "奶奶", "家人", "奶奶",
   "奶奶端午安康！今年艾草我帮您挂门上，您别踩凳子了啊。",
   "哎呀你这孩子我早就挂好了你爷爷踩的凳子我在下面扶着呢放心吧你啥时候回来奶奶给你包了粽子",
   "happy", "when", RESP, "奶奶，我下周六就回去，到时候吃您包的粽子！", pick=True)

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", TRAD, "母亲", "家人", "妈",
   "妈，中秋快乐！今年公司发的月饼我挑了一盒流心的寄回家，您和爸尝尝鲜。",
   "流心的太甜了 你爸血糖高不能多吃 下次别寄了 钱自己留着",
   "worried", "request", INTI, "好，下次不寄了，给爸买点无糖的，你们少吃点尝个味就行。", pick=True)
it(Z, "中秋", CASUAL, "男朋友", "恋人", "阿远",
   "阿远，中秋快乐。今晚的月亮我替你多看两眼，拍给你了。",
   "我这边阴天 一颗星星都没有 好想你啊",
   "sad", "none", INTI, "我也想你，下个月见面的票我已经看好了，再忍二十天。")
it(Z, "中秋", BIZ, "客户", "客户", "刘董",
   "刘董，中秋快乐！月饼已送至您办公室，祝您阖家团圆，事业蒸蒸日上。",
   "有心了。下周的方案会你们谁来讲？",
   "happy", "what", FORM, "方案会由我们技术总监老郑主讲，我在旁边补充商务部分。")
it(Z, "中秋", CASUAL, "室友", "朋友", "婷婷",
   "婷婷中秋快乐！今年没人跟你抢蛋黄了，记得替我多吃一个。",
   "我把你那份寄给你了 顺丰 你看看到了没",
   "happy", "yes_no", CAS, "到了到了！刚从驿站取回来，蛋黄一个没少。")
it(Z, "中秋", TRAD, "领导", "领导", "郑总",
   "郑总，中秋快乐！感谢您这一年的信任和栽培，祝您和家人花好月圆。",
   "中秋快乐！这个假期好好陪陪家人，节后有硬仗。",
   "happy", "request", RESP, "好的郑总，一定陪好家人，节后全力以赴！")
it(Z, "中秋", CASUAL, "老同学", "朋友", "大壮",
   "大壮中秋快乐！回老家没？",
   "行啊 几点？",
   "happy", "when", CAS, "晚上八点，老地方烧烤摊，我先去占桌。",
   thread=["R:回了 昨晚到的", "S:那正好，我也在县城，出来喝一杯？"])
it(Z, "中秋", TRAD, "外婆", "家人", "外婆",
   "外婆中秋快乐！今年回不去了，视频里陪您赏月，您记得早点吃饭。",
   "好 外婆等你视频 你那边月亮圆不圆",
   "happy", "yes_no", RESP, "圆，特别亮，我一会儿拍给您看。")
it(E, "中秋", CASUAL, "friend", "朋友", "Jess",
   "Happy Mid-Autumn, Jess! Saved you the last lotus mooncake, but no promises past Friday.",
   "Don't you dare eat it!! I'm picking it up Thursday after work, you home?",
   "teasing", "yes_no", CAS, "Yes, I'll be home after six, the mooncake is safe until then.", pick=True)
it(Z, "中秋", CASUAL, "搭档同事", "同事", "阿琳",
   "阿琳中秋快乐！这半年跟你搭档特别愉快，祝你团团圆圆。",
   "谢了",
   "cold", "none", CAS, "节后见，继续搭档！")
it(Z, "中秋", TRAD, "公公", "家人", "爸",
   "爸，中秋快乐！听妈说您这两天腰又疼了，我给您买了个护腰，明天到。",
   "没事 老毛病 倒是你 上次体检那个结节复查了没",
   "worried", "yes_no", RESP, "复查了，医生说没变化，您别担心，好好养腰。")
it(Z, "中秋", CASUAL, "表哥", "家人", "表哥",
   "表哥中秋快乐！今年家族群的月饼红包你可得抢快点。",
   "上次你抢了最大的一个 还好意思说[旺柴]",
   "teasing", "none", CAS, "手速也是实力，今年让你先抢一次！", pick=True)
it(Z, "中秋", BIZ, "物业经理", "其他", "张经理",
   "张经理中秋快乐！这一年小区的事辛苦您和物业的同事了。",
   "业主客气了 中秋快乐 小区今晚七点在中心广场有赏月活动 欢迎参加",
   "happy", "invitation", RESP, "好的，谢谢张经理，晚上七点我带孩子过去凑个热闹。")
it(Z, "中秋", CASUAL, "儿子", "家人", "儿子",
   "儿子中秋快乐！第一年在外地读书，月饼吃了没？想家不？",
   "吃了 室友们一起吃的 还行吧不怎么想😎",
   "happy", "none", INTI, "那就好，跟室友处好关系，钱不够了跟妈说。", sender="妈妈")
it(E, "中秋", BIZ, "client", "客户", "Ms. Lin",
   "Dear Ms. Lin, wishing you and your family a joyful Mid-Autumn Festival and a bright harvest moon.",
   "Thank you, likewise. Is the revised quote ready?",
   "cold", "yes_no", FORM, "Yes, it is ready; I will email the new figures to you this afternoon.")
it(Z, "中秋", CASUAL, "闺蜜", "朋友", "糖糖",
   "糖糖中秋快乐！月亮那么圆，你的脸也那么圆，嘿嘿。",
   "你完了 😤😤😤",
   "teasing", "none", CAS, "我错了我错了，明天请你喝奶茶赔罪！", pick=True)
it(Z, "中秋", TECH, "算法同事", "同事", "大飞",
   "大飞中秋快乐！祝你的月饼和模型一样，参数饱满、馅料不过拟合。",
   "馅料不过拟合是什么鬼😂 你是不是又熬夜调参了",
   "teasing", "yes_no", CAS, "被你发现了，昨晚调到两点，今天中秋放自己一天假。", pick=True)
it(Z, "中秋", TRAD, "婆婆", "家人", "妈",
   "妈，中秋快乐！给您寄的大闸蟹收到了吧？",
   "收到了 肥得很 你们今年中秋在哪边过啊 你爸问了好几次",
   "happy", "where", RESP, "今年在您家过，十四号晚上就到。")
it(Z, "中秋", TRAD, "硕士导师", "老师", "郑老师",
   "郑老师中秋快乐！月饼已经寄到学院办公室了。",
   "收到了 谢谢 你在新单位待得惯吗",
   "happy", "how_are_you", RESP, "挺好的，待得惯，同事们很照顾，周末回学校看您。")

# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "女朋友", "恋人", "小鱼",
   "小鱼国庆快乐！七天假，我们的旅行清单你选好了没？",
   "选好啦 要么去大理 要么去青岛 你挑一个",
   "happy", "choice", INTI, "去大理吧，洱海边骑车，晒晒太阳。", must=["大理", "青岛"])
it(Z, "国庆", TRAD, "爷爷", "家人", "爷爷",
   "爷爷国庆快乐！祝您身体健康，天天看阅兵都精神抖擞！",
   "好好 今年回来不？你奶奶念叨好几次了",
   "happy", "yes_no", RESP, "回来！三号就到家，给您和奶奶带烤鸭。")
it(Z, "国庆", CASUAL, "同事", "同事", "老韩",
   "老韩国庆快乐！假期去哪儿浪？",
   "浪啥 值班 七天守着机房",
   "busy", "none", CAS, "辛苦了兄弟，节后请你吃饭犒劳一下！")
it(Z, "国庆", BIZ, "客户", "客户", "马总",
   "马总，国庆快乐！祝您假期愉快，国庆期间我们有专人值守，有需要随时联系。",
   "好的 谢谢 我们这边2号有批货要发 你们能安排吗",
   "cold", "request", FORM, "可以的马总，2号我们安排车辆到仓库提货，确认后通知您。", forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "发小", "朋友", "二胖",
   "二胖国庆快乐！听说你要结婚了？藏得够深啊！",
   "哈哈哈对啊就是十月六号本来想当面跟你说的请柬都印好了你必须来当伴郎啊不许推",
   "happy", "invitation", CAS, "必须的！六号我提前一天到，伴郎服你负责。")
it(Z, "国庆", TRAD, "退休老师", "老师", "钱老师",
   "钱老师国庆快乐！祝您假期愉快，出游顺利！",
   "谢谢！在带孙子 哪都去不了😂",
   "busy", "none", RESP, "含饴弄孙也是福气，祝您和小孙子玩得开心！")
it(Z, "国庆", CASUAL, "弟弟", "家人", "弟弟",
   "弟弟国庆快乐！假期别光打游戏，出去走走。",
   "嘿嘿哥 借我500呗 和同学去成都玩 回来就还",
   "happy", "request", CAS, "行，转你了，注意安全，玩得开心点。")
it(E, "国庆", CASUAL, "colleague", "同事", "Tom",
   "Happy Golden Week, Tom! Hope you finally get to sleep past 7.",
   "lol no chance, the twins wake up at 6 sharp. where you headed for the break?",
   "teasing", "where", CAS, "Heading to Hangzhou with my parents, mostly to eat.", pick=True)
it(Z, "国庆", CASUAL, "男朋友", "恋人", "阿涛",
   "阿涛国庆快乐！这七天你归我了，手机静音，工作消息一律不回。",
   "遵命 不过3号下午有个线上会 就一小时 行不",
   "happy", "yes_no", INTI, "行吧，就一小时，开完会陪我去看电影。", pick=True)
it(Z, "国庆", BIZ, "领导", "领导", "何总",
   "何总国庆快乐！祝您假期愉快，阖家安康！",
   "[抱拳]",
   "cold", "none", RESP, "谢谢何总，节后见！")
it(Z, "国庆", TRAD, "母亲", "家人", "妈",
   "妈，国庆快乐！今年我和小北一起回去，让您见见她。",
   "记住了 那你们到底哪天到 我好把床单换了",
   "happy", "when", INTI, "二号中午到，妈你别太忙活了，简单点就行。",
   thread=["R:真的啊！她爱吃什么 妈提前准备", "S:她不挑食，就是不吃香菜。"])
it(Z, "国庆", CASUAL, "大学同学", "朋友", "阿伟",
   "阿伟国庆快乐！好久不见，最近咋样？",
   "还行",
   "cold", "none", CAS, "那就好，假期有空出来吃个饭。")
it(Z, "国庆", CASUAL, "楼下邻居", "其他", "刘叔",
   "刘叔国庆快乐！您家阳台那盆月季开得真好，路过都忍不住看。",
   "哈哈喜欢就剪两枝去 明天早上我在楼下等你",
   "happy", "invitation", RESP, "好呀刘叔，明天早上我下楼找您，谢谢您！", pick=True)
it(Z, "国庆", CASUAL, "理发师", "其他", "Tony老师",
   "Tony老师国庆快乐！上次剪的发型被夸了一整周。",
   "哈哈那节后再来修一下 给你留个周六的号？",
   "happy", "yes_no", CAS, "要的，周六下午给我留一个，谢谢Tony老师！", pick=True)

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", TECH, "程序员朋友", "朋友", "老K",
   "老K元旦快乐！2027年，愿你的需求不变更、上线不回滚、周末不被拉群。",
   "最后一条太难了 现在就在群里[裂开]",
   "busy", "none", CAS, "那先不打扰，忙完了记得好好跨个年。", pick=True)
it(Z, "元旦", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝，元旦快乐！跨年那晚想去哪？江边烟花还是在家涮火锅？",
   "涮火锅！外面太冷了 你买肉我买菜",
   "happy", "request", INTI, "好，肥牛羊肉我包了，再买两瓶你爱喝的果酒。")
it(Z, "元旦", BIZ, "客户", "客户", "罗总",
   "罗总元旦快乐！新的一年，祝贵司蒸蒸日上，也期待与您继续携手。",
   "元旦快乐！下个月我们在苏州有个新品发布会 诚邀您来",
   "happy", "invitation", FORM, "荣幸之至，罗总，我一定到场，提前把行程定好。", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "父亲", "家人", "爸",
   "爸，元旦快乐！新的一年少喝点酒，多遛遛弯。",
   "你也是 听你妈说你又瘦了 是不是工作太累了",
   "worried", "how_are_you", INTI, "不累，就是最近跑步瘦了点，身体好着呢，放心吧。")
it(E, "元旦", CASUAL, "friend", "朋友", "Sam",
   "Happy New Year, Sam! 2027 resolution: we actually finish the hike we quit halfway last year.",
   "haha deal. first saturday of march, no excuses this time",
   "happy", "none", CAS, "Deal. I'm booking the trailhead parking tonight.", pick=True)
it(Z, "元旦", TRAD, "岳母", "家人", "妈",
   "妈，元旦快乐！新的一年祝您身体健康，舞蹈队再拿个一等奖！",
   "借你吉言 你们元旦回来吃饭不 我炖了牛腩",
   "happy", "yes_no", RESP, "肯定回来，妈，中午就到，牛腩给我留一大碗！", pick=True)
it(Z, "元旦", CASUAL, "同事", "同事", "小何",
   "小何元旦快乐！新的一年继续当我的饭搭子。",
   "那必须 明年食堂能不能换个厨子",
   "teasing", "none", CAS, "换不了就下楼吃，新开的那家米线咱们先去探个店。", pick=True)
it(Z, "元旦", CASUAL, "表妹", "家人", "表妹",
   "表妹元旦快乐！考研加油，最后几天稳住心态。",
   "呜呜呜姐我好紧张 政治还没背完 怎么办",
   "worried", "what", CAS, "先把肖四背熟，大题框架记住就够了，剩下的交给考场发挥。")
it(Z, "元旦", BIZ, "部门主任", "领导", "冯主任",
   "冯主任元旦快乐！祝您新年新气象，工作顺利，身体健康。",
   "好。年终总结明天下班前交上来。",
   "cold", "request", RESP, "好的冯主任，明天下午五点前发您邮箱。")
it(E, "元旦", BIZ, "boss", "领导", "David",
   "Happy New Year, David. Thank you for backing my proposal this year, it meant a lot.",
   "You earned it. Let's get lunch when we're all back, my treat.",
   "happy", "invitation", RESP, "Thank you, I'd love to. I'll look for a free slot in our first week.")
it(Z, "元旦", CASUAL, "舍友", "朋友", "阿花",
   "阿花元旦快乐！今年跨年你又要在宿舍追剧了吧哈哈。",
   "🙄🙄🙄",
   "teasing", "none", CAS, "开个玩笑嘛，跨年夜我来找你一起追！", pick=True)
it(Z, "元旦", CASUAL, "健身教练", "其他", "王教练",
   "王教练元旦快乐！新年第一练，我一定准时到。",
   "好 记得别吃太饱 周三晚上七点",
   "happy", "request", CAS, "收到，周三空腹过去，七点准时到。")
it(Z, "元旦", TRAD, "奶奶", "家人", "奶奶",
   "奶奶元旦快乐！新年我给您订了个按摩椅，腰不舒服就坐会儿。",
   "你爷爷走了以后 家里冷清 有这个也好 你们都忙",
   "sad", "none", RESP, "奶奶，这个周末我回去陪您住两天，咱们一起包饺子。")
it(Z, "元旦", BIZ, "客户", "客户", "郭总",
   "郭总元旦快乐！新年伊始，祝您万事顺遂，贵司业绩再创新高。",
   "🙏",
   "cold", "none", FORM, "郭总新年好，节后再向您汇报项目进展。")
it(Z, "元旦", CASUAL, "朋友", "朋友", "阿坤",
   "阿坤元旦快乐！跨年夜一起去看烟花？",
   "去！在哪看 江边人太多了",
   "happy", "where", CAS, "去滨江公园北门那块草坪，人少视野好。")
it(Z, "元旦", CASUAL, "大学同学", "朋友", "小蔡",
   "小蔡元旦快乐！好久没联系了，新的一年一切顺利！",
   "元旦快乐呀！！你去深圳以后怎么样 还适应吗",
   "happy", "how_are_you", CAS, "挺好的，已经适应了，就是天天想念老家的米粉。")

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", CASUAL, "室友", "朋友", "阿湘",
   "阿湘冬至快乐！南方人冬至吃汤圆，北方人吃饺子，咱宿舍今晚吃啥？",
   "都要 饺子我包 汤圆你煮",
   "happy", "request", CAS, "好，汤圆我去超市买芝麻的，六点开工！")
it(Z, "冬至", TRAD, "母亲", "家人", "妈",
   "妈，冬至快乐！今天一定吃饺子，别冻掉耳朵。",
   "吃了 你那边降温没 羽绒服穿上没",
   "worried", "yes_no", INTI, "穿上了，妈，今天零下三度，我裹得严严实实的。")
it(Z, "冬至", CASUAL, "同事", "同事", "晓东",
   "晓东冬至快乐！楼下那家羊肉汤今天肯定排长队。",
   "我已经在排了 给你带一碗？",
   "happy", "yes_no", CAS, "要！多放香菜，回头转你钱。", pick=True)
it(E, "冬至", CASUAL, "friend", "朋友", "Nina",
   "Happy Dongzhi, Nina! Longest night of the year, perfect excuse for too many dumplings.",
   "Already on my third plate 🥟🥟🥟",
   "happy", "none", CAS, "Save room for tangyuan, I'm bringing some over tomorrow!", pick=True)
it(Z, "冬至", TRAD, "博士导师", "老师", "谭老师",
   "谭老师冬至安康！天冷了，您上课别站太久，多喝热水。",
   "谢谢关心。你的开题报告改好了吗？",
   "cold", "yes_no", RESP, "改好了，今晚发到您邮箱，请您再帮忙看看。")
it(Z, "冬至", CASUAL, "姐姐", "家人", "姐",
   "姐冬至快乐！记得吃饺子，别又减肥只喝汤。",
   "知道啦你姐夫包了一大盘韭菜鸡蛋的我吃了二十个撑死了你呢吃了没",
   "happy", "yes_no", CAS, "吃了，食堂的猪肉白菜馅，没有姐夫包的香！", pick=True)
it(Z, "冬至", BIZ, "客户", "客户", "谢总",
   "谢总冬至安康！天寒地冻，祝您和家人温暖顺遂。",
   "谢谢，在外地出差，回头聊。",
   "busy", "none", FORM, "谢总出差辛苦，注意保暖，等您回来再约。", forbid=NO_OVERTIME)
it(Z, "冬至", CASUAL, "女朋友", "恋人", "小北",
   "小北，冬至快乐！今晚最长的夜，我最长的想念。",
   "好土啊你 哪抄的😂",
   "teasing", "none", INTI, "原创的，土也是真心，晚上请你吃饺子赔罪。", pick=True)
it(Z, "冬至", TRAD, "外公", "家人", "外公",
   "外公冬至安康！小时候每年冬至您都给我煮酒酿圆子，今年我自己学着煮了。",
   "难为你还记得 外公眼睛都湿了 煮得好不好吃",
   "touched", "yes_no", RESP, "好吃，就是没您煮的甜，下次回去您再教我一遍。", pick=True)
it(Z, "冬至", CASUAL, "邻居", "其他", "李姐",
   "李姐冬至快乐！上次您借我的饺子模具还在我这儿，今晚正好用上了。",
   "用着顺手就留着吧 我家还有一个",
   "happy", "none", CAS, "那我就不客气了，明天给您送一盘我包的饺子尝尝。", pick=True)
it(E, "冬至", CASUAL, "older sister", "家人", "Ellie",
   "Happy winter solstice, Ellie! Mom says you're making her dumpling recipe this year, no pressure.",
   "ugh thanks for the pressure. how much ginger does she put in the filling??",
   "teasing", "what", CAS, "About a thumb-sized piece, finely minced, for a kilo of pork.", pick=True)
it(Z, "冬至", CASUAL, "同事", "同事", "老周",
   "老周冬至快乐！今晚吃饺子还是汤圆？",
   "随便",
   "cold", "none", CAS, "那就饺子吧，吃完暖和。")
it(Z, "冬至", CASUAL, "老婆", "恋人", "老婆",
   "老婆冬至快乐！下班我去买菜，今晚咱们包饺子。",
   "好 羊肉胡萝卜还是三鲜 我都想吃",
   "happy", "choice", INTI, "那就两样都包，羊肉的多包点。", must=["羊肉", "三鲜"])

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "琪琪",
   "琪琪七夕快乐！今晚八点，老地方，我有个惊喜。",
   "什么惊喜 先透露一点点嘛🥺",
   "happy", "request", INTI, "不能说太多，不过可以透露：跟你上次在橱窗前站了五分钟的东西有关。")
it(Z, "七夕", CASUAL, "老婆", "恋人", "老婆",
   "老婆七夕快乐！结婚五年，你还是我心里的十八岁。",
   "少来 上周谁说我胖了",
   "teasing", "none", INTI, "那是口误，你是我见过最好看的，今晚请你吃大餐。", pick=True)
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "阿雅",
   "阿雅七夕快乐！单身也要快乐，今晚姐妹陪你。",
   "刚分手三天 不太想过节 谢谢你啊",
   "sad", "none", CAS, "那今晚不过节，我带两桶冰淇淋去你家，陪你看电影。", forbid=["七夕快乐"])
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿杰",
   "阿杰七夕快乐！今晚能早点下班吗？",
   "在改方案 老板盯着 尽量九点前",
   "busy", "none", INTI, "好，我先订十点的夜宵，你忙完直接来。")
it(E, "七夕", CASUAL, "girlfriend", "恋人", "Lily",
   "Happy Qixi, Lily! Found out it's the Chinese Valentine's Day, so consider this round two 💕",
   "Round two means round two gifts right? 😏",
   "teasing", "yes_no", INTI, "Yes, and this one comes with dinner at that noodle place you love.", pick=True)
it(Z, "七夕", TRAD, "奶奶", "家人", "奶奶",
   "奶奶七夕快乐！您和爷爷结婚六十年了，是我见过最甜的牛郎织女。",
   "你这孩子 净瞎说 你爷爷听了乐了一晚上",
   "happy", "none", RESP, "我说的都是真心话，下次回去给您二老拍张合影。", pick=True)
it(Z, "七夕", CASUAL, "同事", "同事", "小潘",
   "小潘七夕快乐！今晚约会别又迟到啊。",
   "约会？跟工位约吗 方案还没写完",
   "busy", "none", CAS, "那先加油写，写完奖励自己一杯奶茶。", pick=True)
it(Z, "七夕", CASUAL, "老公", "恋人", "老公",
   "老公七夕快乐！今年纪念日想怎么过？",
   "订好餐厅了 你猜在哪",
   "happy", "where", INTI, "我猜是江边那家西餐厅，对不对？")
it(Z, "七夕", CASUAL, "网友", "朋友", "Kiki",
   "Kiki七夕快乐！单身狗联盟今晚火锅局，来不来？",
   "来来来 几点 哪家",
   "happy", "where", CAS, "七点，春熙路那家老火锅，我已经排上号了。")
it(Z, "七夕", CASUAL, "花店老板", "其他", "陈姐",
   "陈姐七夕快乐！去年您帮我包的那束花，女朋友到现在还留着干花。",
   "哈哈那今年还来我这订吗 给你打八折",
   "happy", "yes_no", CAS, "订！还是那种香槟玫瑰，我下午过去挑。", pick=True)
it(Z, "七夕", CASUAL, "妹妹", "家人", "小妹",
   "小妹七夕快乐，姐姐祝你早日脱单！",
   "姐 你男朋友有没有单身的同事 介绍一个",
   "teasing", "request", CAS, "好，我回头让他在组里帮你物色一个靠谱的。")
it(E, "七夕", CASUAL, "husband", "恋人", "Ben",
   "Happy Qixi, Ben. The magpies built a bridge for the lovers, you built our bookshelf. Equally romantic.",
   "The bookshelf is leaning left btw. Dinner at 7?",
   "teasing", "invitation", INTI, "Sounds perfect, I'll be home by 6:30. And the lean is a design feature.",
   pick=True)

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小雨",
   "小雨情人节快乐！玫瑰九点到你公司前台，记得签收。",
   "还有？你别乱花钱了 我们不是说好存钱买房吗",
   "worried", "none", INTI, "放心，第二个惊喜不花钱，是我亲手做的晚饭。",
   thread=["R:收到啦 同事都羡慕死了", "S:晚上还有第二个惊喜。"])
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆",
   "老婆情人节快乐，今晚我做饭，你啥也别管。",
   "在医院值夜班 明早八点才下班 菜留着明天做吧",
   "busy", "request", INTI, "好，明早我去医院门口接你，早饭给你带豆浆油条。")
it(Z, "情人节", CASUAL, "单身朋友", "朋友", "阿斌",
   "阿斌情人节快乐！今天不许emo，单身也是一种自由。",
   "自由个锤子 晚上出来喝酒",
   "teasing", "invitation", CAS, "走起，八点大排档见，我请！", pick=True)
it(E, "情人节", CASUAL, "wife", "恋人", "Grace",
   "Happy Valentine's, Grace. Twelve years and you still laugh at my terrible puns. That's love.",
   "I laugh out of pity, not love 😂 but I love you. Are we still doing the Italian place?",
   "teasing", "yes_no", INTI, "Yes, table for two at 8, I booked it last week.", pick=True)
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿凡",
   "阿凡情人节快乐！今天能见面吗？",
   "看情况",
   "cold", "none", INTI, "好，那你忙完了告诉我，我等你消息。")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "朵朵",
   "朵朵情人节快乐！今晚带你去个神秘地方。",
   "神秘地方是哪 我要穿裙子还是穿运动鞋",
   "happy", "choice", INTI, "穿运动鞋，今晚要爬一小段山看夜景。", must=["裙子", "运动鞋"], pick=True)
it(Z, "情人节", CASUAL, "闺蜜", "朋友", "小K",
   "小K情人节快乐！今年你的巧克力我包了。",
   "要黑巧 不要牛奶的 牛奶的太甜",
   "happy", "request", CAS, "好，黑巧85%的，明天带给你。")
it(Z, "情人节", CASUAL, "老公", "恋人", "老公",
   "老公情人节快乐。这一年你陪我跑了那么多趟医院，谢谢你一直在。",
   "傻瓜 说什么谢 你好好的比什么都强 今晚早点回来",
   "touched", "request", INTI, "好，今晚六点就回家，陪你吃饭。")
it(Z, "情人节", CASUAL, "同事", "同事", "林夏",
   "林夏，情人节快乐！巧克力放你桌上了，别多想，人人有份😄",
   "行 谢了",
   "cold", "none", CAS, "不客气，上班愉快！")
it(E, "情人节", CASUAL, "best friend", "朋友", "Zoe",
   "Happy Galentine's, Zoe! Flowers for the best friend who survived my breakup speeches.",
   "awww stop it, you're making me cry at my desk 😭❤️ brunch sunday?",
   "touched", "invitation", CAS, "Yes please, Sunday at 11, I'll book the place with the good pancakes.", pick=True)
it(Z, "情人节", CASUAL, "女朋友", "恋人", "阿月",
   "阿月情人节快乐！今年又没法陪你，等我出差回来补上。",
   "又是下次 你每次都这么说",
   "sad", "none", INTI, "这次是真的，周五我改签了早班机回来，陪你补过一整天。", forbid=["下次", "改天"])
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小茉",
   "小茉情人节快乐！今天的玫瑰只有一朵，因为你是唯一。",
   "🥹🌹❤️",
   "touched", "none", INTI, "晚上见，我在你公司楼下等你下班。")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小可",
   "小可情人节快乐！今年第一次一起过，有点紧张。",
   "那吃完去看电影吧 最近那部动画好像不错",
   "happy", "invitation", INTI, "好呀，吃完我们去看九点那场，我现在就买票。",
   thread=["R:紧张啥 又不是第一次约会", "S:第一次正式过节嘛，我订了你喜欢的那家日料。"])

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", TRAD, "小学老师", "老师", "张老师",
   "张老师，教师节快乐！我是您带的第一届学生小刘，当年您罚我抄的课文，现在还会背。",
   "哈哈哈小刘啊 记得记得 那时候你最调皮 现在在做什么工作",
   "happy", "what", RESP, "现在在医院当儿科医生，天天跟比我当年还调皮的孩子打交道。", sender="小刘", pick=True)
it(Z, "教师节", TRAD, "大学导师", "老师", "黄老师",
   "黄老师教师节快乐！祝您桃李满天下，身体健康！",
   "谢谢 在开会",
   "busy", "none", RESP, "不打扰黄老师了，您先忙，祝您节日愉快！")
it(Z, "教师节", CASUAL, "同事（同校老师）", "同事", "小崔",
   "小崔教师节快乐！今天收到的花能开个花店了吧？",
   "一束都没有 全是作业本[苦涩]",
   "teasing", "none", CAS, "那我给你送一束，批作业的时候看着开心点。", pick=True)
it(Z, "教师节", TRAD, "高中老师", "老师", "许老师",
   "许老师，教师节快乐！高三那年您陪我们熬的每个晚自习，我都记得。",
   "看到你的消息老师真的很感动你们那一届是我带过最让人操心也最让人骄傲的一届现在都好吗",
   "touched", "how_are_you", RESP, "大家都挺好的，班长刚当了爸爸，我们还约着年底回学校看您。")
it(Z, "教师节", TRAD, "钢琴老师", "老师", "林老师",
   "林老师教师节快乐！谢谢您这三年教朵朵弹琴，她现在天天抢着练。",
   "谢谢家长 朵朵进步很大 下周课改到周六下午可以吗",
   "happy", "yes_no", RESP, "可以的林老师，周六下午我准时送朵朵过去。")
it(E, "教师节", TRAD, "teacher", "老师", "Mrs. Collins",
   "Happy Teachers' Day, Mrs. Collins! I still write topic sentences the way you drilled into us in Year 9.",
   "What a lovely surprise! Are you still writing? I remember your story about the lighthouse.",
   "touched", "yes_no", RESP,
   "Yes, I still write, mostly short fiction in the evenings, and the lighthouse story became a chapter.",
   pick=True)
it(Z, "教师节", CASUAL, "老同学（现在当老师）", "朋友", "班长",
   "班长，教师节快乐！你当了老师以后是不是终于体会到当年咱班有多难带了？",
   "体会得太深刻了 周末同学聚会你来吗 顺便去看看王老师",
   "happy", "invitation", CAS, "来！周六我开车，顺路给王老师买束花。", pick=True)
it(Z, "教师节", TRAD, "幼儿园老师", "老师", "陈老师",
   "陈老师教师节快乐！辛苦您照顾我们家乐乐，他在家天天说喜欢陈老师。",
   "谢谢乐乐妈妈。",
   "cold", "none", RESP, "陈老师辛苦了，祝您节日愉快！", sender="乐乐妈妈")
it(Z, "教师节", TRAD, "研究生导师", "老师", "周老师",
   "周老师教师节快乐！毕业三年，一直感念您的教导。",
   "谢谢。下个月系里有个校友分享会 你能回来讲讲吗",
   "happy", "invitation", RESP, "好的周老师，下个月我一定回去，提前把分享提纲发给您。")
it(Z, "教师节", TRAD, "驾校教练", "其他", "刘教练",
   "刘教练教师节快乐！当年您骂我最多，我现在开车最稳。",
   "😂😂哈哈 不骂不长记性 现在开啥车",
   "teasing", "what", RESP, "开了辆二手的小轿车，天天上下班通勤用。", pick=True)
it(E, "教师节", CASUAL, "colleague", "同事", "Carla",
   "Happy Teachers' Day, Carla! You deserve a medal for surviving 8th grade homeroom.",
   "a medal AND a nap. tmrw's staff meeting at 8 or 9?",
   "teasing", "choice", CAS, "It's at 8, sadly, so bring coffee.", must=["8", "9"], pick=True)
it(Z, "教师节", TRAD, "班主任", "老师", "赵老师",
   "赵老师教师节快乐！听说您最近嗓子不太好，给您寄了点胖大海。",
   "有心了 嗓子好多了 倒是你 听说你辞职了 是遇到什么事了吗",
   "worried", "what", RESP, "没遇到难事，是想换个方向。年后去一家做教育的公司，您放心。")
it(Z, "教师节", TRAD, "书法老师", "老师", "马老师",
   "马老师教师节快乐！跟您学书法两年，上周我的字第一次被同事要去挂在办公室了。",
   "结构进步了 收笔还是急 下周课上多练竖画",
   "happy", "request", RESP, "好的马老师，这周每天练二十个竖画，下周课上请您检查。",
   thread=["R:好啊 拍张照给我看看", "S:拍好了，您给指点指点。"])

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！花是我订的，卡片是我自己写的，字丑别嫌弃。",
   "花收到了 卡片我念了三遍 你爸说他也要一张",
   "touched", "none", INTI, "哈哈爸真会凑热闹，下回给他也写一张。妈，你把花插起来拍给我看！", pick=True)
it(Z, "母亲节", TRAD, "婆婆", "家人", "妈",
   "妈，母亲节快乐！谢谢您这些年把我当亲闺女疼。",
   "傻孩子 一家人说什么谢 周末带孩子回来 我包包子",
   "touched", "invitation", RESP, "好的妈，周六上午我们就回去，给您打下手。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈",
   "老妈母亲节快乐！今年给你报了个体检套餐，下周三上午去。",
   "又花钱 体检要空腹吧 几点到医院",
   "happy", "when", INTI, "早上八点前到，空腹去，我陪你一起。")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "老婆",
   "老婆母亲节快乐！今天孩子我带，你去做个头发逛个街。",
   "真的假的 那我约闺蜜了啊 晚饭你也搞定？",
   "happy", "yes_no", INTI, "当然，晚饭我也包了，你玩到几点都行。", pick=True)
it(Z, "母亲节", TRAD, "外婆", "家人", "外婆",
   "外婆，母亲节快乐！您是我妈的妈妈，也是我最想念的人。",
   "好孩子 外婆老了 记性不好 就记得你小时候的样子",
   "touched", "none", RESP, "外婆，等放暑假我就回去陪您，给您讲我小时候的糗事。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Thanks for every lunchbox note, I kept all of them.",
   "You KEPT them?? Oh honey. Are you still coming for dinner Sunday?",
   "touched", "yes_no", INTI, "Yes, I'll be there by six, and I'm bringing dessert.", pick=True)
it(Z, "母亲节", CASUAL, "朋友（新手妈妈）", "朋友", "小静",
   "小静，第一个母亲节快乐！当妈的辛苦，记得偶尔也照顾下自己。",
   "谢谢亲爱的😭 宝宝闹了一晚上 我现在眼睛都睁不开",
   "busy", "none", CAS, "辛苦了，趁宝宝睡了你也赶紧补个觉，周末我去帮你带半天。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐。",
   "嗯 好久没听见你声音了 有空打个电话吧",
   "sad", "request", INTI, "好，妈，我今晚下班就给你打视频，好好陪你聊聊。")
it(Z, "母亲节", TRAD, "岳母", "家人", "妈",
   "妈，母亲节快乐！给您订了一束康乃馨，下午送到。",
   "下回别买了 贵 你们把钱留着给孩子报班",
   "happy", "request", RESP, "好的妈，听您的，下回换成陪您去公园逛逛。",
   thread=["R:收到了 真好看 插在客厅了", "S:您喜欢就好，小雯说您最爱粉色。"])
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐",
   "姐，母亲节快乐！当了妈以后你是不是终于理解咱妈了？",
   "理解了 也想揍你了 小时候你最气人😏",
   "teasing", "none", CAS, "那我现在改过自新，周末帮你带娃赎罪！", pick=True)
it(E, "母亲节", TRAD, "mother-in-law", "家人", "Linda",
   "Happy Mother's Day, Linda. Thank you for welcoming me into the family with so much warmth.",
   "Thank you, dear. That means a lot. Will you and Mark come for Sunday lunch?",
   "touched", "invitation", RESP, "Yes, we will, and I'm bringing the lemon cake you liked.")
it(Z, "母亲节", CASUAL, "小姨", "家人", "小姨",
   "小姨母亲节快乐！表弟今年高考，您也辛苦了。",
   "谢谢 他这次模考退步了 急死我了 你当年怎么复习的",
   "worried", "what", RESP, "我当年每天把错题本翻一遍，最后一个月只抓基础题，他心态稳住就好。")

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "老爸",
   "老爸父亲节快乐！给你买了根新鱼竿，周末去水库试试手？",
   "好啊 周六早上五点出发 你起得来吗",
   "teasing", "yes_no", INTI, "起得来，闹钟定四点半，你先把饵料备好！", pick=True)
it(Z, "父亲节", TRAD, "岳父", "家人", "爸",
   "爸，父亲节快乐！祝您身体硬朗，钓鱼次次满载而归。",
   "好 谢谢",
   "cold", "none", RESP, "爸您客气了，下次回去陪您去水库坐一天。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！最近血压怎么样？",
   "血压还行就是前两天去医院查了下医生说心脏有点早搏让我少熬夜少喝酒这事先别跟你妈说省得她瞎想",
   "worried", "request", INTI, "好，我先不跟妈说，您按医生交代的早点睡、别碰酒，周末我陪您去复查。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公",
   "老公父亲节快乐！今天你是全家最大的，想吃啥随便点。",
   "那我要小龙虾 还要一整天不被叫爸爸🤣",
   "teasing", "request", INTI, "小龙虾没问题，第二个愿望…孩子们说只能满足半天！", pick=True)
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day, Dad! Still the only person who can fix anything with duct tape.",
   "Ha! Speaking of which, your old bike needs new tires. You want me to get them before you visit?",
   "happy", "yes_no", INTI, "Yes please, that would be great, I'll ride it when I'm home in July.", pick=True)
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷，父亲节快乐！您是我爸的爸爸，也是我最崇拜的人。",
   "你爸走得早 这些年你们娘俩不容易 爷爷没帮上什么",
   "sad", "none", RESP, "爷爷，您一直是我们的靠山，暑假我带妈回去陪您住几天。")
it(Z, "父亲节", BIZ, "领导", "领导", "李总",
   "李总父亲节快乐！祝您和小朋友周末愉快。",
   "谢谢，周末带娃去科技馆。你们组下周一的汇报准备得怎么样了？",
   "happy", "what", RESP, "李总，汇报材料已经完成八成，周五下午前给您过一遍。")
it(Z, "父亲节", CASUAL, "儿子", "家人", "儿子",
   "儿子，你当爸爸后的第一个父亲节，快乐！",
   "谢谢爸 昨晚孩子哭了一宿 我现在在公司打瞌睡",
   "busy", "none", INTI, "辛苦了，中午趴会儿，晚上我和你妈过去帮你们带一晚。", sender="爸爸")
it(Z, "父亲节", CASUAL, "兄弟", "朋友", "老白",
   "老白父亲节快乐！恭喜你正式升级成奶爸。",
   "奶爸个啥 是奶瓶清洗工😭 你啥时候也升级",
   "teasing", "when", CAS, "明年吧，先跟你学学怎么洗奶瓶。", pick=True)
it(Z, "父亲节", TRAD, "公公", "家人", "爸",
   "爸，父亲节快乐！您要的那套象棋我给您寄过去了。",
   "这得不少钱吧 贵不贵啊",
   "happy", "yes_no", RESP, "不贵，打折买的，您放心下棋就行。",
   thread=["R:收到了 木头的 真不错", "S:您喜欢就好，店家说是红木的。"], pick=True)
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！少抽点烟。",
   "知道了",
   "cold", "none", INTI, "嗯，那周末我回去看你。")
it(E, "父亲节", BIZ, "client", "客户", "Mr. Walker",
   "Happy Father's Day, Mr. Walker. I hope you get a well-earned day off with your family.",
   "Thanks. No day off for me, I'm at our warehouse all weekend.",
   "busy", "none", FORM, "That sounds like a long weekend, Mr. Walker. I hope it goes smoothly.")

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Marcus",
   "Happy Thanksgiving, Marcus! Grateful for you and for the fact you carved the turkey last year so I didn't have to.",
   "lmao you owe me. this year you're on turkey duty, I'm bringing the pie",
   "teasing", "request", CAS, "Fine, I'll do the turkey, but no complaints if it's dry.", pick=True)
it(E, "感恩节", TRAD, "grandmother", "家人", "Grandma",
   "Happy Thanksgiving, Grandma! Thankful for your pecan pie and your terrible knock-knock jokes.",
   "Knock knock, sweetheart. Are you driving up Wednesday or Thursday morning?",
   "teasing", "choice", RESP, "Wednesday evening, Grandma, so I can help you with the pie.",
   must=["Wednesday", "Thursday"], pick=True)
it(Z, "感恩节", CASUAL, "同事", "同事", "Amy",
   "Amy感恩节快乐！谢谢这一年你帮我挡了那么多锅。",
   "哈哈记得还就行 火鸡你请",
   "teasing", "request", CAS, "行，周五中午西餐厅，火鸡腿管够。", pick=True)
it(Z, "感恩节", TRAD, "大学辅导员", "老师", "刘老师",
   "刘老师感恩节快乐！谢谢您当年在我最迷茫的时候推了我一把。",
   "你这孩子 太客气 最近工作顺心吗",
   "touched", "how_are_you", RESP, "挺顺利的，刚升了组长，一直记着您的话。")
it(Z, "感恩节", CASUAL, "室友", "朋友", "小米",
   "小米感恩节快乐！感恩有你这个室友，虽然你总忘倒垃圾😂",
   "。。。",
   "teasing", "none", CAS, "好啦好啦，今天的垃圾我倒，算感恩节福利。", pick=True)
it(Z, "感恩节", BIZ, "客户", "客户", "Jason",
   "Jason，感恩节快乐！感谢这一年对我们团队的信任，期待明年继续合作。",
   "Thanks! 明年的预算下周定，你们的报价单周五前发我",
   "happy", "request", FORM, "好的Jason，报价单周四就发您邮箱，有问题随时沟通。")
it(E, "感恩节", CASUAL, "roommate", "朋友", "Chloe",
   "Happy Thanksgiving, Chloe! Grateful for our late-night kitchen talks.",
   "thanks. first year not going home, feels weird eating frozen pizza alone",
   "sad", "none", CAS, "Come over tonight, we have way too much food and an empty chair with your name on it.")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！虽然咱家不过这个节，但还是想说声谢谢你。",
   "哟 今天太阳打西边出来了😂 是不是又没钱了",
   "teasing", "yes_no", INTI, "不是不是，就是单纯想你了，钱够花！")
it(Z, "感恩节", TRAD, "主治医生", "其他", "王医生",
   "王医生感恩节快乐！去年手术多亏您，现在我已经能跑五公里了。",
   "太好了 注意别过量 下个月记得回来复查",
   "happy", "request", RESP, "好的王医生，下个月中旬我一定按时回去复查。", pick=True)
it(Z, "感恩节", CASUAL, "留学的同学", "朋友", "阿芳",
   "阿芳感恩节快乐！在美国过得还习惯吧？",
   "还行就是这两天期末考试连着三门我现在在图书馆通宵复习等我考完再跟你视频哈",
   "busy", "none", CAS, "好，考试加油，别熬太狠，考完等你视频！")
it(E, "感恩节", BIZ, "boss", "领导", "Karen",
   "Happy Thanksgiving, Karen. Thank you for your patience during my first year on the team.",
   "Happy Thanksgiving! You've done great. How's your family doing back home?",
   "happy", "how_are_you", RESP, "They're doing well, thank you, my parents are visiting my sister this week.")
it(Z, "感恩节", CASUAL, "哥哥", "家人", "哥",
   "哥，感恩节快乐！从小到大谢谢你替我背过的锅。",
   "知道就好 下个月我搬家 你来搬箱子",
   "teasing", "request", CAS, "没问题，哪天搬提前说，我开车过去。", pick=True)
it(E, "感恩节", CASUAL, "friend", "朋友", "Hailey",
   "Happy Thanksgiving, Hailey! Friendsgiving is on, I'm making my famous mac and cheese.",
   "yesss. where are we doing it this year? my place is tiny",
   "happy", "where", CAS, "My place, we have the big table now.")

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "闺蜜", "朋友", "阿琪",
   "阿琪生日快乐！又老了一岁，但依旧是我心里的小仙女🎂",
   "谢谢宝🥰🥰 晚上来我家吃蛋糕 七点",
   "happy", "invitation", CAS, "好呀，七点准时到，礼物保密！")
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶",
   "奶奶八十大寿快乐！祝您福如东海、寿比南山，天天开心！",
   "好好好 奶奶高兴 你啥时候回来 奶奶给你留了寿桃",
   "happy", "when", RESP, "奶奶，我这周六就回去，寿桃给我留两个！")
it(Z, "生日", CASUAL, "男朋友", "恋人", "阿杭",
   "阿杭生日快乐！今年生日我安排，你只需要出现。",
   "那我几点到哪里出现😆",
   "happy", "where", INTI, "七点到江边那家顶楼餐厅，报我的名字就行。", pick=True)
it(E, "生日", CASUAL, "friend", "朋友", "Ryan",
   "Happy birthday, Ryan! 30 looks good on you, mostly because you can't see the grey hairs from the front.",
   "rude. accurate, but rude 😂 drinks friday?",
   "teasing", "invitation", CAS, "Definitely, Friday at 8, first round's on me.", pick=True)
it(Z, "生日", BIZ, "领导", "领导", "宋总",
   "宋总生日快乐！祝您身体健康、万事顺意！",
   "谢谢小吴。",
   "cold", "none", RESP, "宋总客气了，祝您今天过得开心！", sender="小吴")
it(Z, "生日", CASUAL, "妹妹", "家人", "妹妹",
   "妹妹十八岁生日快乐！成年了，以后可以光明正大熬夜了。",
   "哥你送的耳机呢 我等一天了📦📦",
   "teasing", "what", CAS, "快递显示明天上午派送，哥保证一早就送到你手上。")
it(Z, "生日", CASUAL, "同事", "同事", "小梅",
   "小梅生日快乐！下班一起吃个饭庆祝一下？",
   "今天估计要加班到十点 改天吧😭",
   "busy", "none", CAS, "那周末补过，我把蛋糕先订好。")
it(Z, "生日", CASUAL, "女儿", "家人", "妞妞",
   "妞妞六岁生日快乐！爸爸出差回不去，礼物藏在你床底下。",
   "爸爸我找到了！是小熊！你明天能回来吗",
   "happy", "yes_no", INTI, "能！爸爸明天晚上就到家，给你讲小熊的故事。", sender="爸爸", pick=True)
it(Z, "生日", TRAD, "博导", "老师", "孙老师",
   "孙老师生日快乐！祝您身体健康，科研顺利，笑口常开！",
   "谢谢 实验室的小伙伴们刚给我过完 你那边工作怎么样",
   "happy", "how_are_you", RESP, "一切顺利，刚适应新岗位，改天回实验室看您和师弟师妹。")
it(Z, "生日", CASUAL, "发小", "朋友", "大毛",
   "大毛生日快乐！三十而立，兄弟祝你事业爱情双丰收。",
   "谢了 刚被裁 立不起来了",
   "sad", "none", CAS, "先别灰心，晚上出来喝一杯，工作的事咱们一起想办法。", forbid=["生日快乐"], pick=True)
it(E, "生日", BIZ, "client", "客户", "Ms. Patel",
   "Happy birthday, Ms. Patel! Wishing you a wonderful year ahead.",
   "Thank you so much, that's very thoughtful! Are we still on for the review meeting Thursday?",
   "happy", "yes_no", FORM, "Yes, Thursday at 10 stands, and I'll send the agenda tomorrow.")
it(Z, "生日", CASUAL, "老婆", "恋人", "老婆",
   "老婆生日快乐！愿你永远十八，永远不查我手机。",
   "想得美 现在就查🤨📱",
   "teasing", "request", INTI, "好好好，手机双手奉上，密码就是你生日。", pick=True)
it(Z, "生日", CASUAL, "外甥", "家人", "小宇",
   "小宇生日快乐！舅舅给你发了个大红包，别全买卡片了。",
   "谢谢舅舅！！我买乐高可以吗",
   "happy", "yes_no", CAS, "可以，买完拍照给舅舅看看。", sender="舅舅", pick=True)
it(E, "生日", TECH, "friend", "朋友", "Arjun",
   "Happy birthday, Arjun! May your code compile on the first try and your coffee never run out.",
   "first try compile is a myth and you know it. still coming to the board game night saturday?",
   "teasing", "yes_no", CAS, "Yes, I'll be there Saturday, bringing snacks and my A game.", pick=True)

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Olivia",
   "Merry Christmas, Olivia! Hope Santa brings you a coffee machine that doesn't leak.",
   "HA he did not. still leaking 😩 you still coming to Dan's secret santa on the 23rd?",
   "teasing", "yes_no", CAS, "Yes, I'll be there, and my gift is way better than last year's.", pick=True)
it(E, "圣诞节", BIZ, "boss", "领导", "Mr. Hughes",
   "Merry Christmas, Mr. Hughes. Thank you for a year of great guidance.",
   "Merry Christmas. Please make sure the Q4 report is on my desk by the 28th.",
   "cold", "request", RESP, "Of course, Mr. Hughes, I'll have it ready for you by the 27th.")
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "安安",
   "安安圣诞快乐！今年的圣诞老人是我，礼物已经到你楼下了。",
   "真的假的！！我穿着睡衣呢 你等我五分钟",
   "happy", "request", INTI, "好，不急，我在楼下等你，慢慢下来。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "Kevin",
   "Kevin圣诞快乐！今年的交换礼物你抽到谁了？",
   "不告诉你 反正不是你🎄",
   "teasing", "none", CAS, "行吧，那我就等着看你的神秘礼物。")
it(E, "圣诞节", CASUAL, "brother", "家人", "Danny",
   "Merry Christmas, Danny! Mom says you're in charge of the tree this year, good luck with the lights.",
   "the lights are a disaster. can you bring an extension cord when you come tomorrow",
   "teasing", "request", CAS, "Sure, I'll grab one on the way and help you untangle the rest.", pick=True)
it(Z, "圣诞节", BIZ, "客户", "客户", "刘总",
   "刘总圣诞快乐！年底了，祝您工作顺利，假期愉快。",
   "谢谢。上次说的优惠方案什么时候能给个书面的？",
   "cold", "when", FORM, "刘总，书面方案明天上午十点前发到您邮箱。", forbid=NO_OVERTIME)
it(Z, "圣诞节", CASUAL, "闺蜜", "朋友", "Coco",
   "Coco圣诞快乐！平安夜吃苹果，祝你一整年平平安安🍎",
   "🍎🍎🍎🎅",
   "happy", "none", CAS, "明晚一起去看圣诞集市吧，我请你喝热红酒。")
it(Z, "圣诞节", CASUAL, "男朋友", "恋人", "阿川",
   "阿川圣诞快乐！今年第一次一起过圣诞，你想怎么过？",
   "你说了算 我负责拎包🎁",
   "happy", "none", INTI, "那就先去看灯，再去吃那家排队的火锅。")
it(Z, "圣诞节", TECH, "运维同事", "同事", "老黄",
   "老黄圣诞快乐！愿圣诞老人给你的服务器送一份零宕机大礼包。",
   "别立flag 昨晚刚宕了一次 我现在还在机房",
   "busy", "none", CAS, "收回收回，辛苦了，忙完早点回去补觉。", pick=True)
it(E, "圣诞节", TRAD, "professor", "老师", "Professor Grant",
   "Merry Christmas, Professor Grant! Your seminar was the highlight of my year.",
   "Thank you, that is kind. How are the graduate applications going?",
   "happy", "what", RESP, "They are almost done; I submitted four and have two left before the January deadline.")
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子",
   "儿子圣诞快乐！英国那边过节热闹吧？一个人别太想家。",
   "妈 挺热闹的 房东一家请我去他们家吃圣诞大餐了",
   "happy", "none", INTI, "那太好了，记得给房东带个小礼物，替妈谢谢人家。", sender="妈妈")
it(Z, "圣诞节", CASUAL, "高中同学", "朋友", "小唐",
   "小唐圣诞快乐！在柏林还好吗？",
   "还好 就是听说国内流感又严重了 你注意点 我爸妈那边你帮我去看一眼行吗",
   "worried", "request", CAS, "放心，周末我就去叔叔阿姨家看看，有事马上告诉你。")
it(E, "圣诞节", CASUAL, "neighbor", "其他", "Mrs. Baker",
   "Merry Christmas, Mrs. Baker! Thank you for watering my plants while I was away.",
   "Oh it was my pleasure, dear. Would you like to join us for Christmas dinner? We have plenty.",
   "happy", "invitation", RESP, "I would love to, thank you so much. I'll bring a bottle of wine.")
it(Z, "圣诞节", BIZ, "领导", "领导", "林总",
   "林总圣诞快乐！",
   "你也是",
   "cold", "none", RESP, "谢谢林总，祝您假期愉快。")
it(E, "圣诞节", TRAD, "grandfather", "家人", "Grandpa",
   "Merry Christmas, Grandpa! Sorry I can't make it home this year, I miss your terrible eggnog.",
   "Miss you too, kiddo. The eggnog misses you. How's the new job treating you?",
   "touched", "how_are_you", RESP, "It's going great, Grandpa, I'm learning a lot and the team is kind.", pick=True)

# ---------------------------------------------------------------- multi-round threads
it(Z, "春节", CASUAL, "大学室友", "朋友", "老三",
   "老三新年快乐！今年还回哈尔滨过年吗？",
   "约 你挑地方 别选太贵的 我今年年终奖泡汤了",
   "happy", "where", CAS, "就去中央大街那家铁锅炖，便宜又管饱，我请。",
   thread=["R:回 腊月二十七的火车", "S:那正好，我二十八也到，约一顿？"])
it(Z, "中秋", TRAD, "母亲", "家人", "妈",
   "妈，中秋快乐！今年单位排班，我中秋当天回不去。",
   "十六号好 你想吃妈做的什么菜 提前说",
   "happy", "what", INTI, "想吃红烧排骨和糖醋鱼，妈你别做太多，够吃就行。",
   thread=["R:那就别回了 路上人多", "S:我十六号调休，回去补个团圆饭。"])
it(E, "圣诞节", CASUAL, "coworker", "同事", "Mei",
   "Merry Christmas, Mei! Thanks for covering my shifts in November.",
   "holding you to that. are you back in the office on the 27th?",
   "happy", "yes_no", CAS, "Yes, I'm back that Monday, and the first coffee is yours.",
   thread=["R:anytime! you'd do the same", "S:I would. Coffee's on me all January."])
it(Z, "国庆", CASUAL, "女朋友", "恋人", "悠悠",
   "悠悠国庆快乐！这七天我都是你的专属司机。",
   "你什么时候订的 我怎么不知道🥹",
   "touched", "when", INTI, "上个月偷偷订的，就等今天给你惊喜。",
   thread=["R:那第一站去哪", "S:先去你一直想去的千岛湖。", "R:好耶！！我要住湖景房", "S:已经订好了，三号入住。"])
it(Z, "春节", BIZ, "客户", "客户", "秦总",
   "秦总，新春快乐！祝您新的一年鸿运当头，事业兴旺。",
   "初八我在外地 改到初十行不行",
   "happy", "yes_no", FORM, "可以，秦总，那就定初十上午，我们提前一天到。",
   thread=["R:新年好！年后第一周你们能来现场吗", "S:可以的秦总，初八我带团队过去。"], forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "弟弟", "家人", "弟",
   "弟，元宵快乐！今年灯会你去不去？",
   "你别来凑热闹啊 我警告你😤",
   "teasing", "request", CAS, "放心，我绝对不去当电灯泡，玩得开心！",
   thread=["R:去啊 带女朋友去", "S:哟，终于肯带出来见人了？"], pick=True)
it(Z, "教师节", TRAD, "初中班主任", "老师", "杨老师",
   "杨老师，教师节快乐！今年又带毕业班了吧，注意身体。",
   "周末要补课 下周吧",
   "busy", "none", RESP, "好的杨老师，那下周我提前跟您约时间。",
   thread=["R:谢谢 是啊 忙得脚不沾地", "S:您辛苦了，周末我去学校给您送点润喉糖。"])
it(E, "感恩节", CASUAL, "younger sister", "家人", "Kate",
   "Happy Thanksgiving, Kate! Thankful for my favorite (only) little sister.",
   "ok ok. mom wants to know if you're bringing the green bean casserole again",
   "teasing", "yes_no", CAS, "Yes, I'm bringing it, double batch this time.",
   thread=["R:wow (only) really sells it", "S:It's a compliment, trust me."], pick=True)
it(Z, "生日", CASUAL, "老公", "恋人", "老公",
   "老公生日快乐！今年的愿望我替你许了：少加班，多睡觉。",
   "今晚可能回不去了 项目出事了 你别等我 先睡",
   "busy", "request", INTI, "好，我把蛋糕留着，你忙完路上注意安全。",
   thread=["R:哈哈 谢谢老婆", "S:今晚早点回来，蛋糕在冰箱里。"])
it(Z, "冬至", TRAD, "爷爷", "家人", "爷爷",
   "爷爷冬至安康！今天吃饺子了吗？",
   "你那边是不是下大雪了 新闻说高速都封了 你别开车回来",
   "worried", "request", RESP, "好的爷爷，我不开车，改坐高铁回去，您放心。",
   thread=["R:吃了 你姑姑送来的", "S:那就好，这两天降温，您出门多穿点。"])
it(Z, "中秋", CASUAL, "同事", "同事", "小罗",
   "小罗中秋快乐！月饼放你工位了。",
   "哦 我现在不吃甜的了",
   "cold", "none", CAS, "那下次给你带咸的，节后见。",
   thread=["R:谢谢", "S:豆沙的，你之前说爱吃。"])
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿宁",
   "阿宁七夕快乐。今年我们又隔着两个时区过节了。",
   "好想你 还有两个月才能见面",
   "sad", "none", INTI, "我也想你，每天倒数，两个月一眨眼就过去了。",
   thread=["R:嗯 我这边刚天亮", "S:我这边刚天黑，正好一起看同一个月亮。"])
it(Z, "端午", CASUAL, "朋友", "朋友", "阿豪",
   "阿豪端午安康！今年划龙舟去不去看？",
   "初五我要回老家 初四行不行 或者直接看直播算了",
   "happy", "choice", CAS, "那就初四去，现场比直播带劲。",
   thread=["R:去 哪天", "S:初五那天最热闹。"], must=["初四", "直播"])
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！晚上视频吗？",
   "改九点吧 你王阿姨拉我跳广场舞😂",
   "busy", "request", INTI, "行，九点准时打，妈你跳开心点！",
   thread=["R:好 八点", "S:好，我八点准时打。"])
it(E, "元旦", CASUAL, "friend", "朋友", "Theo",
   "Happy New Year, Theo! Thanks for hosting the countdown, your rooftop was the best spot in town.",
   "did you leave your scarf here? grey one, smells like smoke now 😂",
   "teasing", "yes_no", CAS, "Yes, that's mine, I'll grab it this weekend.",
   thread=["R:glad you came! sorry about the fireworks mishap", "S:Honestly the mishap was the highlight."],
   pick=True)
it(Z, "生日", TRAD, "外婆", "家人", "外婆",
   "外婆生日快乐！祝您九十岁还能健步如飞！",
   "好好好 你最近工作累不累 脸都瘦了",
   "worried", "how_are_you", RESP, "不累，外婆，最近在健身，瘦了是练出来的，精神着呢。",
   thread=["R:好 外婆收到了 谢谢乖孙", "S:外婆，下个月我带您去泡温泉。"])
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小可爱",
   "小可爱情人节快乐！第一次在你家楼下等你，有点紧张。",
   "那先陪我去趟花市吧 我想买盆绣球",
   "happy", "invitation", INTI, "好呀，先去花市，绣球我来搬。",
   thread=["R:紧张啥 我马上下来", "S:不急，我买了你爱喝的热可可。"])
it(Z, "春节", CASUAL, "同事", "同事", "老刘",
   "老刘新年快乐！年后见！",
   "那挺远的 开车还是高铁",
   "happy", "choice", CAS, "坐高铁，四个小时，比开车省心。",
   thread=["R:新年快乐 今年回老家吗", "S:回，今年去我老婆那边过。"], must=["开车", "高铁"])
it(Z, "国庆", TRAD, "岳母", "家人", "妈",
   "妈，国庆快乐！假期我们带孩子去看您。",
   "那你们确定了跟我说 我好去买菜",
   "happy", "request", RESP, "好的妈，我们明天定下来就告诉您。",
   thread=["R:好啊 几号来", "S:三号或者四号，看高速堵不堵。"])
it(Z, "元旦", BIZ, "领导", "领导", "陈总",
   "陈总，元旦快乐！祝您新年大吉，身体健康。",
   "里面明年的目标写的多少",
   "cold", "what", RESP, "明年目标定的是营收增长百分之二十，新客户三十家。",
   thread=["R:元旦快乐。年终总结写好了吗", "S:写好了，下午发您。"])
it(E, "生日", CASUAL, "boyfriend", "恋人", "Noah",
   "Happy birthday, Noah! Dinner's at 8, wear the blue shirt.",
   "fine. should I at least eat lunch first lol",
   "teasing", "yes_no", INTI, "Yes, eat a light lunch, trust me.",
   thread=["R:the blue one? fancy. where are we going", "S:Not telling. Just be ready."])
it(Z, "清明", CASUAL, "姐姐", "家人", "姐",
   "姐，清明安康。今年扫墓我请不了假，辛苦你了。",
   "好 你也记得那天给妈点根蜡烛 在心里跟她说说话",
   "sad", "request", CAS, "嗯，我会的，那天晚上我点上蜡烛，跟妈好好聊一会儿。",
   thread=["R:没事 我跟爸去", "S:帮我给妈多带一束她喜欢的菊花。"])
it(Z, "中秋", TRAD, "领导", "领导", "韩总",
   "韩总中秋快乐！感谢您这一年的提携。",
   "中秋那天晚上过来一起赏月 你嫂子包了蟹粉小笼",
   "happy", "invitation", RESP, "谢谢韩总，那我就不客气了，中秋那天晚上准时登门。",
   thread=["R:中秋快乐 小吴 今年在哪过节", "S:留在上海，不回老家了。"], sender="小吴")
it(Z, "感恩节", CASUAL, "闺蜜", "朋友", "小七",
   "小七感恩节快乐！谢谢你陪我熬过了最难的那半年。",
   "那你最近睡得着了吗 还做噩梦吗",
   "worried", "how_are_you", CAS, "好多了，现在每天十二点前就能睡着，放心啦。",
   thread=["R:说什么谢 姐妹就该这样", "S:总之就是想谢谢你。"])
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！给您订的按摩仪到了没？",
   "这东西插电的吧 会不会漏电",
   "worried", "yes_no", INTI, "不会的，爸，是正规牌子的，有过载保护，放心用。",
   thread=["R:到了 你妈先用上了", "S:那您俩轮流用，别抢。"])
it(E, "中秋", BIZ, "client", "客户", "Mr. Wong",
   "Mr. Wong, wishing you a happy Mid-Autumn Festival. The mooncakes should arrive at your office today.",
   "Will do. When can your engineer come to check the second line?",
   "happy", "when", FORM, "Our engineer can visit next Tuesday morning, if that suits you.",
   thread=["R:Received, thank you. Very kind.", "S:Our pleasure. Enjoy the holiday with your family."])
it(Z, "圣诞节", CASUAL, "室友", "朋友", "阿琛",
   "阿琛圣诞快乐！今晚宿舍火锅局，你来不来？",
   "留点肥牛就行 别让小胖全吃了 我大概十一点回",
   "busy", "request", CAS, "好，肥牛给你单独留一盘，十一点锅还热着。",
   thread=["R:在实验室 走不开", "S:那我们给你留一份。"])
it(Z, "生日", BIZ, "客户", "客户", "钱总",
   "钱总生日快乐！祝您福寿安康，事业长青。",
   "不用这么客气 以后别送了",
   "cold", "request", FORM, "好的钱总，心意到了就好，祝您今天顺心。",
   thread=["R:谢谢", "S:一点心意，给您订了个蛋糕送到公司。"])
it(Z, "元宵", TRAD, "公公", "家人", "爸",
   "爸，元宵节快乐！今年没能回去陪您，心里挺过意不去的。",
   "你们有这份心就够了 比啥都强",
   "touched", "none", RESP, "爸，等天暖和了我们一定回去陪您住几天。",
   thread=["R:没事 工作要紧", "S:给您寄了两盒汤圆，还有您爱喝的普洱。"])
it(E, "春节", CASUAL, "friend", "朋友", "Aiden",
   "Happy Lunar New Year, Aiden! Did you manage to get home this year?",
   "eating like 20 right now, grandma won't let me stop, talk later!",
   "busy", "none", CAS, "Enjoy every one of them, catch you tomorrow!",
   thread=["R:made it! 14 hour trip but worth it", "S:Amazing, eat a dumpling for me."])
it(Z, "中秋", CASUAL, "老同学", "朋友", "阿彬",
   "阿彬中秋快乐！今年还在工地上过？",
   "我女儿在视频里问我为啥不回家 我都不知道怎么说",
   "sad", "none", CAS, "孩子心里是懂的，等你回去好好陪她，我那份大闸蟹先给她留着。",
   thread=["R:是啊 第三年没回家了", "S:等项目结束，回来我请你吃大闸蟹。"], forbid=["中秋快乐"])
it(Z, "七夕", CASUAL, "老婆", "恋人", "老婆",
   "老婆七夕快乐！花买好了，晚上回家给你。",
   "那你几点到家 我好下饺子",
   "happy", "when", INTI, "六点半到，饺子等我回来一起下。",
   thread=["R:今天加班吗", "S:不加，六点准时走。"])
it(Z, "冬至", CASUAL, "发小", "朋友", "小胖",
   "小胖冬至快乐！今晚吃饺子别忘了蘸醋。",
   "你上次说请我吃的那顿羊肉火锅呢 我等到冬至了",
   "teasing", "request", CAS, "今晚就兑现，七点铜锅涮肉，我已经订好位子了。",
   thread=["S:对了，你那边下雪了没？", "R:下了 厚厚一层"], pick=True)
it(Z, "端午", TRAD, "房东", "其他", "周叔",
   "周叔端午安康！房租我已经转过去了，祝您节日愉快。",
   "收到 卫生间那个水龙头还漏不漏",
   "happy", "yes_no", RESP, "不漏了，上周师傅修好了，谢谢周叔惦记。",
   thread=["R:好 端午快乐", "S:对了周叔，上次说的水龙头师傅来修过了。"])
it(Z, "教师节", TRAD, "老师", "老师", "钟老师",
   "钟老师教师节快乐！您教的第一课我到现在还记得。",
   "哪一课呀 老师自己都忘了",
   "happy", "what", RESP, "是《背影》那一课，您讲到父亲爬月台时自己先红了眼眶。",
   thread=["R:谢谢 你是哪一届的", "S:2012届三班的，坐第一排的那个。"])
it(E, "元旦", TRAD, "aunt", "家人", "Aunt Rose",
   "Happy New Year, Aunt Rose! Hope the move to the new flat went smoothly.",
   "Thank you, love. The move was fine but your uncle slipped on the ice yesterday, his wrist is in a cast. "
   "Could you call him this weekend? He'd like that.",
   "worried", "request", RESP, "Of course, I'll call him on Saturday morning. I'm so sorry about his wrist.")
it(E, "中秋", CASUAL, "friend", "朋友", "Jun",
   "Happy Mid-Autumn, Jun! Hope you get a clear sky for the moon tonight.",
   "thanks, we're ok but the power's been out since last night. is it bad where you are too?",
   "worried", "yes_no", CAS, "No, it's calm here, just some rain. Charge your phone whenever the power comes back!",
   thread=["S:Also, I saw the typhoon news, stay safe!"])
it(Z, "国庆", CASUAL, "室友", "朋友", "阿蒙",
   "阿蒙国庆快乐！你的猫我喂了三天了，它胖了。",
   "到了我直接去你那接它 你在家吗",
   "happy", "yes_no", CAS, "在家，明天下午我一直在，顺便把猫粮也给你带上。",
   thread=["R:哈哈哈谢谢你 它没拆家吧", "S:拆了一卷纸巾，问题不大。", "R:我明天下午的飞机"], pick=True)

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
        iid = f"fb4-{n:03d}"
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
    from followup_blind4_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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
    n_threads = sum(1 for i in items if i["thread"])
    n_en_threads = sum(1 for i in items if i["thread"] and i["language"] == "en")
    return f"""# Follow-up blind set 4 (`followup_blind4_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-05. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-05 (`"version": "2026-12-05"`).
- **Files:** `followup_blind4_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind4_check.py` (validator, `--selftest`), `followup_blind4_2026-12.json` (the set),
  `followup_blind4_2026-12.md` (this note), all in `/work/blind4-followup/`.
- **JSON:** {len(blob)} bytes, SHA-256 `{sha}`, {len(items)} items (`fb4-001` … `fb4-{len(items):03d}`).

## How it was written

Blind to the code being measured: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/`
was opened; no `.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read
(in full). `README.md` was read for the product description; the third set's note
(`tests/data/followup_blind3_2026-12.md`) was read in full for its format, labelling rules and judgement calls,
which this set follows unchanged; the third set's build and check scripts were read only for their file
structure, the per-holiday word tables (copied unchanged) and the validator logic (adapted). Git was not run and
the bot was never run.

Every greeting, earlier turn and reply was newly typed by hand, item by item, as people really chat: mostly
ordinary replies that answer the greeting and go on with their own life (a gas valve to close, a parcel at the
pick-up point, a meeting that moves to Saturday), with a realistic share of short cold answers, voice-input
run-ons without punctuation, space-separated chat, emoji and chat-sticker codes, and replies that pick up a detail
or a joke of the greeting (the fish for the New Year's Eve dinner, the foot bath the mother took first, the
"hair version that must not roll back", the bookshelf that leans left, the eggnog, the taro milk tea). English
items carry English greetings. The wording avoids the examples of the third set's note, of the judge's docstrings
and of the README: the checker refuses a list of their phrases (e.g. 论文投出去, 冷不冷, 春联, 五仁, 还在北京吗,
能不能改到, "party at mine", "could you send") and their whole short replies and sticker codes (嗯, 收到, 谢谢, 👍,
🧧🧧🧧, 😑, `[捂脸]`, `[语音]` …), so the short and emoji replies here are others (同乐。, 好。, 还行, 随便, 看情况,
谢了, 知道了, 你也是, 🙏, `[抱拳]`, 🙄🙄🙄, 🍎🍎🍎🎅, 🥹🌹❤️, 😂😂😂👍👍).

Fields follow `tests/followup_judge.py` and the third set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** 您-only `respectful` for grandparents, parents-in-law, an aunt, teachers, bosses and elders or
  service people outside the family (landlords, a doctor, a housekeeper, the estate manager, a driving coach,
  elderly neighbours) and English elders/bosses/teachers; `formal` for clients; `intimate` for partners, parents
  and one's own children; `casual` for friends, siblings, cousins, colleagues, peers, a young nephew, a barber, a
  gym coach, a florist and a neighbour of one's own age.
- **forbidden:** per item traps (加班 to clients who invite, reschedule, travel or ask for a document; 七夕快乐,
  生日快乐, 中秋快乐 as a second wish to someone who just broke up, lost a job, or misses his daughter; 下次/改天 to
  a partner tired of rain checks) plus automatic ones: when the recipient asked something, 爸妈 and 你呢？ to a
  parent, 你呢？ to anyone addressed with 您, "and you?" to English respectful/formal recipients; 哈哈 (zh) /
  haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the third set's per-holiday tables, unchanged; an other-holiday word that the greeting, the
  thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third set's definitions and its borderline rules unchanged (mood is what the
latest reply conveys toward the sender, read with the greeting and thread; two questions in one reply: a request
or invitation first, then a concrete question before a phatic or rhetorical one, else the one the reply ends on;
"are you still coming / 回来不" confirming a plan is `yes_no`, a new proposal is `invitation`; ability and
permission forms are `yes_no` unless they ask the sender to do something; wellbeing questions stay
`how_are_you` in yes/no form; `choice` only when the reply names the options, which go to `must_mention_any`).

### New judgement calls (settled one way throughout this set)

1. **Offers** by the recipient to do something for the sender (给你带点？, 给你带一碗？, 要不要她多包点肉粽, 给你留个周六的号？,
   "You want me to get them before you visit?") are `yes_no`: the sender accepts or declines; nothing is done
   together (not `invitation`) and the sender is not asked to act (not `request`).
2. **An imperative reschedule** (改九点吧) asks the sender to do something and is `request`; asking permission
   to reschedule (改到初十行不行, 下周课改到周六下午可以吗) stays `yes_no` as in the third set.
3. **Handing a place decision to the sender** (去哪 你定; 约 你挑地方) and **"guess where"** (订好餐厅了 你猜在哪) are
   `where`: the answer must name a place; 你定/你猜 frame the question, they do not ask for another action.
4. **"X呢"** asking after a thing already on its way (哥你送的耳机呢) is `what` (report its state); asking after a
   promise the sender has not kept yet (你上次说请我吃的那顿羊肉火锅呢) is `request` (keep it).
5. **Being asked to come and speak or take part in an event** (校友分享会 你能回来讲讲吗) is `invitation`.
6. **An either-or question that names both alternatives** is `choice` even when it asks a fact ("staff meeting at
   8 or 9?", "Wednesday or Thursday morning?", 周五晚上走还是周六一早); an "or" whose second half is only a jab
   ("Did you solve it or are you too proud to ask?") is not an option and the item is `yes_no`.
7. **Did-you-do-it questions about the sender's health** (上次体检那个结节复查了没, 羽绒服穿上没) are `yes_no`; how the
   sender feels or copes (是不是工作太累了, 累不累, 睡得着了吗, 新单位待得惯吗, "How's the new job treating you?",
   你那边工作怎么样) is `how_are_you`; how a task goes (汇报准备得怎么样了, "How are the graduate applications going?")
   stays `what`. 是遇到什么事了吗 asks what happened and is `what` despite its yes/no form.
8. **A teasing question that still asks for a time** (你啥时候也升级) is `when`; a rhetorical jab (哪抄的😂,
   明年食堂能不能换个厨子, 不是说好存钱买房吗) is `none`.
9. **Moods:** laughter or cheering alone (😂😂😂👍👍, 🍎🍎🍎🎅) is `happy`; `teasing` needs a jab or a mock protest
   (🙄🙄🙄 or 。。。 after a jab, 你完了 😤😤😤). A reply that says the recipient is occupied right now or all
   holiday is `busy` even when it jokes about it (在带孙子 哪都去不了😂, 现在就在群里[裂开], 拉我跳广场舞😂). A bare
   acknowledgement sticker (`[抱拳]`) or a single 🙏 from a boss or client is `cold`. An elder who declines a visit
   because of the traffic (不用来回折腾 路上堵) is `worried`. A rhetorical question that reproaches kindly (你别乱花钱了
   我们不是说好存钱买房吗) is `worried`, `none`.
10. **"你说了算"** with no question is `none`.

## Checks

`python3 followup_blind4_check.py` validates the JSON and prints OK; `--selftest` first breaks {SELFTEST_CASES}
in-memory copies (the third set's 13 — with the set cut to 190 items — plus a borrowed example phrase, a borrowed
whole reply, a choice option missing from the reply, a client addressed casually, laughter not forbidden on a sad
item, an other-holiday word inside the item's own reply) and requires the validator to fail on each;
`followup_blind4_check.py -` reads a file from stdin. It checks what the third set's validator checks (fields,
types, canonical values equal to the judge's own tuples, ids `fb4-NNN` consecutive, no repeated reply or greeting,
no Chinese in English items, threads of 1–4 turns, `must_mention_any` exactly for `choice` with options found in
the reply, other-holiday words disjoint and absent from the item's own text, register consistent with the
category, the spread: ≥200 items, ≥35 English, ≥40 threads of which ≥5 English, every category, holiday, mood,
question kind, style and register with minimum counts, every family sub-group, a landlord and a doctor, short cold,
emoji-only, emoji-heavy and voice-style replies) and adds: no wording from the examples listed above, the automatic
forbidden traps present on every item that needs them, English items over ≥8 holidays and ≥5 relation
categories. Then it loads `/work/main/tests/followup_judge.py` (with `/work/main` on `sys.path`), checks that
`mood_right` and `question_right` accept each item's labels (and reject a wrong mood), runs `passes` on each item
with the hand-written reference follow-up from the build script and requires all four verdicts to be True, and
requires each `forbidden` and `other_holiday_words` entry to make the judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

### Notes on the judge (found while checking the references)

One reference first failed for a reason in the judge, not in the item, and was reworded: in `yes_no`, the
predicate of 回来吃饭不 is taken as 饭 (the character before 不), so the natural answer 回来的 fails; it became
肯定回来. The item was not changed to suit the judge.

## Counts

{_table("language", by_lang, ["zh", "en"])}

{_table("relation category", c(i["relation_category"] for i in items), RELATION_CATEGORIES)}

{_table("family sub-group (家人)", fam, FAMILY_GROUPS)}

{_table("holiday", c(i["holiday"] for i in items), HOLIDAYS)}

{_table("mood", c(i["mood"] for i in items), MOODS)}

{_table("question kind", c(i["question"] for i in items), QUESTIONS)}

{_table("register", c(i["expect"]["register"] for i in items), REGISTERS)}

{_table("style", c(i["style"] for i in items), STYLES)}

{_table("earlier turns in thread", threads, sorted(threads))}

Multi-round items (with a thread): {n_threads} (English: {n_en_threads}).

Replies that pick up a detail or a joke of the greeting or thread (build-only tag): {len(PICKS)}.

{_table("reply form", forms)}

{_table("language / mood", lang_mood)}

### Mood × question

{chr(10).join(cross_lines)}
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
