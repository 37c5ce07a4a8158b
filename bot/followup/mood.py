"""The mood of a reply, read from weighted cues: each mood collects the weight of the cues it finds, the strongest
mood wins if it is clear enough, and a reply with no clear sign is a friendly (happy) one, or a cold one when it is a
bare acknowledgement.

A cue's weight says how sure it is on its own: a death (3) decides alone, a work noun (1) only tips a reply that has
no warmth. Some cues are read from the statements only ("最近加班多吗？" asks about us, it says nothing of them), a
negation just before a cue cancels it ("不忙"), and tears go to whatever caused them (grief, exhaustion), or, with no
cause, to being moved by what we wrote.
"""

from __future__ import annotations

import re

from bot.followup.lexicon import _EMOJI, _JOKE_WORDS, _LAUGH, _NEGATION_BEFORE
from bot.followup.thread import Mood

Cues = tuple[tuple[re.Pattern[str], float], ...]


def _cues(*pairs: tuple[str, float]) -> Cues:
    return tuple((re.compile(p, re.I), w) for p, w in pairs)


_KIN = r"(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|父亲|母亲|爸|妈|老人|老师|他|她)"

# Loss and grief, read from what they say of themselves.
_SAD = _cues(
    (rf"去世|过世|离世|病逝|{_KIN}(?:刚|已经|都)?走(?=了|后|的|$|[，\s])|passed away|\bdied\b|funeral", 3),
    (r"分手|被甩|离婚|裁员|被裁|失业|broke up|break-?up|dumped|divorce|laid off|lost my job", 3),
    (r"难过|伤心|难受|心里\S{0,2}不好受|不是滋味|没(?:什么)?心思|心情不好|不好过|想家|\bsad\b|heartbroken|homesick|dreading", 2),
    # A death's anniversary, a grave, a dream of the dead, a holiday apart said with an apology.
    (rf"走了[\d一二两三四五六七八九十几]+年|墓园|cemetery|\bgrave\b|梦见(?:我|你)?{_KIN}|不想多说|对不起|quiet here without you", 2),
    (r"一个人(?:在家|去|过)|又不回来|不回来了|没人陪|孤零零|\balone\b|feels? (?:so )?empty|空落落", 2),  # lonely at a holiday
    # Missing the dead: "想起我父亲了", "你外公要是知道…就好了".
    (rf"想起(?:了)?(?:我|你)?{_KIN}|(?:要是|如果){_KIN.replace('(?:', '(?:你|我)?(?:', 1)}\S{{0,4}}(?:还在|知道|看到)", 2.5),
    (r"不太理想|没考好|落榜|挂科|失望|白忙|disappointed", 2),  # a hope that failed
    # Someone missing from the table: "可惜你不在", "奶奶想他了", "想自己待着", "first Thanksgiving without your uncle".
    (r"可惜(?:你|您)?不在|想(?:他|她)了|想自己待着|一个人待着|\blonely\b|first \w+ without|without (?:him|her)\b", 2),
    # The dead spoken of ("你爸走得早", "给妈点根蜡烛", "你爷爷要是知道…"), someone far away missed, a child who asks why
    # the parent is not home.
    (rf"走得早|{_KIN}要是(?:还在|知道|看到)|(?:好|很|真)想(?:你|您)\S{{0,3}}(?:还有|才能|见不到)"
     r"|一颗星星都没有|问我为(?:啥|什么)不回"
     # apart, let down or alone at the holiday: "今年异地 只能视频了", "爸妈离了", "狗狗上周走了 没心情", "突然有点想哭"
     r"|异地|只能视频|(?:^|\s)分了|离了(?:婚)?(?:\s|$)|(?:狗狗?|猫咪?|它)\S{0,4}走了|没心情|(?:过来|来)看我|最后一届"
     r"|我一个人\S{0,4}(?:吃|过|在)|冷清|太安静|没人记得|不能过来|下不了楼|还疼着|想你们|quiet table|doesn'?t feel real"
     r"|feels? (?:very|so) (?:big|empty|quiet)|need some space|一个人在\S{1,4}吃|不想说话|好想我妈|被偷|不会抱我|你不回来"
     r"|腿又疼|就剩我一个|not fine|could use a distraction|too quiet|lost (?:the|my) job|weird day|😞", 2),
    (r"唉|\bsigh\b|(?<!身体)(?<!脸色)不太好(?!意思)|不怎么好|not (?:so |that |too )?(?:great|good)|\brough\b", 1.5),
    (r"想(?:姥姥|姥爷|奶奶|爷爷|外婆|外公|老伴)了|眼睛就湿了|突然(?:特别|好|很)?想(?:家|她|他|妈|爸|奶奶|爷爷|外婆|外公|姥姥)|又是我一个人|要(?:是)?(?:还)?在(?:该|就)?(?:有)?多好|\bpassed (?:in|last|away)\b", 2.5),
    (r"腿脚不(?:好|方便)|走不了远路|躺(?:了|着)|卧床|😔|😞|💔|😢", 1.5),  # ageing, laid up over the holiday
)
# Grief rites stand in questions too ("今年你回不回去给你爷爷上坟").
_RITES = _cues((r"扫墓|上坟|烧纸|祭扫|忌日|点(?:根|支|柱)(?:蜡烛|香)|问我为(?:啥|什么)不回", 2))
# Better now ("刚好点", "退烧了"): the worry is over, what is left is a holiday lost in bed.
_RECOVERED = re.compile(r"刚好点|好多了|好些了|退烧了|痊愈|feeling better", re.I)
_ILLNESS = re.compile(r"住院|医院|出院|复查|指标|手术|发烧|咳嗽|拉肚子|生病|病了|老毛病|身体不(?:太)?好|一直没好|hospital|surgery"
                      r"|\bsick\b|fever|\bill\b", re.I)
# Worry: for us (a mother's 别太累), or an open trouble of their own (a child in hospital, a shop running out).
_WORRIED = _cues(
    (r"别太累|别累着|注意身体|保重身体|身体要紧|早点休息|早点睡|少熬夜|别(?:老|总|再|又)?熬(?:夜|太晚)|按时吃饭|多穿点|注意保暖|"
     r"注意安全|报个?平安|路上(?:小心|慢点|注意)|开车(?:小心|慢点)|照顾好自己|别太拼|别硬撑|别又拖|脸色不(?:太)?好|"
     r"身体(?:怎么样|还好|咋样)|吃(?:饭|饺子)?了?没|eating well|look(?:ed)? thin|take care of yourself|don't work too hard|get some rest|"
     r"be safe|drive safe", 2),
    (_ILLNESS.pattern, 2),
    (r"担心|放心不下|不放心|操心|\bworr(?:y|ied)\b|😥|😟|😰|😓|😧", 2),
    (r"不好做|断货|快不行|怎么办|咋办|该怎么|走神|没(?:什么|啥)事吧|能不能不(?:涨|降|扣|减)"
     r"|听说(?:你|您)\S{0,8}(?:辞职|离职|病|住院|裁员)|有困难\S{0,2}(?:跟|和|找)|天天熬夜|嗓子\S{0,2}哑|不安全"
     r"|sounded (?:so )?tired|are you sleeping"
     # a trouble on their hands: health numbers, a storm, a parcel lost, a figure falling, a child who won't listen
     r"|血压|血糖|胃疼|胃不舒服|冻裂|台风|暴雨|寄丢|会不会丢|身子是自己的|怎么掉|掉(?:了)?这么多|老是掉线|不听(?:我的|话)"
     r"|blood pressure|holding up"
     # the cold, the road, their thinness, a thing that might go wrong: "羽绒服穿上没", "脸都瘦了", "山上路滑", "会不会漏电"
     r"|累不累|(?:脸|人)都?瘦了|又瘦了|降温(?:了|没)|穿上?没|路(?:上)?滑|雪(?:太)?大|封(?:了|路)|别开车|会不会(?:漏|坏|出事|有事)"
     r"|过量|复查|来回折腾|路上堵|急死|流感|睡得着|做噩梦|身体要紧|胃要紧|(?:别|不用)(?:特意|大老远)|感冒还没好|歇着|别乱来"
     r"|缓过来|发个位置|谁看|还不行|在修|绕(?:一下|行|道)|紧张|吃得好不好|睡眠|胃镜|别饿着|结冰|别骑|心慌|别爬了|别硬扛|吃得消|声音都哑|累着了|发愁|头大|总醒|顾好"
     r"|drive carefully|\bicy\b|jammed|exam is in|acting up|pipes will burst|minus \w+ tonight|look(?:ed)? so thin|水管爆了|太贵了|is it bad|power'?s (?:been )?out|slipped|in a cast"
     r"|(?:都|全家|大家)(?:在)?等(?:你|您)", 1.5),
    # kin minding our comfort and our purse: "被子够不够厚", "钱够不够花", "别乱花钱", "自己留着买点好吃的"
    (r"花了多少钱|别再(?:买|寄|花)|寄(?:这么|那么)多|快递费|出(?:什么|啥)事了?|is everything ok|are you ok\b"
     r"|还(?:在)?咳|一直咳|咳得|没睡(?:过)?(?:个)?整觉|一直醒|睡不好|够不够(?:厚|穿|花|用|暖)|被子\S{0,3}(?:厚|薄)|别乱花钱|自己留着(?:买|用|花)|冻感冒|出门多穿|能挣几个钱"
     r"|别(?:闪着|摔着|冻着|饿着|累着|磕着)|冤枉钱|乱买|(?:腰|胃|腿|膝盖|头|牙)\S{0,3}(?:还|又)疼|(?:我|有点)(?:怕|慌)|愁得|哪有心情"
     r"|会不会长胖|试用期|问责|累了就(?:停|歇)|别走国道|走高速|堵在\S{0,4}上|动都不动|手机\S{0,2}(?:快)?没电|关好没|锁好没|瘦了没|瘦没瘦"
     r"|(?:你|您)一个人在外(?:头|面|地)?|一直没回来|别乱花|别光顾着|eating enough|look(?:s)? skinny|pipes? (?:might |will )?freeze|花(?:那|这)?(?:个)?钱干(?:啥|嘛|什么)", 2),
)
# Moved by what we wrote, or by being remembered and missed.
_TOUCHED = _cues(
    (r"感动|好暖|暖心|暖暖的|泪目|破防|眼眶|鼻子一酸|有心了|太有心|这么用心|记得这么清楚|没想到你还|看哭了|眼泪|\btouched\b|"
     r"made my day|teary|means (?:a lot|so much)|so sweet of you|\bmoved\b|you remembered", 2.5),
    (r"还记得|惦记|记得我|想你了|都想你|(?:好久|半年|一年|几年|多久)没见|🥹|🥺|❤️|💕", 1.5),
    # An elder's fond scolding of a gift ("又乱花钱", "别破费了", "这孩子真细心"), a friend's "认识你挺好的".
    (r"有(?:这份|这个)?心就好|别破费|又?乱花钱|这孩子(?:真|太|就是)?(?:细心|懂事|有心|贴心)"
     r"|认识你(?:真|挺|很)?好|有你(?:真|挺|很)?好|you shouldn'?t have|that'?s (?:so )?(?:lovely|sweet)", 2),
    (r"\baww+\b|🥲", 1.5),
    (r"舍不得(?:喝|吃|用|穿|拆|你|呢)|还(?:想|记)着我|(?:就|只有)(?:你|您)记得|难得(?:你|您)还|(?:你|您)还(?:记着|留着)|才懂(?:你|您)|才知道(?:你|您)"
     r"|心里踏实", 2.5),
    # An elder's fond "你这孩子", a card read three times, "miss you too", a lovely surprise, relief that we came.
    (r"这孩子[\s，,]{0,2}(?:太客气|记性真好|有心)|记得(?:你)?小时候|为你骄傲|热乎乎|眼睛都湿|知足了|暖(?:和)?到心里|有这份心"
     r"|太爱我了|made my (?:whole )?(?:week|year|semester)|tear(?:ing)? up|made an old man|高兴得睡不着|心里甜|这一年也值了|没舍得扔|念了[两三几好]遍|看了[两三几好]遍|就够了|比啥都强|miss you too|lovely surprise|就放心了", 2),
    # Fond names and a full heart: "傻孩子", "傻瓜", "oh sweetheart", "my heart is so full".
    (r"心里(?:真|美|热乎|暖)|比我儿子还贴心|就受着了|头一回有人|"
     r"傻(?:孩子|丫头|小子|瓜)|有出息|\boh (?:sweetheart|honey|sweetie|darling)\b|heart (?:is )?so full|warms my heart", 2),
)
_TEARS = re.compile(r"哭|😭|呜呜|\bcry|\bcried\b")
# Busy: a state of their own, read from statements ("不忙" does not count).
_BUSY_STATE = _cues(
    (r"忙|加班|值班|出差|在开会|开会呢|开会中|赶(?:工|稿|论文|作业|报告|材料|方案|项目|进度)|没空|抽不开身|焦头烂额|连轴转|"
     r"脚不沾地|一个人顶俩|累瘫|累死|累趴|崩溃|心累|嗓子哑|排期(?:很)?满|出bug|在改|晚点(?:说|聊)|回来再联系|between calls|"
     r"睡不够|夜班|(?:在外(?:面)?|外面)开会|开了[\d一二三四五六七八九十几]+个会|件多|单多|订单排|fully booked|booked (?:up|solid)|"
     r"\bbusy\b|swamped|slammed|in a meeting|working late|overtime|\bcrunch\b|back to back|"
     # on the road or on a shift for work: "在机场", "航班延误", "轮班", "通宵", "跑客户", "grading till midnight"
     r"在机场|航班延误|在高铁上|轮班|[排牌]满|通宵|跑数据|跑客户|批\S{0,4}卷|改卷|处理\S{0,2}故障|修线上|被拉起来|"
     r"travell?ing for work|\bgrading\b|on call\b|stuck (?:on|at|in)"
     # "哪有空", "在公司改bug", "开会到一点", "今晚上线", "在家看孙子", "眼睛都睁不开", "double shift"
     r"|哪有空|改bug|开会到|今晚(?:要)?上线|看孙子|带孙子|睁不开|double shift|\bshift\b"
     # where they are stuck now, what takes their day, when they get free: "我现在还在机房", "周末要补课", "拉我跳广场舞",
     # "我大概十一点回", "talk later", "no day off"
     r"|(?:现在|还)(?:在|就在)(?:公司|机房|单位|工地|实验室|群里|店里|厂里)|要(?:补课|上课|值班|加班|出差|盘点)|拉我(?:去|跳|打)"
     r"|[一二三四五六七八九十两\d]+点(?:多|左右)?(?:才)?回|打瞌睡"
     # at it still, on the road, putting children to bed, on a shift: "现在还在看日志", "在高速上堵着", "先把两个小的哄睡"
     r"|还在(?:看|改|写|调|跑|查|忙|加|排|修)|堵着|哄睡|值(?:[一二两三\d]天)?班|值到|跟不上|先去(?:学|忙|干|写|做)"
     r"|喂(?:一次)?奶|有点事|[一二三四五六七八九十两\d]+点(?:才)?下班|还得(?:带|上|干|做|加)|起[一二两三四五六七八九十\d]+次"
     r"|stuck (?:at|in) the|\btill \d|launches|debugging|在上课|在开庭|出差呢|客户现场|验货|换尿布|在赶|等会(?:说|聊|再说)"
     r"|回头聊|留守|在家加班|觉不够睡|站着都能睡|开完会|临时约|飞奔|守着(?:机房|店|摊)|从(?:早上|早晨|一早)\S{0,6}到现在|还有\S{1,4}单"
     r"|在开\S{0,6}会|在外地(?:看|跑|出差|开会|谈|见)|看厂|^有约|^开会|陪客户|见客户|拉(?:我)?(?:去)?开会|still at the (?:lab|office)|留校打工|\bOOM\b|又崩了|在现场|在公司盯着|都得在公司|去项目上|上线推迟|泡了\S{1,3}(?:个)?小时|还在办公室|on a (?:call|train|plane)|can'?t talk|signal is awful|literally red|"
     r"还没改完|改完|在铲雪|站岗|要集合|客户还没走|客户在|走不开|执勤|卸完货|还有一趟|盯上线|扔给我|in labor|meeting at \d|晚点(?:再)?回(?:你|您)|一个接一个|talk later|\bttyl\b|gotta go|no day off|all weekend", 2.5),
)
# Work pressing: a deadline, a demand, a hurry.
_BUSY_PRESSURE = _cues(
    (r"前(?:给我|交|发|要|签|弄好|搞定|完成)|(?:周[一二三四五六日天]|明天|今晚)交|交给我|必须|在催|催了|急用|尽快|"
     r"抓紧|before (?:monday|tuesday|wednesday|thursday|friday|eod|the end)|\basap\b|need your|quick (?:q\b|one|favou?r)|"
     r"sign-?off|deadline|\bddl\b|准备一下", 2),
)
# Work on the table: tips a reply without warmth into busy (counted once).
_WORK = re.compile(
    r"方案|报告|材料|合同|盖章|协议|目标|汇报|评审|会议|[组例]会|启动会|总结会|项目|样品|报价|预算|开工|返校|上门|拜访|"
    r"值班表|年终总结|实验数据|开题|展会|打样|进度|"
    r"\breport\b|proposal|budget|meeting|\boffice\b|client|contract|invoice|\bQ[1-4]\b|closing the year", re.I)
# Teasing: a retort, mock reproach, a smug face, prying into their love life.
_TEASE = _cues(
    (r"个(?:锤子|鬼|屁|毛线|寂寞|头啊)|谁(?:老了|跟你|稀罕|要你)|(?<![你您还都身体])好吗(?=[😂😏🙄😤\s]|$)|你够了|得了吧|少来"
     r"|想得美|美得你|^滚[!！~～。，,]|^哼[!！，,。\s]|paying up",
     3),
    (r"讨厌|肉麻|贫嘴|就你会说|油嘴滑舌|嘴(?:真|这么)?甜|臭美|戏精|凡尔赛|嘚瑟|显摆|皮一下|赖不掉|知道就好|还那么皮|"
     r"是不是(?:又)?忘了|老实交代|光说不练|写傻了|诅咒|[土酸]死了|发疯|疯了|又来了|又开始了|玩梗|整活|离谱|魔怔|职业病|"
     r"给客户发的|(?:吗|吧|呢)你(?:$|\s)|。{3}|😏|😤|😑|🙄|😒|😜|😝|🤪|\bnerd\b|you wish|i wish\b|bailing|\bcheesy\b|smooth talker|"
     r"show-?off|stop it\b|you and your (?:jokes?|puns?|ai|tech|nerd)", 2),
    (r"找对象|对象|脱单|单身|处得|送花|有人追|girlfriend|boyfriend|dating", 1.5),
    (r"滚犊子|啰嗦|唠叨|你管我|\bmonster\b|\bthe worst\b|\blmao\b|\bdork\b|裂开|撑死", 2),
    # A wink sticker, mock scolding ("少贫", "别装了", "我就知道", "上次也是你"), holding them to their word.
    (r"\[(?:坏笑|奸笑|偷笑|调皮|阴险|斜眼|机智)\]|少贫|别装了|别又(?!硬撑|熬夜|累|拖|感冒|生病)|我就知道|上次也是你|每次都|你说的[\s，,！!]|赖账|欠着|"
     r"\brude\b|pics or it didn'?t happen|holding you to (?:it|that)|fair and square|nice try|sure you (?:did|do|are)", 2),
    (r"(?:你|您)怎么(?:没|不)(?:来|去|说)", 1.5),  # a mock reproach: "上次你怎么没来"
    # Chat stickers that roll eyes or sweat, mock indignation, making them pay, doubting they can: "[白眼]", "还好意思",
    # "太阳打西边出来了", "就知道吃", "你起得来吗", "哪抄的", "火鸡你请", "别把厨房点了", "don't you dare".
    (r"\[(?:旺柴|白眼|发怒|流汗|苦涩|抠鼻|翻白眼|鄙视|撇嘴|傲慢)\]|还好意思|太阳打西边|就知道(?:吃|玩|睡|花钱)|起得来吗|哪抄的"
     r"|(?:好|真)土|过分了|不告诉你|惯着|(?<![我])(?:你|您)请$|你全吃了|别把\S{1,4}(?:点|烧|炸|拆)了|等(?:到|了)?\S{0,3}(?:冬至|一天|半天|一年)了"
     r"|谁\S{0,2}哭鼻子|分我一半|是不是(?:又)?(?:钱|做错|傻|忘)|你给我等着|等着瞧|少见多怪|早说啊|我恨|确实丑|别栽赃|欠我的|礼物呢"
     r"|还没实现|这么主动|🤨|\[(?:叹气|呲牙)\]|你去年(?:也)?说|算啥|宕机吗|sorry not sorry|i dare you|we'?re not friends"
     r"|you owe me|don'?t laugh|有脸说|还敢(?:来|说)吗|又是\S{1,4}吧|去年前年|说得好像|有区别吗|请我吃饭抵|挺灵通|你敢|做梦|除非你|[南北]方人不懂|吃醋了|看我笑话|don'?t tell mom|smoke i smell|\bjk\b"
     r"|asking for a friend|be honest\b|let (?:him|her) sweat|filing for divorce|\bouch\b|don'?t you dare|\bbrave!|thanks for the pressure|no chance|\bugh\b|^fine\.|"
     r"myth and you know it|too proud|is a disaster|knock knock", 2),
    # Advice turned back, a dare, mock reproach, a retort, a smirk: "妈你也少刷短视频", "你来带两天试试",
    # "你都多久没回来了", "赢啥呀", "一个人咋了", "only if you…", "还在床底下吃灰呢".
    (r"你也(?:少|别|多)[\u4e00-\u9fff]|你来\S{0,6}试试|你都多久没\S{1,4}了|(?:^|\s)\S{1,2}啥呀|(?:^|\s)\S{1,4}咋了(?:\s|$)"
     r"|\bonly if\b|吃灰|🙃|😇"
     # "你也单着 好意思说我", "是不是又要说教了", "我赌五毛", "听着像产品经理写的", "you know I'm allergic"
     r"|好意思说我|是不是又要|赌五毛|听着像\S{0,6}写的|you know i'?m\b"
     # "倒是你 上次说减肥的呢", "你们这些做销售的", "我看着都捏把汗", "you promised me … 👀"
     r"|你们这些|捏把汗|👀"
     r"|结果(?:你)?自己\S{0,6}了|上次\S{0,10}(?:烧穿|烧糊|糊了|睡着|迟到|掉进|搞砸)|比(?:你|您)(?:多|强|贴心|懂事|靠谱|聪明|会|听话|乖|能干|勤快)"
     r"|我谢谢(?:他|她|你)(?:$|\s)|带(?:一个|个|对象|女朋友|男朋友)回来|没回(?:去|来)了吧|怎么(?:没|不)(?:请|叫|告诉|带)"
     r"|你不会\S{0,8}吧|我(?:可|都)看见|朋友圈晒|这么皮|(?:感恩|谢谢?|感谢)就免了|个头(?=\s|$)|说人话|别高兴(?:得)?太早|put you up to"
     r"|你是不是早(?:就)?知道|questionable|(?:厚|硬|丑|难吃|难看)得跟\S{1,4}似的|全破了|全糊了|会不会散架", 2),
    (r"😂|🤣", 1),  # a laughing face alone is only a hint
)
# "个啥", "客气啥", "过啥七夕", "啥蓝屏不蓝屏的": taking a word back to dismiss it, in fun.
_RETORT = re.compile(r"个啥|过啥|^\S{1,2}啥$|啥(\S{1,3})不\1的")
# Laughing along while thanking or wishing back is happiness, not a tease ("哈哈收到啦").
_THANKS_BACK = re.compile(r"收到|谢谢|谢啦|多谢|同乐|你也是|同样|也祝|么么|爱你|\bthanks?\b|\bthx\b|\byou too\b|same to you",
                          re.I)
# Cold: a bare acknowledgement, a curt opening, distrust, a complaint.
_COLD_WORDS = re.compile(
    r"(?:嗯+|哦+|噢+|收到|谢谢(?:你|您)?|谢了|多谢|谢|好的?|好吧|行|知道了?|了解|不用|ok(?:ay)?|k|thx|thanks|thankyou|noted"
    r"|gotit|likewise|you'?rewelcome|同贺|同祝|晓得|sure|youtoo|好好干|收到了)+", re.I)  # matched against the reply with spaces and stops removed
_CURT_OPENING = re.compile(r"^(?:嗯+|哦+|噢+)(?:[\s，,。]|$)|^(?:谢谢|多谢|收到|好的?|客气了|同贺|同乐|同喜|noted|ok)[。.，,](?!\S*[!！])|^(?:同乐|同贺|同祝)\s(?=\S*[\u4e00-\u9fff])"
                           # a wish or thanks returned with a full stop, then business: "新年快乐。年后把预算报上来。"
                           r"|^\S{0,4}(?:快乐|新年好|过年好|同喜|thank you|thanks)[。.](?!\S*[!！])", re.I)
# "谢谢 年终总结交了吗", "好 节后哪天能发我报价": a bare thanks or okay, a space, then the job.
_CURT_THEN_WORK = re.compile(r"^(?:谢谢|谢了|多谢|收到|好的?)\s+(?=[\u4e00-\u9fff])(?!\S*[!！])"
                             # a wish returned in a word, then business: "同喜 年后把报价单发我", "Likewise. Don't forget…"
                             r"|^(?:新年好|同喜|同安|likewise)[\s。.，,]+(?=\S)(?!\S*[!！])", re.I)
# A wish or thanks said back in a word, then something else entirely: "收到 你们节后第一天有人上班吗", "中秋快乐 节后那个
# 展会你跟我去一趟". To a client or a boss (our greeting has a title or 贵司) that is business taking over: cold.
_CURT_THEN_ANY = re.compile(r"^(?:谢谢?|谢了|多谢|收到|好的?|客气了?|同乐|同贺|同喜|同期待|新年好|过年好|[\u4e00-\u9fff]{2}(?:快乐|安康)"
                            r"|merry christmas|happy (?:new year|holidays)|thanks)[\s。.，,]+(?=\S)(?!\S*[!！])", re.I)
_BUSINESS_GREETING = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,4}(?:总|经理|主任|董|处长|局长|科长|主管|总监)[，,！!：:\s]|贵(?:公司|司)|合作|订单|业务")
_KIND_WORDS = re.compile(r"(?:你|您)也来|一起|请(?:你|您)|改天|客气|愉快|辛苦|注意")  # an invitation or a kind word is not cold
_COLD = _cues(
    (r"你确定|上次也说|又放鸽子|^(?:你|您)是(?:谁|哪位)?$|^你哪位|再说吧|没意思|到底想说什么|想去就去|随(?:你|便你)|给个准话"
     r"|^(?:钱|东西|礼物|红包)收(?:了|到了)|^过去了|^it'?s fine\b|^fine\b|^whatever\b"
     # a flat no, a let-down shrug, business kept short: "不了 约了人", "习惯了 你每年都这么说", "有问题电话联系"
     r"|^不了(?:\s|[，,。]|$)|^习惯了|有问题(?:再)?(?:电话)?联系|^you'?re welcome\.|就不用了|^(?:中秋|新年|元旦|端午|国庆|春节|过年)好[。.]?$"
     r"|^(?:拿了|收到了?|好的?)\s*谢[。.]?$|^行吧(?:\s|[，,。]|$)|(?:去年|上次)也是这么说|whatever works", 2),
    (r"还没(?:给我)?(?:答复|回复|回音|消息)|别拖|[堵烦]死了|(?:^|\s)又(?:回不来|不回来)|挡(?:我|住)|(?:你|您)(?:们)?考虑一下|涨(?:价|租|[\d两一二三四五六七八九十百]+)", 1.5),
)
# Warmth: what keeps a short or work-like reply from reading as cold or busy.
_WARM = re.compile(r"[!！]|(?<=[\u4e00-\u9fff])[呀啦哈嘛哦](?=[\s，,。.!！?？~～]|$)|[～~]|同乐同乐|有意思|太好了|好吃|😊|😄|😁|🥰|😘|🎉|👍|🙏|❤️|💕|\bhaha|\blol\b|\bxo", re.I)

_WISH_BACK = re.compile(r"^\S{0,4}(?:快乐|安康|新年好|过年好|谢谢\S{0,3})[!！～~]")
_ORDER: tuple[Mood, ...] = ("sad", "worried", "touched", "busy", "teasing", "cold")  # who wins a tie


def _score(cues: Cues, text: str, *, negatable: bool = False) -> float:
    total = 0.0
    for rx, weight in cues:
        for m in rx.finditer(text):
            if negatable and _NEGATION_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
                continue  # "不忙", "not busy"
            total += weight
            break
    return total


def _joking(greeting: str) -> bool:
    """Whether our greeting made a joke (a tech meme, a wink): laughing at it is playing along."""
    return bool(_JOKE_WORDS.search(greeting) or re.search(r"😂|😜|😝|😏|🤪|哈哈", greeting))


def mood_scores(reply: str, statements: list[str], greeting: str = "", *, echoed: bool = False) -> dict[str, float]:
    """Each mood's weight of evidence in a reply (statements: its clauses that ask nothing; echoed: it repeats words
    of our greeting)."""
    # What they heard of us ("听说你们公司在裁员") is no loss of their own: worry for us, not grief.
    said = "，".join(c for c in statements if not c.startswith("听说"))
    # A wish or thanks sent back with "!" ("冬至快乐！", "谢谢业主！") is politeness, not warmth about what follows.
    warm = bool(_WARM.search(_WISH_BACK.sub("", reply)) or _LAUGH.search(reply))
    s: dict[str, float] = {m: 0.0 for m in _ORDER}
    s["sad"] = _score(_SAD, said, negatable=True) + _score(_RITES, reply)
    s["worried"] = _score(_WORRIED, _ILLNESS.sub("", reply) if _RECOVERED.search(reply) else reply)
    s["touched"] = _score(_TOUCHED, reply)
    s["busy"] = _score(_BUSY_STATE, said, negatable=True) + _score(_BUSY_PRESSURE, reply)
    if _WORK.search(reply) and (s["busy"] or not warm):
        s["busy"] += 1.5  # work on the table with no warmth around it: their mind is on the job
    s["teasing"] = _score(_TEASE, reply) + 2 * any(_RETORT.search(c) for c in re.split(r"[\s，,。！!？?]+", reply))
    if _LAUGH.search(reply) and (echoed or _joking(greeting)) and not _THANKS_BACK.search(reply):
        s["teasing"] += 1.5  # laughing along with our joke, or at what we said: banter back
    if not warm:
        curt = bool(_CURT_OPENING.search(reply) or _CURT_THEN_WORK.search(reply) and _WORK.search(reply)
                    or _CURT_THEN_ANY.search(reply) and _BUSINESS_GREETING.search(greeting)
                    and not _KIND_WORDS.search(reply))
        s["cold"] = _score(_COLD, reply) + 1.5 * curt
        if curt and not _score(_BUSY_STATE, reply, negatable=True):
            # "谢谢。下周组会你来讲一下文献综述": curt thanks, then an order or business, and nothing about being
            # occupied, is cold (being busy is a state of their own).
            s["cold"] += s["busy"]
    if _TEARS.search(reply):
        # Tears belong to their cause (grief, exhaustion); with none, they are tears of being moved.
        cause = max(("sad", "busy", "worried"), key=lambda m: s[m])
        if s[cause] >= 1.5:
            s[cause] += 2
        elif s["teasing"] < 2 or s["touched"]:  # "奶爸个啥 是奶瓶清洗工😭": tears of a joke stay a joke
            s["touched"] += 2
    return s


def _bare_acknowledgement(reply: str) -> bool:
    """"嗯", "收到。", "好的", "thanks": nothing but an acknowledgement, with no warmth."""
    bare = re.sub(r"[\s，,。.…~～]+", "", reply)
    if re.fullmatch(r"(?:👍|👌|🙂|🙏|\[抱拳\]|\[OK\]|\[握手\]|\[微笑\]|🤝)(?:🏻|🏼|🏽|🏾|🏿)?", bare):
        return True  # a lone thumbs-up, folded hands or fist salute closes the talk
    if not bare or re.search(r"[!！?？]", reply) or _EMOJI.search(reply) or _LAUGH.search(reply):
        return False
    if re.fullmatch(r"(?:谢谢|多谢)[\u4e00-\u9fff]{1,4}|你也是|您也是|看情况|再看吧|随便|都行", bare):
        return True  # "谢谢小吴。", "你也是": thanks with a name, or a shrug, and nothing more
    return bool(_COLD_WORDS.fullmatch(bare)) or len(bare) <= 3  # "到了。", "同喜。", "不回。", "还凑合": a word or two


def read_mood(reply: str, statements: list[str], greeting: str = "", *, echoed: bool = False) -> Mood:
    """The reply's mood: the clearest of the cued moods, else cold for a bare acknowledgement, else happy."""
    scores = mood_scores(reply, statements, greeting, echoed=echoed)
    best = max(_ORDER, key=lambda m: scores[m])  # max keeps the first of equals: the tie order
    if scores[best] >= 1.5:
        return best
    return "cold" if _bare_acknowledgement(reply) else "happy"


def troubled(statements: list[str]) -> bool:
    """Whether they tell of an illness of their own or their family's ("孩子在住院"): worry that wants comfort, not
    the reassurance that answers their worry about us."""
    return bool(_ILLNESS.search("，".join(statements)))
