"""Names and details a small model cannot recall, drawn fresh for every training record.

With the dataset's few hundred records a tiny model learns "this request -> this text" by heart: it writes the
name and the story of another record, and its loss on held-out requests stays where it started. When every record
names a new person and tells a new story, the only way to the name and the details is to copy them from the prompt,
which is what the model must do with a real user's request. The word lists are ours (common places, pastimes and
news of the kind users tell); nothing here is taken from an outside corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

from bot.domain import Holiday, Slots
from bot.writing import holidays, names
from bot.writing.quality import named_zodiacs

# Every surname the reader knows (rare ones too: 蔺, 濮, 郜), drawn evenly: a name the model has seen a few times only
# can be had from the prompt, never from memory. Sorted, so a seed gives the same names on every run.
SURNAMES = "".join(sorted(names.SURNAMES))
# Characters of given names, common and less so; none that would make a kin or pet word (宝, 贝, 亲).
GIVEN = "".join(dict.fromkeys(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉兰峰琳晶欣宇浩然雪梅凯文斌健宁婷瑶琪帆阳珂峻晴妍"
         "玲满诚柱彤璐航昊岚菲蕾薇睿晨曦悦钰涵瑞轩泽楠颖佳恒毅鑫淼鸣栋蓓茜露莹思晓志海建国永春秋松柏竹兵波庆祥福德仁"
         "义智信忠安康乐嘉豪俊逸飞翔鹤鸿雁燕莺蓉芸芷若萱蕊葵菊荷莲梓桐杉枫林森岩川河江泉溪源清澄渊远达顺正光亮煌炜"
         "烨焕耀星月辰宸宏博彬彦弘坚展望景雯霏云雨霜冰凝洁素雅娴淑惠慧捷聪灵媛婉娅妮婕妤嫣姗倩琦琼瑾瑜璇珊珍铭锋"
         "钧铎锦鑫沛沐润潇湘洲淳湛汐沁澜滢漪蔚葳苒茵荔蔓薪蕴霖霄震雷霆骏驰腾跃舟帆颂韵歆昕旭晖昀暄晗曜"))
TITLES = ("总", "老师", "姐", "哥", "经理", "主任", "老板", "工", "叔", "阿姨", "教授", "总监", "师傅", "局", "处", "董",
          "科长", "女士", "先生", "医生", "律师", "导", "校长", "行长", "院长", "站长", "班长", "队长", *names.TITLES)
EN_NAMES = ("Jake", "Linda", "Emma", "Oliver", "Sophia", "Liam", "Mia", "Noah", "Ava", "Ethan", "Chloe", "Lucas",
            "Grace", "Ryan", "Zoe", "Daniel", "Lily", "Henry", "Nora", "Leo", "Ella", "Max", "Ruby", "Sam", "Sarah",
            "Marcus", "Meera", "Priya", "Tom", "Anna", "Felix", "Hannah", "Omar", "Julia", "Victor", "Iris", "Kevin",
            "Laura", "Ben", "Clara", "Diego", "Maya", "Aaron", "Nina", "Oscar", "Tess", "Yuki", "Kenji", "Ingrid",
            "Amara", "Bjorn", "Caleb", "Dana", "Elif", "Fiona", "Gideon", "Hugo", "Imogen", "Jasper", "Kofi", "Lena",
            "Matteo", "Nadia", "Otis", "Petra", "Quinn", "Rafael", "Saoirse", "Tobias", "Ursula", "Vikram", "Wren",
            "Xavier", "Yara", "Zane", "Ken", "May", "Joy", "Eric", "Cindy", "Vivian", "Tony", "Frank", "Helen")
EN_SURNAMES = ("Miller", "Tanaka", "Smith", "Brown", "Garcia", "Müller", "Rossi", "Novak", "Kim", "Singh", "Walker",
               "Evans", "Dubois", "Lopez", "Khan", "Sato", "Hughes", "Fischer", "Costa", "Murphy", "Okafor", "Lindqvist",
               "Petrov", "Haddad", "Nakamura", "Moreau", "Kowalski", "Oduya", "Barros", "Wei", "Zhang", "Chen", "Liu",
               "Huang", "Zhou", "Lin", "Xu", "Sun", "Guo", "Ma")
_EN_TITLED = re.compile(r"^(Mr\.|Mrs\.|Ms\.|Dr\.|Coach|Professor|Prof\.|Uncle|Auntie|Aunt) ([A-Z][a-z]+)$")
_TITLE = "|".join(sorted(set(TITLES), key=len, reverse=True))
_SURNAME_TITLED = re.compile(rf"^(老|小|大)?[{SURNAMES}]({_TITLE})?$")
_FULL_NAME = re.compile(rf"^[{SURNAMES}][{GIVEN}]{{1,2}}$")  # 王芳, 蔺晓峰
_GIVEN_ONLY = re.compile(rf"^[{GIVEN}]{{2}}$")  # 晓峰, 婷婷
_GIVEN_KIN = re.compile(rf"^([{GIVEN}])(姐|哥|妹|弟)$")  # 丽姐, 强哥
_EN_CN_TITLED = re.compile(rf"^(阿)?[A-Z][a-z]+({_TITLE})?$")  # 阿Ken, Anna老师, Linda姐
_GIVEN_PET = re.compile(r"^[阿小][\u4e00-\u9fff]$")


def _given(rng: random.Random, n: int) -> str:
    first = rng.choice(GIVEN)
    if n == 2 and rng.random() < 0.15:  # 婷婷, 思思
        return first * 2
    return first + "".join(rng.choice(GIVEN) for _ in range(n - 1))


def fresh_name(name: str | None, rng: random.Random) -> str | None:
    """Another person of the same shape (王老师 -> 蔺老师, 小林 -> 小郜, 王芳 -> 濮雨桐, 晓峰 -> 沐辰, 阿珂 -> 阿睿,
    丽姐 -> 琦姐, Anna老师 -> Kofi老师, Coach Miller -> Coach Sato, Lisa -> Nora); kin terms, group names and anything
    else stays as it is."""
    if not name:
        return name
    if re.fullmatch(r"[A-Z][a-z]+", name):
        return rng.choice(EN_NAMES)
    if m := _EN_TITLED.match(name):
        return f"{m.group(1)} {rng.choice(EN_SURNAMES)}"
    if m := _EN_CN_TITLED.match(name):
        return (m.group(1) or "") + rng.choice(EN_NAMES) + (m.group(2) or "")
    if _SURNAME_TITLED.match(name):
        i = 1 if name[0] in "老小大" and len(name) > 1 else 0
        return name[:i] + rng.choice(SURNAMES) + name[i + 1:]
    if _FULL_NAME.match(name):
        return rng.choice(SURNAMES) + _given(rng, len(name) - 1)
    if _GIVEN_ONLY.match(name):
        return _given(rng, 2)
    if m := _GIVEN_KIN.match(name):
        return rng.choice(GIVEN) + m.group(2)
    if _GIVEN_PET.match(name) and name[1] not in "姨叔舅姑伯婶爷奶妈爸哥姐弟妹公婆嫂":
        return name[0] + rng.choice(GIVEN)
    return name


CITIES = ("北京 上海 广州 深圳 杭州 成都 重庆 武汉 西安 南京 苏州 天津 长沙 郑州 青岛 厦门 昆明 大连 沈阳 哈尔滨 济南 合肥 "
          "福州 南昌 贵阳 南宁 兰州 银川 西宁 拉萨 乌鲁木齐 呼和浩特 石家庄 太原 长春 海口 三亚 珠海 佛山 东莞 宁波 温州 "
          "无锡 常州 徐州 烟台 洛阳 桂林 丽江 大理 敦煌 延吉 泉州 汕头 柳州 绵阳 宜昌 襄阳 九江 赣州 芜湖").split()
PLACES = ("食堂 图书馆 车库 机房 球场 夜市 火锅店 实验室 仓库 工地 码头 医院 菜市场 健身房 驾校 网吧 宿舍楼 录音棚 展会 "
          "高铁站 咖啡馆 小卖部 操场 天台 菜地 渔船 山顶 出租屋 地下室 老厂房 会议室 排练厅 游泳馆 书店 烧烤摊 面馆 琴房 "
          "画室 车间 工作室 急诊室 机场 海边 草原 雪场 古镇").split()
ACTS = ("爬山 钓鱼 打羽毛球 学吉他 包饺子 赶项目 看日出 排练话剧 写论文 摆地摊 修自行车 做直播 种菜 拼乐高 跑马拉松 "
        "熬夜改方案 打乒乓球 学游泳 骑行 露营 做烘焙 练书法 下象棋 唱K 打篮球 滑雪 潜水 刷题 拍短片 修老房子 带娃 做义工 "
        "开网店 考驾照 养蜂 做木工 练拳 跳广场舞 学粤语 做手账 搞乐队 调咖啡 写代码 卖水果 做陶艺 考研 值夜班 搬砖 "
        "跑业务 做实验 摆摊卖花 学日语 练瑜伽 打台球").split()
PETS = "橘猫 柯基 鹦鹉 仓鼠 乌龟 金毛 兔子 八哥 狸花猫 泰迪".split()
PET_NAMES = "馒头 豆包 团子 可乐 旺财 花卷 年糕 布丁 土豆 芝麻 麻薯 汤圆 饭团 橙子 栗子 大黄 小白 球球 元宝 糯米".split()
NEWS = ("升了主管 考上了研究生 生了二胎 开了一家奶茶店 拿了销售冠军 退休了 学会了开车 评上了高级职称 当上了班主任 "
        "签下了第一个大客户 装修好了新房 跑完了第一个全马 通过了司法考试 出了第一本书 开了自己的工作室 考下了教师资格证 "
        "当了奶奶 在老家盖了新房 拿到了博士学位 戒了烟 瘦了二十斤 换了新工作 领了结婚证 办了第一场个展 开了第二家分店 "
        "把店开到了网上 评上了优秀员工 做完了膝盖手术 带的队拿了省赛冠军 考过了注册会计师").split()
FAVOURS = ("搬家 修好了电脑 介绍了客户 照顾我妈 改简历 顶了夜班 垫付了医药费 接送孩子 看了合同 找房子 补课 修水管 "
           "挡了一次酒 推荐了工作 陪我去医院 写了推荐信 熬夜查数据 带了一箱特产 改了毕业论文 救了一次场").split()
NUMBERS = "两 三 四 五 六 七 八 九 十 十二 十五 二十 二十多".split()
WHEN = ("去年", "今年", "前年", "上个月", "年初", "暑假", "国庆", "那年冬天", "大三那年", "刚工作那会儿")


def fresh_details(rng: random.Random) -> str:
    """One or two clauses of the kind users write (a memory, news, a favour, how long), with the places, pastimes
    and things drawn fresh for each record."""
    city, place, act = rng.choice(CITIES), rng.choice(PLACES), rng.choice(ACTS)
    he = rng.choice(("他", "她", ""))
    clauses = (
        f"{rng.choice(NUMBERS)}年前一起在{city}{act}",
        f"{rng.choice(WHEN)}{he}{rng.choice(NEWS)}",
        f"{rng.choice(WHEN)}{he}帮我{rng.choice(FAVOURS)}",
        f"我们在{city}的{place}认识，{rng.choice(NUMBERS)}年了",
        f"一起养过一只叫{rng.choice(PET_NAMES)}的{rng.choice(PETS)}",
        f"{he or '他'}最近在{city}{act}",
        f"每周都约着去{place}{act}",
        f"{rng.choice(WHEN)}一起去{city}{act}",
        f"{rng.choice(WHEN)}搬到了{city}",
        f"{rng.choice(WHEN)}一起在{place}熬了个通宵",
    )
    first = rng.choice(clauses)
    second = rng.choice(clauses)
    return f"{first}，{second}" if rng.random() < 0.35 and second != first else first


# The holidays' years are drawn from a whole zodiac cycle and more, so the animal of a year is read from the prompt
# ("羊年"), not recalled: with only 2026-2027 in training the adapter named 羊 or 马 for any year (2028 is 猴).
YEARS = range(2020, 2036)


def fresh_holiday(name: str, rng: random.Random) -> Holiday:
    """The occurrence of holiday `name` after a day drawn in `YEARS`, with its zodiac year where it belongs."""
    return holidays.resolve(name, date(rng.choice(YEARS), rng.randint(1, 12), rng.randint(1, 28)))


def redated(holiday: Holiday, greeting: str, rng: random.Random) -> tuple[Holiday, str]:
    """The same greeting for the same holiday in another year, its zodiac years (羊年) turned to the new year's.

    A greeting that names its animal any other way (三羊开泰, "Year of the Goat") or a year in digits keeps its date:
    a wrong animal in training would teach exactly the slip this is for.
    """
    if holiday.name == "生日" or re.search(r"\d{4}", greeting):
        return holiday, greeting
    named = named_zodiacs(greeting)
    old = holiday.zodiac
    if named and not (named == {old} and 0 < greeting.count(f"{old}年") == greeting.count(old)):
        return holiday, greeting
    new = fresh_holiday(holiday.name, rng)
    if named:
        if not (new.zodiac_relevant and new.zodiac):
            return holiday, greeting
        greeting = greeting.replace(f"{old}年", f"{new.zodiac}年")
    return new, greeting


def elsewhen(slots: Slots, holiday: Holiday, greeting: str, rng: random.Random) -> tuple[Slots, Holiday, str]:
    """A copy of a record for someone else (`fresh_name`, in the slots and the greeting) in another year (`redated`):
    what the pre-training repeats and the SFT adapter's copies are made of."""
    name = fresh_name(slots.name, rng)
    if name and name != slots.name:
        slots, greeting = replace(slots, name=name), greeting.replace(slots.name, name)
    holiday, greeting = redated(holiday, greeting, rng)
    return slots, holiday, greeting
