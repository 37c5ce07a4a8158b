"""Slot extraction from free-form requests, in Chinese and English, by the rules alone and with a model."""

from __future__ import annotations

import pytest

from bench.extraction_accuracy import FIELDS, score
from bot.domain import SLOT_NAMES
from bot.reading.extraction import canonical_from_model, extract, extract_rules
from bot.reading.form import extract_length
from bot.settings import Settings
from bot.writing.llm import LLMClient
from tests.fake_openai import running_fake_openai


@pytest.mark.parametrize("field", FIELDS)
def test_rules_read_each_field_of_the_annotated_table(field: str) -> None:
    # 82 requests annotated blind; the rules were tuned on this table, so the bar is high.
    assert score("table")[field] >= 0.95


@pytest.mark.parametrize("field", FIELDS)
def test_rules_hold_up_on_the_held_out_table(field: str) -> None:
    # 40 requests annotated after the rules were written and never tuned on: a guard against regressions.
    assert score("heldout")[field] >= 0.85


def test_the_issue_example_is_read_completely() -> None:
    s = extract_rules("帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字")
    assert (s.name, s.relation, s.relation_category) == ("张总", "客户", "客户")
    assert "北京项目" in s.details and "帮我" not in s.details
    assert (s.occasion, s.style, s.length, s.holiday) == ("微信", "商务得体", "50-100", "春节")


def test_english_styles_map_to_canonical_styles() -> None:
    assert extract_rules("a casual note for my friend Bo").style == "轻松自然"
    assert extract_rules("business tone for my client Mr. Wu").style == "商务得体"
    assert extract_rules("something techy for my colleague Ann").style == "LLM科技风"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [("50字以内", "<=50"), ("一百多字", "100-200"), ("七八十字", "50-100"), ("100字以内", "50-100"),
     ("200字左右", "100-200"), ("简短点", "<=50"), ("under 40 words", "<=50"), ("60-90 words", "50-100"),
     ("写长一点", "100-200"), ("随便写", None)],
)
def test_length_wishes_become_buckets(text: str, bucket: str | None) -> None:
    assert extract_length(text) == bucket


def test_a_relation_word_alone_is_not_a_name_but_kin_words_are_forms_of_address() -> None:
    assert extract_rules("给我的室友写一条").name is None
    assert extract_rules("给我妈写一条").name == "妈"
    assert extract_rules("给外婆打视频拜年").name == "外婆"


def test_model_values_not_grounded_in_the_text_are_dropped() -> None:
    text = "给老王写条中秋祝福"
    slots = canonical_from_model(
        {"name": "老王", "relation": "投资人", "relation_category": "合作伙伴", "details": "一起去过月球",
         "occasion": "邮件", "style": "商务得体", "length": "长", "holiday": "中秋节"}, text)
    assert slots.name == "老王"
    assert slots.relation is None and slots.details is None  # invented by the model
    assert slots.length is None  # not a canonical bucket
    assert (slots.style, slots.occasion, slots.holiday) == ("商务得体", "邮件", "中秋")


async def test_the_model_fills_only_what_the_rules_missed() -> None:
    text = "给老王写条中秋祝福，他是我发小"
    with running_fake_openai() as server:
        server.mode = "json"
        server.json_obj = {"name": "王总", "relation": "发小", "relation_category": "朋友", "details": None,
                           "occasion": None, "style": "轻松自然", "length": None, "holiday": "中秋"}
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            slots, reader = await extract(text, llm)
        body = server.requests[-1]
    assert reader == "rules+model"
    assert body["response_format"]["type"] == "json_schema"
    assert slots.name == "老王"  # the rules found it; the model's ungrounded "王总" never wins
    assert slots.style == "轻松自然"  # a gap the model filled


async def test_a_complete_request_costs_no_model_call() -> None:
    text = "给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
    with running_fake_openai() as server:
        server.mode = "json"
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            slots, reader = await extract(text, llm)
        assert server.requests == []
    assert reader == "rules" and all(getattr(slots, k) for k in SLOT_NAMES)


async def test_an_overloaded_model_is_not_asked_to_read() -> None:
    with running_fake_openai() as server:
        server.mode, server.waiting = "json", 40  # vLLM's queue, far past llm_max_waiting
        async with LLMClient(Settings(llm_base_url=server.base_url, llm_max_waiting=16, _env_file=None)) as llm:
            slots, reader = await extract("给老王写条中秋祝福", llm)
        assert server.requests == []
    assert reader == "rules" and slots.name == "老王"


async def test_extraction_survives_a_dead_model() -> None:
    async with LLMClient(Settings(llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5, _env_file=None)) as llm:
        slots, reader = await extract("给老王写条中秋祝福", llm)
    assert reader == "rules" and slots.name == "老王"


@pytest.mark.parametrize("text,name", [
    # The issue's own shape: the story names a pet, or another person, after the recipient.
    ("给老王写条拜年微信，他是我大学室友，我们一起养过一只猫叫咪咪", "老王"),
    ("帮我给李姐写个中秋祝福，她和她先生小周上个月刚搬家", "李姐"),
    ("给张总发个春节祝福，去年和他们的技术总监老马一起熬了两个通宵", "张总"),
])
def test_the_one_the_greeting_is_for_wins_over_others_the_story_names(text: str, name: str) -> None:
    assert extract_rules(text).name == name


@pytest.mark.parametrize("text,name,relation", [
    # A name right after a relation word the vocabulary may not know well.
    ("给我的修车师傅阿强写个春节祝福，他帮我的老车撑过了第十年", "阿强", "修车师傅"),  # a mechanic, not a master
    ("给快递小哥小焦写个元旦祝福，下雨天他也准时", "小焦", "快递小哥"),
    # Named at the end, after the story.
    ("去年冬天她每天给我们送热豆浆，写个冬至的问候，写给楼下早餐店的欣姐", "欣姐", None),
    ("每周陪我爬一次山，端午想给他发一条，是我跑友大川", "大川", "跑友"),
    # A nickname or a teacher's title kept whole.
    ("给小乔老师写个教师节的，她带了我女儿两年钢琴", "小乔老师", None),
    ("给肥仔强写个元旦祝福，他今年终于考上驾照了", "肥仔强", None),
])
def test_the_recipient_is_found_however_the_request_names_them(text: str, name: str, relation: str | None) -> None:
    slots = extract_rules(text)
    assert slots.name == name
    if relation:
        assert slots.relation == relation


@pytest.mark.parametrize("text,relation,category", [
    ("帮我儿子给他的班主任孙老师写个教师节贺卡", "班主任", "老师"),
    ("我表姐提醒我，给舅舅写条中秋祝福", "舅舅", "家人"),
    ("给小敏写个七夕的，她是我女朋友，我们在地铁上认识的", "女朋友", "恋人"),
])
def test_the_relation_is_the_one_said_of_the_recipient(text: str, relation: str, category: str) -> None:
    slots = extract_rules(text)
    assert (slots.relation, slots.relation_category) == (relation, category)


@pytest.mark.parametrize("text,field,value", [
    # Pinyin and voice input put a sound-alike on the screen; the word meant is read.
    ("冬至快到了，给我上丝写个东至的问候", "holiday", "冬至"),
    ("给我上丝写个祝福", "relation", "上司"),
    ("给我闺秘写个段午节的祝福，活波一点", "holiday", "端午"),
    ("帮我给老张写个拜年的，商物一点", "style", "商务得体"),
])
def test_sound_alike_slips_are_read_as_the_word_meant(text: str, field: str, value: str) -> None:
    assert getattr(extract_rules(text), field) == value


def test_real_words_that_sound_like_ours_are_left_alone() -> None:
    slots = extract_rules("给老周写个中秋祝福，他去年出席了中央的表彰会，还给我们教室装了空调")
    assert slots.holiday == "中秋" and slots.name == "老周"
    assert "出席了中央的表彰会" in (slots.details or "")


def test_a_name_is_kept_as_written_even_next_to_a_slip() -> None:
    assert extract_rules("给王老斯写个教师接的祝福").name == "王老斯"


@pytest.mark.parametrize("text,fragment", [
    # What the recipient does or is, told without a word like 一起/去年/每次.
    ("端午给三姨写个祝福，她包的肉粽全村第一", "肉粽全村第一"),
    ("给我的游泳教练写个教师节的，他叫阿航，教我换气特别耐心", "换气特别耐心"),
])
def test_a_detail_about_them_is_kept_without_a_history_word(text: str, fragment: str) -> None:
    assert fragment in (extract_rules(text).details or "")


@pytest.mark.parametrize("text", ["给老周写个中秋祝福，喜庆一点，她叫周梅", "帮我给王总写个春节祝福，他是我们的客户，中秋快到了"])
def test_the_name_style_relation_and_holiday_are_not_details(text: str) -> None:
    assert extract_rules(text).details is None


@pytest.mark.parametrize("text,relation,category", [
    ("给邹医生写个元旦问候，他是我妈的主治医生", "主治医生", "其他"),  # who they are is the word after 的
    ("给我女儿的钢琴老师写个教师节祝福", "钢琴老师", "老师"),
    ("给欧叔写个重阳节的，他是我爸的老战友", "老战友", "其他"),  # a family's friend is not family
])
def test_in_a_chain_of_relations_the_last_one_says_who_they_are(text: str, relation: str, category: str) -> None:
    slots = extract_rules(text)
    assert (slots.relation, slots.relation_category) == (relation, category)


def test_a_slip_in_the_medium_is_read_as_the_medium() -> None:
    assert extract_rules("给二舅写条拜年威信").occasion == "微信"
    assert extract_rules("给老贺写个中秋的，用段信发").occasion == "短信"


@pytest.mark.parametrize("text,name", [
    ("给我们村的宓总写个春节祝福", "宓总"),  # a rarer surname
    ("给我外公外婆写个重阳节的祝福", "外公外婆"),  # both of them
    ("给我队友写个中秋的，他叫大海我们一起打了三年球", "大海"),
])
def test_rarer_names_and_pairs_are_found(text: str, name: str) -> None:
    assert extract_rules(text).name == name


def test_an_old_employer_is_not_a_name() -> None:
    assert extract_rules("给老东家的同事写个中秋祝福").name is None


@pytest.mark.parametrize("text,name", [
    ("那个冬至了帮我给带教老师写个问候她叫欧阳老师两三句话就行", "欧阳老师"),  # the whole title, 叫 with no stop after
    ("给我家老太太写个春节的祝福", "老太太"),
    ("给师姐写个中秋祝福，一句话就够", "师姐"),  # 师兄/师姐 are how they are addressed
])
def test_forms_of_address_are_kept_whole(text: str, name: str) -> None:
    assert extract_rules(text).name == name


@pytest.mark.parametrize("text", ["教师节给我高中的语文老师写一条短信", "给投资人写个端午的，就当是写给董事会的信"])
def test_a_school_or_a_board_is_not_a_person(text: str) -> None:
    assert extract_rules(text).name is None


def test_a_message_typed_by_voice_is_cut_where_it_turns_to_a_new_thing() -> None:
    slots = extract_rules("给我小姨写个中秋的祝福她做的桂花糕是全家最好吃的喜庆一点")
    assert slots.name == "小姨" and slots.style == "传统喜庆"
    assert "桂花糕是全家最好吃的" in (slots.details or "") and "喜庆" not in (slots.details or "")
    assert "是他领投的" in (extract_rules("春节 投资人 钱总 商务 200字左右 前年A轮是他领投的").details or "")


@pytest.mark.parametrize("text,name,relation,category", [
    ("给发小的妈妈写个重阳节祝福，我叫她刘姨，小时候在她家蹭了无数顿饭", "刘姨", "发小的妈妈", "其他"),
    ("给我闺蜜的妈妈写个生日祝福", None, "闺蜜的妈妈", "其他"),  # nobody calls a friend's mother 妈妈
    # a parent's friend is the parent's, not one of the user's friends
    ("给我爸的老战友写个春节祝福，我们都叫他李叔", "李叔", "爸的老战友", "其他"),
    ("给老同学写个中秋祝福", None, "老同学", "朋友"),  # 老同学 is a relation, not 老 + a surname 同
])
def test_someone_elses_kin_and_old_friends_are_read_as_the_user_addresses_them(
        text: str, name: str | None, relation: str, category: str) -> None:
    slots = extract_rules(text)
    assert (slots.name, slots.relation, slots.relation_category) == (name, relation, category)


@pytest.mark.parametrize("text,holiday", [("给我发晓阿杰写个端五祝福", "端午"), ("七系快到了帮我给老婆写个祝福", "七夕")])
def test_a_holiday_typed_by_its_sound_is_read_even_with_a_number_in_it(text: str, holiday: str) -> None:
    assert extract_rules(text).holiday == holiday
    assert extract_rules("给老王写个祝福，早上五点发").style is None  # a time stays a time


@pytest.mark.parametrize("text,relation,category", [
    ("给我的健身搭子阿杰写个元旦祝福", "健身搭子", "朋友"),
    ("帮我给公司出纳小刘写个中秋的", "出纳", "同事"),
    ("给我们跑团的团长写条国庆祝福", "团长", "朋友"),
    ("帮我给给我剪了五年头的发型师Kevin写个圣诞祝福", "发型师", "其他"),
    ("write a christmas note for our dog's vet, Dr. Lee", "vet", "其他"),
])
def test_relations_people_have_that_the_first_vocabulary_lacked(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert relation in (s.relation or "") and s.relation_category == category


@pytest.mark.parametrize("text,name,relation,category", [
    ("给我老公的妈妈写个母亲节祝福", None, "老公的妈妈", "家人"),
    ("帮我给我爸的老同事周叔写个重阳节的", "周叔", "爸的老同事", "其他"),
    ("给客户那边的老板写个春节祝福，商务一点", None, "客户那边的老板", "客户"),
])
def test_someone_elses_people_belong_to_whom_they_belong(
        text: str, name: str | None, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation_category) == (name, category) and relation in (s.relation or "")


@pytest.mark.parametrize("text,name", [
    ("Linda姐，帮我想想给她的春节祝福怎么写", "Linda姐"),
    ("阿明，中秋快乐这种话帮我写得有意思点，他是我初中同学", "阿明"),
    ("我们家宝宝的钢琴老师刘老师，教师节想给她发条消息", "刘老师"),
])
def test_a_name_said_first_or_with_a_title_is_the_recipient(text: str, name: str) -> None:
    assert extract_rules(text).name == name


def test_what_a_child_calls_someone_is_not_the_users_name_for_them() -> None:
    s = extract_rules("给我公公写个重阳节的祝福，孩子们都叫他爷爷，他退休前是中学校长")
    assert s.name != "爷爷"


@pytest.mark.parametrize("text,bucket", [
    ("帮我给老周写个春节祝福，一百字到两百字之间", "100-200"),
    ("给我妈写条中秋祝福，别写太长", "<=50"),
    ("a christmas text for my sister Amy, nothing long", "<=50"),
])
def test_how_people_ask_for_a_length_is_read_as_a_bucket(text: str, bucket: str) -> None:
    assert extract_rules(text).length == bucket


@pytest.mark.parametrize("text", [
    "给舅舅写个元旦祝福🎉他去年刚退休👍",
    "给舅舅写个元旦祝福👨‍👩‍👧他去年刚退休",
])
def test_an_emoji_ends_a_clause_as_a_comma_would(text: str) -> None:
    s = extract_rules(text)
    assert s.name == "舅舅" and s.holiday == "元旦" and "退休" in (s.details or "")


def test_a_channel_someone_else_uses_or_the_user_rules_out_is_not_the_occasion() -> None:
    assert extract_rules("给班主任写个教师节祝福，不发群里，她平时都在群里发作业").occasion is None
    assert extract_rules("给班主任写个教师节祝福，我私聊发微信").occasion == "微信"


def test_we_were_that_to_each_other_is_a_shared_history() -> None:
    s = extract_rules("帮我给老同学小敏写个生日祝福，我们初中就是同桌")
    assert "同桌" in (s.details or "")


@pytest.mark.parametrize("text,name,category", [
    ("端午想给护工刘阿姨写几句，我奶奶住院全靠她照顾", "刘阿姨", "其他"),  # 奶奶 is in the story, not the recipient
    ("给我舞伴老季写条中秋祝福，我们跳了五年探戈", "老季", "朋友"),
    ("给我的助理Nina写个元旦祝福，她今年帮我排了两百多个会", "Nina", "下属"),
    ("国庆给供应商发封邮件，对接人是Kevin，今年一次货都没晚过", "Kevin", "合作伙伴"),
    ("For Thanksgiving, a note for my stepmom Julia, she taught me to bake", "Julia", "家人"),
    ("my neighbor Tom and I want to send our landlord Mr. Reyes a Christmas card", "Mr. Reyes", "其他"),
    ("Write a Double Ninth message for my grandmother (we call her Mimi)", "Mimi", "家人"),
])
def test_people_named_after_words_for_who_they_are_are_found(text: str, name: str, category: str) -> None:
    slots = extract_rules(text)
    assert (slots.name, slots.relation_category) == (name, category)


@pytest.mark.parametrize("text", ["给外婆写个春节祝福，她今年学会了视频通话", "给易老师写个教师节祝福，她每天晚上在群里回消息"])
def test_a_channel_in_the_story_is_not_how_it_is_sent(text: str) -> None:
    assert extract_rules(text).occasion is None


@pytest.mark.parametrize("text,fragment", [
    ("老许离职时还给我写了推荐信，国庆给他发条微信", "写了推荐信"),  # "给我写了" is what he did, not the ask
    ("给婆婆写条重阳祝福，她腰不好还坚持每天接送孙子", "每天接送孙子"),
    ("给小区门口的快递小哥写个中秋祝福，双十一的时候他天天加班给我们送到门口", "送到门口"),
    ("A Lantern Festival note for my boss Ann. She drove me to the hospital last winter.", "drove me to the hospital"),
])
def test_what_they_did_is_a_detail_even_without_a_history_word(text: str, fragment: str) -> None:
    assert fragment in (extract_rules(text).details or "")


@pytest.mark.parametrize("text", ["你直接写", "你看着办 别太肉麻就行", "下周不是冬至嘛", "丢到我们家那个群里", "打电话的时候念"])
def test_an_answer_that_leaves_it_to_us_or_says_where_it_goes_is_no_detail(text: str) -> None:
    assert extract_rules(text).details is None


def test_a_title_asked_for_stays_with_the_name() -> None:
    assert extract_rules("给Aunt Lily写条圣诞祝福，她教了我三年钢琴").name == "Aunt Lily"


@pytest.mark.parametrize("text,relation,category", [
    ("给我们小区的网格员小邓写个中秋祝福", "网格员", "其他"),  # a role the neighbourhood has, not a friend
    ("帮我给理疗师阿梅写条感恩节祝福，她帮我把腰养好了", "理疗师", "其他"),
    ("给Yuki写个新年祝福，她是我们的外包方，今年帮我们赶了三次版本", "外包方", "合作伙伴"),
    ("给我连襟写个拜年微信，我俩每年都陪老丈人喝酒", "连襟", "家人"),
    ("给乙方的驻场工程师老焦写个元旦祝福", "驻场工程师", "合作伙伴"),  # their side's person is still their side
    ("For Thanksgiving, something for my therapist, she got me through a hard year", "therapist", "其他"),
])
def test_roles_and_kin_words_people_use_are_relations(text: str, relation: str, category: str) -> None:
    slots = extract_rules(text)
    assert relation in (slots.relation or "") and slots.relation_category == category


def test_a_three_character_trade_is_not_heard_in_ordinary_words() -> None:
    assert extract_rules("除夕要给师兄发条微信，他帮我把实验重跑了一遍").relation == "师兄"  # 要给师 is no 药剂师


@pytest.mark.parametrize("text,name", [
    ("帮我给方董写封新年邮件，她是我们的投资人", "方董"),  # a surname and a title is a name, though 方董 sounds like 房东
    ("我老婆让我帮她给她师父写条中秋祝福，用她的口气", "师父"),  # written in her voice, to the one she calls 师父
    ("写老莫就行 他是我舅舅", "老莫"), ("猴子生日快到了，给他写个损一点的", "猴子"),
    ("小吴老师是我儿子的钢琴老师，教师节想给她发一条", "小吴老师"), ("给HR小哥哥Leo写条中秋祝福", "Leo"),
    ("给大姑姐写个中秋祝福吧", None),  # 大姑姐 says who she is; one calls her 姐
])
def test_the_name_is_how_the_user_addresses_them(text: str, name: str | None) -> None:
    assert extract_rules(text).name == name


def test_who_asks_in_the_ask_s_own_clause_is_not_who_it_is_for() -> None:
    slots = extract_rules("我儿子想给篮球队的雷教练送张新年贺卡，让我帮他想几句")
    assert (slots.name, slots.relation) == ("雷教练", None)


def test_someone_on_the_client_s_side_is_said_with_the_client() -> None:
    slots = extract_rules("client那边的老大Mr. Lee刚升了总监，国庆给他发封email")
    assert "client" in (slots.relation or "") and slots.relation_category == "客户"


@pytest.mark.parametrize("text,field,value", [
    ("七喜快到了 给女朋友写个祝福", "holiday", "七夕"),  # a real word, but 快到了 says a holiday was meant
    ("给客户写个端午祝福 上午一点", "style", "商务得体"), ("给同事写个冬至祝福 带点成序员梗", "style", "LLM科技风"),
    ("跨年那天晚上发", "holiday", "元旦"), ("八月半给干妈写个祝福", "holiday", "中秋"),
    ("给上司写个生日祝福 一白字左右", "length", "50-100"), ("我准备手写在明信片上", "occasion", "明信片"),
])
def test_slips_and_other_ways_of_saying_a_slot_are_read(text: str, field: str, value: str) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,name,relation", [
    ("给我们仓库的叉车工老汪写个中秋祝福", "老汪", "叉车工"),  # a role the vocabulary lacks, read by its ending
    ("给我二姨写个不对是三姨写个元宵祝福", "三姨", "三姨"),  # what is said after the slip is meant
    ("给我继父写条父亲节祝福，我一直叫他老周", "老周", "继父"),
    ("我是科里的护士，给我们科的易主任写个元旦祝福", "易主任", None),  # 护士 is who the user is
])
def test_who_it_is_for_after_roles_slips_and_the_user_s_own_role(text: str, name: str, relation: str | None) -> None:
    slots = extract_rules(text)
    assert slots.name == name and (relation is None or relation in (slots.relation or ""))
    assert relation is not None or slots.relation != "护士"


def test_an_english_title_keeps_the_whole_name() -> None:
    assert extract_rules("Grandma June turns 88 this week, something warm for her birthday").name == "Grandma June"


@pytest.mark.parametrize("text,name,category", [
    ("帮我儿子给他外婆写个母亲节祝福", "外婆", "家人"),  # written for the one in the ask's own clause, to their person
    ("我媳妇让我给她表哥写条元旦祝福，就是我媳妇的表哥大伟", "大伟", "家人"),
    ("给我儿子同桌的妈妈Lily发个中秋祝福", "Lily", "其他"),  # a classmate's mother is not our family
    ("给药房的店员小章写个新年祝福", "小章", "其他"),  # the pharmacy's staff, not our colleague
])
def test_someone_else_s_person_is_read_as_theirs(text: str, name: str, category: str) -> None:
    slots = extract_rules(text)
    assert (slots.name, slots.relation_category) == (name, category)


@pytest.mark.parametrize("text,field,value", [
    ("给我同学写个生日祝福，她生日正好是平安夜", "holiday", "生日"),  # the other day only dates the birthday
    ("what should I send my landlord for new years?", "holiday", "元旦"),
    ("给我表哥写个元旦祝福一百字左右算了他不爱看字五十个字以内就行", "length", "<=50"),  # the last mind wins
    ("给我妈写个祝福发微信吧哦不对她不看微信还是发短信", "occasion", "短信"),
    ("年会上给店长说几句，她今年把我转成了正式员工", "style", None),  # 正式员工 is no style asked
    ("给我弟写条元旦祝福，随便损他两句", "style", "轻松自然"), ("给组长写条圣诞祝福，带点运维梗", "style", "LLM科技风"),
    ("给我老师写封新年祝福，用手写信的形式", "occasion", "手写信"), ("写几句短的", "length", "<=50"),
])
def test_changes_of_mind_dated_birthdays_and_more_ways_of_asking(text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,name,relation", [
    ("给她的古筝老师写张春节贺卡，是我女儿的老师", None, "古筝老师"),  # her teacher, said by what she teaches
    ("给Uncle Bo写条春节祝福，他是我妈的表哥", "Uncle Bo", "表哥"),  # what is said of him beats the title
    ("给老幸写个元旦祝福啊不对别叫老幸了叫幸总吧", "幸总", None),
    ("Christmas card for our dog walker Jess, she walks our dog every weekday", "Jess", "dog walker"),
])
def test_teachers_by_subject_titles_and_renamings(text: str, name: str | None, relation: str | None) -> None:
    slots = extract_rules(text)
    assert slots.name == name and (relation is None or relation in (slots.relation or ""))


@pytest.mark.parametrize("text,field,value", [
    ("给我儿子的班主任写个元旦祝福，谢谢老师这一学期", "name", None),  # 谢谢老师 thanks a teacher named nothing
    ("欧阳总那边我得发个圣诞祝福", "name", "欧阳总"), ("给岳父母写个春节拜年的", "name", None),
    ("Dana has walked our dog every weekday since spring, a short Christmas note please", "name", "Dana"),
    ("给我表没写个元宵祝福", "relation", "表妹"),  # 没 read as it usually is (mei), not as mo
    ("Something sweet for my husband for New Year's Eve", "holiday", "元旦"),
    ("写个一百三四十字的", "length", "100-200"), ("两三行就够了", "length", "<=50"),
    ("给主任写个春节祝福一百字吧不对一百字太长了五十字以内", "length", "<=50"), ("发到我们班级群", "occasion", "群里"),
])
def test_more_names_slips_and_sizes_are_read(text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,field,value", [
    ("给我小舅子写条元旦祝福", "name", None), ("他今年当上了店长", "relation", None), ("发邮件 抄送我们老板", "relation", None),
    ("a New Year email to our franchise partner Mr. Tan", "relation_category", "合作伙伴"),  # no lover
    ("a thank-you to my supervisor Prof. Lin for editing three papers", "relation_category", "老师"),
    ("我大侄子的媳妇叫佳佳，帮我写条拜年的", "relation_category", "家人"),
])
def test_roles_taken_on_copied_in_and_partners_in_business(text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,field,value", [
    ("老妈让我帮她写个端午祝福发给她们舞蹈队的领队琴姐", "name", "琴姐"),  # written for mum, to her person
    ("我哥让我帮他给他女朋友写段七夕的话", "name", None),
    ("蓝蓝是我在健身房认识的，元旦给她发条祝福", "name", "蓝蓝"), ("阿May是我的美甲师，元旦给她发条祝福", "name", "阿May"),
    ("翁老是我们所的老专家，春节给他写条祝福", "name", "翁老"), ("喊三婶就行", "relation", "三婶"),
    ("我们一起爬过四姑娘山", "relation", None),  # a peak, not an aunt
    ("grandma's 90th birthday is on sunday!! something short", "relation", "grandma"),
    ("I'll post it in our team chat", "occasion", "群里"), ("吃饭的时候我举杯说", "occasion", "当面说"),
    ("就两行吧", "length", "<=50"),
])
def test_the_ninth_helper_s_kinds_of_request_are_read(text: str, field: str, value: str | None) -> None:
    got = getattr(extract_rules(text), field)
    assert (value in (got or "")) if field == "details" else got == value


@pytest.mark.parametrize("text,field,value", [
    ("给王姐写条生日祝福，写长点，算了还是短点吧", "length", "<=50"),  # the last length said wins
    ("明天是我表哥生日，帮我写个祝福", "name", "表哥"),  # 明天 is a day, not a name
    ("给奶奶写段重阳祝福，吃饭时我念给她听", "occasion", "当面说"),  # read out to her
    ("给奶奶写段重阳祝福，我打电话的时候念给她听", "occasion", "电话里说"),  # read out, on the phone
    ("给刘总发个春节祝福，他是我们的合作火伴", "relation", "合作伙伴"),  # four syllables alike: a slip
    ("给大学舍友小丁写个元宵祝福", "relation", "大学舍友"),  # but 舍 read by its rare sound makes no 室友
    ("春节给我们厂的鲁厂长写条拜年短信", "relation", None),  # 厂的 is no 干弟
    ("给我们家大厨写个父亲节祝福，就是我老公", "relation", "老公"),  # a role in jest, then who he is
    ("给我干姐写个中秋祝福", "relation_category", "家人"),
    ("给老爸写个中秋的，他年轻时在工地喊过一声苦都没有", "name", "老爸"),  # 喊过 calls him nothing
    ("给李总写个春节祝福，把我们一起跑展会那晚写进去", "details", "一起跑展会"),
])
def test_last_wishes_days_read_outs_and_sound_alike_partners(text: str, field: str, value: str | None) -> None:
    got = getattr(extract_rules(text), field)
    assert (value in (got or "")) if field == "details" else got == value


@pytest.mark.parametrize("text,field,value", [
    ("元旦给小顾写条祝福，她是我健身房的教练", "relation", "教练"),  # 小顾 is a name, no 小姑
    ("给我导师写个感嗯节的祝福", "holiday", "感恩节"),  # 嗯 typed for 恩
    ("a birthday note for my roommate Soo-min, she turns 30", "name", "Soo-min"),
    ("a thanksgiving message for my uncle, keep it cheeky", "style", "轻松自然"),
    ("a birthday card for my aunt Ruth", "occasion", "卡片"),  # a card is 卡片 whatever the language
])
def test_surname_names_interjection_slips_hyphenated_names_and_cards(text: str, field: str, value: str) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,field,value", [
    ("我和我对象每周都去那家面馆，想一起给面馆的刘叔写个元旦祝福，他每次都给我们多加个蛋", "relation", None),  # co-writer
    ("中秋给阿杰写个祝福，他下个月要跟他女朋友去冰岛，我俩是高中同桌", "relation", "同桌"),  # what we two are
    ("给表哥写个春节祝福，这个春节又轮到他值班", "details", "轮到他值班"),  # the holiday named in a story of him
])
def test_co_writers_what_we_two_are_and_stories_that_name_the_holiday(text: str, field: str, value: str | None) -> None:
    got = getattr(extract_rules(text), field)
    assert (value in (got or "")) if field == "details" else got == value


@pytest.mark.parametrize("text,detail", [
    ("客户，做跨境电商的", "做跨境电商的"),  # their trade, said in a reply
    ("Birthday wishes for my cousin Mia, she turns 21 next week", "turns 21"),
    ("给帮我打赢官司的周律师写个元旦祝福", "打赢官司"),  # what they did for us, inside the ask
    ("冬至给我姥姥写个祝福 她八十五了还自己包了两百个饺子给我们寄过来", "两百个饺子"),  # 寄过来 is no ask
    ("给师姐写个教师节祝福，我上岸了，多亏她的笔记", "上岸"),
])
def test_trades_ages_deeds_in_the_ask_and_parcels_are_details(text: str, detail: str) -> None:
    assert detail in (extract_rules(text).details or "")


def test_what_to_write_is_no_detail() -> None:
    assert extract_rules("冬至给岳父打个电话，帮我写几句他爱听的").details is None


@pytest.mark.parametrize("text,category", [
    ("给我们的代驾师傅小马写个元旦祝福，他每次都把车开得稳稳的", "其他"),
    ("给我的前老板写个春节祝福，他教会了我怎么带团队", "领导"),
    ("给我的经纪人写个中秋祝福，今年她帮我接了三部戏", "合作伙伴"),
    ("给我女儿的幼师写个教师节祝福", "老师"),
    ("a christmas card for our mailman Joe, he always leaves packages by the back door", "其他"),
])
def test_roles_around_us_that_no_request_has_used_yet(text: str, category: str) -> None:
    assert extract_rules(text).relation_category == category


@pytest.mark.parametrize("text,name", [
    ("给我表弟写个元旦祝福，他今年刚入伍", None), ("给我弟写个生日祝福", None),  # called by his name, not 弟
    ("给我表哥写个元旦祝福", "表哥"), ("给我姐写个生日祝福", "姐"),  # elders are called by the kin word
])
def test_younger_kin_are_called_by_their_names_elders_by_the_kin_word(text: str, name: str | None) -> None:
    assert extract_rules(text).name == name


@pytest.mark.parametrize("text,relation,category", [
    ("给老周的爸爸写个生日祝福", "老周的爸爸", "其他"),  # somebody's family is not ours
    ("给我发小的老婆写个生日祝福", "发小的老婆", "其他"),  # nor a friend's wife ours to call 老婆
    ("给我老婆的表哥写个春节祝福", "老婆的表哥", "家人"),  # but a spouse's kin is
])
def test_the_family_of_someone_else_is_theirs(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation, s.relation_category) == (None, relation, category)


def test_our_kin_in_the_story_of_someone_we_name_do_not_make_them_kin() -> None:
    s = extract_rules("给温主任写条春节祝福，我爸的心脏搭桥是他做的，很成功")
    assert (s.name, s.relation_category) == ("温主任", None)


def test_an_old_spouse_is_a_partner_and_called_so() -> None:
    s = extract_rules("给我老伴写个重阳祝福，我们结婚四十年了")
    assert (s.name, s.relation, s.relation_category) == ("老伴", "老伴", "恋人")


@pytest.mark.parametrize("text,field,value", [
    ("给我妈写个母亲节祝福，我打算当免跟她说", "occasion", "当面说"),  # 打算 before the slip, not 打
    ("给媳妇写个七西的，我们在一起五年了", "holiday", "七夕"),  # the holiday said before 的
    ("给我对象写个情人姐的祝福", "holiday", "情人节"),  # 姐 typed for 节
    ("给我师父写条拜年微信，写得喜兴点", "style", "传统喜庆"),
    ("给阿彪写条元旦祝福，跟我们平时说话一样就行", "style", "轻松自然"),
])
def test_more_slips_and_ways_to_ask_for_a_style(text: str, field: str, value: str) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,name,relation,category", [
    # asked for by someone, to their group's person, in a word the vocabulary may lack
    ("我爸让我帮他给他们车队的领队写个春节祝福，大家叫他老韦", "老韦", "领队", "朋友"),
    ("我儿子让我帮他给他们乐队的吉他手写个生日祝福", None, "吉他手", "朋友"),  # 吉他手's 他 is no pronoun
    ("元旦我表姐想给她男朋友写段话，让我帮忙", None, "男朋友", "恋人"),  # whoever wants it written is not the one
    ("冬至给我们店的送水工小蒲写几句", "小蒲", "送水工", "其他"),  # 送水工 is no 送
])
def test_the_person_of_whoever_asks_us_to_write(text: str, name: str | None, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation, s.relation_category) == (name, relation, category)


@pytest.mark.parametrize("text,relation,category", [
    ("给我带的管培生写个元旦祝福", "管培生", "下属"), ("给我们戏曲社的票友写几句", "票友", "朋友"),
    ("给合作的货代写封邮件", "货代", "合作伙伴"), ("给我们台长写个新年祝福", "台长", "领导"),
    ("给小区门口的裁缝写个感谢", "裁缝", "其他"), ("给我的高数老师写个祝福", "高数老师", "老师"),
])
def test_more_roles_people_have_around_them(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.relation, s.relation_category) == (relation, category)


@pytest.mark.parametrize("text,name,relation", [
    # voice input runs on after the correction: the longest relation at its start is the one meant
    ("帮我给我二姨写个元宵的祝福哎不对是给我二姨父二姨父今年刚退休", "二姨父", "二姨父"),
    ("给我妈写个重阳的祝福啊不对是给我姥姥我妈那份我自己写", "姥姥", "姥姥"),
    ("春节要在家族群发一段哦不对给我外公单独发一条", "外公", "外公"),  # 单独 is how, not who
])
def test_the_recipient_said_after_a_spoken_correction(text: str, name: str, relation: str) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation) == (name, relation)


@pytest.mark.parametrize("text,name", [
    ("给我供应商写个中秋祝福他是做包装的叫老滕不对不对叫滕总", "滕总"),
    ("帮我给隔壁组的运维写个元旦祝福他叫老岳哦不对老岳是他组长他叫阿霖上周帮我修好了服务器", "阿霖"),
])
def test_a_name_taken_back_gives_way_to_the_one_after(text: str, name: str) -> None:
    assert extract_rules(text).name == name


def test_a_stutter_corrects_the_holiday_instead_of_ruling_it_out() -> None:
    assert extract_rules("帮我写个端午的不是不是中秋的祝福给我们科的老葛").holiday == "中秋"


@pytest.mark.parametrize("text,field,value", [
    ("春节给零导发个拜年微信", "relation", "领导"),  # the slip just before the ask's verb; 零 is no time here
    ("给我的研究生到师写段话", "relation_category", "老师"),
    ("元旦给我的贵蜜写个祝福", "relation", "闺蜜"),
    ("给芹姐写个春节祝福", "name", "芹姐"),  # a name there is no slip (芹姐 also reads 亲姐)
    ("中秋给老板发条徽信", "occasion", "微信"),  # a slip of the eye
    ("感恩节想挡面跟师父说几句", "occasion", "当面说"),
])
def test_slips_where_the_ask_names_them(text: str, field: str, value: str) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,occasion", [
    ("我们组最忙的时候一天要接几百个电话，小琪总帮我顶着。帮我给小琪写段生日祝福，发钉钉", "钉钉"),  # the one sent on
    ("我和阿岚是在一个跑步的群里认识的，元旦给她写个祝福", None),  # met in a group: no group to send to
])
def test_the_channel_after_the_verb_is_the_one_asked_for(text: str, occasion: str | None) -> None:
    assert extract_rules(text).occasion == occasion


@pytest.mark.parametrize("text,name,relation", [
    ("老婆让我替她给她的科长写条国庆祝福", None, "科长"),  # 替她 asks for her
    ("奶奶让我教她给她的棋友写元宵祝福", None, "棋友"),  # and so does 教她
    ("表姐想给她男朋友的爸爸写个父亲节祝福", None, "男朋友的爸爸"),  # whoever wants it, said first
    ("我爸说让我给楼上的韦叔也写个中秋祝福", "韦叔", None),  # 也 before the verb
    ("帮我写个冬至的给我表姨哎呀说错了是表姨妈她包的饺子最好吃", "表姨妈", "表姨妈"),
])
def test_who_it_is_for_when_someone_else_asks_or_the_user_corrects_themselves(
        text: str, name: str | None, relation: str | None) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation) == (name, relation)


@pytest.mark.parametrize("text,relation,category", [
    ("给我老泰山写个端午祝福", "老泰山", "家人"), ("给我挑担写条中秋微信", "挑担", "家人"),
    ("给我们店的常客陶姐写个中秋祝福", "常客", "客户"), ("给我们家的育婴师写个春节祝福", "育婴师", "其他"),
    ("给我带的应届生写个中秋祝福", "应届生", "下属"), ("给我们跑团的冠名商写个元旦邮件", "冠名商", "合作伙伴"),
    ("Chongyang greeting for my great-uncle Bo", "great-uncle", "家人"),
])
def test_and_more_roles_still(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.relation, s.relation_category) == (relation, category)


@pytest.mark.parametrize("text", ["给我大伯子写个生日祝福", "给我孙女婿写个重阳祝福", "给我继母写几句", "给我养父写个父亲节的祝福"])
def test_kin_described_not_called_by_the_word_name_no_one(text: str) -> None:
    assert extract_rules(text).name is None


@pytest.mark.parametrize("text,field,value", [
    ("给我干娘写个母亲解的祝福", "holiday", "母亲节"), ("冬只到了，给我岳丈写两句", "holiday", "冬至"),
    ("到时我们视平的时候念给他听", "occasion", "视频里说"), ("给我们产科的杭医生写个元旦祝福", "relation", None),
])
def test_yet_more_slips(text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,category", [
    ("小卢是我们店新来的服务员，我是店长，过年给他写两句", "下属"),  # the user says they are the boss
    ("给我们实验室的PI写两句，我是他组里的博士后", "领导"),  # or that they work under them
    ("给我们运维组的组长写条圣诞祝福", "领导"),  # 运维组 is a department; 组长 is who they are
])
def test_who_the_user_is_to_them_decides_the_category(text: str, category: str) -> None:
    assert extract_rules(text).relation_category == category


def test_a_word_that_starts_like_a_name_is_no_name() -> None:
    assert extract_rules("给我挑担写条中秋微信，他今年帮我老丈人把老房子翻修了").name is None  # 老房子 names no 老房


def test_a_co_sender_in_english_is_not_the_recipient() -> None:
    s = extract_rules("My brother and I want to send our stepmom a Mother's Day text")
    assert s.relation == "stepmom"


@pytest.mark.parametrize("text", [
    "我和老公是在高铁上认识的，今年七夕他要出差，帮我写段话",  # 和 is a surname, but 和老 is 老公's start
    "初二那年我被叫到办公室的时候以为要挨骂，帮我给初中的物理老师写个教师节祝福",
    "I met her when I moved to Rotterdam, write a birthday note for my best friend",
])
def test_no_phrase_or_place_is_taken_for_a_name(text: str) -> None:
    name = extract_rules(text).name
    assert name not in ("和老", "到办公室", "Rotterdam")


@pytest.mark.parametrize("text,relation,category", [
    ("情人节给我家那口子写几句，结婚四十年了", "那口子", "恋人"), ("父亲节帮我给孩子他爸写几句", "孩子他爸", "恋人"),
    ("元宵节想给儿子的补课老师写个祝福", "补课老师", "老师"), ("给我们合作的报关行写个元旦邮件", "报关行", "合作伙伴"),
    ("给我手下的瓦工老鲍写个元宵祝福", "瓦工", "下属"), ("中秋想给跟了我四年的出纳写几句", "出纳", "下属"),
])
def test_spouses_said_the_old_way_and_people_who_work_under_us(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.relation, s.relation_category) == (relation, category)


@pytest.mark.parametrize("text,field,value", [
    ("帮我给家庭医生写个新年祝福", "name", None),  # 家庭医生 names no 庭医生
    ("随意点就行 我们很熟", "name", None),  # how to write it, not whom to
    ("帮我给客户发个端午的邮件哎呀不是邮件是短信", "occasion", "短信"),  # what is said after the change of mind
    ("木亲节给我妈写个段一点的", "length", "<=50"),  # 短 typed by sound
])
def test_no_name_from_a_longer_word_or_a_style_and_a_medium_taken_back(text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,name,relation", [
    ("冬至给宦婆婆写个祝福，她包的饺子最好吃", "宦婆婆", None),  # a surname and 婆婆: how a neighbour is called
    ("给揭师傅写个春节祝福，我家装修就是他带的队", "揭师傅", None),
    ("给我表哥写个冬至祝福——哦写错了，是给我表姐", "表姐", "表姐"),
])
def test_elders_called_by_surname_and_a_slip_of_the_pen(text: str, name: str, relation: str | None) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation) == (name, relation)


@pytest.mark.parametrize("text,name", [("给美美写个生日祝福", "美美"), ("给格格写个生日祝福", "格格"), ("给洁洁写个七夕祝福", "洁洁")])
def test_a_doubled_nickname_is_a_name_not_a_sound_slip_of_kin(text: str, name: str) -> None:
    s = extract_rules(text)  # 美美 sounds like 妹妹, 格格 like 哥哥, 洁洁 like 姐姐
    assert (s.name, s.relation) == (name, None)


@pytest.mark.parametrize("text,name,relation", [
    ("给老闫写个中秋祝福，他是我们厂的老师傅", "老闫", "老师傅"),  # 老闫 lao-yan is no 老乡 lao-xiang
    ("给老宫写个情人节祝福", "老宫", "老公"),  # the same sound exactly: 老公 typed by pinyin, the name as typed
    ("给家里的育儿嫂写个春节祝福，她照顾我家老大三年了", None, "育儿嫂"),  # no 二嫂 inside it
    ("给表舅一家写条拜年微信", None, "表舅"), ("给老钱一家写个拜年的", "老钱", None),
    ("她是我嫂子", None, "嫂子"),  # answers "who is she to you?": the relation, not how she is addressed
    ("给孙女写个生日祝福，她今年上小学了", None, "孙女"),  # nobody calls a granddaughter 孙女
])
def test_a_name_that_sounds_like_kin_a_household_and_relations_told_name_whom_they_should(
        text: str, name: str | None, relation: str | None) -> None:
    s = extract_rules(text)
    assert (s.name, s.relation) == (name, relation)


@pytest.mark.parametrize("text,detail", [
    ("除夕给在消防队值班的男朋友写几句", "在消防队值班"), ("给买了我们两台车的客户写个感恩节的微信", "买了我们两台车"),
    ("给上次带我们爬黄山的导游写个国庆祝福", "上次带我们爬黄山"),
])
def test_what_they_do_said_before_who_they_are_is_a_detail(text: str, detail: str) -> None:
    assert detail in (extract_rules(text).details or "")


@pytest.mark.parametrize("text", [
    "给我带的两个实习生写个国庆祝福，安慰安慰他们", "冬至给同事们写个祝福，发我们车间群里", "随便一点，我们很熟",
    "我平时喊他老谷", "就写Olga吧", "领班下周生日，写条微信",
])
def test_what_to_do_where_it_goes_how_close_we_are_and_when_is_no_detail(text: str) -> None:
    assert extract_rules(text).details is None


def test_a_relation_word_we_know_is_not_read_as_a_slip_inside_it_and_one_line_or_not_much_is_short() -> None:
    assert extract_rules("给合作的民宿主人写个端午祝福").relation == "民宿主人"  # 主人 sounds like 主任
    assert extract_length("元旦给组里的同事写一句") == "<=50" and extract_length("给我干妈发条短信，不用写太多") == "<=50"
    assert extract_length("他说一句坐下，狗就坐下了") is None  # a line in the story is no length asked


@pytest.mark.parametrize("text,field,value", [
    ("奶奶九十大寿，帮我写一段在寿宴上说的", "holiday", "生日"), ("帮我写个纯节的邮件给客户", "holiday", "春节"),
    ("给供应商写个感思节的邮件", "holiday", "感恩节"), ("给我老老写个中秋祝福", "relation", "姥姥"),
    ("给「豆包」写个生日祝福，她是我初中同桌", "name", "豆包"), ("她英文名Oona", "name", "Oona"),
    ("给我同学写个生日的她叫阿茵不对不对是阿萤", "name", "阿萤"), ("给孩子幼儿园的老师写个教师节祝福", "name", None),
    ("给我的通勤搭子写个元旦祝福", "relation", "通勤搭子"),  # 通勤 is no slip for 同期
    ("给我妈写个中秋祝福，她天天在家族群里发语音", "occasion", None), ("我到时候当着她面念", "occasion", "当面说"),
    ("给老妈发条微信，短短的就行，她不爱看长的", "details", None), ("搞笑一点，他就吃这套", "details", None),
])
def test_a_birthday_feast_holidays_mistyped_quoted_and_english_names_and_what_is_no_story(
        text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text,relation,category", [
    ("给邹老师写个中秋祝福，她不是老师哈，是我们公司的会计", "会计", "同事"),
    ("给牛师傅写个春节祝福，他不是我师傅，是楼下面馆老板", "面馆老板", "其他"),
])
def test_a_title_taken_back_names_the_relation_said_after_it(text: str, relation: str, category: str) -> None:
    s = extract_rules(text)
    assert (s.relation, s.relation_category) == (relation, category) and "不是" not in (s.details or "")


@pytest.mark.parametrize("text,field,value", [
    ("帮我给死党写个生日祝福，他今年三十了还单着", "holiday", "生日"),  # an age, no 年三十
    ("帮我给闺蜜写个生曰祝福", "holiday", "生日"), ("给我们公司老扳写个元旦祝福", "relation", "公司老板"),
    ("短点就行，两三句", "name", None), ("给七大姑八大姨拜个年，发家族群里", "name", None),
    ("给我舅舅写条重阳短信，他不用智能机", "details", None),
])
def test_an_age_a_slip_of_the_eye_a_length_and_a_crowd_of_aunts_are_read_as_meant(
        text: str, field: str, value: str | None) -> None:
    assert getattr(extract_rules(text), field) == value


@pytest.mark.parametrize("text", ["他帮我找了开锁师傅的电话，我想给他写个春节祝福", "我爸电话里说不了两句就让我妈接，父亲节给他写个祝福",
                                  "客户那边直接打电话来骂，她哭了，元旦给她写个祝福"])
def test_a_number_their_call_and_a_habit_on_the_phone_are_no_phone_call_asked(text: str) -> None:
    assert extract_rules(text).occasion != "电话里说"
