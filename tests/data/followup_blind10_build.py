#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind10_2026-12.json`` (standard library only).

Every item below was written by hand, one by one, for this tenth set. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind10_check.py`` can prove that
every item's expectations can be met under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not
in the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to ninth sets, unchanged); an other-holiday word that the greeting, the thread or the reply
itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood is
sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind10_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind10_2026-12.json"
MD_NAME = "followup_blind10_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-06 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py was read, no .json file in tests/data was opened, git was "
    "not run and the bot was never run; the ninth and eighth sets' notes were read for their format, labelling "
    "rules and judgement calls, the ninth set's check script for its validator logic, and the ninth set's build "
    "script only for its file structure and holiday word tables. Each greeting, thread and reply of this tenth "
    "set was newly composed one by one as people answer a holiday greeting in chat (family, partners, friends, "
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
it(Z, "春节", CASUAL, "母亲", "家人", "妈", "妈 新年快乐！今年在深圳值班回不去，给您和爸订了个年夜饭套餐，六点送到家。",
   "套餐到了 十个菜 你爸说吃不完 你那边食堂有饺子吗", "happy", "yes_no", INTI,
   "有的，食堂中午就包了白菜猪肉的，我吃了一大盘。", pick=True)
it(Z, "春节", TRAD, "爷爷", "家人", "爷爷", "爷爷，给您拜年啦！祝您身体硬朗，牙口好胃口好。",
   "好好好 你今年几号回来 爷爷给你留了腊肉", "happy", "when", RESP, "初三上午到，腊肉给我留一块大的！")
it(Z, "春节", CASUAL, "朋友", "朋友", "老周", "老周新年好！今年红包抢了多少？",
   "抢个毛 手气全给你了 一块二", "teasing", "none", CAS, "一块二也是钱，明天请你喝奶茶压压惊。", pick=True)
it(Z, "春节", BIZ, "领导", "领导", "王总", "王总，新春快乐！感谢您一年的指点，祝您阖家幸福。",
   "新年好。初七开工第一天上午把年度复盘发我", "cold", "request", RESP, "好的王总，初七上午九点前发到您邮箱。")
it(E, "春节", CASUAL, "friend", "朋友", "Maya", "Happy Lunar New Year, Maya! Hope the dumpling party went well 🥟",
   "it did!! we made 200 dumplings and my uncle cried over the pork ones 😂😂 come to the lion dance with us sunday?",
   "happy", "invitation", CAS, "Count me in! I'll bring hot tea for after the drums.", pick=True)
it(Z, "春节", CASUAL, "岳母", "家人", "阿姨", "阿姨过年好！祝您新年万事顺意，身体健康。",
   "那你喜欢吃鱼还是吃虾 我提前去市场买", "happy", "choice", RESP, "鱼虾都爱吃，阿姨别太累，买条鱼就够了。",
   thread=("R:好好 小陈也新年好 今年跟小雨一起回来吃年夜饭吧", "S:好的阿姨，我们除夕下午到。"), must=("鱼", "虾"))
it(Z, "春节", CASUAL, "弟弟", "家人", "弟", "弟 新年快乐 压岁钱发你了 省着点花",
   "哥 我都工作了还给压岁钱 😭 不过谢谢哥 收下了", "touched", "none", CAS, "工作了也是我弟，拿去买双新鞋。")
it(Z, "春节", BIZ, "客户", "客户", "李经理", "李经理新春好！这一年合作愉快，多谢贵司关照，祝来年生意兴隆。",
   "同喜同喜 年后那个报价单麻烦再更新一版", "cold", "request", FORM, "好的李经理，初八上班第一时间更新后发您。",
   forbid=NO_OVERTIME)
it(Z, "春节", CASUAL, "女朋友", "恋人", "宝", "宝 新年快乐！在你家还习惯吗 有没有被七大姑八大姨围攻",
   "被问了八百遍啥时候结婚 我说问你 你准备好接招吧😏", "teasing", "none", INTI, "接就接，我连彩礼清单都背熟了。", pick=True)
it(Z, "春节", CASUAL, "同事", "同事", "小吴", "小吴新年快乐！年后见，记得给我带点家乡特产😄",
   "带了带了 一箱脐橙 你到时候搬得动吗 🍊🍊", "happy", "yes_no", CAS, "没问题，我开车去公司拿，顺便请你喝咖啡。", pick=True)
it(E, "春节", CASUAL, "father", "家人", "Dad", "Happy New Year Dad! Sorry I'm stuck in Toronto this year. Video call at 8 your time?",
   "8 works. your mother is making the fish anyway, even with you not here. when are you booking flights for summer",
   "sad", "when", INTI, "I'm booking this week, aiming for early July so I can stay three weeks.")
it(Z, "春节", TRAD, "老师", "老师", "张老师", "张老师新年好！学生给您拜年了，祝您新的一年桃李满园。",
   "谢谢 研究生读得怎么样 还适应吗", "happy", "how_are_you", RESP, "挺好的，导师人很好，就是课多，都适应了。")
it(Z, "春节", CASUAL, "朋友", "朋友", "阿杰", "新年快乐！初几有空聚聚？",
   "初四或者初六 你挑", "happy", "choice", CAS, "初四吧，初六我要去丈母娘家。", must=("初四", "初六"))
it(E, "春节", CASUAL, "friend", "朋友", "Kai", "Happy Spring Festival, Kai! Back in town yet?",
   "yes pls. you pick the spot, I don't know any of the new places", "happy", "where", CAS,
   "Let's meet at the tea house on Fuxing Road, near the park.",
   thread=("R:landed last night!", "S:Welcome back! Let's catch up before you leave."))
it(Z, "春节", TRAD, "外公", "家人", "外公", "外公新年好！给您拜年，祝您身体健康笑口常开。",
   "好好好外公也祝你新年快乐工作顺利早点找个对象带回来给外公看看", "happy", "request", RESP,
   "好的外公，一定努力，找到了第一个带回去给您看。")
it(Z, "春节", CASUAL, "侄子", "家人", "小宇", "小宇新年快乐！压岁钱收到没？",
   "还差一点 姑姑我能不能去你家住两天 我妈同意了", "happy", "yes_no", CAS, "能，欢迎来，姑姑给你收拾好房间。",
   thread=("R:收到了 谢谢姑姑", "S:乖，寒假作业写完没？"))
# ---------------------------------------------------------------- 元宵
it(Z, "元宵", TRAD, "外婆", "家人", "外婆", "外婆元宵快乐！今年的汤圆是您亲手搓的吗？",
   "搓了两百个 黑芝麻的 给你冻了一袋 什么时候来拿", "happy", "when", RESP, "周六下午去拿，外婆辛苦了！")
it(Z, "元宵", CASUAL, "男朋友", "恋人", "阿哲", "元宵节快乐～晚上一起去看灯会吗",
   "去啊 在哪个公园 我下班过去找你", "happy", "where", INTI, "人民公园东门，七点门口见。")
it(Z, "元宵", CASUAL, "同事", "同事", "小唐", "元宵快乐！今天猜灯谜猜中几个？",
   "一个没中 部门就我空手回来 😭😭", "teasing", "none", CAS, "没事，明年我给你偷偷递答案。")
it(E, "元宵", TECH, "colleague", "同事", "Jin", "Jin! Happy Lantern Festival from the rainy side of town 🏮",
   "ha thanks. stuck on calls with the US team till 11 tonight, no lanterns for me", "busy", "none", CAS,
   "Ouch. Save me a tangyuan break tomorrow then, coffee is on me.")
it(Z, "元宵", CASUAL, "婆婆", "家人", "妈", "妈，元宵节快乐！汤圆记得少吃点，血糖要紧。",
   "知道 就吃了三个 你们俩啥时候再回来", "happy", "when", RESP, "五一放假就回去，到时候陪您逛逛。")
it(Z, "元宵", BIZ, "领导", "领导", "刘总", "刘总元宵快乐！",
   "元宵快乐 晚上公司聚餐你来不来 在老地方", "happy", "invitation", RESP, "一定到，刘总，我七点前到。")
it(Z, "元宵", BIZ, "客户", "客户", "赵总", "赵总，元宵佳节快乐，祝贵公司新年开门红。",
   "谢谢 上次说的样品能不能这周寄过来", "cold", "request", FORM, "可以，赵总，样品周四寄出，单号发您。",
   forbid=NO_OVERTIME)
it(Z, "元宵", CASUAL, "表姐", "家人", "姐", "姐 元宵快乐 小宝今天提灯笼了没",
   "提了 兔子灯 走两步就着火了 哭了半小时😂", "teasing", "none", CAS, "太惨了，明天我给他买个电子灯笼。")
it(E, "元宵", CASUAL, "grandmother", "家人", "Grandma", "Grandma, the lanterns downtown made me think of your kitchen. Happy Lantern Festival 🏮",
   "you better. bring that nice boy too. is he still around?", "happy", "yes_no", RESP,
   "Yes, he's still around, and he'll come Saturday for sure.",
   thread=("R:oh sweetheart. I made a pot this morning. nobody to eat them", "S:I'll come Saturday and eat the whole pot, promise."))
it(Z, "元宵", CASUAL, "舅舅", "家人", "舅舅", "舅舅元宵快乐，祝您和舅妈身体健康！",
   "好 表弟今年考研 有空帮他看看简历", "happy", "request", RESP, "没问题舅舅，让表弟发我邮箱，周末就改。")
it(Z, "元宵", CASUAL, "邻居", "其他", "王阿姨", "王阿姨元宵快乐！谢谢您上次帮我收快递。",
   "客气啥 我包了荠菜汤圆 给你挂门把手上了 记得拿", "happy", "request", RESP, "好的王阿姨，下班就去拿，谢谢您！")
it(Z, "元宵", CASUAL, "母亲", "家人", "妈", "妈元宵快乐！",
   "快乐 汤圆煮芝麻的还是花生的", "happy", "choice", INTI, "芝麻的，多煮几个。", must=("芝麻", "花生"))
it(Z, "元宵", BIZ, "领导", "领导", "钱总", "钱总元宵快乐！",
   "好 同乐", "cold", "none", RESP, "钱总元宵节愉快，明天见。")
# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "父亲", "家人", "爸", "爸，清明回不去了，麻烦您替我给爷爷多烧几张纸。",
   "烧了 跟你爷爷说了你在忙 他不会怪你", "sad", "none", INTI, "谢谢爸，五一我回去给爷爷补上。")
it(Z, "清明", CASUAL, "奶奶", "家人", "奶奶", "奶奶，清明雨大，上山扫墓慢点走。",
   "今年腿不行了 没上去 让二叔去的", "sad", "none", RESP, "不上山也好，奶奶在家歇着，下周我回去陪您。")
it(Z, "清明", CASUAL, "朋友", "朋友", "大刘", "清明安康，假期去哪踏青了？",
   "哪也没去 在家补觉 补了三天", "happy", "none", CAS, "羡慕，我爬了一天山腿都废了。")
it(E, "清明", CASUAL, "friend", "朋友", "Hana", "Thinking of you and your grandpa this Qingming. Hope the trip home was okay.",
   "thank you. it was hard, first one without him. mom didn't stop crying at the grave", "sad", "none", CAS,
   "I'm so sorry. I'm around all week if you want to grab dinner or just sit.")
it(Z, "清明", CASUAL, "同事", "同事", "小贺", "清明安康～你那边下雨没",
   "下了一整天 鞋湿透了 今天还得回公司值班 🙃", "busy", "none", CAS, "辛苦，下班早点回去换双干鞋。")
it(Z, "清明", CASUAL, "岳父", "家人", "叔叔", "叔叔，清明安康。今年跟您一起回老家祭祖吗？",
   "回 周六早上六点出发 你开车还是我开", "happy", "choice", RESP, "我开吧，叔叔路上歇着。", must=("我开", "你开"))
it(Z, "清明", CASUAL, "女朋友", "恋人", "小敏", "清明安康 今天陪你妈上山辛苦了",
   "还好 就是我妈一直念叨你 说下次你也一起", "happy", "invitation", INTI, "好呀，明年我请假陪阿姨一起去。")
it(Z, "清明", BIZ, "领导", "领导", "陈总", "陈总，清明安康。",
   "嗯 假期手机开着", "cold", "request", RESP, "好的陈总，手机二十四小时开着。")
it(E, "清明", CASUAL, "neighbour", "其他", "Mr. Hale", "Mr. Hale, I owe you one for looking after my balcony plants while I'm home for Qingming.",
   "No trouble. The basil is sulking though. When do you fly back?", "happy", "when", RESP,
   "I land Tuesday evening, Mr. Hale, and I'll bring you tea from home.", pick=True)
it(Z, "清明", CASUAL, "医生", "其他", "刘医生", "刘医生清明安康，我爸术后恢复得挺好，谢谢您。",
   "那就好 月底带他来拍个片子 空腹", "happy", "request", RESP, "好的刘医生，月底一早空腹带他过去。")
it(Z, "清明", CASUAL, "女儿", "家人", "闺女", "闺女，清明在学校吃青团了没？",
   "吃了 咸蛋黄肉松的 好吃 妈你寄点钱呗 生活费又见底了", "happy", "request", INTI, "行，今晚转你一千，省着点花。")
it(Z, "清明", CASUAL, "同事", "同事", "老郑", "清明安康～",
   "那麻烦你明天顺路把合同带给客户 我在外地赶不回去", "busy", "request", CAS, "行，明天下午三点前送到，放心。",
   thread=("R:安康 你回老家了？", "S:回了，明天下午回来。"))
# ---------------------------------------------------------------- 端午
it(Z, "端午", TRAD, "外公", "家人", "外公", "外公端午安康！今年还去看龙舟吗？",
   "去 舅舅划头桨 要不要一起来看", "happy", "invitation", RESP, "要来！外公，初五一早过去找您。")
it(Z, "端午", CASUAL, "同事", "同事", "小曹", "端午安康！粽子甜党还是咸党？",
   "咸党 蛋黄肉粽 甜粽是异端😤", "teasing", "none", CAS, "那我这盒蜜枣的只能自己吃了。", pick=True)
it(E, "端午", BIZ, "client", "客户", "Ms. Park", "Dear Ms. Park, a calm Dragon Boat holiday to you and your team, and thanks for an easy quarter.",
   "Thank you. Could you get the revised contract to me by Friday? Legal is waiting.", "cold", "request", FORM,
   "Of course, Ms. Park. You will have the revised contract by Thursday afternoon.", forbid=("overtime",))
it(Z, "端午", CASUAL, "婆婆", "家人", "妈", "妈，端午安康！粽子收到了，您包的真香。",
   "香就好 还有三十个冻着 吃完再说 肉的蛋黄的都有", "happy", "none", RESP, "那我下周再去拿一批，您别累着。")
it(Z, "端午", CASUAL, "女朋友", "恋人", "宝宝", "端午快乐宝宝 今天去看龙舟赛吗",
   "去！你要来接我不 我穿了新裙子", "happy", "request", INTI, "好，十点到你家楼下接你，新裙子我要第一个看。")
it(Z, "端午", CASUAL, "朋友", "朋友", "小林", "端午安康！在家吃粽子还是出去玩？",
   "在医院陪床 我爸胆结石", "sad", "none", CAS, "叔叔手术顺利的话很快能好，需要帮忙随时说，我离医院近。")
it(Z, "端午", CASUAL, "老师", "老师", "刘老师", "刘老师端午安康！",
   "同乐 论文初稿什么时候交", "cold", "when", RESP, "下周五之前交给您，刘老师。")
it(Z, "端午", BIZ, "客户", "客户", "孙总", "孙总端午安康，祝您和家人节日愉快。",
   "同乐 你们端午放几天 货别耽误了", "worried", "what", FORM, "我们放三天，货已经提前发了，周四到您仓库。",
   forbid=NO_OVERTIME)
it(E, "端午", CASUAL, "sister", "家人", "sis", "Happy Dragon Boat day sis! Did your team win the race?",
   "came 4th out of 6 but we got the best costume prize 🐉🏆 lol", "happy", "none", CAS,
   "Best costume counts as a win in my book. Proud of you!")
it(Z, "端午", CASUAL, "同事", "同事", "阿彬", "端午安康～",
   "那帮我带份早饭 楼下那家煎饼 加两个蛋", "happy", "request", CAS, "行，加两个蛋，八点半给你放桌上。",
   thread=("R:安康 你明天来公司不", "S:来，要交方案。"))
it(Z, "端午", CASUAL, "奶奶", "家人", "奶奶", "奶奶端午安康！今年艾草挂门上了吗？",
   "挂了 你爸一早去割的 你那边有没有挂", "happy", "yes_no", RESP, "挂了，我买了一小束，挂在门口。")
it(Z, "端午", CASUAL, "母亲", "家人", "妈", "妈端午安康！粽子别包太多了。",
   "不多就包了五十个给你寄了二十个明天就到收到先冻起来别放坏了", "happy", "request", INTI, "好，收到马上冻上，谢谢妈！")
it(E, "端午", CASUAL, "aunt", "家人", "Aunt May", "Aunt May, zongzi greetings from the city! How is Uncle Ben's back doing?",
   "He insists on it. I'm so nervous he'll hurt himself again. Did the doctor say anything to you when you called?",
   "worried", "yes_no", RESP, "Yes, he said light paddling is fine if Uncle Ben warms up first.",
   thread=("R:Better, thank you dear.", "S:Glad to hear it. Is he still paddling this year?"))
it(Z, "端午", CASUAL, "儿子", "家人", "儿子", "儿子端午安康！",
   "挺好 就是加班多 妈你腰好点没", "happy", "how_are_you", INTI, "腰好多了，每天散步，别担心我。",
   thread=("R:安康 妈", "S:新工作还适应吗？"))
# ---------------------------------------------------------------- 中秋
it(Z, "中秋", CASUAL, "母亲", "家人", "妈", "妈 中秋快乐！月饼收到了吗",
   "收到了 你买这么贵的干嘛 一盒三百多 退了吧", "worried", "request", INTI, "妈，不贵，退不了，您和我爸放心吃。")
it(Z, "中秋", CASUAL, "公公", "家人", "爸", "爸，中秋节好！我们今年留杭州了，月饼和茶叶寄过去了。",
   "收到了 茶叶不错 明年回来过吗", "happy", "yes_no", RESP, "会回来的，明年中秋一定回家陪您赏月。")
it(E, "中秋", BIZ, "boss", "领导", "David", "David, thank you for the mooncakes you sent the team. Happy Mid-Autumn!",
   "Glad you liked them. Will we see you in the office Monday or still in Suzhou?", "happy", "choice", RESP,
   "Back in the office Monday morning, David.", must=("Monday", "Suzhou"))
it(Z, "中秋", CASUAL, "男朋友", "恋人", "阿远", "中秋快乐 今晚月亮好圆 可惜你不在",
   "下个月我就调回来了 到时候补你一顿大餐 想吃啥", "happy", "what", INTI, "想吃火锅，要最辣的那种。",
   thread=("R:我这也看得见 拍给你看", "S:看到了 你那边更亮。"))
it(Z, "中秋", TECH, "朋友", "朋友", "老陆", "中秋快乐！今年又在公司守机房吗",
   "在 服务器挂了 中秋在机房赏月🙃", "busy", "none", CAS, "太惨了，忙完给你寄两块月饼安慰一下。", pick=True)
it(Z, "中秋", BIZ, "领导", "领导", "周总", "周总中秋快乐！感谢这一年的关照。",
   "🌕👍", "cold", "none", RESP, "周总节日愉快，假期好好休息。")
it(Z, "中秋", BIZ, "客户", "客户", "吴总", "吴总中秋快乐！一点心意，月饼已送到贵司前台。",
   "收到 太客气了 改天请你喝茶", "happy", "invitation", FORM, "好的吴总，改天登门拜访。", forbid=NO_OVERTIME)
it(Z, "中秋", TRAD, "外婆", "家人", "外婆", "外婆中秋快乐！今年的月饼是自己做的吗？",
   "做了 你最爱的莲蓉 留了六个 啥时候回来拿", "happy", "when", RESP, "下周六回去，外婆多留两个给我！")
it(E, "中秋", CASUAL, "girlfriend", "恋人", "love", "Happy Mid-Autumn, love. Wish I could see the moon with you tonight 🌕",
   "it's cloudy here anyway 😒 when are you coming home for real", "sad", "when", INTI,
   "My flight is on the 28th, and I'm not leaving again till spring.")
it(Z, "中秋", CASUAL, "同事", "同事", "小高", "中秋快乐！",
   "那你到了跟我说一声 车票的报销单我帮你填好了", "happy", "request", CAS, "好，到了给你发消息，谢谢帮忙填单！",
   thread=("R:快乐快乐 你回老家了吗", "S:回了，在高铁上。"))
it(Z, "中秋", CASUAL, "儿子", "家人", "儿子", "儿子，中秋快乐！在学校吃月饼了没？",
   "发了一个 冰皮的 不好吃 妈你做的好吃", "touched", "none", INTI, "那国庆回来妈给你做一锅。")
it(Z, "中秋", CASUAL, "老师", "老师", "钱老师", "钱老师中秋快乐！祝您阖家团圆。",
   "谢谢 你们班同学聚会定了吗 我那天能去", "happy", "yes_no", RESP, "定了，十月三号晚上，钱老师能来太好了。")
it(Z, "中秋", CASUAL, "姑姑", "家人", "姑姑", "姑姑中秋快乐！",
   "那给我带两盒你们那的鲜花饼 你姑父爱吃", "happy", "request", RESP, "没问题姑姑，带四盒，姑父管够。",
   thread=("R:快乐 今年回来不", "S:回，十四号到。"))
# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "母亲", "家人", "妈", "妈 国庆快乐！我七号前都在家",
   "好 那你想吃啥 我去买菜", "happy", "what", INTI, "想吃红烧肉和糖醋排骨，辛苦妈了！")
it(Z, "国庆", CASUAL, "朋友", "朋友", "胖虎", "国庆快乐！出去玩了吗？",
   "在景区排队 已经三个小时了 下次国庆我再出门我是狗😂", "teasing", "none", CAS, "截图保存了，明年这时候我来提醒你。")
it(Z, "国庆", BIZ, "领导", "领导", "王总", "王总国庆快乐！",
   "国庆快乐 假期有空到家里吃顿饭 带上女朋友", "happy", "invitation", RESP, "好的王总，三号我们过去拜访，谢谢您。")
it(E, "国庆", CASUAL, "colleague", "同事", "Wen", "Happy Golden Week! Any big travel plans?",
   "road trip to Qinghai! leaving tomorrow at 5am 🚗🚗", "happy", "none", CAS,
   "Jealous. Send me photos of the lake and drive safe.")
it(Z, "国庆", CASUAL, "表哥", "家人", "哥", "哥国庆快乐！婚礼准备得咋样了",
   "忙死了 酒店还没定 你下周有空陪我去看看场地不", "busy", "request", CAS, "行，下周六陪你去看，早点出发。")
it(Z, "国庆", CASUAL, "岳母", "家人", "阿姨", "阿姨国庆快乐！我们三号到家。",
   "那中午到家吃饭 你爱吃的酱肘子给你留着", "touched", "none", RESP, "谢谢阿姨，我们中午前一定到。",
   thread=("R:好 路上慢点 开车还是坐高铁", "S:开车，早上七点出发。"))
it(Z, "国庆", BIZ, "客户", "客户", "郑总", "郑总国庆快乐，假期愉快！",
   "假期愉快 节后第一周来我们公司聊下合同吧", "happy", "invitation", FORM, "好的郑总，节后周二上午登门拜访。",
   forbid=NO_OVERTIME)
it(Z, "国庆", CASUAL, "同事", "同事", "小乔", "国庆快乐！在家躺平吗",
   "躺个啥 被拉去当伴娘 今天凌晨四点起来化妆", "busy", "none", CAS, "辛苦伴娘，晚上多吃两块喜糖补补。")
it(E, "国庆", CASUAL, "grandfather", "家人", "Grandpa", "Grandpa, happy National Day! Did you watch the parade this morning?",
   "Of course, front row on the sofa. Your grandmother fell asleep halfway. You getting three meals a day over there?",
   "happy", "yes_no", RESP, "Yes, Grandpa, I cook every night now, mostly noodles and greens.")
it(Z, "国庆", CASUAL, "父亲", "家人", "爸", "爸，国庆快乐！假期钓鱼去了没",
   "去了 一条没钓着 你妈笑话我一天", "teasing", "none", INTI, "下回我陪您去，换个水库试试。")
it(Z, "国庆", CASUAL, "老师", "老师", "黄老师", "黄老师国庆快乐！学生祝您假期愉快。",
   "快乐 研究所的工作定了没", "happy", "yes_no", RESP, "定了，十一月入职，黄老师。")
it(Z, "国庆", CASUAL, "女朋友", "恋人", "小鹿", "国庆快乐！我下午到，去哪接你？",
   "我在公司楼下 你到了打电话", "happy", "request", INTI, "好，到了就打给你，三点左右。")
it(Z, "国庆", TECH, "同事", "同事", "阿凯", "国庆快乐！去哪玩了？",
   "哪也没去在公司守着上线呢领导说国庆期间系统不能出问题", "busy", "none", CAS, "辛苦了，上线顺利，回来请你吃顿好的。")
it(Z, "国庆", BIZ, "客户", "客户", "蒋总", "蒋总国庆快乐！节后拜访您，时间您定。",
   "8号下午或者9号上午都行", "happy", "choice", FORM, "那就8号下午两点，蒋总，我准时到。", must=("8号", "9号"),
   forbid=NO_OVERTIME)
# ---------------------------------------------------------------- 元旦
it(Z, "元旦", CASUAL, "朋友", "朋友", "阿May", "元旦快乐！跨年去哪儿嗨？",
   "你猜 😏", "happy", "where", CAS, "肯定去江边看烟花了。")
it(Z, "元旦", BIZ, "领导", "领导", "李总", "李总元旦快乐！新的一年请多指教。",
   "元旦快乐 明年的目标想好了没", "happy", "yes_no", RESP, "想好了，李总，上半年先把华东市场拿下来。")
it(E, "元旦", CASUAL, "friend", "朋友", "Nat", "Happy New Year!! What's your resolution for 2027?",
   "quit caffeine. day one and I already want to cry 😭☕", "teasing", "none", CAS,
   "Day two is worse, stay strong. Tea is allowed, right?")
it(Z, "元旦", CASUAL, "同事", "同事", "小苏", "新年快乐！年会抽到啥了？",
   "谢谢参与 四个字 年年陪跑", "teasing", "none", CAS, "我也是，明年咱俩一起去拜拜。")
it(Z, "元旦", CASUAL, "奶奶", "家人", "奶奶", "奶奶元旦快乐！新的一年身体棒棒的。",
   "好 今年过年回来待几天", "happy", "what", RESP, "能待十天，初八才走。")
it(Z, "元旦", CASUAL, "男朋友", "恋人", "阿泽", "新年快乐！倒计时的时候好想你",
   "我也是 刚才零点给你打电话占线 跟谁聊呢😤", "teasing", "what", INTI, "跟我妈，她非要第一个祝我新年快乐。")
it(Z, "元旦", BIZ, "客户", "客户", "何总", "何总，新年快乐！感谢一路同行。",
   "新年快乐 明年续约的事 你们1号之前给个方案", "cold", "request", FORM, "好的何总，方案12月30号前发您审阅。",
   forbid=NO_OVERTIME)
it(E, "元旦", CASUAL, "teacher", "老师", "Professor Allen", "Happy New Year, Professor Allen! Thank you for a wonderful first semester.",
   "Thank you! Enjoy the break. Are you signing up for my seminar in spring?", "happy", "yes_no", RESP,
   "Yes, I registered yesterday, Professor Allen.")
it(Z, "元旦", CASUAL, "儿子", "家人", "儿子", "儿子新年快乐！",
   "在宿舍 室友都回家了 就我一个", "sad", "none", INTI, "那我给你点个外卖，想吃的发我。",
   thread=("R:新年快乐老爸", "S:在宿舍跨年还是出去了？"))
it(Z, "元旦", CASUAL, "邻居", "其他", "张叔", "张叔元旦快乐！",
   "同乐同乐 你家阳台的水管冻上了 你回来没", "worried", "yes_no", RESP, "还没回来，张叔，明天下午到，麻烦您帮忙盯一下。")
it(Z, "元旦", CASUAL, "同事", "同事", "小孟", "元旦快乐呀",
   "🎉", "cold", "none", CAS, "新年一起加油！")
it(E, "元旦", CASUAL, "father-in-law", "家人", "Mr. Grant", "Happy New Year, Mr. Grant! Thanks for having us over last night.",
   "Luck my foot. Rematch next Sunday, 2pm, bring your wallet.", "teasing", "invitation", RESP,
   "Deal, I'll be there Sunday at 2 with my wallet and a bottle of wine.",
   thread=("R:Pleasure. Emily says you won at cards", "S:Beginner's luck, I promise."), pick=True)
it(Z, "元旦", CASUAL, "母亲", "家人", "妈", "妈新年快乐！",
   "三天也行路上注意安全到了给妈发个消息别让我担心", "worried", "request", INTI, "好，到了第一时间给您发消息。",
   thread=("R:新年好 今年能回来几天", "S:估计就三天，项目太紧。"))
# ---------------------------------------------------------------- 冬至
it(Z, "冬至", CASUAL, "母亲", "家人", "妈", "妈 冬至快乐 今天包饺子了吗",
   "包了 你不在家 包了一半就不想包了", "sad", "none", INTI, "下周我就回去，陪您包一整天。")
it(Z, "冬至", CASUAL, "朋友", "朋友", "老马", "冬至大如年！今晚你家煮啥？",
   "饺子 你来不来 我多煮点", "happy", "invitation", CAS, "来！七点到，带瓶醋。")
it(E, "冬至", TECH, "colleague", "同事", "Raj", "Happy Dongzhi, Raj! Leave before dark for once 😄",
   "wish I could. deploy window is 10pm to 2am", "busy", "none", CAS,
   "Brutal. I'll leave some dumplings in the office fridge for you.")
it(Z, "冬至", CASUAL, "岳父", "家人", "叔叔", "叔叔冬至快乐，天冷注意保暖。",
   "好 小区停暖气了 你们那边暖和不", "worried", "yes_no", RESP, "暖和，家里开着地暖，叔叔那边要不要买个取暖器？")
it(Z, "冬至", CASUAL, "老师", "老师", "周老师", "周老师冬至快乐！记得吃饺子。",
   "吃了 食堂的 白菜馅 还行", "happy", "none", RESP, "那周老师周末来家里吃手工包的。")
it(Z, "冬至", BIZ, "领导", "领导", "孙总", "孙总冬至安康！",
   "明天上午九点的会改到下午两点 通知一下大家", "cold", "request", RESP, "好的孙总，我马上在群里通知。")
it(Z, "冬至", CASUAL, "女朋友", "恋人", "宝贝", "冬至快乐宝贝",
   "那我煮好饺子等你 你要吃几个", "happy", "what", INTI, "二十个，饿了一下午。",
   thread=("R:快乐 你今天又要很晚吗", "S:八点下班。"))
it(Z, "冬至", CASUAL, "爷爷", "家人", "爷爷", "爷爷冬至快乐，我给您寄了羊肉。",
   "收到了 你一个人在外面 也要吃饺子", "touched", "none", RESP, "吃了，爷爷放心，同事一起包的。")
it(Z, "冬至", BIZ, "客户", "客户", "冯总", "冯总冬至安康，天寒注意保暖。",
   "谢谢 年底对账单什么时候能出来", "cold", "when", FORM, "周五下班前发给您，冯总。", forbid=NO_OVERTIME)
it(E, "冬至", CASUAL, "mother", "家人", "Mom", "Mom, making your tangyuan recipe tonight for the longest night 🥣",
   "did you remember the ginger syrup? your dad says hi", "happy", "yes_no", INTI, "Yes, ginger syrup and all. Tell Dad hi back.")
it(Z, "冬至", CASUAL, "弟弟", "家人", "老弟", "冬至快乐！在学校吃饺子没？",
   "没 食堂卖完了 哥给我发个红包买夜宵呗", "happy", "request", CAS, "行，发了，买点热的吃。")
it(Z, "冬至", BIZ, "领导", "领导", "周总", "周总冬至安康！",
   "五点到我办公室一趟 带上季度数据", "cold", "request", RESP, "好的周总，五点准时到，数据已经备好。",
   thread=("R:安康 你在公司吗", "S:在的，周总有事吩咐？"))
# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "亲爱的", "七夕快乐！晚上想去哪吃？",
   "你定 我都行", "happy", "where", INTI, "那去江边那家西餐厅，七点我来接你。")
it(Z, "七夕", CASUAL, "男朋友", "恋人", "阿峰", "七夕快乐 对不起今年又赶不回去",
   "习惯了", "cold", "none", INTI, "我改签了明早最早的航班，中午就到你身边。", forbid=("下次", "明年一定"))
it(E, "七夕", CASUAL, "partner", "恋人", "babe", "Happy Qixi! Roses are on your desk 🌹",
   "you sneaky thing. dinner's on me then. thai or korean?", "happy", "choice", INTI,
   "Korean, obviously. I'll book the place near your office.", must=("thai", "korean"))
it(Z, "七夕", CASUAL, "朋友", "朋友", "小雅", "七夕快乐！今年有约会了吗",
   "约会个锤子 跟猫过", "teasing", "none", CAS, "猫比人靠谱，晚上我来找你和猫喝一杯。")
it(Z, "七夕", TECH, "同事", "同事", "小许", "七夕快乐～早点下班约会去吧",
   "约啥 还有三个需求没改完", "busy", "none", CAS, "那我先溜了，给你点杯咖啡续命。")
it(Z, "七夕", CASUAL, "老婆", "恋人", "老婆", "老婆七夕快乐，花订了晚上到。",
   "行吧 那晚饭你做 我要吃可乐鸡翅", "happy", "request", INTI, "好，可乐鸡翅加一个番茄蛋汤，七点开饭。",
   thread=("R:又买花 上次的还没谢", "S:这次是向日葵，不一样。"), pick=True)
it(Z, "七夕", CASUAL, "朋友", "朋友", "琪琪", "七夕快乐！听说你们分手了，还好吗",
   "还好吧 就是有点空 你最近怎么样", "sad", "how_are_you", CAS, "我挺好的，这周末出来吃个饭吧，我请。",
   forbid=("七夕快乐",))
it(E, "七夕", CASUAL, "brother", "家人", "little bro", "Happy Qixi, little bro! Did you finally ask her out?",
   "did. she said yes. we're going to the night market tonight 😎🎉", "happy", "none", CAS,
   "About time! Bring cash, the night market stalls rarely take cards.")
it(Z, "七夕", CASUAL, "老公", "恋人", "老公", "老公七夕快乐😘",
   "快乐 今晚孩子谁带 我妈说她可以", "happy", "what", INTI, "让妈带一晚，我们出去吃饭看电影。")
it(Z, "七夕", CASUAL, "姐姐", "家人", "姐", "姐 七夕快乐 姐夫给你准备啥惊喜了",
   "惊喜就是他忘了 🙂🙂", "teasing", "none", CAS, "我去提醒他，今晚必须补上。")
it(Z, "七夕", CASUAL, "女朋友", "恋人", "小雨", "七夕快乐呀",
   "那七点电影院门口见 看完去吃烤肉 行不行", "happy", "yes_no", INTI, "行，七点门口见，烤肉我请。",
   thread=("R:快乐 今天下班早吗", "S:六点能走。"))
# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "小满", "情人节快乐！巧克力寄到你公司了",
   "收到了 同事都在起哄 😳😳 今晚几点见", "happy", "when", INTI, "七点，你公司楼下见。")
it(E, "情人节", CASUAL, "partner", "恋人", "Sam", "Happy Valentine's, babe. Dinner at 8?",
   "can we do 9? stuck in a meeting that won't die", "busy", "yes_no", INTI, "Yes, 9 works, I'll move the booking.")
it(Z, "情人节", CASUAL, "朋友", "朋友", "阿伟", "情人节快乐！单身狗也要快乐！",
   "谢谢提醒 本来忘了😑", "teasing", "none", CAS, "那我请你吃顿火锅，单身也得吃好的。")
it(Z, "情人节", CASUAL, "老公", "恋人", "老公", "老公情人节快乐 今年有什么安排？",
   "保密 你晚上六点前到家就行", "happy", "request", INTI, "好，六点前一定到家，好期待。")
it(Z, "情人节", CASUAL, "同事", "同事", "小美", "情人节快乐！今天收了几束花？",
   "0 还是自己买的 😂", "teasing", "none", CAS, "自己买的最香，下午茶我请。")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿杰", "情人节快乐 给你订了电影票",
   "这么晚 我明早七点的班啊", "worried", "none", INTI, "那改成七点那场，看完早点送你回家。",
   thread=("R:哪场", "S:晚上九点半的。"))
it(E, "情人节", CASUAL, "friend", "朋友", "Priya", "Happy Galentine's, Priya! Brunch tomorrow?",
   "YES. 11am at that pancake place?", "happy", "yes_no", CAS, "Yes, 11 works, I'll grab us a table.")
it(Z, "情人节", CASUAL, "女朋友", "恋人", "佳佳", "情人节快乐！我在你楼下",
   "啊？？我还没化妆 你等我二十分钟", "happy", "request", INTI, "好，不急，我在车里等你。")
it(Z, "情人节", CASUAL, "朋友", "朋友", "大鹏", "情人节快乐呀",
   "🌹🌹🌹", "happy", "none", CAS, "收到你的玫瑰，改天请你喝一杯。")
it(Z, "情人节", CASUAL, "老婆", "恋人", "老婆", "老婆情人节快乐，今年没法陪你，对不起。",
   "在外地注意身体 礼物我收到了 你啥时候回", "touched", "when", INTI, "下周三晚上回，第一时间回家。")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "小凯", "情人节快乐，晚上吃火锅还是西餐？",
   "西餐吧 想穿裙子", "happy", "none", INTI, "好，那我订八点的位子，你慢慢打扮。")
# ---------------------------------------------------------------- 教师节
it(Z, "教师节", CASUAL, "老师", "老师", "李老师", "李老师教师节快乐！您是我遇到过最好的班主任。",
   "谢谢 这么多年还记得老师 心里暖暖的", "touched", "none", RESP, "一直记得您，寒假回去一定去看您。")
it(Z, "教师节", CASUAL, "老师", "老师", "王老师", "王老师教师节快乐！",
   "下周校庆 有空回来看看吗", "happy", "invitation", RESP, "有空，王老师，下周一定回学校看您。",
   thread=("R:谢谢 好久没见了", "S:是啊，毕业三年了。"))
it(E, "教师节", CASUAL, "teacher", "老师", "Mrs. Okafor", "Happy Teachers' Day, Mrs. Okafor! Your essay class is the reason I love writing.",
   "That means the world. Are you still writing? Send me something.", "touched", "request", RESP,
   "I am, and I'll send you my newest story this weekend.")
it(Z, "教师节", CASUAL, "老师", "老师", "陈老师", "陈老师教师节快乐！",
   "快乐 孩子今年上几年级了", "happy", "what", RESP, "上三年级了，陈老师，成绩还不错。")
it(Z, "教师节", CASUAL, "老师", "老师", "杨老师", "杨老师教师节快乐！小朵这周练琴很认真。",
   "是吗 那周六检查一下 别让她偷懒", "happy", "request", RESP, "好的杨老师，周六一定让她准时到。", pick=True)
it(Z, "教师节", CASUAL, "同事", "同事", "许老师", "教师节快乐同事！今天收到花了吗",
   "收了三束 还有一个学生送了自己画的我 画得像个土豆🥔😂", "happy", "none", CAS, "土豆也是可爱的土豆，快发我看看。")
it(Z, "教师节", CASUAL, "母亲", "家人", "妈", "妈，今天也是您的节日，三十年讲台站下来辛苦了。",
   "你还记得 妈今天收到你以前同学的短信 好感动", "touched", "none", INTI, "当然记得，周末回去给您带束花。")
it(E, "教师节", CASUAL, "coach", "老师", "Coach Ruiz", "Happy Teachers' Day, Coach Ruiz! Still doing laps because of you.",
   "Ha! How's the knee holding up these days?", "happy", "how_are_you", RESP,
   "Much better, Coach. I'm running three times a week again.")
it(Z, "教师节", BIZ, "领导", "领导", "赵校长", "赵校长教师节快乐！",
   "同乐 明天的表彰大会稿子改好了吗", "cold", "yes_no", RESP, "改好了，赵校长，今晚发您邮箱。")
it(Z, "教师节", CASUAL, "朋友", "朋友", "阿琳", "教师节快乐，人民教师！",
   "快乐啥 今天三十个家长找我 嗓子哑了", "busy", "none", CAS, "辛苦了，给你寄了罗汉果，记得泡水喝。")
it(Z, "教师节", CASUAL, "儿子", "家人", "儿子", "儿子 今天教师节 给老师送贺卡了吗",
   "送了 老师还抱了我一下 嘿嘿", "happy", "none", INTI, "真棒，晚上奖励你一个冰淇淋。")
it(Z, "教师节", CASUAL, "老师", "老师", "高老师", "高老师教师节快乐！",
   "今年身体不太好 住了两次院 看到你们的消息很欣慰", "sad", "none", RESP, "高老师一定好好养身体，下周我去家里看望您。",
   thread=("R:谢谢 我退休了", "S:您退休了也是我们的老师！"))
# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈", "妈，母亲节快乐！花收到了吗？",
   "收到了 插在餐桌上 下次别买了 贵", "worried", "request", INTI, "不贵，妈喜欢就好，下回我买盆能养的。")
it(Z, "母亲节", CASUAL, "婆婆", "家人", "妈", "妈，节日快乐！这两年孩子全靠您带，辛苦了。",
   "一家人说啥谢 你工作别太累 孩子我看着呢", "touched", "none", RESP, "有您在我们特别放心，周末带您去泡温泉。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mum", "Happy Mother's Day, Mum! Brunch is booked for 11.",
   "oh love, you didn't have to. Should I wear the blue dress or the green one?", "touched", "choice", INTI,
   "The blue one, it's my favourite on you.", must=("blue", "green"))
it(Z, "母亲节", CASUAL, "外婆", "家人", "外婆", "外婆，今天您是妈妈的妈妈，要过双份的节！",
   "哎哟 这孩子嘴甜 外婆血压有点高 这两天没出门", "sad", "none", RESP, "外婆多休息，药按时吃，我周六回去看您。")
it(Z, "母亲节", CASUAL, "老婆", "恋人", "老婆", "孩子他妈母亲节快乐！今天你歇着，我和闺女做饭。",
   "你俩做饭？？我先把灭火器找出来🧯", "teasing", "none", INTI, "放心，番茄炒蛋我练了一周。", pick=True)
it(Z, "母亲节", CASUAL, "岳母", "家人", "阿姨", "阿姨母亲节快乐！",
   "那顺路帮我在楼下取个快递", "happy", "request", RESP, "好的阿姨，取了一起带上去。",
   thread=("R:谢谢 你们今天回来吃饭吗", "S:回，十一点到。"))
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈", "妈母亲节快乐 今年的礼物是按摩椅 下午送到",
   "啥？？多少钱 能退不", "worried", "yes_no", INTI, "不能退了，已经装好了，您就安心用吧。")
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Linda", "To the woman who taught Mark to cook: happy Mother's Day, Linda. Your son is the best thing that happened to me.",
   "Oh honey, you'll make me cry. You two still on for lunch Sunday?", "touched", "yes_no", RESP,
   "Yes, Linda, we are both coming. I will make the salad this time.")
it(Z, "母亲节", CASUAL, "姐姐", "家人", "姐", "姐，第一个母亲节，新手妈妈辛苦啦",
   "辛苦倒没啥 就是三个月没睡过整觉了 🥲", "worried", "none", CAS, "周末我去帮你带一天，你好好补个觉。")
it(Z, "母亲节", CASUAL, "同事", "同事", "丽姐", "母亲节快乐 宝妈同事！",
   "快乐 下午的会你帮我顶一下 娃发烧了", "worried", "request", CAS, "没问题，会我去开，你安心照顾孩子。")
it(Z, "母亲节", CASUAL, "奶奶", "家人", "奶奶", "奶奶母亲节快乐！我给您寄了一件毛衣。",
   "毛衣挺好看的 就是颜色太艳了 穿出去人家笑", "happy", "none", RESP, "一点不艳，奶奶穿红的显年轻。")
it(Z, "母亲节", CASUAL, "朋友", "朋友", "小满妈妈", "母亲节快乐！小满妈妈～",
   "谢谢 小满刚学会叫妈妈 哭死我了😭❤️", "touched", "none", CAS, "太好了，下次视频让她也叫我一声。")
it(E, "母亲节", CASUAL, "mother", "家人", "Mom", "Happy Mother's Day to my own mom! Flowers arrive at noon 💐",
   "you spoil me. don't forget your dentist thing tomorrow, you always forget", "happy", "request", INTI,
   "Will do, Mom, it's in my calendar for 10am.",
   thread=("R:they're gorgeous!! did you pick them yourself?", "S:Every single tulip."))
# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸", "爸，父亲节快乐！",
   "好 吃饭没", "happy", "yes_no", INTI, "吃了，刚吃完面，爸您也早点吃。")
it(Z, "父亲节", CASUAL, "岳父", "家人", "叔叔", "叔叔父亲节快乐！给您买了两瓶酒。",
   "买啥酒 人来就行 周末过来喝两杯", "happy", "invitation", RESP, "好嘞叔叔，周六晚上过去陪您喝。")
it(E, "父亲节", CASUAL, "father", "家人", "Pops", "Happy Father's Day, Pops! The new grill arrives Tuesday.",
   "Fair point. Can you come over Saturday and help me set it up?", "happy", "request", INTI,
   "Sure, I'll be there Saturday morning with tools and burgers.",
   thread=("R:A grill? You shouldn't have.", "S:You've been burning burgers on that old one for 15 years."), pick=True)
it(Z, "父亲节", CASUAL, "爷爷", "家人", "爷爷", "爷爷父亲节快乐！您是最好的老爸的老爸。",
   "哈哈哈 你爸今天给我打电话了 说你要考研", "happy", "none", RESP, "是的爷爷，准备考明年的，您放心。")
it(Z, "父亲节", CASUAL, "老公", "恋人", "老公", "孩子他爸节日快乐！闺女偷偷画了你",
   "拍给我看看 在外面出差一周了 想她了", "touched", "request", INTI, "好，马上拍给你，她还录了一段语音。")
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸", "爸父亲节快乐，体检报告出来了吗？",
   "出来了 血糖有点高 医生让复查 没啥事", "sad", "none", INTI, "复查那天我陪您去，这周先少吃甜的。")
it(Z, "父亲节", TECH, "同事", "同事", "老胡", "父亲节快乐，新手奶爸！",
   "快乐啥 昨晚起了五次 现在眼睛睁不开", "teasing", "none", CAS, "辛苦了，中午你趴会儿，电话我帮你接。")
it(E, "父亲节", BIZ, "boss", "领导", "Mr. Osei", "Happy Father's Day, Mr. Osei. Hope the kids spoil you today.",
   "They made me breakfast at 6am. Burnt toast. Best day ever.", "happy", "none", RESP,
   "That sounds like a perfect morning, Mr. Osei. Enjoy the rest of the day.")
it(Z, "父亲节", CASUAL, "公公", "家人", "爸", "爸，父亲节快乐！腰好点了吗？",
   "好多了 不用惦记 你们忙你们的", "happy", "none", RESP, "那就好，周末我们带点药酒回去看您。")
it(Z, "父亲节", CASUAL, "儿子", "家人", "儿子", "儿子，爸爸节日也祝你快乐，明年你也要当爸了。",
   "爸 你这是催我去给你买酒吗", "teasing", "none", INTI, "被你看穿了，周末带瓶黄酒回来。")
it(Z, "父亲节", CASUAL, "朋友", "朋友", "大军", "父亲节快乐！今天陪老爷子去哪玩了？",
   "带他去钓虾 钓了一下午 一只没有 他还乐呵呵的", "happy", "none", CAS, "老爷子心态真好，下回带上我。")
it(Z, "父亲节", CASUAL, "岳父", "家人", "叔叔", "叔叔父亲节快乐！",
   "那中午你们想吃什么 我去菜市场", "happy", "what", RESP, "红烧鱼和炒青菜就行，叔叔别太麻烦。",
   thread=("R:好 今天小雪回来了吗", "S:回了，在厨房帮阿姨做饭。"))
# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "friend", "朋友", "Sam", "Sam! Turkey day hugs from across town, so grateful for you 🦃",
   "grateful for you too!! friendsgiving at mine saturday, you're bringing pie right?", "happy", "yes_no", CAS,
   "Yes, pumpkin pie is already on my list.")
it(E, "感恩节", BIZ, "client", "客户", "Mr. Collins", "Mr. Collins, all of us here wish you a warm Thanksgiving and thank you for the partnership.",
   "Thank you. Is the Q1 forecast still on track for next week?", "cold", "yes_no", FORM,
   "Yes, it is on track, and you will have it by Wednesday.", forbid=("overtime",))
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈", "妈 今天感恩节 想跟您说声谢谢 这些年让您操心了",
   "突然这么煽情 是不是出啥事了", "worried", "yes_no", INTI, "没有没有，就是想您了，一切都好。")
it(Z, "感恩节", CASUAL, "同事", "同事", "小芳", "感恩节快乐！感谢这一年你带我。",
   "客气 晚上部门聚餐你订的哪家", "happy", "where", CAS, "楼下那家烤肉店，六点半。")
it(Z, "感恩节", BIZ, "领导", "领导", "马总", "马总感恩节快乐！谢谢您这一年的信任。",
   "也谢谢你 明年继续 最近身体怎么样 上次听说你住院了", "happy", "how_are_you", RESP, "已经好了，马总，现在身体挺好的。")
it(Z, "感恩节", CASUAL, "老师", "老师", "吴老师", "吴老师，感恩节想起您当年劝我别放弃画画，谢谢您！",
   "你现在还画吗", "happy", "yes_no", RESP, "还在画，去年还办了个小展，吴老师。")
it(Z, "感恩节", CASUAL, "朋友", "朋友", "阿强", "感恩节快乐！",
   "那请吃饭 火鸡就算了 烤鸭安排上", "teasing", "request", CAS, "行，周六全聚德，烤鸭管够。",
   thread=("R:你过这个？", "S:蹭个节，感谢你上次帮我搬家。"))
it(Z, "感恩节", BIZ, "客户", "客户", "唐总", "唐总感恩节快乐！感谢一年的合作。",
   "🙏🙏", "cold", "none", FORM, "唐总周末愉快，明年继续合作。", forbid=NO_OVERTIME)
it(Z, "感恩节", CASUAL, "婆婆", "家人", "妈", "妈感恩节快乐！谢谢您每周给我们送菜。",
   "这有啥 你们吃得完吗 不够再说", "happy", "yes_no", RESP, "够吃，每周都吃得干干净净，您别太辛苦。")
it(E, "感恩节", CASUAL, "grandmother", "家人", "Grandma Rose", "Happy Thanksgiving, Grandma Rose! Wish I were at your table this year.",
   "We miss you, sweetie. The turkey is too big without you. Are you eating well out there?", "happy", "how_are_you",
   RESP, "I'm doing well, Grandma, and I'm eating much better than last year.")
it(Z, "感恩节", CASUAL, "同事", "同事", "小北", "感恩节快乐～感谢一年的咖啡续命",
   "那以后咖啡你请", "teasing", "request", CAS, "行，下周五杯咖啡我全包了。", pick=True)
it(E, "感恩节", BIZ, "boss", "领导", "Mr. Dunn", "Happy Thanksgiving, Mr. Dunn! Thanks for the early dismissal.",
   "Good luck. Please send me the client deck tonight if you can, I'm reviewing it over the weekend.", "cold",
   "request", RESP, "Of course, Mr. Dunn, you'll have the deck by 8 tonight.",
   thread=("R:Enjoy it. Any plans?", "S:Dinner with my in-laws, wish me luck."))
it(Z, "感恩节", CASUAL, "同事", "同事", "小顾", "感恩节快乐！下午茶我请。",
   "都想要 要不你选 珍珠奶茶还是拿铁 我纠结", "happy", "choice", CAS, "拿铁吧，下午还要开会提神。", must=("奶茶", "拿铁"))
# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "朋友", "朋友", "小白", "生日快乐！又老一岁～",
   "谢 老了老了 晚上来我家吃火锅 就差你了", "happy", "invitation", CAS, "马上到，带一瓶红酒过去。")
it(Z, "生日", CASUAL, "母亲", "家人", "妈", "妈 生日快乐！蛋糕订好了，晚上送到。",
   "又破费 你自己在外面吃好点没", "worried", "yes_no", INTI, "吃好了，妈放心，每天都有肉有菜。")
it(E, "生日", CASUAL, "colleague", "同事", "Leo", "Happy birthday, Leo! Come to the kitchen at 3, there may be cake 🎂",
   "omg you guys. what flavor is it?", "happy", "what", CAS, "Lemon with raspberry filling, your favourite.")
it(Z, "生日", BIZ, "领导", "领导", "王总", "王总生日快乐！祝您身体健康，万事顺遂。",
   "谢谢 谁告诉你的", "happy", "what", RESP, "人事的生日提醒，王总，今天全组给您准备了惊喜。")
it(Z, "生日", CASUAL, "女朋友", "恋人", "宝", "生日快乐我的宝！",
   "不行 我现在就要知道是啥 给个提示", "happy", "request", INTI, "好，提示：会发光，你每天都能用到。",
   thread=("R:谢谢宝 礼物呢", "S:晚上见面给你。"))
it(Z, "生日", TRAD, "奶奶", "家人", "奶奶", "奶奶八十大寿，孙儿远程给您磕个头，福如东海，寿比南山！",
   "好好好 乖孙 今天人来得齐 就差你一个", "sad", "none", RESP, "对不起奶奶，下个月一定回去给您补过。")
it(Z, "生日", CASUAL, "弟弟", "家人", "老弟", "生日快乐老弟！红包收好",
   "谢谢哥 不过能再加个游戏皮肤吗 就一个🙏🙏", "happy", "request", CAS, "行，就一个，考完试再给你买。")
it(E, "生日", CASUAL, "partner", "恋人", "my love", "Happy birthday, my love. Stay put, a tray with coffee is coming up ☕",
   "it's 6am. on a saturday. you're lucky I love you", "teasing", "none", INTI,
   "Coffee is extra strong to make up for it. Stay in bed.")
it(Z, "生日", TECH, "同事", "同事", "阿明", "生日快乐！今天还来上班啊",
   "来了 活多 晚上再说", "busy", "none", CAS, "那午饭我请，给你补个小蛋糕。")
it(Z, "生日", CASUAL, "老师", "老师", "孙老师", "孙老师生日快乐！学生们给您订了花。",
   "谢谢同学们 谁带的头 从实招来😄", "happy", "what", RESP, "是班长张罗的，孙老师，大家都出了份子。")
it(Z, "生日", BIZ, "客户", "客户", "林总", "林总生日快乐！祝您新岁顺遂，事业长虹。",
   "谢谢 有心了", "cold", "none", FORM, "林总客气了，祝您今天过得愉快。", forbid=NO_OVERTIME)
it(Z, "生日", CASUAL, "父亲", "家人", "爸", "爸生日快乐！今天少喝点酒。",
   "就喝了一杯 你妈管着呢 你啥时候回来看看", "happy", "when", INTI, "月底回去，陪您喝两杯。")
it(Z, "生日", CASUAL, "朋友", "朋友", "老K", "生日快乐！",
   "立个啥 我连床都起不来 🛌", "teasing", "none", CAS, "那就躺着过，晚上我把蛋糕送到床边。",
   thread=("R:谢谢 都三十了", "S:三十而立，立起来！"), pick=True)
# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "friend", "朋友", "Jo", "Merry Christmas, Jo! Hope Santa was good to you 🎄",
   "he brought me a cold 🤧🤧 spending christmas in bed", "sad", "none", CAS,
   "Oh no, feel better soon. I'll drop off soup tomorrow.", pick=True)
it(E, "圣诞节", BIZ, "boss", "领导", "Ms. Hart", "Merry Christmas, Ms. Hart, and thank you for a great year on the team.",
   "Lovely. Could you check the year-end report before you go offline?", "cold", "request", RESP,
   "Of course, I'll check it tonight before I log off, Ms. Hart.",
   thread=("R:Thank you, Ana. Are you travelling?", "S:Yes, visiting family in Lisbon until the 2nd."))
it(Z, "圣诞节", TECH, "朋友", "朋友", "阿伦", "圣诞快乐！今晚平安夜有安排吗",
   "加班到十点 平安夜就是平安下班", "busy", "none", CAS, "辛苦，下班给你送个苹果，保平安。")
it(Z, "圣诞节", CASUAL, "男朋友", "恋人", "阿辰", "圣诞快乐！礼物藏在你书包里了",
   "找到了 围巾好暖 你亲手织的？？", "touched", "yes_no", INTI, "是的，织了一个月，拆了三回。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "小方", "圣诞快乐！今天交换礼物抽到谁了",
   "抽到你了 你猜我送你啥", "happy", "what", CAS, "肯定是那个会唱歌的圣诞帽。")
it(Z, "圣诞节", BIZ, "客户", "客户", "徐总", "徐总圣诞快乐！",
   "嗯 年前还能再发一批货吗", "cold", "yes_no", FORM, "能的，徐总，27号前可以再发一批。", forbid=NO_OVERTIME)
it(E, "圣诞节", CASUAL, "sister", "家人", "sis", "Merry Xmas sis! Mom says you're bringing the new boyfriend 👀",
   "he's nice. he's also vegan. can you warn grandma before she makes the ham", "happy", "request", CAS,
   "On it, I'll call Grandma tonight and ask her to add a veggie dish.",
   thread=("R:she told you?? of course she did", "S:So... is he nice?"))
it(Z, "圣诞节", CASUAL, "女儿", "家人", "宝贝", "宝贝圣诞快乐！圣诞老人给你留礼物了吗",
   "留了！是我要的那套画笔 妈妈你看见圣诞老人了吗", "happy", "yes_no", INTI, "没看见，他趁你睡着悄悄来的。")
it(Z, "圣诞节", CASUAL, "房东", "其他", "刘阿姨", "刘阿姨圣诞快乐！祝您节日愉快。",
   "谢谢 下个月的房租记得5号前交哦", "cold", "request", RESP, "好的刘阿姨，5号前一定转给您。")
it(E, "圣诞节", CASUAL, "neighbour", "其他", "Mrs. Patel", "Merry Christmas, Mrs. Patel! Thank you for the cookies.",
   "You're welcome, dear. Is your heating working again? It was freezing yesterday.", "worried", "yes_no", RESP,
   "Yes, it's fixed now, thank you for checking on me.")
it(Z, "圣诞节", CASUAL, "母亲", "家人", "妈", "妈圣诞快乐！今年在伦敦第一个圣诞。",
   "那边冷吗 饭吃得惯不 一个人别太想家", "worried", "how_are_you", INTI, "挺好的，不冷，同事还请我去家里吃饭了。")
it(Z, "圣诞节", CASUAL, "同事", "同事", "小潘", "圣诞快乐～",
   "🎄", "cold", "none", CAS, "节日快乐，明天见！")
it(E, "圣诞节", BIZ, "client", "客户", "Ms. Nguyen", "Season's greetings, Ms. Nguyen, from all of us at Brightline.",
   "Season's greetings. When can we expect the updated invoice?", "cold", "when", FORM,
   "You will have it by Monday morning, Ms. Nguyen.", forbid=("overtime",))
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "阿杰", "圣诞快乐！",
   "你说 我都可以", "happy", "where", CAS, "去三里屯那家酒吧吧，九点门口见。",
   thread=("R:快乐 今晚出来玩不", "S:好啊，去哪？"))
it(E, "圣诞节", CASUAL, "colleague", "同事", "Tom", "Merry Christmas, Tom! Office party tonight?",
   "yep. ugly sweater or santa hat, which one should I wear?", "happy", "choice", CAS,
   "Go with the ugly sweater, the louder the better.", must=("sweater", "santa hat"))
# ---------------------------------------------------------------- added for spread (other relations, where, how are you)
it(Z, "国庆", CASUAL, "房东", "其他", "张叔", "张叔国庆快乐！出门前我把燃气阀关好了。",
   "你楼下那户说漏水了 我得进去看看 你备用钥匙放哪了", "worried", "where", RESP, "放在门口地垫下面，张叔，麻烦您了。")
it(E, "感恩节", CASUAL, "doctor", "其他", "Dr. Reyes", "Happy Thanksgiving, Dr. Reyes. Thank you for everything during my surgery.",
   "That's kind of you. How is the incision healing? Any pain when you walk?", "worried", "how_are_you", RESP,
   "It's healing well, Dr. Reyes. I'm walking every day with only a little stiffness.")
it(Z, "圣诞节", CASUAL, "快递员", "其他", "小李", "小李圣诞快乐，一年辛苦了！",
   "谢 今天三百多件 没空聊", "busy", "none", CAS, "辛苦了，慢点骑，注意安全。")
it(Z, "清明", CASUAL, "朋友", "朋友", "小龚", "清明安康，今年回去看阿姨了吗",
   "回不去 你说我在这边去哪能给她烧点纸", "sad", "where", CAS, "城西的江边有人祭扫，我陪你一起去。")
it(E, "情人节", CASUAL, "partner", "恋人", "Ellie", "Happy Valentine's Day! Meet you at the restaurant at 7 ❤️",
   "I'm here and they say there's no booking under your name 😬 which place did you book??", "worried", "where", INTI,
   "Oh no, I booked Luigi's on King Street, not the one on Main. Stay there, I'll come to you.")
it(Z, "教师节", CASUAL, "老师", "老师", "郑老师", "郑老师教师节快乐！学生在外地一切安好。",
   "真的安好吗 上次听你说在新公司压力大 现在呢", "worried", "how_are_you", RESP, "现在好多了，郑老师，同事都很照顾，已经适应了。")
it(Z, "元宵", CASUAL, "朋友", "朋友", "晓晓", "元宵快乐！好久不联系了，想你了",
   "天哪 你还记得我 感动😭 这两年过得咋样", "touched", "how_are_you", CAS, "过得还不错，换了份工作，有空约你吃顿饭。")
it(Z, "元旦", CASUAL, "同事", "同事", "小冯", "新年快乐！今天去团建吗",
   "在路上了 导航迷路了 你们到底在哪个门", "worried", "where", CAS, "北门停车场，进来左手边就是。")
it(E, "国庆", CASUAL, "colleague", "同事", "Marco", "Happy Golden Week! How's the new team treating you?",
   "fine.", "cold", "none", CAS, "Glad to hear it. Ping me if you want lunch next week.")
it(Z, "生日", CASUAL, "女朋友", "恋人", "小鱼", "生日快乐！晚上庆祝一下？",
   "好 去哪 这回你安排 别又是那家烤鱼", "teasing", "where", INTI, "这次去湖边那家法餐，七点我来接你。")


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
        iid = f"fb10-{n:03d}"
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
    from followup_blind10_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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


NOTE = """# Follow-up blind set 10 (`followup_blind10_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-06. Do not edit the
JSON or the items in the build script; a correction makes a new set with a new name, version and SHA-256. The
build script is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-06 (`"version": "2026-12-06"`).
- **Files:** `followup_blind10_build.py` (holds every item by hand, standard library only, writes the JSON and
  this note), `followup_blind10_check.py` (validator, `--selftest`), `followup_blind10_2026-12.json` (the set),
  `followup_blind10_2026-12.md` (this note), all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb10-001` … `fb10-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was opened; no
`.json` file under `tests/data/` was opened; of the tests only `tests/followup_judge.py` was read (in full).
`README.md` was not opened. The ninth set's note (`tests/data/followup_blind9_2026-12.md`) and the eighth set's
note (`tests/data/followup_blind8_2026-12.md`) were read in full for their format, labelling rules, judgement
calls, checks and notes on the judge, which this set follows unchanged; the third to seventh sets' notes were not
opened. The ninth set's check script was read in full (copied and adapted); of its build script only the header,
the `it(...)` helper, the per-holiday word tables (copied unchanged), the assembling code and the note code were
read (located by a listing of its top-level names and section headings); its item section was not opened and no
item text of it was studied or reused. The checker reads the seven earlier notes and the fourth to ninth sets'
build scripts as plain text, only to refuse copied runs. Git was not run and the bot was never run.

{written}

Fields follow `tests/followup_judge.py` and the ninth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` tag (reply picks up a detail or joke) live only in
the build script.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (including a
  mother-in-law addressed as 妈 and a father-in-law as 爸), an uncle and an aunt (舅舅, 姑姑, an English aunt),
  teachers (head teachers, a thesis advisor, a piano teacher, a retired teacher, a coach, a professor), bosses
  (including a headmaster) and elders or service people outside the family (a landlady, a landlord, doctors, neighbours)
  and English elders/bosses/teachers/in-laws/an elderly neighbour; `formal` for clients; `intimate` for
  partners, parents and one's own children; `casual` for friends, siblings and cousins, a nephew, colleagues
  and the parcel courier.
- **forbidden:** per item traps (加班 / "overtime" to clients; 下次 and 明年一定 to a partner let down by a missed
  七夕; 七夕快乐 as a second wish to a friend who just broke up) plus the automatic ones of the earlier sets: when
  the recipient asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to
  English respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐,
  节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to ninth sets' definitions and borderline rules unchanged, as restated in
the eighth and ninth sets' notes (mood is what the latest reply conveys toward the sender, read with the greeting
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

`python3 followup_blind10_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the ninth set's 50 — with the set cut to 150 items — plus a ninth-set example phrase, a
ninth-set whole short reply, 30 characters and 12 Han characters copied from the ninth set's note (runs the texts
the ninth checker read do not hold, so the new texts are proven read)) and requires the validator to fail on each
with the error it targets; `followup_blind10_check.py -` reads a file from stdin. It checks what the ninth set's
validator checks, with at least 180 items (fields, types, canonical values equal to the judge's own tuples, ids
`fb10-NNN` consecutive, no repeated reply or greeting, no Chinese in English items, threads of 1–4 turns,
`must_mention_any` exactly for `choice` with options found in the reply, other-holiday words disjoint and absent
from the item's own text, register consistent with the category, no example wording of the seven earlier notes,
the judge's docstrings or the README, none of the earlier sets' whole short replies and stickers, the automatic
forbidden traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5 short
cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under 40%,
≥30 English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30 threads
of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind over 20%,
the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference shares a run
of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind9_2026-12.md` or `followup_blind4_build.py` … `followup_blind9_build.py` (NFKC, lower-cased).
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
really answer a holiday greeting in chat: parents, grandparents on both sides, parents-in-law, an uncle (舅舅), an
aunt (姑姑) and an English aunt, a nephew, siblings and cousins, sons and a daughter, partners and spouses,
friends, colleagues, bosses (one a headmaster), clients, teachers (a head teacher, a thesis advisor, a piano
teacher, a retired teacher who spent the year in and out of hospital, a professor, a running coach), neighbours
(two English), a landlady and a landlord, doctors (a surgeon's follow-up, an English surgeon) and a parcel
courier. Situations and props of this set: a New Year's Eve dinner set delivered
to the parents, a one-yuan-twenty red-envelope haul, a box of navel oranges, a rabbit lantern that caught fire,
shepherd's-purse tangyuan hung on a door handle, a basil plant that sulks, a post-surgery X-ray on an empty
stomach, a sweet-versus-salty zongzi quarrel, a man who insists on paddling with a bad back, a server outage
watched by the moon, a year-end raffle that yields "thanks for taking part", a frozen balcony pipe, a dinner
rematch at cards, a cancelled flight home on Qixi, a sunflower bouquet, a drawing of a teacher as a potato, a
massage chair a mother wants returned, a fire extinguisher fetched before a husband and daughter cook on Mother's Day, a new grill,
a vegan boyfriend and a grandmother's ham, a hand-knitted scarf unravelled three times. The mix: plain ordinary
replies, short cold answers (习惯了, 好 同乐, "fine.", a single emoji), emoji-only replies and emoji-heavy ones,
voice-input run-ons without punctuation, space-separated chat, chat shorthand (pls, omg), replies that pick up a
detail or a joke of the greeting, and English exchanges with English greetings. The wording avoids the earlier
sets: the checker refuses the example phrases of the seven earlier notes, of the judge's docstrings and of the
README (the earlier checkers' list, kept and extended with the ninth note's examples and props), the earlier sets'
whole short replies and stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run
of more than 11 Han characters or more than 27 characters with the seven notes or with the fourth to ninth sets'
build scripts."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **能不能 / 不 forms.** A client's 样品能不能这周寄过来 and a girlfriend's 你要来接我不 ask the sender to do
   something and are `request`; a nephew asking 我能不能去你家住两天 (his own act, permission) and a mother's
   能退不 about a gift (whether it can be returned) stay `yes_no`.
2. **Who-questions and amounts are `what`:** 跟谁聊呢, 谁告诉你的, 谁带的头, 今晚孩子谁带, 放几天, 待几天, 要吃几个,
   上几年级了. 你猜我送你啥 is `what`; a bare 你猜 after 跨年去哪儿 and 你说 我都可以 / 你定 我都行 after "where"
   are `where`.
3. **Either-or naming both is `choice`** even when the options are dates, drivers or outfits (初四或者初六, 你开车还是
   我开, 8号下午或者9号上午, Monday or Suzhou, blue or green dress, ugly sweater or santa hat); a colleague who
   hands the choice back while naming both drinks is `choice` too.
4. **Plans.** "come to the lion dance with us sunday?" and a boss's 晚上公司聚餐你来不来 are `invitation` (the
   recipient's own event); "11am at that pancake place?" and 七点电影院门口见 … 行不行 confirm a plan and are
   `yes_no`; "you're bringing pie right?" is a tag question and `yes_no`; a father-in-law's "Rematch next
   Sunday, 2pm" is `invitation` with `teasing` mood.
5. **Moods.** A single emoji (🎉, 🎄, 🙏🙏, 🌕👍) or 好 同乐 to a warm greeting is `cold`; 🌹🌹🌹 from a friend on
   Valentine's Day is `happy`; a partner's 习惯了 after another missed 七夕 is `cold`; a grandmother's 就差你一个 at
   her 80th, a father with high blood sugar awaiting a recheck and a grandmother with high blood pressure are
   `sad`; a new mother who has not slept through the night in three months is `worried` (her own ordeal), while a
   new father joking about five wake-ups is `teasing`; a Dad whose wife is making the fish "even with you not
   here" and a partner under clouds on Mid-Autumn are `sad` (missing the sender); a grandmother who misses the
   sender but mostly asks after them is `happy`.
6. **Businesslike replies are `cold`.** A client's 谢谢 + a sample request, a client's 嗯 + a shipment question, a
   client's bare 谢谢 有心了 to a birthday wish and a landlady's rent reminder are `cold`, like the earlier sets'
   businesslike thanks followed by a task. Concern is `worried`: a landlord who must enter the flat because of a
   leak below, a surgeon asking how the incision heals, a teacher who doubts 一切安好, a colleague lost on the way to
   the team outing and a partner at the restaurant with no booking."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were
avoided, not the items changed: in `where` (Chinese), 外滩 and 城西 are not place words (the answers say 江边,
which the judge reads through its Han-character + 江 rule); in `where` (English), "on + Capitalised" is not a
place frame (the answer names King Street); in `yes_no` (Chinese), 吃得挺好的 carries no yes/no marker (the answer
says 吃好了); in `how_are_you` (English), a state word needs a first-person or status frame (the answers say
"I'm running…", "I'm doing well", "It's healing well… I'm walking"). Before the set was frozen, about twenty
greetings, two replies and two references were reworded for this set's own copy rule, not for the judge: stock
openings (…感谢贵司一年来的信任与支…, 妈，教师节快乐！…, 奶奶八十大寿快乐！祝您福如…, "Happy Dragon Boat Festival, …",
"Happy Thanksgiving, Sam! …", "… are you eating properly over there", "… you raised the kindest man …",
"Yes, we'll be there by noon …", "… I'm bringing the lemon …") ran past 27 characters or 11 Han characters in
common with an earlier set's text."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
