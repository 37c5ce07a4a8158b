#!/usr/bin/env python3
"""Builds extraction_blind15_2026-12.json: a fifteenth blind, frozen extraction set, weighted to the everyday.

Every case below was written and annotated by hand (see extraction_blind15_2026-12.md for the rules and the
judgement calls). Standard library only; the output is deterministic. Run:  python3 extraction_blind15_build.py
It writes the JSON and the note (extraction_blind15_2026-12.md), whose tail carries the JSON's size and SHA-256.
"""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "extraction_blind15_2026-12.json")
NOTE = os.path.join(HERE, "extraction_blind15_2026-12.md")

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
P = "plain"
R = "reply"
BIZ, CAS, FES, TECH = "商务得体", "轻松自然", "传统喜庆", "LLM科技风"
S, M, L = "<=50", "50-100", "100-200"

# ---------------------------------------------------------------- plain: everyday requests
# family
c(P, "中秋节到了，给我妈写个祝福呗，她刚退休，这阵子天天去老年大学学国画", "妈", "妈", "家人", ["刚退休", "学国画"], N, N, N, "中秋")
c(P, "父亲节给我爸发条微信，帮我写一下，他腰不好还天天去河边钓鱼，别太长", "爸", "爸", "家人", ["钓鱼"], "微信", N, S, "父亲节")
c(P, "想给奶奶写几句重阳节的话，她今年八十五了，耳朵有点背，我打电话念给她听", "奶奶", "奶奶", "家人", ["八十五"], "电话里说", N, N, "重阳")
c(P, "我姥姥过生日 帮我写个祝福 她最爱吃我包的饺子", "姥姥", "姥姥", "家人", ["包的饺子"], N, N, N, "生日")
c(P, "给岳母写个春节祝福，去年她来帮我们带了半年孩子，要得体一点", N, "岳母", "家人", ["带了半年孩子"], N, BIZ, N, "春节")
c(P, "下周三老婆过生日，帮我写段话吧，今年是结婚第七年了，她最近在备考注会", "老婆", "老婆", "恋人", ["备考注会"], N, N, N, "生日")
c(P, "给我老公写个七夕祝福 他在外地出差已经两个月了", "老公", "老公", "恋人", ["外地出差"], N, N, N, "七夕")
c(P, "帮我给儿子写条元旦祝福，他在部队当兵，今年第一次没回家", N, "儿子", "家人", ["部队当兵"], N, N, N, "元旦")
c(P, "女儿今年高考，给她写个端午的祝福吧，轻松点，别给她压力", N, "女儿", "家人", ["高考"], N, CAS, N, "端午")
c(P, "给我姐写个生日祝福 她上个月刚生了小外甥", "姐", "姐", "家人", ["生了小外甥"], N, N, N, "生日")
c(P, "给我弟写条国庆祝福，他在深圳送外卖，国庆也不休息", "弟", "弟", "家人", ["送外卖"], N, N, N, "国庆")
c(P, "给婆婆写条母亲节的微信，她帮我们带娃三年了，正式点", "婆婆", "婆婆", "家人", ["带娃三年"], "微信", BIZ, N, "母亲节")
c(P, "帮我给老丈人写个春节拜年的话，他爱喝茶，我今年给他带了两斤大红袍", N, "老丈人", "家人", ["大红袍"], N, N, N, "春节")
c(P, "给我舅舅写个元宵节祝福，他开了家小饭馆，今年生意不错", "舅舅", "舅舅", "家人", ["小饭馆"], N, N, N, "元宵")
c(P, "给我堂哥写一句生日祝福就行，他今年考上公务员了", "堂哥", "堂哥", "家人", ["考上公务员"], N, N, S, "生日")
c(P, "给爷爷写条重阳节祝福，他退休前是中学校长，现在每天在家写毛笔字", "爷爷", "爷爷", "家人", ["写毛笔字"], N, N, N, "重阳")
c(P, "给孙女写个元旦祝福，她在英国读书，今年回不来", N, "孙女", "家人", ["英国读书"], N, N, N, "元旦")
c(P, "给我嫂子写个中秋祝福，她每年都给我们寄自己做的月饼", "嫂子", "嫂子", "家人", ["自己做的月饼"], N, N, N, "中秋")
c(P, "冬至了给我爸妈写个祝福，他们在东北老家，今年冬天特别冷", "爸妈", "爸妈", "家人", ["东北老家"], N, N, N, "冬至")
c(P, "除夕给我外公写个祝福，我打电话跟他说，他今年刚做完白内障手术", "外公", "外公", "家人", ["白内障手术"], "电话里说", N, N, "除夕")
c(P, "感恩节想给我姨写几句，她供我读完了大学", "姨", "姨", "家人", ["供我读完了大学"], N, N, N, "感恩节")
c(P, "父亲节给我老爸写个祝福，他是出租车司机，开了三十年车", "老爸", "老爸", "家人", ["出租车司机"], N, N, N, "父亲节")
c(P, "父亲节给岳父写一条微信，他上个月刚抱上外孙", N, "岳父", "家人", ["抱上外孙"], "微信", N, N, "父亲节")
c(P, "母亲节给我妈写一段，要长一点，她一个人把我和我弟拉扯大", "妈", "妈", "家人", ["拉扯大"], N, N, L, "母亲节")
c(P, "给我小姨写个元宵节祝福，她在老家开了个幼儿园", "小姨", "小姨", "家人", ["开了个幼儿园"], N, N, N, "元宵")
c(P, "给大伯写个中秋祝福，他今年刚抱了孙子，喜庆点", "大伯", "大伯", "家人", ["抱了孙子"], N, FES, N, "中秋")
c(P, "给干妈写个生日祝福，她今年六十大寿，我在寿宴上当面说", "干妈", "干妈", "家人", ["六十大寿"], "当面说", N, N, "生日")
c(P, "国庆给我哥写个祝福 他在边防站守着 回不来", "哥", "哥", "家人", ["边防站"], N, N, N, "国庆")
# partners and spouses
c(P, "给女朋友写个情人节的祝福，我们异地恋一年多了，下个月我去她的城市找她", N, "女朋友", "恋人", ["异地恋"], N, N, N, "情人节")
c(P, "帮我给男朋友写条圣诞祝福，他是护士，圣诞那天还要上夜班", N, "男朋友", "恋人", ["上夜班"], N, N, N, "圣诞")
c(P, "给我对象写个七夕的，我俩今年刚领证", N, "对象", "恋人", ["刚领证"], N, N, N, "七夕")
c(P, "老婆怀孕五个月了，帮我写个元旦祝福给她，写长一点", "老婆", "老婆", "恋人", ["怀孕五个月"], N, N, L, "元旦")
c(P, "今年除夕老公在高铁上值班回不来，帮我给他写个除夕的祝福", "老公", "老公", "恋人", ["高铁上值班"], N, N, N, "除夕")
c(P, "给老婆写个情人节祝福，我俩是高中同桌，今年是在一起的第十年", "老婆", "老婆", "恋人", ["高中同桌"], N, N, N, "情人节")
c(P, "给对象写条元宵节的微信 她今年第一次来我家过年", N, "对象", "恋人", ["第一次来我家过年"], "微信", N, N, "元宵")
c(P, "七夕给老公写个祝福 他最近在学做饭 搞笑一点", "老公", "老公", "恋人", ["学做饭"], N, CAS, N, "七夕")
c(P, "情人节给我太太写一条，我们结婚二十五年了，今年银婚", N, "太太", "恋人", ["银婚"], N, N, N, "情人节")
# bosses
c(P, "给我们组长写条中秋祝福，她上个月刚带我们把系统上线，商务得体点", N, "组长", "领导", ["系统上线"], N, BIZ, N, "中秋")
c(P, "给闫经理写个国庆祝福，他是我们部门的经理，平时挺照顾新人的，正式一点", "闫经理", "经理", "领导", ["照顾新人"], N, BIZ, N, "国庆")
c(P, "给老板写个春节拜年微信，他今年带我们熬过了最难的一年，五十字以内", N, "老板", "领导", ["最难的一年"], "微信", N, S, "春节")
c(P, "想给副总裁写个元旦祝福，邮件发，他上个月刚从新加坡调过来", N, "副总裁", "领导", ["从新加坡调过来"], "邮件", N, N, "元旦")
c(P, "给我的主管写条端午祝福 她最近刚休完产假回来", N, "主管", "领导", ["休完产假"], N, N, N, "端午")
c(P, "给亢总写个中秋祝福，他是我以前的老板，前年我离职的时候他还给我写了推荐信", "亢总", "以前的老板", "领导", ["推荐信"], N, N, N, "中秋")
c(P, "给我们部门领导写个重阳节祝福，他马上要退休了，郑重一点", N, "部门领导", "领导", ["马上要退休"], N, BIZ, N, "重阳")
# colleagues
c(P, "给同事写个圣诞祝福，她元旦以后就调到上海分公司去了", N, "同事", "同事", ["调到上海分公司"], N, N, N, "圣诞")
c(P, "帮我给隔壁组的同事小岑写条元旦微信，我们一起加了一个月班赶项目", "小岑", "同事", "同事", ["加了一个月班"], "微信", N, N, "元旦")
c(P, "给幸姐写个中秋祝福，她是我们公司的行政，每次报销都是她帮我催财务", "幸姐", "行政", "同事", ["报销"], N, N, N, "中秋")
c(P, "给我们组的后端同事写个国庆祝福，他这个月修了三十多个bug，带点程序员梗，一百字左右", N, "同事", "同事", ["修了三十多个bug"], N, TECH, M, "国庆")
c(P, "给我表哥写个圣诞祝福，他在大厂做大模型，加点AI梗，八十字左右", "表哥", "表哥", "家人", ["做大模型"], N, TECH, M, "圣诞")
c(P, "给一起拼车上班的同事写个元宵祝福", N, "同事", "同事", ["拼车上班"], N, N, N, "元宵")
c(P, "给以前的同事写个感恩节祝福，我刚入行的时候他教了我很多", N, "以前的同事", "同事", ["教了我很多"], N, N, N, "感恩节")
# people the user leads
c(P, "教师节想谢谢带我的师傅，他是车间的老钳工，手把手教了我两年", N, "师傅", "老师", ["手把手"], N, N, N, "教师节")
c(P, "帮我给实习生们写个春节祝福，他们三个寒假回学校了，鼓励一下", N, "实习生", "下属", ["寒假回学校"], N, N, N, "春节")
c(P, "给我带的徒弟写条国庆祝福，这小伙子今年考下了电工证", N, "徒弟", "下属", ["电工证"], N, N, N, "国庆")
c(P, "给我手下的员工写个中秋祝福 发群里 她们这个季度业绩翻了一倍", N, "员工", "下属", ["业绩翻了一倍"], "群里", N, N, "中秋")
c(P, "给新来的助理写个元旦祝福，她才来三个月，什么活都干得很利索", N, "助理", "下属", ["干得很利索"], N, N, N, "元旦")
c(P, "给店里的两个学徒写个端午祝福，他们今年都出师了，可以自己剪头了", N, "学徒", "下属", ["出师了"], N, N, N, "端午")
c(P, "给我的实习生小厍写个元旦祝福，他下周就要回学校答辩了", "小厍", "实习生", "下属", ["答辩"], N, N, N, "元旦")
# clients
c(P, "帮我给客户写条春节拜年短信，他是做冷链物流的，合作五年了，商务点", N, "客户", "客户", ["冷链物流"], "短信", BIZ, N, "春节")
c(P, "给仉总写个中秋祝福，他是我们最大的客户，上个月刚续签了三年", "仉总", "客户", "客户", ["续签了三年"], N, N, N, "中秋")
c(P, "给我的老顾客写个端午祝福，我是开花店的，她每周都来买一束百合", N, "顾客", "客户", ["买一束百合"], N, N, N, "端午")
c(P, "帮我给客户公司的采购经理写个国庆祝福，要体面一点", N, "客户公司的采购经理", "客户", [], N, BIZ, N, "国庆")
c(P, "给逄姐写个圣诞祝福，她是我们的客户，今年帮我们介绍了两个新单子", "逄姐", "客户", "客户", ["介绍了两个新单子"], N, N, N, "圣诞")
c(P, "给客户写个感恩节的邮件，对方是美国公司的，今年是合作第一年", N, "客户", "客户", ["合作第一年"], "邮件", N, N, "感恩节")
c(P, "写个元旦祝福给我的客户吧，他是做养老院的，今年新开了两家，正式点", N, "客户", "客户", ["新开了两家"], N, BIZ, N, "元旦")
c(P, "帮我写个春节祝福给客户 他们厂今年扩建了 短一点", N, "客户", "客户", ["扩建"], N, N, S, "春节")
c(P, "给客户写个冬至的祝福，她是开羊肉火锅店的，这两天店里天天爆满", N, "客户", "客户", ["羊肉火锅"], N, N, N, "冬至")
# partners
c(P, "给投资人写个元旦祝福邮件，他在我们最困难的时候又追加了一轮", N, "投资人", "合作伙伴", ["追加了一轮"], "邮件", N, N, "元旦")
c(P, "给我们的供应商写条中秋祝福，他们今年帮我们扛了好几次急单", N, "供应商", "合作伙伴", ["急单"], N, N, N, "中秋")
c(P, "给合伙人衡哥写个春节祝福，我俩一起开这家烘焙店五年了，不用太正式", "衡哥", "合伙人", "合作伙伴", ["烘焙店"], N, CAS, N, "春节")
c(P, "给合作方写个国庆祝福，我们今年一起办了动漫展", N, "合作方", "合作伙伴", ["动漫展"], N, N, N, "国庆")
c(P, "帮我给技术合伙人写一条端午祝福，他最近为了新版本天天熬到两点，加点代码梗", N, "技术合伙人", "合作伙伴", ["熬到两点"], N, TECH, N, "端午")
c(P, "给我们的加盟商写个春节祝福，发群里，今年一共新开了十二家店，喜庆点", N, "加盟商", "合作伙伴", ["新开了十二家店"], "群里", FES, N, "春节")
c(P, "给我们的投资方写个元宵祝福，正式点，他们今年刚陪我们走完B轮", N, "投资方", "合作伙伴", ["B轮"], N, BIZ, N, "元宵")
# teachers
c(P, "教师节给我儿子的班主任写个祝福，她是刚毕业的年轻老师，对孩子特别有耐心", N, "儿子的班主任", "老师", ["有耐心"], N, N, N, "教师节")
c(P, "教师节了，帮我给研究生导师写点什么，他今年评上教授了，正式一点", N, "导师", "老师", ["评上教授"], N, BIZ, N, "教师节")
c(P, "给檀老师写条教师节的微信，她是我初中数学老师，当年我数学不及格，她天天留我补课", "檀老师", "数学老师", "老师", ["补课"], "微信", N, N, "教师节")
c(P, "给我女儿的舞蹈老师写个元旦祝福，短点", N, "女儿的舞蹈老师", "老师", [], N, N, S, "元旦")
c(P, "给谯老师写个重阳节祝福 他是我书法老师 七十多了还每周来给我们上课", "谯老师", "书法老师", "老师", ["七十多了"], N, N, N, "重阳")
c(P, "给我儿子的钢琴老师写个春节祝福，她从四岁一直教到现在九岁", N, "儿子的钢琴老师", "老师", ["从四岁一直教到现在"], N, N, N, "春节")
c(P, "感恩节给我的英语外教写个祝福，她是加拿大人", N, "外教", "老师", ["加拿大人"], N, N, N, "感恩节")
c(P, "给我的羽毛球教练写个教师节祝福 他带我们队拿了市里第二名", N, "羽毛球教练", "老师", ["市里第二名"], N, N, N, "教师节")
c(P, "给儿子的幼儿园老师写张圣诞节的卡片，她特别爱笑，孩子天天念叨她", N, "儿子的幼儿园老师", "老师", ["特别爱笑"], "卡片", N, N, "圣诞")
c(P, "给我女儿的班主任写条母亲节微信，她自己也是两个孩子的妈", N, "女儿的班主任", "老师", ["两个孩子的妈"], "微信", N, N, "母亲节")
# friends
c(P, "给发小写个春节祝福，我们穿开裆裤的时候就认识了，怎么损怎么来", N, "发小", "朋友", ["穿开裆裤"], N, CAS, N, "春节")
c(P, "闺蜜生日，帮我写几句，她下个月就要结婚了", N, "闺蜜", "朋友", ["要结婚了"], N, N, N, "生日")
c(P, "给大学室友写条中秋微信，毕业十年了我们每年都聚一次", N, "室友", "朋友", ["每年都聚一次"], "微信", N, N, "中秋")
c(P, "给我高中同学写个元旦祝福 他现在在南极科考站", N, "同学", "朋友", ["南极科考站"], N, N, N, "元旦")
c(P, "给老同学阿衡写个国庆祝福，我们二十年没见了，上个月在同学群里又联系上", "阿衡", "同学", "朋友", ["二十年没见"], N, N, N, "国庆")
c(P, "给我哥们儿写个端午祝福，他刚辞职去云南开民宿了，随意点", N, "哥们儿", "朋友", ["云南开民宿"], N, CAS, N, "端午")
c(P, "给我前室友写条圣诞祝福，她现在在柏林读博", N, "前室友", "朋友", ["柏林读博"], N, N, N, "圣诞")
c(P, "给师姐写个中秋祝福，她帮我改了好几遍毕业论文", "师姐", "师姐", "朋友", ["毕业论文"], N, N, N, "中秋")
# neighbours and service people
c(P, "给楼下邻居写个春节祝福，她家老太太经常帮我收快递", N, "楼下邻居", "其他", ["帮我收快递"], N, N, N, "春节")
c(P, "给房东写个中秋祝福，他今年没涨房租", N, "房东", "其他", ["没涨房租"], N, N, N, "中秋")
c(P, "元旦给小区的保安写一条，他每天早上都帮我把电动车推出车库", N, "保安", "其他", ["电动车"], N, N, N, "元旦")
c(P, "我家的保洁阿姨今年回老家过年，帮我写个春节祝福给她，她在我家做了六年了", N, "保洁阿姨", "其他", ["做了六年"], N, N, N, "春节")
c(P, "给钭师傅写个国庆祝福，他是我们小区门口修自行车的，每次补胎都不收我钱", "钭师傅", "修自行车的", "其他", ["不收我钱"], N, N, N, "国庆")
c(P, "给我妈的护工写个中秋祝福，她照顾我妈住院快一个月了", N, "护工", "其他", ["照顾我妈住院"], N, N, N, "中秋")
c(P, "给我家装修的工长写个春节祝福，他活干得特别细", N, "工长", "其他", ["活干得特别细"], N, N, N, "春节")
c(P, "给育儿嫂井阿姨写条母亲节祝福，她自己的孩子在老家，一年只能见一次", "井阿姨", "育儿嫂", "其他", ["一年只能见一次"], N, N, N, "母亲节")
c(P, "给隔壁单元的闵阿姨写个重阳节祝福，她是我们的邻居，每天早上在楼下打太极", "闵阿姨", "邻居", "其他", ["打太极"], N, N, N, "重阳")
c(P, "写个冬至祝福给我们楼上的邻居 他去年冬至还给我们送了饺子", N, "楼上的邻居", "其他", ["送了饺子"], N, N, N, "冬至")
c(P, "感恩节给小区物业的眭姐写一条，上个月我家猫丢了是她帮忙找回来的", "眭姐", "物业", "其他", ["猫丢了"], N, N, N, "感恩节")

# ---------------------------------------------------------------- reply: short answers to the bot's question
c(R, "他是我堂弟", N, "堂弟", "家人", [], N, N, N, N, asked="relation")
c(R, "客户 做医疗器械的", N, "客户", "客户", ["医疗器械"], N, N, N, N, asked="relation")
c(R, "一起徒步认识的朋友", N, "朋友", "朋友", ["一起徒步"], N, N, N, N, asked="relation")
c(R, "我领导", N, "领导", "领导", [], N, N, N, N, asked="relation")
c(R, "是我的瑜伽老师", N, "瑜伽老师", "老师", [], N, N, N, N, asked="relation")
c(R, "是我手底下的实习生", N, "实习生", "下属", [], N, N, N, N, asked="relation")
c(R, "叫她桓桓就行", "桓桓", N, N, [], N, N, N, N, asked="name")
c(R, "Ayumi", "Ayumi", N, N, [], N, N, N, N, asked="name")
c(R, "写给小逄", "小逄", N, N, [], N, N, N, N, asked="name")
c(R, "他去年刚升了主任医师", N, N, N, ["升了主任医师"], N, N, N, N, asked="details")
c(R, "没啥特别的 你直接写吧", N, N, N, [], N, N, N, N, asked="details")
c(R, "我们一起在工地干过三年", N, N, N, ["工地干过三年"], N, N, N, N, asked="details")
c(R, "商务一点吧", N, N, N, [], N, BIZ, N, N, asked="style")
c(R, "随便点 像朋友聊天那样", N, N, N, [], N, CAS, N, N, asked="style")
c(R, "来点AI的梗 他是做算法的", N, N, N, ["做算法的"], N, TECH, N, N, asked="style")
c(R, "喜庆的", N, N, N, [], N, FES, N, N, asked="style")
c(R, "短一点 三四句就够", N, N, N, [], N, N, S, N, asked="length")
c(R, "大概一百五十字左右", N, N, N, [], N, N, L, N, asked="length")
c(R, "发邮件", N, N, N, [], "邮件", N, N, N, asked="occasion")
c(R, "打算到时候回家当面念", N, N, N, [], "当面说", N, N, N, asked="occasion")
c(R, "中秋的", N, N, N, [], N, N, N, "中秋", asked="holiday")
c(R, "不是中秋，是国庆", N, N, N, [], N, N, N, "国庆", asked="holiday")
c(R, "除夕那天发的", N, N, N, [], N, N, N, "除夕", asked="holiday")

# ---------------------------------------------------------------- several_people
c("several_people", "我跟我老公一起给蒉老师写个教师节祝福，她是我老公的博士导师，我们俩结婚的时候她还来当了证婚人",
  "蒉老师", "老公的博士导师", "老师", ["证婚人"], N, N, N, "教师节")
c("several_people", "小宰让我帮她给她男朋友的奶奶写个重阳节祝福，老人家九十了，小宰下个月第一次去见家长",
  "奶奶", "男朋友的奶奶", "其他", ["第一次去见家长"], N, N, N, "重阳")
c("several_people", "给仇总写个中秋祝福，他是我们的投资人，上个月刚来我们工厂看过。他助理小巩也帮了我们不少，但这条只写给仇总",
  "仇总", "投资人", "合作伙伴", ["来我们工厂看过"], N, N, N, "中秋")
c("several_people", "我妈、我姨和我舅今年都在我家过年，帮我给我舅写一个拜年的，他今年刚从非洲援建回来",
  "舅", "舅", "家人", ["非洲援建"], N, N, N, "春节")
c("several_people", "代表我们宿舍四个人给宿管东方阿姨写个元旦祝福，去年我半夜发烧是她送我去的医院，室友小璩和阿檀也要署名",
  "东方阿姨", "宿管", "其他", ["送我去的医院"], N, N, N, "元旦")

# ---------------------------------------------------------------- pets
c("pets", "给我妈写个中秋祝福，我不在家这半年都是她在照顾我的猫鹌鹑蛋，鹌鹑蛋被她喂胖了三斤",
  "妈", "妈", "家人", ["鹌鹑蛋"], N, N, N, "中秋")
c("pets", "帮我给宠物医生写个春节祝福，我家狗花卷儿去年误吞了袜子，是他半夜给做的手术",
  N, "宠物医生", "其他", ["花卷儿", "半夜给做的手术"], N, N, N, "春节")
c("pets", "给邻居荀姐写条国庆祝福 我出差那几天都是她来喂芝麻球 芝麻球是我养的仓鼠",
  "荀姐", "邻居", "其他", ["芝麻球"], N, N, N, "国庆")
c("pets", "给男朋友写个七夕的，他每天下班都带我们家狗Biscotti去遛，现在Biscotti只认他不认我",
  N, "男朋友", "恋人", ["Biscotti"], N, N, N, "七夕")
c("pets", "帮我给年糕条的干妈写个端午祝福哈哈，年糕条是我家的猫，她是我同事，我出差都把猫寄养在她家",
  N, "同事", "同事", ["年糕条"], N, N, N, "端午")

# ---------------------------------------------------------------- nicknames_titles
c("nicknames_titles", "给老钭写个春节祝福，我们以前在一个车队，他开了二十年大货车",
  "老钭", N, N, ["开了二十年大货车"], N, N, N, "春节")
c("nicknames_titles", "给漆总写个中秋祝福，正式点，发微信", "漆总", N, N, [], "微信", BIZ, N, "中秋")
c("nicknames_titles", "给小蒉写个生日祝福，她是我们组新来的实习生，今天刚好满二十岁",
  "小蒉", "实习生", "下属", ["满二十岁"], N, N, N, "生日")
c("nicknames_titles", "给衡衡写个元宵祝福，她是我侄女，今年第一次离家去外地上大学",
  "衡衡", "侄女", "家人", ["第一次离家"], N, N, N, "元宵")
c("nicknames_titles", "感恩节给欧阳老师写一条，其实她不是老师，是我们的法务，大家习惯叫她欧阳老师，今年帮我们打赢了一场官司",
  "欧阳老师", "法务", "同事", ["打赢了一场官司"], N, N, N, "感恩节")

# ---------------------------------------------------------------- unknown_relation
c("unknown_relation", "给我的戏友桓哥写个重阳节祝福，我们每周六在公园一起唱京剧",
  "桓哥", "戏友", "朋友", ["唱京剧"], N, N, N, "重阳")
c("unknown_relation", "给我闺蜜的妈妈写个母亲节祝福，我在北京这几年她总给我寄自己灌的腊肠",
  N, "闺蜜的妈妈", "其他", ["腊肠"], N, N, N, "母亲节")
c("unknown_relation", "给孩子的校车司机写条元旦祝福 他每天早上六点半就在小区门口等着了",
  N, "校车司机", "其他", ["六点半"], N, N, N, "元旦")
c("unknown_relation", "给我的麻友们写个春节祝福发群里，我们四个打了十年麻将了，越损越好",
  N, "麻友", "朋友", ["打了十年麻将"], "群里", CAS, N, "春节")
c("unknown_relation", "给我师公写个重阳节祝福，就是我师父的师父，老人家九十三了还在带徒弟",
  "师公", "师公", "老师", ["还在带徒弟"], N, N, N, "重阳")

# ---------------------------------------------------------------- voice (no punctuation, no spaces)
c("voice", "嗯那个帮我给我二姨写个中秋的祝福她今年刚当上外婆然后呢短一点就行",
  "二姨", "二姨", "家人", ["刚当上外婆"], N, N, S, "中秋")
c("voice", "喂喂能听到吗给我们车间主任写个国庆祝福他叫雍哥对就是雍哥带我们干了八年了要正式一点",
  "雍哥", "车间主任", "领导", ["带我们干了八年"], N, BIZ, N, "国庆")
c("voice", "就是那个我老婆生日快到了帮我写个长一点的她最近迷上了养多肉",
  "老婆", "老婆", "恋人", ["养多肉"], N, N, L, "生日")
c("voice", "呃给我奶奶写个春节的拜年话我视频的时候念给她听她在老家养了一院子鸡",
  "奶奶", "奶奶", "家人", ["养了一院子鸡"], "视频里说", N, N, "春节")
c("voice", "帮我给客户写个端午祝福啊不对不是端午是中秋他们公司是做月饼礼盒的商务点",
  N, "客户", "客户", ["月饼礼盒"], N, BIZ, N, "中秋")

# ---------------------------------------------------------------- typos
c("typos", "帮我给旧舅写个拜念的短信，他今年刚在县城买了房", "旧舅", "舅舅", "家人", ["县城买了房"], "短信", N, N, "春节")
c("typos", "给我爸写个父亲结的祝福 他戒烟一年了 短一电", "爸", "爸", "家人", ["戒烟一年"], N, N, S, "父亲节")
c("typos", "给同事写个端乌节祝福，她刚从产假回来，搞校一点", N, "同事", "同事", ["产假回来"], N, CAS, N, "端午")
c("typos", "感恩结给房东写封邮件，我退租的时候他把押金全退给我了", N, "房东", "其他", ["押金全退给我了"], "邮件", N, N, "感恩节")
c("typos", "冬质到了给奶奶写个祝福 她包的韭菜馅饺子最好吃 要喜庆", "奶奶", "奶奶", "家人", ["韭菜馅饺子"], N, FES, N, "冬至")
c("typos", "重羊节给我外婆写个祝福，她今年学会了用智能手机视频", "外婆", "外婆", "家人", ["用智能手机"], N, N, N, "重阳")

# ---------------------------------------------------------------- mixed Chinese and English
c("mixed", "给我的manager写个Christmas祝福，她刚升了director，professional一点",
  N, "manager", "领导", ["升了director"], N, BIZ, N, "圣诞")
c("mixed", "帮我给client写个中秋greeting，他们公司是做solar panel的，合作了两年",
  N, "client", "客户", ["solar panel"], N, N, N, "中秋")
c("mixed", "给我的co-founder Thiago写个春节祝福，他是巴西人，第一次在中国过年，funny一点",
  "Thiago", "co-founder", "合作伙伴", ["巴西人"], N, CAS, N, "春节")
c("mixed", "给我bestie写个birthday祝福 她最近在学surfing 摔了好几次哈哈",
  N, "bestie", "朋友", ["学surfing"], N, N, N, "生日")
c("mixed", "Mom 的生日快到了，帮我写个short一点的，她最近在练marathon",
  "Mom", "Mom", "家人", ["练marathon"], N, N, S, "生日")

# ---------------------------------------------------------------- emoji
c("emoji", "给我姑姑写个中秋祝福🥮她今年刚从医院退休👩‍⚕️ 喜庆点🎉",
  "姑姑", "姑姑", "家人", ["从医院退休"], N, FES, N, "中秋")
c("emoji", "帮我给老公写个情人节的💕 他上周偷偷给我买了我一直想要的相机📷",
  "老公", "老公", "恋人", ["相机"], N, N, N, "情人节")
c("emoji", "给健身教练写个元旦祝福💪 三个月帮我减了二十斤🔥 别太正式",
  N, "健身教练", "老师", ["减了二十斤"], N, CAS, N, "元旦")
c("emoji", "🎄给外国同事Leopold写个圣诞祝福 他是德国人🇩🇪 邮件发",
  "Leopold", "同事", "同事", ["德国人"], "邮件", N, N, "圣诞")
c("emoji", "😭😭帮我给班主任写个教师节的，她带了我们三年，下周就要调去别的学校了🥹",
  N, "班主任", "老师", ["调去别的学校"], N, N, N, "教师节")

# ---------------------------------------------------------------- long_story
c("long_story", "说来话长。去年冬天我刚搬到这个小区，人生地不熟，有天晚上十一点多热水器突然坏了，水一直往外漏，"
  "我一个人在屋里手忙脚乱，物业电话也打不通。后来实在没办法，敲了对门的门，开门的是一个六十多岁的大爷，"
  "就是我现在的对门邻居端木大爷。他二话不说拿着工具箱过来，先关了总阀，又趴在地上修了一个多小时，最后连口水都没喝就回去了。"
  "第二天还给我送来一袋他自己蒸的馒头，说年轻人一个人在外面不容易。后来我才知道他退休前是厂里的电工。"
  "春节快到了，帮我给端木大爷写个拜年的话吧，不用太长，主要谢谢他那晚帮我修热水器",
  "端木大爷", "邻居", "其他", ["修热水器"], N, N, S, "春节")
c("long_story", "我是去年七月入职的，刚来的时候什么都不会，连公司的报销系统都不会用。我们组的上官姐是组里资格最老的同事，"
  "比我早来八年。我第一次做方案被客户当面批得很惨，出了会议室就哭了，是她陪我在楼梯间坐了半个小时，"
  "然后回到工位一页一页帮我改，一直改到晚上十点。后来我每次做完方案都先发给她看，她从来没嫌烦过。"
  "上个月我独立拿下了第一个项目，第一个想感谢的就是她。中秋节快到了，帮我给上官姐写个祝福，微信发，"
  "轻松一点就行，别写得太肉麻，她最怕这个",
  "上官姐", "同事", "同事", ["一页一页帮我改"], "微信", CAS, N, "中秋")
c("long_story", "我从小是奶奶带大的。爸妈在外地打工，我跟奶奶在村里一直住到十二岁。那时候家里穷，奶奶每天四点起来去镇上卖豆腐，"
  "回来给我做早饭，再送我去上学。下雨天她背着我走两里地的泥巴路，自己的鞋全湿了也不管。我上初中去了城里，"
  "她每个月都托人给我捎一罐她腌的咸菜。现在我在杭州上班，一年只能回去两三次。她今年八十二了，腿脚不太好，"
  "可每次打电话都说自己好得很，让我别操心。重阳节快到了，想给她写段话，我视频的时候念给她听，她不识字。"
  "主要想谢谢她当年背我上学",
  "奶奶", "奶奶", "家人", ["背我上学"], "视频里说", N, N, "重阳")
c("long_story", "跟这个客户的缘分挺奇妙的。三年前我刚出来创业，做小程序开发，第一单就是他给的。当时我们公司只有三个人，"
  "连个像样的办公室都没有，需求是在咖啡馆跟他谈的。他看了我们的方案，说年轻人敢干就给你们试试。结果第一版上线就出了个大问题，"
  "订单数据全乱了，我们通宵修了两天，我以为这单肯定黄了，他却只说了一句改好就行，后来又把另外两个门店的系统也交给我们做。"
  "现在我们公司二十多个人了，他一直是我们最重要的客户。元旦快到了，帮我给綦总写个祝福，商务得体一点，但要真诚，"
  "最想谢的是他当年给了我们第一单",
  "綦总", "客户", "客户", ["第一单"], N, BIZ, N, "元旦")
c("long_story", "My college roommate Bartosz and I haven't talked much since graduation, but last spring when my mom was "
  "in the hospital in Chicago he drove four hours every weekend to sit with her, because I was stuck overseas and "
  "couldn't get a visa in time. He never made a big deal of it and still won't let me pay him back for gas. We're "
  "both terrible at keeping in touch. Can you help me write him a Thanksgiving message? Casual, like we used to "
  "talk in the dorm, and not too long.",
  "Bartosz", "roommate", "朋友", ["drove four hours"], N, CAS, S, "感恩节")

# ---------------------------------------------------------------- english
c("english", "hey could you do a short Mid-Autumn note to our landlady Anouk? She brought us mooncakes the week we moved in.",
  "Anouk", "landlady", "其他", ["brought us mooncakes"], N, N, S, "中秋")
c("english", "need a thanksgiving msg for my boss Kofi, he let me work remote while my dad was sick. professional pls",
  "Kofi", "boss", "领导", ["work remote"], N, BIZ, N, "感恩节")
c("english", "birthday text for my little sister pls, she passed her driver's license test on the 3rd try lol make it funny",
  N, "sister", "家人", ["driver's license"], "text", CAS, N, "生日")
c("english", "Our supplier Mr. Hamid has been with us since 2019. Could you draft a formal Lunar New Year note for him, around 80 words?",
  "Mr. Hamid", "supplier", "合作伙伴", ["since 2019"], N, BIZ, M, "春节")
c("english", "Ms. Signe, my girl's violin teacher, never gave up on her even when she cried every lesson. need something nice for teachers day",
  "Ms. Signe", "girl's violin teacher", "老师", ["never gave up"], N, N, N, "教师节")
c("english", "Grandpa taught me to fold zongzi when I was six. Can I get 2-3 sentences for him for Dragon Boat?",
  "Grandpa", "Grandpa", "家人", ["fold zongzi"], N, N, S, "端午")


NOTE_HEAD = """# extraction_blind15_2026-12.json: a fifteenth blind, frozen extraction set, weighted to the everyday

- **Who:** an AI helper session, started by a project session to write a fifteenth evaluation set. It had **not
  read the code the set will measure**: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or
  `experiments/` was opened; no bot, extractor or bench was run, and git was not run at all.
- **When:** 2026-12-07.
- **What it read:**
  - `README.md` lines 1-30 and its section "The six slots" (the slot table), and the brief it was given;
  - in `tests/data/`: the first note (`extraction_blind_2026-12.md`, annotation rules) and the fourteenth note
    (`extraction_blind14_2026-12.md`) in full; `extraction_blind14_check.py` in full (copied and adapted); of
    `extraction_blind14_build.py` only its first 40 and last 25 lines (file structure; they show no case);
  - the other notes (`extraction_blind2_2026-12.md` ... `extraction_blind13_2026-12.md`) and the build scripts
    `extraction_blind3_build.py` ... `extraction_blind14_build.py` were only searched by `grep -l` for the names,
    pet names, relation words and typos it meant to use (a count of files per word, no lines shown);
  - it listed the file names in `tests/data/`.
- **What it did not read:** no `.json` file in `tests/data/` other than this set's; no other test; no other file of
  the repository. The checker reads the earlier notes and build scripts as plain text; the helper saw only what the
  checker printed about its own cases. Unlike the fourteenth checker, the self-test here does not print the error
  text of the copy breakages, so no excerpt of an earlier set was shown.
- **How:** every message was written by hand the way people type to a chat bot (WeChat style Chinese, English or
  both, emoji, voice input without punctuation, typos), and annotated by hand under the rules of the first note and
  the decisions of the fourteenth, followed unchanged where they decide a case; new decisions are listed below. The
  cases live in `extraction_blind15_build.py` (standard library only), which writes the JSON deterministically and
  this note. Nothing was tuned against any extractor. About two thirds are `plain` requests or `reply` answers
  (parents, grandparents, in-laws, spouses, children, siblings, uncles and aunts, bosses, colleagues, people the user
  leads, clients, partners, teachers, friends, neighbours, service people); the rest are hard shapes.
  - **Names, pets and relation words new to the earlier notes and build scripts** (`grep -l`: 0 files; kin terms and
    everyday relation words aside, which must recur in an everyday set): 闫经理, 亢总, 小岑, 幸姐 (2 files hold 老幸,
    not 幸姐), 小厍, 仉总, 逄姐, 小逄, 衡哥, 衡衡, 阿衡, 檀老师, 谯老师, 钭师傅, 老钭, 井阿姨, 闵阿姨, 眭姐, 桓桓, 桓哥,
    蒉老师, 小蒉, 小宰, 仇总, 小巩, 东方阿姨, 小璩, 阿檀, 荀姐, 漆总, 欧阳老师, 雍哥, 端木大爷, 上官姐, 綦总, Ayumi,
    Thiago, Leopold, Bartosz, Anouk, Kofi, Hamid, Signe. Pets: 鹌鹑蛋, 花卷儿, 芝麻球, 年糕条, Biscotti. Relation
    words: 戏友, 麻友, 校车司机, 师公, 闺蜜的妈妈, 前室友, 技术合伙人. Typos: 旧舅, 拜念, 父亲结, 短一电, 端乌, 搞校,
    感恩结, 冬质, 重羊.
- **Rewording after the checks.** The first run of the checker flagged twenty cases that shared a run by chance
  with earlier sources: ten openings of everyday requests (a mother's Mid-Autumn, a father's Father's Day, a wife's
  birthday, a husband on duty on New Year's Eve, a colleague moving to Shanghai, a factory master, a graduate
  advisor, a best friend's birthday, a guard, a cleaner), three replies (about an intern, 一百五十字, reading in
  person), a pet case, the 欧阳老师 case and five English openings; all were reworded keeping the annotation. The
  second run caught a fragment left from the old wording (`调到上海分公司`) and the capitalised `Grandpa` (name as
  written); three English cases were reworded once more. **Review pass** before freezing: three cases were added
  to widen the spread of LLM科技风 and `50-100` (a backend colleague, a cousin who builds large models, a reply
  `来点AI的梗`), the occasion reply was reworded so that it names nobody and no holiday (one wording was an earlier set's reply word for word and was dropped), and the 房东 case now says `我退租的时候`.
- **Checks:** `extraction_blind15_check.py` was run on the final file and prints `OK`; `--selftest` catches every
  breakage. It keeps every check of the fourteenth set's checker (structure, canonical values, fragments, texts,
  shapes, holiday and category spread, the minimum per kind, the everyday share 0.60-0.75, copies). **Changed:**
  - the copy check reads twenty-six sources: the fourteen earlier notes and `extraction_blind3_build.py` ...
    `extraction_blind14_build.py` (the fourteenth note and build are new), with the same limits (no text copied, no
    shared run of more than 11 Han characters or more than 27 characters);
  - the set is smaller, as the brief allows: at least 160 cases, at least 85 `plain`, 16 `reply` and 5 of every hard
    shape (the fourteenth asked 180, 90, 18 and 6); the breakages that test those minima were adjusted, and the
    "everyday share too high" breakage also moves the voice cases, so that it still crosses 0.75;
  - `--selftest` adds five breakages for the fourteenth set's build script and note (a whole text, a 12-Han run in a
    plain case and in a reply, a 28-character Latin run, a 12-Han run of the note, and one that fails unless the
    fourteenth build yields at least 100 case texts).
  - `--selftest`: 106 breakages, all caught; it prints no error text for the breakages that inject earlier text.
  Run: `python3 extraction_blind15_build.py && python3 extraction_blind15_check.py --stats` (and `--selftest`).

## Frozen

Do not edit the cases. If an annotation is found wrong, write it down under Errata below (date, case text, what and
why) rather than fix it silently, so that figures stay comparable; a changed set is a new file. The build script must
keep producing the bytes given at the end. If it ever does not, the JSON with that SHA-256 is the set.

## Format

As in the fourteen earlier sets: a JSON list of `{"text", "kind", "expect"}` (replies add `asked` between `kind` and
`expect`), and `expect` has `name`, `relation`, `relation_category`, `details_contains`, `details_null`, `occasion`,
`style`, `length`, `holiday`, in that order. Anything the user did not say is `null`, with no defaults. A reply is
annotated only for what it says. Suggested scoring as before: `relation` matches when either string contains the
other (case-insensitive for English); everything else exactly; details are correct when every fragment occurs in the
extracted details (and, for `details_null: true`, when the extracted details are null). Report `plain` + `reply` and
the hard shapes separately as well as together.
"""

NOTE_TAIL = """## Decisions added to the rules (judgement calls kept on purpose)

Where the first note or the fourteenth decides a case, it was followed unchanged (kin terms used as address are
names, 爸妈 together is a name; 岳父, 岳母, 太太, 儿子, 女儿, 保洁阿姨 are not names; modifiers such as `大学`, `老`,
`初中`, `研究生`, `隔壁组的` are dropped from the relation, while `儿子的班主任`, `女儿的舞蹈老师`, `部门领导`, `楼下邻居`
are kept; spouses are 恋人; a nickname or title says nothing of the relation; a pet is never the name and its name is a
fragment; typos in a name stay as written; a holiday only in the story is not the one asked for). New here:

- **Names.** Kin terms used as address: 弟 (like 弟弟), 舅 (`我舅`), 堂哥, 大伯, 小姨, 姨, 二姨, 姑姑, 干妈, 嫂子, 师公,
  `grandpa`, `Mom`, and 旧舅 (a typo for 舅舅, kept as written). **Not names:** 老丈人 (like 岳父), 孙女, 侄女 (`衡衡`
  is the name there), `little sister`, 男朋友, 女朋友, 对象, 实习生, 学徒, 员工, 助理, 保安, 护工, 工长. In the case
  written for a colleague's boyfriend's grandmother (`小宰让我帮她给她男朋友的奶奶写…`), the name is 奶奶 (how the
  sender, 小宰, addresses her) and the relation `男朋友的奶奶`, 其他, as the fourteenth decides for such cases (the
  sender's relation; `男朋友的妈妈` was 其他). `年糕条的干妈` is the user's colleague who boards the cat: name null,
  relation 同事; 年糕条 (the cat) is the fragment.
- **Which string goes into `relation`.** `以前的老板` and `以前的同事` are kept whole (like 前上司, 前同事);
  `客户公司的采购经理` and `老公的博士导师` are kept whole (they say who the person is); `一起徒步认识的朋友` (a reply)
  -> 朋友, and `一起徒步` is a detail (shared history); `老顾客` -> 顾客; `小区门口修自行车的` -> `修自行车的`; `小区物业的眭姐`
  -> 物业; `宿管东方阿姨` -> 宿管; `我们公司的行政` -> 行政; `little sister` -> `sister`; `college roommate` ->
  `roommate`. No relation word: `老钭` (`我们以前在一个车队` says what they shared, not a word for it) and `漆总`.
- **Categories of the new words.** 家人: 老丈人, 堂哥, 堂弟, 大伯, 干妈, 侄女, 孙女, `sister`. 朋友: 戏友, 麻友, 前室友,
  `bestie`, `roommate`. 同事: 行政, 法务 (欧阳老师, called 老师 but not a teacher), `外国同事` -> 同事. 领导: 以前的老板, 副总裁,
  车间主任. 下属: 学徒 (of the user's hair salon), 实习生, 员工, 助理, 徒弟. 客户: 客户公司的采购经理, 顾客. 合作伙伴:
  技术合伙人, 加盟商, 投资方, 合作方, `supplier`, `co-founder`. 老师: 师公 (the master of the user's master), 羽毛球教练,
  书法老师, 外教, 老公的博士导师 (a couple greeting the husband's advisor together), 师傅 (the factory master who
  trained the user). 其他: 闺蜜的妈妈 (an elder who is a family friend), 男朋友的奶奶, 校车司机, 宿管, 护工, 工长, 物业,
  修自行车的, 育儿嫂, 宠物医生, 邻居, `landlady`.
- **Holidays.** Typos: 拜念 -> 春节, 父亲结 -> 父亲节, 端乌节 -> 端午, 感恩结 -> 感恩节, 冬质 -> 冬至, 重羊节 -> 重阳.
  The spoken self-correction `端午祝福啊不对不是端午是中秋` -> 中秋; the reply `不是中秋，是国庆` -> 国庆. `写一个拜年的`
  -> 春节 (the story says `在我家过年`). `birthday`, `过生日`, `六十大寿` -> 生日; `Chinese New Year` -> 春节;
  `Dragon Boat Festival` -> 端午.
- **Styles.** 商务得体: `要得体一点`, `正式点`, `正式一点`, `要正式一点` (voice), `商务点`, `商务一点吧`, `商务得体点`,
  `郑重一点`, `要体面一点`, `professional一点`, `professional`, `formal`. 轻松自然: `轻松点`, `轻松一点就行`, `随意点`,
  `随便点 像朋友聊天那样`, `不用太正式`, `别太正式`, `搞笑一点`, `搞校一点` (typo), `怎么损怎么来`, `越损越好` (new, like
  怎么损怎么来), `funny一点`, `make it funny`, `Casual`. 传统喜庆: `喜庆点`, `要喜庆`, `喜庆的`. LLM科技风: `加点代码梗`, `带点程序员梗`, `加点AI梗`, `来点AI的梗` (a reply).
  Not a style: `鼓励一下`, `别给她压力`, `别写得太肉麻`, `但要真诚`.
- **Lengths.** `<=50`: `别太长`, `不用太长`, `短点`, `短一点`, `短一点就行` (voice), `短一电` (typo), `短一点 三四句就够`,
  `一句…就行`, `五十字以内`, `short一点`, `Keep it short`, `not too long`, `2-3 sentences`. `50-100`: `around 80 words`, `一百字左右`, `八十字左右`.
  `100-200`: `写长一点`, `要长一点`, `长一点的` (voice), `一百五十字左右`. Not a length: `写几句`, `写段话`, `写一段`,
  `写一条`.
- **Occasion.** `写条…的微信`, `拜年微信`, `微信发`, `发微信` -> 微信; `邮件发`, `祝福邮件`, `写封邮件`, `发邮件` -> 邮件;
  `打电话念给她听`, `打电话跟他说` -> 电话里说; `在寿宴上当面说`, `打算到时候回家当面念` (a reply) -> 当面说; `视频的时候念给她听`
  -> 视频里说; `发群里` -> 群里; `短信`; `写张圣诞节的卡片` -> 卡片; `text` kept as the user's word. Not the occasion:
  `同学群里又联系上`, `note`, `message`, `msg`, `wishes`.
- **Details.** A fact about the recipient counts (`加拿大人`, `德国人`, `巴西人`, `七十多了`, `满二十岁`); the reason
  the user cannot write themselves or how the text is delivered does not (`她不识字`). Several people: only what
  concerns the recipient (`来我们工厂看过`, not what 小巩 did). Long stories: the phrase the user points at
  (`修热水器`, `一页一页帮我改`, `背我上学`, `第一单`, `drove four hours`). `客户公司的采购经理` and `女儿的舞蹈老师`
  give no details (details_null).

## Errata

None yet.
"""


def write_note(raw):
    kinds = collections.Counter(c["kind"] for c in CASES)
    order = ["plain", "reply", "several_people", "pets", "nicknames_titles", "unknown_relation", "voice", "typos",
             "mixed", "emoji", "long_story", "english"]
    lines = [NOTE_HEAD, "## Counts (%d cases)" % len(CASES), "", "| kind | cases |", "| --- | --- |"]
    for k in order:
        lines.append("| `%s` | %d |" % (k, kinds[k]))
    every = kinds["plain"] + kinds["reply"]
    lines += ["", "Everyday (`plain` + `reply`): %d of %d (%d%%); hard shapes: %d." % (
        every, len(CASES), round(100 * every / len(CASES)), len(CASES) - every), "", "Value spread:"]
    for key in ("holiday", "relation_category", "style", "length", "occasion"):
        cnt = collections.Counter(c["expect"][key] for c in CASES)
        lines.append("- %s: %s;" % (key, ", ".join("%s %d" % ("null" if k is None else k, v)
                                                   for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))))))
    asked = collections.Counter(c["asked"] for c in CASES if c["kind"] == "reply")
    lines.append("- reply asked: %s;" % ", ".join("%s %d" % kv for kv in sorted(asked.items(), key=lambda kv: (-kv[1], kv[0]))))
    longs = [len(c["text"]) for c in CASES if c["kind"] == "long_story"]
    lines.append("- name null: %d; details_null: %d; %d details fragments; long stories %d-%d characters." % (
        sum(c["expect"]["name"] is None for c in CASES), sum(c["expect"]["details_null"] for c in CASES),
        sum(len(c["expect"]["details_contains"]) for c in CASES), min(longs), max(longs)))
    lines.append("")
    lines.append(NOTE_TAIL.rstrip("\n"))
    lines += ["", "## Frozen set", "",
              "`extraction_blind15_2026-12.json`: %d cases, %s bytes, SHA-256" % (len(CASES), format(len(raw), ",")),
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
