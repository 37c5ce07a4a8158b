#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind3_2026-12.json`` (standard library only).

Every item below was written by hand. Each ``it(...)`` call holds one item:
language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send. The reference is NOT written
into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind3_check.py`` can prove that every
item's expectations are satisfiable under the judge.

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers).

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below;
an other-holiday word that the greeting, the thread or the reply itself uses is dropped for that item
(if the recipient says 国庆, a suggestion may say it too). Automatic forbidden phrases: laughter (哈哈 / haha,
lol) when the mood is sad or worried; 清明快乐 / 节日快乐 (happy qingming) at 清明.

Run: ``python3 followup_blind3_build.py`` writes the JSON and the .md next to this file.
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
JSON_NAME = "followup_blind3_2026-12.json"
MD_NAME = "followup_blind3_2026-12.md"

WRITTEN_BY = (
    "Written by hand on 2026-12-05 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/ or scripts/ was opened, "
    "no test file other than tests/followup_judge.py and nothing in tests/data was read, git was not run and the "
    "bot was never run. Each greeting, thread and reply was composed one by one as real people write in chat "
    "(short cold answers, voice-input run-ons without punctuation, emoji-only and emoji-heavy replies, English "
    "exchanges, multi-turn threads), with wording different from the judge's docstring examples. Mood and "
    "question were labelled by the author as a careful human reader would; where a reply asks two things the "
    "main question was chosen by a fixed rule (requests and invitations before information questions, concrete "
    "before phatic or rhetorical, otherwise the question the reply ends on). Expectations (answer_kind = "
    "question, register, forbidden traps, holiday words, must_mention_any for offered options) follow the "
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
       sender=None, thread=(), forbid=(), must=()):
    turns = []
    for t in thread:
        who, text = t.split(":", 1)
        turns.append({"from": {"R": "recipient", "S": "sender"}[who], "text": text})
    _RAW.append(dict(language=lang, holiday=holiday, style=style, relation=relation, relation_category=category,
                     recipient=recipient, sender_name=sender, greeting=greeting, thread=turns, reply=reply,
                     mood=mood, question=question, register=register, ref=ref, forbid=list(forbid),
                     must=list(must)))


Z, E = "zh", "en"
TRAD, CASUAL, TECH, BIZ = "传统喜庆", "轻松自然", "LLM科技风", "商务得体"
PARENT_TRAPS = ["爸妈", "你呢？"]

# ---------------------------------------------------------------- 春节
it(Z, "春节", TRAD, "母亲", "家人", "妈",
   "妈，新年快乐！今年我一定早点回去，帮你包饺子，再也不偷吃馅了😄",
   "哈哈还记得偷吃馅呢 票买好没有？几号到",
   "happy", "when", "intimate", "买好啦，腊月二十八下午到，妈你不用来接！", sender="小雨", forbid=PARENT_TRAPS)
it(Z, "春节", CASUAL, "父亲", "家人", "爸",
   "爸，过年好！今年的春联我来写，您就负责挑酒。",
   "行 你字练了没 别又写歪了",
   "teasing", "yes_no", "intimate", "练了练了，每天晚上写两张，今年保证不歪！", forbid=PARENT_TRAPS)
it(Z, "春节", TRAD, "奶奶", "家人", "奶奶",
   "奶奶，给您拜年啦！祝您身体硬朗，牙口倍儿好，年年都能啃得动猪蹄！",
   "好好好 奶奶就盼着你回来 今年带对象回来不",
   "happy", "yes_no", "respectful", "今年还是我一个人回来，明年争取带回来给您看！", forbid=["你呢？"])
it(Z, "春节", TRAD, "婆婆", "家人", "妈",
   "妈，新春快乐！感谢您一年来帮我们带乐乐，辛苦了，祝您新的一年身体健康、万事顺心！",
   "一家人不说两家话 你们年三十几点到？我好安排炖鸡",
   "happy", "when", "respectful", "我们下午三点左右到，到了我给您打下手！", sender="晓婷", forbid=["你呢？"])
it(Z, "春节", CASUAL, "弟弟", "家人", "老弟",
   "老弟新年快乐！今年红包我多包点，你别再拿去充游戏了啊。",
   "🧧🧧🧧",
   "teasing", "request", "casual", "知道了知道了，红包这就发你，省着点花！")
it(Z, "春节", BIZ, "合作三年的客户", "客户", "张总",
   "张总，新春快乐！感谢您这一年对我们项目的信任与支持，祝贵公司新年业绩长虹，阖家幸福！",
   "同乐同乐。年后有空来公司坐坐，聊聊明年的合作。",
   "happy", "invitation", "formal", "好的张总，年后我提前联系您，登门拜访。", sender="李明", forbid=["加班", "你呢？"])
it(Z, "春节", BIZ, "直属领导", "领导", "刘总",
   "刘总新年好！这一年跟着您学到太多，新的一年继续请您多指点。",
   "收到，新年快乐。",
   "cold", "none", "respectful", "谢谢刘总，祝您假期愉快，阖家安康！")
it(Z, "春节", TECH, "发小", "朋友", "大刘",
   "大刘新年快乐！祝你新的一年bug清零、需求不改、工资像GPU显存一样只涨不降！",
   "哈哈哈哈你是被大模型附体了吗 初三聚不聚 老地方",
   "teasing", "invitation", "casual", "必须聚！初三晚上老地方，我请第一轮。", sender="阿峰")
it(Z, "春节", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝新年快乐！今年是我们一起过的第三个年，明年换我去你家拜年好不好？",
   "我问问我妈先 她估计会拉着你问工资😂",
   "teasing", "none", "intimate", "那我先把工资条背熟，保证对答如流😎",
   thread=["R:今年我家年夜饭有十二个菜", "S:十二个！我能去蹭吗？"])
it(Z, "春节", CASUAL, "同组同事", "同事", "小周",
   "小周新年快乐！去年项目上线那晚谢谢你陪我熬到两点，新年咱们少熬夜多摸鱼！",
   "在高铁上信号差 回头聊 新年快乐",
   "busy", "none", "casual", "好嘞，路上注意安全，到家再说！")
it(Z, "春节", TRAD, "高中班主任", "老师", "陈老师",
   "陈老师，学生给您拜年了！毕业五年了，还常想起您在晚自习给我们讲题的样子。祝您新春快乐，身体健康！",
   "谢谢你还记得老师。现在在哪里工作呀？",
   "touched", "where", "respectful", "陈老师，我现在在杭州一家设计公司上班，一切都好。", sender="王磊")
it(Z, "春节", TRAD, "房东", "其他", "王阿姨",
   "王阿姨新年好！这一年住得很安心，有事您一找就到，祝您和叔叔新春快乐！",
   "新年好新年好！小伙子走之前记得把阳台水管关一下 前两天冻裂了一户",
   "worried", "request", "respectful", "好的王阿姨，我走之前一定把水管关好，您放心。")
it(E, "春节", CASUAL, "college friend", "朋友", "Mike",
   "Happy Lunar New Year, Mike! Eat one dumpling for me — you still owe me from last year.",
   "haha I ate like 30 already. a bunch of us are doing hotpot saturday, wanna join?",
   "happy", "invitation", "casual", "Count me in, I'll bring the chili oil!", sender="Wei")
it(Z, "春节", TRAD, "舅舅", "家人", "舅舅",
   "舅舅新年好！好几年没回去给您拜年了，今年一定上门。",
   "来吧 舅舅搬新家了 你现在在哪个城市上班",
   "happy", "where", "respectful", "舅舅，我现在在苏州上班，初三就回去看您！")
it(Z, "春节", CASUAL, "大学室友", "朋友", "老四",
   "老四新年快乐！毕业八年了，宿舍群里就数你最安静。",
   "哈哈潜水惯了 你呢 这几年过得咋样",
   "happy", "how_are_you", "casual", "挺好的，去年结婚了，现在在深圳上班，就是头发越来越少。")

# ---------------------------------------------------------------- 元宵
it(Z, "元宵", TRAD, "外婆", "家人", "外婆",
   "外婆元宵节快乐！今年没能回去吃您搓的芝麻汤圆，嘴馋了一整天。",
   "外婆给你冻了两袋 让你舅舅过两天给你捎过去",
   "touched", "none", "respectful", "谢谢外婆！您手别太累了，我收到就给您打电话。")
it(Z, "元宵", CASUAL, "女儿", "家人", "闺女",
   "闺女，元宵快乐！一个人在外面也记得煮碗汤圆，别光吃外卖。",
   "知道啦爸 今晚宿舍一起煮了 还猜了灯谜 你猜我赢了啥",
   "happy", "what", "intimate", "赢了一包辣条吧，我闺女肯定是最快猜出来的！", sender="老陈")
it(Z, "元宵", CASUAL, "男朋友", "恋人", "阿杰",
   "阿杰元宵快乐！说好今年陪你看灯会，结果我又在加班，欠你一次。",
   "你每次都欠 欠条都能叠成灯笼了",
   "teasing", "none", "intimate", "这次真还，周六灯会最后一天，我请假陪你逛到关门！",
   thread=["R:又加班？", "S:嗯，领导临时要材料😭"], forbid=["加班", "下次一定"])
it(Z, "元宵", CASUAL, "隔壁组同事", "同事", "李姐",
   "李姐元宵快乐！谢谢你年前帮我改的那版方案，今晚汤圆替我多吃两个。",
   "👍",
   "cold", "none", "casual", "李姐节日快乐，改天请你喝奶茶！")
it(Z, "元宵", BIZ, "合作方经理", "客户", "赵经理",
   "赵经理元宵节快乐！新的一年还请多多关照，祝您阖家团圆、事事顺遂。",
   "这几天在外地跑 节后把新版报价单发我一份",
   "busy", "request", "formal", "好的赵经理，节后第一天就把新版报价单发给您。")
it(Z, "元宵", CASUAL, "大学室友", "朋友", "胖子",
   "胖子元宵快乐！今年灯谜我先给你出一个：什么东西越减越重？答案是你的体重😏",
   "早放弃了 过年胖了八斤 周末来我家涮火锅 你自己看",
   "teasing", "invitation", "casual", "好啊，周末我带两斤羊肉过去，顺便参观一下你的八斤！",
   thread=["R:你礼貌吗", "S:开玩笑嘛，最近还在健身没？"])
it(Z, "元宵", TRAD, "处长", "领导", "王处",
   "王处元宵节快乐！祝您和家人团团圆圆，新的一年工作顺利。",
   "元宵快乐！我这边还在开会，下周一的汇报材料弄得怎么样了？",
   "busy", "what", "respectful", "王处，材料初稿已经完成，周五前发您过目。")
it(Z, "元宵", CASUAL, "闺蜜", "朋友", "小雨",
   "小雨元宵快乐🏮 今晚去不去江边看灯？我请你吃糖葫芦！",
   "去去去🥳🥳🏮🏮 几点碰头？",
   "happy", "when", "casual", "七点半地铁口见，别迟到哦🏮", sender="佳佳")
it(Z, "元宵", TRAD, "主治医生", "其他", "刘医生",
   "刘医生元宵节快乐！去年手术多亏您，现在腿已经能爬山了，祝您节日安康。",
   "太好了！恢复得不错。最近复查了吗？",
   "happy", "yes_no", "respectful", "上个月刚复查过，片子显示都正常，谢谢刘医生惦记。")
it(E, "元宵", CASUAL, "older sister", "家人", "Jen",
   "Happy Lantern Festival, Jen! Remember when you set my lantern on fire in 2009? Still not over it.",
   "LOL it was an accident!! ok fine I owe you one lantern 🏮",
   "teasing", "none", "casual", "I'll accept payment in sesame tangyuan 😤")
it(Z, "元宵", CASUAL, "儿子", "家人", "儿子",
   "儿子元宵快乐！今晚妈做了你最爱的花生汤圆，作业写完早点回来吃。",
   "嗯",
   "cold", "none", "intimate", "汤圆给你留着热着呢，路上慢点。")

# ---------------------------------------------------------------- 清明
it(Z, "清明", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶，清明我回不去了，麻烦您替我给爷爷多烧柱香，跟他说我今年升职了。",
   "好 你爷爷要是知道 肯定高兴得睡不着 就是奶奶想他了",
   "sad", "none", "respectful", "奶奶，我也想爷爷。五一我一定回去陪您，一起去看他。")
it(Z, "清明", CASUAL, "父亲", "家人", "爸",
   "爸，清明回老家路上堵不堵？扫墓的时候替我跟太爷爷说声，我一切都好。",
   "堵了三个钟头 刚到 你在那边要注意身体 别总熬夜",
   "worried", "request", "intimate", "放心吧爸，最近都十一点前睡，你开车也慢点。", forbid=PARENT_TRAPS)
it(Z, "清明", CASUAL, "老同学", "朋友", "阿文",
   "阿文，清明了，知道你今年第一次给阿姨扫墓，想找人说话随时找我。",
   "谢谢兄弟 刚从山上下来 心里空落落的",
   "sad", "none", "casual", "我懂。晚上出来吃个饭吧，不说话也行，我陪你坐坐。")
it(Z, "清明", CASUAL, "同事", "同事", "老郑",
   "老郑，清明假期愉快！出去踏青的话记得带伞，天气预报说有雨。",
   "哪有空踏青 在公司改bug 你们玩得开心",
   "busy", "none", "casual", "辛苦了老郑，回来给你带杯咖啡续命。")
it(Z, "清明", CASUAL, "岳母", "家人", "妈",
   "妈，清明我和小雯周六一早过去，接您一起去给外公扫墓。",
   "好 你们有心了 我多做点青团带上 几点到？",
   "touched", "when", "respectful", "妈，我们早上七点到楼下接您。", sender="志强")
it(Z, "清明", BIZ, "客户", "客户", "孙总",
   "孙总，清明时节雨纷纷，出行注意安全，祝您假期安康。",
   "谢谢提醒。节后那份合同的修改意见你们看了吗？",
   "cold", "yes_no", "formal", "孙总，修改意见我们已经看过了，节后第一天把新版发您确认。")
it(E, "清明", CASUAL, "grandmother", "家人", "Grandma",
   "Grandma, thinking of Grandpa today for Qingming. I lit a candle by his photo and played his favorite Teresa Teng song.",
   "That made me cry a little. He would have sung along off-key like always. Are you coming home in May?",
   "touched", "yes_no", "respectful", "Yes, I booked my flight for May 2nd, Grandma. We can visit him together.",
   sender="Lily", forbid=["and you?"])
it(Z, "清明", CASUAL, "老邻居", "其他", "张叔",
   "张叔，清明回老家扫墓了吗？我妈让我问问您家那棵樱桃树今年开花没。",
   "开了开了 一树白花 今年肯定结不少 到时候来摘",
   "happy", "invitation", "respectful", "好嘞张叔，等樱桃红了我一定带我妈过去！")
it(Z, "清明", CASUAL, "哥哥", "家人", "哥",
   "哥，清明你回去的话帮我给爷爷奶奶上柱香，我这边项目走不开。",
   "知道了 你也别光忙工作 有空给妈打个电话 她念叨你好几天了",
   "worried", "request", "casual", "好，我今晚就给妈打过去。")
it(Z, "清明", BIZ, "研究生导师", "老师", "周老师",
   "周老师，清明假期安康。您上次说的那篇文献我读完了，节后想跟您约个时间讨论。",
   "好。周二下午三点来办公室。",
   "cold", "request", "respectful", "好的周老师，周二下午三点准时到。")
it(Z, "清明", CASUAL, "闺蜜", "朋友", "小雪",
   "小雪，清明假期安康，出去踏青注意防晒，别像去年晒成熊猫眼。",
   "哈哈哈还提 这次学乖了 你们打算去哪玩",
   "teasing", "where", "casual", "我们打算去莫干山住两天，空气好。")

# ---------------------------------------------------------------- 端午
it(Z, "端午", CASUAL, "母亲", "家人", "妈",
   "妈，端午安康！今年别包太多粽子了，上次冻在冰箱里吃到了国庆。",
   "就包了五十个 给你寄了二十个 顺丰明天到 记得放冰箱",
   "happy", "request", "intimate", "好嘞，到了马上放冰箱，谢谢妈！", forbid=PARENT_TRAPS)
it(Z, "端午", TRAD, "公公", "家人", "爸",
   "爸，端午安康！听说您最近在学钓鱼，今年的龙舟赛去看了吗？",
   "去看了 人太多 挤了一身汗 还是钓鱼清净 你们端午回不回来",
   "happy", "yes_no", "respectful", "回来的，明天中午到，陪爸去河边钓鱼！", sender="晓婷", forbid=["你呢？"])
it(Z, "端午", TECH, "朋友", "朋友", "老K",
   "老K端午安康！祝你的模型像龙舟一样：一百个人一起划，loss还能稳稳往下走🚣",
   "你这比喻过拟合了吧😂 粽子你吃甜的还是咸的",
   "teasing", "choice", "casual", "咸的！蛋黄肉粽，甜粽子在我这儿直接被early stop。", must=["甜", "咸"])
it(Z, "端午", CASUAL, "男朋友", "恋人", "小陈",
   "端午安康呀～ 今天给你寄了我自己包的粽子，形状有点抽象，但味道我保证。",
   "收到了 拆开笑了五分钟 [捂脸] 这形状你是怎么包出来的",
   "teasing", "what", "intimate", "照着视频包的，手一抖就变成了艺术品。")
it(Z, "端午", CASUAL, "新来的同事", "同事", "小林",
   "小林端午安康！刚来公司第一个节，有啥不懂的随时问我。",
   "谢谢前辈！！正好想问一下 节后报销单是交给谁呀",
   "happy", "what", "casual", "交给财务部的王姐就行，记得贴好发票。")
it(Z, "端午", BIZ, "大区总监", "领导", "黄总",
   "黄总端午安康！感谢您上半年的信任，下半年我会把华东区的业绩再往上推一推。",
   "好，有信心就好。假期好好休息。",
   "happy", "none", "respectful", "谢谢黄总，您也好好休息，节后见。")
it(Z, "端午", TRAD, "老客户", "客户", "钱总",
   "钱总端午安康！给您寄了一盒嘉兴粽子，小小心意，望笑纳。",
   "太客气了，收到了。下次来上海一定来公司喝茶。",
   "happy", "invitation", "formal", "一定一定，下次到上海第一时间拜访钱总。", forbid=["加班"])
it(Z, "端午", TRAD, "孩子的钢琴老师", "老师", "许老师",
   "许老师端午安康！朵朵这学期进步很大，都是您耐心教的。",
   "朵朵很用功的。对了 下周六的课能不能改到周日上午？",
   "happy", "yes_no", "respectful", "可以的许老师，那就周日上午，我们准时到。", sender="朵朵妈妈")
it(E, "端午", CASUAL, "teammate", "同事", "Priya",
   "Happy Dragon Boat Festival, Priya! Brought zongzi for the team — the sweet ones are on your desk.",
   "omg thank you!! wait are these the red bean ones or the date ones? 😍",
   "happy", "choice", "casual", "Red bean! The date ones got eaten by Tom before noon 😅", must=["red bean", "date"])
it(Z, "端午", CASUAL, "私教", "其他", "阿强教练",
   "阿强教练端午安康！粽子我就少吃两个，不然下周体测又要被你罚深蹲。",
   "少吃两个不够 你得一个都不吃[坏笑] 周三晚上七点老时间 别迟到",
   "teasing", "request", "casual", "收到，周三七点准时到，粽子我只看不吃！")
it(Z, "端午", CASUAL, "姐姐", "家人", "姐",
   "姐，端午安康！你家小胖墩今年划龙舟比赛拿名次没？",
   "🥇🥇🥇😎",
   "happy", "none", "casual", "厉害啊！替我亲小胖墩一口，奖励他的玩具我包了。")
it(Z, "端午", BIZ, "部门领导", "领导", "周总",
   "周总端午安康！祝您节日愉快，阖家幸福。",
   "端午安康！你们组这次团建定在哪了？",
   "happy", "where", "respectful", "周总，定在千岛湖，住一晚，下周把方案发您。")

# ---------------------------------------------------------------- 中秋
it(Z, "中秋", CASUAL, "母亲", "家人", "妈",
   "妈，中秋快乐！今年项目收尾回不去，给你和爸寄了两盒月饼，蛋黄莲蓉的。",
   "他不听我的 你什么时候回来亲自管管他",
   "worried", "when", "intimate", "国庆第二天就回，回去我盯着爸，一天最多半个。",
   thread=["R:收到了 你爸一口气吃了两个", "S:哈哈让他悠着点，血糖要紧。"], forbid=PARENT_TRAPS)
it(Z, "中秋", TRAD, "外公", "家人", "外公",
   "外公中秋快乐！还记得小时候您在院子里教我认北斗七星，今晚月亮特别圆。",
   "记得记得 外公眼睛花了 星星看不清了 月亮还看得见 你在那边好不好",
   "touched", "how_are_you", "respectful", "外公，我在这边挺好的，吃得好睡得好，您别惦记。", forbid=["你呢？"])
it(Z, "中秋", CASUAL, "妻子", "恋人", "老婆",
   "老婆中秋快乐！嫁给我第六年了，月亮还是那个月亮，我还是那个会给你剥柚子的人。",
   "少贫 柚子在桌上 剥完把碗洗了 再说散步的事",
   "teasing", "request", "intimate", "遵命！剥完柚子碗也包我身上，洗完陪你下楼。",
   thread=["R:贫嘴", "S:说真的，今晚月亮特别圆，要不要下楼走走？"])
it(Z, "中秋", CASUAL, "异地好友", "朋友", "小满",
   "小满中秋快乐！今年你在伦敦，我在成都，看的是同一个月亮，时差七小时而已。",
   "伦敦今晚阴天 根本看不到月亮😭 有点想家",
   "sad", "none", "casual", "那我多拍几张成都的月亮发你，给你解解馋，抱抱你。")
it(Z, "中秋", BIZ, "总经理", "领导", "杨总",
   "杨总中秋快乐！感谢您这一年的栽培，祝您和家人花好月圆。",
   "中秋快乐。节后第一天上午九点开会，通知下部门的人。",
   "cold", "request", "respectful", "好的杨总，我这就通知到部门每个人。")
it(Z, "中秋", BIZ, "客户", "客户", "周总",
   "周总中秋快乐！月饼已寄到贵司前台，祝合作长长久久。",
   "客气了。正好说一声，十月中旬欢迎你们来我们工厂看看新产线。",
   "happy", "invitation", "formal", "好的周总，我们十月十五号带技术团队登门拜访。", forbid=["加班"])
it(Z, "中秋", TRAD, "小学班主任", "老师", "李老师",
   "李老师中秋快乐！我是当年总坐最后一排的小胖，现在当上小学老师了，才知道您当年多不容易。",
   "哎呀小胖！当年最调皮就是你 现在也当老师啦 教几年级",
   "happy", "what", "respectful", "教三年级语文，天天被小朋友气得想笑。", sender="小胖")
it(Z, "中秋", CASUAL, "工位邻座", "同事", "大伟",
   "大伟中秋快乐！工位上那盒月饼是给你的，五仁的，别嫌弃。",
   "五仁？？你这是报复吧😂",
   "teasing", "none", "casual", "冤枉啊，五仁是月饼界的隐藏王者，你尝一口就懂。")
it(Z, "中秋", TRAD, "岳父", "家人", "爸",
   "爸，中秋快乐！给您带了两瓶汾酒，周末过去陪您喝两杯。",
   "来就来 带啥酒 家里酒多的是 你们周六还是周日过来",
   "happy", "choice", "respectful", "周六中午过去，爸您少准备点菜。", must=["周六", "周日"])
it(Z, "中秋", CASUAL, "大学同学", "朋友", "老赵",
   "老赵中秋快乐！好久没聚了，还记得大三那年咱俩在天台啃月饼看月亮吗？",
   "嗯 同乐",
   "cold", "none", "casual", "最近忙吧？有空出来坐坐，我请客。")
it(E, "中秋", CASUAL, "former roommate", "朋友", "Tom",
   "Happy Mid-Autumn Festival, Tom! Saving you a lotus seed mooncake — the one you said tasted like sweet cement.",
   "sweet cement is a delicacy now?? lol ok when are you free to hand it over",
   "teasing", "when", "casual", "How about Saturday afternoon? I'll bring tea to wash it down.")
it(Z, "中秋", TRAD, "小区物业管家", "其他", "陈管家",
   "陈管家中秋快乐！这一年小区的事辛苦您了，祝您节日愉快。",
   "谢谢业主！对了 您家阳台的花盆放外面了 台风要来 麻烦收一下",
   "worried", "request", "respectful", "好的，我马上把花盆收进来，谢谢提醒！")
it(Z, "中秋", CASUAL, "妹妹", "家人", "老妹",
   "老妹中秋快乐！今年你第一次在婆家过节，别紧张，就当自己家。",
   "哎呀姐我跟你说他们家月饼是咸蛋黄加肉松的我第一次吃差点没吐出来但还得说好吃",
   "teasing", "none", "casual", "忍住！笑着说好吃是新媳妇的第一课，回来姐请你吃正常的。")
it(Z, "中秋", CASUAL, "男朋友", "恋人", "阿哲",
   "中秋快乐呀，今年第一次去你家过节，有点紧张，你爸妈喜欢什么？",
   "那就带盒茶叶 我爸爱喝 明天几点的车",
   "happy", "when", "intimate", "明天上午十点的高铁，下午一点到，记得来接我！",
   thread=["R:别紧张 他们就喜欢你人来", "S:那也不能空手去呀"])
it(Z, "中秋", BIZ, "前领导", "领导", "吴总",
   "吴总中秋快乐！离开公司两年了，一直记得您当年的提携。",
   "有心了！新公司那边一切都好吧？",
   "touched", "how_are_you", "respectful", "吴总，一切都好，团队氛围不错，也用上了您当年教的方法。")

# ---------------------------------------------------------------- 国庆
it(Z, "国庆", CASUAL, "母亲", "家人", "妈",
   "妈，国庆快乐！七天假我在家住五天，想吃您做的红烧肉。",
   "好 肉都买好了 你是坐高铁还是开车回来",
   "happy", "choice", "intimate", "坐高铁，一号下午四点到站。",
   thread=["R:真的？不骗妈？", "S:真的，假都请好了。"], forbid=PARENT_TRAPS, must=["高铁", "开车"])
it(Z, "国庆", CASUAL, "旅友", "朋友", "阿凯",
   "阿凯国庆快乐！你去新疆那趟走到哪了？朋友圈的照片美哭了。",
   "刚到喀纳斯 信号时有时无 回来给你看视频",
   "happy", "none", "casual", "好，注意安全，等你回来请我吃大盘鸡！")
it(Z, "国庆", CASUAL, "同事", "同事", "小吴",
   "小吴国庆快乐！假期还要值班的你，辛苦啦，回来请你喝奶茶。",
   "值班值到怀疑人生 你在哪玩呢",
   "busy", "where", "casual", "就在家附近转转，人太多哪也没去成。")
it(Z, "国庆", BIZ, "部门总监", "领导", "马总",
   "马总国庆快乐！祝您假期愉快，阖家安康。",
   "同乐。假期要是有客户来电记得接一下。",
   "cold", "request", "respectful", "好的马总，手机一直开着，客户来电我第一时间处理。")
it(Z, "国庆", BIZ, "外贸客户", "客户", "吴总",
   "吴总国庆快乐！祝贵司生意兴隆，节后我们把样品送过去。",
   "好的，节后哪天送？我这边8号以后都在。",
   "cold", "when", "formal", "吴总，我们9号上午送到贵司，到时提前跟您电话确认。")
it(Z, "国庆", CASUAL, "女朋友", "恋人", "宝",
   "宝，国庆快乐！我们的第一次旅行倒计时三天，行李清单我已经列好了📝",
   "清单上没有充电器 上次也是你忘的 我就知道",
   "teasing", "none", "intimate", "这次充电器写在第一行，还加粗了😤",
   thread=["R:清单给我看看", "S:[图片]"])
it(Z, "国庆", TRAD, "小姨", "家人", "小姨",
   "小姨国庆快乐！好久没吃您做的酸菜鱼了，假期有空我过去蹭饭。",
   "随时来！哪天来提前说 我去菜市场买条大的",
   "happy", "when", "respectful", "小姨，我三号中午过去，您别买太多。")
it(E, "国庆", CASUAL, "manager", "领导", "Karen",
   "Happy National Day, Karen! Hope you get some real rest this week — no Slack, I promise.",
   "Ha, thank you! I'll try. Did the vendor send the revised quote before the break?",
   "happy", "yes_no", "respectful", "Yes, it came in on Friday afternoon. I've filed it in the shared folder.")
it(Z, "国庆", TRAD, "大学辅导员", "老师", "吴老师",
   "吴老师国庆快乐！还记得大一那年国庆您带我们几个留校的同学包饺子。",
   "记得！你们几个包的饺子一下锅全散了😄 现在工作还顺利吧？",
   "happy", "how_are_you", "respectful", "吴老师，工作挺顺利的，就是偶尔会想起学校食堂。")
it(Z, "国庆", CASUAL, "网上认识的朋友", "朋友", "小鹿",
   "国庆快乐！你说要去大理发呆，发成了没？",
   "发成了发成了每天就坐在洱海边上喝咖啡看云彩都不想回去上班了你要不要过来玩两天",
   "happy", "invitation", "casual", "好啊，我看看机票，能请下假就飞过去找你！")
it(Z, "国庆", CASUAL, "儿子", "家人", "儿子",
   "儿子，国庆快乐！第一次在大学过长假，有没有想家？",
   "想一点点 食堂的菜没有你做的好吃",
   "touched", "none", "intimate", "那寒假回来给你做一桌，红烧排骨管够！",
   thread=["R:还行吧", "S:还行是想还是不想？"], sender="妈妈")
it(Z, "国庆", CASUAL, "房东", "其他", "刘叔",
   "刘叔国庆快乐！假期出去玩了吗？",
   "出去玩啥 在家看孙子 对了 下季度房租记得月底前转",
   "busy", "request", "respectful", "好的刘叔，月底前一定转给您。")
it(Z, "国庆", CASUAL, "朋友", "朋友", "小鱼",
   "小鱼国庆快乐！七天长假别在家躺成咸鱼哦🐟",
   "还没想好 你们去哪玩啊",
   "happy", "where", "casual", "我们去安吉露营，就在杭州边上，一起来吧！")
it(Z, "国庆", CASUAL, "老朋友", "朋友", "老林",
   "老林国庆快乐！假期有啥安排，出来喝一杯？",
   "没心情 刚被裁了",
   "sad", "none", "casual", "兄弟，今晚我去找你，酒我带，啥也不用说。", forbid=["国庆快乐"])

# ---------------------------------------------------------------- 元旦
it(Z, "元旦", TECH, "老同事", "朋友", "老周",
   "老周元旦快乐！2027版本已上线，修复了去年的所有bug，新增功能：暴富。",
   "建议回滚 暴富功能兼容性太差 我这边装不上😂",
   "teasing", "none", "casual", "那我给你远程打个补丁，明年一起升级！")
it(Z, "元旦", TECH, "同事", "同事", "琳琳",
   "琳琳元旦快乐！新的一年愿你的报表一次跑通，脚本零报错，年终奖自动扩容。",
   "在吗 那个报表你导出来没有 老板催了",
   "busy", "yes_no", "casual", "导出来了，刚发你邮箱，快去看看。")
it(Z, "元旦", CASUAL, "母亲", "家人", "妈",
   "妈，元旦快乐！新的一年您和爸少操心，多出去走走。",
   "你那边下大雪了吧 新闻上说路都封了 上班注意安全",
   "worried", "request", "intimate", "放心吧妈，我坐地铁上班，很安全。", forbid=PARENT_TRAPS)
it(Z, "元旦", BIZ, "局长", "领导", "李局",
   "李局元旦快乐！新年新气象，祝您身体健康，工作顺心。",
   "好，新年快乐。",
   "cold", "none", "respectful", "谢谢李局，新的一年继续跟您好好学习！")
it(Z, "元旦", BIZ, "客户", "客户", "陈总",
   "陈总元旦快乐！过去一年合作愉快，新的一年继续携手共进。",
   "元旦快乐！下周我们内部开年会，你们有没有兴趣一起来？",
   "happy", "invitation", "formal", "感谢陈总邀请，我们一定准时到场。", forbid=["加班"])
it(Z, "元旦", CASUAL, "男朋友", "恋人", "小宇",
   "元旦快乐！跨年要不要一起去江边倒数？",
   "不对 我妈让我回家吃饭 要不你来我家一起吃？",
   "happy", "invitation", "intimate", "好呀，我带点水果过去，紧张但是开心！", thread=["R:要！"])
it(Z, "元旦", TRAD, "奶奶", "家人", "奶奶",
   "奶奶元旦快乐！新年第一条消息发给您，祝您新年身体棒棒的。",
   "奶奶不会打字 这是你表妹帮我打的 你啥时候放假",
   "happy", "when", "respectful", "奶奶，我二十号放假，放假就回去看您！",
   thread=["R:[语音] 15″", "S:奶奶我在地铁上听不了语音，您打字跟我说～"], forbid=["你呢？"])
it(E, "元旦", CASUAL, "girlfriend", "恋人", "Sam",
   "Happy New Year, Sam! First countdown together, and you still cried at the fireworks 🥹",
   "ok maybe a little. anyway what do you want for brunch tomorrow",
   "teasing", "what", "intimate", "Pancakes at that little place on Elm, my treat.",
   thread=["R:I did NOT cry. my eyes were cold.", "S:Your eyes were cold for ten straight minutes?"])
it(E, "元旦", BIZ, "client (logistics company)", "客户", "Mr. Harris",
   "Happy New Year, Mr. Harris! Thank you for a great year of working together — wishing you and your team a healthy and successful 2027.",
   "Thank you, likewise. Could you send over the updated contract draft by next Friday?",
   "cold", "request", "formal", "Certainly, Mr. Harris. I will send the updated draft by Thursday.", sender="Anna")
it(Z, "元旦", CASUAL, "表哥", "家人", "表哥",
   "表哥元旦快乐！去年你说要减肥二十斤，新年flag还立吗？",
   "立 必须立 今年减三十斤 你监督我",
   "happy", "request", "casual", "行，每天晚上十点我来查岗，少一顿打卡都不行！")
it(Z, "元旦", TRAD, "家政阿姨", "其他", "王姐",
   "王姐元旦快乐！这一年家里多亏您照顾，孩子都说最爱吃您包的馄饨。",
   "谢谢你们一家人 元旦我想请两天假回老家 不知道方便不",
   "touched", "yes_no", "respectful", "方便的王姐，您安心回去，路上注意安全。")
it(Z, "元旦", CASUAL, "游戏好友", "朋友", "阿杰",
   "阿杰元旦快乐！新的一年继续带我上分🎮",
   "带带带 跨年在哪嗨 我们几个还在找地方",
   "happy", "where", "casual", "就在我家附近那家KTV，人多热闹，来不来？")
it(E, "元旦", CASUAL, "former thesis advisor", "老师", "Professor Kim",
   "Happy New Year, Professor Kim! Your advice on my thesis still guides how I write every report.",
   "Happy New Year! So good to hear from you. How's life in Seattle?",
   "happy", "how_are_you", "respectful", "Life in Seattle is good, Professor Kim. I'm busy but really enjoying the work.",
   forbid=["and you?"])

# ---------------------------------------------------------------- 冬至
it(Z, "冬至", CASUAL, "母亲", "家人", "妈",
   "妈，冬至快乐！今天我自己包了饺子，虽然丑，但一个没破。",
   "下次视频我教你 你那边今天几度",
   "happy", "what", "intimate", "今天零下三度，屋里有暖气，一点不冷。",
   thread=["R:发个照片看看", "S:[图片]", "R:这个褶子捏得跟包子似的 哈哈", "S:能吃就行嘛"], forbid=PARENT_TRAPS)
it(Z, "冬至", CASUAL, "朋友", "朋友", "阿豪",
   "阿豪冬至快乐！北方吃饺子，南方吃汤圆，你这个南方人今年入乡随俗没？",
   "随了 吃了二十个饺子 现在撑得走不动",
   "happy", "none", "casual", "二十个！你这是要把一冬天的量都吃了，撑的话出去溜两圈。")
it(Z, "冬至", CASUAL, "女朋友", "恋人", "宝宝",
   "宝宝冬至快乐！今天是一年中夜最长的一天，正好多想你一会儿。",
   "土死了🙈 但我喜欢 晚上吃汤圆还是饺子？",
   "teasing", "choice", "intimate", "都要！先吃饺子再来一碗汤圆当甜点。",
   thread=["R:你今天又在网上抄情话了吧", "S:原创！纯手打！"], must=["汤圆", "饺子"])
it(Z, "冬至", CASUAL, "同事", "同事", "老何",
   "老何冬至快乐！食堂今天有羊肉汤，中午一起？",
   "开会到一点 你们先去",
   "busy", "none", "casual", "好，给你留个位子，开完会直接过来。")
it(Z, "冬至", BIZ, "分管领导", "领导", "郑总",
   "郑总冬至安康！天冷了，您注意保暖。",
   "收到",
   "cold", "none", "respectful", "郑总您忙，有事随时吩咐。")
it(Z, "冬至", BIZ, "客户", "客户", "林总",
   "林总冬至快乐！寒冬已至，春天不远，祝贵司来年更上一层楼。",
   "谢谢。你们的系统最近老是掉线 什么时候能派人来看看？",
   "worried", "when", "formal", "林总，非常抱歉，明天上午我们的工程师就到贵司排查。", forbid=["加班", "新年快乐"])
it(Z, "冬至", TRAD, "爷爷", "家人", "爷爷",
   "爷爷冬至快乐！今天记得吃碗羊肉汤暖暖身子，别又光吃馒头。",
   "爷爷喝了两碗羊肉汤了身上热乎着呢你在外头也吃饺子了没有可别饿着",
   "happy", "yes_no", "respectful", "吃了吃了，爷爷，中午吃了一大盘韭菜饺子。", forbid=["你呢？"])
it(Z, "冬至", TRAD, "书法老师", "老师", "邓老师",
   "邓老师冬至快乐！今年是跟您学书法的第三个冬天，手里的字总算有点样子了。",
   "进步是看得见的。周末的课加练一小时，你能来吗？",
   "happy", "yes_no", "respectful", "能来的邓老师，周末我早点到。")
it(E, "冬至", CASUAL, "friend from the Shanghai exchange", "朋友", "Leo",
   "Happy Dongzhi, Leo! Longest night of the year — perfect excuse for dumplings and bad movies.",
   "dumplings yes. bad movies… depends. which one you got in mind?",
   "happy", "what", "casual", "Sharknado 3, obviously. The worst and the best.")
it(Z, "冬至", TRAD, "社区医生", "其他", "陈大夫",
   "陈大夫冬至快乐！我妈的血压这阵子很稳，多亏您上次调的药。",
   "那就好 天冷了血压容易波动 让阿姨每天早晚各量一次",
   "worried", "request", "respectful", "好的陈大夫，我记下了，每天早晚提醒我妈量。")
it(Z, "冬至", CASUAL, "姐姐", "家人", "姐",
   "姐冬至快乐！今年妈说冬至在你家过，我负责买羊肉。",
   "那买五斤吧 顺便带瓶醋 家里没了",
   "happy", "request", "casual", "好嘞，五斤羊肉一瓶醋，下班就送过去。",
   thread=["R:好 买三斤", "S:三斤够吗？姐夫能吃。"])
it(Z, "冬至", CASUAL, "男朋友", "恋人", "阿远",
   "冬至快乐！今晚一起吃饺子吧？",
   "好呀好呀 那去哪吃 我五点半下班",
   "happy", "where", "intimate", "去你公司楼下那家东北饺子馆，我在门口等你。",
   thread=["R:今天加班吗", "S:不加，准时走人！"])

# ---------------------------------------------------------------- 七夕
it(Z, "七夕", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝七夕快乐！牛郎织女一年见一次，我们一天见三次还嫌不够。",
   "肉麻 今晚吃什么 我饿了",
   "teasing", "what", "intimate", "去吃那家你念叨好久的烤肉，我已经订好位了。",
   thread=["R:你这是从哪抄的", "S:自己想的，想了一上午。"])
it(Z, "七夕", TRAD, "丈夫", "恋人", "老公",
   "老公七夕快乐！结婚十年，你还是每天早上给我热牛奶，谢谢你。",
   "傻瓜 今晚孩子送我妈那 我们俩出去吃",
   "touched", "invitation", "intimate", "好呀，我换条裙子，七点楼下见。")
it(Z, "七夕", CASUAL, "异地恋男友", "恋人", "小北",
   "七夕快乐！虽然隔着一千公里，我订了你最爱的那家花店，下午会送到。",
   "喜欢 就是有点想你 下个月能来看我吗",
   "touched", "yes_no", "intimate", "能！下个月十号我请两天假飞过去。",
   thread=["R:收到了！同事都在起哄", "S:喜欢吗？"])
it(Z, "七夕", CASUAL, "单身好友", "朋友", "小希",
   "小希七夕快乐！单身狗也要快乐，今晚我请你吃火锅，狗粮我们不吃。",
   "谁说我单身了😏",
   "teasing", "none", "casual", "等等，什么情况？从实招来！")
it(Z, "七夕", CASUAL, "同事", "同事", "芳姐",
   "芳姐七夕快乐！祝你和姐夫甜甜蜜蜜，今天早点下班过节。",
   "早下班？今晚上线 别想了😭",
   "busy", "none", "casual", "太惨了，那我给你点杯奶茶续命，上线顺利！")
it(Z, "七夕", BIZ, "花店老顾客", "客户", "刘先生",
   "刘先生七夕快乐！感谢您三年来每个七夕都在小店订花，祝您和太太恩爱如初。",
   "哈哈 今年还是老样子 99朵红玫瑰 下午5点前送到 地址不变",
   "happy", "request", "formal", "好的刘先生，99朵红玫瑰下午五点前准时送到。", sender="花语花店")
it(Z, "七夕", CASUAL, "妻子", "恋人", "老婆",
   "老婆七夕快乐！今年的礼物你猜猜是什么，提示：跟你上个月念叨的东西有关。",
   "不会是扫地机器人吧 我说的是想要包不是想扫地😤",
   "teasing", "yes_no", "intimate", "不是扫地机器人，是你念叨的那个包，放在你衣柜里了🎁",
   thread=["R:那个包？？", "S:再猜"])
it(E, "七夕", CASUAL, "boyfriend", "恋人", "Chris",
   "Happy Qixi, Chris! Chinese Valentine's Day, round two — you're not getting away with just one celebration this year 😘",
   "I accept. but I'm picking the restaurant this time. thai or korean?",
   "happy", "choice", "intimate", "Korean! I've been craving bibimbap all week.", must=["thai", "korean"])
it(Z, "七夕", CASUAL, "闺蜜", "朋友", "婷婷",
   "七夕快乐呀，今年有没有人给你送花？没有的话我送！🌹",
   "😑",
   "teasing", "none", "casual", "别这个表情嘛，晚上请你吃蛋糕补偿一下🌹")
it(Z, "七夕", CASUAL, "刚分手的好友", "朋友", "小敏",
   "小敏七夕快乐！今天不许一个人在家哭，我下班去找你。",
   "不用了 想自己待着",
   "sad", "none", "casual", "好，那我不去打扰你，想说话了随时找我，我一直在。", forbid=["七夕快乐"])
it(Z, "七夕", CASUAL, "同事", "同事", "小宋",
   "七夕快乐兄弟！今天跟女朋友表白了没？",
   "那你说 送花还是送口红",
   "worried", "choice", "casual", "送花，再手写一张卡片，比口红稳。",
   thread=["R:还没 紧张", "S:怕啥，大胆点！"], must=["花", "口红"])

# ---------------------------------------------------------------- 情人节
it(Z, "情人节", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝情人节快乐！今年玫瑰我没买，买了你说了三次的那台拍立得📷",
   "啊啊啊啊啊 你怎么知道我在看那个型号😭😭",
   "happy", "what", "intimate", "你购物车里躺了两个月，我偷偷记下来的。")
it(Z, "情人节", CASUAL, "妻子", "恋人", "老婆",
   "老婆情人节快乐！今晚孩子我来哄睡，你去泡个澡。",
   "那碗也你洗",
   "teasing", "request", "intimate", "没问题，锅碗瓢盆全包了，你就负责美美的。",
   thread=["R:真的假的", "S:真的，说到做到"])
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿伦",
   "情人节快乐～ 晚上七点老地方见？",
   "今天加班 估计很晚",
   "busy", "none", "intimate", "好吧，那我等你，回来给你煮碗面。")
it(Z, "情人节", CASUAL, "单身好友", "朋友", "老徐",
   "老徐情人节快乐！今年又是我们俩过，要不要去吃个双人套餐气死他们？",
   "别 我怕别人以为咱俩是一对",
   "teasing", "none", "casual", "放心，我们一人坐一边，中间隔个桌子😂")
it(E, "情人节", CASUAL, "wife", "恋人", "Em",
   "Happy Valentine's Day, Em. Twelve years, two kids, one dog, and I'd still pick you every single time.",
   "Stop, you're going to make me cry at work 😭❤️ dinner at 7?",
   "touched", "invitation", "intimate", "Yes, 7 it is. I booked our table at Luigi's.", sender="Dan")
it(E, "情人节", CASUAL, "best friend", "朋友", "Jake",
   "Happy Valentine's, Jake! Roses are red, you're still single, at least you've got me 🌹",
   "wow. rude. accurate, but rude",
   "teasing", "none", "casual", "Tacos tonight to make it up to you? My treat.")
it(Z, "情人节", CASUAL, "办公室同事", "同事", "小美",
   "情人节快乐！办公室今天的巧克力是我放的，人人有份。",
   "原来是你！我还以为有人暗恋我😂 那我拿两块行吗",
   "teasing", "yes_no", "casual", "行，想拿几块拿几块，给你留了黑巧的。")
it(Z, "情人节", CASUAL, "男朋友", "恋人", "阿俊",
   "情人节快乐！礼物我寄到你公司了，记得今天去前台拿。",
   "前台说没有 会不会寄丢了 要不要打电话问问快递",
   "worried", "yes_no", "intimate", "要的，我现在就打给快递小哥，你先别急。",
   thread=["R:没收到啊", "S:物流显示中午就签收了", "R:我再去问问", "S:好，问到了告诉我"])
it(Z, "情人节", CASUAL, "丈夫", "恋人", "老公",
   "老公情人节快乐❤️ 今晚的电影票我买好了，记得早点下班！",
   "❤️❤️❤️👌",
   "happy", "none", "intimate", "七点半电影院门口等你，不许迟到❤️")
it(Z, "情人节", CASUAL, "母亲", "家人", "妈",
   "妈，情人节快乐！爸今年有没有送你花？没有的话我替他补上🌹",
   "你爸送了 一把韭菜 说比花实用",
   "teasing", "none", "intimate", "哈哈哈爸太会过日子了，那我给你补一束真的。", forbid=["爸妈"])
it(Z, "情人节", CASUAL, "刚认识的相亲对象", "其他", "周小姐",
   "周小姐情人节快乐，上周聊得很开心，冒昧送上一句祝福。",
   "谢谢～也祝你节日快乐 最近工作忙吗",
   "happy", "how_are_you", "casual", "最近还好，忙完这周就轻松些，周末有空一起喝杯咖啡？", sender="陈先生")

# ---------------------------------------------------------------- 教师节
it(Z, "教师节", TRAD, "高中班主任", "老师", "王老师",
   "王老师教师节快乐！高考那年您每天早上六点半站在教室门口，那个背影我到现在都记得。",
   "孩子们都有出息了 老师就开心。你今年研究生毕业了吧？",
   "touched", "yes_no", "respectful", "王老师，我今年六月已经毕业了，现在在研究所工作。")
it(Z, "教师节", TRAD, "博士导师", "老师", "李老师",
   "李老师教师节快乐！读博五年承蒙您照顾，祝您桃李满天下。",
   "周五前发我邮箱。别拖。",
   "cold", "request", "respectful", "好的李老师，周五前一定发到您邮箱。",
   thread=["R:谢谢。毕业论文改得怎么样了", "S:第三章还在改，这周能给您初稿。"], forbid=["你呢？"])
it(Z, "教师节", TRAD, "孩子的幼儿园老师", "老师", "唐老师",
   "唐老师教师节快乐！果果回家天天说最喜欢唐老师，辛苦您了。",
   "果果特别乖！对了 明天的亲子活动家长能来吗",
   "happy", "yes_no", "respectful", "能来的唐老师，明天我和她爸爸都到。", sender="果果妈妈")
it(Z, "教师节", CASUAL, "驾校教练", "老师", "刘教练",
   "刘教练教师节快乐！当年被您骂哭的学员现在开车上下班，一次都没刮过。",
   "哈哈哈 骂你是为你好 现在开的啥车",
   "teasing", "what", "respectful", "刘教练，现在开一辆二手的卡罗拉，够用了。")
it(Z, "教师节", TRAD, "小学老师", "老师", "张老师",
   "张老师教师节快乐！听说您退休后在老年大学学画画，真替您高兴。",
   "是啊学了两年国画了画得不好就是图个乐你现在还在北京吗",
   "happy", "yes_no", "respectful", "没有了张老师，去年我调回成都了，离您家不远。")
it(Z, "教师节", CASUAL, "同办公室的老师", "同事", "陈老师",
   "陈老师教师节快乐！同一个办公室三年，谢谢你每次帮我代早读。",
   "客气啥 你下学期还带初三吗",
   "happy", "yes_no", "casual", "对，还带初三，又是毕业班，得继续拼了。")
it(Z, "教师节", TRAD, "研究生导师", "老师", "赵老师",
   "赵老师教师节快乐！听说您这学期身体不太好，学生们都很挂念您。",
   "老毛病又犯了 这次住院半个月 带不了你们这届了 可惜",
   "sad", "none", "respectful", "赵老师，您安心养病，我们周末去医院看您。")
it(E, "教师节", CASUAL, "high school English teacher", "老师", "Ms. Carter",
   "Happy Teachers' Day, Ms. Carter! I'm an editor now — you're the reason I notice every misplaced comma.",
   "That is the best news I've heard all week! Which publisher are you with?",
   "happy", "what", "respectful", "I'm with a small press in Portland that publishes poetry and essays.")
it(Z, "教师节", CASUAL, "钢琴老师", "老师", "周老师",
   "周老师教师节快乐🌸 这周的练习曲我终于弹顺了！",
   "👏👏👏🌹",
   "happy", "none", "respectful", "谢谢周老师，周六上课弹给您听！")
it(Z, "教师节", TRAD, "孩子的班主任", "老师", "孙老师",
   "孙老师教师节快乐！孩子这学期换了新环境，麻烦您多费心。",
   "应该的。孩子上课有点走神 家长回家多跟他聊聊",
   "worried", "request", "respectful", "好的孙老师，我们今晚就跟他好好聊聊，谢谢您提醒。")
it(Z, "教师节", TRAD, "大学老师", "老师", "黄老师",
   "黄老师教师节快乐！您的《宏观经济学》是我大学最喜欢的课。",
   "谢谢",
   "cold", "none", "respectful", "黄老师您辛苦了，有机会回学校再去旁听您的课。")
it(Z, "教师节", BIZ, "校长", "领导", "刘校长",
   "刘校长教师节快乐！感谢您这学期对我们新老师的关照。",
   "同乐！下周公开课准备好了吗",
   "happy", "yes_no", "respectful", "刘校长，教案已经准备好了，周三再试讲一遍。")

# ---------------------------------------------------------------- 母亲节
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐！今天不许做饭，外卖我已经给您点好了，十二点到。",
   "乱花钱 点的啥",
   "teasing", "what", "intimate", "点了你最爱的那家酸菜鱼，还有一份杨枝甘露。", forbid=PARENT_TRAPS)
it(Z, "母亲节", TRAD, "婆婆", "家人", "妈",
   "妈，母亲节快乐！谢谢您把这么好的儿子交给我，也谢谢您这些年对我的包容。",
   "傻孩子 说这些干啥 你们好好过日子妈就高兴",
   "touched", "none", "respectful", "妈，我们会的。周末回去陪您吃饭。")
it(Z, "母亲节", CASUAL, "外婆", "家人", "外婆",
   "外婆母亲节快乐！您是我妈的妈妈，所以是双倍的母亲节快乐🌷",
   "哈哈哈 外婆没过过这个节 你妈给我买了件新衣裳",
   "happy", "none", "respectful", "外婆穿上肯定好看，拍张照片给我看看！")
it(Z, "母亲节", CASUAL, "妻子", "恋人", "老婆",
   "老婆母亲节快乐！当妈第一年，辛苦了，今晚夜奶我来喂。",
   "你说的 一晚上三次 别到时候睡死了叫不醒",
   "teasing", "request", "intimate", "放心，我定三个闹钟，保证一次不落！")
it(Z, "母亲节", CASUAL, "新手妈妈好友", "朋友", "阿琳",
   "阿琳母亲节快乐！第一个母亲节，小团子乖不乖？",
   "乖个头 昨晚哭到三点 我现在眼睛都睁不开",
   "busy", "none", "casual", "抱抱辛苦的新手妈妈，明天我带饭过去，你补个觉。")
it(Z, "母亲节", TRAD, "岳母", "家人", "妈",
   "妈，母亲节快乐！小雯说您最近膝盖疼，我给您买了个护膝，明天到。",
   "知道了知道了 你们周末回来吗",
   "touched", "yes_no", "respectful", "回来的妈，周六上午到。",
   thread=["R:又乱花钱 我好多了", "S:好多了也得护着，天气还凉。"], forbid=["你呢？"])
it(E, "母亲节", CASUAL, "mother", "家人", "Mom",
   "Happy Mother's Day, Mom! Thank you for every packed lunch and every 2am phone call.",
   "Oh sweetheart. Are you still coming for lunch on Sunday? I'm making lasagna.",
   "touched", "yes_no", "intimate", "Yes! I'll be there by noon. Save me the corner piece.", forbid=["and you?"])
it(E, "母亲节", CASUAL, "mother-in-law", "家人", "Linda",
   "Happy Mother's Day, Linda! Thank you for raising the kindest man I know — and for the banana bread recipe.",
   "Aww, that's so sweet of you. How are you two doing? Haven't heard from you in a while!",
   "touched", "how_are_you", "respectful", "We're doing great, just busy with the new house. We'll call you this weekend!",
   sender="Rachel", forbid=["and you?"])
it(Z, "母亲节", CASUAL, "母亲", "家人", "妈",
   "妈，母亲节快乐，去年那次吵架是我不对，一直想跟您说声对不起。",
   "过去的事不提了",
   "cold", "none", "intimate", "好，那周末我回家吃饭，陪您去公园走走。", forbid=["哈哈", "爸妈"])
it(Z, "母亲节", TRAD, "月嫂", "其他", "李阿姨",
   "李阿姨母亲节快乐！您在我家照顾宝宝那一个月，比亲妈还细心。",
   "宝宝现在多重了 还吐奶吗",
   "happy", "yes_no", "respectful", "不怎么吐了，现在十四斤，胖嘟嘟的，李阿姨放心。")
it(Z, "母亲节", CASUAL, "奶奶", "家人", "奶奶",
   "奶奶母亲节快乐！上周您说腰疼，去医院看了没有？",
   "看了 医生说要住两天院 别跟你爸说 他忙",
   "worried", "request", "respectful", "好，奶奶我先不说，明天我请假去医院陪您。", forbid=["你呢？"])

# ---------------------------------------------------------------- 父亲节
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！您那辆老自行车我给修好了，链子换了新的。",
   "哦",
   "cold", "none", "intimate", "周末回去教您用新买的打气筒。", forbid=["爸妈"])
it(Z, "父亲节", TECH, "父亲", "家人", "老爸",
   "老爸父亲节快乐！您就像一台永不宕机的服务器，三十年稳定运行零故障。",
   "听不懂 但感觉是夸我 晚上回来吃饭不",
   "happy", "yes_no", "intimate", "回来吃饭，六点前到家，给您带两瓶啤酒。", forbid=PARENT_TRAPS)
it(Z, "父亲节", TRAD, "公公", "家人", "爸",
   "爸，父亲节快乐！孩子给您画了张画，说画的是爷爷钓鱼。",
   "画得好！鱼比我还大 哈哈 下周带孩子回来我教他钓",
   "happy", "invitation", "respectful", "好的爸，下周六我们一早回去。")
it(Z, "父亲节", TRAD, "岳父", "家人", "爸",
   "爸，父亲节快乐！祝您身体健康，少抽烟多遛弯。",
   "就那一根 别告诉你妈",
   "teasing", "request", "respectful", "好，这次我先替您保密，下不为例啊爸。",
   thread=["R:戒了", "S:真戒了？小雯说前两天还看见您在阳台抽。"])
it(Z, "父亲节", CASUAL, "新手爸爸朋友", "朋友", "老黑",
   "老黑父亲节快乐！新晋奶爸，第一个父亲节，给你点个赞👍",
   "感觉头发少了一半😂 你什么时候生一个",
   "teasing", "when", "casual", "等我先找到对象再说吧，估计明年也悬😂",
   thread=["R:谢谢 刚换完尿布", "S:哈哈，当爹感觉如何？"])
it(Z, "父亲节", BIZ, "保险客户", "客户", "王先生",
   "王先生父亲节快乐！祝您身体健康，家庭幸福。",
   "谢谢。上次说的那个教育金方案，能再发我看看吗？",
   "cold", "request", "formal", "好的王先生，方案稍后就发到您微信。")
it(E, "父亲节", CASUAL, "father", "家人", "Dad",
   "Happy Father's Day, Dad! Still can't parallel park, but I can change a tire thanks to you.",
   "Ha! Proud of you kid. Come up for the game next weekend, I got us two tickets.",
   "happy", "invitation", "intimate", "Count me in, I'll bring the snacks.")
it(E, "父亲节", CASUAL, "grandfather", "家人", "Grandpa",
   "Happy Father's Day, Grandpa! Thank you for teaching me chess and pretending to lose.",
   "I never pretended. You beat me fair and square, twice. How's the new job treating you?",
   "teasing", "how_are_you", "respectful", "It's going well, Grandpa. I'm busy, but I'm learning a lot.",
   forbid=["and you?", "lol"])
it(Z, "父亲节", TRAD, "爷爷", "家人", "爷爷",
   "爷爷父亲节快乐！爸说您前阵子摔了一跤，现在好点了吗？",
   "好多了 你别总熬夜加班 身子是自己的",
   "worried", "request", "respectful", "知道了爷爷，我现在每天十一点前睡，您放心。", forbid=["你呢？"])
it(Z, "父亲节", CASUAL, "父亲", "家人", "爸",
   "爸，父亲节快乐！今年是您退休第一年，终于可以好好歇歇了。",
   "歇是歇了 一个人在家闲得慌 你妈又去你姐那带孩子了",
   "sad", "none", "intimate", "那这周末我回去陪您下棋，顺便带您去钓鱼。", forbid=["爸妈"])
it(Z, "父亲节", CASUAL, "姐夫", "家人", "姐夫",
   "姐夫父亲节快乐！小侄子说你是世界上最会修玩具的爸爸。",
   "哈哈那是他没见过他舅舅修东西 周日来家里吃烧烤",
   "happy", "invitation", "casual", "好嘞，周日我带两箱啤酒过去！")

# ---------------------------------------------------------------- 感恩节
it(E, "感恩节", CASUAL, "former host mother", "其他", "Mrs. Johnson",
   "Happy Thanksgiving, Mrs. Johnson! Three years since my exchange year and I still make your cornbread every November.",
   "Oh honey, that makes my heart so full. Will you be visiting us this Christmas?",
   "touched", "yes_no", "respectful", "Sorry, I can't travel this year, but I'll video call you on Christmas Eve!",
   sender="Xiaoyu")
it(E, "感恩节", CASUAL, "coworker", "同事", "Marcus",
   "Happy Thanksgiving, Marcus! Thanks for covering my on-call shift last month — I owe you pie.",
   "I'm holding you to that. pumpkin or pecan?",
   "teasing", "choice", "casual", "Pecan, obviously. Pumpkin is for amateurs.", must=["pumpkin", "pecan"])
it(E, "感恩节", BIZ, "team lead", "领导", "Diane",
   "Happy Thanksgiving, Diane. Thank you for your patience and trust this year — it made a real difference for me.",
   "Thanks, happy Thanksgiving. Quick one — can you handle the Monday client call?",
   "busy", "request", "respectful", "Of course, I'll take the Monday call and send you notes afterward.")
it(E, "感恩节", BIZ, "client (restaurant owner)", "客户", "Mr. Lee",
   "Happy Thanksgiving, Mr. Lee! We're grateful for your business this year and wish you a restful holiday.",
   "Thank you. Happy Thanksgiving.",
   "cold", "none", "formal", "Enjoy the holiday, Mr. Lee. We look forward to working with you next year.")
it(E, "感恩节", CASUAL, "younger sister", "家人", "Mia",
   "Happy Thanksgiving, Mia! Grateful for you — even though you stole my sweater in 2019 and never gave it back.",
   "deal. should I bring pie or stuffing tomorrow",
   "teasing", "choice", "casual", "Bring the pie, I've got the stuffing covered.",
   thread=["R:it looks better on me and you know it 💅", "S:Keep it, consider it your Thanksgiving present."],
   must=["pie", "stuffing"])
it(Z, "感恩节", BIZ, "领导", "领导", "吴总",
   "吴总感恩节快乐！感恩这一年您给我的机会，我会继续努力。",
   "哈哈 嘴还挺甜 好好干！年终述职好好准备",
   "happy", "request", "respectful", "好的吴总，述职材料我下周先给您过一遍。")
it(Z, "感恩节", CASUAL, "大学同学", "朋友", "阿哲",
   "阿哲感恩节快乐！感恩大学四年你借我的笔记，没有你我早挂科了。",
   "知道就好 今年火鸡你请",
   "teasing", "request", "casual", "没问题，火鸡管够，周六晚上我家！",
   thread=["R:哟 难得你还记得", "S:必须记得，那可是救命的笔记。"])
it(Z, "感恩节", CASUAL, "母亲", "家人", "妈",
   "妈，感恩节快乐！这个节虽然是外国的，但感谢您是真心的。",
   "你这孩子今天咋这么嘴甜是不是又没钱了",
   "teasing", "yes_no", "intimate", "不是不是，就是单纯想谢谢您，钱够花！", forbid=PARENT_TRAPS)
it(Z, "感恩节", BIZ, "客户", "客户", "马总",
   "马总感恩节快乐！感谢一路以来的信任与支持，祝您一切顺利。",
   "好 那到时候安排个时间来我们公司演示一下",
   "happy", "invitation", "formal", "好的马总，样品一到就跟您约时间上门演示。",
   thread=["R:同乐！你们那个新品什么时候上市", "S:计划下个月中旬，届时第一时间给您寄样品。"], forbid=["加班"])
it(Z, "感恩节", CASUAL, "宠物医生", "其他", "林医生",
   "林医生感恩节快乐！团子手术后恢复得很好，现在又能上蹿下跳了🐱",
   "太好了😊 记得下周三带它来拆线",
   "happy", "request", "respectful", "好的林医生，下周三上午带团子过去。")
it(Z, "感恩节", CASUAL, "工位搭子", "同事", "小蒋",
   "感恩节快乐！感恩有你这个工位搭子，每天帮我取快递。",
   "🦃🦃🦃🙏",
   "happy", "none", "casual", "今天的快递我来取，给你放桌上！")

# ---------------------------------------------------------------- 生日
it(Z, "生日", CASUAL, "母亲", "家人", "妈",
   "妈，生日快乐！蛋糕订的是您最爱的芒果味，晚上六点送到家。",
   "你爸说他不吃甜的 你晚上回来吃饭吗",
   "happy", "yes_no", "intimate", "回来的，下班直接过去，陪您吹蜡烛。",
   thread=["R:蛋糕到了 太大了吃不完", "S:吃不完让爸明天接着吃😄"], forbid=PARENT_TRAPS)
it(Z, "生日", CASUAL, "女朋友", "恋人", "宝贝",
   "宝贝生日快乐！二十五岁的你比二十四岁的你又可爱了一点点🎂",
   "那我先猜 是不是项链",
   "teasing", "yes_no", "intimate", "不是项链，猜错啦，晚上见面就知道！",
   thread=["R:就一点点？", "S:一大点！", "R:礼物呢", "S:在路上，今晚就到你手上。"])
it(Z, "生日", CASUAL, "朋友", "朋友", "阿飞",
   "阿飞生日快乐！三十岁了，发际线还在，可喜可贺。",
   "谢谢提醒 我去买生发液了",
   "teasing", "none", "casual", "买两瓶，我们一起用，同甘共苦。")
it(Z, "生日", TECH, "同事", "同事", "小杨",
   "小杨生日快乐！祝你新的一岁上下文无限长，烦恼全部被截断。",
   "谢啦",
   "cold", "none", "casual", "今天早点下班，好好过个生日！")
it(Z, "生日", BIZ, "部门领导", "领导", "钟总",
   "钟总生日快乐！祝您身体健康，事事顺心。",
   "谢谢！晚上部门聚餐，你也一起来",
   "happy", "invitation", "respectful", "好的钟总，我一定准时到。")
it(Z, "生日", BIZ, "客户", "客户", "何总",
   "何总生日快乐！小小心意已送到您办公室，祝您福寿安康，事业长青。",
   "你太客气了。礼物就不收了 心意领了",
   "cold", "none", "formal", "何总，一点心意，不值什么，还请您一定收下。")
it(Z, "生日", TRAD, "爷爷", "家人", "爷爷",
   "爷爷八十大寿快乐！祝您福如东海，寿比南山，天天乐呵呵！",
   "吃了 你奶奶做的 可惜你不在",
   "sad", "none", "respectful", "爷爷，我下个月休假就回去，给您补过生日。",
   thread=["R:好好好", "S:爷爷，今天吃长寿面了吗？"])
it(Z, "生日", CASUAL, "儿子", "家人", "儿子",
   "儿子生日快乐！二十八岁了，照顾好自己，少熬夜。",
   "知道了 在加班 晚点给你打电话",
   "busy", "none", "intimate", "好，忙完记得吃块蛋糕，不急着打。", sender="老爸")
it(E, "生日", CASUAL, "best friend", "朋友", "Zoe",
   "Happy birthday, Zoe! 30 looks suspiciously like 25 on you. What's your secret?",
   "spite and sunscreen 😂 party at mine saturday, you in??",
   "happy", "invitation", "casual", "Of course! I'll be there at 8 with the good wine.")
it(E, "生日", TECH, "colleague", "同事", "Raj",
   "Happy birthday, Raj! May your builds stay green and your coffee refills stay unlimited today.",
   "thanks! swamped with the release today, cake will have to wait lol",
   "busy", "none", "casual", "Good luck with the release! Cake's in the fridge when you're done.")
it(Z, "生日", TRAD, "初中体育老师", "老师", "孟老师",
   "孟老师生日快乐！今年您的生日刚好赶上学校运动会，肯定又要在操场上站一天。",
   "哈哈可不是嘛 嗓子都喊哑了 你最近怎么样",
   "happy", "how_are_you", "respectful", "孟老师，我最近挺好的，刚换了新工作，一切顺利。", forbid=["你呢？"])
it(Z, "生日", CASUAL, "常去的理发师", "其他", "Tony老师",
   "Tony老师生日快乐！感谢您这两年让我的发型从没翻过车。",
   "哈哈哈客气 这周末来剪吗 给你留个位",
   "happy", "invitation", "respectful", "好啊，周六下午三点过去，麻烦Tony老师了！")

# ---------------------------------------------------------------- 圣诞节
it(E, "圣诞节", CASUAL, "college roommate", "朋友", "Liv",
   "Merry Christmas, Liv! Still have the ugly reindeer sweater you gave me — wearing it right now.",
   "PICS OR IT DIDN'T HAPPEN 🦌📸",
   "teasing", "request", "casual", "Sending it now, prepare to be blinded 📸",
   thread=["R:NO WAY you still have that", "S:It's my favorite thing I own. Don't tell anyone."])
it(E, "圣诞节", BIZ, "director", "领导", "Mr. Thompson",
   "Merry Christmas, Mr. Thompson! Wishing you and your family a peaceful holiday season.",
   "Thank you. Enjoy the break.",
   "cold", "none", "respectful", "Thank you, Mr. Thompson. See you in the new year.")
it(E, "圣诞节", BIZ, "client (architecture firm)", "客户", "Ms. Garcia",
   "Merry Christmas, Ms. Garcia! It's been a pleasure working on the library project with you this year.",
   "Likewise! Let's set up a call in the first week of January to plan phase two.",
   "happy", "invitation", "formal", "Absolutely, Ms. Garcia. Just send me a time that suits you.")
it(E, "圣诞节", TRAD, "grandmother", "家人", "Nana",
   "Merry Christmas, Nana! The house smells like your gingerbread recipe — I finally got it right.",
   "Good girl. Now when are you coming to visit your old Nana?",
   "happy", "when", "respectful", "I'll drive up the weekend after New Year's, Nana.",
   thread=["R:Did you use the molasses I told you about?", "S:Yes! The dark one from the corner store."],
   sender="Claire", forbid=["and you?"])
it(Z, "圣诞节", CASUAL, "朋友", "朋友", "小琪",
   "小琪圣诞快乐🎄 今年的圣诞老人给你带了什么礼物？",
   "带了一堆加班🙃 平安夜在公司过的",
   "busy", "none", "casual", "太惨了，周末我请你吃顿好的补个圣诞🎄")
it(Z, "圣诞节", CASUAL, "男朋友", "恋人", "阿成",
   "圣诞快乐🎄 今晚商场的圣诞树好漂亮，可惜你不在。",
   "雪都到脚踝了 好冷 好想你",
   "sad", "none", "intimate", "好美的雪，等你回来我们一起堆雪人，我也想你。",
   thread=["R:我也想去 这边下雪了", "S:拍张雪景给我看看！", "R:[图片]"])
it(Z, "圣诞节", CASUAL, "同事", "同事", "Jason",
   "Jason圣诞快乐！今年的Secret Santa我抽到你了，礼物明天放你桌上。",
   "哇 给点提示 是吃的还是用的",
   "happy", "choice", "casual", "用的，而且你每天上班都用得上。", must=["吃的", "用的"])
it(Z, "圣诞节", BIZ, "外企领导", "领导", "Lisa",
   "Lisa圣诞快乐！感谢这一年的带领，祝您假期愉快。",
   "Merry Xmas! 假期打算怎么过？",
   "happy", "what", "respectful", "Lisa，我打算回老家陪父母住一周，好好休息一下。")
it(Z, "圣诞节", CASUAL, "女儿", "家人", "闺女",
   "闺女圣诞快乐！圣诞老人说你今年表现不错，礼物放你床头了🎁",
   "爸你别装了 我早就知道圣诞老人是你",
   "teasing", "none", "intimate", "嘘，被你发现了，那明年的礼物还要不要？🎁", sender="老爸")
it(Z, "圣诞节", BIZ, "客户", "客户", "王总",
   "王总圣诞快乐！年末事务繁忙，也请注意休息。",
   "谢谢 最近在国外出差 回国再约",
   "busy", "none", "formal", "好的王总，出差辛苦，回国后我再联系您。", forbid=["加班"])
it(Z, "圣诞节", CASUAL, "房东", "其他", "陈姐",
   "陈姐圣诞快乐🎄 楼下的圣诞树是您装饰的吧，好好看！",
   "🤭🤭是我 闺女帮的忙",
   "happy", "none", "respectful", "您和闺女手真巧，整栋楼都跟着喜庆！")
it(E, "圣诞节", CASUAL, "family doctor", "其他", "Dr. Patel",
   "Merry Christmas, Dr. Patel! Thank you for taking such good care of my dad this year.",
   "Thank you, that's kind. How is his blood pressure holding up with all the holiday food?",
   "worried", "how_are_you", "respectful", "He's doing well, Dr. Patel. His readings have stayed steady all week.")
it(E, "圣诞节", CASUAL, "friend", "朋友", "Ben",
   "Merry Christmas, Ben! Hope Santa finally brought you that drone.",
   "he did!! where are you spending the holidays this year?",
   "happy", "where", "casual", "At my parents' place in Denver, eating way too much ham.")
it(E, "圣诞节", CASUAL, "friend", "朋友", "Anna",
   "Merry Christmas, Anna! Hope your first Christmas in Berlin is cozy.",
   "Honestly it's been kind of lonely. Everyone went home and the flat is so quiet.",
   "sad", "none", "casual", "I'm sorry, Anna. Want to video call tonight and open presents together?")


# ---------------------------------------------------------------- more moods with questions, odd-length threads
it(Z, "春节", CASUAL, "老朋友", "朋友", "阿娟",
   "阿娟新年快乐！今年总算不用在公司跨年了吧？",
   "今年一个人过年 爸妈都走了以后总觉得没意思 你最近还好吗",
   "sad", "how_are_you", "casual", "我还好，就是挺想你的。初五我过去找你，咱俩一起包顿饺子。")
it(E, "感恩节", TRAD, "aunt", "家人", "Aunt Carol",
   "Happy Thanksgiving, Aunt Carol! Save me a slice of your famous apple pie.",
   "First Thanksgiving without your uncle. The table feels too big. Are you still able to come Thursday?",
   "sad", "yes_no", "respectful", "Yes, I'll be there Thursday by noon, Aunt Carol. I'll help you set the table.",
   thread=["R:Thank you sweetie."], forbid=["and you?"])
it(Z, "中秋", CASUAL, "住院的好友", "朋友", "小静",
   "小静中秋快乐！住院这几天有没有好好吃饭？",
   "吃不下 医院发的月饼硬得像砖 你能帮我带点你家楼下那家的吗",
   "sad", "request", "casual", "好，明天一早就去买，下午给你送到病房。")
it(Z, "元旦", CASUAL, "姐姐", "家人", "姐",
   "姐元旦快乐！新的一年愿你少熬夜多睡觉，皮肤越来越好。",
   "你上次说胃疼 现在好点没 别又硬撑",
   "worried", "how_are_you", "casual", "好多了，最近按时吃饭，药也在吃，姐放心。")
it(Z, "国庆", CASUAL, "父亲", "家人", "爸",
   "爸，国庆快乐！我和同学自驾去西藏，路上会多拍照片给您看。",
   "到了拉萨给我报个平安 大概几号到",
   "worried", "when", "intimate", "五号晚上到拉萨，到了第一时间给你打电话。",
   thread=["R:路上注意安全", "S:放心吧爸，车是新的，开车的是老手。", "R:那边高反厉害 药带了没"],
   forbid=PARENT_TRAPS)
it(Z, "教师节", TRAD, "高中语文老师", "老师", "方老师",
   "方老师教师节快乐！您当年送我的那本《平凡的世界》我读了三遍，现在我也当了语文老师。",
   "真好！看到这消息老师眼眶都湿了 有空把你现在的课录一节给我看看",
   "touched", "request", "respectful", "好的方老师，下周公开课我录下来发给您，请您多指点。")
it(Z, "生日", CASUAL, "同事", "同事", "王哥",
   "王哥生日快乐！听说你今天请假了，在家好好过。",
   "嗯。有事？",
   "cold", "what", "casual", "没事，就是看你今天请假，怕你一个人过生日冷清。")
it(E, "情人节", CASUAL, "girlfriend (nurse)", "恋人", "Nina",
   "Happy Valentine's Day, Nina! Flowers should be at the nurses' station by noon 🌷",
   "got them!! everyone's jealous. double shift tho so tonight's off 😩 which day works for you instead?",
   "busy", "when", "intimate", "Of course, love. How about Saturday night? I'll cook.")
it(Z, "端午", BIZ, "区域总经理", "领导", "邱总",
   "邱总端午安康！祝您节日愉快，万事顺意。",
   "端午安康。这个月华南区的数据怎么掉这么多？",
   "worried", "what", "respectful", "邱总，主要是两家大客户延期下单，下周我把分析报告发您。")
it(Z, "七夕", TECH, "男朋友", "恋人", "阿泽",
   "七夕快乐！我们的感情就像我写的代码：没有注释，但一直稳定运行。",
   "那今晚约会你是准时上线还是又要延期",
   "teasing", "choice", "intimate", "准时上线！七点整楼下见，绝不延期。", must=["准时", "延期"])
it(E, "春节", TECH, "former teammate", "朋友", "Kevin",
   "Happy Lunar New Year, Kevin! May your year be bug-free and your deploys boring.",
   "boring deploys is the dream. how's the new job going?",
   "happy", "how_are_you", "casual", "I'm loving it — busy, but nobody pages me at 3am anymore.")


# ------------------------------------------------------------------ assembling

def _low(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def _dedupe(words):
    out = []
    for w in words:
        if w not in out:
            out.append(w)
    return out


def build() -> tuple[list[dict], dict[str, str]]:
    """The items in the JSON's shape, and the reference follow-up of each id."""
    items, refs = [], {}
    for n, r in enumerate(_RAW, 1):
        iid = f"fb3-{n:03d}"
        zh = r["language"] == "zh"
        context = _low(" ".join([r["greeting"], r["reply"]] + [t["text"] for t in r["thread"]]))
        other = [w for w in (OTHER_ZH if zh else OTHER_EN)[r["holiday"]] if _low(w) not in context]
        forbidden = list(r["forbid"])
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
    return items, refs


ITEMS, REFERENCES = build()


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
    import sys
    sys.path.insert(0, HERE)
    from followup_blind3_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
                                       STYLES, check_judge, family_group, selftest, validate)
    items = ITEMS
    data = json.loads(blob.decode("utf-8"))
    errs = validate(data) or check_judge(data, REFERENCES)
    st = selftest(data) if not errs else ["not run"]
    result = (f"`OK {len(items)} items`, and the self-test rejected all 13 broken copies" if not errs and not st
              else "FAILED: " + "; ".join(errs + st))
    sha = hashlib.sha256(blob).hexdigest()
    c = collections.Counter
    fam = c(g for i in items for g in [family_group(i)] if g)
    threads = c(len(i["thread"]) for i in items)
    by_lang = c(i["language"] for i in items)
    cross = collections.defaultdict(c)
    for i in items:
        cross[i["mood"]][i["question"]] += 1
    cross_lines = ["| mood \\ question | " + " | ".join(QUESTIONS) + " |",
                   "| --- |" + " ---: |" * len(QUESTIONS)]
    for m in MOODS:
        cross_lines.append(f"| {m} | " + " | ".join(str(cross[m].get(q, 0)) for q in QUESTIONS) + " |")
    return f"""# Follow-up blind set 3 (`followup_blind3_2026-12.json`)

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's session.
- **When:** 2026-12-05 (`"version": "2026-12-05"`).
- **Files:** `followup_blind3_build.py` (holds every item by hand, standard library only, writes the JSON and
  this file), `followup_blind3_check.py` (validator), `followup_blind3_2026-12.json` (the set),
  `followup_blind3_2026-12.md` (this note), all in `/work/blind3-followup/`.
- **JSON:** {len(blob)} bytes, SHA-256 `{sha}`, {len(items)} items (`fb3-001` … `fb3-{len(items):03d}`).

## How it was written

Blind to the code being measured: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/`
was opened; in `tests/` only `tests/followup_judge.py` was read (fully), no other test and nothing in
`tests/data/`; `README.md` was read for the product description; git was not run and the bot was never run.

Every greeting, earlier turn and reply was typed by hand as people actually write in chat: two-character cold
answers (嗯, 哦, 收到, 谢谢, 谢啦, 👍), voice-input run-ons without punctuation, space-separated chat without
punctuation, emoji-only replies (🧧🧧🧧, 🥇🥇🥇😎, ❤️❤️❤️👌, 👏👏👏🌹, 🦃🦃🦃🙏, 😑), replies that pick up a detail or a joke of
the greeting (偷吃馅, 春联写歪, 五仁月饼, the GPU/loss jokes, sweet cement, the reindeer sweater), chat stickers
(`[捂脸]`, `[坏笑]`, `[图片]`, `[语音]`), and English exchanges with English greetings. The wording avoids the
examples in the judge's docstring and the README (no "论文投出去了吗", "晚上想吃什么", "什么时候回家", "来家里吃饭吧",
"帮我带点特产", "冷不冷", "工作忙不忙", "what are we doing tonight").

Fields follow `tests/followup_judge.py` exactly. `expect` carries the five fields named in the brief and the one
other field the judge reads, `must_mention_any` (the options offered by a `choice` reply, empty otherwise).
`expect.answer_kind` equals `question` in every item.

- **register:** 您-only `respectful` for grandparents, parents-in-law, teachers, bosses, elders outside the
  family (landlord, doctors, neighbour, housekeeper) and English elders/bosses; `formal` for clients; `intimate`
  for partners, parents and one's own children; `casual` for friends, siblings, cousins, colleagues and peers.
- **forbidden:** per item traps (爸妈 and a reflex 你呢？ when talking to a parent who asked; 你呢？ to elders who
  asked; "and you?" to English elders who asked; 加班 to clients who invite, complain or are travelling; 下次一定 to
  a partner tired of rain checks; a second 国庆快乐/七夕快乐 to a friend who just lost a job or a partner). Added
  automatically: 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐 (happy qingming) at 清明.
- **holiday words:** per-holiday tables in the build script. `other_holiday_words` lists signature words of the
  other holidays that would be wrong here, leaving out holidays that sit close in the calendar and are often
  named together (中秋/国庆, 圣诞/元旦/冬至/感恩节, 端午/父亲节, 春节/元宵/情人节 for 2027); a word the greeting, the
  thread or the reply itself uses is dropped for that item.

### Labels

Mood is what the recipient's latest reply conveys toward the sender, read in the context of the greeting and
thread: `happy` (warm, glad, even when brief and businesslike but friendly), `teasing` (a joke at the sender's
or their own expense, mock scolding, 😑), `touched` (moved by the greeting), `cold` (short and formulaic, or
purely transactional with no warmth: 嗯, 收到, 谢谢, "Thank you. Enjoy the break."), `sad` (loss, loneliness,
longing, bad news), `busy` (says or shows they are occupied: in a meeting, on duty, on a train, swamped),
`worried` (concern about the sender, a third person or a problem).

Question kinds: `when`, `where`, `what` (open information, including "how is the task going", which one,
who), `choice` (only when the reply names the options; the options go to `must_mention_any`; open "吃啥" is
`what`, which the judge accepts as `choice` too), `yes_no` (including permission questions 能不能/方便不 and
"are you coming home?"), `how_are_you` (how the sender, or someone of theirs, is doing), `invitation` (the
recipient proposes something to do together or invites the sender to come to something: 来坐坐, 一起吃,
"party at mine, you in??"), `request` (asks the sender to do something, including advice phrased as an
ask: 别熬夜, 记得放冰箱, 🧧🧧🧧 from a little brother), `none` (nothing asked; rhetorical questions count as none).

Borderline forms were settled one way throughout: "will you come home / are you still coming / 回来吗 / 回不回来"
confirms a visit or an existing plan and is `yes_no`, while a new proposal from the recipient ("come up for the
game", "party at mine, you in??", 初三聚不聚, 要不你来我家一起吃) is `invitation`; ability and permission forms
(能来吗, 能不能改到, 方便不, 拿两块行吗, "are you still able to come") are `yes_no`, except that 帮我…/能帮我…吗/
能再发我看看吗/"could you send" ask the sender to do something and are `request`; a question about the sender's
wellbeing stays `how_are_you` even in yes/no form (现在好点没, 一切都好吧, 还顺利吧, 你最近还好吗); "还在北京吗" is
`yes_no`; "什么时候能派人来看看" is `when` (the answer must name a time).

**Two questions in one reply:** the main one is chosen by a fixed rule, in this order: (1) a request or an
invitation outranks an information question (the recipient is waiting for an action); (2) a concrete information
question outranks a phatic or rhetorical one (忙吗, 你是被附体了吗); (3) otherwise the question the reply ends on.
Examples: 票买好没有？几号到 → `when` (3); 你是被大模型附体了吗 初三聚不聚 → `invitation` (1, 2); 会不会寄丢了 要不要打电话问问快递
→ `yes_no` (3); 宝宝现在多重了 还吐奶吗 → `yes_no` (3); 看了…住两天院 别跟你爸说 → `request` (1).

## Checks

`python3 followup_blind3_check.py` validates the JSON and prints OK; `--selftest` also breaks 13 in-memory
copies (a missing field, a non-canonical mood "Happy", an unknown question kind, a duplicate id, a repeated reply
differing only in case and spacing, Chinese inside an English item, an unknown register, a thread of five turns, a
set cut to 150 items, a category that disappears, answer_kind unequal to question, an extra expect field, a wrong
version) and requires the validator to fail on each; `followup_blind3_check.py -` reads a file from stdin, which
was used to feed it broken copies without writing them to disk (a mood "angry", a missing `expect.forbidden`, a
repeated 👍 reply, text that is not JSON: each exits 1). It checks: top-level fields and version; every item field
present with no extras, types right; values canonical against the judge's own tuples (`MOODS`, `QUESTIONS`,
`REGISTERS`, `RELATION_CATEGORIES`, `STYLES`, `HOLIDAYS`), which must equal the checker's copies; ids
`fb3-NNN`, unique and consecutive; no repeated reply text and no repeated greeting (NFKC, case-folded); no Chinese
character in any text field of an English item; threads of 1–4 well-formed turns; `must_mention_any` set exactly
for `choice` items with options that occur in the reply; other-holiday words disjoint from the item's own words
and absent from its own context; the spread below (≥170 items, ≥25 English, ≥30 threads, every category, holiday,
mood, question kind, style and register with minimum counts, every family sub-group, a landlord and a doctor, cold
one-word replies, emoji-only, emoji-heavy and unpunctuated voice replies). Then it loads
`/work/main/tests/followup_judge.py` (with `/work/main` on `sys.path`), checks `mood_right` and `question_right`
accept each item's labels (and reject a wrong mood), runs `passes` on each item with a hand-written reference
follow-up from the build script and requires all four verdicts to be True, and requires each item's
`forbidden` and `other_holiday_words` entries to make the judge fail a suggestion that contains them.

Result on the file above (computed by the build script when it wrote this note): {result}.

### Notes on the judge (found while checking the references)

Two reference follow-ups first failed for reasons in the judge, not in the item, and were reworded: in `what`,
`几[点号天个]` treats the time phrase 过几天 in a plain statement as a question word (回老家陪父母过几天 fails);
in `yes_no`, `X吗` takes the character before 吗 as the predicate, so 还带初三吗 yields 三 and a plain 还带的 fails.
The items were not changed to suit the judge.

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

Items with a thread: {sum(1 for i in items if i["thread"])} (English: {sum(1 for i in items if i["thread"] and i["language"] == "en")}).

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
