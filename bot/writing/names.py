"""The parts of a Chinese form of address (老王, 张总, 王小明): surnames and titles. The reader finds names with them
(`bot.reading`); the model's training draws fresh names from them (`model_server.fresh`)."""

from __future__ import annotations

# Most common Chinese surnames (covers the great majority of people); used to recognise 老王 / 张总 / 王小明.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝"
    # Less common ones, which people still are called by (伏老师, 宓总, 鞠姐); no everyday characters (上, 东, 都…),
    # which would turn 老东家 into a name.
    "杭綦冷阚禹苟伏宓鞠储阎奚岑蔺逄郜隗嵇裘缪鄢浦郦闻蒯蓟厉戈冼谈宦禹扈亓燕冀郏芮羿汲邴糜焦侯蓬郗栾甘钭戎祖符詹韶黎薄宿蒲邰鄂索"
    "计谯庹禚逯邸隗贲扈郜覃揭"
    "咸籍赖屠郁胥苍莘翟谭贡姬申扶堵冉宰雍璩桑桂濮尚晏柴瞿茹艾庾暨匡寇禄阙殳沃蔚夔厍晁勾敖訾辛阚乜巢荆竺逯盖桓欧"
)
# Titles that make "surname + title" a form of address.
TITLES = (
    "总监", "总", "董事长", "董", "老师", "教授", "导", "博士", "医生", "大夫", "经理", "主任", "处长", "局长", "科长",
    "院长", "校长", "部长", "老板", "律师", "工", "哥", "姐", "叔", "姨", "阿姨", "叔叔", "伯", "奶奶", "爷爷", "局", "博", "sir",
    "大爷", "大妈", "伯伯", "师傅", "教练", "主管", "处", "书记", "队", "医生", "护士长", "总工", "姐姐", "哥哥",
    "师兄", "师姐", "指导", "先生", "女士", "老", "婆婆", "阿婆", "公公", "阿公", "园长", "站长", "厂长", "店长", "村长", "会长", "社长", "队长", "组长", "书记", "工程师",
)
