"""Words the extractor recognises: relations and their categories, styles, occasions, surnames.

Data only, kept apart from the extraction logic so that it can grow without touching the rules.
"""

from __future__ import annotations

from bot.writing.names import SURNAMES as SURNAMES  # re-exported: the reader's vocabulary
from bot.writing.names import TITLES as TITLES

# Relation word → category. The user's own word is kept as the relation; the category drives defaults.
RELATIONS_ZH: dict[str, str] = {}
# Teachers are said by what they teach: 古筝老师, 少儿编程老师, 论文导师.
_SUBJECTS = ("古筝 钢琴 小提琴 大提琴 吉他 声乐 舞蹈 美术 书法 编程 少儿编程 围棋 象棋 游泳 跆拳道 武术 瑜伽 绘画 画画 英语 数学 语文 物理 "
             "化学 生物 历史 地理 政治 科学 音乐 体育 日语 法语 口语 作文 奥数 篮球 足球 羽毛球 网球 乒乓球 滑雪 钢琴陪练 高数 线代 "
             "专业课 大提琴 二胡 琵琶 架子鼓 尤克里里 素描 播音 表演 主持 礼仪 烘焙 插花 茶艺 太极 健美操 拉丁舞 街舞").split()
for _subject in _SUBJECTS:
    RELATIONS_ZH[_subject + "老师"] = "老师"
for _word in "论文导师 研究生导师 博士生导师 校外导师 企业导师 毕设导师 国画老师 考研辅导老师".split():
    RELATIONS_ZH[_word] = "老师"
# Kin said with their rank: 三婶, 四叔, 二舅.
for _rank in "大二三四五六七小":
    for _kin in "叔婶姨舅姑伯":
        RELATIONS_ZH.setdefault(_rank + _kin, "家人")
for _category, _words in {
    "家人": "契妈 干娘 堂嫂 表嫂子 表舅妈 表姨妈 表姑妈 表姨父 表姑父 表舅舅 表姨夫 表姑夫 堂叔 堂婶 老泰山 泰山 岳丈 干娘 干爹 大伯子 大伯嫂 挑担 大侄子 大舅子 大姨子 小姨子 大姑子 小叔子 小舅子 侄孙 侄孙女 表嫂 弟妹 继父 继母 后妈 干女儿 干儿子 孙女婿 老舅 大伯 二伯 大姑 小姑 大舅 小舅 二叔 三叔 大爷爷 太奶奶 太姥姥 婶子 舅舅家 亲家母 亲家公 侄女婿 外甥女婿 儿媳 女婿 孙子 孙女 "
            "外孙 外孙女 姐姐家 老丈母娘 妈妈 老妈 母亲 妈咪 爸爸 老爸 父亲 爷爷 奶奶 外公 外婆 姥姥 姥爷 哥哥 姐姐 弟弟 妹妹 表哥 表姐 表弟 表妹 "
            "堂哥 堂姐 堂弟 堂妹 舅舅 舅妈 姑姑 姑父 姨妈 小姨 大姨 姨夫 叔叔 婶婶 伯伯 伯母 岳父 岳母 丈母娘 老丈人 "
            "公公 婆婆 儿子 女儿 闺女 侄子 侄女 外甥 外甥女 亲戚 家人 爸妈 父母 公婆 嫂子 姐夫 妹夫 弟媳 亲家 干妈 干爹 干姐 干哥 干妹 干弟 干姐姐 干哥哥 长辈 家里人 "
            # in-laws and kin said with their rank: 连襟 (wives are sisters), 妯娌 (husbands are brothers), 二姐, 大嫂
            "连襟 妯娌 大姑姐 小姑子 姨父 姑妈 表姑 表叔 表舅 表姨 表婶 表伯 堂伯 堂姑 堂叔 舅公 姑婆 姨婆 太爷爷 太外婆 儿媳妇 孙媳妇 侄媳妇 继女 继子 养父 养母 "
            "大姐 二姐 三姐 大哥 二哥 三哥 二妹 大嫂 二嫂 干爸 表姐夫 表妹夫 堂姐夫 亲哥 亲姐 亲弟 亲妹 岳父母 公公婆婆",
    "恋人": "老伴 男票 女票 相亲对象 女朋友 男朋友 女友 男友 老婆 老公 媳妇 妻子 丈夫 爱人 对象 未婚妻 未婚夫 另一半 太太",
    "朋友": "上铺 下铺 舞伴 同门 钓鱼搭子 牌搭子 知己 同乡 朋友 好朋友 好友 老朋友 闺蜜 兄弟 哥们 哥们儿 发小 室友 舍友 同学 大学同学 高中同学 初中同学 小学同学 "
            "老同学 老友 网友 球友 饭搭子 搭子 笔友 战友 校友 学长 学姐 学弟 学妹 师兄 师姐 师弟 师妹 铁子 死党 "
            "钓友 跑友 书友 牌友 驴友 棋友 车友 麻友 酒友 队友 老铁 兄弟伙 姐妹 好姐妹 好兄弟 前同桌 老同桌 "
            "舍友 大学室友 合租室友 室友 发小儿 闺密 基友 损友 哥们 网友 游戏队友 开黑队友 班长 大学班长 鼓手 社长 "
            "同桌 狗友 猫友 病友 舞友 茶友 球搭子 健身搭子 饭友 团长 队长 骑友 书友 老乡 "
            "大师兄 大师姐 主唱 吉他手 贝斯手 键盘手 乐队主唱 队员 邻座 网友 游戏好友 群友 研友 团友 版主 棋友 书友 考友 同期 鸟友 群主 领队",
    "同事": "运维 运维小哥 同事 前同事 老同事 搭档 工友 老工友 同组 同部门 HR 人事 产品经理 财务 会计 出纳 行政 前台 法务 运营 同组同事 项目组 "
            "架构师 QA 调度员 HRBP 前端 后端 测试 设计师 IT小哥 网管 PM",
    "领导": "头儿 部长 主编 领导 老领导 老板 上司 前上司 主管 总监 老大 部门领导 直属领导 部门经理 项目经理 大老板 leader 组长 处长 科长 "
            "局长 厅长 所长 院长 校长 行长 主任 CEO CTO COO CFO CMO VP 总经理 副总 董事长 老总 大boss 老boss 站长 店长 厂长 车间主任 "
            "班组长 带班 包工头 经理 中队长 大队长 指导员 乘务长 连长 排长 营长",
    "下属": "助理 秘书 学徒 下属 实习生 徒弟 新人 组员 团队成员 手下 员工 小弟 组里的人 学生 新员工 助教",
    "客户": "客户 甲方 甲方爸爸 大客户 老客户 顾客 用户 老主顾 采购 学员家长 老顾客 回头客 委托人",
    "合作伙伴": "合作伙伴 合作方 伙伴 投资人 投资方 供应商 合伙人 联合创始人 创始人 股东 渠道商 经销商 代理商 乙方 对接人 "
                "领投方 跟投方 外包方 外包团队 代工厂 代工厂老板 承包商 服务商 加盟商 分销商 赞助商 合作厂商 厂商 主理人 物流商 分包商 批发商 责任编辑 KOL",
    "老师": "师叔 师伯 老师 导师 教授 班主任 师父 师傅 恩师 教练 博导 硕导 外教 辅导员 带教老师 家教 私教 健身教练 健身私教 "
            "钢琴老师 吉他老师 舞蹈老师 瑜伽老师 游泳教练 驾校教练 班导 语文老师 数学老师 英语老师 物理老师 化学老师 "
            "生物老师 历史老师 地理老师 音乐老师 美术老师 体育老师 书法老师 篮球教练 足球教练 指导老师 物理家教 数学家教 英语家教 "
            "生活老师 带教 师爷 老班 陪练",
    "其他": "村医 护工 保洁 保洁员 包租婆 房东太太 主治医生 大夫 管家 物业管家 快递员 邻居 老邻居 房东 物业 医生 护士 粉丝 保姆 保洁阿姨 钟点工 月嫂 育儿嫂 保安 门卫 快递小哥 外卖小哥 "
            "理发师 美容师 托尼老师 搬家师傅 修车师傅 装修师傅 维修师傅 开锁师傅 心理咨询师 咨询师 律师 老板娘 司机 村支书 会长 猎头 发型师 代购 化妆师 摄影师 宠物店老板 陪诊师 训犬师 兽医 宠物医生 店主 老板娘 房客 租客 "
            "居委会主任 社区书记 "
            # service, care and community roles: the people who look after a household or a neighbourhood
            "店员 服务员 营业员 收银员 外卖员 骑手 理疗师 康复师 治疗师 营养师 心理医生 护理员 护工阿姨 家政阿姨 家政 "
            "网格员 楼长 村长 第一书记 驻村书记 社工 志愿者 修鞋师傅 修表师傅 驻场工程师 师娘 园长 老街坊 "
            "中介 中介小哥 宿管 宿管阿姨 支书 老支书 媒人 资助人 车主 护士长 理发小哥 牙医 翻译 打饭阿姨 代账会计 婚礼策划 实验室管理员 客户经理 代理律师 村主任 美甲师 邮递员 救生员 技术员 清洁阿姨 管理员 监理 "
            "老板娘 民宿老板 业主 物业前台 大厨 厨师 厨师长 前主人",
}.items():
    for _word in _words.split():
        RELATIONS_ZH[_word] = _category
# Roles listed from what people do around us, not from any request we were given: a writer we have not read will use
# some of them. (家人 words are left out here: each also decides whether the word is a form of address.)
for _category, _words in {
    "朋友": "宿舍长 寝室长 宿舍老大 寝室老大 竹马 青梅 同行 老同行 向导搭子 老战友 学友 前桌 后桌 同好 饭搭子 旅行搭子 健身搭子 球搭子 游戏搭子 网友 笔友 老铁 铁哥们 铁哥们儿 好姐妹 姐妹 "
            "票友 戏友 花友 歌友 琴友 跑团 拳友 泳友 钓友 徒步搭子 饭友 麻将搭子 学伴 同班同学",
    "恋人": "心上人 恋人 男神 女神 准媳妇 准老婆 准老公 那口子 孩子他爸 孩子他妈 孩子她妈 孩子他娘 老头子 老太婆",
    "领导": "书记 大领导 顶头上司 直属上级 前老板 前领导 老东家 雇主 东家 校长 院长 行长 董事长 总经理 副总 经理 老总 "
            "台长 工段长 执行合伙人 管理合伙人 合伙人律师 PI 大老板娘 社长 总编 主编 馆长 团长 掌柜 大掌柜 老板们 分管领导 区域经理 片区经理",
    "下属": "下级 部下 雇员 店员们 学生们 文员 瓦工 配送员 应届生 帮厨 学徒 管培生 规培生 小工 学徒工 帮工 店员 营业员 见习生 实习医生 住院医",
    "合作伙伴": "包装厂 报关行 货运代理 冠名商 物流公司 快递公司 代理公司 经纪人 合作商 承运商 出版方 投资机构 货代 货代公司 加工厂 代理 供货商 原料供应商 房东公司 合作社 地接社 旅行社",
    "客户": "常客 老常客 主顾 大主顾 租客 广告主 长住客人 住客 房客 会员 学员 病人 患者 买家 租客 业主方 委托方",
    "老师": "幼师 保育员 托管老师 启蒙老师 私塾先生 先生 教官 教研员 系主任 论文老师 声乐老师 画画老师 围棋老师 编程老师 跆拳道教练 "
            "补课老师 辅导老师 家教老师 钢琴家教 "
            "指挥 合唱指挥 领舞 艺术指导 指导教练 师爷 科任老师 副班主任 带教师傅",
    "其他": "小时工 家庭医生 产检医生 红娘 房东阿姨 向导 导游 楼组长 育婴师 陪诊员 陪诊 水电师傅 家电师傅 户籍民警 裁缝 送水工 环卫工 环卫大叔 环卫阿姨 清洁工 维修工 水管工 电工 锁匠 花匠 园丁 厨子 "
            "代驾 滴滴司机 出租车司机 网约车司机 药剂师 物业经理 房产中介 保险经纪人 理财经理 银行经理 面试官 "
            "水电工 装修队长 工头 包工头 咖啡师 调酒师 面包师 花店老板 水果店老板 早餐店老板 "
            "小卖部老板 便利店店员 图书管理员 食堂阿姨 校医 针灸师 按摩师 推拿师 片警 民警 交警 快递站老板 菜场阿姨 "
            "菜贩 遛狗师 宠物保姆 房主 租户 对门邻居 牧师 神父 健身房前台 保险代理人 按摩技师 "
            "催乳师 产康师 中医 保安大叔 社区医生 二房东 寄宿家庭 木匠 泥瓦匠 油漆工 陪护 主刀医生 麻醉师 药师 驯犬师 司仪 主持人",
}.items():
    for _word in _words.split():
        RELATIONS_ZH.setdefault(_word, _category)
# More of the same, 2026-12-07: the words the twelfth to fifteenth writers used that the vocabulary lacked, and their
# neighbours. One key per category: a key said twice in a dict literal silently drops the first list.
for _category, _words in {
    "老师": "早教老师 PT 私人教练 武术教练 滑雪教练 网球教练 羽毛球教练 乒乓球教练 老师傅",
    "领导": "督导 值班长 教导主任 年级主任 总工 总编辑 大区经理 上级",
    "下属": "钢筋工",
    "合作伙伴": "茶农 果农 菜农 民宿主人 分包 总包 外包 责编 编辑 VC 天使投资人 投资经理",
    "朋友": "拜把子兄弟 把兄弟 结拜兄弟 干兄弟 通勤搭子 拼车搭子 学习搭子 羽毛球搭子 跑步搭子",
    "家人": "大伯哥 哥嫂 干妹妹 干弟弟 义父 义母 姨姥姥 孙媳 外孙媳妇 重孙 重孙女 曾孙 曾孙女 堂妹夫 弟媳妇 嫂嫂 伯父 后爸",
    "其他": "调音师 园艺师 私厨 家庭厨师 理发师 修鞋师傅 门卫大爷 保安大爷 门卫 验光师 收纳师 整理师 业委会主任 面馆老板 饭店老板 理疗师 眼科医生 口腔医生 房产经纪",
}.items():
    for _word in _words.split():
        RELATIONS_ZH.setdefault(_word, _category)

# Single-character kin words are only relations after 我/俺/老 ("我妈", "老爸"), never inside names ("王哥").
KIN_SINGLE: dict[str, str] = {c: "家人" for c in "妈爸哥姐弟妹姨舅叔婶姑"}
# Younger kin are called by their names, not by the kin word ("给我表弟写" names no one to greet): elders are not.
YOUNGER_KIN: frozenset[str] = frozenset("弟 妹 弟弟 妹妹 表弟 表妹 堂弟 堂妹 二妹".split())

RELATIONS_EN: dict[str, str] = {}
for _category, _words in {
    "家人": "grandson granddaughter grandkid bro-in-law sis-in-law father-in-law mother-in-law brother-in-law sister-in-law stepdad stepmom stepfather stepmother godmother godfather mom mum mother dad father grandma grandpa grandmother grandfather great-uncle great-aunt great-grandma "
            "great-grandpa great-grandma great-uncle great-aunt daddy mommy grandparents sister brother aunt uncle cousin "
            "parents son daughter niece nephew family in-laws",
    "恋人": "wife husband girlfriend boyfriend gf bf fiancee fiancée fiance fiancé spouse sweetheart",
    "朋友": "gym-buddy fishing-buddy friend best-friend bestie bff buddy pal roommate flatmate classmate teammate bandmate organizer language-exchange-partner roomie alumni housemate best-mate climbing-partner lab-mate labmate lab-partner",
    "其他": "legal-counsel counsel neighbor neighbour landlord landlady doctor vet veterinarian hairdresser hairstylist barber nanny babysitter housekeeper cleaner driver doorman dentist nurse "
            "therapist counselor counsellor physio physiotherapist caregiver carer pharmacist tenant pastor priest pet-sitter "
            "family-doctor building-manager facilities-manager property-manager dog-walker host super superintendent "
            "coordinator volunteer-coordinator mailman postman mail-carrier firefighter police-officer cop mechanic plumber "
            "electrician tailor florist baker barista bartender librarian chiropractor masseuse janitor security-guard "
            "crossing-guard lifeguard realtor lawyer attorney accountant pediatrician surgeon midwife caretaker groomer",
    "同事": "colleague coworker co-worker teammate designer postdoc developer it-support",
    "领导": "PI boss ex-boss manager supervisor ceo cto cfo coo cmo vp director team-lead lead",
    "下属": "intern mentee report team new-hire new-grad apprentice",
    "客户": "client customer",
    "合作伙伴": "investor partner business-partner supplier vendor cofounder co-founder distributor franchise-partner reseller lead-investor",
    "老师": "teacher professor mentor advisor co-advisor phd-advisor phd-supervisor tutor coach trainer personal-trainer",
}.items():
    for _word in _words.split():
        RELATIONS_EN[_word.replace("-", " ")] = _category

# Kin and partner words people also use as the form of address: "给我妈写" is addressed to "妈".
ADDRESSABLE_RELATIONS: frozenset[str] = frozenset(
    [w for w, c in RELATIONS_ZH.items() if c == "家人" and w not in YOUNGER_KIN
     and w not in ("老泰山", "泰山", "岳丈", "大伯子", "大伯嫂", "挑担", "大侄子", "孙女婿", "侄女婿", "外甥女婿",
                   "继父", "继母", "养父", "养母", "老丈人", "老丈母娘", "丈母娘", "大姑姐", "弟媳", "侄孙", "侄孙女", "小舅子", "大舅子", "大姨子", "外孙女", "外孙", "表姐夫", "表妹夫", "妹夫",
                   "后妈", "岳父母", "公公婆婆", "大姑子", "小姑子", "小叔子", "小姨子", "连襟", "妯娌",
                   "儿媳", "儿媳妇", "女婿", "孙女", "孙子", "孙媳妇", "侄媳妇", "孙媳", "外孙媳妇", "重孙", "重孙女", "曾孙", "曾孙女",
                   "堂妹夫", "弟媳妇", "大伯哥", "哥嫂", "干妹妹", "干弟弟", "干妹", "干弟", "后爸", "干儿子", "干女儿", "继子", "继女", "儿子", "女儿", "侄子", "侄女", "外甥", "外甥女", "亲戚", "家人", "爸妈", "父母", "公婆", "长辈", "亲家", "家里人")]
    + "妈 爸 哥 姐 老婆 老公 媳妇 老伴 师父 师傅 师兄 师姐 大师兄 大师姐 学姐 学长 师母 师娘 师爷 老班 师叔 阿姨 老铁 mom mum dad grandma grandpa great-uncle great-aunt 老爷子 老太太".split()
)
# Words that look like 小/老 + surname but are not names.
NOT_NAMES: frozenset[str] = frozenset("对对 是是 对对对 短点 长点 简单点 正式点 随意点 小姑娘 小伙子 八大姨 七大姑 小时 小学 小区 小组 小年 小心 小伙 小说 小吃 老家 老是 老实 老公 老乡 老板 小妹 小弟 老弟 阿姨 "
                                     "大家 他们 她们 全家 自己 对方 老师 老总 小哥 小姐 小孩 老人 小朋友 阿姨们 "
                                     "老东家 老地方 老样子 老规矩 小伙伴 小姐姐 小哥哥 小区里 老房子 小卖部 "
                                     "哈哈 呵呵 嘿嘿 嘻嘻 嗯嗯 好好 谢谢 拜拜 红包 全家人 那边 这边 不是 就是 还是 PhD MBA 什么 啥 东西 "
                                     "商量了 打下手 生日 今天 明天 后天 昨天 前天 今年 明年 去年 前年 周末 下周 晚上 早上 中午".split())

# Words that stand where a recipient would ("给孩子写", "给大家发") but name nobody to address.
NOT_RECIPIENTS: frozenset[str] = frozenset(
    "孩子 孩子们 大家 全家 家里 群里 公司 团队 所有人 每个人 同事们 朋友们 客户们 老师们 领导们 他们 她们 我们 咱们 "
    "对方 自己 别人 某人 谁 爸妈 父母 长辈 亲戚 家人 全班 全组 部门 单位 班级 高中 初中 大学 中学 幼儿园 研究生 "
    "董事会 公司里 团队里 群友 全体 全家人 一家人 家里人".split())


STYLE_PATTERNS_ZH: dict[str, tuple[str, ...]] = {
    "LLM科技风": ("LLM科技风", "科技风", "科技感", "科技梗", "技术梗", "程序员风", "程序员梗", "大模型风", "大模型梗",
                "AI风", "AI梗", "极客风", "极客", "理工风", "代码梗", "极客范", "赛博风", "赛博", "程序猿梗", "码农梗", "geek风"),
    "商务得体": ("商务得体", "商务风", "商务一点", "商务点", "商务", "正式", "得体", "庄重", "郑重", "体面", "专业一点", "稳重", "官方一点",
             "客气", "正规"),
    "传统喜庆": ("传统喜庆", "喜庆", "喜气", "喜兴", "传统", "热闹", "吉利", "红火", "有年味", "年味"),
    "轻松自然": ("轻松自然", "轻松", "随意", "随便点", "自然点", "自然一点", "口语化", "口语一点", "口语点", "口语些", "接地气", "俏皮", "幽默", "活泼",
              "别太正式", "不要太正式", "不用太正式", "别那么正式", "日常一点", "像聊天", "搞笑", "逗一点", "皮一点", "皮点",
              "损一点", "损点", "怎么损怎么来", "别端着", "说人话", "唠嗑", "不正经", "笑出声", "碰杯", "平时聊天", "好玩", "平时跟他说话", "平时跟她说话", "平时说话那样",
              "好笑一点", "好笑点", "欢乐一点", "欢乐点", "沙雕", "逗比", "怎么贫怎么来", "贫一点", "欠揍", "随便一点", "随便点",
              "随便损", "损他", "损她", "平时说话一样", "像平时说话", "平常说话那样"),
}
# Ways of asking for a register without naming it ("写成代码注释的样子", "春联味儿", "字斟句酌"), by style.
STYLE_HINTS_ZH: dict[str, tuple[str, ...]] = {
    "LLM科技风": ("代码注释", "炼丹", "调参", "码农", "程序员才懂", "Fortran", "Python梗", "bug梗", "运维梗", "geek梗"),
    "商务得体": ("措辞讲究", "讲究点", "讲究一点", "字斟句酌", "董事会", "稳妥", "板正", "正经", "VIP", "公函"),
    "传统喜庆": ("春联", "大红灯笼", "吉祥话", "吉祥", "戏文", "红红火火"),
}
# Words that say what the user does NOT want; said with a "not" before them they ask for a style:
# "别文绉绉的" and "别像辅导员训话" ask for 轻松自然, "别出现网络用语" for 商务得体.
STYLE_WHEN_NEGATED_ZH: dict[str, str] = {
    "文绉绉": "轻松自然", "端庄": "轻松自然", "官方": "轻松自然", "训话": "轻松自然", "公文": "轻松自然",
    "成语": "轻松自然", "客套": "轻松自然", "官腔": "轻松自然", "严肃": "轻松自然", "死板": "轻松自然",
    "网络用语": "商务得体", "表情包": "商务得体", "开玩笑": "商务得体", "嬉皮笑脸": "商务得体",
}
STYLE_PATTERNS_EN: dict[str, tuple[str, ...]] = {
    "LLM科技风": (r"\btech(?:y|ie)?\b(?!\s+(?:company|startup|firm))", r"\bgeek(?:y)?\b", r"\bnerd(?:y)?\b",
                r"\bLLM\b", r"\bAI[- ](?:style|jokes?|flavou?r)", r"\bprogrammer\b"),
    "商务得体": (r"\bbusiness(?:[- ]?like)?\b(?!\s+(?:trip|partner))", r"\bformal\b", r"\bprofessional\b",
              r"\bpolite\b", r"\brespectful\b"),
    "传统喜庆": (r"\btraditional\b", r"\bfestive\b", r"\bauspicious\b"),
    "轻松自然": (r"\bcasual\b", r"\brelaxed\b", r"\binformal\b", r"\blight[- ]hearted\b", r"\bplayful\b", r"\bchill\b",
              r"\bfriendly\b", r"\bfun\b", r"\bfunny\b", r"\bcheeky\b", r"\bsilly\b", r"\bgoofy\b", r"\bwitty\b",
              r"\b(?:nothing|not) too stiff\b", r"\bnatural\b", r"\blight\b(?![- ]?(?:bulbs?|years?))"),
}

OCCASION_PATTERNS: tuple[tuple[str, str], ...] = (
    # Order matters: 视频 before 电话 ("视频电话"), 群 before 微信 ("微信群里").
    (r"(?<![录拍剪短])视频|video(?:\s+call)?", "视频里说"),  # not 录视频, 短视频: a clip made, no call
    (r"群里|群聊|发群|这个群|到群|在群|家族群|家庭群|群发|(?:班级|工作|公司|项目|家长|业主|接送)群|(?:group|team|work)\s*chat|in\s+the\s+group"
     r"|family\s+group", "群里"),
    (r"当面|当着\S{0,3}面|见面(?:的时候|时)?说|面对面|亲口|的时候我来念|我当场念|举杯|in\s+person|face\s+to\s+face|say\s+it\s+out\s+loud|toast",
     "当面说"),
    # not "on-call shifts", someone's number (开锁师傅的电话), their call (打电话来骂), a habit (电话里说不了两句)
    (r"(?<!的)电话(?!里(?:说|聊)不|号|来|过来)|打给|phone|(?<![-\w])call\b|calling", "电话里说"),
    # Read out to them: face to face, unless a call or a video is named ("打电话的时候念给他听").
    (r"(?:念|读)给(?:他|她|老人家|爷爷|奶奶|姥姥|姥爷|外婆|外公)?听|read\s+(?:it\s+)?(?:out|aloud)", "当面说"),
    (r"邮件|邮箱|e-?mail|mail\b", "邮件"),
    (r"企业微信", "企业微信"),  # said by name, like the platforms we run on
    (r"钉钉", "钉钉"),  # the platforms we run on are said by name
    (r"飞书", "飞书"),
    (r"微信|wechat|weixin|发(?:个|条|一条)?(?:消息|信息)", "微信"),
    (r"短信", "短信"),
    (r"(?<![A-Za-z])(?:sms|texts?)(?![A-Za-z])(?!\s+(?:book|box|file))", "text"),
    (r"linkedin", "LinkedIn"),
    (r"朋友圈", "朋友圈"),
    # A card keeps the user's word: 贺卡, 卡片.
    (r"贺卡", "贺卡"),
    (r"欢送卡", "卡片"),
    (r"手写信|手写一封信", "手写信"),
    (r"卡片", "卡片"),
    (r"(?:写|附)(?:在|张|一张)?明信片|明信片上", "明信片"),  # written on one, not the ones they send each other
    (r"(?<![A-Za-z])cards?(?![A-Za-z])", "卡片"),  # in English too, as every writer of our sets said it
)
