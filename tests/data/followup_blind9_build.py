#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind9_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this ninth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind9_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to eighth sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind9_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind9_2026-12.json"
MD_NAME = "followup_blind9_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the eighth set's note was read for its format, labelling rules and "
    "judgement calls, and the eighth set's build and check scripts only for their file structure, holiday word "
    "tables and validator logic. Each greeting, thread and reply of this ninth set was newly composed one by one "
    "as people answer a holiday greeting in chat (family, partners, friends, colleagues, bosses, clients, "
    "teachers, neighbours and service people: ordinary replies, questions of every kind, requests, invitations, "
    "teasing jabs, worried, sad, cold, touched and busy replies, short cold answers, voice-input run-ons, emoji, "
    "typos, replies that pick up a detail or joke of the greeting, English exchanges, multi-round threads), "
    "avoiding the wording of the earlier sets and of the examples in their notes. Mood and question were labelled "
    "as a careful human reader would, following the earlier sets' rules unchanged. Expectations (answer_kind = "
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
it(Z, "春节", TRAD, "母亲", "家人", "妈", "妈 新年快乐！今年单位排班 我初二晚上到家 给您和爸各包了个大红包🧧",
   "到家都半夜了吧 车票买的几点的 妈给你留门", "happy", "when", INTI,
   "高铁晚上九点到站，十点多就到家了，不用等太晚。",
   thread=["R:初二才回啊 你弟初一就到了", "S:没办法 年三十和初一都轮到我值班"])
it(Z, "春节", TRAD, "爷爷", "家人", "爷爷", "爷爷过年好！今年轮到我给您发红包了 别推辞啊",
   "你这娃 刚上班能挣几个钱 爷爷不要 自己留着娶媳妇", "worried", "none", RESP,
   "爷爷，心意您收下，我工资够花，还攒下一些，您放心。")
it(Z, "春节", CASUAL, "婆婆", "家人", "妈", "妈 新春快乐 今年第一次在您家过年 有啥要我搭把手的您尽管说",
   "不用你动手 你就负责吃 对了 初一早上要早起给长辈拜年 记得别睡懒觉哈", "happy", "request", RESP,
   "好的妈，闹钟已经定好，初一一早就起来跟着您去拜年。",
   thread=["R:来了就是一家人 别拘束", "S:嗯嗯 我就是怕礼数不周"])
it(Z, "春节", CASUAL, "朋友", "朋友", "大刘", "新年快乐兄弟 今年少熬夜多发财🧨",
   "同乐同乐 初三同学聚会你去不去 去的话我开车捎你", "happy", "yes_no", CAS,
   "去，正好蹭你的车，初三上午你到楼下喊我。")
it(Z, "春节", BIZ, "领导", "领导", "王总", "王总 新春快乐！感谢您一年来的指点 祝您阖家安康 万事顺意",
   "新年好 初八开工第一天上午开个短会 你把年度计划带上", "cold", "request", RESP,
   "好的王总，年度计划我初七前整理好，初八上午带到会上。")
it(Z, "春节", BIZ, "客户", "客户", "陈总", "陈总 新春大吉！过去一年承蒙关照 新的一年还请多多指教",
   "同喜 年后你们那个报价单麻烦发我一份 我们初十开会要用", "cold", "request", FORM,
   "好的陈总，报价单初六前发到您的邮箱，有问题随时联系。", forbid=NO_OVERTIME)
it(Z, "春节", TECH, "同事", "同事", "小周", "小周 新年快乐 祝你新一年代码零报错 需求不改 工资翻倍🚀",
   "哈哈哈借你吉言 不过你这祝福听着像产品经理写的", "teasing", "none", CAS,
   "被你看穿了，回头我亲自手写一份，保证没有需求味。", pick=True)
it(Z, "春节", CASUAL, "弟弟", "家人", "老弟", "老弟过年好 红包已发 省着点花",
   "🧧🧧🧧😭😭 姐你是我亲姐", "touched", "none", CAS,
   "知道就好，开学前少打游戏多看书，姐盯着你。")
it(Z, "春节", TRAD, "舅舅", "家人", "舅舅", "舅舅新年好！祝您身体健康 打牌把把赢",
   "好好好 今年你过来不 舅舅这儿杀了年猪 给你留了一扇肉", "happy", "yes_no", RESP,
   "来，初四一早就过去看您，年猪肉可得给我留着。",
   thread=["R:你这孩子嘴甜 今年工作咋样", "S:挺好的 年底还评了个优秀"])
it(E, "春节", CASUAL, "friend", "朋友", "Jake", "Jake!! Gong hei fat choy from our side of town, hope the year treats you well",
   "haha thanks man. did your mom make those pork dumplings again? save me some", "happy", "request", CAS,
   "She did, I'll bring a box over on Saturday.",
   thread=["R:same to you dude! you back in town?", "S:yep, at my parents' till the 5th"])
it(E, "春节", BIZ, "boss", "领导", "Diane", "Happy Spring Festival, Diane. Wishing you and the family a restful break.",
   "Noted, thank you. Q1 slides on my desk Monday first thing, please.", "cold", "request", RESP,
   "Of course, Diane. The slides will be on your desk before nine on Monday.")
it(Z, "春节", CASUAL, "女朋友", "恋人", "宝", "宝 新年快乐 今年又不能一起守岁 视频等你❤️",
   "年夜饭吃了没 我家刚开饭 一桌子菜就差你了", "happy", "yes_no", INTI,
   "吃了，我妈包的饺子撑到现在，八点准时视频。")
it(Z, "春节", TRAD, "母亲", "家人", "妈", "妈 过年我想吃您做的菜 提前点个单",
   "想吃红烧肉还是糖醋排骨 只做一样 多了吃不完", "happy", "choice", INTI,
   "糖醋排骨，好久没吃您做的了。", must=["红烧肉", "糖醋排骨"])
it(Z, "春节", CASUAL, "室友", "朋友", "阿杰", "新年快乐 好久没联系了 毕业都三年了",
   "新年好！我还是老样子 倒是你 听说你辞职创业了 现在怎么样", "happy", "how_are_you", CAS,
   "挺好的，刚起步累是累点，但做得开心。")
# ---------------------------------------------------------------- 元宵
it(Z, "元宵", CASUAL, "母亲", "家人", "妈", "妈 元宵节快乐 今晚的汤圆别煮太多 您血糖高",
   "知道 就煮了五个 黑芝麻的 你那边吃上了吗", "happy", "yes_no", INTI,
   "吃上了，食堂发的花生馅，没您包的好吃。")
it(Z, "元宵", CASUAL, "朋友", "朋友", "小敏", "元宵快乐！今晚灯会人山人海 你可别挤丢了",
   "已经挤丢了 🥲 在南门卖糖葫芦那儿 快来捞我", "teasing", "request", CAS,
   "好，我五分钟就到南门，原地别动。", pick=True,
   thread=["R:我在灯会呢 人太多了", "S:我也在 你在哪个门"])
it(Z, "元宵", CASUAL, "导师", "老师", "李老师", "李老师元宵节快乐！祝您和师母团团圆圆 身体康健",
   "谢谢 开学第一周开题 你那个题目改好了没", "cold", "yes_no", RESP,
   "改好了，老师，新版本今晚发您邮箱，请您过目。")
it(Z, "元宵", TRAD, "外公", "家人", "外公", "外公元宵快乐 今年灯谜您又猜中几个",
   "老了猜不动喽 就猜中一个 奖了一袋汤圆 你们在外面吃元宵没", "happy", "yes_no", RESP,
   "吃了，外公，我们吃的是滚出来的元宵，没您那袋汤圆香。")
it(E, "元宵", CASUAL, "girlfriend", "恋人", "Mei", "Lantern night without you is rubbish 🏮 save me a tangyuan?",
   "already ate all of them 😛 jk. when are you flying back??", "teasing", "when", INTI,
   "Sunday night, landing at 9, and you owe me tangyuan.",
   thread=["R:lanterns are so pretty this year, sending pics", "S:gorgeous, wish I was there"])
it(Z, "元宵", CASUAL, "同事", "同事", "阿芳", "元宵快乐 明天上班我带汤圆 办公室微波炉见",
   "带了带了 你负责煮 我负责吃 要不要带醋🤣", "teasing", "yes_no", CAS,
   "不用带醋，汤圆蘸醋那是饺子的吃法。")
it(Z, "元宵", CASUAL, "邻居奶奶", "其他", "张奶奶", "张奶奶元宵节快乐 我妈让我给您送了一盒汤圆 放您门口了",
   "哎哟 这孩子 太客气了 你妈腰好些没 替我问声好", "touched", "how_are_you", RESP,
   "好多了，张奶奶，已经能下楼走走了，我一定转告她。")
it(Z, "元宵", CASUAL, "女儿", "家人", "闺女", "闺女元宵节快乐 宿舍能煮汤圆不？",
   "不能 宿舍禁用电器 妈你别操心了 我们食堂有", "happy", "none", INTI,
   "那就好，食堂的也行，趁热吃。")
it(Z, "元宵", BIZ, "客户", "客户", "刘经理", "刘经理 元宵节快乐 祝贵公司新年生意红火",
   "谢谢 上次说的样品 什么时候能寄过来", "cold", "when", FORM,
   "样品周三发顺丰，周四下午就能送到刘经理手上。", forbid=NO_OVERTIME,
   thread=["R:同乐", "S:刘经理 样品的事我们一直记着"])
it(Z, "元宵", CASUAL, "父亲", "家人", "爸", "爸 元宵快乐 今晚烟花放了没",
   "放了放了你妈不让放大的只放了两个小的一点都不过瘾明年你回来咱俩偷偷放", "happy", "invitation", INTI,
   "好啊，明年我买两箱回来，咱俩偷偷放个痛快。")
it(E, "元宵", CASUAL, "colleague", "同事", "Priya", "Lanterns up at the Shanghai office today, Priya, sending you the photos 🏮",
   "Gorgeous!! Which riddle did you guys get stuck on? 😂", "happy", "what", CAS,
   "The one about the moon on the water, nobody solved it all day.")
it(Z, "元宵", CASUAL, "哥哥", "家人", "哥", "哥 元宵快乐 嫂子今年又包汤圆了吧",
   "你嫂子今年搞创新 包了个巧克力馅的 你猜另一种是啥", "happy", "what", CAS,
   "我猜是芝麻花生混在一起的那种。")
# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "母亲", "家人", "妈", "妈 清明我请不下假 回不去给姥爷扫墓了 您替我多烧点纸",
   "知道了 你在外面好好的 你姥爷不会怪你", "sad", "none", INTI,
   "嗯，等五一回去我再单独去看看姥爷。")
it(Z, "清明", CASUAL, "朋友", "朋友", "晓琳", "清明小长假 出去踏青了没",
   "哪也没去 在家躺尸 你要是有空周六一起去植物园", "happy", "invitation", CAS,
   "好啊，周六上午九点植物园门口见。")
it(Z, "清明", CASUAL, "岳父", "家人", "爸", "爸 清明回老家祭祖 路上慢点开 我和小雅周六一早到",
   "好 你们到了给我打个电话 山上路滑 带双胶鞋", "happy", "request", RESP,
   "好的爸，胶鞋已经放后备箱了，一下车就给您打电话。",
   thread=["R:你妈问要不要带点青团回去", "S:带 我们在路上买"])
it(E, "清明", CASUAL, "friend", "朋友", "Sam", "Thinking of you and your dad this week, Sam. Lighting a candle for him tonight.",
   "thank you. first one without him. it's weird going to the cemetery instead of his garage", "sad", "none", CAS,
   "I know, Sam. I'm free on Saturday, happy to drive you there or just sit with you.")
it(Z, "清明", TRAD, "奶奶", "家人", "奶奶", "奶奶 清明我们给爷爷带了他爱喝的二锅头 您腿不好就别上山了",
   "我非要去 你爷爷等我呢 你们几点出门 我在楼下等", "sad", "when", RESP,
   "早上七点出门，奶奶，我们扶着您慢慢走。")
it(Z, "清明", TECH, "同事", "同事", "老何", "清明安康 祝你假期进程零报错 内存全释放 好好歇歇",
   "歇不了 在机房守着上线 三天都回不去", "busy", "none", CAS,
   "辛苦，等你回来请你喝奶茶。")
it(Z, "清明", BIZ, "领导", "领导", "刘处", "刘处 清明假期愉快 祝您出行顺利",
   "嗯 假期手机保持畅通 有事找你", "cold", "request", RESP,
   "好的刘处，手机一直开着，随时等您吩咐。")
it(Z, "清明", CASUAL, "男朋友", "恋人", "阿哲", "清明三天假你要回老家吗 我一个人好无聊",
   "回 给我外婆扫墓 你要不要一起去 我妈念叨要见你好久了", "happy", "invitation", INTI,
   "要！我去买点水果，这次正式见阿姨，有点紧张。")
it(Z, "清明", BIZ, "客户", "客户", "赵总", "赵总 清明假期安康 出行注意安全",
   "同安 你们的合同我签了 放前台了", "cold", "none", FORM,
   "好的赵总，我下午就安排同事去前台取回。", forbid=NO_OVERTIME)
it(E, "清明", BIZ, "boss", "领导", "Mr. Howard", "Mr. Howard, a quiet and restful Qingming to you and your family.",
   "Thank you, Lin. Are you driving back to Hangzhou for it?", "happy", "yes_no", RESP,
   "Yes, I'm leaving early Friday and will be back in the office on Tuesday.",
   thread=["R:Thank you. Quiet one for us, just the grandparents' graves.", "S:That sounds peaceful, sir."])
it(Z, "清明", CASUAL, "儿子", "家人", "儿子", "儿子 清明跟你爸去给太爷爷磕个头 别光玩手机",
   "知道了妈 太爷爷坟前那棵松树长好高了 拍给你看📷", "happy", "none", INTI,
   "拍得真好，替妈给太爷爷多鞠一躬。")
# ---------------------------------------------------------------- 端午
it(Z, "端午", TRAD, "外婆", "家人", "外婆", "外婆端午安康！今年的粽子我来包 您负责指挥",
   "你包的粽子上次全散了 还是我来吧 你给我剥粽叶", "teasing", "request", RESP,
   "好的外婆，粽叶我全包了，您说剥几片就剥几片。", pick=True)
it(Z, "端午", CASUAL, "发小", "朋友", "二胖", "端午快乐 今年龙舟赛你们村还划不划",
   "划啊 我今年是鼓手 周日上午开赛 你过来给我加油不", "happy", "invitation", CAS,
   "一定到，周日我带两瓶水去岸边给你喊加油。",
   thread=["R:划！比去年还热闹", "S:那你上不上船"])
it(Z, "端午", CASUAL, "婆婆", "家人", "妈", "妈 端午安康 寄了一箱咸鸭蛋 这两天应该能到",
   "到了 一箱三十个 我跟你爸吃到中秋也吃不完 钱多烧的", "worried", "none", RESP,
   "吃不完就分给邻居，不贵的，您别心疼钱。")
it(Z, "端午", CASUAL, "同事", "同事", "小蒋", "端午安康 粽子甜的咸的你站哪边",
   "咸的 蛋黄肉粽天下第一 甜粽子是异端😤", "teasing", "none", CAS,
   "行，明天我带两个蛋黄肉粽给你，甜的我自己吃。")
it(E, "端午", CASUAL, "boyfriend", "恋人", "Chris", "Zongzi from my mom are in the fridge for you 💚 happy dragon boat day",
   "she's the best. is it the pork ones or the red bean?", "happy", "choice", INTI,
   "Pork ones, the red bean ones are all mine.", must=["pork", "red bean"])
it(Z, "端午", BIZ, "领导", "领导", "周总", "周总 端午安康 祝您假期愉快",
   "同乐 你假期回老家吗", "happy", "yes_no", RESP,
   "不回了周总，留在上海陪孩子去看龙舟赛。")
it(Z, "端午", BIZ, "客户", "客户", "孙总", "孙总端午安康 公司给您寄了一份端午礼盒 请笑纳",
   "太客气了 礼盒收到 下季度的订单可以谈 你哪天方便过来", "happy", "when", FORM,
   "下周三下午过去拜访您，资料我提前备好。", forbid=NO_OVERTIME,
   thread=["R:礼盒是你们自己厂做的吗", "S:是的孙总 今年新出的"])
it(Z, "端午", CASUAL, "父亲", "家人", "爸", "爸 端午安康 艾草挂门上了吗",
   "挂了 还插了菖蒲 你那边买着粽子了吗", "happy", "yes_no", INTI,
   "买着了，超市的碱水粽，没家里的香。")
it(Z, "端午", CASUAL, "主治医生", "其他", "王大夫", "王大夫 端午安康 谢谢您上个月给我爸做的手术 他恢复得很好",
   "端午安康 老爷子记得月底回来复查 别吃太油的粽子", "happy", "request", RESP,
   "好的王大夫，月底二十八号带他来复查，粽子只让他吃素的。")
it(E, "端午", CASUAL, "friend", "朋友", "Nina", "Happy Duanwu! you racing the dragon boat this year or just eating?",
   "neither lol, pulling a double shift at the hospital, eat a zongzi for me", "busy", "request", CAS,
   "Will do, I'll save you two for when you're off.")
it(Z, "端午", CASUAL, "妹妹", "家人", "老妹", "端午安康 老妹 粽子给你寄了肉的 别说我偏心",
   "🫔🫔🥰", "happy", "none", CAS,
   "吃完了说一声，姐再给你寄一箱。")
# ---------------------------------------------------------------- 中秋
it(Z, "中秋", TRAD, "母亲", "家人", "妈", "妈 中秋快乐 月饼收到没 我买的流心奶黄",
   "收到了 就是太甜了 你爸一口气吃仨 血糖又该高了 你什么时候回来看看", "worried", "when", INTI,
   "国庆第二天就回，到时候我盯着他少吃甜的。",
   thread=["R:收到了 你又买这么贵的", "S:不贵 一年就一回"])
it(Z, "中秋", CASUAL, "老公", "恋人", "老公", "老公 中秋快乐 今晚月亮好圆 你在工地能看到吗",
   "看得到 就是身边全是钢筋 想你和闺女 视频吧", "touched", "request", INTI,
   "好，等闺女洗完澡就给你打视频。")
it(Z, "中秋", CASUAL, "朋友", "朋友", "老孟", "中秋快乐！今晚出来赏月不",
   "出！江边还是楼顶天台 你选", "happy", "choice", CAS,
   "楼顶天台吧，人少还能烤点串。", must=["江边", "天台"],
   thread=["R:中秋快乐 在家憋一天了", "S:那正好出来透透气"])
it(Z, "中秋", CASUAL, "公公", "家人", "爸", "爸 中秋快乐 今年我和建国在国外回不去 给您二老订了个蛋糕",
   "有心了 蛋糕到了 月亮在哪儿看都一样圆 你们在外头照顾好自己", "touched", "none", RESP,
   "会的爸，等明年夏天回去陪您二老好好住一阵。")
it(E, "中秋", CASUAL, "colleague", "同事", "Tom", "Happy Mid-Autumn, Tom! there's a mooncake tin hiding under your keyboard",
   "you legend. which one is the salted egg yolk one, they all look the same 😅", "happy", "what", CAS,
   "The one with the gold wrapper has the yolk, the red ones are lotus paste.")
it(Z, "中秋", CASUAL, "高中老师", "老师", "陈老师", "陈老师中秋快乐 毕业五年了还记得您讲的那首水调歌头",
   "记得记得 你是那个坐第一排的小胖吧 现在在哪高就", "happy", "where", RESP,
   "是我，陈老师，现在在杭州一家医院当医生。", pick=True)
it(Z, "中秋", CASUAL, "女朋友", "恋人", "小鹿", "中秋快乐 不管隔多远 我们看的是同一个月亮🌕",
   "今年第三个中秋没在一起了 看月亮看得我更想哭", "sad", "none", INTI,
   "再撑半年，我们就在一个城市过节了，抱抱你。", forbid=["明年一定"])
it(Z, "中秋", BIZ, "领导", "领导", "高总", "高总中秋快乐 祝您阖家团圆",
   "在机场 回头聊", "busy", "none", RESP,
   "好的高总，一路顺利。")
it(Z, "中秋", CASUAL, "大学同学", "朋友", "阿伟", "中秋快乐老同学 最近还在深圳混吗",
   "在呢在呢刚换了工作天天忙到十点中秋都在公司过的你还在读博吗", "busy", "yes_no", CAS,
   "是，还在读，明年夏天毕业，到时候去深圳找你吃饭。")
it(E, "中秋", CASUAL, "mother", "家人", "Mom", "Happy Mid-Autumn Mom 🥮 miss your lotus mooncakes so much",
   "aww I mailed you a tin last week!! has it arrived yet?", "happy", "yes_no", INTI,
   "Yes, it came yesterday and I already ate two.",
   thread=["R:oh baby, do you have enough to eat there?", "S:yes mom, mostly noodles but still"])
it(Z, "中秋", BIZ, "客户", "客户", "何总", "何总 中秋快乐 月饼礼盒已寄出 请查收",
   "收到 谢谢 费心", "cold", "none", FORM,
   "不客气，何总，祝您中秋团圆。", forbid=NO_OVERTIME)
it(Z, "中秋", TRAD, "爷爷", "家人", "爷爷", "爷爷中秋快乐 今年院子里的柚子结得多不多",
   "多 压弯了枝 给你留了最大的几个 啥时候回来摘", "happy", "when", RESP,
   "国庆假期一放就回，爷爷先帮我看着。")
it(Z, "中秋", TRAD, "外公", "家人", "外公", "外公中秋快乐 月饼给您寄的是低糖的",
   "好 外公吃着放心 你在那边一个人 过得咋样", "happy", "how_are_you", RESP,
   "过得挺好，外公，室友们晚上一起赏月了。")
# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "朋友", "朋友", "小胡", "国庆快乐！七天长假有啥安排",
   "想去自驾 还没定去哪 你推荐个地方", "happy", "where", CAS,
   "去千岛湖吧，开车三个小时，湖边民宿很舒服。",
   thread=["R:国庆快乐 终于放假了", "S:可不 憋了一个季度"])
it(Z, "国庆", CASUAL, "父亲", "家人", "爸", "爸 国庆快乐 今天阅兵看了没",
   "看了 帮我把那个回放链接发过来 我想再看一遍", "happy", "request", INTI,
   "好，链接马上发你微信，点开就能看。")
it(Z, "国庆", CASUAL, "同事", "同事", "小宋", "国庆快乐 假期愉快呀",
   "嗯呐", "cold", "none", CAS,
   "好好休息，节后见。")
it(Z, "国庆", CASUAL, "岳母", "家人", "妈", "妈 国庆我们带孩子回去住几天 您别忙活 随便吃点就行",
   "那哪行 你们几号到 我好提前买菜", "happy", "when", RESP,
   "二号中午到，妈，您千万别买太多菜。",
   thread=["R:真的回来啊 孩子想外婆了没", "S:天天念叨 说要吃外婆做的鱼"])
it(E, "国庆", CASUAL, "friend", "朋友", "Ollie", "Happy Golden Week! finally free from your boss for 7 days",
   "lol my boss is literally on the same beach as me rn. worst holiday ever", "teasing", "none", CAS,
   "No way, hide behind the umbrellas and enjoy the break.")
it(Z, "国庆", BIZ, "领导", "领导", "钱总", "钱总 国庆快乐 祝您假期愉快",
   "国庆快乐 三号我在家里办个烧烤 部门的人都来 你也来吧", "happy", "invitation", RESP,
   "好的钱总，三号一定到，我带两箱饮料过去。")
it(Z, "国庆", CASUAL, "男朋友", "恋人", "阿杰", "国庆又要值班 对不起 说好的旅行又泡汤了",
   "行吧 习惯了", "cold", "none", INTI,
   "这次是我不对，我请两天假，我们就去近一点的海边。", forbid=["下次"],
   thread=["R:你说真的？", "S:排班表刚出来 我也没想到"])
it(Z, "国庆", CASUAL, "外婆", "家人", "外婆", "外婆国庆快乐 我这个长假不回去了 在学校复习考研",
   "复习归复习 饭要按时吃 天凉了被子够不够厚", "worried", "yes_no", RESP,
   "够厚，外婆，我上周刚换了厚被子，饭也按时吃。")
it(Z, "国庆", CASUAL, "表哥", "家人", "表哥", "表哥国庆快乐 听说你要结婚了？",
   "消息挺快啊 定在十月六号 你可得来当伴郎", "happy", "request", CAS,
   "没问题，十月六号我提前一天过去帮忙。")
it(E, "国庆", BIZ, "client", "客户", "Mr. Lee", "Dear Mr. Lee, wishing you a pleasant National Day holiday.",
   "Thank you. Could you confirm the shipment date before the break?", "cold", "request", FORM,
   "Of course, Mr. Lee. I'll confirm it today: the shipment leaves our warehouse on October 8.",
   forbid=["overtime"])
it(Z, "国庆", CASUAL, "班主任", "老师", "刘老师", "刘老师国庆快乐 孩子这周作业都写完了 您也好好休息",
   "好的 家长辛苦了 孩子数学要多练 国庆每天一页口算 别落下", "happy", "request", RESP,
   "好的刘老师，口算本已经买好，每天晚饭后陪他做一页。")
it(Z, "国庆", CASUAL, "姐姐", "家人", "姐", "姐国庆快乐 今年带外甥去哪玩了",
   "哪也没去 天天陪写作业 🤯🤯🤯 你别问了", "busy", "none", CAS,
   "辛苦了姐，过两天我来接他出去玩一天。")
it(Z, "国庆", CASUAL, "朋友", "朋友", "大鹏", "国庆快乐 节后聚一下？",
   "聚 周五还是周六 我周日要走", "happy", "choice", CAS,
   "周六吧，周五我要值班到很晚。", must=["周五", "周六"])
it(Z, "国庆", CASUAL, "同事", "同事", "老罗", "国庆快乐 调去分部快一个月了 习惯不",
   "习惯了 倒是你 听说你接了老李的摊子 还累不", "happy", "how_are_you", CAS,
   "好多了，交接完就顺了，就是每天通勤远点。")
# ---------------------------------------------------------------- 元旦
it(Z, "元旦", CASUAL, "朋友", "朋友", "阿良", "元旦快乐！新的一年继续做饭搭子",
   "跨年夜来我家涮羊肉 来不来 就差你了", "happy", "invitation", CAS,
   "来！我带一箱啤酒和一盒肥牛。")
it(Z, "元旦", TECH, "领导", "领导", "李总", "李总元旦快乐！祝新的一年模型收敛 KPI 超预期",
   "哈哈 你这个祝福有意思 新年第一周的复盘会你准备好了没", "happy", "yes_no", RESP,
   "准备好了，李总，材料周五前发给您过目。")
it(Z, "元旦", CASUAL, "母亲", "家人", "妈", "妈 元旦快乐 我跨年要跟同事去看烟花 不回家吃饭了",
   "外面人多 能不能早点回来 十二点一过就回 行不", "worried", "request", INTI,
   "好，十二点一过我就打车回来，到家给您发消息。",
   thread=["R:跟谁去啊 几个人", "S:部门四五个 都是女生"])
it(Z, "元旦", CASUAL, "侄子", "家人", "小宇", "小宇元旦快乐 新的一年要听话哦",
   "叔叔新年快乐 元旦放假我能不能去你家打一天游戏 就一天", "happy", "yes_no", CAS,
   "能，不过作业写完再来，叔叔给你准备零食。")
it(E, "元旦", CASUAL, "friend", "朋友", "Mia", "Happy New Year Mia!! 2027 is going to be OUR year",
   "🥂🎆✨", "happy", "none", CAS,
   "Cheers to that, brunch on Sunday to plan world domination.")
it(E, "元旦", CASUAL, "sister", "家人", "Jess", "happy new year sis! hope 2027 is kinder to you",
   "me too. mom's scan is on the 3rd, can you come with us?", "worried", "request", CAS,
   "Of course, I'll take the day off and drive you both.",
   thread=["R:thanks. this year was a lot", "S:I know. how's mom doing?"])
it(Z, "元旦", CASUAL, "同事", "同事", "阿敏", "元旦快乐 新年flag立了没",
   "立了 今年减肥成功 跟前年一模一样的flag😂", "teasing", "none", CAS,
   "我帮你监督，下午茶我不带你那份了。")
it(Z, "元旦", BIZ, "客户", "客户", "吴总", "吴总元旦快乐 新的一年合作愉快",
   "同祝 明年的框架协议 你们什么时候能出初稿", "cold", "when", FORM,
   "一月十号前把初稿发给吴总审阅。", forbid=NO_OVERTIME)
it(Z, "元旦", CASUAL, "女朋友", "恋人", "亲爱的", "亲爱的元旦快乐 跨年想去哪儿",
   "你猜 我已经订好了😏", "happy", "where", INTI,
   "上海外滩吧，你上次说想在江边听倒计时的钟声。",
   thread=["R:元旦快乐 今年要跨年", "S:那必须 听你安排"])
it(Z, "元旦", CASUAL, "医生", "其他", "张医生", "张医生元旦快乐 我妈这半年血压稳多了 全靠您",
   "新年好 药别自己停 一月中旬带她来开药", "happy", "request", RESP,
   "好的张医生，药一直按时吃，一月十五号带她来开药。")
it(Z, "元旦", CASUAL, "男朋友", "恋人", "小何", "新年第一条消息发给你 以后每年都是",
   "呜呜呜 你犯规 我截图存起来了", "touched", "none", INTI,
   "存好了就跑不掉了，明年还是第一条。")
it(Z, "元旦", CASUAL, "房东", "其他", "周阿姨", "周阿姨元旦快乐 祝您新年身体健康",
   "新年好 下个月房租记得按时交啊 热水器坏了跟我说", "cold", "request", RESP,
   "好的周阿姨，房租月初准时转给您，热水器目前都好。")
it(E, "元旦", CASUAL, "friend", "朋友", "Ben", "Happy New Year Ben! how did the move to Denver go?",
   "done and dusted, finally! how's life with the new puppy?", "happy", "how_are_you", CAS,
   "Chaotic but great, she's doing well and chewing everything.")
# ---------------------------------------------------------------- 冬至
it(Z, "冬至", TRAD, "母亲", "家人", "妈", "妈 冬至快乐 今天家里吃饺子还是汤圆",
   "饺子 羊肉胡萝卜馅的 你在那边吃了没 没吃就去楼下馆子吃一碗", "happy", "yes_no", INTI,
   "吃了，公司食堂中午就发了饺子，还挺好吃。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "小满", "冬至快乐 今天不吃饺子要冻耳朵的",
   "所以晚上来我家包饺子吧 我和面你擀皮", "happy", "invitation", CAS,
   "好嘞，下班就过去，我带一瓶醋。")
it(Z, "冬至", CASUAL, "外公", "家人", "外公", "外公冬至快乐 天冷了您少出门",
   "你外婆走了以后 冬至都没人包饺子了 我自己煮了袋速冻的", "sad", "none", RESP,
   "外公，周末我去陪您，咱爷俩一起包一顿。")
it(E, "冬至", CASUAL, "colleague", "同事", "Grace", "Happy Dongzhi! dumplings in the break room at 12",
   "save me a plate, back-to-back calls till 2 😩", "busy", "request", CAS,
   "Sure, I'll put a plate in the fridge with your name on it.")
it(Z, "冬至", BIZ, "领导", "领导", "赵总", "赵总冬至快乐 记得吃饺子",
   "在出差 吃不上了", "busy", "none", RESP,
   "赵总出差辛苦，回来请您吃顿好的。")
it(Z, "冬至", CASUAL, "老婆", "恋人", "老婆", "老婆冬至快乐 今晚我下厨 羊肉汤管够",
   "你上次炖的羊肉汤把锅烧穿了 还敢下厨🙄", "teasing", "none", INTI,
   "这回我买了新砂锅，全程守着，保证不糊。", pick=True)
it(Z, "冬至", TRAD, "姑姑", "家人", "姑姑", "姑姑冬至快乐 上次您腌的腊肉太香了",
   "喜欢就好 今年又腌了二十斤 给你寄点还是你自己来拿", "happy", "choice", RESP,
   "我周六自己来拿，顺便看看姑姑。", must=["寄", "来拿"])
it(Z, "冬至", CASUAL, "同事", "同事", "小潘", "冬至快乐 你们北方都吃饺子 我们这边吃汤圆",
   "对 那你们南方汤圆一般包啥馅", "happy", "what", CAS,
   "我们那边多是黑芝麻馅，也有咸的鲜肉汤圆。")
it(Z, "冬至", CASUAL, "辅导员", "老师", "王老师", "王老师冬至快乐 注意保暖",
   "嗯 你也是", "cold", "none", RESP,
   "王老师下周见，期末复习我会抓紧的。")
it(E, "冬至", CASUAL, "grandfather", "家人", "Grandpa", "Grandpa, it's Dongzhi today, so bundle up tonight and keep warm",
   "Ha, your grandma's got the tangyuan going. When are you coming by to eat some?", "happy", "when", RESP,
   "Saturday after lunch, Grandpa. Save me a bowl.")
it(Z, "冬至", CASUAL, "弟弟", "家人", "小涛", "冬至快乐 吃饺子没 别光吃外卖",
   "吃了 食堂的 皮比馅厚 你是不是又要说教了", "teasing", "yes_no", CAS,
   "是，再说一句：多穿点，别感冒。")
it(Z, "冬至", CASUAL, "婆婆", "家人", "妈", "妈 冬至快乐 今年不能回去吃您包的饺子了",
   "没事 工作要紧 你们俩在那边身体还好吧 天冷", "worried", "how_are_you", RESP,
   "都挺好，妈，暖气很足，您和家里人也多穿点。",
   thread=["R:冬至快乐 今年包了三鲜的", "S:真馋 可惜回不去"])
# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小雨", "七夕快乐 今晚订了你最爱的那家日料",
   "真的嘛！几点 我要去化个妆😍", "happy", "when", INTI,
   "七点半，还有两个小时，慢慢化。",
   thread=["R:七夕快乐 今天你好安静", "S:在憋大招"])
it(Z, "七夕", CASUAL, "朋友", "朋友", "老万", "七夕快乐 单身狗也要快乐",
   "你也单着 好意思说我🐶", "teasing", "none", CAS,
   "那今晚两只单身狗一起去撸串？")
it(Z, "七夕", CASUAL, "老公", "恋人", "老公", "七夕快乐 我在出差 礼物回去补",
   "去年也是这么说的", "cold", "none", INTI,
   "这次真的订好了，周六回去就带你去吃那家泰餐。", forbid=["下次", "明年一定"],
   thread=["R:哦", "S:别生气嘛 真是临时通知"])
it(E, "七夕", CASUAL, "boyfriend", "恋人", "Dan", "Happy Qixi! My nan says today is for lovers, so... roses are coming 🌹",
   "roses?? you know I'm allergic, right?", "teasing", "yes_no", INTI,
   "Yes, that's why they're chocolate roses.", pick=True)
it(Z, "七夕", TECH, "同事", "同事", "阿强", "七夕快乐 愿你今晚的约会对象不是编译器",
   "对象就是电脑 今晚陪它到十二点", "busy", "none", CAS,
   "辛苦，我给你点杯奶茶续命。")
it(Z, "七夕", CASUAL, "妹妹", "家人", "小妹", "七夕快乐 小妹 和男朋友去哪约会了",
   "分了 别问了 😶", "sad", "none", CAS,
   "好，不问了，姐周末请你吃火锅。", forbid=["七夕快乐"],
   thread=["R:…", "S:怎么了 不开心啊"])
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝贝", "七夕快乐宝贝 晚上想看电影还是去逛夜市",
   "电影吧 不对 夜市 算了你定😂", "happy", "choice", INTI,
   "先逛夜市，吃饱了再看九点那场电影。", must=["电影", "夜市"])
it(E, "七夕", CASUAL, "friend", "朋友", "Nora", "Happy Qixi Nora, any big date plans with Ben?",
   "he's on call at the hospital all night. date = reheated noodles 🍜😭", "teasing", "none", CAS,
   "Come over then, I'll make proper noodles and we can watch a movie.")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿凯", "七夕快乐 明天的电影票我买好了",
   "哪场 是不是那个科幻片 我上次说想看的那个", "happy", "yes_no", INTI,
   "是，就是你说的那部，晚上八点那场。")
it(Z, "七夕", CASUAL, "大学同学", "朋友", "阿楠", "七夕快乐 今天街上全是情侣 眼睛都被闪瞎了",
   "你在哪条街 我也在外面 说不定能碰到", "happy", "where", CAS,
   "我在南京路步行街这边，你过来我请你喝奶茶。")
it(Z, "七夕", TRAD, "岳母", "家人", "妈", "妈 七夕快乐 您和爸结婚四十年了 我们给您订了个纪念照套餐",
   "你们这些孩子 老了老了还拍什么照 不过心里真高兴", "touched", "none", RESP,
   "您和爸穿上礼服肯定特别精神，影楼周日上午等您二老。")
# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小葵", "情人节快乐 花已经在路上了🌹",
   "我在公司 别送到公司 太招摇了 送家里", "happy", "request", INTI,
   "好，我马上给花店打电话改地址。",
   thread=["R:什么花 多大一束", "S:你收到就知道了"])
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿宁", "情人节快乐啊 和小林怎么过",
   "上周分手了 今天别提这个节", "sad", "none", CAS,
   "对不起，不知道这事。晚上出来吃饭吗，我请。", forbid=["情人节快乐"])
it(E, "情人节", CASUAL, "wife", "恋人", "Anna", "Valentine's hugs to my favourite person 💕",
   "flowers are nice but the dishes are still in the sink 😏 do them please", "teasing", "request", INTI,
   "On it, dishes first, then dinner is on me.")
it(Z, "情人节", CASUAL, "同事", "同事", "小米", "情人节快乐 今天办公室巧克力你拿了没",
   "拿了三块 我吃一块 剩下两块给你 行不行", "happy", "yes_no", CAS,
   "行，正好低血糖，给我留块黑巧就够。")
it(Z, "情人节", CASUAL, "老公", "恋人", "老公", "情人节快乐老公 晚上吃饭的地方我订好了",
   "哪家 我下班直接过去", "happy", "where", INTI,
   "公司对面那家西餐厅，七点靠窗的位子。",
   thread=["R:情人节快乐老婆", "S:今晚你只负责带胃"])
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿远", "情人节快乐 这次又只能视频了",
   "你那边零下二十度 出门多穿 冻感冒了谁心疼", "worried", "none", INTI,
   "穿了两条秋裤，放心，一点都不冷。")
it(E, "情人节", CASUAL, "friend", "朋友", "Zoe", "happy valentine's Zoe 💘 single and thriving",
   "thriving AND hungry. pizza night at my place?", "happy", "invitation", CAS,
   "Count me in, I'll bring the wine.")
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆", "老婆情人节快乐 今年礼物你肯定猜不到",
   "你每年不是口红就是香水还能猜不到吗我赌五毛钱是口红", "teasing", "none", INTI,
   "这回你输了五毛，是你念叨半年的那台咖啡机。")
it(Z, "情人节", TECH, "客户", "客户", "林总", "林总 情人节快乐 祝您的爱情和业务一样 高可用 零宕机",
   "😅 收到 那个接口的问题今天能修好吗", "cold", "yes_no", FORM,
   "能，今天下午五点前修复上线，修好第一时间通知林总。", forbid=NO_OVERTIME)
it(Z, "情人节", CASUAL, "闺蜜", "朋友", "小乔", "情人节快乐 姐妹 今天我们俩过",
   "💃💃🍻 冲！哪家酒吧", "happy", "where", CAS,
   "去我们公司楼下那家，八点见。")
it(E, "情人节", CASUAL, "mother", "家人", "Mom", "Happy Valentine's, Mom - you were my very first valentine",
   "oh sweetheart you made me cry at the bus stop 😭❤️", "touched", "none", INTI,
   "Love you, Mom. Calling you tonight after work.")
# ---------------------------------------------------------------- 教师节
it(Z, "教师节", CASUAL, "小学老师", "老师", "吴老师", "吴老师教师节快乐！当年您逼我背的古诗 现在全用来哄女儿睡觉了",
   "哈哈哈 你女儿多大了 有空带来学校让我看看", "happy", "invitation", RESP,
   "三岁了，吴老师，下周末就带她回学校看您。", pick=True)
it(Z, "教师节", TRAD, "初中老师", "老师", "张老师", "张老师 教师节快乐 祝您桃李满天下",
   "谢谢你 还记得我 工作以后一切还顺吗", "touched", "how_are_you", RESP,
   "挺好的张老师，去年升了组长，常想起您当年的教导。")
it(Z, "教师节", TECH, "导师", "老师", "刘老师", "刘老师 教师节快乐 祝您的论文引用指数级增长📈",
   "阅。", "cold", "none", RESP,
   "刘老师辛苦，周四组会我把实验结果汇报给您。")
it(E, "教师节", CASUAL, "teacher", "老师", "Ms. Patel", "Ms. Patel, it's Teachers' Day here and I thought of you first. Your essay tricks still save me at work.",
   "That made my week! Are you still writing in your spare time?", "touched", "yes_no", RESP,
   "Yes, a little every weekend, mostly short stories.",
   thread=["R:Who is this? :)", "S:It's Lucy Chen, class of 2015, back row by the window."])
it(Z, "教师节", CASUAL, "舞蹈老师", "老师", "周老师", "周老师教师节快乐 孩子最近在家天天练舞",
   "谢谢 下周汇报演出 给孩子准备一双白色舞鞋 别忘了", "happy", "request", RESP,
   "好的周老师，舞鞋这周末就去买。")
it(Z, "教师节", CASUAL, "高中班主任", "老师", "李老师", "李老师教师节快乐 听说您上个月住院了 现在好些了吗",
   "好多了 就是嗓子还不能多讲 你们别惦记 好好工作", "sad", "none", RESP,
   "李老师多保重，等您嗓子好了，我们几个去家里看您。")
it(Z, "教师节", CASUAL, "朋友", "朋友", "阿珍", "教师节快乐 人民教师辛苦了",
   "批了一晚上作业 眼都花了 👓😵", "busy", "none", CAS,
   "周末请你做个眼保健操，外加一顿烤肉。")
it(Z, "教师节", TRAD, "高中老师", "老师", "赵老师", "赵老师教师节快乐 今年又带高三了吧",
   "是啊 第八届了 你现在研究什么方向", "happy", "what", RESP,
   "我现在做材料方向，主要研究电池的隔膜。")
it(Z, "教师节", CASUAL, "大学老师", "老师", "孙老师", "孙老师教师节快乐 我们几个同学想回学校看您",
   "欢迎欢迎 你们打算哪天来 我提前跟门卫说一声", "happy", "when", RESP,
   "定在周六上午十点，孙老师，我们在校门口等您。",
   thread=["R:是你们班那几个调皮的吧", "S:就是我们 现在都成熟了"])
it(E, "教师节", CASUAL, "friend", "朋友", "Kai", "happy teachers' day to my lab partner turned actual teacher 🍎",
   "🍎📚🥲", "touched", "none", CAS,
   "You earned every apple this year, Kai.")
it(Z, "教师节", CASUAL, "大学老师", "老师", "陈老师", "陈老师 教师节快乐 下学期的选修课还是您带吗",
   "还是我 你有没有兴趣来给学弟学妹讲讲实习的事", "happy", "invitation", RESP,
   "很乐意，陈老师定时间，我随时到。")
# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈", "妈 母亲节快乐 康乃馨下午送到 记得签收",
   "花那钱干嘛 又不当吃 你最近有没有好好吃饭", "worried", "yes_no", INTI,
   "有，天天吃食堂，三菜一汤，顿顿不落。")
it(Z, "母亲节", CASUAL, "婆婆", "家人", "妈", "妈 母亲节快乐 给您买了按摩仪 颈椎不舒服就用用",
   "好孩子 你比我儿子还贴心 他到现在一个电话都没打", "touched", "none", RESP,
   "他在开会，晚上肯定给您打，按摩仪每次用十五分钟就好。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom", "Mom, happy Mother's Day!! I'm treating you to brunch on Sunday",
   "ooh where are we going? not that noisy place again 🙉", "happy", "where", INTI,
   "The little garden cafe on Oak Street, it's quiet, I promise.",
   thread=["R:you don't have to spend money on me", "S:too late, it's booked"])
it(Z, "母亲节", TRAD, "外婆", "家人", "外婆", "外婆母亲节快乐 您是我妈的妈妈 也要过节",
   "哈哈 外婆活了八十岁 头一回有人祝我过这个节 心里美", "touched", "none", RESP,
   "以后每年都祝您，外婆，健健康康的。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈", "妈 母亲节快乐 化疗那几天我请假回去陪您",
   "不用请假 妈能扛住 倒是你说回来 到底哪天回", "sad", "when", INTI,
   "下周二就回，假已经批了，这次陪您一整个疗程。",
   thread=["R:医生说第二次会比第一次难受", "S:那我更得回去"])
it(Z, "母亲节", CASUAL, "岳母", "家人", "妈", "妈 母亲节快乐 我和小丽周日回来给您做饭",
   "好呀 顺便给我带点你们那边的酸奶 上回那个好喝", "happy", "request", RESP,
   "好嘞妈，酸奶带两箱回来，周日中午给您做红烧鱼。")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "孩子他妈", "孩子他妈 母亲节快乐 今天家务我全包",
   "这话你去年说过 最后碗还是我洗的🙄", "teasing", "none", INTI,
   "今年碗筷全归我，洗完拍照给你验收。")
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Linda", "Linda, happy Mother's Day from both of us. Thank you for raising the man I married.",
   "Oh honey. Will you two still make it to lunch next Sunday?", "touched", "yes_no", RESP,
   "Yes, we'll be there by noon with dessert.")
it(Z, "母亲节", CASUAL, "同事", "同事", "晓燕", "母亲节快乐 宝妈同事辛苦啦",
   "谢谢 娃发烧了 今天请假在医院 😷😷", "sad", "none", CAS,
   "快去照顾孩子，工作上的事我帮你盯着。")
it(Z, "母亲节", CASUAL, "邻居阿姨", "其他", "刘阿姨", "刘阿姨母亲节快乐 您家菜园的小葱长得真好",
   "喜欢就摘 对了 麻烦你明天帮我收个快递 我去医院拿药", "happy", "request", RESP,
   "没问题刘阿姨，快递我收好给您送上楼。")
it(Z, "母亲节", CASUAL, "母亲", "家人", "老妈", "老妈母亲节快乐 红包发您微信了",
   "红包我退回去了你刚换工作用钱的地方多妈不缺钱你自己留着买点好吃的", "worried", "none", INTI,
   "那我换个方式，周末带您去做个全身体检。")
it(Z, "母亲节", BIZ, "客户", "客户", "周姐", "周姐 母亲节快乐 祝您永远年轻",
   "谢谢小王 下周你们新品发布会在哪儿开", "happy", "where", FORM,
   "在国际会展中心三号馆，周姐到时候我在门口接您。")
# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸", "爸 父亲节快乐 少抽点烟",
   "嗯呢", "cold", "none", INTI,
   "周末回去陪您喝两杯茶。")
it(Z, "父亲节", CASUAL, "岳父", "家人", "爸", "爸 父亲节快乐 给您买了副新象棋",
   "好 周末来家里杀两盘 输了你洗碗", "happy", "invitation", RESP,
   "好的爸，周六下午一定到，碗我先包了。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad", "Happy Father's Day Dad! hope the knee's behaving",
   "knee's fine, thanks. how's the new job going, kid? they treating you right?", "happy", "how_are_you", INTI,
   "Pretty good, I'm settling in and the team is great.",
   thread=["R:thanks son. your mother made me a cake shaped like a fish", "S:ha, she knows you too well"])
it(Z, "父亲节", CASUAL, "公公", "家人", "爸", "爸 父亲节快乐 给您订了个蛋糕 下午到",
   "蛋糕收了 这上面写的啥字 我眼花看不清", "happy", "what", RESP,
   "写的是老爸辛苦了，那句话是我挑的。")
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷", "爷爷父亲节快乐 您是爸爸的爸爸 今天也是您的节",
   "🤣👍👍", "happy", "none", RESP,
   "爷爷开心就好，周末回去陪您遛弯。")
it(Z, "父亲节", CASUAL, "朋友", "朋友", "老黄", "父亲节快乐 新手奶爸第一年",
   "快乐个啥 昨晚换了六次尿布 你等着 后年就轮到你", "teasing", "none", CAS,
   "先给你寄两罐咖啡，撑住。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公", "老公父亲节快乐 女儿给你画了张画",
   "我在开会 偷偷问一句 她把我画成啥样了", "busy", "what", INTI,
   "画得比门还高，头上还戴了一顶小皇冠。")
it(E, "父亲节", CASUAL, "father-in-law", "家人", "Frank", "Frank, the grill's ready whenever you are. Happy Father's Day.",
   "Ha! Bring the burgers, I'll bring the opinions. Is Sunday at 4 okay?", "happy", "yes_no", RESP,
   "Yes, Sunday at four works, and I'll bring extra burgers.",
   thread=["R:Thanks kiddo. You still owe me a rematch at horseshoes.", "S:I've been practising, be afraid."])
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸", "爸父亲节快乐 您腰还疼不疼",
   "好多了 你一个人在外地 工作顺当不", "happy", "how_are_you", INTI,
   "挺好的，工作顺利，同事都好相处，您别惦记。")
it(Z, "父亲节", BIZ, "领导", "领导", "陈总", "陈总父亲节快乐 祝您和家人周末愉快",
   "周末你值班 记得看一下服务器告警", "cold", "request", RESP,
   "好的陈总，周末我每两小时看一次告警。")
it(Z, "父亲节", CASUAL, "儿子", "家人", "儿子", "儿子 父亲节快乐 当爹第一年辛苦了",
   "爸 你也快乐 孙子刚睡着 跟你说 他今天叫爸爸了", "touched", "none", INTI,
   "太好了，周末我们过去听他叫一声爷爷。")
# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Ava", "Ava, happy Thanksgiving, so thankful for you and all your awful puns",
   "i'm thank-ful you put up with them 🦃 you coming to friendsgiving friday?", "happy", "yes_no", CAS,
   "Yes, I'll be there with two pies.")
it(E, "感恩节", BIZ, "boss", "领导", "Karen", "Karen, happy Thanksgiving. I'm grateful for your support this year.",
   "Thank you. I heard your flight got cancelled, did you get home alright?", "worried", "yes_no", RESP,
   "Yes, I got a morning flight and made it home by noon.",
   thread=["R:Thank you, that means a lot.", "S:Enjoy the long weekend, Karen."])
it(E, "感恩节", BIZ, "client", "客户", "Mr. Brooks", "Mr. Brooks, happy Thanksgiving. We appreciate your trust in us this year.",
   "Likewise. Don't forget the revised invoice, finance closes the books Friday.", "cold", "request", FORM,
   "Of course, Mr. Brooks. The revised invoice will reach you by Thursday.", forbid=["overtime"])
it(Z, "感恩节", CASUAL, "同事", "同事", "阿斌", "感恩节快乐 感谢这一年你帮我背了那么多锅",
   "知道就好 请我吃顿火鸡不过分吧", "teasing", "request", CAS,
   "不过分，周五中午请你吃西餐，火鸡管够。")
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈", "妈 感恩节快乐 谢谢您这么多年的付出",
   "洋节我不懂 你说谢谢妈就受着了 钱够不够花", "touched", "yes_no", INTI,
   "够花，这个月还攒下两千。")
it(E, "感恩节", CASUAL, "landlord", "其他", "Mr. Alvarez", "Mr. Alvarez, happy Thanksgiving, and thank you for the quick heater repair.",
   "No problem. Could you keep the back gate locked over the holiday? Been some break-ins.", "worried", "request", RESP,
   "Sure, I'll lock it every night and check it before I leave.")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "小武", "感恩节快乐 感恩有你这个朋友",
   "🦃✌️", "cold", "none", CAS,
   "周末有空约个饭，好久没聚了。")
it(Z, "感恩节", BIZ, "领导", "领导", "黄总", "黄总感恩节快乐 感谢您一年的栽培",
   "不客气 年终述职准备得怎样了", "cold", "what", RESP,
   "初稿已经写完，周四前再改一版发给黄总。")
it(E, "感恩节", CASUAL, "grandmother", "家人", "Grandma", "Grandma, happy Thanksgiving from far away, I miss your table so much.",
   "Me too, sweetie. How are you holding up out there all alone?", "worried", "how_are_you", RESP,
   "I'm doing well, Grandma, my roommates made a whole turkey.",
   thread=["R:Oh, I miss you. The table feels so small this year.", "S:I miss you too, Grandma."])
it(Z, "感恩节", CASUAL, "美术老师", "老师", "郑老师", "郑老师感恩节快乐 感恩您当年没放弃我",
   "傻孩子 是你自己争气 现在还画画吗", "touched", "yes_no", RESP,
   "还画，周末在家画水彩，画好了发给郑老师看。")
it(E, "感恩节", CASUAL, "colleague", "同事", "Marcus", "Happy Thanksgiving Marcus, hope you get a real day off",
   "lol i'm carving the turkey with one hand and answering slack with the other", "busy", "none", CAS,
   "Put the phone down, the servers will survive one dinner.")
it(E, "感恩节", CASUAL, "colleague", "同事", "Rosa", "Happy Thanksgiving Rosa! potluck sign-up sheet is on the fridge",
   "ooh. should I make my mac and cheese or the green bean thing?", "happy", "choice", CAS,
   "Mac and cheese, nobody fights over green beans.", must=["mac and cheese", "green bean"])
# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "朋友", "朋友", "小贝", "生日快乐！又老一岁 愿你永远十八",
   "谢谢 今晚老地方 来不来 我请", "happy", "invitation", CAS,
   "来，七点到，蛋糕我来订。")
it(Z, "生日", CASUAL, "母亲", "家人", "妈", "妈 生日快乐 今年的礼物是一台新手机 明天到",
   "旧的还能用 退了吧 别乱花钱", "worried", "request", INTI,
   "退不了啦，已经帮您装好了视频通话，您就收下吧。",
   thread=["R:又买东西了？", "S:就一个小礼物 您先别急"])
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶", "奶奶八十大寿快乐！全家都回来给您祝寿",
   "好好好 都回来好 你们几点到 我让你二叔去车站接", "happy", "when", RESP,
   "中午十二点到站，奶奶，让二叔别着急。")
it(Z, "生日", CASUAL, "同事", "同事", "阿紫", "生日快乐 祝你越来越美",
   "🎂🙇", "cold", "none", CAS,
   "下午茶我请，给你补一块蛋糕。")
it(Z, "生日", CASUAL, "弟弟", "家人", "老弟", "生日快乐老弟 红包收好 今年找个对象",
   "红包收了 对象的事别催 跟妈一个口气", "teasing", "request", CAS,
   "行，不催了，姐就盼你开心。")
it(Z, "生日", BIZ, "领导", "领导", "杨总", "杨总生日快乐！祝您福寿安康",
   "谢谢 你怎么知道我生日", "happy", "what", RESP,
   "人事发的生日提醒，部门都记着杨总的生日。")
it(E, "生日", CASUAL, "sister", "家人", "Kate", "HAPPY BIRTHDAY to the sister who still owes me $20 🎂",
   "consider it your birthday gift to me 😇🎁", "teasing", "none", CAS,
   "Nice try, I'm adding interest. Cake at mine tonight?")
it(E, "生日", CASUAL, "girlfriend", "恋人", "Lily", "Happy birthday my love, dinner reservations are made 💐",
   "what time?? I need to know if I can nap first 😴", "happy", "when", INTI,
   "Eight o'clock, so you've got time for a long nap.",
   thread=["R:you remembered!!", "S:every year, silly"])
it(Z, "生日", CASUAL, "父亲", "家人", "爸", "爸 生日快乐 长寿面吃了吗",
   "在单位 忙着呢 晚上回去吃", "busy", "none", INTI,
   "那晚上多吃两根面，别忙太晚。")
it(Z, "生日", BIZ, "客户", "客户", "郑总", "郑总 生日快乐 祝您事业长虹 福寿绵长",
   "谢谢王经理 周六晚上我在家里办个小宴 你也一起来热闹热闹", "happy", "invitation", FORM,
   "荣幸之至，周六晚上准时到，给郑总带瓶好酒。")
it(Z, "生日", CASUAL, "朋友", "朋友", "阿康", "生日快乐 今年有啥愿望",
   "愿望就是我爸手术顺利 他还在ICU", "sad", "none", CAS,
   "叔叔一定会挺过来的，需要帮忙随时叫我。", forbid=["生日快乐"])
it(Z, "生日", CASUAL, "外甥女", "家人", "小雨点", "小雨点生日快乐 舅舅给你买的积木到了没",
   "到了到了 我已经拼了一半 舅舅你下次来帮我拼城堡好不好", "happy", "request", CAS,
   "好，下周六舅舅就来陪你拼城堡。")
it(E, "生日", CASUAL, "colleague", "同事", "Dev", "Happy birthday Dev! 🎉 the team signed a card for you",
   "ty.", "cold", "none", CAS,
   "It's on your desk whenever you get in.")
it(Z, "生日", CASUAL, "老婆", "恋人", "老婆", "生日快乐老婆 今晚想吃啥 都听你的",
   "火锅或者烤肉 你挑一个 我都想吃", "happy", "choice", INTI,
   "吃火锅吧，我现在就去排号。", must=["火锅", "烤肉"])
# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Leo", "Merry Christmas Leo! 🎄 ugly sweater party still on?",
   "yesss. should I bring mulled wine or the famous brownies?", "happy", "choice", CAS,
   "Brownies, they vanished in ten minutes last year.", must=["mulled wine", "brownies"],
   thread=["R:merry xmas!! obviously it's on", "S:great, my sweater has bells on it"])
it(E, "圣诞节", CASUAL, "elderly neighbour", "其他", "Mrs. Kim", "Merry Christmas, Mrs. Kim! We left some cookies by your door.",
   "Bless you. Could you help me put the star on my tree tomorrow? My ladder's too tall for me now.", "happy", "request", RESP,
   "Of course, Mrs. Kim. I'll come by tomorrow after lunch.")
it(Z, "圣诞节", CASUAL, "女朋友", "恋人", "小棠", "圣诞快乐 今年圣诞老人给你准备了礼物 猜猜",
   "是不是我购物车里那双靴子", "happy", "yes_no", INTI,
   "不是，比靴子还好，晚上见面再拆。", pick=True)
it(Z, "圣诞节", CASUAL, "同事", "同事", "小田", "圣诞快乐 年会抽奖结果出来了",
   "抽到一箱纸巾 你呢", "happy", "what", CAS,
   "我抽到一个保温杯，跟你换纸巾都不换。")
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "阿飞", "圣诞快乐 今晚出来嗨不",
   "出 地方交给你 别太远", "happy", "where", CAS,
   "就去你家附近那家精酿酒吧，走路十分钟。",
   thread=["R:平安夜快乐 我在家发霉", "S:那更得出来"])
it(E, "圣诞节", BIZ, "boss", "领导", "Richard", "Merry Christmas, Richard. Hope you get some proper rest this week.",
   "Thanks. Closing Q4 numbers till the 27th, then rest.", "busy", "none", RESP,
   "Good luck with the close, Richard, see you in January.")
it(Z, "圣诞节", CASUAL, "老婆", "恋人", "老婆", "圣诞快乐老婆 孩子们的礼物我藏衣柜顶上了",
   "老二今天在翻衣柜 赶紧挪地方 挪到车里去", "happy", "request", INTI,
   "好，我现在就下楼搬到后备箱。")
it(Z, "圣诞节", CASUAL, "儿子", "家人", "儿子", "儿子圣诞快乐 在国外一个人过节别太想家",
   "有同学一起 不孤单 给爸买的围巾收到没", "happy", "yes_no", INTI,
   "围巾到了，你爸天天戴着出门遛弯。")
it(Z, "圣诞节", BIZ, "客户", "客户", "马总", "马总 圣诞快乐 感谢今年的信任 明年继续携手",
   "同乐 明年一月第一周来公司把续约签了", "cold", "request", FORM,
   "好的马总，一月四号上午带合同过去拜访。", forbid=NO_OVERTIME)
it(Z, "圣诞节", CASUAL, "表妹", "家人", "表妹", "表妹圣诞快乐 伦敦那边下雪了没",
   "下了下了 ❄️❄️⛄ 冷死了 圣诞集市的热红酒救了我", "happy", "none", CAS,
   "羡慕，多拍几张集市的照片发我。")
it(E, "圣诞节", CASUAL, "husband", "恋人", "Tom", "Merry Christmas love, wish I could be there instead of on this video call 🎄",
   "i know. opened your present alone by the tree. it's a bit lonely", "sad", "none", INTI,
   "I know, love. Twelve more days and I'm home for good.",
   thread=["R:merry christmas. the kids finally fell asleep", "S:give them a kiss from me"])
it(Z, "圣诞节", BIZ, "领导", "领导", "郭总", "郭总圣诞快乐 祝您节日愉快",
   "同乐 你年假准备什么时候休", "cold", "when", RESP,
   "打算元旦后第二周休三天，已经跟组里排好了。")
it(Z, "圣诞节", CASUAL, "快递员", "其他", "师傅", "师傅圣诞快乐 这一年辛苦您了 每次都送上楼",
   "客气了 明天有你一个大件 在家不", "happy", "yes_no", CAS,
   "在家，明天一整天都在，辛苦师傅搬上来。")
it(Z, "圣诞节", CASUAL, "宠物医生", "其他", "林医生", "林医生圣诞快乐 我家橘子术后恢复得很好 谢谢您",
   "太好了 伤口还要再消毒一周 每天两次 别让它舔", "happy", "request", RESP,
   "好的林医生，每天早晚各一次，伊丽莎白圈一直戴着。")


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
        iid = f"fb9-{n:03d}"
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
    from followup_blind9_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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


NOTE = """# Follow-up blind set 9 (`followup_blind9_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind9_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind9_check.py` (validator, `--selftest`), `followup_blind9_2026-12.json` (the set),
  `followup_blind9_2026-12.md` (this note), all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb9-001` … `fb9-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read (in full).
`README.md` was not opened. The eighth set's note (`tests/data/followup_blind8_2026-12.md`) was read in full for
its format, labelling rules, judgement calls, checks and notes on the judge, which this set follows unchanged;
the third to seventh sets' notes were not studied beyond what the eighth note restates (one search for the seventh
note's judgement-call heading returned nothing). The eighth set's check script was read in full (copied and
adapted); of its build script only the header, the `it(...)` helper, the per-holiday word tables (copied
unchanged), the assembling code and the note code were read; its item section was not opened and no item text of
it was studied or reused. The checker reads the six earlier notes and the fourth to eighth sets' build scripts as
plain text, only to refuse copied runs. Git was not run and the bot was never run.

{written}

Fields follow `tests/followup_judge.py` and the eighth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law, an aunt and an
  uncle, teachers (head teachers, a thesis advisor, a dance teacher, an art teacher, a counsellor), bosses and
  elders or service people outside the family (a landlady, doctors, a vet, neighbours) and English
  elders/bosses/teachers/in-laws/a landlord/an elderly neighbour; `formal` for clients; `intimate` for partners,
  parents and one's own children; `casual` for friends, siblings, cousins, nephews and nieces, colleagues and the
  parcel courier.
- **forbidden:** per item traps (加班 / "overtime" to clients; 下次 and 明年一定 to partners let down by a missed
  holiday or a long distance; 七夕快乐, 情人节快乐 and 生日快乐 as a second wish to a sister or friend who just
  broke up or whose father is in intensive care) plus the automatic ones of the earlier sets: when the recipient
  asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to English
  respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐
  (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to eighth sets' definitions and borderline rules unchanged, as restated in
the eighth set's note (mood is what the latest reply conveys toward the sender, read with the greeting and
thread; two questions in one reply: a request or invitation first, then a concrete question before a phatic or
rhetorical one, else the one the reply ends on; confirming a plan is `yes_no`, a new proposal or the recipient's
own event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do something;
offers are `yes_no`; handing a place decision to the sender and "guess where" are `where`; an either-or naming
both alternatives is `choice`; did-you-do-it questions are `yes_no`, how the sender or someone of theirs feels or
copes is `how_are_you`, how a task goes, riddles and reasons are `what`; a rhetorical jab is `none`; claiming
something owed and asking the sender to come and help are `request`; laughter alone is `happy`, `teasing` needs a
jab or a joke at someone's expense; being occupied is `busy` even in jest; an elder kindly declining or
reproaching out of concern and a money reproach are `worried`; one's own illness or a relative in hospital is
`sad`; a flat reply to a repeated letdown or a businesslike thanks followed by a task is `cold`; being moved comes
first in the mood even when a question follows).

{calls}

## Checks

`python3 followup_blind9_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the eighth set's 45 — with the set cut to 150 items — plus an eighth-set example phrase, an
eighth-set whole short reply, 30 characters and 12 Han characters copied from the eighth set's note (runs the
texts the eighth checker read do not hold, so the new texts are proven read), and a set whose neighbour items lose
their relation) and requires the validator to fail on each with the error it targets; `followup_blind9_check.py -`
reads a file from stdin. It checks what the eighth set's validator checks, with at least 180 items (fields,
types, canonical values equal to the judge's own tuples, ids `fb9-NNN` consecutive, no repeated reply or
greeting, no Chinese in English items, threads of 1–4 turns, `must_mention_any` exactly for `choice` with options
found in the reply, other-holiday words disjoint and absent from the item's own text, register consistent with the
category, no example wording of the six earlier notes, none of the earlier sets' whole short replies and stickers,
the automatic forbidden traps, every family sub-group, a landlord, a doctor and now a neighbour among the 其他
items, ≥5 short cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and
`none` under 40%, ≥30 English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question
kinds, ≥30 threads of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked
kind over 20%, the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference
shares a run of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind8_2026-12.md` or `followup_blind4_build.py` … `followup_blind8_build.py` (NFKC, lower-cased). Then
it loads `/work/main/tests/followup_judge.py`, checks that `mood_right` and `question_right` accept each item's
labels (and reject a wrong mood), runs `passes` on each item with the hand-written reference follow-up from the
build script and requires all four verdicts to be True, and requires each `forbidden` and `other_holiday_words`
entry to make the judge fail a suggestion that contains it.

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
really answer a holiday greeting in chat: parents, grandparents on both sides, parents-in-law, an uncle and an
aunt, a nephew, a niece and a cousin, siblings and a cousin, sons and a daughter, partners, friends and old
classmates, colleagues, bosses, clients, teachers (a thesis advisor, head teachers, a dance teacher, an art
teacher, a counsellor), two neighbours (one English), a landlady and a landlord, doctors (a surgeon, a GP, a vet)
and a parcel courier. Situations and props of this set: a late train on the second day of the new year, a pig
slaughtered for the new year, salted duck eggs by the case, a pork-or-red-bean choice, a new grandchild's first
word, chemotherapy on Mother's Day, a father in intensive care on a birthday, a pot burned through by lamb soup, a
son-in-law invited to a game of Chinese chess, a lantern riddle nobody solved, a building-block castle, a
chocolate-filled tangyuan, a boss on the same beach, a cat's stitches. The mix: plain ordinary replies, short cold
answers (嗯呐, 嗯呢, 阅。, "ty."), voice-input run-ons without punctuation, space-separated chat, emoji-only
replies and emoji-heavy ones, chat shorthand (lol, rn, jk), a few colloquial and dialect words (躺尸, 顺当, 咋样,
捞我, 杀两盘), replies that pick up a detail or a joke of the greeting, and English exchanges with English
greetings. The wording avoids the earlier sets: the checker refuses the example phrases of the six earlier notes,
of the judge's docstrings and of the README (the earlier checkers' list, kept and extended), the earlier sets'
whole short replies and stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run of
more than 11 Han characters or more than 27 characters with the six notes or with the fourth to eighth sets' build
scripts."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Asking the sender to come back early with 能不能** (a mother's 能不能早点回来 … 行不 on New Year's Eve) asks the
   sender to do something and is `request`; a nephew's 我能不能去你家打一天游戏 asks permission for his own act
   and stays `yes_no`.
2. **"你怎么知道我生日"** asks for a reason and is `what` (the eighth set's rule); a colleague's 抽到一箱纸巾 你呢,
   asking back the same open question after answering, is `what`, not a phatic throwback.
3. **"你猜 我已经订好了"** after 跨年想去哪儿 is `where` ("guess where"); "你猜另一种是啥" (a filling) is `what`.
4. **Invitations phrased as questions.** 有没有兴趣来给学弟学妹讲讲 and 你过来给我加油不 (the recipient's own race) are
   `invitation`; 你可得来当伴郎 and 舅舅你下次来帮我拼城堡好不好 ask the sender to come and help and are `request`.
5. **Moods.** A bare emoji acknowledgement from a friend or colleague to a warm greeting (🦃✌️, 🎂🙇) is `cold`;
   a client's 😅 收到 followed by a bug question is `cold`; a friend whose date is reheated noodles and a new
   father's nappy count are `teasing` (jokes at one's own expense); a teacher recovering from hospital and a
   mother facing chemotherapy are `sad` (own illness); a mother returning a red envelope and a mother who wants the
   new phone returned are `worried` (money reproach); a boss's flat 新年好 plus a task is `cold`."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were
avoided, not the items changed: in `how_are_you`, 顺当 is not a state word (the answer says 挺好的，工作顺利); in
`request` (English), "certainly" is not among the agreement words (the answer says "Of course"); in `yes_no`
(Chinese), 还在读 alone carries no yes/no marker (the answer starts with 是)."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
