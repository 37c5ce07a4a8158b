"""The phrase bank in Chinese, the detail sentences: a frame for each kind of thing the user told us (a memory, news,
an achievement, a kindness, a plan, what goes on and on, who they are…), around their own words ({d}). The fields and
placeholders are described in `phrases`."""

from __future__ import annotations

from bot.writing.composer.phrases import P

DETAIL_FRAMES: dict[str, list[P]] = {}

# The detail sentence, by what kind of thing the user told us.
DETAIL_FRAMES["memory"] = [
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
DETAIL_FRAMES["news"] = [
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
DETAIL_FRAMES["duration"] = [
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
DETAIL_FRAMES["now"] = [
    P("{d}，真替{you}高兴。", "trad casual"),
    P("{d}，听着就让人羡慕。", "casual"),
    P("{d}，{you}过得好，我就放心了。", "trad casual", "close"),
    P("{d}，由衷为{you}高兴。", "biz trad"),
    P("{d}，这个版本的生活，运行得真不错。", "tech", tags="tech"),
]
DETAIL_FRAMES["skill"] = [
    P("{d}，这点我一直很佩服。", "trad casual biz"),
    P("{d}，这本事我是真服气。", "casual", "close peer team"),
    P("{d}，令人钦佩。", "biz"),
    P("{d}，这技能点得比任何模型都满。", "tech", tags="tech"),
]
# A hardship or their health: "你腿脚不太好", "家里里外外都是你一个人撑着".
DETAIL_FRAMES["care"] = [
    P("{d}，一定多保重身体。", "trad casual biz tech"),
    P("{d}，{you}辛苦了，要照顾好自己。", "trad casual"),
    P("{d}，这些我都记挂着。", "casual trad", "close"),
    P("{d}，还请{you}多多保重。", "biz"),
    P("{d}，有什么需要随时跟我说。", "trad casual biz tech"),
    P("{d}，我一直惦记着{you}。", "casual trad", "close peer team friend general"),
    P("{d}，慢慢来，都会好起来的。", "casual trad", "!senior !biz"),
]
DETAIL_FRAMES["hard"] = [
    P("{d}，谢谢{you}。", "trad casual biz tech"),
    P("{d}，这份情我一直记着。", "trad casual tech"),
    P("{d}，那段日子多亏有{you}。", "trad casual tech"),
    P("{d}，这份恩情我一直记在心里。", "trad biz"),
    P("{d}，这事我一直没好好谢过{you}。", "casual trad", "!boss !client !partner"),
    P("{d}，{you}的好我都记着。", "casual trad", "close family friend lover"),
    P("{d}，这份情我一直铭记在心。", "biz"),
]
DETAIL_FRAMES["identity"] = [
    P("{d}一场，{you}一直是我最靠得住的人。", "trad casual", tags="yichang"),
    P("从{d}到现在，{you}一直都在。", "trad casual"),
    P("从{d}到现在，一晃好多年了吧？", "casual"),
    P("{d}这层缘分，我一直很珍惜。", "trad casual biz"),
    P("{d}这层缘分，在我这儿权重参数一直拉满。", "tech", tags="tech"),
    P("{d}这份情谊，我们一直珍视。", "biz"),
]
# Something about them alone, not a memory we share: "你每天准时看新闻联播", "您做定制家具".
DETAIL_FRAMES["fact"] = [
    P("{d}，这就是我认识的{you}。", "trad casual"),
    P("{d}，真有{you}的！", "casual", "!senior !biz", tags="playful"),
    P("{d}，想想就觉得亲切。", "trad casual", "close peer team general friend"),
    P("{d}，这些我都知道。", "casual trad", "close"),
    P("{d}，这些我们都看在眼里。", "biz trad", "work general teacher"),
    P("{d}，这一点我一直很欣赏。", "biz trad", "!lover"),
    P("{d}，这个设定参数我一直很喜欢。", "tech", "!senior !biz", tags="tech"),
    P("{d}，关于{you}的事，我这边从不掉线。", "tech", tags="tech"),
]
# Where they are and what they do now ("你在深圳写代码", "您一个人住在老家镇上"): wished well there, not "remembered".
DETAIL_FRAMES["status"] = [
    P("{d}，愿{you}一切顺利。"),
    P("{d}，常惦记着{you}。", "trad casual", "close peer friend general teacher family"),
    P("{d}，{you}过得好，我就放心了。", "trad casual", "close friend family"),
    P("{d}，有空常联系。", "casual", "!senior !biz"),
    P("{d}，祝{you}诸事顺遂。", "biz trad"),
    P("{d}，{you}的近况我这边从不掉线。", "tech", tags="tech"),
]
# An achievement shared or of ours ("今年咱们终于实现了盈利", "今年全年零事故", "粉丝破了十万"): neither their news nor a
# memory, so no "这份默契" and no "恭喜你".
DETAIL_FRAMES["feat"] = [
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
DETAIL_FRAMES["upcoming"] = [
    P("{d}，提前祝{you}一切顺利！"),
    P("{d}，真替{you}期待。", "trad casual"),
    P("{d}，到时候可得好好聊聊。", "casual", "!senior !biz"),
    P("{d}，盼着那一天。", "casual trad", "close peer friend general"),
    P("{d}，预祝一切顺利。", "biz trad"),
    P("{d}，新版本发布在即，期待！", "tech", tags="tech"),
]
# What goes on and on ("每周五晚上固定掼蛋", "每年冬天都寄腊肉"): an everyday thing, not a memory of one day.
DETAIL_FRAMES["habit"] = [
    P("{d}，想想就觉得亲切。", "trad casual"),
    P("{d}，这份日常我很珍惜。", "trad casual biz"),
    P("{d}，希望一直这样下去。", "casual trad"),
    P("{d}，这习惯我太熟悉了。", "casual", "close peer team friend general"),
    P("{d}，每次见到{you}都觉得亲切。", "biz trad", "work general senior"),
    P("{d}，这个日常任务从不掉线。", "tech", tags="tech"),
]
# Something they did for us ("您一点一点教我写公文", "你主动说房租可以晚点交"): thanked, not "seen" nor "shared".
DETAIL_FRAMES["kindness"] = [
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
DETAIL_FRAMES["role"] = [
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
