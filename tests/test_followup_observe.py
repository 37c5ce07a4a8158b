"""Reading a reply (the rules reader): its mood, and the question it asks of us. The sentences are written for these
tests, not taken from the tuning or blind sets."""

from __future__ import annotations

import pytest

from bot.followup.observe import analyse_rules
from bot.followup.question_kinds import question_kind

GREETING = "老周，春节快乐！祝你新的一年 bug 清零，头发茂盛"
PLAIN = "祝你节日快乐，万事顺意！"


def first_kind(reply: str, greeting: str = PLAIN) -> str:
    a = analyse_rules(greeting, reply)
    return question_kind(a.questions[0], "en" if reply.isascii() else "zh") if a.questions else "none"


# -- mood ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reply", ["嘿嘿收到啦，你也快乐！", "谢谢你呀～今年一起加油", "Thanks so much, you too!"])
def test_laughing_while_thanking_is_happy_not_teasing(reply: str) -> None:
    assert analyse_rules(GREETING, reply).mood == "happy"


@pytest.mark.parametrize("reply", ["清零个鬼 昨晚又通宵修了三个", "头发茂盛？谁稀罕", "你这文案是群发的吧😏",
                                   "哈哈哈头发的事就别提了", "nerd 😂 you never stop"])
def test_a_retort_a_smug_face_or_laughing_at_our_joke_is_teasing(reply: str) -> None:
    assert analyse_rules(GREETING, reply).mood == "teasing"


@pytest.mark.parametrize("reply", ["我外公走了，今年这个年没什么心思", "刚分手，别提了", "考研没考好，心里挺难受的"])
def test_loss_and_disappointment_read_as_sad(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "sad"


@pytest.mark.parametrize("reply", ["你最近是不是又熬夜了 别老熬夜", "我爸下周做手术，这几天睡不好",
                                   "听说你那边降温了，多穿点", "Are you eating well? Don't work too hard"])
def test_care_for_us_or_an_illness_at_home_reads_as_worried(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "worried"


@pytest.mark.parametrize("reply", ["你还记得我爱吃这个 太有心了", "看得我眼泪都出来了", "呜呜 你怎么这么好"])
def test_being_remembered_or_tears_with_no_sorrow_read_as_touched(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "touched"


@pytest.mark.parametrize("reply", ["在赶年终报告 周五前要交", "报价单今天下班前发我", "Quick one: did the contract go out?",
                                   "天天带娃 我快崩溃了 😭"])
def test_work_pressing_or_being_worn_out_reads_as_busy(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "busy"


def test_work_talk_with_warmth_stays_happy() -> None:
    assert analyse_rules(PLAIN, "哈哈谢谢！项目的事年后再说，先好好过节呀").mood == "happy"


@pytest.mark.parametrize("reply", ["谢谢。", "好 知道了", "哦 你确定这次能来？", "你们的发票还没给我答复"])
def test_a_curt_acknowledgement_distrust_or_a_complaint_reads_as_cold(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "cold"


def test_a_wish_or_thanks_sent_back_with_an_exclamation_is_politeness_not_warmth() -> None:
    assert analyse_rules(PLAIN, "端午安康！评审材料明天上午前给我").mood == "busy"
    assert analyse_rules(PLAIN, "谢谢小陈～ 下周的例会你来汇报").mood == "busy"


def test_an_illness_they_are_over_leaves_the_lost_holiday_not_worry() -> None:
    assert analyse_rules(PLAIN, "感冒在床上躺了一周 现在好多了").mood == "sad"


def test_laughing_at_the_holiday_name_we_both_said_is_not_teasing() -> None:
    assert analyse_rules("元宵快乐！灯会见", "哈哈 元宵我在老家 你呢").mood == "happy"
    assert analyse_rules("元宵快乐！愿你汤圆管够", "哈哈哈汤圆管够 体重也管够").mood == "teasing"


# -- questions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("reply,kind", [
    ("这几天降温了 你们那边冷不冷", "yes_no"),  # 这几天 is "these days", not "which day"
    ("不错不错 几号出发", "when"),  # 不错不错 is praise, not 错不错
    ("我单身好吗😂 你晚上吃啥", "choice"),  # a rhetorical question is no question to answer
    ("听说你搬家了？新家在哪", "where"),  # hearsay leads in to the real question
    ("他一直问你会不会来 你周六有空吗", "invitation"),  # someone else's question is told, not asked
    ("好的？那你定吧 喝点啥", "choice"),  # a shaped question before a bare "?" confirmation
    ("没 我在家呢", "none"),  # a bare "没" answers
])
def test_the_question_to_answer_is_the_one_asked_of_us(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("你在忙啥呢", "what"), ("你要订几桌", "what"), ("那个报告写得怎么样了", "what"), ("上次你怎么没来", "what"),
    ("你送的咖啡机怎么用啊", "request"), ("记得给我带两盒茶叶", "request"), ("把照片发我一下", "request"),
    ("您多关照一下我们家小林", "request"), ("周末来店里坐坐", "invitation"), ("这周末有空吗", "invitation"),
    ("周六出来玩吗", "invitation"), ("家里有人不", "yes_no"), ("合同是你签的吧", "yes_no"), ("还在公司没走？", "yes_no"),
    ("新工作感觉怎么样", "how_are_you"), ("你那边还好吗", "how_are_you"),
])
def test_voice_input_without_a_question_mark_still_has_its_kind(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("How's your dad holding up after the fall?", "how_are_you"), ("how've you been?", "how_are_you"),
    ("Quick favor - could you send me the slides?", "request"), ("Which restaurant are we meeting at?", "where"),
    ("Will you be joining us for the toast?", "invitation"), ("oh wait what should I bring", "what"),
])
def test_english_questions_have_their_kind(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!") == kind


@pytest.mark.parametrize("reply", ["还没。工人放假了，节后接着干。", "谢谢你还记得。今年回去扫墓，心里还是不好受。"])
def test_a_clause_ended_with_a_full_stop_is_a_statement_not_a_question(reply: str) -> None:
    assert analyse_rules("新年快乐！", reply).questions == ()


@pytest.mark.parametrize("reply", ["客气了。年终总结周五前给我。", "元宵快乐。下周一的开工会你来主持一下",
                                   "那路上注意安全，回来给我们带点你们那的腊肠呀😋", "哈哈谢谢。正月十八开工，到时候你们来一趟，把样品带上"])
def test_an_errand_said_without_a_question_mark_is_a_request(reply: str) -> None:
    questions = analyse_rules("新年快乐！", reply).questions
    assert questions and question_kind(questions[0]) == "request"


@pytest.mark.parametrize("reply,mood", [("哎呀又乱花钱，你们小两口过得好就行。", "touched"), ("到了。", "cold"),
                                        ("谢谢，已经到了。老家下着雨，想起我父亲了。", "sad"), ("哼，想得美。", "teasing")])
def test_fond_scolding_a_terse_stop_missing_the_dead_and_a_retort_are_read(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,mood", [
    ("航班延误了，还在机场等", "busy"), ("这周在医院轮班，初一到初五都排满了", "busy"),
    ("今年又回不去了，对不起啊", "sad"), ("每年这个时候，心里都不太好受，去墓园看看他", "sad"),
    ("再说吧。", "cold"), ("滚犊子 就你嘴贫", "teasing"), ("听说你们公司在裁员，你那边还好吗", "worried"),
])
def test_more_ways_of_saying_a_mood_are_read(reply: str, mood: str) -> None:
    assert analyse_rules("祝你节日快乐", reply).mood == mood


@pytest.mark.parametrize("reply", ["周四前把发票寄我公司。", "那锅也你刷", "麻烦帮忙把快递拿上楼", "下周一上午十点来一趟公司",
                                   "通知下你们组的人明早开会", "让你爸每天下楼走两圈", "别迟到啊 七点准时开席"])
def test_an_order_said_flat_is_a_request(reply: str) -> None:
    questions = analyse_rules("新年快乐！", reply).questions
    assert questions and question_kind(questions[0]) == "request"


@pytest.mark.parametrize("reply,kind", [
    ("路上慢点 你几点能到", "when"),  # their care waits behind a question of substance
    ("你在那边别总熬夜", "request"),  # alone, care is asked of us: a promise answers it
    ("你还记得我生日 周末来店里坐坐", "invitation"),  # being remembered is no errand (记得 after 还)
    ("别担心，我这边都好", "none"),  # "don't worry" asks nothing
    ("初五聚不聚 老地方", "invitation"), ("桃子熟了 到时候来摘", "invitation"), ("今晚我们俩出去吃", "invitation"),
    ("你猜我抽到了啥", "what"), ("现在养的啥狗", "what"),
    ("约个啥 在改方案", "none"),  # a retort, not a question
])
def test_care_orders_invitations_and_voice_questions_are_told_apart(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("a few of us are doing karaoke friday, wanna join?", "invitation"), ("ugh long day. drinks at 8?", "invitation"),
    ("party at mine sunday, you in?", "invitation"), ("anyway what do you want for dinner", "choice"),
    ("are we still on for lunch tomorrow", "yes_no"),  # confirming a plan is a yes/no, not a new invitation
])
def test_english_invitations_said_in_chat_have_their_kind(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!") == kind


@pytest.mark.parametrize("reply,mood", [
    ("行啊[坏笑] 到时候别赖账", "teasing"), ("少贫 快去把碗洗了", "teasing"), ("上次也是你迟到 我就知道", "teasing"),
    ("傻孩子 跟妈还客气啥", "touched"), ("Oh honey, my heart is so full", "touched"),
    ("可惜你不在 一桌菜没人抢", "sad"), ("不用了 想自己待着", "sad"),
    ("你爸血压又高了 这两天我盯着他吃药", "worried"), ("台风要来了 阳台的东西收了没", "worried"),
    ("哪有空 在公司改bug呢", "busy"), ("👍", "cold"),
])
def test_winks_fond_names_an_empty_chair_a_trouble_at_home_and_a_lone_thumbs_up_are_read(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    # imperatives that carry no 帮我/记得: a manner, a thing to wear or share, a deadline, someone's errand, a share of work
    ("下雪了 路上开车慢点", "request"), ("穿件厚外套 山上冷", "request"), ("下回别寄了 家里还有", "request"),
    ("好好陪陪孩子", "request"), ("明天下班前交上来。", "request"), ("奶奶说让你捎点茶叶回来", "request"),
    ("碗你洗 我做饭", "request"), ("借我两百呗 月底还", "request"), ("到了给我打个电话", "request"),
    # offers to do something for us are accepted or declined
    ("给你留两个？", "yes_no"), ("我在排队 给你带一杯？", "yes_no"),
    # invitations said as plans
    ("我初八就走了 走之前见一面？", "invitation"), ("欢迎来参加我们的年会", "invitation"), ("我在楼下等你", "invitation"),
    # a statement asked with only a question mark wants a yes or a no
    ("晚饭你也包了？", "yes_no"), ("新学校待得惯吗", "how_are_you"), ("是出什么事了吗", "what"),
    ("你送的那箱橙子呢 还没到", "what"),
])
def test_asks_without_their_usual_words_still_have_their_kind(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("Office reopens Monday?", "yes_no"), ("brunch saturday?", "invitation"),
    ("Let's grab dinner when you're back", "invitation"), ("Dad wants to know if you're bringing the pie", "yes_no"),
    ("How is the house hunt going?", "what"), ("Will do. When does the office reopen?", "when"),
])
def test_english_asks_without_a_question_word_have_their_kind(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!") == kind


@pytest.mark.parametrize("reply,mood", [
    ("不告诉你[白眼]", "teasing"), ("就知道吃 给你留了两个", "teasing"), ("你起得来吗 六点就出发", "teasing"),
    ("那你得分我一半哈哈", "teasing"), ("赢了个啥 菜鸡互啄😭", "teasing"),  # tears of a joke stay a joke
    ("我现在还在工地 晚点回你", "busy"), ("周末要值班 下周吧", "busy"), ("eating now, talk later!", "busy"),
    ("你这孩子，太客气了", "touched"), ("卡片我念了三遍", "touched"),
    ("那天记得给你爸点根香", "sad"), ("你奶奶要是知道你考上了 肯定高兴", "sad"),
    ("你那边降温没 羽绒服穿上没", "worried"), ("不用来回折腾 路上堵", "worried"),
    ("谢谢小周。", "cold"), ("[抱拳]", "cold"),
])
def test_stickers_jabs_where_they_are_stuck_fond_elders_the_dead_and_curt_thanks_are_read(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("月饼你自己留着吃吧", "request"), ("输了请我喝咖啡", "request"), ("下周一前改好", "request"),
    ("回来带点走 腌了好多", "request"), ("退了吧 我用不上", "request"), ("记住 开车别看手机", "request"),
    ("要不要我帮你喂猫", "yes_no"),  # an offer
    ("今年搬家没 地址变没变", "yes_no"), ("哪个学校呀", "what"), ("那孩子谁带", "what"),
    ("明年来我家", "invitation"), ("我们去吃火锅吧", "invitation"),
    ("你是故意的吧😤", "none"), ("转什么转 一家人", "none"), ("别栽赃 是你自己摔的", "none"),  # jabs ask nothing
])
def test_more_asks_and_jabs_are_told_apart(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,mood", [
    ("在高速上堵着呢 你们先吃", "busy"), ("还在看日志 凌晨被叫起来的", "busy"),
    ("今年异地 只能视频了", "sad"), ("家里狗狗上周走了 没心情", "sad"),
    ("身体要紧 别特意回来", "worried"), ("有这份心就够了 眼睛都湿了", "touched"),
    ("你给我等着🤨", "teasing"), ("谢谢。下周例会你来讲", "cold"),  # curt thanks, then an order: cold, not busy
    ("不了 约了人", "cold"), ("[握手]", "cold"),
])
def test_the_day_they_are_having_reads_as_its_mood(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("你回来吃吗 想吃酸菜的还是三鲜的", "choice"),  # the options they offer come before the yes or no around them
    ("好 节后哪天能发我", "when"), ("你们几点到", "when"), ("那个项目最后咋样了", "what"), ("这几天有什么变化吗", "what"),
    ("跨年我订了个包间 来不来", "invitation"), ("我们周末去爬山 一起呗", "invitation"), ("国庆后来公司喝茶", "invitation"),
    ("快交出来🙄", "request"), ("有空来帮忙搬搬", "request"), ("你工作也别太拼", "request"),
    ("you sent it to the new address, right?", "yes_no"), ("are you online tonight or off?", "yes_no"),
    ("要是考不上咋办", "none"), ("这有什么好谢的", "none"), ("不在公司 在家加班 有区别吗😂", "none"),
    ("honestly can't talk long", "none"),  # can't opens no question
])
def test_asks_offered_options_and_rhetorical_turns(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!" if reply.isascii() else "新年快乐！") == kind


@pytest.mark.parametrize("reply,mood", [
    ("在开庭 等会说", "busy"), ("on a train rn, signal is awful", "busy"), ("家里太安静了 怪冷清的", "sad"),
    ("路上结冰了 别骑电动车", "worried"), ("你还有脸说 去年是谁非要去", "teasing"), ("看到这句话 我这一年也值了", "touched"),
    ("[微笑]", "cold"), ("sure.", "cold"),
])
def test_more_of_the_day_they_are_having_reads_as_its_mood(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("你带她去医院拍个片子", "request"), ("今晚洗碗你来", "request"), ("说好的 一整天 不许中途喊我", "request"),
    ("周末去水库钓鱼 你跟不跟", "invitation"), ("包得跟包子似的 你过来尝尝不", "invitation"),
    ("倒是你 腰好点没", "how_are_you"), ("家里窗户关好没", "yes_no"),  # a task done, not how we are
    ("你现在住哪个小区来着", "where"), ("孩子多大了", "what"), ("When can you send a draft?", "when"),
    ("we're still on for dinner at 7, right?", "yes_no"),
])
def test_more_asks_with_their_shape(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!" if reply.isascii() else "新年快乐！") == kind


@pytest.mark.parametrize("reply,mood", [
    ("三十本作文还没改完 今晚估计要到十一点", "busy"), ("中秋好", "cold"), ("节日快乐就不用了 数据跑完没", "cold"),
    ("刚考完 脑子空的 不想说话", "sad"), ("你敢 送螺蛳粉我就送你榴莲", "teasing"),
    ("They're saying minus fifteen tonight, the pipes will burst", "worried"),
])
def test_still_more_days_read_as_their_mood(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("客气啥 周末吃火锅还是烧烤 你请", "choice"),  # the options are the question; who pays is settled
    ("愁死了 你帮我想想 围巾还是手套", "choice"),
    ("你最近睡眠好点了吗", "how_are_you"), ("Are you sleeping ok these days?", "how_are_you"),  # our health
    ("Thanks! Could you sign the form for the trip before Friday?", "request"),
])
def test_options_before_who_decides_and_health_asked_as_yes_or_no(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!" if reply.isascii() else "新年快乐！") == kind


@pytest.mark.parametrize("reply,kind", [
    ("好吃 下次少放点盐", "request"), ("谢谢 年终总结下周三交给我", "request"), ("说话算话 我要吃你做的糖醋排骨", "request"),
])
def test_orders_said_flat_ask_something_of_us(reply: str, kind: str) -> None:
    assert first_kind(reply, "新年快乐！") == kind


@pytest.mark.parametrize("reply", ["知道啦 你也少刷手机", "辛苦？你来带两天试试", "赢啥呀 今天又输了三盘", "一个人咋了 自在",
                                   "you can have it only if you do the dishes", "the gym card is still gathering dust 🙃"])
def test_advice_turned_back_dares_and_retorts_are_teasing(reply: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == "teasing"


@pytest.mark.parametrize("reply,mood", [
    ("谢谢 年终总结交了吗", "cold"), ("好 节后哪天能把打样寄过来", "cold"),  # a bare thanks, then the job
    ("谢谢 老爷子的药我分好放盒子里了", "happy"),  # a bare thanks, then care: not cold
])
def test_a_bare_thanks_then_the_job_is_cold(reply: str, mood: str) -> None:
    assert analyse_rules("新年快乐！", reply).mood == mood


@pytest.mark.parametrize("reply,mood", [
    ("同喜 年后你们那个合同麻烦盖个章", "cold"), ("Likewise. Don't forget the revised invoice.", "cold"),  # a word back, then business
    ("新年好 小伙子 过年回家记得把阳台的窗关好", "happy"),  # a word back, then care: not cold
    ("复习归复习 天凉了被子够不够厚", "worried"), ("红包退回去了 你自己留着买点好吃的", "worried"),
    ("你也单着 好意思说我", "teasing"), ("吃了 你是不是又要说教了", "teasing"),
    ("外婆活了八十岁 头一回有人祝我过这个节 心里美", "touched"), ("行吧 习惯了", "cold"),
])
def test_business_after_a_word_back_care_for_our_comfort_and_a_few_more_moods(reply: str, mood: str) -> None:
    assert analyse_rules("节日快乐！", reply).mood == mood


def test_a_cough_that_lingers_and_broken_sleep_worry_and_get_no_laughter() -> None:
    assert analyse_rules("姐，端午安康！", "退了 但还咳 晚上一直醒 我都两天没睡整觉了").mood == "worried"


@pytest.mark.parametrize("reply,kind", [
    ("好呀好呀 几点来接我 我还没化妆", "when"),  # a time answers it, with the promise
    ("we did!! guess what shape the biggest lantern was", "what"),  # asked without a question mark
    ("你二叔陪着呢 倒是你 清明别乱跑", "request"),
])
def test_times_guesses_and_care_asked_without_a_question_mark(reply: str, kind: str) -> None:
    assert first_kind(reply, "Happy holidays!" if reply.isascii() else "节日快乐！") == kind


@pytest.mark.parametrize("reply,kind", [
    ("这茶叶真香 在哪买的", "where"), ("你从哪儿淘的这个台灯", "where"), ("你去的哪个岛", "where"),
    ("晚饭订的哪家呀", "where"), ("你们周四上午有空来验个货吗", "invitation"), ("肉丸子多给我留点", "request"),
    ("听说你搬家了 家里都还好吧", "how_are_you"), ("我这腰还是要养的 你坐大巴还是坐动车", "choice"),
    ("下周三或者下周五 你们定", "choice"), ("天冷 记得老师就好 上班累吗", "how_are_you"),
    ("好 到站几点 让你表哥去接你", "when"), ("客户那份报价明天能不能给我", "request"),
])
def test_where_a_thing_came_from_a_meeting_if_free_keeping_some_back_and_the_family_are_read(reply: str,
                                                                                             kind: str) -> None:
    assert first_kind(reply) == kind


def test_an_invitation_is_answered_before_a_yes_or_no_beside_it_but_after_a_time_it_asks() -> None:
    assert first_kind("粽子吃了没 没吃来家里拿几个") == "invitation"
    assert first_kind("初几回来？回来一起吃个饭") == "when"


@pytest.mark.parametrize("reply,kind", [("we're grilling saturday, come?", "invitation"),
                                        ("my place at 7, you bring dessert", "invitation"),
                                        ("How's the new job working out?", "how_are_you")])
def test_more_english_invitations_and_how_things_work_out_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply", ["收到 你们节后哪天恢复发货", "元宵快乐 下周的评审你来主持", "Merry Christmas 合同的盖章页发我一下"])
def test_a_client_or_boss_who_wishes_back_in_a_word_and_goes_to_business_is_cold(reply: str) -> None:
    assert analyse_rules("赵总，节日快乐！祝您和家人平安顺遂。", reply).mood == "cold"


def test_the_same_curt_wish_back_from_a_friend_or_with_an_invitation_is_not_cold() -> None:
    assert analyse_rules("老周，元宵快乐！", "收到 你哪天回来").mood != "cold"
    assert analyse_rules("赵总，节日快乐！祝您平安顺遂。", "收到 改天一起吃个饭").mood != "cold"


@pytest.mark.parametrize("reply", ["一百个红包？花了多少钱啊", "怎么突然不回消息 出啥事了", "Your lights were on all night, is everything ok?"])
def test_minding_our_money_or_fearing_something_happened_is_worried(reply: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == "worried"


@pytest.mark.parametrize("greeting,reply,kind", [
    ("七夕快乐！周六我们去哪玩？", "你定吧 我跟着你", "where"), ("圣诞快乐！晚上想吃什么？", "都行", "choice"),
    ("元旦快乐！", "你定", "none"),
])
def test_a_decision_handed_back_is_our_own_question_asked_of_us(greeting: str, reply: str, kind: str) -> None:
    assert first_kind(reply, greeting) == kind


@pytest.mark.parametrize("reply,kind", [("好 这次回来住几天", "what"), ("谢谢你们 谁出的主意", "what")])
def test_how_long_and_who_did_it_are_questions_without_a_question_mark(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("谢谢 项目验收推进到哪一步了", "what"), ("她怎么知道我钥匙放哪", "what"), ("好吃 寄这么多花了不少钱吧", "yes_no"),
    ("初三跟你姐一块过来不", "invitation"), ("钱收下了 人得来啊", "invitation"), ("周六社区有演出 你也来看看", "invitation"),
    ("明年年会你来当主持", "request"), ("再给我带份糖葫芦", "request"), ("这事先瞒着你爸", "request"),
    ("那天你们别来 人太多", "request"), ("值班辛苦不", "how_are_you"), ("你今年咋样", "how_are_you"),
    ("还是我去吧 你在家歇着", "request"), ("Which school are you at now?", "where"),
    ("We're hosting dinner on the 20th, would your family like to join?", "invitation"),
])
def test_progress_guesses_flat_invitations_and_orders_and_how_they_are_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("好的 周日带上老婆孩子都来", "none"),  # a plan told, no ask: the control
    ("秋游那天陪我去看看新开的菊展吧", "invitation"), ("谢谢 下周我们办年会 你们也派个人来", "invitation"),
    ("腊八家里熬粥 你们几个都回来", "invitation"), ("晚上包了饺子 你下了班过来吃一碗", "invitation"),
    ("周五有场讲座 欢迎你来听", "invitation"), ("好啊 周日去爬山 你来不", "invitation"),
    ("酒店你下周有空陪我去看看不", "request"), ("爷爷耳背 你说话慢点", "request"), ("汤给我留着", "request"),
    ("你们在家多提醒他练琴", "request"), ("门口的灯坏了 找人修修", "request"), ("下次能不能少放点辣", "request"),
    ("房租下个月你交", "request"), ("那你把上回借的伞还了吧", "request"),
])
def test_invitations_and_errands_typed_without_a_question_mark_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply,kind", [
    ("你猜我几点到的", "when"), ("钥匙你搁哪了", "where"), ("饭馆你们挑", "where"), ("你自己找个地儿玩吧", "where"),
    ("新公司怎么样 还顺手吧", "how_are_you"), ("腰养得怎么样", "how_are_you"), ("这鞋穿着还行吧", "yes_no"),
    ("那份合同到底什么原因卡住了", "what"), ("论文写到第几章了", "what"), ("你猜我在车站遇到谁了", "what"),
    ("合同到期了 你租不租 给我个准话", "yes_no"), ("Are you still coming to the reunion in May?", "yes_no"),
    ("Could you record the speech for me?", "request"), ("Don't let the kids eat all the pie", "request"),
])
def test_guesses_places_handed_over_news_asked_flat_and_a_yes_or_no_awaited_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply", [
    "那次你说好陪我去看海的 结果又加班", "就你记得", "真的吗 那张照片你还留着", "都七十了还过什么生日",
    "本来想带你去看灯会的 下雨了", "我都不知道怎么谢你", "你那份还是我帮忙写的", "今年还是算了吧", "不知道明天下不下雨",
])
def test_a_promise_recalled_surprise_a_scolding_a_plan_given_up_and_musing_ask_nothing(reply: str) -> None:
    assert first_kind(reply) == "none"


@pytest.mark.parametrize("reply,mood", [
    ("上回你说要早起跑步 结果自己睡过了", "teasing"), ("我家狗都比你听话", "teasing"), ("谢谢就免了 请我吃顿饭", "teasing"),
    ("你姐都带对象回来了 你啥时候带一个回来", "teasing"), ("收了 这酒我舍不得喝 等你回来开", "touched"),
    ("有你在 我心里踏实", "touched"), ("膝盖又疼了 走路费劲", "worried"), ("明天面试 我有点慌", "worried"),
    ("开车别走山路 累了就停下歇歇", "worried"), ("忙疯了 从早上六点干到现在", "busy"), ("今天还有二十单要送", "busy"),
    ("想奶奶了 今年她不在了", "sad"), ("还凑合", "cold"), ("又改期", "cold"),
])
def test_a_jab_at_their_past_a_gift_kept_for_us_a_small_fear_a_long_day_and_three_flat_words_are_read(
        reply: str, mood: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("上回你说胃疼 好透了没", "how_are_you"), ("宝宝这两天还好吧", "how_are_you"), ("新单位适应了没", "how_are_you"),
    ("方案准备好了吗", "yes_no"),  # a task done, not their health
    ("你家狗谁喂啊", "what"), ("对账单尽快发一下", "request"), ("明年教教奶奶怎么包", "request"),
    ("我熬了红豆和绿豆两种粥 你爱喝哪种", "choice"), ("家里的枣熟了 你回来摘不", "invitation"), ("你陪我去吧", "invitation"),
    ("后天有没有空", "invitation"), ("今年回来过年不", "yes_no"),  # home as planned, no new plan
    ("惊喜是去哪啊 给个提示呗", "where"), ("你知道他最近在忙啥吗", "what"),
    ("中秋有人陪你吃饭不", "yes_no"), ("Can you also grab some milk on your way?", "request"),
    ("every day at 7, rain or shine. when are you back?", "when"),
])
def test_got_better_yet_a_flat_who_a_pick_of_two_told_before_and_a_hint_asked_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply", ["你怎么不早说😭", "我刚脱单好吗😎", "说啥呢 咱俩谁跟谁", "还有一半没看完 愁死了"])
def test_a_reproach_a_boast_and_a_chore_left_undone_ask_nothing(reply: str) -> None:
    assert first_kind(reply) == "none"


@pytest.mark.parametrize("reply,mood", [
    ("开会 晚点回", "busy"), ("在陪客户 有事发微信", "busy"), ("堵在高速上三个小时了 动都不动", "worried"),
    ("你一个人在外地 过年吃啥", "worried"), ("花这钱干啥 退了吧", "worried"), ("他要是还在该多好", "sad"),
    ("浪漫个头 他送了我一箱猫粮", "teasing"), ("说人话", "teasing"), ("你们搬走我还舍不得呢", "touched"),
])
def test_a_meeting_a_jam_the_purse_the_dead_wished_back_and_a_scoff_are_read(reply: str, mood: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == mood


def test_asked_what_a_third_person_is_up_to_we_say_we_do_not_know_either() -> None:
    from bot.followup.bank import compose_followups_offline
    from bot.followup.thread import Thread
    reply = "是啊 他也不说 你知道他这回在忙啥项目吗"
    thread = Thread((("me", PLAIN), ("them", reply)), style="轻松自然", name="嫂子", relation_category="family",
                    holiday="春节")
    said = compose_followups_offline(thread, analyse_rules(PLAIN, reply))
    assert all("知道他" not in s and "项目，" not in s for s in said)


@pytest.mark.parametrize("reply,kind", [
    ("周日晚上发我先看一眼", "request"), ("你行李别太多 后备箱满了", "request"), ("下周帮我挡一下周会", "request"),
    ("你能早点下班去取号吗", "request"), ("晚饭你们俩搞定", "request"), ("你穿那件红毛衣来就行", "request"),
    ("下学期有个比赛 你们愿意报名吗", "invitation"), ("有空也来公园看看", "invitation"),
    ("我们厂开发布会 你们公司派人来看看", "invitation"), ("你说我穿哪件好", "what"), ("你现在教哪个学科", "what"),
    ("当组长了 压力大不大", "how_are_you"), ("Are you keeping warm over there?", "how_are_you"),
    ("How did the cake turn out?", "what"), ("Can you come by Sunday and hold the baby while I nap", "request"),
    ("Tell me honestly, how are you coping?", "how_are_you"),
])
def test_errands_invitations_and_questions_a_sixteenth_writer_typed_are_read(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


@pytest.mark.parametrize("reply", ["这怎么好意思", "你这人怎么突然这么会", "那得花多少钱啊", "奶奶不要啥礼物 你回来就好",
                                   "每次去都觉得他还在家等我", "别为我操心"])
def test_embarrassed_thanks_a_purse_reproach_and_a_loss_ask_nothing(reply: str) -> None:
    assert first_kind(reply) == "none"


@pytest.mark.parametrize("reply,mood", [
    ("站在那儿突然特别想她", "sad"), ("他又出差了 又是我一个人", "sad"), ("完了 刚被老板拉去开会", "busy"),
    ("又回不来 行吧", "cold"), ("你爸包的饺子皮厚得跟棉被似的", "teasing"), ("她说去买菜 一直没回来", "worried"),
])
def test_missing_someone_a_meeting_sprung_a_letdown_a_jab_and_someone_not_back_are_read(reply: str, mood: str) -> None:
    assert analyse_rules(PLAIN, reply).mood == mood


@pytest.mark.parametrize("reply,kind", [
    ("同喜。节后派个人来厂里把合同对一下", "request"), ("七点半地铁口等我", "request"), ("我想要个兔子灯", "request"),
    ("你明年来给我帮忙不", "request"), ("你在哪个站等我", "where"),
])
def test_a_person_sent_a_place_to_wait_a_wish_and_a_hand_asked_for_are_errands(reply: str, kind: str) -> None:
    assert first_kind(reply) == kind


def test_a_wish_sent_back_in_a_word_and_a_full_stop_then_business_is_cold() -> None:
    assert analyse_rules(PLAIN, "同乐。明早的周会推到十点 通知一下大家").mood == "cold"
