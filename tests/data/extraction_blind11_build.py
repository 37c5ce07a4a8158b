#!/usr/bin/env python3
"""Builds extraction_blind11_2026-12.json: an eleventh blind, frozen extraction set, weighted to the everyday.

Every case below was written and annotated by hand (see extraction_blind11_2026-12.md for the rules and the
judgement calls). Standard library only; the output is deterministic. Run:  python3 extraction_blind11_build.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "extraction_blind11_2026-12.json")

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

# ---------------------------------------------------------------- plain (everyday requests; about two thirds)
K = "plain"
# parents, grandparents, in-laws
c(K, "给我妈写个母亲节祝福，她今年刚退休，天天去公园跳太极扇",
  "妈", "妈", "家人", ["退休", "太极扇"], N, N, N, "母亲节")
c(K, "父亲节了，帮我给老爸写几句，他最近在学吹萨克斯，六十岁了还挺拼",
  "老爸", "老爸", "家人", ["萨克斯"], N, N, N, "父亲节")
c(K, "想给我婆婆发个中秋微信，她每年都给我们寄自己灌的腊肠",
  "婆婆", "婆婆", "家人", ["腊肠"], "微信", N, N, "中秋")
c(K, "帮我给岳父写条春节祝福，他去年装了心脏起搏器，现在恢复得不错，喜庆一点",
  N, "岳父", "家人", ["装了心脏起搏器"], N, "传统喜庆", N, "春节")
c(K, "给我公公写一条重阳节祝福，他腿脚不好，还天天去菜市场给我们买菜",
  "公公", "公公", "家人", ["菜市场"], N, N, N, "重阳")
c(K, "帮我给我姥姥写个冬至的祝福，她包的羊肉烧麦全村第一，短一点，打电话的时候念给她听",
  "姥姥", "姥姥", "家人", ["羊肉烧麦"], "电话里说", N, "<=50", "冬至")
c(K, "元宵节给我奶奶写个祝福，她最爱吃芝麻馅的元宵，写得喜庆点",
  "奶奶", "奶奶", "家人", ["芝麻馅"], N, "传统喜庆", N, "元宵")
c(K, "除夕夜给我爸妈写个祝福，我今年在国外回不去",
  "爸妈", "爸妈", "家人", ["在国外"], N, N, N, "除夕")
c(K, "父亲节给我外公写条祝福，他八十了还在院子里种葡萄",
  "外公", "外公", "家人", ["种葡萄"], N, N, N, "父亲节")
c(K, "重阳给姥爷写个祝福，他当了一辈子乡村邮递员",
  "姥爷", "姥爷", "家人", ["乡村邮递员"], N, N, N, "重阳")
c(K, "给我奶奶写个重阳节祝福，她今年学会了用微信视频，天天找我聊",
  "奶奶", "奶奶", "家人", ["学会了用微信视频"], N, N, N, "重阳")
c(K, "国庆给我爷爷写个祝福，他是五十年党龄的老党员，写得庄重一些",
  "爷爷", "爷爷", "家人", ["老党员"], N, "商务得体", N, "国庆")
c(K, "冬至给我爸写个祝福，他今年在老家种了一大片白菜，说冬至要包白菜饺子",
  "爸", "爸", "家人", ["种了一大片白菜"], N, N, N, "冬至")
c(K, "感恩节想给我爸写几句，我上学那些年他每天早上五点起来给我做早饭",
  "爸", "爸", "家人", ["做早饭"], N, N, N, "感恩节")
c(K, "母亲节给孩子奶奶写个祝福，她帮我们带孩子带了三年，写得朴实点",
  N, "孩子奶奶", "家人", ["带孩子带了三年"], N, N, N, "母亲节")
c(K, "生日快到了，给我婆婆写个生日祝福，今年是她六十大寿",
  "婆婆", "婆婆", "家人", ["六十大寿"], N, N, N, "生日")
c(K, "父亲节给我公公写个祝福，他上个月刚学会做可乐鸡翅，天天做给孙子吃",
  "公公", "公公", "家人", ["可乐鸡翅"], N, N, N, "父亲节")
c(K, "母亲节给我老姨写个祝福，我妈走得早，这些年一直是她照顾我",
  "老姨", "老姨", "家人", ["一直是她照顾我"], N, N, N, "母亲节")
# siblings, cousins, children, other kin
c(K, "给我哥写个中秋的，他在深圳跑外卖，今年又没回家",
  "哥", "哥", "家人", ["跑外卖"], N, N, N, "中秋")
c(K, "我妹今年刚上高三，国庆放几天假，帮我给她写几句打打气",
  "妹", "妹", "家人", ["上高三"], N, N, N, "国庆")
c(K, "给我女儿小葵写个生日祝福，她今年十岁，暑假刚学会游泳",
  "小葵", "女儿", "家人", ["学会游泳"], N, N, N, "生日")
c(K, "儿子在外地上大学，中秋回不来，帮我给他写条微信，让他别光顾着打游戏",
  N, "儿子", "家人", ["在外地上大学"], "微信", N, N, "中秋")
c(K, "给儿子写个生日祝福，他今天满十八岁了，写得正式一点，像成人礼那样",
  N, "儿子", "家人", ["满十八岁"], N, "商务得体", N, "生日")
c(K, "除夕晚上要跟我小姨视频，帮我写几句到时候说的话，她今年刚抱了孙子",
  "小姨", "小姨", "家人", ["抱了孙子"], "视频里说", N, N, "除夕")
c(K, "帮我给大姐写个除夕的祝福，今年的年夜饭是她一个人张罗的",
  "大姐", "大姐", "家人", ["年夜饭是她一个人张罗的"], N, N, N, "除夕")
c(K, "给我姑姑写个元宵节的祝福，她在老家开了家理发店，我每次回去都找她剪",
  "姑姑", "姑姑", "家人", ["理发店"], N, N, N, "元宵")
c(K, "端午给我姐写个祝福，她今年开了个网店卖粽子",
  "姐", "姐", "家人", ["卖粽子"], N, N, N, "端午")
c(K, "端午帮我给我姑丈写个祝福，他自己包的板栗肉粽特别好吃",
  "姑丈", "姑丈", "家人", ["板栗肉粽"], N, N, N, "端午")
c(K, "国庆节给我表弟写个祝福，他刚入职消防队",
  "表弟", "表弟", "家人", ["消防队"], N, N, N, "国庆")
c(K, "春节给我大舅写条微信拜年，他今年把老家的房子翻修了",
  "大舅", "大舅", "家人", ["房子翻修"], "微信", N, N, "春节")
c(K, "给我女婿写个生日祝福，他上个月开车送我去北京看病",
  N, "女婿", "家人", ["送我去北京看病"], N, N, N, "生日")
c(K, "能不能帮我给我兄弟媳妇写个感恩节的？她今年帮我照顾了我妈一个月",
  N, "兄弟媳妇", "家人", ["照顾了我妈一个月"], N, N, N, "感恩节")
c(K, "给我表哥写个冬至祝福——哦写错了，是给我表姐，她刚调到我们市里的医院",
  "表姐", "表姐", "家人", ["调到我们市里的医院"], N, N, N, "冬至")
c(K, "给我舅妈写个国庆祝福，简短点就行",
  "舅妈", "舅妈", "家人", [], N, N, "<=50", "国庆")
c(K, "帮我给我堂叔写条端午的短信，他在镇上开了二十年的诊所",
  "堂叔", "堂叔", "家人", ["开了二十年的诊所"], "短信", N, N, "端午")
# spouses and partners
c(K, "给我老婆写个七夕的，我们结婚五年了，她总嫌我不浪漫",
  "老婆", "老婆", "恋人", ["结婚五年"], N, N, N, "七夕")
c(K, "我老公生日，帮我写一段，他最近在准备马拉松，一百字左右吧",
  "老公", "老公", "恋人", ["马拉松"], N, N, "50-100", "生日")
c(K, "帮我给女朋友写个情人节的，我们异地，她在成都我在杭州",
  N, "女朋友", "恋人", ["异地"], N, N, N, "情人节")
c(K, "给男朋友写一段圣诞祝福，他为了我学会了做酸汤肥牛",
  N, "男朋友", "恋人", ["酸汤肥牛"], N, N, N, "圣诞")
c(K, "给我老公写个情人节的，他是搞运维的，天天半夜被报警电话叫醒，写得极客一点",
  "老公", "老公", "恋人", ["被报警电话叫醒"], N, "LLM科技风", N, "情人节")
c(K, "情人节给老公写个短的，他最近天天加班到半夜",
  "老公", "老公", "恋人", ["加班到半夜"], N, N, "<=50", "情人节")
c(K, "七夕帮我给我对象写条，我们今年刚领证",
  N, "对象", "恋人", ["刚领证"], N, N, N, "七夕")
c(K, "七夕想给老婆写个长一点的，她陪我从出租屋一路熬过来的",
  "老婆", "老婆", "恋人", ["出租屋"], N, N, "100-200", "七夕")
c(K, "七夕给我准媳妇写一段，我们十月份办婚礼",
  N, "准媳妇", "恋人", ["十月份办婚礼"], N, N, N, "七夕")
c(K, "情人节给女朋友写一个，这是我们在一起的第一个情人节，她那天在医院上夜班",
  N, "女朋友", "恋人", ["上夜班"], N, N, N, "情人节")
c(K, "情人节给我家那口子写几句，结婚四十年了，他还记得我爱吃糖炒栗子",
  N, "那口子", "恋人", ["糖炒栗子"], N, N, N, "情人节")
c(K, "母亲节给我老婆写一条，代孩子写的，她今年一个人带两个娃",
  "老婆", "老婆", "恋人", ["一个人带两个娃"], N, N, N, "母亲节")
c(K, "父亲节帮我给孩子他爸写几句，孩子三岁了，他每天晚上给孩子讲故事",
  "孩子他爸", "孩子他爸", "恋人", ["讲故事"], N, N, N, "父亲节")
c(K, "父亲节帮我给我家老头子写几句，他当了一辈子爹也没过过父亲节",
  "老头子", "老头子", "恋人", [], N, N, N, "父亲节")
c(K, "七夕给老公写个短的，发朋友圈",
  "老公", "老公", "恋人", [], "朋友圈", N, "<=50", "七夕")
# bosses and leaders
c(K, "给我们老板钟总写个元旦祝福，今年他带着我们把第二家门店开起来了，商务一点",
  "钟总", "老板", "领导", ["第二家门店"], N, "商务得体", N, "元旦")
c(K, "给我们科室主任写个新年祝福，元旦发微信，他上个月替我顶了两个夜班，得体一点",
  N, "科室主任", "领导", ["顶了两个夜班"], "微信", "商务得体", N, "元旦")
c(K, "感恩节帮我写封邮件给我的上司，她今年推荐我升职了",
  N, "上司", "领导", ["推荐我升职"], "邮件", N, N, "感恩节")
c(K, "冬至了，给我领导发个短信，他刚调去总部，别太长",
  N, "领导", "领导", ["调去总部"], "短信", N, "<=50", "冬至")
c(K, "元宵节给我们组长写条微信，他刚当了爸爸",
  N, "组长", "领导", ["刚当了爸爸"], "微信", N, N, "元宵")
c(K, "重阳节想给以前的老领导发个短信，他退休好几年了，当年是他把我从车间调到办公室的",
  N, "领导", "领导", ["从车间调到办公室"], "短信", N, N, "重阳")
c(K, "给我们老板写个元旦的微信，今年给大家涨了工资，一百字以内",
  N, "老板", "领导", ["涨了工资"], "微信", N, "50-100", "元旦")
c(K, "给我们老板写条中秋祝福，商务一点",
  N, "老板", "领导", [], N, "商务得体", N, "中秋")
c(K, "给带我做量化的组长写个元旦祝福，他天天跟GPU打交道，来点算法梗",
  N, "组长", "领导", ["跟GPU打交道"], N, "LLM科技风", N, "元旦")
c(K, "圣诞节给我们老板写个祝福，他是德国人，不过中文很好，写中文的就行",
  N, "老板", "领导", ["德国人"], N, N, N, "圣诞")
# clients and partners
c(K, "帮我给客户写一条春节祝福，做外贸的，合作快两年了，正式点",
  N, "客户", "客户", ["做外贸", "合作快两年"], N, "商务得体", N, "春节")
c(K, "端午给客户发个祝福，他是做食品包装的，去年我们一起跑了广交会",
  N, "客户", "客户", ["广交会"], N, N, N, "端午")
c(K, "给一个老客户写条端午祝福，他在我店里订了五年的鲜花",
  N, "客户", "客户", ["订了五年的鲜花"], N, N, N, "端午")
c(K, "给客户发个国庆的祝福邮件，对方采购部的敖经理今年下了四个大单，商务得体点",
  "敖经理", "客户", "客户", ["四个大单"], "邮件", "商务得体", N, "国庆")
c(K, "帮我给合作方写一封国庆节的祝福邮件，对接人是芮经理，今年我们一起办了两场展会",
  "芮经理", "合作方", "合作伙伴", ["两场展会"], "邮件", N, N, "国庆")
c(K, "供应商那边的伍总帮我们赶了一批急单，中秋给他写个祝福，商务得体",
  "伍总", "供应商", "合作伙伴", ["赶了一批急单"], N, "商务得体", N, "中秋")
c(K, "帮我给投资人写个元旦的邮件祝福，今年他又追投了一轮",
  N, "投资人", "合作伙伴", ["追投了一轮"], "邮件", N, N, "元旦")
c(K, "元旦给我的合伙人写几句，我们的咖啡店今年终于回本了",
  N, "合伙人", "合作伙伴", ["回本"], N, N, N, "元旦")
c(K, "端午节给我们的投资方写个邮件，商务得体，他们今年帮我们对接了两家渠道",
  N, "投资方", "合作伙伴", ["对接了两家渠道"], "邮件", "商务得体", N, "端午")
c(K, "春节给长期合作的包装厂写个祝福，厂里的纪厂长今年旺季带着工人加班帮我们赶了三万八千个礼盒",
  "纪厂长", "包装厂", "合作伙伴", ["三万八千个礼盒"], N, N, N, "春节")
# colleagues
c(K, "同事小阚过生日，帮我写两句，平时中午都是他帮我占微波炉",
  "小阚", "同事", "同事", ["帮我占微波炉"], N, N, "<=50", "生日")
c(K, "给隔壁组的同事写个冬至祝福，她上次帮我改了一晚上的方案",
  N, "同事", "同事", ["改了一晚上的方案"], N, N, N, "冬至")
c(K, "帮我给部门新来的同事写个生日祝福，她才来一个月，还不太熟，客气点",
  N, "同事", "同事", ["才来一个月"], N, "商务得体", N, "生日")
c(K, "帮我给前台小卢写个拜年短信，没啥特别的，简单点",
  "小卢", "前台", "同事", [], "短信", N, N, "春节")
c(K, "中秋给我搭班的同事写几句，这半年我休产假，她一个人顶了两个人的活",
  N, "同事", "同事", ["顶了两个人的活"], N, N, N, "中秋")
c(K, "给一起值夜班的同事写个元宵祝福，轻松点，我们俩上个月一起抓到了一个偷电动车的",
  N, "同事", "同事", ["偷电动车"], N, "轻松自然", N, "元宵")
# people the user leads or employs
c(K, "给我们组新来的实习生小邬写个春节祝福，她这半年进步很快，轻松点",
  "小邬", "实习生", "下属", ["进步很快"], N, "轻松自然", N, "春节")
c(K, "中秋想给跟了我四年的文员写几句，她今年刚买了房",
  N, "文员", "下属", ["买了房"], N, N, N, "中秋")
c(K, "给店里的厨师长写个国庆祝福，我是老板，他国庆七天一天都没休",
  N, "厨师长", "下属", ["一天都没休"], N, N, N, "国庆")
c(K, "给我带的新员工小岳写个中秋的，她这个月刚转正",
  "小岳", "新员工", "下属", ["刚转正"], N, N, N, "中秋")
c(K, "给我手下的瓦工老鲍写个元宵祝福，他跟了我十年，今年手受了伤还坚持上工",
  "老鲍", "瓦工", "下属", ["手受了伤"], N, N, N, "元宵")
c(K, "给店里的配送员小韦写个国庆的，这一年他送货没出过一次岔子",
  "小韦", "配送员", "下属", ["没出过一次岔子"], N, N, N, "国庆")
# teachers of the user and of the child
c(K, "给孩子班主任丛老师写个教师节的，孩子回家老说她讲课特别有意思",
  "丛老师", "孩子班主任", "老师", ["讲课特别有意思"], N, N, N, "教师节")
c(K, "教师节想给我研究生导师发个邮件，他今年刚评上杰青",
  N, "研究生导师", "老师", ["评上杰青"], "邮件", N, N, "教师节")
c(K, "给亓老师写个教师节的祝福，她是我女儿的舞蹈老师，今年带孩子们拿了省里的金奖",
  "亓老师", "女儿的舞蹈老师", "老师", ["省里的金奖"], N, N, N, "教师节")
c(K, "我大学班主任退休了，教师节给他发条短信，他当年帮我申请过助学金",
  N, "大学班主任", "老师", ["助学金"], "短信", N, N, "教师节")
c(K, "我想给我的钢琴老师写条元旦祝福，我跟她学了三年了",
  N, "钢琴老师", "老师", ["学了三年"], N, N, N, "元旦")
c(K, "给儿子幼儿园的老师写个元旦祝福，苑老师下个月要休产假了",
  "苑老师", "儿子幼儿园的老师", "老师", ["休产假"], N, N, N, "元旦")
c(K, "给带我的师傅写个春节祝福，车间里都叫他老滕，我跟他学钣金两年了",
  "老滕", "师傅", "老师", ["学钣金"], N, N, N, "春节")
c(K, "给我的健身私教写个感恩节祝福，他带我减了三十七斤",
  N, "健身私教", "老师", ["减了三十七斤"], N, N, N, "感恩节")
c(K, "给我儿子的击剑教练写个感恩节的祝福，孩子跟他练了一年多，进了市队",
  N, "儿子的击剑教练", "老师", ["进了市队"], N, N, N, "感恩节")
c(K, "元宵节想给儿子的补课老师写个祝福，孩子期末数学从七十分考到了九十二",
  N, "补课老师", "老师", ["考到了九十二"], N, N, N, "元宵")
c(K, "中秋给我师父写个祝福，我是他带出来的第一个徒弟，现在也能自己独立修车了",
  N, "师父", "老师", ["独立修车"], N, N, N, "中秋")
c(K, "春节给我的导师写个祝福，我今年刚毕业，他帮我改了七稿论文",
  N, "导师", "老师", ["改了七稿论文"], N, N, N, "春节")
c(K, "母亲节想给我的初中班主任写个祝福，她当年每天给我带一份午饭",
  N, "初中班主任", "老师", ["带一份午饭"], N, N, N, "母亲节")
c(K, "圣诞给我的瑜伽老师写几句，她经常免费给我加课",
  N, "瑜伽老师", "老师", ["免费给我加课"], N, N, N, "圣诞")
c(K, "冬至给我考研时的专业课老师写个祝福，那年她每周给我批一套卷子",
  N, "专业课老师", "老师", ["批一套卷子"], N, N, N, "冬至")
# friends
c(K, "给我闺蜜写个生日祝福，她下个月就要去德国读书了，搞笑一点",
  N, "闺蜜", "朋友", ["去德国读书"], N, "轻松自然", N, "生日")
c(K, "给我发小写条生日祝福，我俩从幼儿园就认识了，他现在在新疆修铁路",
  N, "发小", "朋友", ["新疆修铁路"], N, N, N, "生日")
c(K, "给大学室友写个元旦祝福，发我们宿舍群里，她明年五月要结婚了",
  N, "大学室友", "朋友", ["要结婚了"], "群里", N, N, "元旦")
c(K, "除夕给我老同学写个祝福，他今年在北极黄河站值守",
  N, "老同学", "朋友", ["北极黄河站"], N, N, N, "除夕")
c(K, "圣诞节给我的好朋友写个祝福，她今年一个人去冰岛旅居了",
  N, "朋友", "朋友", ["去冰岛旅居"], N, N, N, "圣诞")
# neighbours, landlords, doctors, service people
c(K, "帮我给邻居禹奶奶写个重阳的祝福，她老帮我收快递，八十多了身体还硬朗",
  "禹奶奶", "邻居", "其他", ["收快递"], N, N, N, "重阳")
c(K, "给房东写个春节的祝福吧，今年热水器坏了他第二天就来修了",
  N, "房东", "其他", ["热水器坏了"], N, N, N, "春节")
c(K, "感恩节给我的房东写封邮件，他今年一分房租都没涨",
  N, "房东", "其他", ["房租都没涨"], "邮件", N, N, "感恩节")
c(K, "帮我给家庭医生写个新年祝福，我爸的高血压一直是她在管，元旦发",
  N, "家庭医生", "其他", ["高血压"], N, N, N, "元旦")
c(K, "给我的主治医生写个新年祝福，元旦那天发，我的阑尾手术是她做的",
  N, "主治医生", "其他", ["阑尾手术"], N, N, N, "元旦")
c(K, "中秋节给我的正畸医生写几句，戴了两年牙套今天终于拆了",
  N, "正畸医生", "其他", ["戴了两年牙套"], N, N, N, "中秋")
c(K, "感恩节想给我的产检医生发个消息，龙凤胎都是她接生的",
  N, "产检医生", "其他", ["龙凤胎"], N, N, N, "感恩节")
c(K, "元旦给物业的俞师傅发条短信，小区暖气管爆了那天晚上他一直修到凌晨",
  "俞师傅", N, N, ["暖气管爆了"], "短信", N, N, "元旦")
c(K, "给我家的小时工写个春节祝福，她在我家做了六年了，过完年就不来了",
  N, "小时工", "其他", ["做了六年"], N, N, N, "春节")
c(K, "端午节了，给我们楼的保洁大姐写几句，她每天把楼道拖得干干净净",
  N, "保洁大姐", "其他", ["楼道拖得干干净净"], N, N, N, "端午")
c(K, "元宵节帮我给常去那家面馆的老板娘写两句，她每次都给我多加一个蛋",
  N, "面馆的老板娘", "其他", ["多加一个蛋"], N, N, "<=50", "元宵")
c(K, "给邻居写条元宵祝福就行",
  N, "邻居", "其他", [], N, N, N, "元宵")

# ---------------------------------------------------------------- reply (short answers to the bot's question)
K = "reply"
c(K, "她是我儿媳妇", N, "儿媳妇", "家人", [], N, N, N, N, asked="relation")
c(K, "以前的老同事，现在跳槽去别的公司了", N, "同事", "同事", ["跳槽去别的公司"], N, N, N, N, asked="relation")
c(K, "合作方", N, "合作方", "合作伙伴", [], N, N, N, N, asked="relation")
c(K, "我们家请的保姆", N, "保姆", "其他", [], N, N, N, N, asked="relation")
c(K, "我东家，我在他家做了三年住家阿姨", N, "东家", "领导", ["做了三年住家阿姨"], N, N, N, N, asked="relation")
c(K, "叫她阿琼就行", "阿琼", N, N, [], N, N, N, N, asked="name")
c(K, "缪老师", "缪老师", N, N, [], N, N, N, N, asked="name")
c(K, "就写宁宁吧", "宁宁", N, N, [], N, N, N, N, asked="name")
c(K, "他姓靳，叫靳工就行", "靳工", N, N, [], N, N, N, N, asked="name")
c(K, "她去年陪我去医院做了胃镜", N, N, N, ["做了胃镜"], N, N, N, N, asked="details")
c(K, "跳过", N, N, N, [], N, N, N, N, asked="details")
c(K, "我们一起开了家陶艺工作室", N, N, N, ["陶艺工作室"], N, N, N, N, asked="details")
c(K, "他每年都给我寄一箱家里种的沃柑", N, N, N, ["沃柑"], N, N, N, N, asked="details")
c(K, "正式一点的", N, N, N, [], N, "商务得体", N, N, asked="style")
c(K, "随意点就行 我们很熟", N, N, N, [], N, "轻松自然", N, N, asked="style")
c(K, "喜庆的吧，老人家喜欢热闹", N, N, N, [], N, "传统喜庆", N, N, asked="style")
c(K, "来点AI味儿的", N, N, N, [], N, "LLM科技风", N, N, asked="style")
c(K, "八十字上下", N, N, N, [], N, N, "50-100", N, asked="length")
c(K, "越短越好", N, N, N, [], N, N, "<=50", N, asked="length")
c(K, "长一点，两百字以内", N, N, N, [], N, N, "100-200", N, asked="length")
c(K, "当面说吧", N, N, N, [], "当面说", N, N, N, asked="occasion")
c(K, "发他邮箱", N, N, N, [], "邮件", N, N, N, asked="occasion")
c(K, "打个电话说", N, N, N, [], "电话里说", N, N, N, asked="occasion")
c(K, "元宵的", N, N, N, [], N, N, N, "元宵", asked="holiday")
c(K, "她生日那天发", N, N, N, [], N, N, N, "生日", asked="holiday")

# ---------------------------------------------------------------- several_people
K = "several_people"
c(K, "我妈让我帮她给她的老同学写个重阳节祝福，就是在养老院当院长的莘阿姨，我妈说她俩初中是同桌",
  "莘阿姨", "老同学", "朋友", ["初中是同桌"], N, N, N, "重阳")
c(K, "帮我给我老婆的弟弟阿岷写条生日祝福，是我老婆让写的，阿岷今年刚考上了海关，我俩周末常一起打球",
  "阿岷", "老婆的弟弟", "家人", ["考上了海关"], N, N, N, "生日")
c(K, "我跟我姐商量好了，一起给姑妈写个中秋祝福，姑妈前年帮我姐带过孩子，我姐夫也要署名",
  "姑妈", "姑妈", "家人", ["帮我姐带过孩子"], N, N, N, "中秋")
c(K, "同事老仉让我帮他给他的客户写条国庆祝福，那个客户大家叫他卞总，做瓷砖批发的",
  "卞总", "客户", "客户", ["做瓷砖批发"], N, N, N, "国庆")
c(K, "上学期我儿子跟同学闹矛盾，是闻老师出面调解的，闻老师是他的数学老师，我和孩子他爸想一起给她写个教师节祝福，署名写我们全家",
  "闻老师", "数学老师", "老师", ["出面调解"], N, N, N, "教师节")
c(K, "我们部门五个人凑钱给经理买了个按摩仪，帮我写张卡片上的圣诞祝福，经理就是钮姐，平时最照顾新来的",
  "钮姐", "经理", "领导", ["按摩仪"], "卡片", N, N, "圣诞")
c(K, "我爸让我替他给下象棋的老搭档占叔写条端午祝福，他俩上个月因为悔棋吵了一架，现在和好了",
  "占叔", "搭档", "朋友", ["悔棋"], N, N, N, "端午")

# ---------------------------------------------------------------- pets (never the name)
K = "pets"
c(K, "给我邻居写个国庆祝福，我出差那几天她帮我喂了我家的猫，猫叫可达",
  N, "邻居", "其他", ["可达"], N, N, N, "国庆")
c(K, "我家狗狗发糕走丢那次是宠物店的章姐帮忙找回来的，元旦给她写个祝福",
  "章姐", N, N, ["发糕"], N, N, N, "元旦")
c(K, "帮我给异宠医生写个中秋祝福，我家兔子咕咚八月份差点没救回来",
  N, "异宠医生", "其他", ["咕咚"], N, N, N, "中秋")
c(K, "七夕给男朋友写一条，我们是遛狗认识的，他家柯基叫雪碧，我家的叫摩卡",
  N, "男朋友", "恋人", ["遛狗认识"], N, N, N, "七夕")
c(K, "我女儿的仓鼠瓜子寒假是她班主任帮着养的，春节想给班主任发个拜年短信",
  N, "班主任", "老师", ["瓜子"], "短信", N, N, "春节")
c(K, "给我老妈写个生日祝福，她嘴上嫌弃我的鹦鹉阿吉，其实每天偷偷教它说话",
  "老妈", "老妈", "家人", ["阿吉"], N, N, N, "生日")

# ---------------------------------------------------------------- nicknames_titles
K = "nicknames_titles"
c(K, "给揭师傅写个春节祝福，我家装修就是他带的队，活干得特别细",
  "揭师傅", N, N, ["活干得特别细"], N, N, N, "春节")
c(K, "给大头写个生日祝福，大头是我大学宿舍长，现在在读博",
  "大头", "宿舍长", "朋友", ["读博"], N, N, N, "生日")
c(K, "教师节给宫教授发封邮件，宫教授是我本科毕设的指导老师，今年刚退休",
  "宫教授", "指导老师", "老师", ["刚退休"], "邮件", N, N, "教师节")
c(K, "给满仓哥写个元宵祝福，我们村一起出来打工的，他今年自己包了个工地",
  "满仓哥", N, N, ["包了个工地"], N, N, N, "元宵")
c(K, "冬至给宦婆婆写个祝福，宦婆婆是我租的那栋楼的楼长，每年冬至都给租户送汤圆",
  "宦婆婆", N, N, ["送汤圆"], N, N, N, "冬至")
c(K, "给老贺同志写个父亲节祝福，老贺同志就是我爸，最近迷上了拍钓鱼视频",
  "老贺同志", "爸", "家人", ["拍钓鱼视频"], N, N, N, "父亲节")
c(K, "给崽崽写个七夕祝福，崽崽是我老婆，怀孕六个月了",
  "崽崽", "老婆", "恋人", ["怀孕六个月"], N, N, N, "七夕")

# ---------------------------------------------------------------- unknown_relation (words an extractor may lack)
K = "unknown_relation"
c(K, "冬至给我契妈写个祝福，从小到大每年冬至她都煲一锅萝卜牛腩等我去吃",
  "契妈", "契妈", "家人", ["萝卜牛腩"], N, N, N, "冬至")
c(K, "给我堂嫂写个中秋祝福，她今年生了二胎，我们俩在一个家族群里",
  "堂嫂", "堂嫂", "家人", ["生了二胎"], N, N, N, "中秋")
c(K, "当年是周阿姨给我和我老公牵的线，她算我们的红娘，七夕给她写个感谢的祝福",
  "周阿姨", "红娘", "其他", ["牵的线"], N, N, N, "七夕")
c(K, "给我的理财经理写个春节祝福，今年行情那么差她还帮我守住了本金",
  N, "理财经理", "其他", ["守住了本金"], N, N, N, "春节")
c(K, "给药房的药剂师小仲写个国庆祝福，我爸那一大把药都是她帮着分好、一样样教我们怎么吃",
  "小仲", "药剂师", "其他", ["教我们怎么吃"], N, N, N, "国庆")
c(K, "给我们合作的报关行写个元旦邮件，负责我们单子的是聂总，今年清关一次都没卡过",
  "聂总", "报关行", "合作伙伴", ["清关一次都没卡过"], "邮件", N, N, "元旦")

# ---------------------------------------------------------------- voice (no punctuation, no spaces)
K = "voice"
c(K, "喂你听得见吗帮我给我四舅写个冬至的祝福他今年刚从工地上退下来额就是退休了然后他最爱喝羊汤",
  "四舅", "四舅", "家人", ["羊汤"], N, N, N, "冬至")
c(K, "那个帮我给我们主管写个国庆的祝福哦不对不是主管是主管上面的分管领导她平时报销都是她批",
  N, "分管领导", "领导", ["报销都是她批"], N, N, N, "国庆")
c(K, "嗯我想给我闺女的英语老师写个教师节的就是符老师她每天晚上还在群里给孩子们听写单词写短一点啊",
  "符老师", "闺女的英语老师", "老师", ["听写单词"], N, N, "<=50", "教师节")
c(K, "给我爸写个父亲节的祝福就是说我爸今年学会用手机导航了天天给我发语音一百字以内",
  "爸", "爸", "家人", ["手机导航"], N, N, "50-100", "父亲节")
c(K, "哦对了帮我给客户发个端午的邮件哎呀不是邮件是短信对方是开连锁眼镜店的牛总",
  "牛总", "客户", "客户", ["连锁眼镜店"], "短信", N, N, "端午")
c(K, "帮我给婆婆写个元宵节的祝福那个要喜庆点她最近刚学会包汤圆了额不对是包馄饨",
  "婆婆", "婆婆", "家人", ["包馄饨"], N, "传统喜庆", N, "元宵")

# ---------------------------------------------------------------- typos and homophones
K = "typos"
c(K, "帮我给领倒写个元单的祝福，商物一点",
  N, "领导", "领导", [], N, "商务得体", N, "元旦")
c(K, "给我归蜜写个七昔的，她刚失恋，别写太甜",
  N, "闺蜜", "朋友", ["刚失恋"], N, N, N, "七夕")
c(K, "给邻局写个中鞦祝福，他家孩子上次帮我修了电脑",
  N, "邻居", "其他", ["修了电脑"], N, N, N, "中秋")
c(K, "给我铜事写个干恩节的贺卡，她教会了我用透视表",
  N, "同事", "同事", ["透视表"], "贺卡", N, N, "感恩节")
c(K, "木亲节给我妈写个段一点的，发威信",
  "妈", "妈", "家人", [], "微信", N, "<=50", "母亲节")
c(K, "给老版写个春洁祝福 喜亲一点 他今年给我们每人发了一部手机",
  N, "老板", "领导", ["发了一部手机"], N, "传统喜庆", N, "春节")

# ---------------------------------------------------------------- mixed Chinese and English
K = "mixed"
c(K, "Xmas想给儿子的外籍老师Hannah发个message，她教了孩子一年口语",
  "Hannah", "儿子的外籍老师", "老师", ["一年口语"], N, N, N, "圣诞")
c(K, "帮我给我的manager写个Thanksgiving的祝福，她帮我搞定了H1B",
  N, "manager", "领导", ["H1B"], N, N, N, "感恩节")
c(K, "给我们的OEM partner写个中秋email，今年三批货都准时ship了",
  N, "OEM partner", "合作伙伴", ["准时ship"], "邮件", N, N, "中秋")
c(K, "给我妈写个happy birthday，她最近迷上了瑜伽，要casual一点的",
  "妈", "妈", "家人", ["瑜伽"], N, "轻松自然", N, "生日")
c(K, "Valentine's给我husband写一个，我们今年一起去看了极光",
  N, "husband", "恋人", ["看了极光"], N, N, N, "情人节")
c(K, "国庆给我带的new grad小冀写个祝福，我是他的buddy，他第一个PR就merge了",
  "小冀", "new grad", "下属", ["第一个PR"], N, N, N, "国庆")
c(K, "给我的Tony老师阿钧写个生日祝福，我的头他剪了八年了",
  "阿钧", "Tony老师", "其他", ["剪了八年"], N, N, N, "生日")

# ---------------------------------------------------------------- emoji
K = "emoji"
c(K, "给我外婆写个重阳节祝福🧓🏻 她今年九十了还自己种花🌸",
  "外婆", "外婆", "家人", ["种花"], N, N, N, "重阳")
c(K, "给老师写个教师节的🍎🙏 初中语文老师，她当年把我的作文送去市里参赛",
  N, "初中语文老师", "老师", ["把我的作文送去市里参赛"], N, N, N, "教师节")
c(K, "😂给我铁子写个元旦祝福，他今年终于脱单了🎉 要损一点",
  N, "铁子", "朋友", ["脱单"], N, "轻松自然", N, "元旦")
c(K, "给客户写个春节祝福🧧 商务一点 对方是开火锅店的 我们给他做了三年的菜单设计📋",
  N, "客户", "客户", ["菜单设计"], N, "商务得体", N, "春节")
c(K, "❤️给老公写个七夕的 我们在一起十年了🥂 一百五十字左右",
  "老公", "老公", "恋人", ["在一起十年"], N, N, "100-200", "七夕")
c(K, "🌙中秋给房东阿姨写个祝福 她每年都给租客送月饼🥮",
  N, "房东", "其他", ["送月饼"], N, N, N, "中秋")

# ---------------------------------------------------------------- english
K = "english"
c(K, "Could you do a Mother's Day note for my husband's mom? The first winter I visited, she stood me at her counter and we folded dumplings till midnight.",
  N, "husband's mom", "家人", ["folded dumplings"], N, N, N, "母亲节")
c(K, "Short birthday msg for Ingrid, my boss. She took my shifts when my kid was sick last month.",
  "Ingrid", "boss", "领导", ["took my shifts"], N, N, "<=50", "生日")
c(K, "Client in Singapore, Dragon Boat Festival greeting, keep it professional. We just renewed our contract.",
  N, "client", "客户", ["renewed our contract"], N, "商务得体", N, "端午")
c(K, "Happy Teachers' Day message for my son's piano teacher, Mr. Delacroix, please. My son just played his first solo concert.",
  "Mr. Delacroix", "son's piano teacher", "老师", ["first solo concert"], N, N, N, "教师节")
c(K, "Something for my landlord for Christmas? He fixed our leaking roof the week we moved in. Make it a text.",
  N, "landlord", "其他", ["leaking roof"], "text", N, N, "圣诞")
c(K, "Mid-Autumn wishes for my colleague Rafael, about 80 words, he just had twin girls",
  "Rafael", "colleague", "同事", ["twin girls"], N, N, "50-100", "中秋")

# ---------------------------------------------------------------- long_story (200+ characters, one detail pointed at)
K = "long_story"
c(K, "我爸在我上小学的时候就出车祸走了，我妈一个人在县城打两份工，供我读书特别吃力。那时候我二大爷在镇上开拖拉机拉砖，"
     "自己家也不宽裕，可每年开学前他都会骑着摩托车来我家，把学费塞给我妈，说是借的，从来没让还过。我高考那年发挥不好，"
     "想放弃复读，也是二大爷拉着我去学校找老师报的名。现在我在广州做结构工程师，二大爷的腰因为早年干重活落下了毛病，"
     "今年刚做了手术。父亲节快到了，我想给他写段话，不想写得太肉麻，就提一下当年他骑摩托送学费的事，让他知道我一直记着。",
  "二大爷", "二大爷", "家人", ["骑摩托送学费"], N, N, N, "父亲节")
c(K, "我们是一家做冷链物流的小公司，前年差点撑不下去，现金流断了三个月，员工工资都是我拿房子抵押发的。就在那时候，"
     "一家连锁超市的采购负责人宁总，也就是我们现在最重要的客户，愿意给我们一个试单的机会，只有两条线路，量也不大，"
     "但账期给的是十五天，比行业里短很多，这等于救了我们的命。后来我们把这两条线路跑得一单没出过错，宁总又陆续把华东的"
     "十几条线路都交给了我们。今年营业额翻了一倍，还多招了四十个司机。春节要到了，我想给宁总写封拜年邮件，正式一些，"
     "不要太长，重点感谢当年那个十五天的账期。",
  "宁总", "客户", "客户", ["十五天的账期"], "邮件", "商务得体", "<=50", "春节")
c(K, "去年我刚生完孩子，老公被公司外派到中东，我一个人带着新生儿住在出租屋里，每天都睡不到三个小时。对门住着一对退休的"
     "老夫妻，阿姨姓权，叔叔以前是中学物理老师。有一次半夜孩子高烧到三十九度，我抱着孩子在楼道里哭，权阿姨听见了，"
     "二话不说换了衣服陪我打车去儿童医院，在急诊室陪我坐到天亮。后来她隔三差五给我送炖好的鸽子汤，说坐月子要补。"
     "现在孩子一岁多了，会叫她奶奶。中秋快到了，想给权阿姨写一段祝福，我会抄在卡片上，连同月饼一起送过去，"
     "帮我提一下那晚陪我去急诊的事。",
  "权阿姨", N, N, ["去急诊"], "卡片", N, N, "中秋")
c(K, "When I moved to Toronto at fourteen I barely spoke any English and spent most lunch breaks hiding in the library. "
     "Ms. Kowalczyk, my high school debate coach, noticed me reading and asked if I wanted to keep score at their practice. "
     "Keeping score turned into timing speeches, timing turned into writing rebuttals for the others, and by grade twelve "
     "I was captaining the team at the provincial finals. She stayed after school with me every Thursday for two years to "
     "work on my pronunciation, never once making me feel slow. I'm now a public defender, and I still build my closing "
     "arguments the way she taught me: claim, evidence, impact. Could you draft a Thanksgiving email to her from me? Mention "
     "the Thursday sessions, and keep it under 150 words.",
  "Ms. Kowalczyk", "debate coach", "老师", ["Thursday sessions"], "邮件", N, "100-200", "感恩节")
c(K, "我在县城开了家汽修店，店里的帮工阿烁十七岁就来了，那时候连扳手都拿不稳，初中没念完，家里就一个奶奶。我看他老实，"
     "就让他先跟着洗车，晚上住在店里的阁楼上。这孩子肯吃苦，别人下班了他还趴在车底下琢磨，三年下来，发动机的毛病他听声音"
     "就能判断个八九不离十。今年他自己考下了高级技工证，还带了两个新来的小工。他奶奶住院那阵子，他把攒的钱都花了，"
     "我给他预支了半年工资，他也按月还上了。除夕那天他要留店值班，我想给他写段话，夸夸他考证的事，让他知道店里离不开他，"
     "语气随意点，别整得跟领导讲话似的。",
  "阿烁", "帮工", "下属", ["高级技工证"], N, "轻松自然", N, "除夕")
c(K, "我和老公结婚的时候，婆婆其实不太同意，嫌我是外地人，又比她儿子大三岁。头两年我们见面基本只聊天气，过年回去也是"
     "客客气气的。转折是前年我查出甲状腺的问题要做手术，老公那阵子正好在外地封闭培训，是婆婆一个人坐了六个小时的大巴"
     "过来，在医院陪了我整整一周，每天给我擦身子、熬南瓜粥，出院那天还偷偷往我包里塞了两千块钱。从那以后我们俩越来越亲，"
     "现在她每周都要跟我视频，比跟她儿子聊得还多。母亲节快到了，我想给她写一段真心话，一百字左右就好，"
     "帮我提一下医院那一周的南瓜粥。",
  "婆婆", "婆婆", "家人", ["南瓜粥"], N, N, "50-100", "母亲节")


NOTE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "extraction_blind11_2026-12.md")

NOTE_HEAD = """# extraction_blind11_2026-12.json: an eleventh blind, frozen extraction set, weighted to the everyday

- **Who:** an AI helper session, started by a project session to write an eleventh evaluation set. It had **not read
  the code the set will measure**: nothing under `bot/`, `adapters/`, `bench/`, `model_server/` or `scripts/` was
  opened.
- **When:** 2026-12-06.
- **What it read:**
  - `README.md` lines 1–30 and its section "The six slots" (the slot table), and the brief it was given;
  - in `tests/data/`: the first note (`extraction_blind_2026-12.md`, for its format and annotation rules) and the tenth
    note (`extraction_blind10_2026-12.md`) in full; the other notes (`extraction_blind2_2026-12.md` …
    `extraction_blind9_2026-12.md`) only searched by `grep` for the names, pet names and relation words it meant to use;
  - `tests/data/extraction_blind10_check.py` in full, to copy the validator logic;
  - of `tests/data/extraction_blind10_build.py`, only its first 40 and last 25 lines, for the file structure
    (`c(...)`, `N = None`, `asked=` on replies, `main()`). The few tenth-set cases those lines show were not reused.
- **What it did not read:** no `.json` file in `tests/data/` other than this set's; no other test; no other file of the
  repository. The earlier build scripts (`extraction_blind3_build.py` … `extraction_blind10_build.py`) were not read as
  files: the checker reads them as plain text, and one throwaway command of the helper printed only *its own* detail
  fragments that occur quoted in them. No git was run, and no extractor, bot or bench was run or read.
- **How:** every message was written by hand the way people type to a bot on WeChat/DingTalk/Feishu/Telegram, and
  annotated by hand under the rules of the first note and the decisions of the tenth, which this set follows unchanged
  where they decide a case; the decisions it had to add are listed below. The cases live in
  `extraction_blind11_build.py` (standard library only), which writes the JSON deterministically (two runs gave the
  same bytes) and this note. Nothing was tuned against any extractor.
  - **Everyday first (the point of this set):** 139 of the 202 cases (69%) are `plain` requests (114) or `reply`
    answers to the bot's question (25): a parent, a grandparent, an in-law, a spouse, a child, a sibling, the boss, a
    client, a partner, a teacher of the user or of the child, a neighbour, a friend, a colleague, a doctor, a landlord,
    a home helper; one or two details; sometimes a style, a length or a medium. One plain case is a question, one a
    written self-correction (表哥→表姐).
  - **Hard shapes (the other 31%):** several people in one message, pets, nicknames and titles, relation words an
    extractor may lack, voice input without punctuation or spaces (fillers 喂你听得见吗, 额就是, 哦对了, 哎呀不是,
    就是说, 那个, 嗯) with spoken self-corrections (recipient 主管→分管领导, occasion 邮件→短信, detail 包汤圆→包馄饨),
    typos and pinyin homophones, Chinese–English mixing, emoji (skin tone 🧓🏻, ❤️ with a variation selector),
    long stories, English requests.
  - **Names** checked by `grep` against the ten earlier notes and absent from them (kin terms used as address
    aside): 钟总, 小葵, 敖经理, 芮经理, 伍总, 纪厂长, 小阚, 小卢, 小邬, 小岳, 老鲍, 小韦, 丛老师, 亓老师, 苑老师, 老滕,
    禹奶奶, 俞师傅, 阿琼, 缪老师, 宁宁, 靳工, 莘阿姨, 阿岷, 卞总 (and the sender 老仉), 闻老师, 钮姐, 占叔, 章姐, 揭师傅,
    大头, 宫教授, 满仓哥, 宦婆婆, 老贺同志, 崽崽, 契妈, 堂嫂, 周阿姨, 小仲, 聂总, 四舅, 符老师, 牛总, Hannah, 小冀, 阿钧,
    Ingrid, Mr. Delacroix, Rafael, 二大爷, 宁总, 权阿姨, Ms. Kowalczyk, 阿烁. Pets: 可达, 发糕, 咕咚, 雪碧 and 摩卡,
    瓜子, 阿吉.
  - **Relation words** absent from the earlier notes: 孩子奶奶, 兄弟媳妇, 老姨, 姑丈, 堂叔, 四舅, 二大爷, 契妈, 堂嫂,
    老婆的弟弟, 准媳妇, 那口子, 老头子, 孩子他爸, 科室主任, 分管领导, 东家, 厨师长, 文员, 新员工, 瓦工, 配送员, 帮工,
    `new grad`, 包装厂, 报关行, `OEM partner`, 孩子班主任, 儿子幼儿园的老师, 儿子的击剑教练, 补课老师, 专业课老师,
    健身私教, 宿舍长, 铁子, 红娘, 理财经理, 药剂师, 异宠医生, 正畸医生, 产检医生, 家庭医生, 小时工, 面馆的老板娘,
    `husband's mom`, `son's piano teacher`, `debate coach`. The everyday words (妈, 婆婆, 老板, 客户, 同事, 房东, 邻居,
    班主任, 保姆, `boss`, `client`, `landlord` …) do occur in earlier notes, as they must in an everyday set; so does
    `Tony老师` (a hairdresser), which this set uses once in a new sentence.
- **Rewording after the checks.** The first run of the checker printed six runs shared with earlier sources, in five cases (five
  English openings or phrases such as a short birthday message for my boss, a Dragon Boat Festival greeting, a
  Thanksgiving email request, dumplings from scratch, and one Chinese 12-Han run about a composition contest); all
  were reworded, and a second pass printed two more English runs, also reworded. The helper's own detail fragments that
  occur quoted in the earlier build scripts were listed once: the distinctive ones (about thirty, among them a heart
  bypass, a knee replacement, mutton dumplings, alkaline zongzi, braised pork, an Antarctic station, a bakery studio,
  a burst pipe, a boiler, a first recital) were replaced by other details. Eighteen generic everyday facts were kept on
  purpose, because ordinary users say them and the set is meant to be ordinary: 退休, 刚退休, 六十大寿, 学会游泳,
  满十八岁, 抱了孙子, 异地, 刚领证, 上夜班, 涨了工资, 回本, 刚转正, 休产假, 要结婚了, 收快递, 高血压, 做了六年,
  在一起十年 (the case texts around them share no run above the limits below).
- **Checks:** `extraction_blind11_check.py` was run on the final file and prints `OK`. It keeps every check of the
  tenth set's checker (structure, canonical values, fragments, texts, shapes, holiday and category spread, copies).
  **Changed:**
  - the minimum per kind is now per kind: `plain` at least 90, `reply` at least 18, every hard shape at least 6
    (the tenth asked 12 of every kind, which would have made the hard shapes two thirds of the set); and the share of
    `plain` + `reply` must lie between 0.60 and 0.75;
  - the copy check reads eighteen sources as plain text: the ten earlier notes and `extraction_blind3_build.py` …
    `extraction_blind10_build.py`. No text may occur in any of them or share a run of more than 11 Han characters or
    more than 27 characters with any one of them. The checker fails when any source is missing;
  - `--selftest` adds seven breakages (a whole tenth-set build text, a 12-Han run from the tenth set's build and note,
    a 28-character Latin run from the tenth set's build, plain requests cut below their minimum, the everyday share too
    low and too high): 82 breakages in all (79 in the list plus a truncated JSON, a non-list top level and a missing
    earlier source), **all caught**, each by the check meant for it.
  Run: `python3 extraction_blind11_build.py && python3 extraction_blind11_check.py --stats` (and `--selftest`).

## Frozen

Do not edit the cases. If an annotation is found wrong, write it down under Errata below (date, case text, what and
why) rather than fix it silently, so that figures stay comparable; a changed set is a new file. The build script must
keep producing the bytes below. If it ever does not, the JSON with the SHA-256 below is the set.

## Format

As in the ten earlier sets: a JSON list of `{"text", "kind", "expect"}` (replies add `asked` between `kind` and
`expect`), and `expect` has `name`, `relation`, `relation_category`, `details_contains`, `details_null`, `occasion`,
`style`, `length`, `holiday`, in that order. Anything the user did not say is `null`, with no defaults. A reply is
annotated only for what it says, whatever was asked. Suggested scoring as before: `relation` matches when either
string contains the other (case-insensitive for English); everything else exactly; details are correct when every
fragment occurs in the extracted details (and, for `details_null: true`, when the extracted details are null).
Because this set is weighted to the everyday, report `plain` + `reply` and the hard shapes separately as well as
together.
"""

KIND_NOTES = {
    "plain": "everyday requests: parents, grandparents, in-laws, siblings, children, spouses, bosses, clients, "
             "partners, colleagues, people the user leads, teachers of the user or the child, friends, neighbours, "
             "landlords, doctors, helpers; one a question, one a written self-correction",
    "reply": "short answers to the bot's question",
    "several_people": "the sender is sometimes not the user: a mother, a father, a colleague",
    "pets": "never the name; the pet's name is the fragment where the pet is the detail",
    "nicknames_titles": "大头, 满仓哥, 老贺同志, 崽崽, 揭师傅, 宦婆婆 (not a mother-in-law), 宫教授",
    "unknown_relation": "契妈, 堂嫂, 红娘, 理财经理, 药剂师, 报关行",
    "voice": "no punctuation or spaces; spoken self-corrections",
    "typos": "领倒, 元单, 商物, 归蜜, 七昔, 邻局, 中鞦, 铜事, 干恩节, 木亲节, 段一点, 威信, 老版, 春洁, 喜亲",
    "mixed": "Xmas, Thanksgiving, Valentine's, email, OEM partner, new grad, Tony老师",
    "emoji": "emoji with skin tone and variation selector",
    "long_story": "five Chinese of 224-241 characters, one English of 748",
    "english": "requests fully in English",
}

NOTE_TAIL = """
## Decisions added to the rules (judgement calls kept on purpose)

- **Names.** Kin terms used as address are names, as before: 妈, 老爸, 婆婆, 公公 (like 婆婆), 姥姥, 姥爷, 外公,
  外婆, 奶奶, 爷爷, 爸妈 (one greeting for both parents), 哥, 姐, 大姐, 妹, 小姨, 老姨, 姑姑, 姑妈, 姑丈, 大舅, 四舅,
  舅妈, 表弟, 表姐 (after the written correction from 表哥), 堂叔, 堂嫂, 契妈 (Cantonese godmother, like 干娘),
  二大爷, 老婆, 老公, 老头子 (a wife's word for her husband), 孩子他爸 (a wife's address for her husband). Not names:
  岳父, 孩子奶奶 (a teknonym for the mother-in-law; a reader could argue it is an address), 兄弟媳妇, 女婿, 儿子,
  女儿 (the daughter's name 小葵 is given), 那口子, 准媳妇, 对象, 女朋友, 男朋友, 儿媳妇, 老婆的弟弟 (his name 阿岷 is),
  `husband`, `husband's mom`. 老板 is never a name here (`我们老板`, typo `老版`); 房东阿姨 gives relation 房东 and no
  name (a reader could argue 房东阿姨 is an address). Kept whole: 老贺同志, `Mr. Delacroix`, `Ms. Kowalczyk`.
- **Titles and descriptions without a relation word keep relation null:** 俞师傅 (`物业的`), 章姐 (`宠物店的`),
  揭师傅 (led the user's renovation crew), 满仓哥 (`我们村一起出来打工的`), 宦婆婆 (the 楼长 of the building the user
  rents in: a role, not the relation), 权阿姨 (`对门住着`, in a long story), and the replies `缪老师`, `靳工`.
- **Which string goes into `relation`.** Modifiers dropped: `以前的老领导` → 领导, `隔壁组的同事`, `搭班的同事`,
  `部门新来的同事`, `一起值夜班的同事` → 同事, `一个老客户` → 客户, `好朋友` → 朋友, `以前的老同事` (a reply) → 同事,
  `下象棋的老搭档` → 搭档, `我们家请的保姆` → 保姆, `长期合作的包装厂` → 包装厂, `我们合作的报关行` → 报关行,
  `my high school debate coach` → debate coach. Kept because they change who the person is: 孩子班主任, 女儿的舞蹈老师,
  儿子幼儿园的老师, 儿子的击剑教练, 闺女的英语老师, 儿子的外籍老师, 老婆的弟弟, 面馆的老板娘, 孩子奶奶,
  `son's piano teacher`, `husband's mom`. In several-people cases the relation is the sender's when the user writes for
  someone else (老同学 of the mother, 搭档 of the father, 客户 of the colleague).
- **Categories of the new words.**
  - 家人: 契妈 (fictive kin; a reader could argue 其他), 堂嫂, 堂叔, 姑丈, 老姨, 四舅, 二大爷, 兄弟媳妇, 孩子奶奶,
    老婆的弟弟, 儿媳妇, 女婿, `husband's mom`.
  - 恋人: 准媳妇 (the user's fiancée), 那口子, 老头子, 孩子他爸, `husband`.
  - 朋友: 宿舍长 (the university dorm head), 铁子, 搭档 (the father's chess partner), 老同学 (the mother's).
  - 领导: 科室主任 (the user works in the department), 分管领导, 东家 (the user is a live-in home helper; a reader could
    argue 其他), 组长, 上司, 经理, `manager`, `boss`.
  - 下属: 文员, 厨师长 (`我是老板`), 新员工 (`我带的`), 瓦工 (`我手下的`), 配送员 (`店里的`, the user owns the shop),
    帮工 (in the user's garage), 实习生, `new grad` (`我带的`, the user is his buddy).
  - 合作伙伴: 包装厂, 报关行, `OEM partner`, 投资方, 合作方, 合伙人, 供应商, 投资人.
  - 老师: 健身私教, 补课老师, 专业课老师, 指导老师, 师傅 (workplace master), 儿子的击剑教练, `debate coach`,
    `son's piano teacher`.
  - 其他: 红娘, 理财经理, 药剂师, 异宠医生, 正畸医生, 产检医生, 家庭医生, 主治医生, 小时工, 保洁大姐, 保姆,
    面馆的老板娘, `Tony老师` (slang for a hairdresser: the word contains 老师, a trap), 房东, 邻居, `landlord`.
- **Holidays.** Typos: 元单 → 元旦, 七昔 → 七夕, 中鞦 (a traditional variant character) → 中秋, 干恩节 → 感恩节,
  木亲节 → 母亲节, 春洁 → 春节. `新年祝福…元旦发` → 元旦; `拜年短信` → 春节; `Xmas` → 圣诞; `Valentine's` → 情人节.
  除夕 requests name 除夕 without 过年/拜年 (`过年回去` inside the long 母亲节 story is background). A holiday only in
  the story is not the one asked for (`每年冬至都给租户送汤圆` in a 冬至 request agrees anyway; `过完年就不来了` in a
  春节 request likewise).
- **Styles.** 商务得体: `商务一点`, `正式点`, `得体一点`, `庄重一些`, `写得正式一点，像成人礼那样` (for a son),
  `商物一点` (typo), `professional`, `客气点` (to a colleague the user barely knows; a reader could argue null).
  轻松自然: `搞笑一点`, `轻松点`, `要损一点`, `casual一点`, `语气随意点，别整得跟领导讲话似的`, `随意点就行` (a reply).
  传统喜庆: `喜庆点`, `喜亲一点` (typo), `喜庆的吧` (a reply). LLM科技风: `来点算法梗`, `写得极客一点`, `来点AI味儿的`
  (a reply). Null: `写得朴实点`, `别写太甜`, `不想写得太肉麻`, `简单点` (neither a style nor a length).
- **Lengths.** `<=50`: `短一点`, `写两句`, `简短点`, `别太长`, `写个短的`, `段一点` (typo), `short`, `越短越好`,
  `写短一点啊` (voice), and `不要太长` in the long 春节 email story (the first note's rule, kept although an email).
  `50-100`: `一百字左右`, `一百字以内`, `一百字左右就好`, `about 80 words`, `八十字上下`. `100-200`: `长一点` (an explicit
  long request), `一百五十字左右`, `under 150 words`, `长一点，两百字以内`. Not a length: `写几句`, `写一段`, `写段话`.
- **Occasion.** `打电话的时候念给她听`, `打个电话说` → 电话里说; `视频` at 除夕 (`要跟我小姨视频`) → 视频里说; `发朋友圈`
  → 朋友圈; `发我们宿舍群里` → 群里; `写张卡片`, `抄在卡片上` → 卡片; `贺卡` → 贺卡; `发威信` (typo) → 微信; `发他邮箱`
  → 邮件; `哎呀不是邮件是短信` (voice) → 短信; `Make it a text` → text. Not the occasion: `学会了用微信视频` (a detail),
  `每周都要跟我视频` and `在群里给孩子们听写单词` (the story), `发个消息`, `message`.
- **Details.** Generic everyday facts count as details when they are about the recipient (`今年刚退休`, `刚转正`,
  `在国外`). Pets: the pet's name (可达, 发糕, 咕咚, 瓜子, 阿吉), except where the shared history is the detail
  (`遛狗认识`). Voice self-correction of a detail: the corrected one (`包馄饨`). Long stories: the short phrase the user
  points at (骑摩托送学费, 十五天的账期, 去急诊, `Thursday sessions`, 高级技工证, 南瓜粥). A reply that names the relation
  and a fact (`以前的老同事，现在跳槽去别的公司了`, `我东家，我在他家做了三年住家阿姨`) fills both.

## Errata

None yet.
"""


def _count_table(cnt, order=None):
    keys = order or [k for k, _ in cnt.most_common()]
    return ", ".join("%s %d" % ("null" if k is None else k, cnt[k]) for k in keys if cnt[k])


def write_note(raw):
    import collections
    import hashlib
    kinds = collections.Counter(c["kind"] for c in CASES)
    order = ["plain", "reply", "several_people", "pets", "nicknames_titles", "unknown_relation", "voice", "typos",
             "mixed", "emoji", "long_story", "english"]
    lines = [NOTE_HEAD, "## Counts (%d cases)" % len(CASES), "", "| kind | cases |", "| --- | --- |"]
    for k in order:
        lines.append("| `%s` (%s) | %d |" % (k, KIND_NOTES[k], kinds[k]))
    everyday = kinds["plain"] + kinds["reply"]
    lines += ["", "Everyday (`plain` + `reply`): %d of %d (%.0f%%); hard shapes: %d." % (
        everyday, len(CASES), 100.0 * everyday / len(CASES), len(CASES) - everyday), "", "Value spread:"]
    for key in ("holiday", "relation_category", "style", "length", "occasion"):
        lines.append("- %s: %s;" % (key, _count_table(collections.Counter(c["expect"][key] for c in CASES))))
    asked = collections.Counter(c["asked"] for c in CASES if c["kind"] == "reply")
    lines.append("- reply asked: %s;" % _count_table(asked))
    lines.append("- name null: %d; details_null: %d; %d details fragments." % (
        sum(c["expect"]["name"] is None for c in CASES), sum(c["expect"]["details_null"] for c in CASES),
        sum(len(c["expect"]["details_contains"]) for c in CASES)))
    lines.append(NOTE_TAIL)
    lines += ["## Frozen set", "",
              "`extraction_blind11_2026-12.json`: %d cases, %s bytes, SHA-256" % (len(CASES), format(len(raw), ",")),
              "`%s`." % hashlib.sha256(raw).hexdigest(), "",
              "**FROZEN** on 2026-12-06. Do not edit; a changed set is a new file.", ""]
    with open(NOTE, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    raw = (json.dumps(CASES, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(raw)
    write_note(raw)
    print("wrote %d cases to %s, and %s" % (len(CASES), OUT, NOTE))


if __name__ == "__main__":
    main()
