"""Other ways to say the phrases the bank's sentences share, so that one sender's recipients do not all get the
same words (issue 17: a broadcast to five people gave each of them the same sentences).

Each group lists phrases that can stand for each other wherever one of them appears in a bank sentence; the
sentence is varied before the user's own words go in, so those are never touched. Placeholders ({you}, {H}) may
appear inside a phrase and are kept as they are.

A bank sentence (or a phrase here) may also spell its choices inline: `[先|就先|今天先]说这么多，[回头|改天]再聊` is
said one of 3 x 2 ways, an empty choice (`[吧|]`) leaves nothing. Choices every few characters are what keep two
recipients' greetings from sharing a run of twelve characters (issue 17): a sentence with three ways to say it is
shared by every third recipient, one with a few hundred far less often (a run of twelve spans only two or three
choices, so the count of ways overstates it). Choices do not nest."""

from __future__ import annotations

import functools
import random
import re

ZH_VARIANTS: tuple[tuple[str, ...], ...] = (
    # memories and thanks
    ("想起来心里还是热乎的", "每次想起，心里都暖暖的", "一想起来，心里就热乎乎的", "现在想起来还觉得暖"),
    ("这份情谊我一直记在心里", "这份情谊我一直放在心上", "这份交情我始终记着", "这份情我一直没忘"),
    ("这份情，我一直记着", "这份情，我始终记着", "这份心意，我一直没忘", "这份好，我一直记着"),
    ("这份默契，{we}一直记着", "这份默契，{we}始终记着", "这份合拍，{we}一直记着", "这份默契，{we}一直没忘"),
    ("点点滴滴，我们都记在心里", "桩桩件件，我们都记在心里", "一点一滴，我们都放在心上"),
    ("这件事我到现在都记得", "这事我到现在还记得", "这件事我至今记得清清楚楚", "这事我一直没忘"),
    ("这事我能记一辈子", "这事我能念叨一辈子", "这事够我记一辈子"),
    ("这些年的情分，都在这些小事里", "这些年的交情，都藏在这些小事里", "这么多年的情分，就在这些点滴里"),
    ("现在想起来还是觉得特别好", "现在想起来还是特别开心", "如今想来还是觉得特别好"),
    ("我都记得", "我都记着", "我全记得"),
    ("有{you}真好", "有{you}在真好"),
    ("这份信任与默契，弥足珍贵", "这份信任与默契，十分难得", "这份信任和默契，难能可贵"),
    ("这份情分我们一直珍惜", "这份情分我们始终珍惜", "这份情分我们一直放在心上"),
    ("一路走来，多谢有{you}", "一路走来，幸好有{you}", "这一路，多亏有{you}"),
    ("这份情分越久越珍贵", "这份情分越久越难得", "这份交情越久越珍贵"),
    ("想想还挺不可思议的", "想想还真不可思议", "回头一看，还挺奇妙的"),
    ("时间过得真快，对吧", "日子过得真快，是吧", "时间真是不经过，对吧"),
    ("感谢{you}一路以来的信任与支持", "谢谢{you}一路以来的信任与支持", "感谢{you}这一路的信任和支持"),
    ("感谢{you}一直以来的关照", "谢谢{you}一直以来的关照", "多谢{you}一直以来的照顾"),
    # good news and how they are
    ("真心为{you}高兴", "真替{you}高兴", "打心眼里为{you}高兴"),
    ("由衷为{you}高兴", "由衷替{you}高兴", "真心为{you}感到高兴"),
    ("这下可得好好庆祝一下了吧", "这下可得好好庆祝一番了吧", "这不得好好庆祝一下"),
    ("听着就让人羡慕", "听着就让人眼馋", "光听着就羡慕"),
    ("这点我一直很佩服", "这点我一直特别佩服", "这一点我是真佩服"),
    ("一定多保重身体", "千万保重身体", "一定照顾好身体"),
    ("要照顾好自己", "要好好照顾自己", "记得照顾好自己"),
    ("这些我都记挂着", "这些我都放在心上", "这些我一直惦记着"),
    ("一晃好多年了吧", "一转眼好多年了吧", "一晃这么多年了吧"),
    # about the relation
    ("最惦记的还是家里", "最放不下的还是家里", "最牵挂的还是家里"),
    ("日子都变甜了", "日子都甜了不少", "每天都甜丝丝的"),
    ("有事第一个想到的还是", "有事头一个想到的还是", "遇上事最先想到的还是"),
    ("越来越觉得这个朋友交得值", "越来越觉得这朋友没白交", "越发觉得这个朋友交对了", "越来越庆幸当初跟{you}投缘"),
    ("是我这些年的福气", "是我这些年最大的福气", "是我这些年的幸运", "让我这些年踏实不少", "是我这些年捡到的宝"),
    ("一起扛过不少事", "一起扛过好多事", "一块儿扛过不少事"),
    ("心里踏实", "心里特别踏实", "心里就有底"),
    ("学到了很多", "学到了不少", "收获很多"),
    ("受益良多", "获益良多", "受益匪浅"),
    ("到现在都受用", "至今仍然受用", "到今天都受用"),
    ("很愉快，也很受益", "很愉快，也学到很多", "又愉快又有收获"),
    ("很高兴认识{you}", "很庆幸认识{you}", "认识{you}真好"),
    ("平时见面不算多，但每次聊天都很愉快", "平时见得不多，可每次聊天都很投缘", "虽说平时见面少，每回聊起来都特别投机",
     "一年见不了几回，可每次见面都聊不够", "平常碰面不多，但一聊起来就停不下"),
    ("{you}的好意，我都记在心上", "{you}的好意，我都放在心上", "{you}的好意，我一直记着"),
    ("虽然见得少", "虽说见面不多", "见面的机会不多", "虽然没怎么碰面"),
    ("能交到{you}这样的朋友", "交上{you}这个朋友", "认识{you}这么个朋友", "有{you}这样的朋友"),
    ("多亏有{you}这个{rel}", "幸亏有{you}这个{rel}", "好在有{you}这个{rel}", "还好身边有{you}这个{rel}"),
    ("说话从来不用客套，这点最难得", "说话从来不用绕弯子，这点最难得", "聊天从不用客套，这最难得",
     "说话不用端着，这样的朋友不多"),
    ("聊得不算勤，可哪回找{you}，{you}都在", "联系不算多，可每回找{you}，{you}都在",
     "聊得不多，可只要找{you}，{you}总在", "没怎么顾上聊，可一找{you}，{you}就在"),
    ("我偷着乐了好几年", "我偷着高兴了好些年", "我心里美了好几年", "是我这些年的一大乐事"),
    ("像{you}这样处得来的，一个顶十个", "像{you}这么投脾气的，一个顶十个", "能跟{you}这样处得来的，一个就够"),
    ("烦心事都少了一半", "烦心事少了一大半", "糟心事都减了一半", "日子轻松了不少"),
    ("不常联系也不会生分", "不常联络也不会生疏", "隔得再久也不会生分", "很久不聊也不见外"),
    ("见面的次数两只手数得过来，情分却一点没少", "见面的次数掰着手指就数得清，情分却一点不减",
     "没见上几面，可情分一点没少", "见面屈指可数，交情却一点没淡"),
    # the holiday's wish and what comes next
    ("转眼又是一年", "一晃又是一年", "不知不觉又是一年"),
    ("第一个想到的就是", "头一个想到的就是", "最先想起的就是"),
    ("平安喜乐，顺心顺意", "平安喜乐，事事顺心", "喜乐安康，顺心如意"),
    ("少踩坑，多顺遂，日子过得有滋有味", "坑少一点，顺利多一点，日子过得舒舒服服", "少遇坑，多顺利，小日子越过越有味道"),
    ("每一天都有小小的好事发生", "每一天都有点小惊喜", "每天都碰上几件小好事"),
    ("少点烦心事，多点好消息", "烦心事少一点，好消息多一点", "少些烦心事，多些好消息"),
    ("岁岁平安，福气满满", "岁岁平安，福气多多", "年年平安，福气满满"),
    ("阖家团圆，日子红红火火", "阖家团圆，日子越过越红火", "一家团圆，日子红红火火"),
    ("日子越过越红火", "日子一年比一年红火", "日子过得红红火火"),
    ("顺顺当当，笑得比去年还多", "顺顺利利，笑得比去年更多", "稳稳当当，笑容比去年还多"),
    ("吃好喝好，开心最重要", "吃好睡好，开心最要紧", "吃得香睡得好，开心最重要"),
    ("想做的事都去做，想见的人都见到", "想做的事都做成，想见的人都见着", "想做的都去做，想见的都见上"),
    ("想做的事都顺顺当当", "想做的事都顺顺利利", "想办的事都顺顺当当"),
    ("少熬夜，多出去走走", "少熬点夜，多出门走走", "早点睡，常出去转转"),
    ("盼着能常见面", "盼着能多见几面", "希望能常聚聚"),
    ("期待与{you}有更多合作", "期待与{you}有更多合作机会", "盼与{you}合作更多"),
    ("不辜负{you}的信任", "对得起{you}的信任", "不负{you}的信任"),
    ("也要开开心心的呀", "也要天天乐呵呵的", "也要每天都笑出声", "也要开开心心过每一天", "也要高高兴兴的"),
    ("年夜饭桌上多吃两口，少看两眼工作群", "年夜饭多吃几口，工作群少看几眼", "年夜饭敞开了吃，工作群先静音",
     "年夜饭桌上多夹两筷子，工作消息先放一放"),
    ("过年就好好歇几天，手机静音，饺子管够", "过年就踏踏实实歇几天，饺子管够", "这几天就好好歇着，吃好玩好",
     "过年好好歇口气，手机放一边，饺子吃个够"),
    ("少加班多睡觉，想去的地方都去成", "少加点班多睡会儿，想去的地方都去看看", "觉睡得够，想去的地方都走一走",
     "加班少一点，想去的地方都去一趟"),
    ("别忘了给自己留点时间，歇一歇", "记得给自己留点空，歇一歇", "别忘了留点时间给自己，好好歇歇"),
    ("就一个愿望：{you}开心就好", "只有一个心愿：{you}开心就好", "别的不求，{you}开心就行"),
    # plans, asides, closings
    ("回头找个时间，一起吃顿饭吧", "回头挑个空，一起吃顿饭吧", "等忙完这阵，一起吃顿好的吧", "找个周末，约顿饭吧"),
    ("改天约{you}喝茶，好好聊聊", "改天约{you}喝杯茶，慢慢聊", "等{you}得空，约{you}喝茶聊聊"),
    ("有空常联系，有需要随时找我", "有空多联系，有事随时喊我", "常联系，需要帮忙尽管开口"),
    ("期待与{you}见面，再好好聊聊", "盼着与{you}见面，再细细聊聊", "期待见面时再好好聊聊"),
    ("有机会一定回去看望{you}", "有机会一定回去看{you}", "得空一定回去看望{you}"),
    ("不用回复，好好过节就行", "不必回我，好好过节就好", "不用急着回，先好好过节"),
    ("不必回复，好好休息就是", "无需回复，好好休息就好", "不必回复，安心休息便是"),
    ("写下这几句的时候，脑子里全是以前的画面", "写这几句的时候，满脑子都是从前的画面",
     "一边写，一边想起好多以前的事"),
    ("别的不多说了，都在心里", "别的就不多说了，都在心里", "话不多说，都在心里了"),
    ("忙归忙，别忘了对自己好一点", "忙归忙，也要对自己好一点", "再忙也别忘了对自己好点"),
    ("也代我向{you}的家人问好", "也替我问候{you}的家人", "也代我向{you}家里人问声好"),
    ("也请{you}多注意休息，别太辛苦", "也请{you}多歇歇，别太累着", "也请{you}注意劳逸结合，别太辛苦"),
    ("天寒，请多保重身体", "天冷，记得多添衣", "天气冷，多保重"),
    ("出门注意安全", "出行注意安全", "出门多留神"),
    ("再次感谢{you}的支持，祝好", "再次谢谢{you}的支持，祝好", "再次感谢{you}一路支持，祝好"),
    ("心意都在这几句话里了", "心意都在这几句里了", "想说的都在这几句话里了"),
    ("最近事情多，但这几句话我一定要跟{you}说", "最近事多，但这几句话一定要跟{you}说",
     "这阵子忙，可这几句话我非说不可"),
    ("先说这么多，回头再聊吧", "就先写到这儿，回头细聊", "今天先说到这儿，改天再聊"),
)

EN_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Some things you just don't forget", "Some things stay with you", "That one stuck with me"),
    ("I hope this note finds you well", "I hope you're doing well", "Hope all is well with you"),
    ("That's all from me", "That's it from me", "That's all for now"),
    ("Talk soon", "Speak soon", "More soon"),
    ("I hope you sleep in, eat well", "I hope you sleep late, eat well", "May you sleep in, eat well"),
    ("let someone else do the dishes for once", "leave the dishes to someone else for once",
     "let the dishes wait for once"),
    ("bring you everything you want and everyone you miss", "bring you all you want and everyone you miss",
     "bring you what you hope for and the people you miss"),
    ("bring you good health and every success", "bring you good health and real success",
     "bring you health and every success"),
    ("Things have been busy on my side", "It's been a busy stretch on my end", "Life has been hectic here"),
    ("but I wanted to make time for this", "but this couldn't wait", "but I had to make time for this"),
    ("No need to reply; just enjoy the break", "No need to write back; just enjoy the break",
     "Don't bother replying; just enjoy the time off"),
    ("Take a little time off and enjoy the holiday", "Take some time off and enjoy the holiday",
     "Give yourself a real break this holiday"),
    ("Let's make {ahead} a good one", "Let's make {ahead} a great one", "Here's to making {ahead} a good one"),
    ("Thank you for", "Thanks for", "Many thanks for"),
)


def _pattern(groups: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    group_of = {phrase: group for group in groups for phrase in group}
    longest_first = sorted(group_of, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in longest_first)), group_of


_ZH = _pattern(ZH_VARIANTS)
_EN = _pattern(EN_VARIANTS)


CHOICES = re.compile(r"\[([^\[\]]*)\]")


# Words an option may carry that fit only some greetings; `unfit` leaves such options out where they do not fit (a
# choice whose every option carries one keeps them all).
PLAYFUL = re.compile(r"哈|啦|呀|啊|嘿|呗|嘛|哦|喽|咯|哟|咱|～|~")  # no joking with a client, a boss, in 商务得体
BOWING = re.compile(r"谨祝|敬祝|恭祝|诚祝|敬颂|顺颂|谨致|致以|府上")  # 商务得体, or a traditional greeting to a 您 outside the family
NEW_YEAR = re.compile(r"来年|新岁|新一年|新的一年|新年|明年|未来一年")  # the year ahead, at the turn of the year only
NEW_AGE = re.compile(r"新一岁|新的一岁")  # the year of life ahead, on a birthday only
WRITING = re.compile(r"写|几行|这段话|此条|本条|这条|回复|回我|回信|回消息")  # said aloud, a greeting is not "these lines"


@functools.lru_cache(maxsize=None)
def unfit(playful: bool, bowing: bool, new_year: bool, birthday: bool, written: bool = True) -> re.Pattern[str] | None:
    """The words to leave out of the choices where a greeting may not joke, may not bow, is not at the turn of the
    year, is not for a birthday or is said aloud."""
    parts = [p.pattern for p, ok in ((PLAYFUL, playful), (BOWING, bowing), (NEW_YEAR, new_year), (NEW_AGE, birthday),
                                     (WRITING, written)) if not ok]
    return re.compile("|".join(parts)) if parts else None


def vary(template: str, lang: str, rng: random.Random, leave_out: re.Pattern[str] | None = None) -> str:
    """The bank sentence with each shared phrase said one of its ways and each inline choice made, by `rng`,
    with no option that `leave_out` finds (see `unfit`) where the choice has others."""
    pattern, group_of = _EN if lang == "en" else _ZH
    return choose(pattern.sub(lambda m: rng.choice(group_of[m.group(0)]), template), rng, leave_out)


def choose(text: str, rng: random.Random, leave_out: re.Pattern[str] | None = None) -> str:
    """Each inline choice in the text made by `rng` (nothing else touched), as in `vary`."""

    def one(m: re.Match[str]) -> str:
        options = m.group(1).split("|")
        if leave_out is not None:
            options = [o for o in options if not leave_out.search(o)] or options
        return rng.choice(options)

    return CHOICES.sub(one, text)


def first_way(template: str) -> str:
    """The sentence said its first way (every inline choice its first option): what its length and words are
    judged by where the bank is read as data."""
    return CHOICES.sub(lambda m: m.group(1).split("|")[0], template)


def all_options(template: str) -> list[list[str]]:
    """Each inline choice's options, in order."""
    return [m.group(1).split("|") for m in CHOICES.finditer(template)]
