#!/usr/bin/env python3
"""Validates ``followup_blind16_2026-12.json`` against the vocabularies of ``tests/followup_judge.py``.

Usage:
    python3 followup_blind16_check.py [PATH|-]      validate (default: the JSON next to this file); prints OK
    python3 followup_blind16_check.py --selftest    first require failure on broken in-memory copies, then validate

Exit status 0 and ``OK`` on success; 1 and one line per problem otherwise. Standard library only; the judge is
loaded from /work/main/tests/followup_judge.py with /work/main on sys.path. Adapted from the fifteenth set's
validator (same checks, ids ``fb16-NNN``, version ``2026-12-07e``, at least 150 items, at least 18 English
items), plus: no text may share a run of more than 11 Han characters or more than 27 characters with the third to
fifteenth sets' notes, the fourth to fifteenth sets' build scripts or the twelfth to fifteenth sets' helper
modules ``followup_blind12_common.py`` … ``followup_blind15_common.py`` (read as plain text only, never studied),
and the fifteenth set's example phrases, props and short replies are refused too. The self-test prints
only the name of each broken copy, never the copied run it was built from.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import os
import re
import sys
import unicodedata

import sys as _sys

_sys.dont_write_bytecode = True  # never leave .pyc files next to the judge or here

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "followup_blind16_2026-12.json")
VERSION = "2026-12-07e"
MAIN = "/work/main"
JUDGE_PATH = os.path.join(MAIN, "tests", "followup_judge.py")
EARLIER_TEXTS = (  # read as plain text, only to refuse copied runs
    os.path.join(MAIN, "tests", "data", "followup_blind3_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind4_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind5_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind6_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind4_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind5_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind6_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind7_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind7_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind8_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind8_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind9_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind9_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind10_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind10_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind11_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind11_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind12_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind12_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind12_common.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind13_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind13_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind13_common.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind14_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind14_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind14_common.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind15_2026-12.md"),
    os.path.join(MAIN, "tests", "data", "followup_blind15_build.py"),
    os.path.join(MAIN, "tests", "data", "followup_blind15_common.py"),
)
# The texts the fifteenth set's checker already read (for the sixteenth set's self-test samples).
FIFTEENTH_TEXTS = EARLIER_TEXTS[:26]
# The texts the fourteenth set's checker already read (for the fifteenth set's self-test samples).
FOURTEENTH_TEXTS = EARLIER_TEXTS[:23]
# The texts the thirteenth set's checker already read (for the fourteenth set's self-test samples).
THIRTEENTH_TEXTS = EARLIER_TEXTS[:20]
# The texts the twelfth set's checker already read (for the thirteenth set's self-test samples).
TWELFTH_TEXTS = EARLIER_TEXTS[:17]
# The texts the eleventh set's checker already read (for the twelfth set's self-test samples).
ELEVENTH_TEXTS = EARLIER_TEXTS[:15]
# The texts the tenth set's checker already read (for the eleventh set's self-test samples).
TENTH_TEXTS = EARLIER_TEXTS[:13]
# The texts the ninth set's checker already read (for the tenth set's self-test samples).
NINTH_TEXTS = EARLIER_TEXTS[:11]
# The texts the eighth set's checker already read (for the ninth set's self-test samples).
EIGHTH_TEXTS = EARLIER_TEXTS[:9]
# The texts the seventh set's checker already read (for the eighth set's self-test samples).
SEVENTH_TEXTS = EARLIER_TEXTS[:7]
# The texts the sixth set's checker already read (its self-test samples must come from elsewhere).
OLDER_TEXTS = (EARLIER_TEXTS[0], EARLIER_TEXTS[1], EARLIER_TEXTS[2], EARLIER_TEXTS[4], EARLIER_TEXTS[5])
# The texts the fifth set's checker already read (for the sixth set's self-test cases, kept).
OLDEST_TEXTS = (EARLIER_TEXTS[0], EARLIER_TEXTS[1], EARLIER_TEXTS[4])
MAX_SHARED_HAN, MAX_SHARED_CHARS = 11, 27

# The vocabularies, copied from the judge; check_judge() requires them to be equal to the judge's own.
MOODS = ("happy", "teasing", "touched", "cold", "sad", "busy", "worried")
QUESTIONS = ("when", "where", "what", "choice", "yes_no", "how_are_you", "invitation", "request", "none")
REGISTERS = ("respectful", "intimate", "casual", "formal")
RELATION_CATEGORIES = ("家人", "恋人", "朋友", "同事", "领导", "客户", "老师", "其他")
STYLES = ("传统喜庆", "轻松自然", "LLM科技风", "商务得体")
HOLIDAYS = ("春节", "元宵", "清明", "端午", "中秋", "国庆", "元旦", "冬至", "七夕", "情人节", "教师节", "母亲节",
            "父亲节", "感恩节", "生日", "圣诞节")
LANGUAGES = ("zh", "en")

ITEM_FIELDS = {"id", "language", "sender_name", "recipient", "relation", "relation_category", "holiday", "style",
               "greeting", "thread", "reply", "mood", "question", "expect"}
EXPECT_FIELDS = {"answer_kind", "register", "forbidden", "holiday_words_ok", "other_holiday_words",
                 "must_mention_any"}
EXPECT_LISTS = ("forbidden", "holiday_words_ok", "other_holiday_words", "must_mention_any")

FAMILY_GROUPS = ("parents", "grandparents", "in-laws", "siblings", "children", "other relatives")
_FAMILY_WORDS = {
    "parents": {"母亲", "父亲", "mother", "father"},
    "grandparents": {"奶奶", "爷爷", "外婆", "外公", "grandmother", "grandfather"},
    "in-laws": {"婆婆", "公公", "岳母", "岳父", "mother-in-law", "father-in-law"},
    "siblings": {"弟弟", "哥哥", "姐姐", "妹妹", "表哥", "表姐", "姐夫", "older sister", "younger sister",
                 "brother", "sister"},
    "children": {"儿子", "女儿", "son", "daughter"},
}

# Minimum spread.
MIN_ITEMS, MIN_EN, MIN_THREADS, MIN_EN_THREADS = 150, 18, 30, 6  # English: about a tenth of the set
MIN_PER = {"relation_category": 8, "holiday": 9, "mood": 10, "question": 9, "style": 5, "register": 10}
MIN_QUESTION = {"request": 20, "yes_no": 20, "invitation": 12, "what": 10, "when": 10}
MAX_MOOD_SHARE, MAX_NONE_SHARE, MAX_ASKED_KIND_SHARE = 0.5, 0.4, 0.2
MIN_EN_MOODS, MIN_EN_QUESTIONS = 7, 9  # English items cover every mood and every question kind
MIN_THREAD_MOODS, MIN_THREAD_QUESTIONS = 6, 7  # multi-round items are spread too
MIN_FAMILY_GROUP = 2
MIN_COLD_SHORT, MIN_EMOJI_ONLY, MIN_EMOJI_HEAVY, MIN_VOICE = 5, 5, 8, 4
MIN_EN_HOLIDAYS, MIN_EN_CATEGORIES = 12, 6
# Phrasings that must each occur in at least one reply of the kind (NFKC, case-folded substring).
REQUEST_FORMS = ("记得", "帮我", "给我带", "到了", "别", "麻烦", "can you", "could you", "don't forget", "please")
YES_NO_FORMS = ("没", "了吗", "不", "是不是", "有没有", "能不能", "行不行", "did ", "are you", "right?")

# Wording this set must not reuse: the examples given in the third, fourth and fifth sets' notes, in the judge's
# docstrings and in the README (greetings, threads and replies are searched, NFKC and case-folded), and the
# earlier sets' whole short replies and stickers.
BANNED_SUBSTRINGS = (
    # third set's note, judge docstrings, README
    "论文投出去", "晚上想吃什么", "什么时候回家", "来家里吃饭吧", "帮我带点特产", "冷不冷", "工作忙不忙",
    "大模型又发疯", "最近加班多吗", "想吃什啊", "还行，挺顺的", "偷吃馅", "春联", "五仁", "票买好没有",
    "被大模型附体", "初三聚不聚", "会不会寄丢", "宝宝现在多重", "还吐奶吗", "住两天院", "别跟你爸说",
    "现在好点没", "一切都好吧", "还顺利吧", "你最近还好吗", "还在北京吗", "能不能改到", "拿两块行吗", "方便不",
    "什么时候能派人来看看", "要不你来我家一起吃", "别熬夜", "记得放冰箱", "来坐坐", "能再发我看看吗", "回不回来",
    "回老家陪父母过几天", "还带初三吗", "回来吃饭不",
    "[捂脸]", "[坏笑]", "[图片]", "[语音]",
    "what are we doing tonight", "party at mine", "come up for the game", "are you still able to come",
    "could you send", "thank you. enjoy the break", "sweet cement", "reindeer sweater",
    # fourth set's note
    "给你带一碗", "要不要她多包点肉粽", "给你留个周六的号", "改九点吧", "改到初十行不行", "下周课改到周六下午",
    "去哪 你定", "你挑地方", "你猜在哪", "你送的耳机呢", "请我吃的那顿羊肉火锅", "你能回来讲讲吗",
    "周五晚上走还是周六一早", "结节复查", "羽绒服穿上没", "是不是工作太累了", "累不累", "睡得着了吗",
    "新单位待得惯吗", "你那边工作怎么样", "汇报准备得怎么样了", "是遇到什么事了吗", "你啥时候也升级", "哪抄的",
    "能不能换个厨子", "存钱买房", "在带孙子", "现在就在群里", "拉我跳广场舞", "不用来回折腾", "你说了算",
    "年夜饭的鱼让我来做", "泡了脚", "不能回滚", "书架往左歪",
    "staff meeting at 8 or 9", "wednesday or thursday morning", "too proud to ask",
    "how's the new job treating you", "graduate applications", "you want me to get them before you visit",
    "eggnog", "taro milk tea",
    # fifth set's note
    "那明天早饭你做", "你推轮椅来", "来我家打麻将", "来家里钓鱼", "齁咸", "你才笨蛋", "再家", "包吃包注",
    "今年同学会你去不去", "我今年敲鼓", "你来不来看", "今晚你来不来吃饭", "你们娘俩商量好的", "你买的盗版吧",
    "你是故意的吧", "参数量翻倍", "天天问舅舅", "寄宿家庭", "把欠我的", "鸡翅行不行", "九点以后", "你每年都这么说",
    "减肥二十斤", "去年的还没实现", "只剩汤了", "上台弹吉他", "你啥时候来看我", "哪天过来看我", "今年回来过年不",
    "真的假的", "老板亲口说的", "[呲牙]", "[旺柴]", "[可怜]",
    "come cheer for us", "save me the survivors", "accurate but rude", "v1.0 dad", "dumpling thing at tina",
    "throwing a party saturday", "owe me a slice", "can we celebrate on saturday", "snowman",
    # sixth set's note
    "你猜他包了多少个", "你们那边今天几度", "你知道在哪吗", "油菜花田", "电影你定", "你说我唱哪首好",
    "你说送点啥能补救", "要是考不上咋办", "过拟合了怎么办", "店里进了新设备", "有空来帮忙搬搬", "抽到老板了",
    "正发愁呢", "下不了楼", "消息挺灵通", "又乱花钱", "贵不贵", "[ok]", "[微笑]", "[流泪]", "[叹气]",
    "online tonight or off", "sent the package to the new address", "i need to know what time", "taco socks",
    "has friends now", "rice cooker", "bike-seat cushion",
    # seventh set's note
    "wetter the more it dries", "带盒茶叶就行", "我带点什么好", "带两把香就行", "您想吃点啥我们带回去", "需要准备些什么",
    "头发要盘起来", "还需要准备什么", "你下班早点回来就行", "你人来就行", "我带两斤虾仁", "记得下周三带他来",
    "能不能吃汤圆", "下次寄苏式的", "tell emma not to be late", "can we bring anything", "你要黄焖鸡还是麻辣烫",
    "猪肉白菜的还是三鲜的", "want some? pork or shrimp", "are you bailing again", "到哪了", "你怎么没来",
    "你膝盖好点没", "顺心不", "怕你拖成肺炎", "妈有点不放心", "我这心里老不踏实", "sounded so tired on the phone",
    "thinking about those icy roads", "节日快乐就不用了", "数据跑完没", "have fun at your conference",
    "心里热乎乎的", "都包的啥馅", "外公这辈子值了", "中午都来吃长寿面", "你敢买吗", "专柜", "鲫鱼", "腊肠",
    "汤圆粘成", "折叠凳", "冬瓜月饼", "乐高", "高反", "水管爆了", "leave the taps dripping", "韭菜", "扫地机器人",
    "真空泵", "电动车被偷", "服务区",
    # eighth set's note
    "千里相逢", "你立的啥", "不是小刘就是老孙", "给你个提示", "你猜是哪个省", "我能不能摘一枝", "能不能初十前发出来",
    "你怎么知道的", "好多了 别惦记", "工作别太拼", "没多少", "用的是我攒的", "吃得消", "挺稳的", "估记", "住的惯",
    "奥特曼", "辣条", "空气炸锅", "八十个粽子", "四十个粽子", "下棋", "棋盘", "驾照", "钓竿", "鱼竿", "画成光头",
    "[强]", "[白眼]", "[发呆]", "[奸笑]",
    "your single", "were doing", "office drawer", "park entrance", "guess what shape", "k mom", "air fryer",
    "secret santa", "crooked", "berlin",
    # ninth set's note
    "能不能早点回来", "打一天游戏", "你怎么知道我生日", "抽到一箱纸巾", "你猜 我已经订好了", "你猜另一种是啥",
    "给学弟学妹讲讲", "你过来给我加油不", "你可得来当伴郎", "拼城堡", "顺当", "还在读", "躺尸", "捞我", "杀两盘",
    "咸鸭蛋", "杀年猪", "化疗", "重症监护", "羊肉汤烧干", "巧克力馅", "热剩面", "纸尿裤",
    "certainly",
    # tenth set's note (examples and props)
    "样品能不能这周寄过来", "你要来接我不", "我能不能去你家住两天", "能退不", "跟谁聊呢", "谁告诉你的", "谁带的头",
    "今晚孩子谁带", "要吃几个", "上几年级了", "你猜我送你啥", "跨年去哪儿", "你说 我都可以", "你定 我都行",
    "初四或者初六", "你开车还是我开", "8号下午或者9号上午", "晚上公司聚餐你来不来", "七点电影院门口见", "就差你一个",
    "一切安好", "年夜饭套餐", "一块二", "脐橙", "兔子灯", "荠菜", "罗勒", "甜粽", "咸粽", "谢谢参与", "水管冻",
    "向日葵", "画成土豆", "按摩椅", "灭火器", "织了三遍", "monday or suzhou", "blue or green dress",
    "ugly sweater or santa hat", "lion dance", "pancake place", "bringing pie right", "rematch next sunday",
    "basil", "vegan", "are you eating properly over there", "you raised the kindest man", "we'll be there by noon",
    "bringing the lemon", "new grill",
    # eleventh set's note (examples and props)
    "你那部分明天能不能给我", "能不能带上我", "节后第一天有人上班吗", "还有库存吗", "国庆值班吗", "你们下午有空开个会吗",
    "花了多少钱啊", "你怎么知道今天我生日", "出什么事了", "你猜起了个啥名", "哪个湖", "高铁还是飞机", "周二或者周四",
    "日料或者火锅", "明天吧", "惦记就回来", "周末带你去水库试试", "没吃来我家拿两个", "七点行吗", "你头天晚上过来住",
    "过来给学弟们讲两句", "地方我挑", "读后感也写了", "来了六次", "他全程聊股票", "知道你忙", "小军身体也好着呢",
    "回家吃饭吗", "算惊喜不", "八块六", "8.6", "护膝", "酒酿", "米酒", "香囊", "航模", "飞机模型", "露营", "工地",
    "完成率", "辣椒酱", "暖气片", "房贷", "足浴盆", "钓鱼椅", "葡萄",
    "who picked the dark ones", "just us two, right", "i won't forget", "count me in, i'll bring the",
    "weekend if you want company", "cranberry", "mulled wine", "tiny hat", "wreath", "physio", "mug or candle",
    "model plane", "fishing chair", "knee brace",
    # twelfth set's note (examples and props)
    "妈你能不能再寄一箱", "请我吃顿饭弥补", "代表青年教师发个言", "爸爸年底就回", "这事先瞒着你妈", "下回别寄了",
    "月饼心领了", "能不能提前到上午九点", "四号再来行不行", "四点半切行吗", "公文包在哪", "你们每人出了多少",
    "写了多久啊", "具体改了哪几项", "你猜她说啥", "你猜我买的啥花", "花了不少钱吧", "你猜我在哪钓的", "你说去哪",
    "坐大巴还是骑电驴", "老家还是我这", "先吃饭还是先看", "手链还是口红", "有空来家里吃饭", "下周三有空来修一下吗",
    "家长都来看吧", "公园有表演", "人得来啊", "下期的课还报吗", "现在还看书吗", "姨妈都不缺", "图书管", "做大巴",
    "有难受了", "赶搞", "你有麻", "套圈", "那是炭", "长颈鹿", "比妈还啰嗦", "糖当盐", "举牌子", "后脑勺",
    "流心月饼", "按摩仪", "无糖蛋糕", "麻将", "花生油", "候补", "猪蹄", "卡牌", "走马灯", "炸元宵", "风筝", "铁锹",
    "草鱼", "电驴", "包粽子比赛", "五彩绳", "大闸蟹", "冰皮月饼", "房租", "泰山", "绿萝", "秋裤", "电暖器",
    "取暖器", "钢琴课", "出海", "求婚", "牛排", "手写信", "蹦床", "保洁", "书法", "旗袍", "双胞胎", "瑞士军刀",
    "网约车", "球票", "量血压", "苹果蛋糕", "重阳", "白茶", "香肠", "姜饼", "灯光秀", "遥控车", "杏仁", "喀什",
    "护士", "值夜班",
    # thirteenth set's note (examples and props)
    "少放点糖", "会务联络", "你先吃别等我", "别走国道", "别等我视频了", "面给我留着", "先把碗洗了", "电费你交",
    "来学校一趟", "找人修修", "啥也不用捎", "人回来就行", "别总在外面吃", "膏药", "能买到不", "有地方摆不",
    "把你的故事讲给", "改成下个月", "周日下午可以吗", "续不续", "车最近开着", "是儿子写的吧", "能不能过这关",
    "跟姥姥说说话", "对我有什么误解", "保得住吗", "还指教呢", "质检报告", "能睡几个钟头", "返修稿", "主推的是哪几款",
    "年框", "碰到谁了", "喝喜酒", "第二个会说的词", "你猜我什么时候回去", "昨晚几点睡的", "暖房", "猜猜我现在在哪",
    "迁去哪了", "在哪赏的月", "到底订的哪家", "充电器", "地方你们挑", "跳个地儿", "蛋黄莲蓉", "放快递柜",
    "红的还是粉的", "包饺子都行", "还疼不疼", "感冒好了没", "嗓子保养", "腰还疼吗", "工作辛苦不", "花鸟市场",
    "来阿姨家吃饺子", "植物园", "冻成狗", "睡三天", "瞎扑腾", "趴桌上睡觉", "比你贴心", "锅烧穿", "比你多六个",
    "吸尘器", "胡子掉进", "三年没回去", "健步鞋", "年夜饭吃的啥", "过得好吗", "又是团建", "需求文档", "多了个老板",
    "泡面", "全屏", "热得快", "赛里木湖", "仙女棒", "拉面", "晚自习", "站着睡", "平安果", "黑芝麻", "门把手", "嘉兴",
    "莫干山", "雅思", "顶班", "幼儿园的杯子", "两箱橙子", "眼药水", "模拟考", "0.88", "红包雨", "剪刀", "柠檬",
    "财政局", "郁金香", "馄饨", "速冻饺子", "六比一", "啤酒鸭", "四姑娘山", "报纸", "温泉", "仙人掌", "春茶",
    "心脏", "龙舟输", "水库", "标书", "中药", "迁坟", "房车", "北海", "榫卯", "试用期", "头晕", "化学老师",
    "老人机", "一键", "胡萝卜", "唱歌比赛", "鲢鱼", "十周年", "吊瓶", "输液", "字典", "公开课", "烤全羊", "小手术",
    "戒烟", "计算机", "补牙", "骨折", "天台", "寿宴", "万象城", "热可可", "长城", "敦煌", "空调滴水", "旅行结婚",
    "涮肉", "样书", "墨尔本", "烤肉还是寿司",
    "who set it up", "legs are dead", "eating well in toronto", "staying here", "client dinner", "stuffing",
    "football game", "lake cabin", "hot cocoa", "melbourne", "sayram", "ramen", "gong xi fa cai", "kiddo",
    "any tips", "gingerbread", "grill cover", "swiss army", "apple cake", "light show", "remote-control",
    "trampoline", "sugar-free", "scarf", "white tea", "ring toss", "almonds", "pothos", "release notes",
    # fourteenth set's note (examples and props)
    "新人培训", "周六补上", "退了吧", "别告诉宿管", "饺子帮我打一份", "到了给我发个消息", "别老往家里寄", "多陪陪他",
    "记得来拆线", "你在家不", "家里有人不", "后天下午有没有空", "改周日能行不", "买本新的", "你说行不行", "是不是我上次",
    "水放少了", "门窗都关好", "奔现", "小论文", "早知道才不来", "你怎么不早说", "咖啡机", "走到哪一步", "产能",
    "能持续多久", "怎么熬过来的", "谁喂", "什么口味的", "用的啥软件", "教几年级", "你说哪天", "哪天方便过来",
    "从海里升起来", "地方你挑", "在哪儿上班", "在哪读的研", "哪个小区", "搬去哪儿", "老字号", "公司楼下等我",
    "好了没有", "好透了没", "还咳嗽不", "血糖", "撑得住吗", "适应了没", "有人陪你吃饭不", "热乎不", "陪奶奶坐会儿",
    "没生气", "知道吵就好", "饼干", "尿布", "画得跟熊", "猫粮", "说人话", "试用版", "胖死", "瘦了没", "一年比一年老",
    "高架", "按摩枕", "新手机", "你们有心了", "食堂", "收音机", "周报", "天目山", "碱水", "粽叶", "发票", "火腿月饼",
    "调剂", "年会", "玉米馅", "咳嗽", "话剧", "流程图", "舞蹈袜", "颈枕", "老花镜", "对账", "八十大寿", "画笔",
    "热水器", "空腹", "喀纳斯", "冰柜", "游泳", "柏树", "设计书", "鼓手", "排骨", "报价", "实验室", "走神", "炕",
    "羊肉饺子", "项链", "分手", "理疗", "大件快递", "心愿", "彩灯", "城隍庙", "新天地", "智齿", "拆线", "考研",
    "部门聚餐", "崴脚", "砖头", "药学", "挪车", "大红包", "生产线", "芝麻", "发版", "旧信", "青团馅", "补丁", "夹生",
    "第五条", "柚子树", "评测", "推销", "退烧", "第十个七夕", "网友", "肠胃炎", "粤菜", "烤鱼", "丝巾", "保姆", "剪辑",
    "集训", "烤鸡", "图书馆", "展会", "四十度", "包装样品", "闹钟", "鲜肉汤圆", "样册", "太奶奶", "县城", "推荐算法",
    "芹菜", "当兵", "永生花", "夜景", "火锅还是烧烤", "字如其人", "京剧", "猪肘", "奶茶", "武侠小说", "丽江", "茶水间",
    "采购单", "做事先做对",
    "could you save me two", "blocking my driveway", "call your dad tonight", "do tomorrow instead", "on monday, right",
    "put you up to this", "which of your samples", "your pick", "heels or sneakers", "pork or mushroom",
    "pharmacy", "eating enough over there", "whatever works for you", "spending jan", "radio", "weekly report",
    "invoice", "neck pillow", "reading glasses", "water heater", "kanas", "freezer", "ornament", "cypress",
    "drummer", "driveway", "london", "alarm", "sneakers",
    # fifteenth set's note (examples and props)
    "早点下班去取号", "退掉退掉", "别跟我妈说", "你来主持一下", "节后来我办公室", "晚饭你们俩搞定", "蓝裙子",
    "周五下午之前给我", "帮我挡一下", "路上开车慢点", "不许再乱花钱", "赶紧带一个回来", "能不能改成明晚",
    "改到周末行不行", "周三下午过来方便吗", "你看行不行", "买小了一码", "是不是我妈说的", "圣诞老人是不是你",
    "坐得下五个人", "会叫爷爷了", "够不够大", "见没见", "还在广州", "钱准备好了吗", "高压吗", "有信心没",
    "需要我帮忙推荐", "算有戏不", "今年有人陪没", "厨房还保得住", "会不会散架", "突然这么会", "你猜多少",
    "你们来几个人", "高考怎么复习", "穿哪件好", "什么馅的", "包什么馅", "国庆在干嘛", "哪天来提前说", "啥时候还",
    "现在在哪工作", "你挑个地方", "去哪都行", "这回去哪", "烟酒还是茶叶", "口红还是包包", "小数点", "染还是只剪",
    "睡得好不好", "单位忙不忙", "压力大不大", "胃还疼", "新公司还习惯", "吃得好不好", "还扛得住", "出院这一个月",
    "阿姨太好了吧", "发际线", "惊喜就是他出差", "颜色土", "小胖", "跟棉被似的", "耐活", "四不像", "一百八",
    "别为我操心", "不要啥礼物", "钥匙扣", "猜灯谜", "老鸭汤", "蛋黄月饼", "后备箱", "面膜", "羽毛球",
    "体检套餐", "腰靠", "红烧肉", "摄影", "茶具", "框架协议", "恐龙", "毛背心", "燃气", "盘点",
    "呼机", "驿站", "电子玫瑰", "字迹", "登山鞋",
    "洱海", "门卫", "验收", "十六岁", "黑眼圈", "轮椅", "紫金山", "显存", "合肥", "微积分", "算力", "重感冒",
    "多肉", "结婚五周年", "厦门", "黄酒", "湘菜", "蛋糕太大", "睫毛", "小腿",
    "裁员", "坐月子", "同学聚会", "发布会", "春茗", "自驾", "擀皮", "头一批", "红糖汤圆",
    "步行街", "耸肩", "红豆", "染发", "织的围巾", "打点滴", "当老师了", "新生致辞",
    "小号", "醒四次", "早饭糊", "保姆哭", "血压计", "四年的饭", "水管工", "宠物医院", "画板", "涨租",
    "师母", "轮胎", "第五街", "精酿", "苏州", "鼓点", "老是破",
    "can you water", "owe me breakfast", "rotate the tires", "have them over", "before the break", "q4 deck",
    "do you still play", "dough turn out", "end up doing today", "which company are you", "go for dinner",
    "campus or home", "sweet or savory", "drafty", "newborn", "thinking of dad today", "dragon boat day greetings",
    "manchester", "boston", "austin", "sydney", "fifth street", "porch", "cookies", "road trip", "tulips",
    "robotics", "cabin", "trumpet", "plumber", "lipstick", "drawing board", "craft beer",
)
BANNED_REPLIES = ("嗯", "哦", "收到", "谢谢", "谢啦", "👍", "🧧🧧🧧", "🥇🥇🥇😎", "❤️❤️❤️👌", "👏👏👏🌹", "🦃🦃🦃🙏", "😑",
                  "同乐", "好", "还行", "随便", "看情况", "谢了", "知道了", "你也是", "🙏", "[抱拳]", "🙄🙄🙄",
                  "🍎🍎🍎🎅", "🥹🌹❤️", "😂😂😂👍👍",
                  "同祝", "已阅", "不了", "ok", "多谢", "行吧", "嗯嗯", "[握手]", "🧧🥺🥺", "🥟🥟🥟😋", "😘😘😘💐",
                  "同贺", "哦哦", "已吃", "嗯哼", "无聊", "谢", "好的", "Thx", "thx", "k", "K", "[OK]", "[微笑]", "👌",
                  "🥩🥩🍺", "🎆🎆🎆🥳", "🥟😋👍", "😊🌷", "[流泪]", "[叹气]",
                  "新年好", "中秋好", "收到了", "感谢", "嗯 谢了", "拿了 谢", "行 你忙你的", "嗯 那你忙吧",
                  "Thank you. Enjoy the holiday", "sure. have fun at your conference", "🐉🚣‍♂️🚣‍♂️", "🥟🥟🍺",
                  "🌷🥺🥺", "🐱💐😂", "🥹🥹🎂🎂", "[苦涩]", "[憨笑]", "[汗]", "[衰]",
                  "不回", "可以", "嗯 吃了", "晓得了", "[强]", "🎂👌🏻", "🎄🙏", "🌹🙏", "k mom", "🏮🏮😁", "🙃🔪",
                  "[白眼]", "[发呆]", "[奸笑]",
                  "嗯呐", "嗯呢", "阅", "ty", "🦃✌️", "🎂🙇",
                  "习惯了", "好同乐", "fine", "Fine", "🎉", "🎄", "🙏🙏", "🌕👍", "🌹🌹🌹",
                  "没空", "随你", "知道啦", "哦 谢", "哦谢", "🙂", "👍👍", "🏮🏮😍", "❤️❤️😘", "🤝🤝", "🙌🙌🔥",
                  "合脚", "那算了", "看吧", "呵 行", "谢谢哈", "嗯 晚回", "🐶🐶🍢", "😱😱😱💃", "🏠✨😍", "🥺❤️🎂",
                  "😏😏👀", "🥣🥣🥺", "客气", "晚回", "呵行", "嗯晚回",
                  "不去", "收着了", "呵呵", "已收", "收到 谢", "收到谢", "又下周", "还凑合", "不能", "🤑🤑🤑",
                  "🙄🧧✂️", "🥮🥮👴❤️", "😭😭🙏📚", "🥹🥹💍", "🥲🥲🍜🙏",
                  "没生气", "没事", "不用了", "不来", "嗯 快乐", "嗯快乐", "周三", "🎂🍻🍻", "🥹🥹🌹", "🥺❤️❤️",
                  "🍢🍜🍰😋", "👍👍🌸",
                  "嗯 知道", "嗯知道", "哦 行", "哦行", "再说吧", "无所谓", "知道", "哦 没事", "哦没事", "🥳🥳💃",
                  "🌹🌹🥰", "💰💰💰🤑", "🥹🥹💕", "🥺🥺🫶")
PARENT_RELATIONS = ("母亲", "父亲", "mother", "father")

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ID_RE = re.compile(r"^fb16-\d{3}$")
_PUNCT_OR_SPACE = re.compile(r"[\s,，。.!！?？~～、;；:：…]")


def _nfkc(t: str) -> str:
    return unicodedata.normalize("NFKC", t or "")


def _low(t: str) -> str:
    return _nfkc(t).lower()


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (unicodedata.category(ch) == "So" or 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF
            or 0x2B00 <= cp <= 0x2BFF)


_JOINERS = {"\ufe0f", "\ufe0e", "\u200d", "\u20e3"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def emoji_count(t: str) -> int:
    return sum(1 for ch in t if _is_emoji(ch) and ch not in _JOINERS)


def emoji_only(t: str) -> bool:
    s = t.strip()
    return bool(s) and all(_is_emoji(ch) or ch in _JOINERS or ch.isspace() for ch in s)


def family_group(item: dict) -> str | None:
    if item.get("relation_category") != "家人":
        return None
    rel = (item.get("relation") or "").strip().lower()
    for g, words in _FAMILY_WORDS.items():
        if rel in words:
            return g
    return "other relatives"


def _texts(item: dict) -> list[str]:
    """Every free-text field of an item (for the no-Chinese-in-English rule)."""
    out = [item.get("sender_name") or "", item.get("recipient", ""), item.get("relation", ""),
           item.get("greeting", ""), item.get("reply", "")]
    out += [t.get("text", "") for t in item.get("thread", []) if isinstance(t, dict)]
    exp = item.get("expect", {})
    if isinstance(exp, dict):
        for k in EXPECT_LISTS:
            v = exp.get(k)
            if isinstance(v, list):
                out += [w for w in v if isinstance(w, str)]
    return out


def _nonempty_str(v) -> bool:
    return isinstance(v, str) and bool(v.strip())


# ------------------------------------------------------------------ copied runs from the earlier sets

def _is_han(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def _han_windows(text: str):
    """Every substring that starts and ends with a Han character, holds exactly MAX_SHARED_HAN + 1 of them and is
    at most MAX_SHARED_CHARS long (a longer one is caught by the character rule)."""
    need = MAX_SHARED_HAN + 1
    for i, ch in enumerate(text):
        if not _is_han(ch):
            continue
        n = 0
        for j in range(i, min(len(text), i + MAX_SHARED_CHARS)):
            if _is_han(text[j]):
                n += 1
                if n == need:
                    yield text[i:j + 1]
                    break


def _char_windows(text: str):
    size = MAX_SHARED_CHARS + 1
    for i in range(0, len(text) - size + 1):
        yield text[i:i + size]


_EARLIER: tuple[set, set] | None = None


def earlier_index() -> tuple[set, set]:
    """The windows of the earlier sets' texts (NFKC, lower-cased), built once."""
    global _EARLIER
    if _EARLIER is None:
        han, chars = set(), set()
        for path in EARLIER_TEXTS:
            with open(path, encoding="utf-8") as f:
                text = _low(f.read())
            han.update(_han_windows(text))
            chars.update(_char_windows(text))
        _EARLIER = (han, chars)
    return _EARLIER


def shared_run(text: str) -> str | None:
    """A run this text shares with the earlier sets beyond the limits, or None."""
    han, chars = earlier_index()
    t = _low(text)
    for w in _han_windows(t):
        if w in han:
            return w
    for w in _char_windows(t):
        if w in chars:
            return w
    return None


# ------------------------------------------------------------------ validation

def validate_item(item, errs: list[str]) -> None:
    iid = item.get("id") if isinstance(item, dict) else None
    where = f"item {iid!r}"
    if not isinstance(item, dict):
        errs.append(f"{where}: not an object")
        return
    keys = set(item)
    if keys != ITEM_FIELDS:
        errs.append(f"{where}: fields missing {sorted(ITEM_FIELDS - keys)} extra {sorted(keys - ITEM_FIELDS)}")
        return
    if not (isinstance(iid, str) and _ID_RE.match(iid)):
        errs.append(f"{where}: bad id")
    if item["language"] not in LANGUAGES:
        errs.append(f"{where}: language {item['language']!r}")
    if item["sender_name"] is not None and not _nonempty_str(item["sender_name"]):
        errs.append(f"{where}: sender_name must be a non-empty string or null")
    for k in ("recipient", "relation", "greeting", "reply"):
        if not _nonempty_str(item[k]):
            errs.append(f"{where}: {k} empty or not a string")
    if item["relation_category"] not in RELATION_CATEGORIES:
        errs.append(f"{where}: relation_category {item['relation_category']!r}")
    if item["holiday"] not in HOLIDAYS:
        errs.append(f"{where}: holiday {item['holiday']!r}")
    if item["style"] not in STYLES:
        errs.append(f"{where}: style {item['style']!r}")
    if item["mood"] not in MOODS:
        errs.append(f"{where}: mood {item['mood']!r}")
    if item["question"] not in QUESTIONS:
        errs.append(f"{where}: question {item['question']!r}")
    thread = item["thread"]
    if not isinstance(thread, list) or len(thread) > 4:
        errs.append(f"{where}: thread must be a list of at most 4 turns")
        return
    for t in thread:
        if (not isinstance(t, dict) or set(t) != {"from", "text"} or t["from"] not in ("sender", "recipient")
                or not _nonempty_str(t["text"])):
            errs.append(f"{where}: bad thread turn {t!r}")
            return
    exp = item["expect"]
    if not isinstance(exp, dict) or set(exp) != EXPECT_FIELDS:
        errs.append(f"{where}: expect fields must be exactly {sorted(EXPECT_FIELDS)}")
        return
    if exp["answer_kind"] not in QUESTIONS:
        errs.append(f"{where}: answer_kind {exp['answer_kind']!r}")
    if exp["answer_kind"] != item["question"]:
        errs.append(f"{where}: answer_kind {exp['answer_kind']!r} differs from question {item['question']!r}")
    if exp["register"] not in REGISTERS:
        errs.append(f"{where}: register {exp['register']!r}")
    for k in EXPECT_LISTS:
        v = exp[k]
        if not isinstance(v, list) or not all(_nonempty_str(w) for w in v):
            errs.append(f"{where}: expect.{k} must be a list of non-empty strings")
            return
        if len({_low(w) for w in v}) != len(v):
            errs.append(f"{where}: expect.{k} has duplicates")
    if not exp["holiday_words_ok"]:
        errs.append(f"{where}: holiday_words_ok empty")
    ok_low = {_low(w) for w in exp["holiday_words_ok"]}
    if ok_low & {_low(w) for w in exp["other_holiday_words"]}:
        errs.append(f"{where}: a word is both ok and other-holiday")
    own_texts = [item["greeting"], item["reply"]] + [t["text"] for t in thread]
    context = _low(" ".join(own_texts))
    for w in exp["other_holiday_words"]:
        if _low(w) in context:
            errs.append(f"{where}: other-holiday word {w!r} occurs in the item's own text")
    must = exp["must_mention_any"]
    if item["question"] == "choice":
        if len(must) < 2:
            errs.append(f"{where}: a choice item needs its options (>= 2) in must_mention_any")
        for w in must:
            if _low(w) not in _low(item["reply"]):
                errs.append(f"{where}: option {w!r} not in the reply")
    elif must:
        errs.append(f"{where}: must_mention_any is only used for choice items")
    # register consistent with the relation category
    cat, reg = item["relation_category"], exp["register"]
    if cat == "客户" and reg not in ("formal", "respectful"):
        errs.append(f"{where}: a client needs formal/respectful register")
    if cat in ("领导", "老师") and reg not in ("respectful", "formal"):
        errs.append(f"{where}: a boss/teacher needs respectful/formal register")
    if cat == "恋人" and reg != "intimate":
        errs.append(f"{where}: a partner needs intimate register")
    # wording borrowed from the examples of the earlier sets, the judge or the README
    for w in BANNED_SUBSTRINGS:
        if _low(w) in context:
            errs.append(f"{where}: reuses the example wording {w!r}")
    if re.sub(r"[\s。.!！?？~～]+", "", _nfkc(item["reply"])) in {_nfkc(r) for r in BANNED_REPLIES}:
        errs.append(f"{where}: reuses a whole example reply {item['reply']!r}")
    # runs copied from the earlier sets' notes or the fourth to sixth sets' build scripts
    for t in own_texts:
        run = shared_run(t)
        if run:
            errs.append(f"{where}: shares the run {run!r} with an earlier set")
    # the automatic traps the build script adds
    forb = {_low(w) for w in exp["forbidden"]}
    zh_item = item["language"] == "zh"
    if item["mood"] in ("sad", "worried") and not ({"哈哈"} if zh_item else {"haha", "lol"}) <= forb:
        errs.append(f"{where}: a sad or worried item must forbid laughter")
    if item["holiday"] == "清明" and not ({"清明快乐"} if zh_item else {"happy qingming"}) <= forb:
        errs.append(f"{where}: a 清明 item must forbid wishing a happy 清明")
    if item["question"] != "none":
        if zh_item and item["relation"] in PARENT_RELATIONS and not {"爸妈", _low("你呢？")} <= forb:
            errs.append(f"{where}: a parent who asked: 爸妈 and 你呢？ must be forbidden")
        elif zh_item and reg in ("respectful", "formal") and _low("你呢？") not in forb:
            errs.append(f"{where}: a 您-addressed asker: 你呢？ must be forbidden")
        elif not zh_item and reg in ("respectful", "formal") and "and you?" not in forb:
            errs.append(f"{where}: an English respectful/formal asker: 'and you?' must be forbidden")
    # language
    if item["language"] == "en":
        for t in _texts(item):
            if _CJK_RE.search(t):
                errs.append(f"{where}: English item contains Chinese: {t!r}")
                break
    elif item["language"] == "zh" and not _CJK_RE.search(item["greeting"]):
        errs.append(f"{where}: Chinese item whose greeting has no Chinese")


def validate(data) -> list[str]:
    errs: list[str] = []
    if not isinstance(data, dict) or set(data) != {"version", "written_by", "items"}:
        return ["top level must be an object with exactly version, written_by, items"]
    if data["version"] != VERSION:
        errs.append(f"version {data['version']!r}")
    if not _nonempty_str(data["written_by"]):
        errs.append("written_by empty")
    items = data["items"]
    if not isinstance(items, list):
        return errs + ["items is not a list"]
    try:
        earlier_index()
    except OSError as e:
        return errs + [f"cannot read an earlier set's text: {e}"]
    for item in items:
        validate_item(item, errs)
    if errs:
        return errs
    # ids, duplicates
    ids = [i["id"] for i in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"fb16-{n:03d}" for n in range(1, len(ids) + 1)]:
        errs.append("ids are not fb16-001.. consecutive")
    for field in ("reply", "greeting"):
        seen: dict[str, str] = {}
        for i in items:
            key = re.sub(r"\s+", " ", _low(i[field])).strip()
            if key in seen:
                errs.append(f"repeated {field} text in {seen[key]} and {i['id']}: {i[field]!r}")
            seen[key] = i["id"]
    # spread
    n = len(items)
    if n < MIN_ITEMS:
        errs.append(f"only {n} items (< {MIN_ITEMS})")
    en = [i for i in items if i["language"] == "en"]
    if len(en) < MIN_EN:
        errs.append(f"only {len(en)} English items (< {MIN_EN})")
    if len({i["holiday"] for i in en}) < MIN_EN_HOLIDAYS:
        errs.append(f"English items cover fewer than {MIN_EN_HOLIDAYS} holidays")
    if len({i["relation_category"] for i in en}) < MIN_EN_CATEGORIES:
        errs.append(f"English items cover fewer than {MIN_EN_CATEGORIES} relation categories")
    if len({i["mood"] for i in en}) < MIN_EN_MOODS:
        errs.append(f"English items cover fewer than {MIN_EN_MOODS} moods")
    if len({i["question"] for i in en}) < MIN_EN_QUESTIONS:
        errs.append(f"English items cover fewer than {MIN_EN_QUESTIONS} question kinds")
    threads = [i for i in items if i["thread"]]
    if len(threads) < MIN_THREADS:
        errs.append(f"only {len(threads)} multi-round items (< {MIN_THREADS})")
    if sum(1 for i in threads if i["language"] == "en") < MIN_EN_THREADS:
        errs.append("too few English multi-round items")
    if len({i["mood"] for i in threads}) < MIN_THREAD_MOODS:
        errs.append(f"multi-round items cover fewer than {MIN_THREAD_MOODS} moods")
    if len({i["question"] for i in threads}) < MIN_THREAD_QUESTIONS:
        errs.append(f"multi-round items cover fewer than {MIN_THREAD_QUESTIONS} question kinds")
    vocab = {"relation_category": RELATION_CATEGORIES, "holiday": HOLIDAYS, "mood": MOODS, "question": QUESTIONS,
             "style": STYLES, "register": REGISTERS}
    for field, values in vocab.items():
        get = (lambda i: i["expect"]["register"]) if field == "register" else (lambda i, f=field: i[f])
        for v in values:
            c = sum(1 for i in items if get(i) == v)
            if c < MIN_PER[field]:
                errs.append(f"{field} {v!r}: {c} items (< {MIN_PER[field]})")
    for q, m in MIN_QUESTION.items():
        c = sum(1 for i in items if i["question"] == q)
        if c < m:
            errs.append(f"question {q!r}: {c} items (< {m})")
    for m in MOODS:
        if n and sum(1 for i in items if i["mood"] == m) > MAX_MOOD_SHARE * n:
            errs.append(f"mood {m!r} covers more than {MAX_MOOD_SHARE:.0%} of the items")
    if n and sum(1 for i in items if i["question"] == "none") > MAX_NONE_SHARE * n:
        errs.append(f"question 'none' covers more than {MAX_NONE_SHARE:.0%} of the items")
    for q in QUESTIONS:
        if q != "none" and n and sum(1 for i in items if i["question"] == q) > MAX_ASKED_KIND_SHARE * n:
            errs.append(f"question {q!r} covers more than {MAX_ASKED_KIND_SHARE:.0%} of the items")
    for kind, forms in (("request", REQUEST_FORMS), ("yes_no", YES_NO_FORMS)):
        replies = [_low(i["reply"]) for i in items if i["question"] == kind]
        for f in forms:
            if not any(f in r for r in replies):
                errs.append(f"no {kind} reply uses the phrasing {f!r}")
    for g in FAMILY_GROUPS:
        c = sum(1 for i in items if family_group(i) == g)
        if c < MIN_FAMILY_GROUP:
            errs.append(f"family group {g!r}: {c} items (< {MIN_FAMILY_GROUP})")
    rels = " ".join(i["relation"].lower() for i in items if i["relation_category"] == "其他")
    for need in (("房东", "landlord"), ("医生", "大夫", "doctor"), ("邻居", "neighbour", "neighbor")):
        if not any(w in rels for w in need):
            errs.append(f"no 其他 item with a relation among {need}")
    cold_short = [i for i in items if i["mood"] == "cold" and len(_PUNCT_OR_SPACE.sub("", i["reply"])) <= 3]
    if len(cold_short) < MIN_COLD_SHORT:
        errs.append(f"only {len(cold_short)} short cold replies")
    if sum(1 for i in items if emoji_only(i["reply"])) < MIN_EMOJI_ONLY:
        errs.append("too few emoji-only replies")
    if sum(1 for i in items if emoji_count(i["reply"]) >= 2) < MIN_EMOJI_HEAVY:
        errs.append("too few emoji-heavy replies")
    voice = [i for i in items if i["language"] == "zh" and len(_CJK_RE.findall(i["reply"])) >= 20
             and not _PUNCT_OR_SPACE.search(i["reply"])]
    if len(voice) < MIN_VOICE:
        errs.append(f"only {len(voice)} unpunctuated voice-style replies")
    return errs


# ------------------------------------------------------------------ the judge

def load_judge():
    """The judge module, loaded from its file (with /work/main on sys.path, as the tests do)."""
    if MAIN not in sys.path:
        sys.path.insert(0, MAIN)
    spec = importlib.util.spec_from_file_location("followup_judge_blind16", JUDGE_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_judge(data, references: dict[str, str] | None) -> list[str]:
    errs: list[str] = []
    j = load_judge()
    for name in ("MOODS", "QUESTIONS", "REGISTERS", "RELATION_CATEGORIES", "STYLES", "HOLIDAYS"):
        if tuple(getattr(j, name)) != globals()[name]:
            errs.append(f"judge {name} differs from the checker's copy")
    for item in data["items"]:
        iid = item["id"]
        if j.mood_right(item["mood"], item) is not True:
            errs.append(f"{iid}: judge.mood_right rejects the gold mood")
        if j.question_right(item["question"], item) is not True:
            errs.append(f"{iid}: judge.question_right rejects the gold question")
        wrong = next(m for m in MOODS if m != item["mood"])
        if j.mood_right(wrong, item) is not False:
            errs.append(f"{iid}: judge.mood_right accepts a wrong mood")
        try:
            j.passes("好的。" if item["language"] == "zh" else "Sounds good.", item)
        except Exception as e:  # the judge must be able to read every field it needs
            errs.append(f"{iid}: judge.passes raised {e!r}")
            continue
        for w in item["expect"]["forbidden"] + item["expect"]["other_holiday_words"]:
            if j.holiday_right(f"{w}.", item):
                errs.append(f"{iid}: judge does not reject {w!r}")
        if references is not None:
            ref = references.get(iid)
            if ref is None:
                errs.append(f"{iid}: no reference follow-up")
                continue
            verdict = j.passes(ref, item)
            if not verdict["all"]:
                bad = [k for k, v in verdict.items() if not v and k != "all"]
                errs.append(f"{iid}: reference {ref!r} fails {bad}")
            run = shared_run(ref)
            if run:
                errs.append(f"{iid}: reference shares the run {run!r} with an earlier set")
    if references is not None:
        seen: dict[str, str] = {}
        for iid, ref in references.items():
            key = re.sub(r"\s+", " ", _low(ref)).strip()
            if key in seen:
                errs.append(f"repeated reference in {seen[key]} and {iid}")
            seen[key] = iid
    return errs


def load_references() -> dict[str, str] | None:
    path = os.path.join(HERE, "followup_blind16_build.py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location("followup_blind16_build_refs", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return dict(mod.REFERENCES)


# ------------------------------------------------------------------ self-test

SELFTEST_CASES = 87


def _note_samples(path: str, only_here: bool = False, older=None) -> tuple[str, str]:
    """A note's first 30-character Latin run and its first run of 12 Han characters within 27 characters that
    holds no banned example phrase (for the self-test); with ``only_here``, runs that the texts an earlier checker
    already read (``older``: OLDEST_TEXTS for the fifth set's note, OLDER_TEXTS for the sixth set's) do not hold,
    so that the self-test proves the newer texts are read."""
    with open(path, encoding="utf-8") as f:
        note = f.read()
    others = ""
    if only_here:
        for p in (older or OLDER_TEXTS):
            with open(p, encoding="utf-8") as f:
                others += _low(f.read()) + "\n"
    latin = next(note[i:i + 30] for i in range(len(note) - 29)
                 if re.fullmatch(r"[A-Za-z ,]{30}", note[i:i + 30]) and _low(note[i:i + 30]) not in others)
    han = next(w for w in _han_windows(_low(note))
               if not any(_low(b) in w for b in BANNED_SUBSTRINGS) and w not in others)
    return latin, han


def _build_header_sample(path: str, older) -> str:
    """A 30-character Latin run of a build script's header (the part before its holiday word tables) that the
    ``older`` texts do not hold, so that the self-test proves the build script itself is read. Only the header is
    searched: the script's item section is never looked at, not even by the self-test."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    header = text.split("# ------------------------------------------------------------------ holiday word tables")[0]
    others = ""
    for p in older:
        with open(p, encoding="utf-8") as f:
            others += _low(f.read()) + "\n"
    return next(header[i:i + 30] for i in range(len(header) - 29)
                if re.fullmatch(r"[A-Za-z ,]{30}", header[i:i + 30]) and _low(header[i:i + 30]) not in others)


def _any_latin_sample(path: str, older) -> str:
    """A 30-character Latin run of a helper module (it holds no item) that the ``older`` texts do not hold."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    others = ""
    for p in older:
        with open(p, encoding="utf-8") as f:
            others += _low(f.read()) + "\n"
    return next(text[i:i + 30] for i in range(len(text) - 29)
                if re.fullmatch(r"[A-Za-z ,]{30}", text[i:i + 30]) and _low(text[i:i + 30]) not in others)


def _earlier_samples() -> tuple[str, str]:
    """A 30-character Latin run of the fourth set's note and a 12-Han run of the third set's note."""
    return _note_samples(EARLIER_TEXTS[1])[0], _note_samples(EARLIER_TEXTS[0])[1]


def selftest(good: dict) -> list[str]:
    """Breaks copies of the good data in memory; validate() must fail on every one, with the error it targets."""
    problems = []
    count = 0

    def broken(name, mutate, expect):
        nonlocal count
        count += 1
        d = copy.deepcopy(good)
        mutate(d)
        errs = validate(d)
        hit = [e for e in errs if expect in e]
        if not hit:
            problems.append(f"selftest: validator did not report {expect!r} on a broken copy ({name}): {errs[:2]}")
        else:
            print(f"selftest: {name}: rejected")  # the copied run itself is never printed

    def keep_few_moods(d):
        kept = {}
        for i in d["items"]:
            if i["mood"] != "happy":
                kept[i["mood"]] = kept.get(i["mood"], 0) + 1
                if kept[i["mood"]] > MIN_PER["mood"]:
                    i["mood"] = "happy"

    items = lambda d: d["items"]  # noqa: E731
    first = lambda d, pred: next(i for i in items(d) if pred(i))  # noqa: E731
    latin, han = _earlier_samples()
    zh_other = lambda d: first(d, lambda i: i["language"] == "zh" and i["expect"]["other_holiday_words"])  # noqa
    broken("missing field", lambda d: items(d)[3].pop("mood"), "fields missing ['mood']")
    broken("non-canonical mood", lambda d: items(d)[5].__setitem__("mood", "Happy"), "mood 'Happy'")
    broken("unknown question kind", lambda d: items(d)[6].__setitem__("question", "why"), "question 'why'")
    broken("duplicate id", lambda d: items(d)[9].__setitem__("id", items(d)[8]["id"]), "duplicate ids")
    broken("repeated reply", lambda d: items(d)[2].__setitem__("reply", " " + items(d)[1]["reply"].upper()),
           "repeated reply text")
    broken("Chinese in an English item", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "thanks 谢谢你"), "English item contains Chinese")
    broken("unknown register", lambda d: items(d)[20]["expect"].__setitem__("register", "polite"),
           "register 'polite'")
    broken("thread of five turns", lambda d: items(d)[0].__setitem__(
        "thread", [{"from": "recipient", "text": f"t{k}"} for k in range(5)]), "at most 4 turns")
    broken("too few items", lambda d: d.__setitem__("items", items(d)[:149]), "only 149 items")
    broken("a category disappears", lambda d: [i.__setitem__("relation_category", "朋友") for i in items(d)
                                               if i["relation_category"] == "其他"], "relation_category '其他'")
    broken("answer_kind unequal to question", lambda d: items(d)[30]["expect"].__setitem__(
        "answer_kind", "none" if items(d)[30]["question"] != "none" else "when"), "differs from question")
    broken("extra expect field", lambda d: items(d)[2]["expect"].__setitem__("hint", []), "expect fields must be")
    broken("wrong version", lambda d: d.__setitem__("version", "2026-12-05"), "version '2026-12-05'")
    broken("a borrowed example phrase", lambda d: items(d)[12].__setitem__("reply", "工作忙不忙呀"),
           "example wording '工作忙不忙'")
    broken("a borrowed whole reply", lambda d: items(d)[13].__setitem__("reply", "收到。"), "whole example reply")
    broken("an option missing from the reply", lambda d: first(d, lambda i: i["question"] == "choice")
           ["expect"]["must_mention_any"].append("披萨"), "option '披萨' not in the reply")
    broken("a client addressed casually", lambda d: first(d, lambda i: i["relation_category"] == "客户")
           ["expect"].__setitem__("register", "casual"), "a client needs formal")
    broken("laughter not forbidden on a sad item", lambda d: first(d, lambda i: i["mood"] == "sad")
           ["expect"].__setitem__("forbidden", []), "must forbid laughter")
    broken("other-holiday word inside its own reply", lambda d: zh_other(d).__setitem__(
        "reply", "哈哈 " + zh_other(d)["expect"]["other_holiday_words"][0]), "occurs in the item's own text")
    # added for the fifth set
    broken("a fourth-set example phrase", lambda d: items(d)[14].__setitem__("reply", "行 改九点吧"),
           "example wording '改九点吧'")
    broken("a fourth-set whole reply", lambda d: items(d)[15].__setitem__("reply", "🙄🙄🙄"), "whole example reply")
    broken("28+ characters copied from an earlier note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("greeting", "Hi, " + latin + "!"), "with an earlier set")
    broken("12 Han characters copied from an earlier note", lambda d: items(d)[16].__setitem__(
        "reply", "对了 " + han + " 你看"), "with an earlier set")
    broken("one mood covers most of the set", keep_few_moods, "mood 'happy' covers more than")
    broken("a request phrasing disappears", lambda d: [i.__setitem__("reply", i["reply"].replace("帮我", "替我"))
                                                      for i in items(d)], "phrasing '帮我'")
    broken("too few requests", lambda d: [i.update(question="none") or i["expect"].update(answer_kind="none")
                                          for i in items(d) if i["question"] == "request"],
           "question 'request': 0 items")
    # added for the sixth set
    latin5, han5 = _note_samples(EARLIER_TEXTS[2], only_here=True, older=OLDEST_TEXTS)
    broken("a fifth-set example phrase", lambda d: items(d)[17].__setitem__("reply", "那 鸡翅行不行"),
           "example wording '鸡翅行不行'")
    broken("a fifth-set whole reply", lambda d: items(d)[18].__setitem__("reply", "已阅。"), "whole example reply")
    broken("28+ characters copied from the fifth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "ok " + latin5 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the fifth set's note", lambda d: items(d)[19].__setitem__(
        "greeting", "新年好 " + han5 + " 祝好"), "with an earlier set")
    broken("one asked kind covers too much", lambda d: [i.update(question="yes_no") or i["expect"].update(
        answer_kind="yes_no", must_mention_any=[]) for i in items(d) if i["question"] in ("when", "where", "what")],
           "question 'yes_no' covers more than")
    broken("too few English threads", lambda d: [i.__setitem__("thread", []) for i in items(d)
                                                 if i["language"] == "en"], "too few English multi-round")
    broken("English items lose a mood", lambda d: [i.__setitem__("mood", "happy") for i in items(d)
                                                   if i["language"] == "en" and i["mood"] == "busy"],
           "English items cover fewer than 7 moods")
    broken("a yes/no phrasing disappears", lambda d: [i.__setitem__("reply", i["reply"].replace("right?", "ok?"))
                                                      for i in items(d)], "phrasing 'right?'")
    broken("too few what questions", lambda d: [i.update(question="none") or i["expect"].update(answer_kind="none")
                                                for i in items(d) if i["question"] == "what"],
           "question 'what': 0 items")
    # added for the seventh set
    latin6, han6 = _note_samples(EARLIER_TEXTS[3], only_here=True, older=OLDER_TEXTS)
    broken("a sixth-set example phrase", lambda d: items(d)[21].__setitem__("reply", "好 电影你定"),
           "example wording '电影你定'")
    broken("a sixth-set whole reply", lambda d: items(d)[22].__setitem__("reply", "嗯哼。"), "whole example reply")
    broken("28+ characters copied from the sixth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "so " + latin6 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the sixth set's note", lambda d: items(d)[23].__setitem__(
        "greeting", "节日好 " + han6 + " 祝好"), "with an earlier set")
    broken("multi-round items all happy", lambda d: [i.__setitem__("mood", "happy") for i in items(d)
                                                     if i["thread"]], "multi-round items cover fewer than 6 moods")
    broken("multi-round items all one kind", lambda d: [i.update(question="none") or i["expect"].update(
        answer_kind="none", must_mention_any=[]) for i in items(d) if i["thread"]],
           "multi-round items cover fewer than 7 question kinds")
    # added for the eighth set
    latin7, han7 = _note_samples(EARLIER_TEXTS[7], only_here=True, older=SEVENTH_TEXTS)
    broken("a seventh-set example phrase", lambda d: items(d)[24].__setitem__("reply", "嗯 你人来就行"),
           "example wording '你人来就行'")
    broken("a seventh-set whole reply", lambda d: items(d)[25].__setitem__("reply", "中秋好。"), "whole example reply")
    broken("28+ characters copied from the seventh set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "yes " + latin7 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the seventh set's note", lambda d: items(d)[26].__setitem__(
        "greeting", "祝好 " + han7 + " 快乐"), "with an earlier set")
    # added for the ninth set
    latin8, han8 = _note_samples(EARLIER_TEXTS[9], only_here=True, older=EIGHTH_TEXTS)
    broken("an eighth-set example phrase", lambda d: items(d)[27].__setitem__("reply", "嗯 你立的啥"),
           "example wording '你立的啥'")
    broken("an eighth-set whole reply", lambda d: items(d)[28].__setitem__("reply", "晓得了。"), "whole example reply")
    broken("28+ characters copied from the eighth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "oh " + latin8 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the eighth set's note", lambda d: items(d)[29].__setitem__(
        "greeting", "节日好 " + han8 + " 祝好"), "with an earlier set")
    broken("no neighbour among the other relations", lambda d: [i.__setitem__("relation", "acquaintance")
                                                               for i in items(d) if i["relation_category"] == "其他"
                                                               and any(w in i["relation"].lower()
                                                                       for w in ("邻居", "neighbour", "neighbor"))],
           "('邻居', 'neighbour', 'neighbor')")
    # added for the tenth set
    latin9, han9 = _note_samples(EARLIER_TEXTS[11], only_here=True, older=NINTH_TEXTS)
    broken("a ninth-set example phrase", lambda d: items(d)[31].__setitem__("reply", "那 你可得来当伴郎"),
           "example wording '你可得来当伴郎'")
    broken("a ninth-set whole reply", lambda d: items(d)[32].__setitem__("reply", "嗯呐。"), "whole example reply")
    broken("28+ characters copied from the ninth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "well " + latin9 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the ninth set's note", lambda d: items(d)[33].__setitem__(
        "greeting", "祝好 " + han9 + " 快乐"), "with an earlier set")
    # added for the eleventh set
    latin10, han10 = _note_samples(EARLIER_TEXTS[13], only_here=True, older=TENTH_TEXTS)
    broken("a tenth-set example phrase", lambda d: items(d)[34].__setitem__("reply", "那 七点电影院门口见"),
           "example wording '七点电影院门口见'")
    broken("a tenth-set whole reply", lambda d: items(d)[35].__setitem__("reply", "🌕👍"), "whole example reply")
    broken("28+ characters copied from the tenth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "right " + latin10 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the tenth set's note", lambda d: items(d)[36].__setitem__(
        "greeting", "祝好 " + han10 + " 快乐"), "with an earlier set")
    # added for the twelfth set
    latin11, han11 = _note_samples(EARLIER_TEXTS[15], only_here=True, older=ELEVENTH_TEXTS)
    broken("an eleventh-set example phrase", lambda d: items(d)[37].__setitem__("reply", "嗯 那算惊喜不"),
           "example wording '算惊喜不'")
    broken("an eleventh-set whole reply", lambda d: items(d)[38].__setitem__("reply", "随你。"), "whole example reply")
    broken("28+ characters copied from the eleventh set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "sure " + latin11 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the eleventh set's note", lambda d: items(d)[39].__setitem__(
        "greeting", "节日好 " + han11 + " 祝好"), "with an earlier set")
    latin_b11 = _build_header_sample(EARLIER_TEXTS[16], older=ELEVENTH_TEXTS + (EARLIER_TEXTS[15],))
    broken("28+ characters copied from the eleventh set's build script", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("greeting", "Hi " + latin_b11 + "!"), "with an earlier set")
    # added for the thirteenth set
    latin12, han12 = _note_samples(EARLIER_TEXTS[17], only_here=True, older=TWELFTH_TEXTS)
    broken("a twelfth-set example phrase", lambda d: items(d)[40].__setitem__("reply", "嗯 那你说去哪"),
           "example wording '你说去哪'")
    broken("a twelfth-set whole reply", lambda d: items(d)[41].__setitem__("reply", "合脚。"), "whole example reply")
    broken("28+ characters copied from the twelfth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "yeah " + latin12 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the twelfth set's note", lambda d: items(d)[42].__setitem__(
        "greeting", "节日好 " + han12 + " 祝好"), "with an earlier set")
    latin_b12 = _build_header_sample(EARLIER_TEXTS[18], older=TWELFTH_TEXTS + (EARLIER_TEXTS[17],))
    broken("28+ characters copied from the twelfth set's build script", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("greeting", "Hi " + latin_b12 + "!"), "with an earlier set")
    latin_c12 = _any_latin_sample(EARLIER_TEXTS[19], older=EARLIER_TEXTS[:19])
    broken("28+ characters copied from the twelfth set's helper module", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("reply", "ok " + latin_c12 + " :)"), "with an earlier set")
    # added for the fourteenth set
    latin13, han13 = _note_samples(EARLIER_TEXTS[20], only_here=True, older=THIRTEENTH_TEXTS)
    broken("a thirteenth-set example phrase", lambda d: items(d)[43].__setitem__("reply", "嗯 地方你们挑"),
           "example wording '地方你们挑'")
    broken("a thirteenth-set whole reply", lambda d: items(d)[44].__setitem__("reply", "收着了。"), "whole example reply")
    broken("28+ characters copied from the thirteenth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "well " + latin13 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the thirteenth set's note", lambda d: items(d)[45].__setitem__(
        "greeting", "节日好 " + han13 + " 祝好"), "with an earlier set")
    latin_b13 = _build_header_sample(EARLIER_TEXTS[21], older=THIRTEENTH_TEXTS + (EARLIER_TEXTS[20],))
    broken("28+ characters copied from the thirteenth set's build script", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("greeting", "Hi " + latin_b13 + "!"), "with an earlier set")
    latin_c13 = _any_latin_sample(EARLIER_TEXTS[22], older=EARLIER_TEXTS[:22])
    broken("28+ characters copied from the thirteenth set's helper module", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("reply", "ok " + latin_c13 + " :)"), "with an earlier set")
    # added for the fifteenth set
    latin14, han14 = _note_samples(EARLIER_TEXTS[23], only_here=True, older=FOURTEENTH_TEXTS)
    broken("a fourteenth-set example phrase", lambda d: items(d)[46].__setitem__("reply", "嗯 你家猫谁喂啊"),
           "example wording '谁喂'")
    broken("a fourteenth-set whole reply", lambda d: items(d)[47].__setitem__("reply", "没生气。"), "whole example reply")
    broken("28+ characters copied from the fourteenth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "sure " + latin14 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the fourteenth set's note", lambda d: items(d)[48].__setitem__(
        "greeting", "节日好 " + han14 + " 祝好"), "with an earlier set")
    latin_b14 = _build_header_sample(EARLIER_TEXTS[24], older=FOURTEENTH_TEXTS + (EARLIER_TEXTS[23],))
    broken("28+ characters copied from the fourteenth set's build script", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("greeting", "Hi " + latin_b14 + "!"), "with an earlier set")
    latin_c14 = _any_latin_sample(EARLIER_TEXTS[25], older=EARLIER_TEXTS[:25])
    broken("28+ characters copied from the fourteenth set's helper module", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("reply", "ok " + latin_c14 + " :)"), "with an earlier set")
    # added for the sixteenth set
    latin15, han15 = _note_samples(EARLIER_TEXTS[26], only_here=True, older=FIFTEENTH_TEXTS)
    broken("a fifteenth-set example phrase", lambda d: items(d)[49].__setitem__("reply", "行 你挑个地方吧"),
           "example wording '你挑个地方'")
    broken("a fifteenth-set whole reply", lambda d: items(d)[50].__setitem__("reply", "无所谓。"), "whole example reply")
    broken("28+ characters copied from the fifteenth set's note", lambda d: first(d, lambda i: i["language"] == "en")
           .__setitem__("reply", "well " + latin15 + " :)"), "with an earlier set")
    broken("12 Han characters copied from the fifteenth set's note", lambda d: items(d)[51].__setitem__(
        "greeting", "祝好 " + han15 + " 快乐"), "with an earlier set")
    latin_b15 = _build_header_sample(EARLIER_TEXTS[27], older=FIFTEENTH_TEXTS + (EARLIER_TEXTS[26],))
    broken("28+ characters copied from the fifteenth set's build script", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("greeting", "Hi " + latin_b15 + "!"), "with an earlier set")
    latin_c15 = _any_latin_sample(EARLIER_TEXTS[28], older=EARLIER_TEXTS[:28])
    broken("28+ characters copied from the fifteenth set's helper module", lambda d: first(
        d, lambda i: i["language"] == "en").__setitem__("reply", "ok " + latin_c15 + " :)"), "with an earlier set")
    if count != SELFTEST_CASES:
        problems.append(f"selftest: ran {count} cases, expected {SELFTEST_CASES}")
    return problems


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--selftest"]
    path = args[0] if args else DEFAULT_PATH
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as e:
        print(f"FAIL: not JSON: {e}")
        return 1
    errs = validate(data)
    if not errs:
        refs = load_references() if path != "-" else None
        errs = check_judge(data, refs)
    if "--selftest" in argv:
        if errs:
            errs.append("selftest needs a valid file to break")
        else:
            errs = selftest(data)
            if not errs:
                print(f"selftest: the validator failed on all {SELFTEST_CASES} broken copies")
    if errs:
        for e in errs:
            print("FAIL:", e)
        return 1
    items = data["items"]
    print(f"OK {len(items)} items, sha256 {hashlib.sha256(raw).hexdigest()}, {len(raw)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
