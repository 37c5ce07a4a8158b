"""The kind of question a reply asks, which decides the shape of the answer: a time for "什么时候回家？", a yes or a
no for "论文投出去了吗？", a dish for "晚上想吃什么？", an acceptance for "来家里吃饭吧", a promise for "帮我带点特产"."""

from __future__ import annotations

import re
from typing import Literal

QuestionKind = Literal["when", "where", "what", "choice", "yes_no", "how_are_you", "invitation", "request", "none"]

# Ask kinds, tried in order: the first that matches decides (an invitation that asks "when" is answered as a when
# with an acceptance in it, see `_when`).
_NOT_QUESTION_JI = r"(?<![这那前好过十没们待住玩歇等请拿带送尝])"  # 这几天, 好几年, 你们几个, 多待几天, 来拿几个: "a few", not "how many"
# "别迟到", "别跟你爸说", "你也别光忙工作": a "don't" is an ask; "别客气", "别闹" and a bare "别" are not.
_ORDER_NOT = r"^(?:你|您)?(?:也|可|千万|一定)?(?:别|不要)(?!客气|闹|逗|提|装|贫|笑|急|这么|那么|说了|了|吧|啊|呀|扯|担心|为我操心|破费|骗|吹|又是|难过|哭|多想|瞎想|怕|问|栽赃|瞎说|乱说|胡说|骗我)[\u4e00-\u9fff]{2,}"
# Looking after yourself ("注意身体", "早点休息"), or a flat "don't" ("别迟到"): asked of us too, after any
# question of substance.
CARE_ASK = re.compile(_ORDER_NOT + r"|(?<![又也])给我(?:打|回|发|来)(?:个|一)?(?:电话|消息|视频|信息|位置|定位)(?!了)|到了说一声|拍(?:个)?照|要当心|别太拼|别硬扛|别关机|(?:楼下|到了)\S{0,3}打个电话|"
                      r"(?:在家)?歇着(?:吧)?$|早点回屋|别乱跑|(?:下次|下回|以后|今后|先|千万|可)别|(?:开车|路上|走路|骑车)?慢(?:一)?点(?![\u4e00-\u9fff])|小心点(?![\u4e00-\u9fff])|注意(?:身体|安全|休息|保暖)|多(?:穿|休息|喝水)点?|早点(?:睡|休息)|照顾好自己|保重|别(?:总|老|又)?熬夜|别太累"
                      r"|别(?:又)?硬撑|take care|get some rest|don't work too hard|be safe", re.I)
_KINDS_ZH: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("how_are_you", (r"(?:最近|近来|这阵子|这段时间|一切|身体|过得|工作|日子)[^，。？?]{0,4}(?:怎么样|咋样|还好吗?|好吗|如何|可好|顺利吗)"
                    r"|^(?:你|您)(?:最近|近来)?(?:还好吗?|好吗|怎么样|咋样|过得好吗|忙吗|累不累|忙不忙|累吗)|近况|^(?:你|您)(?:那边)?呢|(?<!不)忙不忙|(?<!不)累不累|(?:工作|最近|学习)(?:忙|累)吗"
                    r"|感觉(?:怎么样|如何|咋样)|(?:适应|习惯)了?吗|(?:你|您)们?(?:那边|那儿)?还(?:行|好)吗?$"
                    # their days and health: "新公司待得怎么样", "吃得好不好", "身体吃得消不", "还顺利吧", "还活着吗"
                    r"|(?:待|干|住|睡|吃|适应|休息)得(?:怎么样|咋样|如何|好不好|还(?:行|好|习惯|顺当|顺利)吧?)"
                    r"|(?:顺利|适应|顺当|习惯)吧$|吃得消|受得了吗|还活着吗|(?:最近|你|您)还好(?!意思)吗"
                    # "新单位待得惯吗", "睡得着了吗", "是不是工作太累了", "现在都好吗", "工作顺心吗"
                    r"|(?:待|住|吃|睡|干)得(?:惯|习惯|着|香)|(?<!比)(?:工作|最近|上班)\S{0,2}(?:太)?累|(?:都|还)好吗$|顺心吗|开心吗$|顺利(?:不|吗|没)$|顺不顺(?:手|利|心)|是不是又?(?:熬夜|加班|没睡|太累|累着)|(?:病|咳嗽|感冒|伤|腰|腿|膝盖|胃|嗓子|身体)\S{0,3}好(?:点)?了?没$|顺心不|习惯不"
                    r"|扛得住|撑得住|过得好不好|^(?:累|忙)(?:吗|不)$|(?:家里|家人|孩子|老人)\S{0,2}(?:都)?还好吧$"
                    r"|^(?:你|您)(?:今年|这一年|这阵子)(?:咋样|怎么样|还好吗?|过得怎么样)|(?:辛苦|孤单|寂寞|累|习惯|开心)(?:不|吗)$"
                    r"|(?:工作|学习|日子|最近)\S{0,2}顺心吧$"
                    # "你在新单位咋样", "一个人住的惯吗" (的 for 得), "你爸最近血压稳不稳": their days and their family's health
                    r"|(?:你|您)在(?:新)?\S{1,4}(?:咋样|怎么样|还好吗|习惯吗)|(?:待|住|吃|睡)的(?:惯|习惯)"
                    # "听说你辞职创业了 现在怎么样", "工作以后一切还顺吗", "工作顺当不"
                    r"|^(?:那)?(?:你|您)?现在(?:怎么样|咋样|如何|还好吗)|一切还?顺(?:吗|不|当不)|(?:工作|生活|日子)\S{0,2}顺当?(?:吗|不)$"
                    r"|(?:你|您)(?:爸|妈|家老人|家孩子)\S{0,6}(?:稳不稳|好不好|怎么样了?|咋样了?|还好吗|好点了吗)"
                    # their health asked as a yes or no: "你现在睡眠好点了吗", "你胃最近还疼不"
                    r"|(?:睡眠|胃|腰|腿|膝盖|嗓子|咳嗽|感冒|身体)\S{0,4}(?:好点了|好些了|还疼|疼不疼)"
                    r"|^新(?:单位|公司|工作|岗位|学校|环境|家)\S{0,2}(?:怎么样|咋样|如何|还行吗)|^(?:还)?顺手(?:吧|吗|不)$"
                    r"|(?:嗓子|身体|腰|胃|腿|膝盖|伤)\S{0,4}得(?:怎么样|咋样|如何)"
                    # "好透了没", "现在好了吗", "还咳嗽不", "新工作适应了没", "你和宝宝这两天还好吧", "血糖控制得怎么样"
                    r"|^(?:现在|那)?(?:好|好透|好利索|好些|好点|好全)了(?:没有?|吗)$|压力\S{0,2}(?:大不大|大吗)|还(?:咳|咳嗽|疼|烧|发烧|难受|晕)(?:不|吗|没)$|适应了?(?:没|吗|不)$"
                    r"|(?:这两天|最近|这阵子)还好吧$|(?:血糖|血压|身体|病情)\S{0,4}(?:怎么样|咋样|如何)")),
    # A guessing game: "你猜是哪个省", "你猜我现在在哪个学校", "你知道那是哪吗" want a place guessed; "你猜 给你个
    # 提示", a riddle ("打一字") a thing; "不是小刘就是老孙" one of two.
    ("where", r"(?:你猜|猜猜)\S{0,8}哪(?:个|里|儿|边)?|(?:知道|猜)\S{0,3}(?:那|这)是哪|哪儿?(?:方便|合适)"
              # where a thing came from ("哪买的", "你从哪买的"), which place ("哪个湖"), which one was booked ("订的哪家呀")
              r"|(?:^|在|从)哪(?:儿|里)?(?:买|弄|淘|搞|订)的|从哪(?:儿|里)?(?:买|弄|淘|搞)"
              r"|哪个(?:湖|山|岛|海边|城市|省|景点|公园|酒店|民宿|村|镇|县|商场|医院|车站|机场|馆子|场馆|体育馆|剧院|影院|会场|餐厅)"
              r"|(?:订|选|定|住|去|约)的哪(?:家|个|儿|里)"),
    ("choice", r"不是\S{1,4}就是\S{1,4}$"),
    ("what", r"^你猜(?!\S{0,8}(?:哪|什么时候|啥时候|几点|几号|哪天))|^猜猜看?$|打一(?:字|物|成语|动物|水果)|^(?:那)?(?:你|您)的呢$|哪一步|(?:怎么|咋)知道"),
    ("what", r"^(?:那)?(?:你|您)知道\S*(?:啥|什么|谁|怎么)\S*吗$"),  # "你知道他到底在忙啥项目吗"
    # "花了不少钱吧": a guess to confirm
    ("yes_no", r"(?:不少|很多|挺多|坏了|够呛)\S{0,2}吧$|^(?!(?:你|您|最近|身体)).{2,8}还(?:行|可以|好用)吧$"),
    # How a thing is going ("方案改得怎么样了", "你们处得咋样了") asks for news of it, not of their life.
    ("what", r"(?<!过)得(?:怎么样|咋样|如何|怎样)|(?:跟|和|同)谁"  # "你是跟谁一起去的" asks who, invites nobody
             # what happened ("是遇到什么事了吗" is yes/no only in form), why, the gift on its way ("你送的耳机呢")
             r"|(?:遇到|出|发生)(?:了)?(?:什么|啥)事|为(?:啥|什么)|(?:送|寄|买|发)的[^，]{1,6}呢$|哪一[课章篇首本回]"
             r"|哪个(?:学校|年级|公司|单位|部门|专业|班|学科|科目|课|岗位|行业)|谁(?:看|来|管|带|做|去)$|(?:最后|后来|结果)(?:咋样|怎么样|如何)"
             r"|有(?:什么|啥)\S{0,4}吗$|几度|多大了?$|哪(?:首|部|本)|打算\S{0,4}(?:什么|啥)|(?:闯|惹)\S{0,2}(?:啥|什么)|(?:什么|啥)感觉"),
    # A time asked for what we owe them ("节后哪天能发我", "你啥时候能回来一趟"): a time answers it.
    ("when", r"(?:哪天|几号|什么时候|啥时候)(?:能|可以)?(?:发|寄|给|回来|到|好)|(?:几点|什么时候|啥时候)(?:来|过来)?接|几点(?:的)?(?:车|飞机|航班|高铁|火车|船)"),
    # "你开车还是我开": one of two, whoever does it
    ("choice", r"(?:你|您)\S{0,3}还是我\S{0,3}(?<!的)$"),
    # "回来待几天" asks how long (but "多待几天" is a few more)
    ("what", r"^(?!.*(?:什么时候|啥时候|哪天)).*(?<!多)(?:待|住|玩|歇)几天$"),
    # "说下次你也一起": come along next time
    ("invitation", r"(?:下次|下回|到时)(?:你|您)也一起|(?:你|您)也一起(?:来|去)?$"
                   # "陪我去逛逛新开的花鸟市场吧", "你们也派个人来", "你们几个小的都回来", "你下班过来和一碗",
                   # "欢迎你来听", "欢迎带孩子来参加", "你带孩子来给他加油", "你来不"
                   r"|陪我(?:去|一起去?)(?:逛|看|玩|走|吃|喝|爬|钓|转)[^，]*(?:吧|呗)$|(?:你|您)们?\S{0,3}派(?:个|一个|几个)?人(?:来|过来|参加)"
                   r"|(?:你|您)们\S{0,6}都(?:回来|过来)(?:吧)?$|过来[\u4e00-\u9fff]{0,2}一(?:碗|杯|顿|口)(?:吧)?$"
                   r"|欢迎(?:你|您)们?(?:来|过来|带)|欢迎带|来给\S{1,2}(?:加油|价油|捧场|打气)|^(?:你|您)们?也?(?:来|去)不$"
                   r"|陪我去(?:吧|呗)$|愿意(?:报名|参加|来)|也来\S{1,4}(?:看看|玩玩|坐坐)|陪\S{0,3}坐(?:会儿|一会儿?)|回来(?:摘|玩|看看)(?:不|吗)$|有没有空$"),
    # "回家吃饭不" (home as planned), "你续不续": a yes or a no, not the choice a 还是 before it suggests; "来不来",
    # "陪不陪" invite
    ("yes_no", r"^(?:那)?(?:你|您)(?:在家|在|到了|到家了|回来了|醒了|下班了|放假了|起了|睡了)吧$|回家吃饭不$|回来不$|(?:你|您)((?![来去陪跟聚约玩吃喝])[\u4e00-\u9fff])不\1$"),
    # "周末回来吃不", "你要不要来拿点", "下次带来公司玩": come to us
    ("invitation", r"回来吃(?:不|吗)$|下次带\S{0,3}来\S{0,4}玩"
                   r"|(?:想|惦记|馋|喜欢)\S{0,4}就(?:回来|过来|来)|(?:一块|一起)\S{0,6}(?:过来|来|去)不$|(?:人)?得来啊?$"
                   r"|给(?:你|您)留了(?:位|座|主桌|一桌|个位)|(?:你|您)也来(?:看看|玩玩|坐坐|尝尝|凑凑热闹)?$"
                   r"|带(?:你|您)(?:去|一起)|(?:你|您)们?\S{0,4}有空(?!陪我|帮我)\S{1,6}(?:吗|不)$"),
    # Offers to do something for us ("给你带点？", "给你留个周六的号？"): we accept or decline.
    ("yes_no", r"^(?:那)?(?:我)?给(?:你|您)(?:带|留|寄|买|捎|做|包|送)(?![了过])(?!.*还是)|要不要我"),
    # "你帮我想想送啥": a choice to make for them, not an errand
    ("choice", r"帮我(?:想想|出出主意|挑挑?)\S{0,4}(?:送|买|吃|穿|带)(?:点|些)?(?:啥|什么)"),
    ("where", r"推荐(?:个|一个)?(?:地方|餐厅|饭店|馆子|去处)|^哪家|哪家(?:酒吧|店|馆|餐厅|饭店)|在哪(?:高就|发财|上班)|(?:地方|饭馆|馆子|餐厅|饭店|地儿|店)(?:交给你|你们?定|你们?挑|你们?选)"
              r"|(?:藏|放|搁|丢|停)(?:到|在)?哪|[挑跳选找](?:个|一个)地(?:儿|方)"),
    # "你有没有兴趣来给学弟学妹讲讲", "明年你回来咱俩偷偷放": come and do it with us
    ("invitation", r"有没有兴趣(?:来|过来|一起)|有兴趣(?:来|一起|过来)|(?:你|您)回来咱(?:俩|们)"),
    # Asking us to do something: an errand, a favour, a thing to send or bring back, a how-to for what we sent.
    ("request", (r"^(?:帮我|帮忙|麻烦(?:你|您)|给我|替我|记得(?!记得|[啊呀呢的嘛了]|\S{0,6}就(?:好|行))|能不能帮|能帮我|可以帮我|你帮我|您帮我)"
                 r"|(?:多|再)?给我留(?:点|些|个|一|两)|(?:直接|快|赶紧)拿来|^不用(?:特意|专门)?(?:来|过来)看"
                 r"|(?:你|您)(?:跟|和|给)\S{1,4}说(?!过|了|的)|快发(?:给)?我|发(?:给)?我看|(?:你|您)们?(?:准备|出|拟|报)(?:个|一个|一份|份)"
                 r"|能不能(?:给|发)我|(?:你|您)来当|(?:你|您)代表|给我们?(?:带|捎)(?:份|盒|袋|杯|瓶|碗)|再(?:做|写|画|唱|寄|带)一(?:个|遍|次|箱|份)"
                 r"|多(?:寄|带|买|拿)(?:点|些)|^跟(?!你|您)\S{1,4}说(?!了|过)|瞒着|(?:你们?|您)别来|(?:能不能|可以)再(?:寄|带|买|发|做|给)"
                 r"|帮我(?:带|买|捎|问|看|通知|请|跟)|(?:你|您)叫上|^叫上|(?:你|您)\S{0,4}顺便(?:帮|带|买)|^顺便(?:帮|带|买)|麻烦(?:你|您)"
                 r"|记得(?:带|给|还|发|把|买|叫|交|帮|拿|寄)|把[^，]{1,10}(?<!扔)(?:发|给|交|带|还|拿|寄|转|报)(?:我|给我|上来|过来)"
                 r"|(?:你|您)(?:跟|和|给)\S{1,4}说一声"
                 r"|发(?:给)?我(?:一下|一遍|吧)?$|(?:能不能|能|可以|可不可以)帮|能不能\S{1,4}一下|多(?:担待|关照|关注|费心)"
                 r"|(?:你|您)们?[^，]{0,6}(?:考虑|准备|关注|安排|确认|处理|通知)一下|(?:礼物|红包)呢|还没(?:给我)?(?:答复|回复)"
                 r"|(?:你|您)(?!\S{0,2}(?:说好|答应|以前|那天))\S{0,4}陪我|陪我\S{0,6}(?:吗|吧|呗)$|怎么(?:用|弄|装|操作|设置)"
                 # An errand said as a plain statement: "你明天来办公室拿一下", "周五前给我", "把样品带上",
                 # "回来给我们带点腊肠", "拍照给我看看", "你先起个草", "明天得周会帮我打个掩护".
                 r"|(?:你|您)们?\S{0,8}(?:一下|一趟)$|(?<![谢])帮我(?![们])[^了过的]{1,8}$|把\S{1,10}(?:带上|带来|带过来|捎上)"
                 r"|前(?:发)?给我$|给我(?:看看|瞧瞧|尝尝|听听)|给我们?(?:带|捎)(?:点|些|两|几|一|个)|^带\S{1,6}(?:过来|回来)"
                 r"|(?:你|您)(?:先|可)?(?:记得|别忘了)(?=[\u4e00-\u9fff])(?!了|吗|呢|啊|吧)|(?:你|您)先(?!忙|歇|休息|睡|吃饭|吃吧|吃$)\S{1,6}$|(?:你|您)带(?:上|点|双|件|个|些|几)"
                 # Orders said flat: "记得接一下", "麻烦收一下", "通知下部门的人", "让阿姨每天量一次", "把碗洗了",
                 # "周二下午三点来办公室", "周五前发我邮箱", "今年火鸡你请", "你监督我", "多跟他聊聊", "别迟到".
                 r"|(?<!还)(?<!不)(?<!记得)记得(?!多穿|穿|吃饭|休息|早点|早睡|保暖|照顾|吗|呢|啊|不|我|这事|这件|那时|那会|那年|那次|那件|清|老师|你|记得|当年|小时候|以前|这么|那么|很|挺|得|了)[\u4e00-\u9fff]|麻烦\S{0,3}(?:收|帮|给|发|带|看|问|转|通知|拿|寄|催)"
                 r"|^通知|^让(?!我|人|你(?!爸|妈|们))(?![^，]*(?:接|送|陪)(?:你|您)$)[\u4e00-\u9fff]{1,4}(?:每天|记得|多|早点|先|把|去|来|别)|把\S{1,8}[洗收拿带发交寄办弄]了?(?:吧|呗)?$|把\S{1,10}还(?:了|给我)(?:吧|呗)?$"
                 r"|来(?:一趟|办公室|我办公室|公司)(?!喝|坐|聊|吃|玩)|发(?:给)?我(?:邮箱|微信|一份|看看|一下)"
                 r"|(?<!给)(?:你|您)(?:来)?(?:请|洗|付|交|刷|监督我|负责|提醒我|盯着|煮|做|包|买|订|开)$|多(?:跟|和|陪)\S{1,3}(?:聊|说|沟通|走动)"
                 rf"|{_ORDER_NOT}"
                 # Imperatives with no marker but their shape: a "don't" mid-clause ("你先睡别等我", "下次别寄了"),
                 # a manner ("路上开车慢点", "今晚早点回来"), a verb that opens the clause with what to take or do
                 # ("穿双好走的鞋", "分点给你同事", "好好陪陪家人", "多练竖画", "介绍一个"), a deadline order
                 # ("年后第一周要修好", "明天下班前交上来"), what someone asked of us ("你奶奶说让你捎两斤汤圆"),
                 # a share of the work ("汤圆你煮", "你买肉我买菜"), a demand ("我要芋泥的", "借我500呗").
                 r"|别(?:管我|全|再买|再寄|再送|乱花)|早点(?:回来|回家|来|到|过来|出发)"
                 r"|^(?:穿|带|拿|戴)(?:双|件|个|条|顶|上)(?![了过])|^(?:分|拿|留|匀)(?:点|些|一半|一份)"
                 r"|^好好(?:陪|玩|准备|学|养|吃)|(?:^|课上|平时|以后|回去)(?:多|少)(?:练|读|背|写|运动|走动|喝点|吃点)|(?:有空|记得)(?:多)?(?:给我)?打(?:个)?电话|^介绍"
                 r"|要(?:修好|改好|弄好|做完|搞定)$|(?<!能)(?:交|报|发|送|拿)(?:上来|过来)$"
                 r"|(?:说|要|想)让(?:你|您)(?![舅姐哥爸妈叔姨姑们外奶爷嫂弟妹媳老])|^(?:你|您)等(?:我|一下|会|下)"
                 r"|^(?:你|您)(?:买|带|订|做|煮|包|开|出)[\u4e00-\u9fff]{1,3}我|我要[^，吃穿哭去回走是]{1,6}的$"
                 r"|借(?:给)?我|(?:跟|和|告诉)我(?:说|讲)?(?:一声|声)?$|^改(?!天|日)\S{1,4}吧$|(?:你|您)来(?:搬|帮|写|讲|弄|安排|订|拿|接|开|主持|做|买)"
                 r"|^先(?!忙|歇|休息|睡|吃|这样|那样)\S{1,6}(?:嘛|吧|呗)$|想吃(?:你|您)|^现在就(?:查|做|去|发|改|办|来)"
                 # "自己留着吃吧", "你输了请我喝奶茶", "明天顺路来拿", "在家等我", "把你妈照顾好", "让爸来车站接我",
                 # "你回来带点走", "顺便把纪要也写了呗", "假期结束前改好", "你拿柚子来换", "你负责设计", "退了吧", "记住…",
                 # "带他去看看", "九点前别打电话", "过来教教我", "捎我一段", "拍个照我看看"
                 r"|留着(?:吃|用|自己)|自己留着|请我(?:喝|吃)|顺路来拿|过来拿|(?<!还)在家等我|把\S{1,8}(?:照顾好|看好|收好|放好|带好)"
                 r"|接(?:我|一下我)|带(?:点|些)(?:走|回去)|顺便把|前(?:改好|弄好|做完|搞定|交给我|发给我)$|(?:你|您)拿\S{1,4}来"
                 r"|(?:你|您)负责|退了吧|别(?:迟到|忘了|晚了|睡过头)|交出来|也(?:你|你们)(?:做|来|请)|多拍|来帮忙|(?:你|您)带\S{0,2}去|之前给我|(?<!谁)(?:你|您)来$"
                 r"|(?:^|你|您)带我去|下次寄|发语音吧|不许|开过来|先把\S{1,8}了"
                 # "下次少放点糖", "开题报告下周一交给我", "我要吃你做的红烧肉"
                 r"|(?:下次|下回)(?:少|多)(?:放|加|买|带|做|放点|加点)|(?:周[一二三四五六日天]|明天|下周\S?|月底|年前|节后)\S{0,2}交给我"
                 r"|我要吃(?:那家|你做的|你包的|你烧的|你炖的)"
                 # "麻烦下周派个人过来", "实验记录本周五前交", "你也打一个", "回家您也说说他", "有空看看视频"
                 r"|麻烦(?!了|你了|您了)\S{0,4}(?:派|安排|过来)|前交$|^快(?:来|过来)|^视频吧$|^(?:赶紧|赶快)[\u4e00-\u9fff]|"
                 # "有空帮他看看简历", "假期手机开着", "妈你寄点钱呗", "你晚上六点前到家就行", "你到了打电话",
                 # "麻烦再更新一版", "1号之前给个方案", "能不能这周寄过来", "带回来给外公看看"
                 r"有空(?:帮|给)|手机(?:开着|别关|保持畅通)|(?:寄|发|给|带|买|请|借)\S{0,6}呗$|前到家就行"
                 r"|到了\S{0,2}打(?:个)?电话|麻烦(?:再|重新)|之?前给(?:个|一个|我)(?:方案|报价|答复|回复|准信)"
                 r"|能不能\S{0,4}(?:寄|发|送)过来|^(?!.*(?:什么时候|啥时候|哪天)).*带回来给\S{1,3}看看|保持畅通|带(?:她|他|孩子|老人)来|(?:你|您)也(?:打|发|说说|劝劝|管管|问问)|有空(?:多)?(?:看看|练练|读读)"
                 r"|^(?:你|您)(?:发|寄|拿|买|带|做|打|写)(?:大|小|多|少)(?:点|些)|(?:开|调|放|写|说)(?:大|小|慢|快)(?:一)?点$"
                 r"|多(?:督促|提醒|鼓励|监督|陪陪|管管)|给我留着|(?:煮|热|做|拿)给(?:他|她|孩子)(?:吃|喝)|找(?:个)?人\S{0,2}(?:修|看看|弄|处理)"
                 r"|别等我|能不能(?:少|多)(?:放|加|买|带|做|寄)|尽快\S{0,4}(?:发|给|交|寄|回)|发(?:给)?我\S{0,3}看|(?:你|您)\S{1,3}别(?:太|带|拿|装)|退掉|帮我\S{1,2}一下|(?:你|您)能(?:早点|先|顺便)?\S{0,4}去(?:取|买|接|拿|排)"
                 r"|(?:你|您)们?(?:俩)?(?:搞定|负责|来做|包了)$|(?:你|您)穿\S{1,8}来|(?:你|您)给\S{1,4}讲(?:几句|一下|讲)|派(?:个|一个|几个)?人(?:来|过来|去)\S{0,12}(?:一下|一趟)$"
                 r"|^(?!.*(?:哪|还是)).*(?:门口|口|楼下|站|路口)等我|^我想要(?:个|一个)|来给我\S{1,4}(?:不|吗|呗)$|^(?!.*(?:什么时候|啥时候|哪天|几号)).*让\S{1,3}看看"
                 r"|教(?:教)?(?:姑姑|奶奶|爷爷|妈|爸|外婆|姥姥|阿姨|叔叔|舅舅|小姨)"
                 r"|(?:你|您)给我(?:买|带|做|找|寄)|(?:你|您)们?\S{0,4}能来\S{0,4}一下|^记住(?!了)|带\S{1,2}去看看|前别|(?<![爸妈他她谁])教(?:教)?我(?![^，]{0,4}了)|捎我"
                 r"|(?:你|您)们?(?:能|可以|能不能|可不可以)(?:安排|帮|发|寄|给|送|处理|确认|借|带|买|问|改|调|换|催|报|开)")),
    ("choice", r"还是(?!算了|(?:我|他|她)\S{1,4}的$|要|得|急|慢|差|不行|老样子|那样|一样|有点|挺|很|太|我去|我来|夹生|没|不|\S*那种$).{1,10}$|(?:选|喜欢|要|挑|(?:爱|想)(?:吃|喝|要|用|穿|玩))哪(?:个|一个|款|家|种|样)|哪(?:个|一个|种|款)(?:更|比较)"
               r"|要么.{1,8}要么|^(?:你|您)(?:挑|选)(?:一个|一|个)|^\S{1,12}或者\S{1,6}$"),
    ("when", rf"什么时候|啥时候|啥辰光|哪天|哪一天|多久|何时|什么时间|啥时|初几|[周星期礼拜]几|{_NOT_QUESTION_JI}几(?:点|号|月|时|天)"
             r"|(?:你|您)们几(?:点|号)"),
    ("where", r"哪里|哪儿|哪边|在哪|去哪|到哪|哪个(?:地方|位置)|(?:什么|啥)(?:地方|位置)|哪(?:过|住|玩)|(?:吃|去|住|逛)哪家"
              r"|(?:你|您)(?:挑|定|选)(?:个)?地方|[订住定选]哪(?:了|儿|里|家)?$|哪个(?:小区|店)|知道哪家"),
    ("choice", r"(?:吃|喝|买|带|玩|看|送|(?<![学练干想听读写问说补])点|(?<!不)要|做)(?:点|些)?(?:什么|啥)|还是(?!算了|(?:我|他|她)\S{1,4}的$|我去|我来|要|得|急|慢|差|不行|老样子|那样|一样|有点|挺|很|太|夹生|没|不|\S*那种$).{1,10}$"),
    # How many (多少, 几斤, 几年) and which ones (哪几个): a number or a name is the answer.
    ("what", rf"多少|{_NOT_QUESTION_JI}(?<!的)几[个年斤岁口位次遍样种块本张件瓶盒份桌辆]|哪(?:几|些)"),
    # "能来吗" asks whether we can, "晚上回来吃饭吗" whether we come home as planned: yes/no questions, not new plans.
    ("invitation", (r"(?:(?<!回)来|过来|回来(?![^，]*(?:吗|不|没)$))(?:家里|我家|家|我这|这边)?(?:吃|坐|玩|聚|喝|住|过节|过年)|(?:一起|要不要|要不|有空)"
                   r"(?:来|去|吃|喝|聚|出来|过来|约)(?![的了过])|聚聚|聚一聚|约(?:个|一)?(?:饭|时间)|来.{0,6}(?:聊聊|坐坐|转转)"
                   r"|(?<!你们)(?<!你)(?:来|过来|一起|聚|吃|喝|玩|见)[^，。]{0,8}吧$"
                   r"|有空(?:吗|不|没有?)?$|想请(?:你|您)|出来(?:浪|玩|聚|喝|吃|坐|嗨|走走)|可得(?:回来|来)|陪不陪"
                   r"|来[^，。？\s]{0,4}?(?:家|店|公司|厂|这|那)(?:里|儿|边)?(?:吃|坐|玩|聚|喝|住|过|拿|看|剪|演示|参观)"
                   r"|(?<!回)来(?:剪|吃|玩|坐|聚|喝)|要不要\S{0,3}(?:一下|试试|看看)|一起(?:吗|不|没)$"
                   r"|约不约|(?:进屋|进来|上来)坐|请(?:你|您)(?:吃|喝)"
                   r"|(?<!有人)陪\S{0,4}(?:杀|下|喝|吃|玩|打)\S{0,4}(?:不|吗)$"
                   # "初三聚不聚", "周末来我家涮火锅", "到时候来摘", "我们俩出去吃"
                   r"|(聚|约|玩)不\1|来(?:我|咱)?家(?:里)?[\u4e00-\u9fff]|到时(?:候)?(?:来|过来)[\u4e00-\u9fff]"
                   r"|(?:我们|咱们?)(?:俩|两个)?(?:一起)?出去(?:吃|玩|逛|走走|喝)"
                   # "走之前见一面", "咱们再好好喝一顿", "欢迎参加", "诚邀您来", "你必须来当伴郎", "我在楼下等你",
                   # "周末带孩子回来", "过来一起赏月", "你来不来", "你来看不", "聚会你来吗", "你能回来讲讲吗"
                   r"|见(?:一|个)面|碰个面|咱们?\S{0,4}(?:喝|吃|聚)一(?:顿|杯|次|回)|欢迎(?:参加|光临|来|过来)|诚邀|邀请(?:你|您)"
                   r"|(?:必须|一定要|可得)来|我在\S{1,6}等(?:你|您)|带(?:孩子|娃|对象|媳妇|老婆|老公|家里人)回来(?!不|吗|没)"
                   r"|(?:过来|来)一起|(?<![回还])来看不$|(?<![回还])(?:你|您)们?来吗$|回来(?:讲|聊|坐|看看)"
                   r"|来(?:我|咱)家(?:里)?$|(?:我们|咱们?)(?:一起)?去\S{1,5}吧$|回(?:来|学校|母校)\S{0,8}讲讲"
                   r"|一起呗|正好一起|来我(?:宿舍|家)|(?<![回还])来不来$|一起不$|跟不跟|凑个数|(?:你|您)愿意陪我|尝尝不$|在家陪我"
                   r"|周末过来")),
    ("yes_no", (r"(?:吗|(?<!什)么|(?<!干)嘛|(?<![都也])没|(?<![都也])没有|行不|好不|对不|是不|(?<!不)不)$|了没|是不是|有没有|要不要|会不会|能不能"
                r"|(?<!不)(.)不\1|行不行|好不好|可不可以|确定|还[^，]*(?<!还)没[\u4e00-\u9fff]?$|是\S{1,8}的吧$|没\S{0,4}吧$|\S{2,8}好的吧$|(.)没\2")),
    ("what", r"(?<![没不])(?:什么|啥)(?![都也])|干嘛|干啥|怎么|谁|哪位|哪(?:个|款|种)(?:牌子|品牌|口味|颜色|型号)|^(?:你|您)是$|第几|哪(?:件|条|双|套|身)"),
))
_KINDS_EN: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p, re.I)) for k, p in (
    ("how_are_you", (r"\bhow (?:are|have) you\b|\bhow(?:'s| is) (?:it going|everything|life|work|things)|\byou doing ok"
                    r"|^(?:and|what about|how about) you\b|\bhow(?:'ve| have) you been|treating you|settling in"
                    r"|\bhow(?:'s| is| are) (?:she|he|they|(?:your|the) \w+(?:'s \w+)?) (?:doing|holding up|feeling|getting on)"
                    r"|\bhow(?:'s| is| has| was| are)(?: your| the)? (?:holiday|holidays|week|weekend|day|christmas|trip|"
                    r"break|new job|job|work|the little ones|the kids)\b"
                    # their care for our health, asked as a yes or no: "Are you eating properly out there?"
                    r"|\bare you (?:eating|sleeping)(?: \w+)?|\bgetting enough (?:sleep|rest)")),
    ("when", r"^when\b"),
    ("how_are_you", r"\bhow(?:'s| is| are) [\w ]{1,30} working out\b|\bhow(?:'s| is| are) (?:he|she|they) finding\b"
                    r"|\bhow(?:'s| is) my \w+ doing\b"),
    ("invitation", r"\b(?:would|will) (?:you|your \w+) like to (?:join|come)\b"),  # "When can you send a draft?": a time, whatever it is for
    # "you're coming right?", "you in?", "are you free friday?": come along
    ("invitation", r"\byou'?re coming,? right\b|^(?:\w+ )?you in\b|\bare you free\b|\bat my place\b|^my place\b|^come$"
                   r"|(?<!are )\byou coming\b"
                   r"|\bcome to [\w ]{1,30} with (?:us|me)\b|\brematch\b"),
    ("where", r"\b(?:you )?pick the (?:spot|place|restaurant|bar)\b"),
    # "can you come with us?" (to a scan) is a favour; "eat a zongzi for me", "do them please"
    ("request", r"\bcome with (?:us|me)\b|\bcome over [\w ]{0,20}and help\b|\b(?:eat|have|drink|grab|save|light) (?:a|one|some) [\w ]{1,20} for me\b|\bplease\s*$"
                r"|\b(?:could|can) you confirm\b"
                r"|\bcome (?:over|by|round)\b[\w ]{0,20}\band (?:help|hold|watch|take|fix|look)\b"),
    ("yes_no", r",? right\s*\??$|\bstill on for\b|\bare (?:we|you) still\b"),  # "…dinner at 7, right?": confirming a plan
    ("how_are_you", r"\bare you keeping (?:warm|well|busy|ok|okay)\b"),
    # "guess what shape it was", "he's letting me choose: A or B. help"
    ("what", r"^guess (?:what|who|which)\b"),
    ("choice", r"\b(?:choose|pick)\b.*\bor\b"),
    ("request", (r"\b(?:can|could|would) (?:you|u) (?:please |also |just )?(?:bring|get|help|grab|pick|send|buy|forward|check|cover|keep|sign|"
                 r"fill|fix|print|review|email|"
                 r"tell|let|watch|feed|water|take|call|text|ask|remind|save|look after|pass|show|drop|record|film|book|order|pay)|^please\b"
                 r"|^don'?t let\b"
                 r"|^remember to|^(?:\w+ )?(?:send|bring|call|text|tell|grab|save|show) (?:me|us|pics|photos|it|some)\b"
                 r"|^(?:bring|grab|pick up|leave|put|take) (?:the|a|some|it|them|me|more)\b|\bsign (?:us|me) up\b"
                 r"|^(?:just )?(?:promise|make sure|don'?t forget)\b|\bkeep (?:one|some|it) for me\b|\bdrive (?:carefully|safe)\b"
                 r"|\bif you (?:pick|bring|get|grab)\b|\bcould you (?:leave|put|drop)\b|\bcould (?:someone|somebody)\b"
                 r"|\bcan you (?:snap|make sure|sign)\b|(?:^|\. )(?:and )?tell \w+ (?:not )?to\b"
                 r"|^(?:hang|put|keep|wear|try) (?:it|them|this|that|the|a)\b")),
    # "Let's get lunch when we're back, my treat", "brunch sunday?", "Will you and Mark come for lunch?"
    ("invitation", (r"^let'?s (?!not\b|see\b)|\bmy treat\b|(?:^|[^\w\s'][\s\ufe0f]*)(?:brunch|lunch|dinner|drinks|coffee|breakfast|tea)\b(?: \w+){0,2}$"
                   r"|\bwill you(?: and \w+)? come\b|\bwould you (?:like to )?come\b|\byou'?re coming\b|welcome to come|\byou'?re in\b"
                   r"|^come (?!on\b)\w+|\b(?:stop|drop|swing) by\b")),
    # Offers and second-hand questions: "You want me to get them?", "mom wants to know if you're bringing…"
    ("yes_no", r"^(?:do )?you want me to\b|\b(?:wants?|wanted|asked|asks|wondering) (?:to know )?(?:if|whether)\b"),
    ("request", r"\byou'?re on \w+ duty\b|\byou owe me\b"),
    ("what", r"\bhow (?:is|are|was|were|did) (?:the|your) [\w ]{1,30}? (?:go(?:ing)?|turn(?:ed)? out)\b"),
    ("when", r"\bwhen\b|\bwhat time\b|\bhow long\b|\bwhich day\b"),
    ("where", r"\bwhere\b(?! (?:you|we|they) are\b| i am\b)|\bwhich (?:field|place|venue|restaurant|room|hotel|city|court|park|bar|cafe|office"
              r"|school|company|hospital|town|neighbou?rhood|campus|firm)\b"),
    ("choice", (r"\bwhat (?:do you |would you |should we |shall we )?(?:want|like|fancy)? ?(?:to )?(?:eat|have|drink|"
               r"get|order|cook|watch)\b|\bwhat (?:do you |would you )?(?:want|fancy|feel like) for (?:dinner|lunch|brunch|breakfast)\b|\b(?<!rain or )(?!rain or shine\b|sooner or later\b|more or less\b)[\w'-]+(?: [\w'-]+)? or (?!not\b|something|anything|what\b|we'?re\b|else\b|i\b|are\b|is\b|off\b)[\w'-]+"
               r"(?: [\w'-]+){0,5}$")),
    ("invitation", (r"\bcome (?:over|round|by|visit|up|down|along|with)|\bjoin(?:ing)? (?:us|me)\b|\blet'?s (?!not\b)\w+"
                   r"|\b(?:want|wanna|would you like)(?: to)? (?:come|join|meet|grab|have|hang)|\bfree (?:for|to)\b"
                   r"|\byou in\b|\bare you in\b|^(?!(?:are|is|do|did|will|was)\b).*\b(?:dinner|lunch|brunch|drinks|coffee|breakfast) (?:at \d{1,2}(?::\d\d)?(?: ?[ap]m)?|tonight|tomorrow)$")),
    ("where", r"\bwhich (?:hospital|airport|station|gate|floor|hotel)\b"),
    ("what", r"\bwhat\b(?! an? \b)|\bwhich\b|\bwho\b|\bhow (?:many|much)\b"),
    ("yes_no", (r"^(?:did|do|does|have|has|are|is|will|would|can|could|were|was)\b(?!')|\bright\s*\??$"
                r"|\b(?:did|do|does|have|has|are|is|will|would|can|could|should) (?:you|we|i|it|they|he|she)\b"
                r"|^should\b")),
))


def asks_of_us(kind: str, clause: str) -> bool:
    """Whether a clause of this kind wants an answer though it has no question mark: any question kind but an open
    "what", an invitation or a request ("周末来家里吃饭吧", "帮我带点特产"), and care ("别总熬夜": a promise answers it)."""
    return kind not in ("none", "what")


def question_kind(question: str, language: str = "zh") -> QuestionKind:
    """The shape an answer to `question` must have."""
    text = re.sub(r"(?:[？?！!。.，,\s~～]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|\[[\u4e00-\u9fff]{1,4}\])+$", "",
                  question.strip())  # end punctuation and emoji ("有人送花没😏")
    for kind, rx in (_KINDS_EN if language == "en" else _KINDS_ZH):
        if rx.search(text):
            return kind  # type: ignore[return-value]
    if CARE_ASK.search(text):
        return "request"
    return "yes_no" if plain_question(question) else "none"


def plain_question(question: str) -> bool:
    """A statement asked with a question mark and no word that shapes the answer ("Office reopens Wednesday?",
    "晚饭你也搞定？"): a yes or a no is what it wants. Not a word echoed in surprise ("五仁？"), not "你那边呢"."""
    if not re.search(r"[？?]\s*$", question) or re.match(r"(?:你|您)(?:那边|那儿|们)", question):
        return False
    body = re.sub(r"[？?\s]+$", "", question)
    return len(re.findall(r"[\u4e00-\u9fff]", body)) >= 4 or len(re.findall(r"[A-Za-z]+", body)) >= 3
