"""The phrase bank in Chinese: sentence pieces by role (open, detail, relation, imagery, hope, wish, zodiac,
forward, plan, tech, warm, aside, closing). The fields and placeholders are described in `phrases`."""

from __future__ import annotations

from bot.writing.composer.phrases import P

# ==================================================================================================
# 中文
# ==================================================================================================

ZH: dict[str, list[P]] = {}

ZH["open"] = [
    P("{name}，{greet}！"),
    P("{name}，{greet}呀！", "casual tech", occ="!邮件", tags="playful"),
    P("嘿，{name}！{greet}！", "casual tech", "friend peer lover team", occ="!邮件", tags="playful"),
    P("{name}，又到{H}了。", "trad casual tech", hols="!birthday"),
    P("{name}，转眼又是一年{H}。", "trad casual biz", hols="lunar"),
    P("{name}，{H}到了，第一个想到的就是{you}。", "casual trad", "lover friend family", occ="!群里"),
    P("{name}，给{you}拜年啦！", "trad casual", "close peer team general", hols="春节 除夕", tags="playful"),
    P("{name}，给{you}拜年了！", "trad biz", hols="春节 除夕"),
    P("{name}，{H}好！", "trad casual", hols="春节 中秋 元宵"),
    P("{name}，{you}好！值此{H}佳节，向{you}致以诚挚的问候。", "biz", hols="!birthday", occ="!spoken",
      tags="written"),
    P("{name}，{you}好！", "biz trad", "!close"),
    P("{name}，新春伊始，先给{you}拜个年。", "trad biz", hols="春节"),
    P("{name}，{greet}！这条祝福是我亲自推理生成的，纯手工。", "tech", occ="!spoken", tags="tech playful"),
    P("{name}，{H}祝福已打包上线，请查收！", "tech", hols="!birthday", occ="!spoken", tags="tech"),
    P("{name}，生日快乐！{you}的版本号又升了一级。", "tech", hols="生日", tags="tech"),
    P("{name}，今天是{you}的生日！", "trad casual biz tech", hols="生日"),
    P("{name}，{greet}！又长大一岁啦。", "casual", "friend lover peer team", hols="生日", tags="playful"),
    P("{name}，电话里先给{you}拜个年！", occ="电话里说", hols="春节 除夕"),
    P("{name}，电话里跟{you}说声{greet}！", occ="电话里说"),
    P("{name}，隔着屏幕也要跟{you}说声{greet}！", occ="视频里说"),
    P("{name}，见了面先说一句：{greet}！", occ="当面说"),
    P("@{name} {greet}！", occ="群里"),
    P("群里先给{name}道一声{greet}！", occ="群里"),
    P("{name}：{you}好！", occ="邮件"),
    P("{name}：{greet}！", occ="邮件"),
]

# The detail sentence, by what kind of thing the user told us.
ZH["memory"] = [
    # Short ones: the shortest bucket needs them, and a short frame leaves more of a draft to the user's own words.
    P("{d}，我都记得。", "trad casual"),
    P("{d}，记着呢。", "casual tech"),
    P("{d}，有{you}真好。", "casual trad", "close peer general lover family friend"),
    P("{d}，辛苦{you}了。", "biz trad casual", "work teacher general"),
    P("{d}，感谢{you}的信任。", "biz", "work general"),
    P("{d}，已写入永久缓存。", "tech", tags="tech"),
    P("{d}，这份情谊我一直记在心里。", "trad casual"),
    P("{d}，想起来心里还是热乎的。", "trad casual"),
    P("{d}，这些年的情分，都在这些小事里。", "trad casual", "close peer general"),
    P("{d}，现在想起来还是觉得特别好。", "casual"),
    P("{d}，这事我能记一辈子。", "casual", "close peer team general"),
    P("还记得{d}吗？我可一直记着。", "casual trad", tags="ask"),
    P("说起来，{d}，这件事我到现在都记得。", "casual tech"),
    P("{d}，{you}还记得吧？我可一直没忘。", "casual"),
    P("{d}，这段记忆我已经设成永久缓存。", "tech", tags="tech"),
    P("{d}——这是我训练集里最珍贵的一条样本。", "tech", tags="tech"),
    P("{d}，这条记录在我这儿永远不会被覆盖。", "tech"),
    P("{d}，这份默契，{we}一直记着。", "biz trad casual tech", "work"),
    P("{d}，这份情，我一直记着。", "trad casual tech", "close general teacher"),
    P("{d}，点点滴滴，我们都记在心里。", "biz"),
    P("{d}，这份信任与默契，弥足珍贵。", "biz", "work general"),
    P("{d}，这段并肩的经历，我们一直记在心里。", "biz", "work"),
    P("{d}，这份情分我们一直珍惜。", "biz", "close general teacher"),
]
ZH["news"] = [
    P("{d}，恭喜恭喜！", "trad casual"),
    P("{d}，可喜可贺。", "biz trad"),
    P("{d}，太厉害啦！", "casual", "!senior !biz"),
    P("{d}，版本升级成功！", "tech", tags="tech"),
    P("{d}，真心为{you}高兴！"),
    P("{d}，这是{you}应得的，打心底为{you}高兴。", "trad casual"),
    P("{d}，替{you}高兴坏了！", "casual", "!senior !biz", tags="playful"),
    P("{d}，这顿饭{you}可得请啊哈哈。", "casual", "friend peer", tags="playful"),
    P("{d}，这下可得好好庆祝一下了吧？", "casual"),
    P("{d}，恭喜{you}成功上线新版本！", "tech", tags="tech"),
    P("{d}，这波版本升级实至名归。", "tech", tags="tech"),
    P("{d}，实至名归，由衷为{you}高兴。", "biz trad"),
    P("{d}，谨向{you}致以诚挚的祝贺。", "biz"),
    P("{d}，辛苦了，这些我都看在眼里。", "trad casual biz", "team peer"),
]
ZH["duration"] = [
    P("{d}，一路走来，多谢有{you}。", "trad casual"),
    P("{d}，这份情分越久越珍贵。", "trad biz"),
    P("{d}，一路有{you}，真好。", "casual"),
    P("{d}，想想还挺不可思议的。", "casual tech"),
    P("{d}，时间过得真快，对吧？", "casual"),
    P("{d}，{we}的默契已经迭代到稳定版。", "tech", tags="tech"),
    P("{d}，这段缘分连续在线，一次都没掉线。", "tech", tags="tech"),
    P("{d}，感谢{you}一路以来的信任与支持。", "biz", "work general"),
    P("{d}，感谢{you}一直以来的关照。", "biz trad", "!close"),
]
# How they are now, or what they are good at: "你现在在云南种咖啡", "包饺子全家第一" (no memory frame for these).
ZH["now"] = [
    P("{d}，真替{you}高兴。", "trad casual"),
    P("{d}，听着就让人羡慕。", "casual"),
    P("{d}，{you}过得好，我就放心了。", "trad casual", "close"),
    P("{d}，由衷为{you}高兴。", "biz trad"),
    P("{d}，这个版本的生活，运行得真不错。", "tech", tags="tech"),
]
ZH["skill"] = [
    P("{d}，这点我一直很佩服。", "trad casual biz"),
    P("{d}，这本事我是真服气。", "casual", "close peer team"),
    P("{d}，令人钦佩。", "biz"),
    P("{d}，这技能点得比任何模型都满。", "tech", tags="tech"),
]
# A hardship or their health: "你腿脚不太好", "家里里外外都是你一个人撑着".
ZH["care"] = [
    P("{d}，一定多保重身体。", "trad casual biz tech"),
    P("{d}，{you}辛苦了，要照顾好自己。", "trad casual"),
    P("{d}，这些我都记挂着。", "casual trad", "close"),
    P("{d}，还请{you}多多保重。", "biz"),
    P("{d}，有什么需要随时跟我说。", "trad casual biz tech"),
    P("{d}，我一直惦记着{you}。", "casual trad", "close peer team friend general"),
    P("{d}，慢慢来，都会好起来的。", "casual trad", "!senior !biz"),
]
ZH["hard"] = [
    P("{d}，谢谢{you}。", "trad casual biz tech"),
    P("{d}，这份情我一直记着。", "trad casual tech"),
    P("{d}，那段日子多亏有{you}。", "trad casual tech"),
    P("{d}，这份恩情我一直记在心里。", "trad biz"),
    P("{d}，这事我一直没好好谢过{you}。", "casual trad", "!boss !client !partner"),
    P("{d}，{you}的好我都记着。", "casual trad", "close family friend lover"),
    P("{d}，这份情我一直铭记在心。", "biz"),
]
ZH["identity"] = [
    P("{d}一场，{you}一直是我最靠得住的人。", "trad casual", tags="yichang"),
    P("从{d}到现在，{you}一直都在。", "trad casual"),
    P("从{d}到现在，一晃好多年了吧？", "casual"),
    P("{d}这层缘分，我一直很珍惜。", "trad casual biz"),
    P("{d}这层缘分，在我这儿权重参数一直拉满。", "tech", tags="tech"),
    P("{d}这份情谊，我们一直珍视。", "biz"),
]
# Something about them alone, not a memory we share: "你每天准时看新闻联播", "您做定制家具".
ZH["fact"] = [
    P("{d}，这就是我认识的{you}。", "trad casual"),
    P("{d}，真有{you}的！", "casual", "!senior !biz", tags="playful"),
    P("{d}，想想就觉得亲切。", "trad casual", "close peer team general friend"),
    P("{d}，这些我都知道。", "casual trad", "close"),
    P("{d}，这些我们都看在眼里。", "biz trad", "work general teacher"),
    P("{d}，这一点我一直很欣赏。", "biz trad", "!lover"),
    P("{d}，这个设定参数我一直很喜欢。", "tech", "!senior !biz", tags="tech"),
    P("{d}，这条信息我已经缓存好了。", "tech", tags="tech"),
]
# An achievement shared or of ours ("今年咱们终于实现了盈利", "今年全年零事故", "粉丝破了十万"): neither their news nor a
# memory, so no "这份默契" and no "恭喜你".
ZH["feat"] = [
    P("{d}，了不起！", "casual trad"),
    P("{d}，这份成绩来之不易。", "trad biz casual"),
    P("{d}，值得好好庆祝一下！", "casual trad"),
    P("{d}，想想都带劲！", "casual", "!senior !biz", tags="playful"),
    P("{d}，这里头有{you}一大份功劳。", "casual trad biz"),
    P("{d}，可喜可贺，也离不开{you}的支持。", "biz trad", "work general senior"),
    P("{d}，这波参数直接拉满！", "tech", tags="tech"),
    P("{d}，这个版本的成绩单，够亮眼！", "tech", tags="tech"),
]
# What is still to come ("明年五一办婚礼", "下个月就要调去总部了"): looked forward to, never "remembered".
ZH["plan"] = [
    P("{d}，提前祝{you}一切顺利！"),
    P("{d}，真替{you}期待。", "trad casual"),
    P("{d}，到时候可得好好聊聊。", "casual", "!senior !biz"),
    P("{d}，盼着那一天。", "casual trad", "close peer friend general"),
    P("{d}，预祝一切顺利。", "biz trad"),
    P("{d}，新版本发布在即，期待！", "tech", tags="tech"),
]
# What goes on and on ("每周五晚上固定掼蛋", "每年冬天都寄腊肉"): an everyday thing, not a memory of one day.
ZH["habit"] = [
    P("{d}，想想就觉得亲切。", "trad casual"),
    P("{d}，这份日常我很珍惜。", "trad casual biz"),
    P("{d}，希望一直这样下去。", "casual trad"),
    P("{d}，这习惯我太熟悉了。", "casual", "close peer team friend general"),
    P("{d}，每次见到{you}都觉得亲切。", "biz trad", "work general senior"),
    P("{d}，这个日常任务从不掉线。", "tech", tags="tech"),
]
# Something they did for us ("您一点一点教我写公文", "你主动说房租可以晚点交"): thanked, not "seen" nor "shared".
ZH["kindness"] = [
    P("{d}，这份好意我一直记在心里。", "trad casual biz"),
    P("{d}，真的谢谢{you}。", "casual trad"),
    P("{d}，谢谢{you}！"),
    P("{d}，心里一直很感激。", "trad casual biz"),
    P("{d}，这份情我记着呢。", "casual", "close peer team general friend"),
    P("{d}，承蒙{you}照顾，感激不尽。", "biz trad", "work senior general teacher"),
    P("{d}，这份恩情已写入永久缓存。", "tech", tags="tech"),
    P("{d}，感谢{you}的算力支援！", "tech", tags="tech"),
    P("{d}，这条记录在我这儿永久缓存，谢谢{you}。", "tech", tags="tech"),
]
# Who they are to us: "你是咱们组的开心果", "您是公司创始人", "你比我大两岁" (neither news nor a memory).
ZH["role"] = [
    P("{d}，有{you}在，心里就踏实。", "trad casual"),
    P("{d}，{you}的好，大家都看在眼里。", "trad casual biz"),
    P("{d}，能认识{you}，是我的福气。", "trad casual", "!client !partner"),
    P("{d}，有{you}真好。", "casual", "close peer team general"),
    P("{d}，辛苦{you}了。", "biz trad", "work teacher general"),
    P("{d}，一直很敬重{you}。", "biz trad", "senior client partner general"),
    P("{d}，这份缘分我一直很珍惜。", "biz trad casual"),
    P("{d}，在我这儿是永不掉线的核心模块。", "tech", tags="tech"),
    P("{d}，这个人设参数我一直很喜欢。", "tech", "!senior !biz", tags="tech"),
]

# About the relation itself: the detail sentence when the user gave none, else an optional extra.
ZH["relation"] = [
    P("一年到头在外面忙，最惦记的还是家里。", "trad casual biz", "family", hols="newyear yearend"),
    P("平时在外面忙，心里最惦记的还是家里。", "trad casual biz", "family"),
    P("{period}家里大事小事，都是{you}在操心，辛苦了。", "trad casual", "home"),
    P("{period}{you}是我最稳的后台，从来没宕机过。", "tech", "family", tags="tech"),
    P("{period}有{you}在身边，日子都变甜了。", "casual trad", "lover", tags="tender"),
    P("{period}最幸运的事，就是每天都能跟{you}说早安。", "casual tech", "lover", tags="tender"),
    P("{you}是我生活里最重要的参数，没有之一。", "tech", "lover", tags="tech tender"),
    P("{period}忙忙碌碌，还好一路有{you}。", "", "lover"),
    P("谢谢{you}，在我最忙的时候也站在我这边。", "", "lover"),
    P("{period}虽然见得少，但有事第一个想到的还是{you}。", "casual trad tech", "friend"),
    P("认识{you}这么久，越来越觉得这个朋友交得值。", "casual", "friend"),
    P("有{you}这个{rel}，是我这些年的福气。", "trad casual", "friend", tags="rel"),
    P("{period}和{you}聊过的天，够训练一个小模型了。", "tech", "friend", tags="tech"),
    P("{period}共事，一起扛过不少事，谢谢{you}一路照应。", "trad casual biz", "peer"),
    P("{period}忙起来互相搭把手，有{you}在，心里踏实。", "casual", "peer"),
    P("{period}和{you}一起上线了不少需求，配合得越来越顺。", "tech", "peer", tags="tech"),
    P("{period}{you}辛苦了，团队的成绩里有{you}很大一份功劳。", "", "team"),
    P("{period}{you}扛下了不少硬活，我都看在眼里。", "trad casual", "team"),
    P("{period}{you}的成长速度，比任何一次版本迭代都快。", "tech", "team", tags="tech"),
    P("{period}在{you}身边做事，学到了很多。", "trad casual biz", "boss"),
    P("{period}承蒙{you}的指点和信任，受益良多。", "biz trad", "boss"),
    P("{period}在{you}的带领下，团队稳定迭代，好几个项目顺利上线。", "tech", "boss", tags="tech"),
    P("常常想起{you}当年的教导，到现在都受用。", "trad casual biz", "teacher"),
    P("走得再远，也记得{you}当年的叮嘱。", "trad casual", "teacher"),
    P("{you}当年教的东西，至今还是我最可靠的训练集。", "tech", "teacher", tags="tech"),
    P("{period}承蒙{you}的信任与支持，合作顺利，离不开{you}。", "biz trad", "biz"),
    P("{period}和{you}合作，很愉快，也很受益。", "casual trad biz", "biz"),
    P("{period}携手并进，感谢{you}的信任与配合。", "biz", "partner"),
    P("{period}和{you}合作的每个版本都顺利上线，感谢信任。", "tech", "biz", tags="tech"),
    P("{period}承蒙关照，心里一直记着。", "", "general"),
    P("{period}有来有往，很高兴认识{you}。", "casual trad", "general"),
    P("平时见面不算多，但每次聊天都很愉快。", "casual trad biz", "general friend"),
    P("{you}的好意，我都记在心上。", "trad biz casual", "general senior biz"),
    P("{period}和{you}的每次交流，都让我的参数更新了一点。", "tech", "general", tags="tech"),
    # More for the commonest case, a friend or acquaintance with no details: one sender's list is full of them.
    P("各忙各的一整年，可一想到{you}，心里就亮堂。", "casual trad", "friend"),
    P("朋友不在多，像{you}这样处得来的，一个顶十个。", "casual", "friend", tags="playful"),
    P("{period}聊得不算勤，可哪回找{you}，{you}都在。", "casual trad", "friend general"),
    P("跟{you}说话从来不用客套，这点最难得。", "casual", "friend peer"),
    P("{period}多亏有{you}这个{rel}，烦心事都少了一半。", "casual trad", "friend peer", tags="rel"),
    P("能交到{you}这样的朋友，我偷着乐了好几年。", "casual", "friend", tags="playful"),
    P("{period}见面的次数两只手数得过来，情分却一点没少。", "casual trad", "friend general"),
    P("有些人不常联系也不会生分，{you}就是这样的人。", "casual trad", "friend general"),
    P("{period}{we}的友谊在线稳定运行，零宕机。", "tech", "friend general", tags="tech"),
    P("{period}受{you}照顾不少，一直想找机会说声谢谢。", "trad casual biz", "general peer senior"),
    P("每回有事请教，{you}都耐心回答，心里很感激。", "trad biz casual", "general senior peer"),
    P("能在{period}结识{you}，是件让人高兴的事。", "biz trad", "general biz"),
    P("{period}承蒙{you}多方支持，许多事才办得顺利。", "biz", "general biz boss"),
    P("{period}和{you}打交道，省心又踏实。", "casual trad biz", "peer biz general"),
    P("{period}团队里有{you}在，很多事都有了底。", "trad casual biz", "team peer"),
    P("{period}家里有{you}张罗，我在外面才放心。", "trad casual", "family"),
    P("离家再远，{you}做的那口饭总在心上。", "trad casual", "home"),
    P("{period}和{you}一起过的日子，每天都值得记下来。", "casual trad", "lover", tags="tender"),
    P("{period}{you}教我的，比课本上的多得多。", "trad casual", "teacher"),
    P("{period}跟着{you}做事，眼界开了不少。", "trad casual biz", "boss"),
]

# The holiday itself: food, moon, lanterns, cake.
ZH["imagery"] = [
    P("愿{home}的年夜饭热热闹闹，灯笼红红火火。", "trad", hols="春节 除夕"),
    P("过年就好好歇几天，手机静音，饺子管够。", "casual", hols="春节"),
    P("年夜饭桌上多吃两口，少看两眼工作群。", "casual", hols="春节 除夕", tags="playful"),
    P("春联贴好没？福字记得倒着贴，福到了。", "casual trad", hols="春节 除夕"),
    P("春节假期难得，愿{you}与家人好好团聚，好好休息。", "biz trad", "!family !lover", hols="春节"),
    P("春节假期难得，一家人好好团聚，好好歇歇。", "trad casual", "family", hols="春节"),
    P("春节这几天，给自己放个长假，系统切到低功耗模式。", "tech", hols="春节"),
    P("除夕守岁，愿一家人围炉团坐，其乐融融。", "trad biz", hols="除夕"),
    P("今晚守岁，电量和饺子都要管够。", "casual tech", hols="除夕"),
    P("今晚月亮正圆，愿{home}也团团圆圆。", "trad casual", hols="中秋"),
    P("月饼别光吃五仁的，也给自己留一块爱吃的口味。", "casual", hols="中秋", tags="playful"),
    P("今晚抬头看看月亮，我这边也在看。", "casual trad", "lover friend family", hols="中秋", occ="!群里"),
    P("月圆之夜，愿{you}与家人共享团圆。", "biz trad", "!family !lover", hols="中秋"),
    P("月圆之夜，一家人围坐一桌，就是最好的团圆。", "trad casual", "family", hols="中秋"),
    P("今晚的月亮是满分输出，月饼也记得按时加载。", "tech", hols="中秋", tags="tech"),
    P("粽子甜的咸的都好，吃得开心最要紧。", "casual trad", hols="端午"),
    P("有空出门看看龙舟，沾沾热闹。", "casual trad", hols="端午"),
    P("端午的艾草一挂，夏天就正式开始了。", "trad casual biz", hols="端午"),
    P("端午佳节，愿{you}与家人安康顺遂。", "biz trad", "!family !lover", hols="端午"),
    P("粽子已打包，龙舟已上线，就等{you}开吃。", "tech", hols="端午", tags="tech"),
    P("汤圆趁热吃，花灯慢慢看。", "casual trad", hols="元宵"),
    P("元宵的灯一亮，这个年才算圆满。", "trad casual biz", hols="元宵"),
    P("元宵佳节，愿{you}与家人团圆美满。", "biz trad", "!family !lover", hols="元宵"),
    P("今晚的星星，都替我记着想对{you}说的话。", "casual trad tech", "lover", hols="七夕", tags="tender"),
    P("七夕不一定要玫瑰，有人惦记就很好。", "casual trad", hols="七夕"),
    P("日历翻到新的一页，烦心事就留在去年吧。", "casual trad", hols="元旦"),
    P("新年第一天，愿{you}睡个好觉，醒来都是好消息。", "casual trad", hols="元旦"),
    P("元旦新启，愿{you}与家人平安喜乐。", "biz trad", "!family !lover", hols="元旦"),
    P("日历已切换到新版本，旧烦恼一键归档。", "tech", hols="元旦", tags="tech"),
    P("假期好好出去走走，别光在朋友圈看人山人海。", "casual", hols="国庆 劳动节", tags="playful"),
    P("假期难得，愿{you}与家人出游顺利，休息充分。", "biz trad", "!family !lover", hols="国庆 劳动节"),
    P("重阳登高，也记得多陪陪家里的长辈。", "trad casual", hols="重阳"),
    P("秋高气爽，正是出门走走的好时候。", "trad casual biz", hols="重阳 国庆"),
    P("冬至的饺子记得吃，老话说不吃要冻耳朵。", "casual trad", hols="冬至"),
    P("冬至天寒，请{you}多添衣，注意保暖。", "biz trad", hols="冬至 腊八 小年"),
    P("腊八粥喝上，年味就近了。", "casual trad", hols="腊八"),
    P("小年一过，离团圆就不远了。", "casual trad biz", hols="小年"),
    P("蛋糕上的蜡烛又多一根，快乐也要多一份。", "casual trad", hols="生日"),
    P("今天{you}最大，想吃什么就吃什么。", "casual", "!boss !client !partner", hols="生日"),
    P("年龄只是版本号，{you}的兼容性一直满分。", "tech", hols="生日", tags="tech"),
    P("值此生日之际，愿{you}新岁安康顺遂。", "biz", hols="生日"),
    P("愿{you}的圣诞袜里装满惊喜。", "casual trad", hols="圣诞"),
    P("窗外不一定有雪，但热可可和礼物不能少。", "casual", hols="圣诞"),
    P("圣诞佳节，愿{you}与家人温馨团聚。", "biz trad", "!family !lover", hols="圣诞"),
    P("难得过节，给自己放个小假，好好歇一歇。", "casual trad", hols="other"),
    P("节日里，愿{you}与家人共享温馨时光。", "biz trad", "!family !lover", hols="other"),
]

# A personal wish about the recipient, holiday-neutral.
ZH["hope"] = [
    P("{you}别太操劳，多歇歇，把自己照顾好。", "trad casual", "family"),
    P("少操点心，多晒晒太阳，想吃什么就买，别舍不得。", "casual", "home"),
    P("愿{you}每天都睡得香、笑得多，烦心事都交给我。", "casual trad", "lover", tags="tender"),
    P("愿{you}少加班多睡觉，想去的地方都去成。", "casual", "friend peer"),
    P("愿{you}少开会多摸鱼，工作都轻轻松松。", "casual", "peer friend", tags="playful"),
    P("也希望{you}照顾好自己，别总是最后一个下班。", "casual trad", "team peer"),
    P("也请{you}多注意休息，别太辛苦。", "biz trad casual", "boss client partner teacher family"),
    P("愿{you}身体硬朗，精神头一直这么足。", "trad casual", "teacher family"),
    P("愿{you}与家人平安喜乐，工作顺心。", "biz trad", "biz boss general"),
    P("愿{you}平安喜乐，顺心顺意。", "trad biz casual"),
    P("愿{you}的烦恼都被识别成bug，一键修复。", "tech", tags="tech"),
    P("愿{you}的快乐持续输出，token永远不限量。", "tech", tags="tech"),
    P("愿{you}少踩坑，多顺遂，日子过得有滋有味。", "casual tech"),
    P("过节也别忘了给自己留点时间，歇一歇。", "trad casual biz", hols="!birthday"),
]

# The holiday wish proper (always one per draft).
ZH["wish"] = [
    P("愿{you}福气满满！", "trad"),
    P("祝{you}阖家安康。", "trad biz"),
    P("愿{you}事事顺心。", "biz trad"),
    P("祝合作长长久久。", "biz", "work"),
    P("谨祝{you}万事顺遂。", "biz"),
    P("祝{you}天天开心呀！", "casual"),
    P("愿{you}一切都好哦。", "casual"),
    P("愿{you}好运不宕机。", "tech", tags="tech"),
    P("祝{you}bug全清零！", "tech", tags="tech"),
    P("祝{you}{greet}，阖家团圆，日子红红火火！", "trad", hols="reunion"),
    P("祝{you}{greet}，岁岁平安，福气满满！", "trad"),
    P("愿{you}{H}吉祥，团团圆圆，年年都好。", "trad", hols="reunion"),
    P("愿{home}热热闹闹，{ahead}红红火火。", "trad", hols="!birthday"),
    P("给{you}拜个年，愿{ahead}平安顺遂，喜事连连。", "trad", hols="春节 除夕"),
    P("祝{you}{greet}，福寿绵长，岁岁安康。", "trad", "family teacher", hols="生日 重阳"),
    P("祝{you}{greet}，{ahead}平平安安，顺顺当当。", "trad casual"),
    P("愿{you}岁岁平安，福气满满。", "trad"),
    P("愿{you}{ahead}吃好喝好，开心最重要！", "casual"),
    P("愿{you}{ahead}少点烦心事，多点好消息。", "casual"),
    P("{greet}！{ahead}也要开开心心的哦。", "casual", tags="playful"),
    P("{greet}！{ahead}就按自己喜欢的节奏过吧。", "casual"),
    P("{greet}！{ahead}，忙完了也记得歇歇吧。", "casual"),
    P("{greet}！吃好喝好，开心最重要！", "casual"),
    P("祝{you}{greet}，{ahead}也要过得松弛一点。", "casual", "!senior !biz"),
    P("{greet}呀，{ahead}想要的都到手，想见的人都见到。", "casual", "close peer team general", tags="playful"),
    P("愿{you}{ahead}少点烦心事，多点好消息，{greet}！", "casual"),
    P("祝{you}{greet}！放假就好好放，工作群先别回了哈。", "casual", "friend peer team", hols="!birthday",
      tags="playful"),
    P("{greet}，{ahead}也想一直陪在{you}身边。", "casual", "lover", tags="tender"),
    P("{greet}，以后的每个节日，我都想和{you}一起过。", "casual tech", "lover", tags="tender"),
    P("{greet}，愿以后的每一顿团圆饭，都有{you}在身边。", "trad casual", "lover", hols="reunion", tags="tender"),
    P("{greet}，愿{we}的日子红红火火，岁岁年年都有{you}。", "trad", "lover", tags="tender"),
    P("祝{you}{greet}，{ahead}bug清零，好运满格！", "tech", tags="tech"),
    P("愿{you}{ahead}每次迭代都顺利上线，{greet}！", "tech", tags="tech"),
    P("祝{you}{greet}，快乐参数拉满，烦恼token清空。", "tech", tags="tech"),
    P("{greet}！愿{you}{ahead}版本稳定，一路绿灯。", "tech", tags="tech"),
    P("祝{you}{greet}，{ahead}推理顺畅，灵感不限量。", "tech", tags="tech"),
    P("愿{you}{ahead}bug清零，好运满格！", "tech", tags="tech"),
    P("愿{you}快乐参数拉满，烦恼token清空。", "tech", tags="tech"),
    P("谨祝{you}{greet}，阖家安康，诸事顺遂。", "biz"),
    P("愿{you}{ahead}诸事顺遂，合作共赢。", "biz", "biz"),
    P("愿{you}{ahead}诸事顺遂，一切都好。", "biz", "!biz"),
    P("恭祝{you}{ahead}顺心顺意，阖家安康。", "biz"),
    P("祝{you}{greet}，{ahead}合作共赢，更上层楼。", "biz", "biz"),
    P("恭祝{you}{greet}，{ahead}顺心顺意。", "biz"),
    P("谨祝{you}与家人{greet}，平安喜乐。", "biz trad", "!family !lover"),
    P("祝{you}{greet}，{ahead}一切顺遂，也请继续多多指教。", "biz trad casual", "boss teacher client"),
]

# Only when the holiday may name its zodiac year.
ZH["zodiac"] = [
    P("{Z}年到了，愿{you}新岁顺遂，福气满满。", "trad"),
    P("{Z}年三阳开泰，愿{you}日子越过越红火。", "trad casual biz", tags="z:羊"),
    P("{Z}年也要开开心心的呀！", "casual", tags="playful"),
    P("{Z}年就一个愿望：{you}开心就好。", "casual", "close"),
    P("{Z}年版本正式上线，愿{you}一路绿灯。", "tech", tags="tech"),
    P("值此{Z}年新春，祝{you}新岁顺遂，合作共赢。", "biz", "biz"),
    P("恭祝{you}{Z}年吉祥，诸事顺遂。", "biz"),
    P("{Z}年到了，愿{home}平平安安，热热闹闹。", "trad casual", "family"),
    P("{Z}年吉祥，愿{you}顺顺当当，笑得比去年还多。", "trad casual", "!biz !boss"),
]

# Looking ahead.
ZH["forward"] = [
    P("{ahead}，愿{you}想做的事都顺顺当当。", "trad casual"),
    P("{ahead}，想做的事都去做，想见的人都见到。", "casual"),
    P("{ahead}，愿{you}少熬夜，多出去走走。", "casual", "close peer team"),
    P("{ahead}，愿{you}算力充足，心情永远在线。", "tech", tags="tech"),
    P("{ahead}，期待与{you}继续携手，把更多好想法落地。", "biz", "work"),
    P("{ahead}，期待与{you}有更多合作。", "biz casual trad", "biz"),
    P("{ahead}，我会继续努力，不辜负{you}的信任。", "biz trad casual", "boss client teacher"),
    P("{ahead}，想和{you}去更多地方，看更多风景。", "casual trad", "lover", tags="tender"),
    P("{ahead}，愿{you}的每一天都有小小的好事发生。", "casual trad tech"),
    P("{ahead}，盼着能常见面。", "casual trad biz", "!lover"),
    P("{ahead}，{we}多聚聚吧。", "casual", "close peer team"),
]

# A concrete next step: a meal, a visit, a coffee.
ZH["plan"] = [
    P("找个周末约顿火锅，我请。", "casual tech", "friend peer"),
    P("等{you}回来，老地方见，不醉不归。", "casual", "friend", tags="playful"),
    P("过几天就回家，给{you}带好吃的。", "casual trad", "home", hols="!birthday"),
    P("我会常打电话回家，{you}别惦记我。", "trad casual", "home"),
    P("等见面了，想和{you}好好吃顿饭，慢慢散个步。", "casual trad", "lover", tags="tender"),
    P("节后见，咖啡我请。", "casual", "peer team", hols="!birthday"),
    P("节后回来，{we}继续并肩作战。", "casual trad", "peer team", hols="!birthday"),
    P("我会继续用心做事，不辜负{you}的信任。", "biz trad", "boss"),
    P("有机会一定回去看望{you}。", "trad casual biz", "teacher"),
    P("期待节后与{you}再聚，好好聊聊新的计划。", "biz", "biz", hols="!birthday"),
    P("期待与{you}见面，再好好聊聊。", "biz trad casual", "biz general boss"),
    P("有空常联系，有需要随时找我。", "casual trad", "general friend peer"),
    P("回头找个时间，一起吃顿饭吧。", "casual", hols="!birthday"),
    P("等见面了，咱俩好好聊聊，攒了一肚子话呢。", "casual", "friend lover"),
    P("改天约{you}喝茶，好好聊聊。", "biz trad casual", "general biz boss teacher friend"),
    P("节后{we}再一起上线几个好项目。", "tech", "peer team partner", hols="!birthday", tags="tech"),
    P("下次见面，我请{you}喝一杯，顺便同步一下近况。", "tech casual", "friend"),
    P("改天给{you}补一顿生日饭，我请。", "casual trad", "close peer team", hols="生日"),
]

# An extra tech joke (LLM科技风, or when the user asked for one).
ZH["tech"] = [
    P("今年的烦恼已全部标记为bug，节后统一清零。", hols="!birthday", tags="tech"),
    P("这条祝福经过多轮迭代，只留下了最真心的版本。", tags="tech"),
    P("这条祝福是本人纯手工推理生成，token一个没省。", occ="!spoken", tags="tech"),
    P("愿{you}的好运不限token，惊喜按时上线。", tags="tech"),
    P("愿{you}的快乐参数拉满，烦恼直接移出训练集。", tags="tech"),
]

# When the user asked for warmth (温暖一点).
ZH["warm"] = [
    P("其实很多话平时说不出口，借着过节说一句：谢谢{you}。", "", "!biz", hols="!birthday", tags="warm"),
    P("有{you}在，真好。", "", "close peer team general", tags="warm"),
    P("不管隔多远，心里一直惦记着{you}。", "", "close teacher", tags="warm"),
    P("谢谢{you}一直都在。", "", "close peer general", tags="warm"),
    P("这一路，真心感谢有{you}。", "", "work teacher general", tags="warm"),
]

# Small asides for the longer drafts: regards to the family, "no need to reply", the weather.
ZH["aside"] = [
    P("也代我向{you}的家人问好。", "biz trad casual", "!family !lover"),
    P("不用回复，好好过节就行。", "casual trad", "!senior !biz", hols="!birthday"),
    P("不必回复，好好休息就是。", "biz trad", hols="!birthday", tags="written"),
    P("最近事情多，但这几句话我一定要跟{you}说。", "casual trad tech", "close peer team general"),
    P("最近还好吧？忙归忙，别忘了对自己好一点。", "casual", "close peer team general"),
    P("团队的小伙伴们也让我代他们向{you}问好。", "biz trad casual tech", "biz boss"),
    P("写下这几句的时候，脑子里全是以前的画面。", "casual trad", "close peer general"),
    P("天气转凉，记得添衣。", "trad casual biz", hols="中秋 重阳"),
    P("天冷，出门记得多穿点。", "trad casual", "!biz !senior", hols="冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("天寒，请多保重身体。", "biz trad", hols="冬至 腊八 小年 春节 除夕 元宵 元旦 圣诞"),
    P("路上人多车多，出门注意安全。", "trad casual", "close peer team", hols="春节 国庆 劳动节 中秋"),
    P("写这条祝福花的时间，比上次部署还长，但值得。", "tech", occ="!spoken", tags="tech"),
    P("这几句话没走任何流程，是我自己想说的。", "casual tech", "work general"),
    P("别的不多说了，都在心里。", "trad casual", "close"),
]

ZH["closing"] = [
    P("再给{you}拜个年！", "trad casual", hols="春节 除夕"),
    P("福气满满，岁岁平安！", "trad"),
    P("顺顺利利，平平安安！", "trad casual"),
    P("祝{you}万事如意！", "trad", tags="stock"),
    P("回头聊！", "casual tech", "close peer team general"),
    P("先说这么多，回头再聊吧。", "casual tech"),
    P("想你啦，早点回来~", "casual", "lover family", occ="!群里", tags="playful"),
    P("抱一个！", "casual", "lover friend family", tags="playful"),
    P("想{you}了，早点见面。", "casual trad", "lover", occ="!群里", tags="tender"),
    P("本条祝福长期有效，不设过期时间。", "tech"),
    P("祝福已部署完毕，请查收。", "tech", tags="tech"),
    P("再次感谢{you}的支持，祝好！", "biz trad", "work general teacher"),
    P("顺颂商祺！", "biz", "biz boss general", occ="!spoken", tags="written"),
    P("恭祝阖家安康。", "biz trad", occ="!spoken", tags="written"),
    P("此致，敬礼！", "biz trad", "work teacher general", occ="邮件", tags="written"),
    P("祝好。", occ="邮件", tags="written"),
    P("祝{you}事业有成！", "biz", "biz boss", tags="stock"),
    P("也祝群里各位节日愉快！", occ="群里", hols="!birthday"),
    P("也替大家一起祝{you}生日快乐！", occ="群里", hols="生日"),
    P("心意都在这几句话里了！", occ="spoken"),
]
