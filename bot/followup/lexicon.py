"""Words and patterns the rules reader recognises in a reply: moods, jokes, questions, topics opened."""

from __future__ import annotations

import re

# Observe: lexicons ---------------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|\[[\u4e00-\u9fff]{1,4}\]")  # incl. WeChat's [捂脸]
_LAUGH = re.compile(
    r"哈{2,}|嘿嘿|嘻嘻|笑死|笑哭|笑喷|h{3,}|2333*|😂|🤣|😆|😝|😜|🤪|\[捂脸\]|\[破涕为笑\]|\[偷笑\]"
    r"|(?<![a-z])(?:ha){2,}|\blol\b|\blmao\b|\brofl\b", re.I)
# Reactions to a joke ("你这大模型又发疯了", "you and your AI jokes"): the joke itself was picked up.
_JOKE_REACTION = re.compile(
    r"发疯|疯了|又来了|又开始了|玩梗|整活|离谱|绝了|服了|太会了|段子|梗|戏精|魔怔|职业病|三句不离"
    r"|\bjokes?\b|\bpuns?\b|\byou and your\b|\bnerd\b|\bgeek\b", re.I)
# The tech memes a greeting jokes with; Latin ones as whole words.
_JOKE_WORDS = re.compile(
    r"大模型|模型|梯度|收敛|过拟合|欠拟合|算力|显卡|显存|参数|宕机|炼丹|调参|幻觉|内卷|摸鱼|秃头"
    r"|(?<![A-Za-z])(?:loss|bugs?|GPUs?|tokens?|prompts?|AI|LLMs?|KPI|gradients?|hallucinat\w*|overfit\w*"
    r"|debug\w*|compute)(?![A-Za-z])", re.I)
_BUSY = re.compile(
    r"忙|加班|在开会|开会呢|开会中|出差|赶工|赶项目|赶进度|赶稿|没空|抽不开身|焦头烂额|连轴转|996|deadline|ddl"
    r"|赶(?:论文|作业|报告|材料|方案)|脚不沾地|一个人顶俩|between calls|quick (?:one|q\b)|back to back"
    r"|\bbusy\b|swamped|slammed|in a meeting|working late|overtime|\bcrunch\b", re.I)
_NEGATION_BEFORE = re.compile(r"(?:不|没|别|不太|没那么|不怎么|not|n't|not too|not that)\s*$", re.I)
_QUESTION_END_ZH = re.compile(r"(?:吗|么|嘛|没|不)$")
_QUESTION_WORDS_ZH = re.compile(
    r"怎么样|咋样|如何|啥时候|什么时候|几号|几点|多少|有没有|是不是|要不要|能不能|会不会|回不回|哪里|哪儿|为啥|为什么|哪家"
    r"|(?:啥|什么)(?:馅|味|口味|颜色|牌子)|(?:什么|啥)(?:方向|专业|行业|工作|岗位|项目|课题)$|(?<![能又])怎样"
    r"|(?<!不)怎么(?!办法)|哪几|哪些|哪个|哪位|哪[一]?[章部段句款种首本步]|^(?:你|您)是(?:谁|哪位)?$|(?:跟|和|是)谁|猜猜"
    r"|(?:是个|成|叫|画)(?:啥|什么)(?![都也])|[周星期礼拜]几|啥辰光"
    r"|(?<!没)(?:有|是|做|干|忙|学|玩|想|去)(?:些|点)?(?:什么|啥)|(?:什么|啥)(?:时候|事|打算|安排|计划|意思)"
    r"|(?<![这那前好过十没们的])几[个年斤岁口位次遍样种块本张件瓶盒份桌辆]"  # not 这几天, 好几年, 最大的几个: "a few"
    r"|(?:了|的)(?:啥|什么)\S{0,2}$|^\S{3,}(?<!个)(?:啥|什么)$"
    # "现在开啥车", "哥你送的耳机呢", "哪一课呀"
    r"|(?:开|用|穿|买|养|换|学|做)(?:的|了)?(?:啥|什么)(?![都也])|(?:送|寄|买|发)的\S{1,6}呢$|哪一[课章篇首本回]|谁(?:看|来|管|带|做|去)$|多大了?$|送(?:你|我)?(?:啥|什么)了?$"
    # "回来待几天", "谁告诉你的", "谁带的头"
    r"|(?:待|住|玩|歇|放)几天$|谁(?:告诉|说|带|出)的|谁\S{0,2}(?:喂|接|送|陪|管)(?:啊|呀|呢)?$"
    # "到底什么原因没通过", "改到第几部分了", "你猜我在这碰到谁了"
    r"|到底(?:什么|啥|为什么|为啥|怎么)|第几|哪(?:件|条|双|套|身)|(?:碰到|遇到|见到|看到|遇见|碰见)(?:了)?谁")  # voice input: "你猜我赢了啥", "现在开的啥车"
# Questions that are not asked of us: a rhetorical one ("我单身好吗😂", "红包是违规的好吗", "你是不是写代码写傻了"),
# someone else's question told to us ("他天天问圣诞老人会不会来"), and a bare answer word ("没", "不是").
_RHETORICAL = re.compile(r"好吗(?=[😂😏🙄😤😎])|(?:你|您)怎么(?:不|没)(?:早|先)?(?:说|讲|告诉)|谁跟谁|^说(?:啥|什么)呢$|怎么好意思|怎么(?:突然)?这么|得花多少钱|还有[^没]{1,4}没(?!有)[\u4e00-\u9fff]|^(?:也|都|还)?不知(?:道|到)(?!你|您|\S{0,6}(?:方便|可以|行不|行吗|合适))|不知(?:道|到)(?:该|要)?(?:怎么|咋)|都\S{1,6}了还\S{0,2}(?:什么|啥)|(?:本来|原本)(?:想|打算|准备)(?![^，]*(?:必须|不许|一定要|得来))|(?:的|是\S{0,4})好吗$|是不是\S*(?:傻|疯|有病)|的吧[😑😏🙄]"
                         r"|客气(?:啥|什么|干嘛|干啥)|谢(?:啥|什么)|什么鬼"
                         # jabs and dismissals: "你是故意的吧", "你怎么不先问问我", "算啥", "送啥送", "都几点了"
                         r"|故意的吧|(?:你|您)怎么(?:不|没)\S{0,3}问|算啥|^(\S)(?:啥|什么)\1|都几点了|忘了\S{0,6}是(?:什么|啥)"
                         r"|懂不懂|懂吗$|要是\S{1,6}(?:咋办|怎么办)|有什么好\S{1,2}的|说这些干(?:啥|嘛)|是谁(?:非要|说)|哪都(?:行|可以|好)"
                         r"|有区别吗|^(?:玩|吃|过|看|买)啥$|能不能靠谱|你变了")  # "这么客气干嘛": don't be
_REPORTED = re.compile(r"^(?:[他她]们?|\S{1,3}[妈爸])?(?:天天|一直|老是?|总是?|又|还)?问(?!问|题|候|好|一下|下)|被\S{1,4}问")
_BARE_ANSWER = re.compile(r"^(?:没|没有|不|不是|对|是|嗯|好|行|还没|还没有|没呢|还没呢)$")
# Hearsay put back to us ("听说你辞职了？", "你妈说你找对象了？"): a lead-in to the question that follows it.
_HEARSAY = re.compile(r"^(?:听说|据说|\S{1,3}说)(?:你|您)")
_YOU_TOO = re.compile(r"^(?:你|您)(?:那边|那儿|呢|们呢)")
_BARE_YOU_TOO = re.compile(r"^(?:你|您)(?:那边|那儿)?呢[？?]$|^(?:and|what about|how about) you\??$|^you\?$", re.I)
_QUESTION_START_EN = re.compile(
    r"^(?:how|what|when|where|why|who|which|are|is|do|does|did|have|has|any|can|could|will|would|wanna|want|guess)\b", re.I)
_LEAD_FILLER = re.compile(
    r"^(?:(?:哈{2,}|嘿嘿|嘻嘻|笑死|对了|话说|另外|那|嗯+|哦+|诶|欸|哎呀|so|btw|and|haha+|lol|oh|wait|ok(?:ay)?|but"
    r"|seriously|anyway|also|quick (?:q|question|one|favou?r)|[\U0001F300-\U0001FAFF\u2600-\u27BF])[\s，,。!！~～:\-—–]*)+", re.I)
# A clause ends at punctuation, at ". " in English, or at a space between Chinese characters (voice input has no
# punctuation: "明天行不 老婆不让").
_CLAUSE = re.compile(r"(?:[^，,。．！!？?；;\n~～…\s.]|(?<=[A-Za-z0-9])\s(?=[A-Za-z0-9])|\.(?=\S)|\s(?![\u4e00-\u9fff]))+"
                     r"(?:[，,。．！!？?；;\n~～…]+|\.\s|\s+(?=[\u4e00-\u9fff])|\s+)?")
_FUNCTION_CHARS = set("的了过我你他她它们在是和也都就还一有这那个着很又把被给跟与及啊呀吧呢吗么哦嗯")
# Shared words that are greeting formulas, not something the reply picked up.
_ECHO_STOP = {"新年快乐", "新年", "快乐", "祝你", "祝您", "你也", "今年", "明年", "谢谢", "哈哈", "我们", "你们", "大家",
              "一起", "什么", "这个", "那个", "一年", "也是", "春节", "过年", "节日", "记得", "知道", "觉得", "希望",
              "一定", "还是", "可以", "时候", "今天", "真的"}
_EN_STOP = {"an", "to", "of", "in", "on", "is", "it", "be", "we", "my", "me", "so", "do", "go", "up", "at", "as", "or",
            "by", "no", "hi", "ok", "the", "and", "you", "your", "for", "are", "with", "this", "that", "have", "has",
            "was", "were", "all", "but", "not", "too", "our", "out", "get", "got", "its", "new", "year", "happy",
            "haha", "lol", "may", "wish", "hope", "just", "from", "what", "been", "will", "more", "much", "very"}
_OPENER_ZH = re.compile(r"^(?:我们|咱们|我|俺|咱)(?:这边|这儿)?(?P<rest>.+)$")
_OPENER_TIME_ZH = re.compile(r"^(?P<rest>(?:下个?月|下周|下星期|明天|后天|年后|过完年|月底|周末|明年|刚刚?)\S+)$")
_OPENER_EN = re.compile(
    r"^(?:i'm|i am|i'll|i will|i've|i have|i just|i got|i|we're|we are|we'll|we just|we)\s+(?P<rest>.+)$", re.I)
_MOOD_ONLY = re.compile(
    r"^(?:也|还|挺|都|蛮|很|太|好|真|最近|这边)*(?:好|行|忙|累|可以|不错|开心|是|一样|祝你.*|想你)(?:的|了|啊|呀|呢|哈|啦)*$"
    r"|^(?:(?:so|very|pretty|really|also|doing|too|quite)\s+)*(?:good|fine|ok|okay|great|well|busy|swamped|tired"
    r"|alright)$", re.I)
_TRAILING_PARTICLES = re.compile(r"[了啦呢哈呀啊吧嘛哦]+$")


_TOPICS = (
    ("work", re.compile(r"加班|忙|工作|上班|项目|老板|业务|\bbusy\b|\bwork|overtime|\bjob\b|project|office|boss", re.I)),
    ("home", re.compile(r"回家|回老家|过年|放假|回来|春节|假期|哪里过|在哪过|go(?:ing)? home|holiday|vacation|travel", re.I)),
    ("meet", re.compile(r"聚|见面|吃饭|约|有空|出来|喝一杯|catch up|meet|dinner|lunch|coffee|drinks|\bfree\b", re.I)),
    ("wellbeing", re.compile(
        r"你呢|您呢|你那边呢|怎么样|还好吗|好吗|咋样|如何|过得|近况|身体|最近好|what about you|how about you|and you"
        r"|how are you|how's it going|how have you been|how are things|doing", re.I)),
)
