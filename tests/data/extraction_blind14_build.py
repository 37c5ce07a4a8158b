#!/usr/bin/env python3
"""Builds extraction_blind14_2026-12.json: a fourteenth blind, frozen extraction set, weighted to the everyday.

Every case below was written and annotated by hand (see extraction_blind14_2026-12.md for the rules and the
judgement calls). Standard library only; the output is deterministic. Run:  python3 extraction_blind14_build.py
It writes the JSON and the note (extraction_blind14_2026-12.md), whose tail carries the JSON's size and SHA-256.
"""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "extraction_blind14_2026-12.json")
NOTE = os.path.join(HERE, "extraction_blind14_2026-12.md")

CASES = []


def c(kind, text, name, relation, category, details, occasion, style, length, holiday, asked=None):
    """One case. `details` is the list of fragments (empty list = no details given)."""
    case = {"text": text, "kind": kind}
    if asked is not None:
        case["asked"] = asked
    case["expect"] = {
        "name": name,
        "relation": relation,
        "relation_category": category,
        "details_contains": list(details),
        "details_null": len(details) == 0,
        "occasion": occasion,
        "style": style,
        "length": length,
        "holiday": holiday,
    }
    CASES.append(case)


N = None
P, R = "plain", "reply"
SP, PE, NT, UR = "several_people", "pets", "nicknames_titles", "unknown_relation"
V, T, M, E, L, EN = "voice", "typos", "mixed", "emoji", "long_story", "english"
BIZ, EASY, FEST, TECH = "商务得体", "轻松自然", "传统喜庆", "LLM科技风"
S, MID, LONG = "<=50", "50-100", "100-200"

# ---------------------------------------------------------------------------------------------------------------
# plain: everyday requests
# ---------------------------------------------------------------------------------------------------------------
# parents, grandparents
c(P, "我妈今年刚退休，每天在楼下跳广场舞，还报了老年大学的书法班，母亲节帮我给她写几句",
  "妈", "妈", "家人", ["广场舞", "书法班"], N, N, N, "母亲节")
c(P, "给我爸写条父亲节的，他最近迷上了用手机拍短视频，别太长",
  "爸", "爸", "家人", ["拍短视频"], N, N, S, "父亲节")
c(P, "爷爷九十大寿，帮我写几句祝寿的话，我在寿宴上当面念。他年轻时是木匠，家里的桌椅都是他打的",
  "爷爷", "爷爷", "家人", ["木匠"], "当面说", N, N, "生日")
c(P, "给外婆写个重阳节祝福 她腿脚不太好 今年一直住在舅舅家",
  "外婆", "外婆", "家人", ["腿脚不太好"], N, N, N, "重阳")
c(P, "帮我写个冬至的祝福给我妈，她一个人在老家，记得提醒她吃饺子",
  "妈", "妈", "家人", ["一个人在老家"], N, N, N, "冬至")
c(P, "给外公写个冬至祝福，视频的时候念给他听，他耳朵不太好",
  "外公", "外公", "家人", ["耳朵不太好"], "视频里说", N, N, "冬至")
c(P, "除夕夜要给爸妈打电话，帮我准备几句话，今年我在国外过年",
  "爸妈", "爸妈", "家人", ["在国外过年"], "电话里说", N, N, "除夕")
c(P, "给爸写个国庆节的祝福，他是老兵，每年国庆都要守着电视看阅兵",
  "爸", "爸", "家人", ["老兵"], N, N, N, "国庆")
c(P, "父亲节给我爸写几句，他嘴硬心软，不用太正式",
  "爸", "爸", "家人", ["嘴硬心软"], N, EASY, N, "父亲节")
c(P, "感恩节给我妈发个祝福吧，她一个人把我拉扯大的",
  "妈", "妈", "家人", ["一个人把我拉扯大"], N, N, N, "感恩节")
c(P, "给奶奶写个元宵节的祝福，她每年都给我们包芝麻馅的汤圆",
  "奶奶", "奶奶", "家人", ["包芝麻馅的汤圆"], N, N, N, "元宵")
c(P, "帮我给爷爷奶奶写个春节祝福，他们结婚五十年了，今年金婚",
  "爷爷奶奶", "爷爷奶奶", "家人", ["金婚"], N, N, N, "春节")
# in-laws
c(P, "帮我写一条给岳父的春节拜年微信，他爱下象棋，正式一点",
  N, "岳父", "家人", ["下象棋"], "微信", BIZ, N, "春节")
c(P, "给我岳母写个母亲节祝福，每次我们回去她都做一大桌子菜",
  N, "岳母", "家人", ["一大桌子菜"], N, N, N, "母亲节")
c(P, "写条父亲节祝福给老丈人，短短两三句就行",
  N, "老丈人", "家人", [], N, N, S, "父亲节")
c(P, "母亲节给丈母娘发个微信，她下个月要做白内障手术",
  N, "丈母娘", "家人", ["白内障手术"], "微信", N, N, "母亲节")
c(P, "给公公写个重阳节祝福，他退休以后天天去河边钓鱼，喜庆点",
  "公公", "公公", "家人", ["钓鱼"], N, FEST, N, "重阳")
c(P, "婆婆过生日，帮我写段话，她帮我们带了三年孩子，辛苦了",
  "婆婆", "婆婆", "家人", ["带了三年孩子"], N, N, N, "生日")
c(P, "帮我给婆婆写个端午祝福，她包的粽子是全家最好吃的，用微信发",
  "婆婆", "婆婆", "家人", ["包的粽子"], "微信", N, N, "端午")
c(P, "给弟媳写个元宵祝福，她今年第一次来我们家过年",
  N, "弟媳", "家人", ["第一次来我们家过年"], N, N, N, "元宵")
c(P, "帮我给妹夫写条中秋祝福，他刚从部队转业回来",
  N, "妹夫", "家人", ["从部队转业"], N, N, N, "中秋")
c(P, "给我嫂子写个生日祝福，她对我妈特别好，我妈住院都是她陪床",
  "嫂子", "嫂子", "家人", ["陪床"], N, N, N, "生日")
# spouses and partners
c(P, "下周三老婆过生日，今年是我们结婚第七年，她最近在备考注会挺辛苦的，帮我写几句",
  "老婆", "老婆", "恋人", ["结婚第七年", "备考注会"], N, N, N, "生日")
c(P, "给我老公写个七夕的，他这半年一直在外地出差，轻松点就好",
  "老公", "老公", "恋人", ["在外地出差"], N, EASY, N, "七夕")
c(P, "给女朋友写个情人节祝福，我们异地恋两年了，她在成都读研",
  N, "女朋友", "恋人", ["异地恋两年"], N, N, N, "情人节")
c(P, "给我媳妇写个情人节的，她最近减肥很辛苦，搞笑一点",
  "媳妇", "媳妇", "恋人", ["减肥"], N, EASY, N, "情人节")
c(P, "帮我给男朋友写个圣诞节祝福，他是消防员，圣诞那天要值班",
  N, "男朋友", "恋人", ["消防员"], N, N, N, "圣诞")
c(P, "给未婚夫写个七夕祝福，我们明年五月办婚礼",
  N, "未婚夫", "恋人", ["明年五月办婚礼"], N, N, N, "七夕")
c(P, "帮我写个七夕的祝福给老婆，一百字以内，她最近换了新工作，压力挺大",
  "老婆", "老婆", "恋人", ["换了新工作"], N, N, MID, "七夕")
c(P, "情人节给老公写一条，他最近在学做饭，一半都糊了，写得搞笑一点，五十字以内",
  "老公", "老公", "恋人", ["学做饭"], N, EASY, S, "情人节")
c(P, "给对象写个情人节祝福，她是护士，情人节那天上夜班",
  N, "对象", "恋人", ["上夜班"], N, N, N, "情人节")
c(P, "帮我写个情人节的祝福给我太太，我们在一起十五年了，长一点，一百到两百字",
  N, "太太", "恋人", ["在一起十五年"], N, N, LONG, "情人节")
# children, grandchildren, siblings, other kin
c(P, "儿子今年高考，帮我给他写个端午节的祝福，鼓励鼓励他",
  N, "儿子", "家人", ["高考"], N, N, N, "端午")
c(P, "帮我给闺女写段中秋的话，她第一年在国外读书回不来，一百字左右",
  N, "闺女", "家人", ["在国外读书"], N, N, MID, "中秋")
c(P, "帮我给女儿写个元宵节祝福，她第一次在学校过元宵，宿舍不让煮汤圆",
  N, "女儿", "家人", ["第一次在学校过元宵"], N, N, N, "元宵")
c(P, "孙子今年头一回自己坐飞机回来过年，帮我给他写个春节祝福",
  N, "孙子", "家人", ["自己坐飞机"], N, N, N, "春节")
c(P, "给我姐发个元旦祝福，她去年刚当了妈妈",
  "姐", "姐", "家人", ["刚当了妈妈"], N, N, N, "元旦")
c(P, "帮我给弟弟写个生日祝福，他今年大学毕业，刚找到第一份工作",
  "弟弟", "弟弟", "家人", ["第一份工作"], N, N, N, "生日")
c(P, "我哥是医生，今年除夕在医院值班回不来，帮我给他写条除夕祝福",
  "哥", "哥", "家人", ["在医院值班"], N, N, N, "除夕")
c(P, "给我表哥写条元旦祝福，他今年刚在杭州买了房",
  "表哥", "表哥", "家人", ["买了房"], N, N, N, "元旦")
c(P, "表妹今天满十八岁了，帮我给她写条生日祝福",
  "表妹", "表妹", "家人", ["满十八岁"], N, N, N, "生日")
c(P, "帮我给小姨写个中秋祝福，小时候暑假都是她带我，写长一点",
  "小姨", "小姨", "家人", ["暑假都是她带我"], N, N, LONG, "中秋")
c(P, "帮我给姑姑写个国庆祝福，她国庆要来我家住几天",
  "姑姑", "姑姑", "家人", ["来我家住几天"], N, N, N, "国庆")
c(P, "帮我写条重阳节的短信给我舅舅，他不用智能机",
  "舅舅", "舅舅", "家人", [], "短信", N, N, "重阳")
c(P, "帮我给干爹写个父亲节祝福，他是我爸的老战友，我从小就喊他干爹",
  "干爹", "干爹", "家人", ["我爸的老战友"], N, N, N, "父亲节")
c(P, "帮我写一条发家族群里的春节祝福，给七大姑八大姨拜个年，喜庆点",
  N, "七大姑八大姨", "家人", [], "群里", FEST, N, "春节")
# bosses
c(P, "给我们领导写条春节祝福，商务一点，他今年带我们部门拿了年度优秀团队",
  N, "领导", "领导", ["年度优秀团队"], N, BIZ, N, "春节")
c(P, "给我们组长写个端午祝福，她上个月刚升职，得体一点",
  N, "组长", "领导", ["刚升职"], N, BIZ, N, "端午")
c(P, "帮我写个中秋节祝福给老板，今年公司搬了新办公室，短一点",
  N, "老板", "领导", ["搬了新办公室"], N, N, S, "中秋")
c(P, "冬至到了，给我们主管写一条，他是北方人，最爱吃饺子，随意点",
  N, "主管", "领导", ["最爱吃饺子"], N, EASY, N, "冬至")
c(P, "给我们老板写个元宵节祝福，他说元宵节公司发汤圆，商务点别太肉麻",
  N, "老板", "领导", ["公司发汤圆"], N, BIZ, N, "元宵")
c(P, "给我的副总写一个国庆节的祝福邮件，他是新加坡人，中文不太好，写简单点",
  N, "副总", "领导", ["新加坡人"], "邮件", N, N, "国庆")
c(P, "帮我给我们部门的经理写个感恩节祝福，她是美国人，很看重这个节",
  N, "经理", "领导", ["美国人"], N, N, N, "感恩节")
c(P, "给我们董事长写个春节贺词，年会上我代表员工当面说，庄重一些，一百五十字左右",
  N, "董事长", "领导", [], "当面说", BIZ, LONG, "春节")
c(P, "帮我给前领导写个中秋节祝福，他去年退休了，以前很照顾我",
  N, "前领导", "领导", ["去年退休了"], N, N, N, "中秋")
# colleagues
c(P, "给隔壁工位的同事写个圣诞祝福，她经常分我零食，皮一点",
  N, "同事", "同事", ["分我零食"], N, EASY, N, "圣诞")
c(P, "给财务部的同事写条国庆祝福，她帮我报销跑了好几趟",
  N, "同事", "同事", ["报销"], N, N, N, "国庆")
c(P, "帮我写个元宵节祝福给组里的同事，今年一起熬过了三次上线，带点代码梗",
  N, "同事", "同事", ["三次上线"], N, TECH, N, "元宵")
c(P, "给同事写个圣诞祝福，她下周就要离职去深圳了",
  N, "同事", "同事", ["离职去深圳"], N, N, N, "圣诞")
c(P, "给前同事写个中秋节的祝福，我们一起加班赶过双十一",
  N, "前同事", "同事", ["赶过双十一"], N, N, N, "中秋")
# people the user leads
c(P, "给我带的实习生写条元旦祝福，他下个月就转正了",
  N, "实习生", "下属", ["转正"], N, N, N, "元旦")
c(P, "给我带的那个应届生写个元旦祝福，鼓励一下，她这几个月进步很快",
  N, "应届生", "下属", ["进步很快"], N, N, N, "元旦")
c(P, "帮我给店里的员工写个春节祝福，发群里，今年双十一大家连着加了半个月班，喜庆一点",
  N, "员工", "下属", ["加了半个月班"], "群里", FEST, N, "春节")
c(P, "给徒弟写个中秋祝福，他跟我学修车三年了，今年自己考了技师证",
  N, "徒弟", "下属", ["考了技师证"], N, N, N, "中秋")
c(P, "给新来的助理写条中秋祝福，她刚来一个月，挺机灵的，别太正式",
  N, "助理", "下属", ["刚来一个月"], N, EASY, N, "中秋")
# clients and partners
c(P, "帮我写个国庆节祝福发给客户，合作五年了，每年都续约",
  N, "客户", "客户", ["合作五年"], N, N, N, "国庆")
c(P, "写个圣诞节祝福给客户，她是做外贸的，邮件发，正式点",
  N, "客户", "客户", ["做外贸的"], "邮件", BIZ, N, "圣诞")
c(P, "给店里的老顾客嵇阿姨写个重阳节祝福，她每周都来买我们的豆腐",
  "嵇阿姨", "顾客", "客户", ["买我们的豆腐"], N, N, N, "重阳")
c(P, "帮我给甲方对接人写个国庆节祝福，项目刚验收完，商务点",
  N, "甲方对接人", "客户", ["项目刚验收完"], N, BIZ, N, "国庆")
c(P, "给客户写个除夕祝福，她是我们店开业第一个客人，一直照顾生意到现在",
  N, "客户", "客户", ["开业第一个客人"], N, N, N, "除夕")
c(P, "给我的客户写个端午节祝福，他家上个月刚添了二胎，得体点",
  N, "客户", "客户", ["添了二胎"], N, BIZ, N, "端午")
c(P, "帮我给我们客户的老板写个感恩节的邮件，他们今年给了我们最大的一笔订单，正式一点",
  N, "客户的老板", "客户", ["最大的一笔订单"], "邮件", BIZ, N, "感恩节")
c(P, "帮我给投资人写个春节拜年的邮件，去年他在我们最难的时候追加了一轮",
  N, "投资人", "合作伙伴", ["追加了一轮"], "邮件", N, N, "春节")
c(P, "给供应商写条中秋祝福，这几年他们从没耽误过交货",
  N, "供应商", "合作伙伴", ["从没耽误过交货"], N, N, N, "中秋")
c(P, "我和合伙人这几年把店从一家开到了三家，帮我给他写条春节祝福",
  N, "合伙人", "合作伙伴", ["开到了三家"], N, N, N, "春节")
c(P, "给经销商写条中秋祝福，短信发，他们不怎么用微信",
  N, "经销商", "合作伙伴", [], "短信", N, N, "中秋")
c(P, "给合作方的对接人写个端午节祝福，上次展会他们帮我们搭了展台",
  N, "合作方的对接人", "合作伙伴", ["搭了展台"], N, N, N, "端午")
# teachers
c(P, "教师节到了，帮我给孩子的班主任写一段，感谢她这一年对孩子的耐心，正式一点",
  N, "孩子的班主任", "老师", ["对孩子的耐心"], N, BIZ, N, "教师节")
c(P, "给我的研究生导师写个教师节祝福，他带我发了第一篇论文",
  N, "导师", "老师", ["第一篇论文"], N, N, N, "教师节")
c(P, "高中语文老师当年鼓励我报了师范，现在我也当老师了，教师节帮我给她写一段",
  N, "语文老师", "老师", ["报了师范"], N, N, N, "教师节")
c(P, "帮我给驾校教练写个教师节祝福，他脾气好，我考了三次科目二他都没骂过我",
  N, "驾校教练", "老师", ["科目二"], N, N, N, "教师节")
c(P, "给我的瑜伽老师写个元旦祝福，跟她练了两年腰不疼了",
  N, "瑜伽老师", "老师", ["腰不疼了"], N, N, N, "元旦")
c(P, "写个教师节祝福给女儿的钢琴老师，女儿今年过了八级",
  N, "女儿的钢琴老师", "老师", ["过了八级"], N, N, N, "教师节")
c(P, "给带我的师傅写个教师节祝福，我进厂第一年就是他一点一点教的",
  N, "师傅", "老师", ["进厂第一年"], N, N, N, "教师节")
c(P, "写个感恩节的祝福给外教，她教了我们班两年口语，要中文的",
  N, "外教", "老师", ["口语"], N, N, N, "感恩节")
c(P, "给我们班的辅导员写个元旦祝福，她帮我争取到了助学金",
  N, "辅导员", "老师", ["助学金"], N, N, N, "元旦")
c(P, "给我初中班主任写个重阳节的祝福，他退休好多年了，我们几个同学每年都去看他",
  N, "班主任", "老师", ["每年都去看他"], N, N, N, "重阳")
c(P, "给我闺女的幼儿园老师写个母亲节祝福，她自己也刚当了妈妈",
  N, "闺女的幼儿园老师", "老师", ["刚当了妈妈"], N, N, N, "母亲节")
c(P, "给我的健身私教写个端午节祝福，他帮我减了二十斤",
  N, "私教", "老师", ["减了二十斤"], N, N, N, "端午")
c(P, "帮我给孩子的英语外教写张圣诞节的卡片，孩子想自己抄一遍",
  N, "孩子的英语外教", "老师", [], "卡片", N, N, "圣诞")
# friends
c(P, "帮我给大学室友写个生日祝福，我们毕业十年了，每年秋天还一起去爬山",
  N, "室友", "朋友", ["一起去爬山"], N, N, N, "生日")
c(P, "给我发小写个生日祝福，随意点，我们从幼儿园就一个班",
  N, "发小", "朋友", ["从幼儿园就一个班"], N, EASY, N, "生日")
c(P, "帮我写个给闺蜜的元旦祝福，她刚辞职去开了家咖啡馆",
  N, "闺蜜", "朋友", ["开了家咖啡馆"], N, N, N, "元旦")
c(P, "帮我给死党写个生日祝福，怎么损怎么来，他今年三十了还单着",
  N, "死党", "朋友", ["还单着"], N, EASY, N, "生日")
c(P, "给老同学写条国庆祝福，十年没见了，国庆同学聚会才又联系上",
  N, "同学", "朋友", ["同学聚会"], N, N, N, "国庆")
c(P, "帮我给哥们写条七夕祝福，调侃一下他，他今年终于脱单了",
  N, "哥们", "朋友", ["终于脱单了"], N, EASY, N, "七夕")
c(P, "给闺蜜写个七夕祝福，她和她男朋友上周刚订婚",
  N, "闺蜜", "朋友", ["刚订婚"], N, N, N, "七夕")
c(P, "给一起玩剧本杀的朋友写个感恩节祝福，我们每周六都约一场",
  N, "朋友", "朋友", ["剧本杀"], N, N, N, "感恩节")
# neighbours, landlords, service people, others
c(P, "给楼下邻居写条中秋祝福，我出差的时候她帮我收了好几次快递",
  N, "楼下邻居", "其他", ["收了好几次快递"], N, N, N, "中秋")
c(P, "帮我给保姆阿姨写个春节祝福，她在我家干了八年了，过年要回老家",
  N, "保姆阿姨", "其他", ["在我家干了八年"], N, N, N, "春节")
c(P, "给快递小哥写条春节祝福，他送我们小区好几年了，今年过年不回家",
  N, "快递小哥", "其他", ["过年不回家"], N, N, N, "春节")
c(P, "帮我给物业的管家写个国庆节祝福，上次水管爆了她半夜过来帮忙",
  N, "管家", "其他", ["水管爆了"], N, N, N, "国庆")
c(P, "给邻居大爷写个重阳节祝福，他每天早上帮我们这栋楼扫楼道",
  N, "邻居大爷", "其他", ["扫楼道"], N, N, N, "重阳")
c(P, "给房东写条春节祝福，今年她没涨房租",
  N, "房东", "其他", ["没涨房租"], N, N, N, "春节")
c(P, "帮我给社区医院的家庭医生写个中秋祝福，她每个月上门给我爸量血压",
  N, "家庭医生", "其他", ["量血压"], N, N, N, "中秋")
c(P, "给家里的钟点工写个元旦祝福，简短点",
  N, "钟点工", "其他", [], N, N, S, "元旦")
c(P, "给对门的邻居写个元旦祝福，他家孩子老帮我遛狗",
  N, "邻居", "其他", ["帮我遛狗"], N, N, N, "元旦")
c(P, "给小区门口修鞋的师傅写个春节祝福，他每次补个鞋跟都不收我钱",
  N, "修鞋的师傅", "其他", ["不收我钱"], N, N, N, "春节")
c(P, "给我的心理咨询师写个元旦祝福，这一年谢谢她陪我走出来，正式一点",
  N, "心理咨询师", "其他", ["陪我走出来"], N, BIZ, N, "元旦")
c(P, "给小区保安写个元宵节祝福，他过年一直没休息，守着大门",
  N, "保安", "其他", ["过年一直没休息"], N, N, N, "元宵")
c(P, "圣诞节给男朋友的妈妈写个祝福，第一次去他家她给我包了红包，要得体",
  N, "男朋友的妈妈", "其他", ["给我包了红包"], N, BIZ, N, "圣诞")

# ---------------------------------------------------------------------------------------------------------------
# reply: short answers to the bot's question (judged alone)
# ---------------------------------------------------------------------------------------------------------------
c(R, "她是我舅妈", N, "舅妈", "家人", [], N, N, N, N, asked="relation")
c(R, "我们是合作了好几年的供应商", N, "供应商", "合作伙伴", ["合作了好几年"], N, N, N, N, asked="relation")
c(R, "叫她阿翘就行", "阿翘", N, N, [], N, N, N, N, asked="name")
c(R, "就叫她小莘吧", "小莘", N, N, [], N, N, N, N, asked="name")
c(R, "她去年帮我带过娃，坐月子也是她照顾的", N, N, N, ["帮我带过娃"], N, N, N, N, asked="details")
c(R, "没什么特别的，直接写吧", N, N, N, [], N, N, N, N, asked="details")
c(R, "正式点吧，他是我老板", N, "老板", "领导", [], N, BIZ, N, N, asked="style")
c(R, "轻松一点，我们很熟", N, N, N, [], N, EASY, N, N, asked="style")
c(R, "短点就行，两三句", N, N, N, [], N, N, S, N, asked="length")
c(R, "一百五十字左右吧", N, N, N, [], N, N, LONG, N, asked="length")
c(R, "发邮件", N, N, N, [], "邮件", N, N, N, asked="occasion")
c(R, "到时候吃饭我当面跟她说", N, N, N, [], "当面说", N, N, N, asked="occasion")
c(R, "端午节的", N, N, N, [], N, N, N, "端午", asked="holiday")
c(R, "写重阳节的吧", N, N, N, [], N, N, N, "重阳", asked="holiday")
c(R, "客户，做建材的", N, "客户", "客户", ["做建材的"], N, N, N, N, asked="relation")
c(R, "我徒弟，跟了我三年", N, "徒弟", "下属", ["跟了我三年"], N, N, N, N, asked="relation")
c(R, "他叫Mateus，巴西来的同事", "Mateus", "同事", "同事", ["巴西来的"], N, N, N, N, asked="name")
c(R, "我家孩子的围棋老师", N, "孩子的围棋老师", "老师", [], N, N, N, N, asked="relation")
c(R, "来点程序员的梗，他是写后端的", N, N, N, ["写后端的"], N, TECH, N, N, asked="style")
c(R, "我们在同一个月子中心认识的，孩子同一天出生", N, N, N, ["孩子同一天出生"], N, N, N, N, asked="details")
c(R, "不是过年那个 是元宵节的", N, N, N, [], N, N, N, "元宵", asked="holiday")
c(R, "下属，刚带了他半年", N, "下属", "下属", ["刚带了他半年"], N, N, N, N, asked="relation")
c(R, "合作伙伴，一起做社区团购的", N, "合作伙伴", "合作伙伴", ["社区团购"], N, N, N, N, asked="relation")
c(R, "打电话说", N, N, N, [], "电话里说", N, N, N, asked="occasion")

# ---------------------------------------------------------------------------------------------------------------
# hard shapes
# ---------------------------------------------------------------------------------------------------------------
# several people in one message
c(SP, "我同事小笪让我帮个忙，给她婆婆写个重阳节的祝福，她婆婆今年八十了，身体还很硬朗",
  "婆婆", "婆婆", "家人", ["身体还很硬朗"], N, N, N, "重阳")
c(SP, "我和晏姐、小亓三个人想一起给部门领导阙经理写个春节祝福，他今年带我们做成了两个大项目，商务点",
  "阙经理", "部门领导", "领导", ["两个大项目"], N, BIZ, N, "春节")
c(SP, "帮我给蓟姐写条中秋祝福，她是我妈的同事，我妈住院那阵子她和她老公老燕天天来送饭",
  "蓟姐", "妈的同事", "其他", ["天天来送饭"], N, N, N, "中秋")
c(SP, "上次团建我、Chidi还有郗总一起爬了华山，帮我给郗总写个国庆节的祝福，他是我们大老板，别太正式",
  "郗总", "大老板", "领导", ["爬了华山"], N, EASY, N, "国庆")
c(SP, "我儿子和他同学小缑都在戈姐那学游泳，她是两个孩子的游泳教练，帮我给戈姐写个教师节祝福，俩孩子今年都学会了自由泳",
  "戈姐", "游泳教练", "老师", ["学会了自由泳"], N, N, N, "教师节")
c(SP, "我们公司的佘叔和客户那边的官姐是老乡，佘叔让我替他给官姐写条端午祝福，官姐是我们最大的客户",
  "官姐", "客户", "客户", ["老乡"], N, N, N, "端午")
c(SP, "我和我老公想一起给他的导师淳于老师写个春节拜年邮件，当年是淳于老师介绍我们认识的",
  "淳于老师", "导师", "老师", ["介绍我们认识"], "邮件", N, N, "春节")

# pets
c(PE, "给我们家毛肚的宠物医生写个元旦祝福，毛肚上个月肠胃炎是她连夜救回来的",
  N, "宠物医生", "其他", ["毛肚", "肠胃炎"], N, N, N, "元旦")
c(PE, "我家猫叫豌豆黄，每次出差都托卜姐喂，帮我给卜姐写个中秋祝福",
  "卜姐", N, N, ["豌豆黄"], N, N, N, "中秋")
c(PE, "我家狗子青团和邻居家的狗是好朋友，帮我给邻居甄叔写个重阳节祝福，他每天早上带两只狗一起遛",
  "甄叔", "邻居", "其他", ["青团"], N, N, N, "重阳")
c(PE, "给我男朋友写个情人节的，以我们家猫糍粑的口吻写，糍粑最喜欢趴在他键盘上",
  N, "男朋友", "恋人", ["糍粑", "趴在他键盘上"], N, N, N, "情人节")
c(PE, "奶奶养了只老母鸡叫腐乳，今年下了好多蛋，她天天跟我视频炫耀，帮我给奶奶写个春节祝福",
  "奶奶", "奶奶", "家人", ["腐乳"], N, N, N, "春节")
c(PE, "帮我给宠物店的店长阿蒲写个圣诞祝福，我家Pickles每个月都在她那洗澡美容，她从来不嫌它凶",
  "阿蒲", "宠物店的店长", "其他", ["Pickles"], N, N, N, "圣诞")
c(PE, "给我妈写个母亲节祝福，替我们家的乌龟莲藕也说一句，莲藕是她从菜市场救回来的",
  "妈", "妈", "家人", ["莲藕"], N, N, N, "母亲节")

# nicknames and titles
c(NT, "帮我给蒯总写个春节的拜年微信",
  "蒯总", N, N, [], "微信", N, N, "春节")
c(NT, "给托尼老师写个元旦祝福，他是我的理发师，帮我剪了五年头了，皮一点",
  "托尼老师", "理发师", "其他", ["剪了五年头"], N, EASY, N, "元旦")
c(NT, "给老鄂写个国庆节祝福，我们以前在一个车间干了十几年",
  "老鄂", N, N, ["一个车间"], N, N, N, "国庆")
c(NT, "帮我给汲老师写个端午祝福，她不是老师哈，是我们公司的会计，大家都这么叫她",
  "汲老师", "会计", "同事", [], N, N, N, "端午")
c(NT, "给钢镚写个生日祝福，他是我高中同桌，外号钢镚，现在瘦成闪电了哈哈",
  "钢镚", "同桌", "朋友", ["瘦成闪电"], N, N, N, "生日")
c(NT, "给粟总写个中秋节祝福，他是我们的投资方，今年帮我们对接了好几家渠道，要体面一点",
  "粟总", "投资方", "合作伙伴", ["对接了好几家渠道"], N, BIZ, N, "中秋")
c(NT, "给小栾写个七夕祝福，她是我媳妇儿，我们上个月刚领证",
  "小栾", "媳妇儿", "恋人", ["刚领证"], N, N, N, "七夕")

# relation words an extractor may lack
c(UR, "给我的骑行搭子写个国庆祝福，国庆我们约好了一起骑环岛",
  N, "骑行搭子", "朋友", ["骑环岛"], N, N, N, "国庆")
c(UR, "帮我给家里钢琴的调音师写个元旦祝福，他每年来两次，上次还顺手帮我修了个踏板",
  N, "调音师", "其他", ["修了个踏板"], N, N, N, "元旦")
c(UR, "给我们小区的园艺师写条春节祝福，楼下那片月季都是他种的",
  N, "园艺师", "其他", ["月季"], N, N, N, "春节")
c(UR, "帮我给我的茶艺老师写个教师节祝福，跟她学了一年，现在能自己泡工夫茶了",
  N, "茶艺老师", "老师", ["泡工夫茶"], N, N, N, "教师节")
c(UR, "给拼单搭子写个元宵祝福，我们俩每周一起拼水果已经一年了 随意点",
  N, "拼单搭子", "朋友", ["拼水果"], N, EASY, N, "元宵")
c(UR, "帮我给修表师傅写个父亲节祝福，我爸那块老表一直是他在修，他一个人把儿子养大的",
  N, "修表师傅", "其他", ["把儿子养大"], N, N, N, "父亲节")
c(UR, "给我们家的私厨写个中秋祝福，她每周来家里做三次饭，我爸的糖尿病餐都靠她",
  N, "私厨", "其他", ["糖尿病餐"], N, N, N, "中秋")

# voice input: no punctuation, no spaces, fillers
c(V, "嗯那个帮我给我婆婆写个端午节的祝福就是她那个今年刚做完手术身体在恢复嗯对稍微喜庆一点",
  "婆婆", "婆婆", "家人", ["刚做完手术"], N, FEST, N, "端午")
c(V, "喂喂帮我写个给老逯的春节祝福呃老逯是我战友我们一起在新疆当了五年兵然后呢短一点就行",
  "老逯", "战友", "朋友", ["在新疆当了五年兵"], N, N, S, "春节")
c(V, "就是给我们公司的前台小姑娘写个元旦祝福啊她每天早上都帮我们签收外卖我想想啊不用太正式",
  N, "前台", "同事", ["签收外卖"], N, EASY, N, "元旦")
c(V, "那个我想给我舅妈发个中秋祝福她今年带着我表弟来上海看病在我们家住了一个月嗯发微信",
  "舅妈", "舅妈", "家人", ["来上海看病"], "微信", N, N, "中秋")
c(V, "帮我给我的客户钮经理写条国庆祝福他是做物流的我们合作了三年了嗯要正式一点一百字左右",
  "钮经理", "客户", "客户", ["做物流的"], N, BIZ, MID, "国庆")
c(V, "对对对就是给我干女儿写个生日祝福她今天满六岁了最喜欢冰雪奇缘里的艾莎",
  N, "干女儿", "家人", ["冰雪奇缘"], N, N, N, "生日")
c(V, "呃帮我写个母亲节的给我妈不对不对给我奶奶她一手把我带大的",
  "奶奶", "奶奶", "家人", ["一手把我带大"], N, N, N, "母亲节")

# typos and homophones
c(T, "给我儿子的数学老丝写个教师节祝福，他今年把我儿子的数学从六十分拉到了九十",
  N, "儿子的数学老师", "老师", ["拉到了九十"], N, N, N, "教师节")
c(T, "给我妈写个母亲结的祝福，她最近在学开车，考了两次科目三",
  "妈", "妈", "家人", ["学开车"], N, N, N, "母亲节")
c(T, "帮我给闺蜜写个生曰祝福，她今年一个人去冰岛看了极光",
  N, "闺蜜", "朋友", ["看了极光"], N, N, N, "生日")
c(T, "给我们公司老扳写个元档祝福，他今年给全员涨了工资，郑式一点",
  N, "老板", "领导", ["全员涨了工资"], N, BIZ, N, "元旦")
c(T, "帮我给合作伙办写条感恩节的祝福，他们帮我们垫付了三个月的货款",
  N, "合作伙伴", "合作伙伴", ["垫付了三个月的货款"], N, N, N, "感恩节")
c(T, "给外工写个重阳节的祝福，他八十多了还天天下地种菜，要喜情一点",
  "外工", "外公", "家人", ["下地种菜"], N, FEST, N, "重阳")
c(T, "给我的实习升写个圣诞祝福，他做的周报越来越像样了",
  N, "实习生", "下属", ["周报"], N, N, N, "圣诞")

# Chinese and English mixed
c(M, "帮我给我的manager写个Christmas祝福，她刚休完产假回来，professional一点",
  N, "manager", "领导", ["休完产假"], N, BIZ, N, "圣诞")
c(M, "给我们team的intern Takumi写个元旦祝福，他下周就回日本了，casual一点",
  "Takumi", "intern", "下属", ["回日本"], N, EASY, N, "元旦")
c(M, "帮我给client Valentina写个Mid-Autumn的祝福，她去年来中国吃过一次五仁月饼，说不好吃哈哈",
  "Valentina", "client", "客户", ["五仁月饼"], N, N, N, "中秋")
c(M, "给我的co-founder Søren写个春节祝福，我们今年终于拿到了A轮，加点tech梗",
  "Søren", "co-founder", "合作伙伴", ["拿到了A轮"], N, TECH, N, "春节")
c(M, "给我roommate写个birthday message，她最近在准备雅思，short一点",
  N, "roommate", "朋友", ["准备雅思"], N, N, S, "生日")
c(M, "我要给我的PhD advisor Henrike写个Teachers' Day的email，她帮我改了十几遍论文",
  "Henrike", "PhD advisor", "老师", ["改了十几遍论文"], "邮件", N, N, "教师节")
c(M, "Mom过生日，帮我写个祝福，她最近迷上了拍vlog",
  "Mom", "Mom", "家人", ["拍vlog"], N, N, N, "生日")

# emoji
c(E, "给我老婆写个情人节祝福💕 她最近天天加班到十点😭",
  "老婆", "老婆", "恋人", ["加班到十点"], N, N, N, "情人节")
c(E, "🎂帮我给公孙姐写个生日祝福，她是我们部门的主管，上周刚带我们通宵上线🚀",
  "公孙姐", "主管", "领导", ["通宵上线"], N, N, N, "生日")
c(E, "给外甥女写个春节祝福🧧🧨她今年考上了重点初中👏",
  N, "外甥女", "家人", ["考上了重点初中"], N, N, N, "春节")
c(E, "🥮中秋给我的老客户Zeynep发个微信，她是土耳其人🇹🇷做地毯生意的",
  "Zeynep", "客户", "客户", ["做地毯生意"], "微信", N, N, "中秋")
c(E, "给我师父写个重阳节祝福🙏 他带我入行做厨师二十年了👨‍🍳 要喜庆点",
  "师父", "师父", "老师", ["入行做厨师"], N, FEST, N, "重阳")
c(E, "帮我给学妹写个端午祝福🐉🛶她下周论文答辩😅 轻松点",
  N, "学妹", "朋友", ["论文答辩"], N, EASY, N, "端午")

# long stories (200+ characters, one detail worth using)
c(L, "我想给我们楼的保洁阿姨写个春节祝福。事情是这样的，今年夏天我加班到凌晨，回家发现钥匙丢了，手机也没电了，"
     "在楼道里坐了快一个小时。阿姨早上五点来打扫，看见我缩在门口，二话不说把自己的保温杯递给我，又跑去物业那边"
     "帮我找了开锁师傅的电话，还借我充电宝。后来我才知道她那天本来是请假的，是替别人顶班。她自己的孩子在老家上学，"
     "一年就回去一次，今年过年她说不回去了，留下来值班。帮我写得朴实一点，就写她那天早上递给我的那杯热水，别太长。",
  N, "保洁阿姨", "其他", ["那杯热水"], N, N, S, "春节")
c(L, "说起来有点不好意思，我跟我爸这几年关系一直不太好。大学毕业那年我非要去北京做乐队，他说我不务正业，"
     "我们吵了一架，有两年几乎没说话。去年冬天我生病住院，我妈说他连夜坐了十几个小时的绿皮火车过来，到了也不进病房，"
     "就在走廊里坐着，给我削了一袋子苹果让护士送进来。我出院那天他已经回去了。今年父亲节我想给他发条微信，"
     "不知道怎么开口。他现在还是那样，电话里说不了两句就让我妈接。帮我写一条，不要太煽情，就提那袋削好的苹果。",
  "爸", "爸", "家人", ["削好的苹果"], "微信", N, N, "父亲节")
c(L, "我初中那会儿数学很烂，每次考试都在及格线下面晃，是我的数学老师邝老师每天放学把我留下来单独讲题，一讲就是一个小时，"
     "从来没收过一分钱，那时候她自己的孩子也才上小学。有一次下大雨，她讲完题还骑电动车把我送回家，自己淋得透湿。后来我考上了高中，又考上了大学，"
     "现在自己也当了数学老师。这些年一直没好好谢过她，听说她明年就退休了。今年教师节我想给她发条微信，"
     "帮我写一条，一百字左右，要把放学留我讲题这件事写进去。",
  "邝老师", "数学老师", "老师", ["讲题"], "微信", N, MID, "教师节")
c(L, "今年我们组来了个新人叫阿柘，刚毕业，一开始连Excel都用不利索，开会也不敢说话。我是组长，她是我带的第一个下属，"
     "带了她大半年。说实话中间我也急过，有一次她把报表的数据弄错了，客户那边直接打电话来骂，她躲在楼梯间哭。"
     "第二天她主动留下来把三年的历史数据全部重新核对了一遍，一个错都没有。从那以后她就像换了个人，"
     "现在组里的周报都是她在做。元旦快到了，我想给她发个祝福，鼓励一下，别太正式，就提那次她重新核对数据的事。",
  "阿柘", "下属", "下属", ["重新核对"], N, EASY, N, "元旦")
c(L, "帮我给隔壁的老隋写个中秋祝福吧。老隋是我邻居，我们这栋楼的老住户，七十多了，一个人住。去年我刚搬来的时候什么都不懂，"
     "燃气卡不会充，垃圾不会分，都是他一样一样教我的。今年春天我家楼上漏水，泡坏了半面墙，是他带着我去找物业、"
     "找楼上的住户，一趟一趟地跑，最后楼上赔了钱，墙也重新刷了。他不要我任何东西，我包了点月饼他也只收了两个。"
     "他儿子在国外，今年中秋应该也回不来。我想写一段话当面念给他听，就提他带我跑漏水的事，一百来字就行。",
  "老隋", "邻居", "其他", ["漏水"], "当面说", N, MID, "中秋")
c(L, "My sister-in-law Anneliese has been living with us since March while she recovers from knee surgery. "
     "Honestly I was worried it would be awkward, but she ended up teaching my daughter to knit, fixed our broken "
     "dishwasher with a YouTube video, and bakes her grandmother's apple strudel every Sunday. She flies back to "
     "Hamburg in January. Could you write her a Christmas card message from the whole family? Mention the Sunday "
     "strudel, and not too long please.",
  "Anneliese", "sister-in-law", "家人", ["strudel"], "card", N, S, "圣诞")

# English requests
c(EN, "My mom finished her last round of chemo this spring. Could you help me write something for Mother's Day?",
  "mom", "mom", "家人", ["last round of chemo"], N, N, N, "母亲节")
c(EN, "Thanksgiving is coming up, please write a short note for my landlord Olamide. He got our heating fixed "
      "within an hour last week.",
  "Olamide", "landlord", "其他", ["heating fixed"], N, N, S, "感恩节")
c(EN, "Our supplier in Ningbo shipped early twice this year, can you do a Dragon Boat greeting for them? "
      "Keep it professional.",
  N, "supplier", "合作伙伴", ["shipped early twice"], N, BIZ, N, "端午")
c(EN, "happy birthday msg for my coworker Ruairi pls, he brings his dog to the office every friday lol. make it funny",
  "Ruairi", "coworker", "同事", ["brings his dog"], N, EASY, N, "生日")
c(EN, "could u write something for my grandpa for Double Ninth festival, he taught me how to fish when i was little",
  "grandpa", "grandpa", "家人", ["taught me how to fish"], N, N, N, "重阳")
c(EN, "Please draft an email for our client Marisol for the Lunar New Year, about 100 words. Her firm just "
      "renewed with us for another three years.",
  "Marisol", "client", "客户", ["renewed with us"], "邮件", N, MID, "春节")


# ---------------------------------------------------------------------------------------------------------------
# the note
# ---------------------------------------------------------------------------------------------------------------
KIND_LABELS = [
    ("plain", "everyday requests"),
    ("reply", "short answers to the bot's question"),
    ("several_people", "the recipient beside other people; one written for a colleague's mother-in-law, one "
                       "on behalf of a colleague"),
    ("pets", "never the name; the pet's name is a fragment (a cat, dogs, a hen, a tortoise)"),
    ("nicknames_titles", "蒯总, 托尼老师 (a hairdresser), 老鄂, 汲老师 (an accountant), 钢镚, 粟总, 小栾"),
    ("unknown_relation", "骑行搭子, 调音师, 园艺师, 茶艺老师, 拼单搭子, 修表师傅, 私厨"),
    ("voice", "no punctuation or spaces; fillers and a spoken self-correction of the recipient"),
    ("typos", "老丝, 母亲结, 生曰, 老扳, 元档, 郑式, 合作伙办, 外工, 喜情, 实习升"),
    ("mixed", "manager, intern, client, co-founder, roommate, PhD advisor, Mom"),
    ("emoji", "emoji with a flag, a ZWJ sequence and stacked emoji"),
    ("long_story", "five Chinese and one English"),
    ("english", "requests fully in English"),
]


NOTE_HEAD = """# extraction_blind14_2026-12.json: a fourteenth blind, frozen extraction set, weighted to the everyday

- **Who:** an AI helper session, started by a project session to write a fourteenth evaluation set. It had **not
  read the code the set will measure**: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or
  `experiments/` was opened, and no bot, extractor or bench was run (git once, by mistake: see "Also" below).
- **When:** 2026-12-07.
- **What it read:**
  - `README.md` lines 1-30 and its section "The six slots" (the slot table), and the brief it was given;
  - in `tests/data/`: the first note (`extraction_blind_2026-12.md`, for its annotation rules) and the thirteenth
    note (`extraction_blind13_2026-12.md`) in full; the other notes (`extraction_blind2_2026-12.md` ...
    `extraction_blind12_2026-12.md`) and the build scripts `extraction_blind3_build.py` ...
    `extraction_blind13_build.py` only searched by `grep -l` for the names, pet names, relation words and typos it
    meant to use (a count of files per word, no lines shown);
  - `tests/data/extraction_blind13_check.py` in full, to copy and adapt the validator;
  - of `tests/data/extraction_blind13_build.py`, only its first 40 and last 25 lines, for the file structure (they
    show no case).
- **Also:** it listed the file names in `tests/data/` (to see which earlier notes and build scripts exist). One slip
  against the brief: after the set was written, checked and annotated, it ran `git status --short` once, by habit,
  while checking that it had touched no other file; it printed only the names of untracked files in `tests/data/`
  (this set's four files and another helper's `followup_blind15_*` files). No other git command was run, and nothing
  was changed after it.
- **What it did not read:** no `.json` file in `tests/data/` other than this set's; no other test; no other file of
  the repository. The checker reads the earlier notes and build scripts as plain text; the helper saw what the
  checker printed about *its own* cases (the runs they shared with those sources, listed below). One honest caveat:
  the self-test, as copied from the thirteenth checker, prints the first error of each breakage, and for the
  copy breakages that error quotes the injected run (12 Han characters or 28 Latin characters taken from an earlier
  note or build script). Those few excerpts were seen after every case was written and annotated; no case was
  changed after that run.
- **How:** every message was written by hand the way people type to a bot (WeChat and the like: Chinese, English or
  both, emoji, voice input without punctuation, typos), and annotated by hand under the rules of the first note and
  the decisions of the thirteenth, which this set follows unchanged where they decide a case; the decisions it had to
  add are listed below. The cases live in `extraction_blind14_build.py` (standard library only), which writes the
  JSON deterministically (two runs gave the same bytes) and this note. Nothing was tuned against any extractor.
  - **Everyday first:** about two thirds of the cases are `plain` requests or `reply` answers to the bot's
    question: parents, grandparents, in-laws (岳父, 岳母, 丈母娘, 老丈人, 公公, 婆婆, 弟媳, 妹夫, 嫂子), spouses and
    partners (a fiancé, a 太太), children and grandchildren, siblings, uncles and aunts, a godfather, the whole
    family group (七大姑八大姨), bosses (组长, 主管, 副总, 董事长, a retired 前领导), colleagues, people the user leads
    (实习生, 应届生, 员工, 徒弟, 助理), clients (a shop's 老顾客, a 甲方对接人, the client's boss), partners (投资人,
    供应商, 合伙人, 经销商, 合作方), teachers of the user or the child (导师, 班主任, 驾校教练, 瑜伽老师, 外教, 辅导员,
    私教, 师傅), friends, neighbours, a landlord and service people (保姆阿姨, 快递小哥, 物业的管家, 家庭医生, 钟点工,
    修鞋的师傅, 心理咨询师, 保安).
  - **Hard shapes (the rest):** several people in one message (written for a colleague's mother-in-law; on behalf
    of a colleague; three colleagues together; a couple together), pets (a cat, dogs, a hen, a tortoise), nicknames and
    titles (托尼老师 the hairdresser, 汲老师 the accountant, the nickname 钢镚), relation words an extractor may lack,
    voice input without punctuation or spaces (fillers 嗯那个, 喂喂, 呃, 然后呢, 我想想啊, 对对对, and a spoken
    self-correction of the recipient 妈 -> 奶奶), typos, Chinese-English mixing, emoji (a flag 🇹🇷, a ZWJ sequence
    👨‍🍳, stacked emoji 🧧🧨), long stories (five Chinese, one English), English requests (some lower-case with `u`,
    `pls`, `msg`, `lol`).
  - **Names** checked by `grep -l` against the thirteen earlier notes and the build scripts `extraction_blind3_build.py`
    ... `extraction_blind13_build.py` and absent from all of them (kin terms used as address aside): 嵇阿姨, 阿翘, 小莘,
    Mateus, 小笪, 晏姐, 小亓, 阙经理, 蓟姐, 老燕, Chidi, 郗总, 小缑, 戈姐, 佘叔, 官姐, 淳于老师, 卜姐, 甄叔, 阿蒲, 蒯总,
    托尼老师, 老鄂, 汲老师, 钢镚, 粟总, 小栾, 老逯, 钮经理, Takumi, Valentina, Søren, Henrike, Zeynep, 公孙姐, 邝老师,
    阿柘, 老隋, Anneliese, Olamide, Ruairi, Marisol. Pets: 毛肚, 豌豆黄, 青团, 糍粑, 腐乳, Pickles, 莲藕.
  - **Relation words** absent from the earlier notes and build scripts: 骑行搭子, 调音师, 园艺师, 茶艺老师, 拼单搭子,
    修表师傅, 私厨, 七大姑八大姨, 保姆阿姨, 妈的同事, 宠物店的店长, 客户的老板, 合作方的对接人. Typos absent from
    them: 老丝, 母亲结, 生曰, 老扳, 元档, 郑式, 伙办 (in 合作伙办), 外工, 喜情, 实习升. The everyday words (妈, 老公,
    老板, 主管, 客户, 同事, 房东, 邻居, 班主任, 发小, 闺蜜, 导师, 供应商, 投资人, 甲方对接人 ...) do occur in earlier
    sources, as they must in an everyday set.
- **Rewording after the checks.** The first run of the checker flagged sixteen cases that shared a run by chance
  with earlier sources: seven Chinese openings of everyday requests (a mother's Mother's Day, a wife's birthday, a
  grandson's flight home, a brother on duty on New Year's Eve, a cousin's eighteenth birthday, a business partner's
  shops, a high-school Chinese teacher), two replies (`我儿子的围棋老师` and `不是春节，是元宵`, word for word in
  earlier sources; they became `我家孩子的围棋老师` and `不是过年那个 是元宵节的`), two pet cases (their openings),
  one long story's opening, and four English openings (Mother's Day, Thanksgiving, Dragon Boat, Spring Festival);
  all were reworded, keeping the annotation. Two long stories under 200 characters were lengthened.
- **Review pass.** Reading all cases once more before freezing, five were changed: the brother's case now names
  the holiday it asks for (`写条除夕祝福`: `今年除夕在医院值班` alone is the story), one colleague case asks for
  `代码梗`, the aunt's case asks `写长一点`, the long story about a new hire uses 阿柘 (小亓 is already one of the
  colleagues in a several-people case), and the long story about 老隋 says `老隋是我邻居` (before, no relation
  word was written, only `隔壁的`).
- **Checks:** `extraction_blind14_check.py` was run on the final file and prints `OK`. It keeps every check of the
  thirteenth set's checker (structure, canonical values, fragments, texts, shapes, holiday and category spread, the
  minimum per kind, the everyday share 0.60-0.75, copies). **Changed:**
  - the copy check reads twenty-four sources as plain text: the thirteen earlier notes and
    `extraction_blind3_build.py` ... `extraction_blind13_build.py` (the thirteenth note and build are new). No text
    may occur in any of them or share a run of more than 11 Han characters or more than 27 characters with any one
    of them; the checker fails when any source is missing;
  - `--selftest` adds seven breakages (a whole thirteenth-set build text; a 12-Han run from the thirteenth set's
    build appended to a plain case, prefixed to a reply and appended to a long story; a 28-character Latin run from
    it; a 12-Han run from the thirteenth note; and a breakage that fails unless the thirteenth build yields at least
    100 case texts; it yields 241): 100 breakages in all, **all caught**, each by the check meant for it.
  Run: `python3 extraction_blind14_build.py && python3 extraction_blind14_check.py --stats` (and `--selftest`).

## Frozen

Do not edit the cases. If an annotation is found wrong, write it down under Errata below (date, case text, what and
why) rather than fix it silently, so that figures stay comparable; a changed set is a new file. The build script must
keep producing the bytes given at the end. If it ever does not, the JSON with that SHA-256 is the set.

## Format

As in the thirteen earlier sets: a JSON list of `{"text", "kind", "expect"}` (replies add `asked` between `kind` and
`expect`), and `expect` has `name`, `relation`, `relation_category`, `details_contains`, `details_null`, `occasion`,
`style`, `length`, `holiday`, in that order. Anything the user did not say is `null`, with no defaults. A reply is
annotated only for what it says, whatever was asked. Suggested scoring as before: `relation` matches when either
string contains the other (case-insensitive for English); everything else exactly; details are correct when every
fragment occurs in the extracted details (and, for `details_null: true`, when the extracted details are null).
Report `plain` + `reply` and the hard shapes separately as well as together.
"""

NOTE_TAIL = """## Decisions added to the rules (judgement calls kept on purpose)

Where the first note or the thirteenth decides a case, it was followed unchanged (kin terms used as address are
names; 爸妈 greeted together is a name; `保洁阿姨` is not a name; modifiers such as `大学`, `老`, `隔壁工位的`,
`初中` are dropped from the relation while `女儿的钢琴老师`, `孩子的班主任`, `前同事`, `部门领导` are kept; spouses
are 恋人; the relation is the sender's in several-people cases written for someone else; `九十大寿` is 生日; a
holiday only in the story is not the one asked for; `以糍粑的口吻` is not a style; `要中文的` is not a style; a bare
reason for a medium is not a detail; `card` and a `note`/`message` follow the thirteenth note). New here:

- **Names.** New kin terms used as address: 弟弟, 干爹, 爷爷奶奶 (a couple greeted together, like 爸妈), `Mom` and
  `mom`, `grandpa`, and 外工 (a typo for 外公; typos in a name stay as written). **Not names** (reference words
  nobody uses to address the person): 岳父, 岳母 (the user calls them 爸, 妈 or 叔叔, 阿姨, which is not written), 太太,
  儿子, 女儿, 干女儿, 外甥女, 学妹, 七大姑八大姨, 快递小哥, 保姆阿姨, 钟点工, 老板 (also through the typo 老扳: the
  relation word, as in the first note). The voice self-correction `给我妈不对不对
  给我奶奶` -> 奶奶. A pet is never the name (毛肚, 豌豆黄, 青团, 糍粑, 腐乳, Pickles, 莲藕). In the several-people
  case written for a colleague (`我同事小笪让我帮个忙，给她婆婆写…`) the name is 婆婆, how the sender (小笪) addresses
  her, and the relation is 婆婆 (the sender's), as the thirteenth note decides for such cases. A nickname a
  hairdresser is known by (`托尼老师`) and a title used for an accountant (`汲老师`, `她不是老师哈`) are names and say
  nothing of the relation; the relation is what the message says (理发师, 会计).
- **Which string goes into `relation`.** Dropped as modifiers: `研究生导师` -> 导师, `初中班主任` -> 班主任,
  `高中语文老师` -> 语文老师, `健身私教` -> 私教, `财务部的同事`, `组里的同事`, `隔壁工位的同事` -> 同事,
  `对门的邻居` -> 邻居, `老顾客` -> 顾客, `老客户` -> 客户, `我们部门的经理` -> 经理, `物业的管家` -> 管家, `前台小姑娘` (voice)
  -> 前台, `他是我们最大的客户` -> 客户, `一起玩剧本杀的朋友` -> 朋友. Kept, because they change who the person is:
  `孩子的英语外教`, `闺女的幼儿园老师`, `孩子的围棋老师` (a reply), `儿子的数学老师` (through the typo 老丝),
  `男朋友的妈妈`, `妈的同事`, `客户的老板`, `甲方对接人`, `合作方的对接人`, `宠物店的店长`, `修鞋的师傅`, `部门领导`,
  `大老板`, `前领导`, `楼下邻居`, `邻居大爷`. `七大姑八大姨` (the whole family in the family group) is kept as the
  user's word. No relation word, so relation and category null: `卜姐` (she feeds the cat), `老鄂` (`我们以前在一个
  车间干了十几年` says what they shared, but not a word for it), `蒯总`.
- **Categories of the new words.**
  - 家人: 干爹, 干女儿, 外甥女, 七大姑八大姨, 爷爷奶奶, 岳父, 岳母, 丈母娘, 老丈人, 弟媳, 妹夫, 嫂子, `sister-in-law`.
  - 恋人: 太太, 未婚夫, 对象, 媳妇儿 (小栾).
  - 朋友: 战友 (the user's own comrade from the army; `爸的战友` stays 其他 as in the first note), 学妹 (a schoolmate,
    like 师姐), 同桌, 骑行搭子, 拼单搭子, 剧本杀 friends, `roommate`.
  - 同事: 会计 (汲老师), 前台 (of the user's company), `coworker`.
  - 领导: 大老板, 副总, 董事长, 经理 (of the user's department), 前领导, `manager`.
  - 下属: 员工 (of the user's shop), 应届生, 助理, `intern`, 实习生 (also through the typo 实习升).
  - 客户: 顾客 (a regular of the user's shop), 甲方对接人, 客户的老板, `client`.
  - 合作伙伴: 投资方, 合伙人, 经销商, 合作方的对接人, `co-founder`, `supplier`, 合作伙伴 (also through the typo 合作伙办).
  - 老师: 游泳教练 (the children's coach), 茶艺老师, 私教, 辅导员, 外教, 师傅 (the factory master who trained the
    user; where the user is the master, the 徒弟 is 下属) and 师父 (the chef who brought the user into the trade),
    `PhD advisor`.
  - 其他: 保姆阿姨, 快递小哥, 管家 (of the property company), 家庭医生, 钟点工, 修鞋的师傅, 心理咨询师 (as in the
    thirteenth), 保安, 理发师 (托尼老师), 宠物医生, 宠物店的店长, 调音师, 园艺师, 修表师傅, 私厨, 妈的同事 (an elder
    who is a family friend), 男朋友的妈妈 (as 女朋友的妈妈 in the thirteenth), 邻居, 保洁阿姨, `landlord`.
- **Holidays.** Typos: 母亲结 -> 母亲节, 生曰 -> 生日, 元档 -> 元旦. `Christmas`, `Mid-Autumn`, `Teachers' Day`,
  `Double Ninth festival`, `Dragon Boat greeting`, `Lunar New Year` -> 圣诞, 中秋, 教师节, 重阳, 端午, 春节;
  `过生日`, `birthday` -> 生日; `春节贺词`, `拜年` -> 春节; `除夕夜要给爸妈打电话` -> 除夕. The reply `不是过年那个
  是元宵节的` -> 元宵. The voice self-correction of the recipient keeps the holiday said before it (母亲节 for the
  grandmother). A holiday that does not fit the recipient is kept as asked (母亲节 for a child's kindergarten
  teacher who just became a mother, 父亲节 for the watch repairer). Holidays in the story agree with the one asked
  for (`国庆同学聚会`, `第一次在学校过元宵`, `头一回自己坐飞机回来过年`); `今年除夕在医院值班` is backed by
  `写条除夕祝福`.
- **Styles.** 商务得体: `正式一点`, `正式点`, `商务一点`, `商务点`, `得体一点`, `得体点`, `要得体`, `庄重一些`,
  `要体面一点`, `商务点别太肉麻`, `要正式一点` (voice), `郑式一点` (typo), `professional一点`, `Keep it
  professional`. 轻松自然: `轻松点`, `轻松一点` (a reply), `随意点`, `不用太正式`, `别太正式`, `搞笑一点`, `写得搞笑一点`,
  `皮一点`, `怎么损怎么来`, `调侃一下他` (new: teasing, like 皮一点), `casual一点`, `make it funny`. 传统喜庆: `喜庆点`,
  `喜庆一点`, `要喜庆点`, `稍微喜庆一点` (voice), `要喜情一点` (typo). LLM科技风: `带点代码梗`, `加点tech梗`,
  `来点程序员的梗` (a reply). Not a style: `朴实一点`, `不要太煽情`, `写简单点` (for a boss whose Chinese is not good:
  plain wording, not a length either), `鼓励一下`, `鼓励鼓励他`, `以…的口吻`, `要中文的`.
- **Lengths.** `<=50`: `别太长`, `短一点`, `短点就行，两三句` (a reply), `短短两三句就行`, `简短点`, `五十字以内`,
  `短一点就行` (voice), `short一点`, `a short note`, `not too long please`. `50-100`: `一百字以内`, `一百字左右`,
  `一百来字就行`, `about 100 words`. `100-200`: `一百到两百字`, `一百五十字左右`, `写长一点`. Not a length: `写几句`,
  `写段话`, `写一段`, `几句话`, `写简单点`.
- **Occasion.** `拜年微信`, `发个微信`, `用微信发`, `发微信` (voice), `发条微信` -> 微信; `祝福邮件`, `邮件发`,
  `拜年的邮件`, `拜年邮件`, `email` -> 邮件; `在寿宴上当面念`, `年会上…当面说`, `当面念给他听`, `我当面跟她说`
  (a reply) -> 当面说; `视频的时候念给他听` -> 视频里说; `要给爸妈打电话`, `打电话说` (a reply) -> 电话里说;
  `短信`; `发家族群里`, `发群里` -> 群里; `写张圣诞节的卡片` -> 卡片; `card` kept as the user's word. Not the
  occasion: `她天天跟我视频炫耀`, `他们不怎么用微信`, `birthday message`, `msg`, `note`.
- **Details.** A fact about the recipient or what they share counts (`老兵`, `新加坡人`, `美国人`, `嘴硬心软`,
  `去年退休了`, `老乡`); a bare reason for a length or a medium does not (`他不用智能机`, `他们不怎么用微信`), nor a
  way of being called (`大家都这么叫她`), nor how the user will deliver the text (`孩子想自己抄一遍`). Pets: the
  pet's name, with a second fragment where the story points elsewhere (`肠胃炎`, `趴在他键盘上`). Long stories: the
  phrase the user points at (`那杯热水`, `削好的苹果`, `讲题`, `重新核对`, `漏水`, `strudel`). A reply that names a
  relation and a fact (`客户，做建材的`, `我徒弟，跟了我三年`, `他叫Mateus，巴西来的同事`) fills both; a reply that
  names only a fact (`来点程序员的梗，他是写后端的`) fills style and details.

## Errata

None yet.
"""


def _count_table(counter):
    return ", ".join("%s %d" % ("null" if k is None else k, v) for k, v in counter.most_common())


def write_note(raw):
    head, tail = NOTE_HEAD, NOTE_TAIL
    kinds = collections.Counter(c["kind"] for c in CASES)
    lines = [head.rstrip("\n"), "", "## Counts (%d cases)" % len(CASES), "", "| kind | cases |", "| --- | --- |"]
    for k, label in KIND_LABELS:
        lines.append("| `%s` (%s) | %d |" % (k, label, kinds[k]))
    every = kinds["plain"] + kinds["reply"]
    lines += ["", "Everyday (`plain` + `reply`): %d of %d (%d%%); hard shapes: %d." % (
        every, len(CASES), round(100 * every / len(CASES)), len(CASES) - every), "", "Value spread:"]
    for key in ("holiday", "relation_category", "style", "length", "occasion"):
        lines.append("- %s: %s;" % (key, _count_table(collections.Counter(c["expect"][key] for c in CASES))))
    asked = collections.Counter(c["asked"] for c in CASES if c["kind"] == "reply")
    lines.append("- reply asked: %s;" % _count_table(asked))
    longs = [len(c["text"]) for c in CASES if c["kind"] == "long_story"]
    lines.append("- name null: %d; details_null: %d; %d details fragments; long stories %d-%d characters." % (
        sum(c["expect"]["name"] is None for c in CASES), sum(c["expect"]["details_null"] for c in CASES),
        sum(len(c["expect"]["details_contains"]) for c in CASES), min(longs), max(longs)))
    lines.append("")
    lines.append(tail.rstrip("\n"))
    lines += ["", "## Frozen set", "",
              "`extraction_blind14_2026-12.json`: %d cases, %s bytes, SHA-256" % (len(CASES), format(len(raw), ",")),
              "`%s`." % hashlib.sha256(raw).hexdigest(), "",
              "**FROZEN** on 2026-12-07. Do not edit; a changed set is a new file.", ""]
    with open(NOTE, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    raw = (json.dumps(CASES, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(raw)
    write_note(raw)
    print("wrote %d cases to %s, and %s" % (len(CASES), OUT, NOTE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
