"""Writes probe-bureau.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one paragraph of the year-end
or half-year work summary (部门年度工作总结 / 上半年工作总结) of a municipal bureau or department
(市商务局, 市农业农村局, 市人社局, 市卫健委, 市生态环境局, 市交通运输局, 市住建局, 市文旅局,
市市场监管局, 市科技局, 市民政局, 市应急管理局 ...): the task is the bureau's annual target as its
plan stated it, the progress is the summary's paragraph in the bureau's voice (我局, 一是…二是…,
1-11月, 全年预计, 同比, 排名全省第X位, 其中, 分别 ...). The bureau is the row's owner. Five rows are
in traditional characters; some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_bureau.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe5")
row = probe.row

# ---------------------------------------------------------------------------------------------
# Year-end and half-year summaries of municipal bureaus (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 市商务局 (year-end): 一是/二是/三是 points, rank 第3位, 1-11月 partial growth answers, 超额完成
row("市商务局",
    "全年社会消费品零售总额增长6.5%以上,新增限额以上商贸企业150家,举办各类促消费活动100场。",
    "一是消费市场稳步回暖。1-11月,全市实现社会消费品零售总额1286.4亿元,同比增长6.8%,增速排名全省第3位;二是市场主体持续壮大。全年新增限额以上商贸企业163家,超额完成年度目标;三是促消费活动亮点纷呈。我局牵头组织汽车、家电、餐饮等促消费活动112场,发放消费券8000万元,直接拉动消费约9.6亿元。",
    targets=[M("6.5%", 6.5, "%", "社会消费品零售总额", kind="growth", bound="min"),
             M("150家", 150, "家", "新增限额以上商贸企业"),
             M("100场", 100, "场", "举办各类促消费活动")],
    actuals=[M("1286.4亿元", 1286.4, "亿元", "社会消费品零售总额", period="1-11月"),
             M("6.8%", 6.8, "%", "社会消费品零售总额同比增长", kind="growth", period="1-11月"),
             M("163家", 163, "家", "新增限额以上商贸企业", period="全年"),
             M("112场", 112, "场", "组织促消费活动"),
             M("8000万元", 8000, "万元", "发放消费券"),
             M("9.6亿元", 9.6, "亿元", "直接拉动消费")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="一是/二是/三是 number the points (not quantities); 第3位 is a rank; 1-11月 is a period. The realised 1-11月 growth answers the annual growth target. 限额以上 is a class without a number. 超额完成年度目标 has no number. 约9.6亿元: 约 on an actual is not a bound.")

# 2 市农业农村局 (year-end): 亩 vs 万亩 conversion, per-mu yield in 公斤, 其中 part without target
row("市农业农村局",
    "粮食播种面积稳定在85万亩以上,粮食总产量不低于32万吨,新建高标准农田6万亩。",
    "全市粮食播种面积85.7万亩,总产量32.46万吨,平均亩产379公斤,粮食生产实现面积、单产、总产“三增”;新建高标准农田62350亩,已全部通过县级验收,其中高效节水灌溉面积1.8万亩。",
    targets=[M("85万亩", 85, "万亩", "粮食播种面积", bound="min"),
             M("32万吨", 32, "万吨", "粮食总产量", bound="min"),
             M("6万亩", 6, "万亩", "新建高标准农田")],
    actuals=[M("85.7万亩", 85.7, "万亩", "粮食播种面积"),
             M("32.46万吨", 32.46, "万吨", "粮食总产量"),
             M("379公斤", 379, "公斤", "平均亩产"),
             M("62350亩", 62350, "亩", "新建高标准农田"),
             M("1.8万亩", 1.8, "万亩", "高效节水灌溉面积")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="62350亩 answers 6万亩 after conversion (1.0392). 平均亩产 is a per-mu yield (公斤), another measure than the total output. The 其中 part 1.8万亩 has no target. “三增” is a slogan.")

# 3 市人社局 (year-end): lower-is-better rate under 控制在…以内, job posts vs jobs, fairs count
P = "全年"
row("市人社局",
    "城镇新增就业3.2万人,城镇调查失业率控制在5.5%以内,开展补贴性职业技能培训2.2万人次。",
    "全年城镇新增就业3.41万人,完成年度目标任务的106.6%,其中帮扶就业困难人员就业4260人;城镇调查失业率平均为5.1%,低于年度控制目标0.4个百分点;组织补贴性职业技能培训2.36万人次,发放培训补贴2870万元。全年举办线上线下招聘会186场,累计提供就业岗位9.2万个。",
    targets=[M("3.2万人", 3.2, "万人", "城镇新增就业"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("2.2万人次", 2.2, "万人次", "补贴性职业技能培训")],
    actuals=[M("3.41万人", 3.41, "万人", "城镇新增就业", period=P),
             M("106.6%", 106.6, "%", "完成年度目标任务的(比例)", period=P),
             M("4260人", 4260, "人", "帮扶就业困难人员就业", period=P),
             M("5.1%", 5.1, "%", "城镇调查失业率(平均)", period=P),
             M("0.4个百分点", 0.4, "个百分点", "低于年度控制目标", period=P),
             M("2.36万人次", 2.36, "万人次", "补贴性职业技能培训", period=P),
             M("2870万元", 2870, "万元", "发放培训补贴", period=P),
             M("186场", 186, "场", "举办招聘会", period=P),
             M("9.2万个", 9.2, "万个", "累计提供就业岗位", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Lower-is-better cap: 5.1/5.5 = 0.9273 (below 1 is good). 0.4个百分点 is a gap to the target. Job fairs (186场) are events, not a target; 提供就业岗位9.2万个 counts posts offered, not people newly employed.")

# 4 市卫健委 (traditional, year-end): two ‰ caps, age class, inspection rounds
P = "全年"
row("市衛健委",
    "嬰兒死亡率控制在4‰以內,5歲以下兒童死亡率控制在6‰以內,新增家庭醫生簽約服務12萬人。",
    "全市嬰兒死亡率為2.86‰,5歲以下兒童死亡率為3.92‰,均低於控制目標,處於歷史較好水平;全年新增家庭醫生簽約12.7萬人,重點人群簽約率達到78.5%。我委組織開展醫療機構依法執業專項督查4輪,檢查醫療機構326家次。",
    targets=[M("4‰", 4, "‰", "嬰兒死亡率", bound="max"),
             M("6‰", 6, "‰", "5歲以下兒童死亡率", bound="max"),
             M("12萬人", 12, "萬人", "新增家庭醫生簽約服務")],
    other=[O("5歲", 5, "歲", "class threshold (5歲以下兒童)")],
    actuals=[M("2.86‰", 2.86, "‰", "嬰兒死亡率"),
             M("5歲", 5, "歲", "5歲以下兒童(class)"),
             M("3.92‰", 3.92, "‰", "5歲以下兒童死亡率"),
             M("12.7萬人", 12.7, "萬人", "新增家庭醫生簽約", period=P),
             M("78.5%", 78.5, "%", "重點人群簽約率", period=P),
             M("4輪", 4, "輪", "醫療機構依法執業專項督查"),
             M("326家次", 326, "家次", "檢查醫療機構")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters (嬰, 兒, 萬, 輪). Lower-is-better ‰ caps: 2.86/4 = 0.715, 3.92/6 = 0.6533. 均低於控制目標 restates the caps in words only. The 4 rounds of inspection and 326家次 inspected are work counts, not targets. 重點人群簽約率 is a rate of another measure.")

# 5 市生态环境局 (year-end, 截至12月20日): PM2.5 name, 不超过 cap, 天 vs 比例, rank, enforcement counts
P = "截至12月20日"
row("市生态环境局",
    "PM2.5年均浓度不超过30微克/立方米,空气质量优良天数比例达到88%以上,国控断面水质优良比例不低于95%。",
    "截至12月20日,全市PM2.5平均浓度为27.8微克/立方米,同比下降6.1%,改善幅度居全省第2位;优良天数318天,优良天数比例为89.8%,较上年同期增加9天;全市12个国控断面水质优良比例为100%。全年累计开展“双随机”执法检查1460家次,立案查处环境违法案件87件。",
    targets=[M("30微克/立方米", 30, "微克/立方米", "PM2.5年均浓度", bound="max"),
             M("88%", 88, "%", "空气质量优良天数比例", bound="min"),
             M("95%", 95, "%", "国控断面水质优良比例", bound="min")],
    actuals=[M("27.8微克/立方米", 27.8, "微克/立方米", "PM2.5平均浓度", period=P),
             M("6.1%", 6.1, "%", "PM2.5平均浓度同比下降", kind="reduction", period=P),
             M("318天", 318, "天", "优良天数", period=P),
             M("89.8%", 89.8, "%", "优良天数比例", period=P),
             M("9天", 9, "天", "优良天数较上年同期增加", period=P),
             M("12个", 12, "个", "国控断面(scope)"),
             M("100%", 100, "%", "国控断面水质优良比例", period=P),
             M("1460家次", 1460, "家次", "“双随机”执法检查", period="全年"),
             M("87件", 87, "件", "立案查处环境违法案件", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="PM2.5 is a name (2.5 not a quantity); 第2位 is a rank; 12月20日 is a date. Lower-is-better cap: 27.8/30 = 0.9267. The day count 318天 is the same indicator in another unit and does not answer the 比例 target. 12个 counts the monitored sections (scope). Enforcement counts have no target.")

# 6 市交通运输局 (year-end): 其中 part, 新建 + 改建 add up to 新改建, another measure in 公里
row("市交通运输局",
    "全年完成交通固定资产投资45亿元,新改建农村公路260公里。",
    "全年完成交通固定资产投资47.3亿元,其中公路水路投资41.6亿元;农村公路建设方面,新建农村公路112公里、改建农村公路156.5公里,同步实施县乡道安全生命防护工程38公里;新开通城乡公交线路6条,建制村通客车率保持100%。",
    targets=[M("45亿元", 45, "亿元", "交通固定资产投资"),
             M("260公里", 260, "公里", "新改建农村公路")],
    actuals=[M("47.3亿元", 47.3, "亿元", "交通固定资产投资", period="全年"),
             M("41.6亿元", 41.6, "亿元", "公路水路投资", period="全年"),
             M("112公里", 112, "公里", "新建农村公路"),
             M("156.5公里", 156.5, "公里", "改建农村公路"),
             M("38公里", 38, "公里", "县乡道安全生命防护工程"),
             M("6条", 6, "条", "新开通城乡公交线路"),
             M("100%", 100, "%", "建制村通客车率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"])],
    note="新改建 is answered by 新建 + 改建 (112 + 156.5 = 268.5, combine sum). The 其中 part 41.6亿元 is not added to the total. 38公里 of safety works is another measure in the same unit (would-be sum 1.1788 if added).")

# 7 市住建局 (year-end): target restated (年初确定的目标为75个), 户 of residents vs 户 of gas users, meetings
row("市住建局",
    "完成城镇老旧小区改造75个,新开工保障性租赁住房3000套,新增城市管道燃气用户2万户。",
    "老旧小区改造年初确定的目标为75个,实际完成改造81个,惠及居民1.12万户;保障性租赁住房新开工3260套,基本建成1800套;全年新增管道燃气用户1.86万户,完成率93%。为推动工作落实,我局先后召开现场推进会3次。",
    targets=[M("75个", 75, "个", "城镇老旧小区改造"),
             M("3000套", 3000, "套", "新开工保障性租赁住房"),
             M("2万户", 2, "万户", "新增城市管道燃气用户")],
    actuals=[M("75个", 75, "个", "老旧小区改造年初确定的目标(restated)"),
             M("81个", 81, "个", "实际完成改造老旧小区"),
             M("1.12万户", 1.12, "万户", "老旧小区改造惠及居民"),
             M("3260套", 3260, "套", "保障性租赁住房新开工"),
             M("1800套", 1800, "套", "保障性租赁住房基本建成"),
             M("1.86万户", 1.86, "万户", "新增管道燃气用户", period="全年"),
             M("93%", 93, "%", "完成率", period="全年"),
             M("3次", 3, "次", "召开现场推进会")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="年初确定的目标为75个 restates the target and does not answer (would-be 1.0); 实际完成 81个 does. 1.12万户 residents benefiting share the unit 万户 with the gas-user target but measure something else (would-be 0.56). 基本建成 is another status than 新开工. The 3 meetings are work counts.")

# 8 市文旅局 (December summary): 全年预计 with no realised figure answers; 分别 growths; recommended candidate
row("市文旅局",
    "全年接待国内游客5000万人次,实现旅游总收入520亿元,新增国家4A级旅游景区3家。",
    "今年以来,全市文旅市场持续升温。据初步测算,全年预计接待国内游客5380万人次,实现旅游总收入548亿元,分别同比增长12.4%和10.9%;新增国家4A级旅游景区2家,另有1家已推荐至省文化和旅游厅,待组织评定。全年举办各类节庆活动42场。",
    targets=[M("5000万人次", 5000, "万人次", "接待国内游客"),
             M("520亿元", 520, "亿元", "旅游总收入"),
             M("3家", 3, "家", "新增国家4A级旅游景区")],
    actuals=[M("5380万人次", 5380, "万人次", "预计接待国内游客", period="全年"),
             M("548亿元", 548, "亿元", "预计实现旅游总收入", period="全年"),
             M("12.4%", 12.4, "%", "接待国内游客同比增长", kind="growth", period="全年"),
             M("10.9%", 10.9, "%", "旅游总收入同比增长", kind="growth", period="全年"),
             M("2家", 2, "家", "新增国家4A级旅游景区"),
             M("1家", 1, "家", "已推荐待评定的景区"),
             M("42场", 42, "场", "举办节庆活动", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="A December year-end summary: 据初步测算,全年预计 is the bureau's estimate of the (nearly finished) year and no realised figure is given, so it answers (1.076, 1.0538). 分别 maps 12.4%/10.9% onto 游客/收入 in order. The 1家 only recommended does not answer (would-be sum 1.0). 4A级 is a grade label.")

# 9 市市场监管局 (traditional, year-end): 一是/二是/三是, stock vs increment, per-万人 rate vs total in 件
row("市市場監管局",
    "全年完成食品安全抽檢1.2萬批次,新增各類經營主體2.5萬戶,有效發明專利擁有量達到4500件。",
    "一是抽檢監測紮實推進。全年完成食品安全監督抽檢1.32萬批次,抽檢合格率97.6%,核查處置不合格食品212批次;二是經營主體持續增長。全市新增各類經營主體2.71萬戶,其中新設企業8650戶,經營主體總量達到31.4萬戶;三是知識產權量質齊升。截至11月底,全市有效發明專利擁有量4386件,每萬人口高價值發明專利擁有量6.2件。",
    targets=[M("1.2萬批次", 1.2, "萬批次", "食品安全抽檢"),
             M("2.5萬戶", 2.5, "萬戶", "新增各類經營主體"),
             M("4500件", 4500, "件", "有效發明專利擁有量")],
    actuals=[M("1.32萬批次", 1.32, "萬批次", "食品安全監督抽檢", period="全年"),
             M("97.6%", 97.6, "%", "抽檢合格率", period="全年"),
             M("212批次", 212, "批次", "核查處置不合格食品", period="全年"),
             M("2.71萬戶", 2.71, "萬戶", "新增各類經營主體"),
             M("8650戶", 8650, "戶", "新設企業"),
             M("31.4萬戶", 31.4, "萬戶", "經營主體總量"),
             M("4386件", 4386, "件", "有效發明專利擁有量", period="截至11月底"),
             M("6.2件", 6.2, "件", "每萬人口高價值發明專利擁有量", period="截至11月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="Traditional characters. 31.4萬戶 is the stock, not the year's increment (would-be 12.56). 6.2件 is a per-10,000-people rate in the same unit 件 as the total target (每萬人口 is the basis, not a quantity). The 其中 part 8650戶 is not added.")

# 10 市科技局 (year-end): 申报/推荐 candidates, 第一批/第二批 ordinals, a narrower growth for an unreported target
row("市科技局",
    "新认定高新技术企业80家,新增入库省级科技型中小企业300家,全社会研发经费投入增长12%。",
    "今年以来,我局共组织申报高新技术企业136家,经评审,第一批认定通过57家,第二批推荐的41家目前正在公示;新增入库省级科技型中小企业327家,比上年多65家。全社会研发经费投入数据须待统计部门明年正式发布,从企业所得税汇算清缴情况看,全市规上工业企业研发费用同比增长14.2%。",
    targets=[M("80家", 80, "家", "新认定高新技术企业"),
             M("300家", 300, "家", "新增入库省级科技型中小企业"),
             M("12%", 12, "%", "全社会研发经费投入", kind="growth")],
    actuals=[M("136家", 136, "家", "组织申报高新技术企业", period="今年以来"),
             M("57家", 57, "家", "第一批认定通过高新技术企业", period="今年以来"),
             M("41家", 41, "家", "第二批推荐正在公示的企业", period="今年以来"),
             M("327家", 327, "家", "新增入库省级科技型中小企业"),
             M("65家", 65, "家", "入库企业比上年多"),
             M("14.2%", 14.2, "%", "规上工业企业研发费用同比增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Only the 57 recognised answer 新认定; 136 applied and 41 recommended/under publicity are candidates (would-be 57+41: 1.225). 第一批/第二批 are batch ordinals. The 全社会研发经费投入 growth is not reported yet; 规上工业企业研发费用 is a narrower measure (would-be 1.1833). 65家 is a change on last year.")
# 11 市民政局 (year-end, Chinese numerals): per-person monthly standard vs total money, 百分之九十五
row("市民政局",
    "城乡低保标准提高到每人每月850元以上,新增养老机构护理型床位六百张,建成社区养老服务中心二十个。",
    "城乡低保标准自7月1日起统一提高至每人每月870元,全年累计发放城乡低保金3.26亿元,月均保障困难群众4.1万人;新增护理型床位六百四十张,护理型床位占比提高到63%;建成社区养老服务中心二十二个,覆盖全市城市社区的百分之九十五。",
    targets=[M("850元", 850, "元/人月", "城乡低保标准(每人每月)", bound="min"),
             M("六百张", 600, "张", "新增养老机构护理型床位"),
             M("二十个", 20, "个", "建成社区养老服务中心")],
    actuals=[M("870元", 870, "元/人月", "城乡低保标准(每人每月)"),
             M("3.26亿元", 3.26, "亿元", "累计发放城乡低保金", period="全年"),
             M("4.1万人", 4.1, "万人", "月均保障困难群众"),
             M("六百四十张", 640, "张", "新增护理型床位"),
             M("63%", 63, "%", "护理型床位占比"),
             M("二十二个", 22, "个", "建成社区养老服务中心"),
             M("百分之九十五", 95, "%", "社区养老服务中心覆盖城市社区的比例")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Chinese numerals (六百张, 六百四十张, 二十二个, 百分之九十五). 每人每月 is the basis of a per-person standard (unit 元/人月); the total 3.26亿元 paid out and the 4.1万人 covered do not answer it. 7月1日 is a date.")

# 12 市应急管理局 (year-end): lower-is-better counts (起, 人), 分别下降, inspection rounds
row("市应急管理局",
    "全市生产安全事故起数控制在45起以内、死亡人数控制在30人以内,培训企业主要负责人和安全管理人员2万人次。",
    "全年共发生各类生产安全事故38起、死亡26人,同比分别下降17.4%和13.3%,未发生较大及以上生产安全事故。我局牵头组织安全生产大检查12轮次,检查企业4860家次,督促整改隐患2.1万项;全年培训企业主要负责人和安全管理人员2.26万人次,考核合格率96.2%。",
    targets=[M("45起", 45, "起", "生产安全事故起数", bound="max"),
             M("30人", 30, "人", "生产安全事故死亡人数", bound="max"),
             M("2万人次", 2, "万人次", "培训企业主要负责人和安全管理人员")],
    actuals=[M("38起", 38, "起", "生产安全事故起数", period="全年"),
             M("26人", 26, "人", "生产安全事故死亡人数", period="全年"),
             M("17.4%", 17.4, "%", "事故起数同比下降", kind="reduction", period="全年"),
             M("13.3%", 13.3, "%", "死亡人数同比下降", kind="reduction", period="全年"),
             M("12轮次", 12, "轮次", "安全生产大检查"),
             M("4860家次", 4860, "家次", "检查企业"),
             M("2.1万项", 2.1, "万项", "督促整改隐患"),
             M("2.26万人次", 2.26, "万人次", "培训企业主要负责人和安全管理人员", period="全年"),
             M("96.2%", 96.2, "%", "考核合格率", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a8"])],
    note="Lower-is-better caps on counts: 38/45 = 0.8444, 26/30 = 0.8667 (below 1 is good). 分别下降17.4%和13.3% are reductions with no reduction target. 较大及以上 is a severity class without a number. Inspection rounds, firms checked and hazards fixed are work counts.")

# 13 市水利局 (year-end): 新增 + 恢复 add up to the target, rank, warnings and meetings
row("市水利局",
    "完成水利建设投资18亿元,新增和恢复有效灌溉面积3万亩,治理水土流失面积40平方公里。",
    "全年完成水利建设投资19.6亿元,同比增长8.2%,投资完成额居全省第5位;新增有效灌溉面积1.42万亩,恢复有效灌溉面积1.75万亩;综合治理水土流失面积42.3平方公里,完成任务的105.8%。汛期共发布山洪灾害预警信息36期,组织防汛会商21次。",
    targets=[M("18亿元", 18, "亿元", "水利建设投资"),
             M("3万亩", 3, "万亩", "新增和恢复有效灌溉面积"),
             M("40平方公里", 40, "平方公里", "治理水土流失面积")],
    actuals=[M("19.6亿元", 19.6, "亿元", "水利建设投资", period="全年"),
             M("8.2%", 8.2, "%", "水利建设投资同比增长", kind="growth", period="全年"),
             M("1.42万亩", 1.42, "万亩", "新增有效灌溉面积"),
             M("1.75万亩", 1.75, "万亩", "恢复有效灌溉面积"),
             M("42.3平方公里", 42.3, "平方公里", "综合治理水土流失面积"),
             M("105.8%", 105.8, "%", "完成任务的(比例)"),
             M("36期", 36, "期", "发布山洪灾害预警信息"),
             M("21次", 21, "次", "组织防汛会商")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"]), ("t3", ["a5"])],
    note="新增和恢复 is one target over two kinds reported apart: 1.42 + 1.75 = 3.17万亩 (combine sum). 第5位 is a rank. Warnings issued (36期) and consultations (21次) are work counts, not targets.")

# 14 市农业农村局 (traditional, year-end): partial growth, per-village average vs total, recommended to a higher grade
row("市農業農村局",
    "農村居民人均可支配收入增長7%,農產品加工業產值達到320億元,新培育市級以上農業產業化龍頭企業15家。",
    "前三季度全市農村居民人均可支配收入18642元,同比增長6.8%,增幅居全省第4位;全年農產品加工業實現產值336.5億元,其中規上加工企業產值271億元;新認定市級以上農業產業化龍頭企業16家,另推薦3家申報省級重點龍頭企業。全市村級集體經濟總收入達到4.3億元,村均62萬元。",
    targets=[M("7%", 7, "%", "農村居民人均可支配收入", kind="growth"),
             M("320億元", 320, "億元", "農產品加工業產值"),
             M("15家", 15, "家", "新培育市級以上農業產業化龍頭企業")],
    actuals=[M("18642元", 18642, "元", "農村居民人均可支配收入", period="前三季度"),
             M("6.8%", 6.8, "%", "農村居民人均可支配收入同比增長", kind="growth", period="前三季度"),
             M("336.5億元", 336.5, "億元", "農產品加工業產值", period="全年"),
             M("271億元", 271, "億元", "規上加工企業產值", period="全年"),
             M("16家", 16, "家", "新認定市級以上農業產業化龍頭企業"),
             M("3家", 3, "家", "推薦申報省級重點龍頭企業"),
             M("4.3億元", 4.3, "億元", "村級集體經濟總收入"),
             M("62萬元", 62, "萬元", "村均集體經濟收入")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 前三季度 growth answers the growth target (0.9714); the level 18642元 does not. 第4位 is a rank. 新認定 answers 新培育; the 3家 only recommended for a provincial grade are not added (would-be sum 1.2667). 村均62萬元 is a per-village average, 4.3億元 the total; neither has a target.")

# 15 市人社局 (截至11月底): 亿元 target vs 万元 actual, case count vs closing rate, net increase
P = "截至11月底"
row("市人社局",
    "企业职工基本养老保险参保人数达到52万人,劳动人事争议仲裁结案率不低于92%,为农民工追讨欠薪1.5亿元。",
    "截至11月底,全市企业职工基本养老保险参保人数52.8万人,较上年末净增2.3万人;受理劳动人事争议仲裁案件3126件,已结案2962件,仲裁结案率94.8%;立案查处拖欠农民工工资案件418件,为4860名农民工追回工资待遇9860万元。",
    targets=[M("52万人", 52, "万人", "企业职工基本养老保险参保人数"),
             M("92%", 92, "%", "劳动人事争议仲裁结案率", bound="min"),
             M("1.5亿元", 1.5, "亿元", "为农民工追讨欠薪")],
    actuals=[M("52.8万人", 52.8, "万人", "企业职工基本养老保险参保人数", period=P),
             M("2.3万人", 2.3, "万人", "参保人数较上年末净增", period=P),
             M("3126件", 3126, "件", "受理劳动人事争议仲裁案件", period=P),
             M("2962件", 2962, "件", "已结案仲裁案件", period=P),
             M("94.8%", 94.8, "%", "仲裁结案率", period=P),
             M("418件", 418, "件", "立案查处拖欠农民工工资案件", period=P),
             M("4860名", 4860, "名", "追回工资的农民工", period=P),
             M("9860万元", 9860, "万元", "为农民工追回工资待遇", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a8"])],
    note="9860万元 against 1.5亿元 after conversion: 0.6573. 追回工资待遇 paraphrases 追讨欠薪. The case counts (件) are not the closing rate. 2.3万人 is a net increase, not the level.")

# 16 市卫健委 (half-year): 预计全年 forecast does not answer, scope count in 个, age class, 千人口 basis
P = "上半年"
row("市卫健委",
    "为65岁以上常住老年人提供免费健康体检12万人,建成紧密型县域医共体4个,每千人口执业(助理)医师数达到3.3人。",
    "上半年,全市为65岁以上老年人开展免费健康体检7.36万人,体检率61.3%,预计全年可完成13万人以上;所辖4个县(市)均已组建县域医共体,其中2个通过省级评估达到紧密型标准,其余2个计划于10月接受评估;每千人口执业(助理)医师数为3.18人。",
    targets=[M("12万人", 12, "万人", "为65岁以上常住老年人提供免费健康体检"),
             M("4个", 4, "个", "建成紧密型县域医共体"),
             M("3.3人", 3.3, "人", "每千人口执业(助理)医师数")],
    other=[O("65岁", 65, "岁", "class threshold (65岁以上老年人)")],
    actuals=[M("65岁", 65, "岁", "65岁以上老年人(class)"),
             M("7.36万人", 7.36, "万人", "为老年人免费健康体检", period=P),
             M("61.3%", 61.3, "%", "体检率", period=P),
             M("13万人", 13, "万人", "预计全年完成体检", period="全年"),
             M("4个", 4, "个", "所辖县(市)(scope)"),
             M("2个", 2, "个", "通过省级评估达到紧密型标准的医共体", nth=0, period=P),
             M("2个", 2, "个", "计划10月接受评估的医共体", nth=1),
             M("3.18人", 3.18, "人", "每千人口执业(助理)医师数", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="Half-year summary: 预计全年可完成13万人以上 is a forecast for a year still under way and does not answer (would-be 1.0833); the realised 7.36万人 does (0.6133). 4个县(市) counts counties (scope, same unit 个); 组建 is weaker than 建成紧密型; only the 2 passing the review answer (0.5). 每千人口 is the basis of a rate. 10月 is a date.")

# 17 市生态环境局 (year-end): 分别 in task and progress (吨), two 100% (nth), 百分之九十五, complaints
P = "全年"
row("市生态环境局",
    "化学需氧量、氨氮重点工程减排量分别达到1800吨、160吨,县级以上集中式饮用水水源地水质达标率保持100%,受污染耕地安全利用率达到93%以上。",
    "经初步核算,全年化学需氧量、氨氮重点工程减排量分别为1926吨和171.5吨,均完成省下达任务;全市14个县级以上集中式饮用水水源地水质达标率100%;受污染耕地安全利用率达到百分之九十五,较上年提高1.5个百分点。全年共受理环境信访投诉1372件,办结率100%。",
    targets=[M("1800吨", 1800, "吨", "化学需氧量重点工程减排量"),
             M("160吨", 160, "吨", "氨氮重点工程减排量"),
             M("100%", 100, "%", "县级以上集中式饮用水水源地水质达标率"),
             M("93%", 93, "%", "受污染耕地安全利用率", bound="min")],
    actuals=[M("1926吨", 1926, "吨", "化学需氧量重点工程减排量", period=P),
             M("171.5吨", 171.5, "吨", "氨氮重点工程减排量", period=P),
             M("14个", 14, "个", "县级以上集中式饮用水水源地(scope)"),
             M("100%", 100, "%", "饮用水水源地水质达标率", nth=0),
             M("百分之九十五", 95, "%", "受污染耕地安全利用率"),
             M("1.5个百分点", 1.5, "个百分点", "安全利用率较上年提高", kind="growth"),
             M("1372件", 1372, "件", "受理环境信访投诉", period=P),
             M("100%", 100, "%", "信访投诉办结率", nth=1, period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="分别 maps 1800吨/160吨 and 1926吨/171.5吨 onto the two pollutants in order. 减排量 is an amount (level), not a percent reduction. 经初步核算,全年 is an estimate of an elapsed year: it answers. The second 100% (办结率) is another measure. 百分之九十五 in Chinese numerals.")

# 18 市商务局 (year-end): realised 1-11月 growth answers, 全年预计 alongside it does not, 亿美元, class threshold
P = "1-11月"
row("市商务局",
    "全年外贸进出口总额增长5%,实际使用外资2.2亿美元,新引进外资项目30个。",
    "1-11月,全市完成外贸进出口总额486.2亿元,同比增长4.1%,其中出口312.7亿元,增长7.6%,全年预计进出口增长4.5%左右;实际使用外资1.86亿美元,同比下降12.3%,完成年度目标的84.6%;新设外资项目34个,其中合同外资1000万美元以上项目9个。",
    targets=[M("5%", 5, "%", "外贸进出口总额", kind="growth"),
             M("2.2亿美元", 2.2, "亿美元", "实际使用外资"),
             M("30个", 30, "个", "新引进外资项目")],
    actuals=[M("486.2亿元", 486.2, "亿元", "外贸进出口总额", period=P),
             M("4.1%", 4.1, "%", "外贸进出口总额同比增长", kind="growth", period=P),
             M("312.7亿元", 312.7, "亿元", "出口", period=P),
             M("7.6%", 7.6, "%", "出口增长", kind="growth", period=P),
             M("4.5%", 4.5, "%", "全年预计进出口增长", kind="growth", period="全年"),
             M("1.86亿美元", 1.86, "亿美元", "实际使用外资", period=P),
             M("12.3%", 12.3, "%", "实际使用外资同比下降", kind="reduction", period=P),
             M("84.6%", 84.6, "%", "完成年度目标的(比例)", period=P),
             M("34个", 34, "个", "新设外资项目", period=P),
             M("1000万美元", 1000, "万美元", "合同外资1000万美元以上项目(class)"),
             M("9个", 9, "个", "合同外资1000万美元以上项目", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a9"])],
    note="When a realised partial-year figure is given, it answers and the 全年预计 beside it is a forecast (would-be 0.9), as in the existing gold. 其中出口 is a part with its own growth. 新设 paraphrases 新引进. 1000万美元以上 is a class threshold. 下降12.3% has no target.")

# 19 市住建局 (December summary): 全年预计 from 统计快报 answers, 突破 = min, two kinds of retrofit add up
row("市住建局",
    "建筑业总产值突破800亿元,新开工装配式建筑占新建建筑面积比例达到35%,完成既有建筑节能改造50万平方米。",
    "据行业统计快报,全年建筑业总产值预计达到826亿元,同比增长7.2%,总量排名全省第2位,全年新增资质等级建筑企业43家;新开工装配式建筑面积286万平方米,占新建建筑面积的37.6%;完成既有公共建筑节能改造21.4万平方米、居住建筑节能改造30.2万平方米。",
    targets=[M("800亿元", 800, "亿元", "建筑业总产值", bound="min"),
             M("35%", 35, "%", "新开工装配式建筑占新建建筑面积比例"),
             M("50万平方米", 50, "万平方米", "既有建筑节能改造")],
    actuals=[M("826亿元", 826, "亿元", "建筑业总产值(预计)", period="全年"),
             M("7.2%", 7.2, "%", "建筑业总产值同比增长", kind="growth", period="全年"),
             M("43家", 43, "家", "新增资质等级建筑企业", period="全年"),
             M("286万平方米", 286, "万平方米", "新开工装配式建筑面积"),
             M("37.6%", 37.6, "%", "装配式建筑占新建建筑面积的比例"),
             M("21.4万平方米", 21.4, "万平方米", "既有公共建筑节能改造"),
             M("30.2万平方米", 30.2, "万平方米", "居住建筑节能改造")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6", "a7"])],
    note="Year-end summary with no realised figure: 据行业统计快报,全年…预计达到826亿元 answers (1.0325). 第2位 is a rank. The share target is answered by the share 37.6%, not by the area 286万平方米. 既有建筑 = 公共建筑 + 居住建筑: 21.4 + 30.2 = 51.6 (combine sum).")

# 20 市文旅局 (traditional, year-end): 以上, books rooms not yet open, stock total with grade parts
row("市文旅局",
    "全年舉辦文化惠民演出1000場以上,新建城市書房20個,全市A級旅遊景區總數達到60家。",
    "全年組織“送戲下鄉”等文化惠民演出1126場,惠及群眾52萬人次;新建城市書房18個,另有4個已完成裝修,預計明年1月對外開放;全市A級旅遊景區增至63家,其中5A級2家、4A級21家。",
    targets=[M("1000場", 1000, "場", "舉辦文化惠民演出", bound="min"),
             M("20個", 20, "個", "新建城市書房"),
             M("60家", 60, "家", "全市A級旅遊景區總數")],
    actuals=[M("1126場", 1126, "場", "文化惠民演出", period="全年"),
             M("52萬人次", 52, "萬人次", "惠及群眾", period="全年"),
             M("18個", 18, "個", "新建城市書房"),
             M("4個", 4, "個", "已完成裝修待開放的城市書房"),
             M("63家", 63, "家", "全市A級旅遊景區"),
             M("2家", 2, "家", "5A級旅遊景區"),
             M("21家", 21, "家", "4A級旅遊景區")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. The 4 book rooms open only next January (明年1月) and are not added (would-be sum 1.1). The total 63家 answers the total target; 5A級/4A級 are grade labels of its parts. “送戲下鄉” is a programme name.")
# 21 市市场监管局 (year-end): hotline number, 台件 unit, money recovered vs fines (both 万元), actions count
P = "全年"
row("市市场监管局",
    "消费投诉举报按期办结率不低于98%,为消费者挽回经济损失1500万元以上,完成计量器具强制检定15万台件。",
    "全年通过12315平台受理消费投诉举报4.36万件,按期办结率99.3%,为消费者挽回经济损失1863.7万元;开展计量器具强制检定16.2万台件,其中民用“三表”12.8万台件;组织开展“铁拳”等专项执法行动6次,查办各类案件1247件,罚没款2380万元。",
    targets=[M("98%", 98, "%", "消费投诉举报按期办结率", bound="min"),
             M("1500万元", 1500, "万元", "为消费者挽回经济损失", bound="min"),
             M("15万台件", 15, "万台件", "计量器具强制检定")],
    actuals=[M("4.36万件", 4.36, "万件", "受理消费投诉举报", period=P),
             M("99.3%", 99.3, "%", "按期办结率", period=P),
             M("1863.7万元", 1863.7, "万元", "为消费者挽回经济损失", period=P),
             M("16.2万台件", 16.2, "万台件", "计量器具强制检定"),
             M("12.8万台件", 12.8, "万台件", "民用“三表”强制检定"),
             M("6次", 6, "次", "专项执法行动"),
             M("1247件", 1247, "件", "查办各类案件"),
             M("2380万元", 2380, "万元", "罚没款")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="12315 is a hotline name, “三表” and “铁拳” are names. 罚没款2380万元 shares the unit with the losses-recovered target but is another measure (would-be 1.5867). The 其中 part 12.8万台件 is not added.")

# 22 市科技局 (截至11月底): 有望突破 forecast, 项 of contracts vs 项 of projects, two kinds of platform add up, pending approval
P = "截至11月底"
row("市科技局",
    "技术合同成交额达到60亿元,新建省级以上研发平台10个,组织实施市级重大科技专项20项。",
    "截至11月底,全市登记技术合同2146项,成交额58.4亿元,同比增长21.3%,全年有望突破65亿元;新获批省级重点实验室2个、省级工程技术研究中心6个,另有3个平台已通过专家论证,待省科技厅批复;实施市级重大科技专项22项,安排财政科技资金1.2亿元。",
    targets=[M("60亿元", 60, "亿元", "技术合同成交额"),
             M("10个", 10, "个", "新建省级以上研发平台"),
             M("20项", 20, "项", "组织实施市级重大科技专项")],
    actuals=[M("2146项", 2146, "项", "登记技术合同", period=P),
             M("58.4亿元", 58.4, "亿元", "技术合同成交额", period=P),
             M("21.3%", 21.3, "%", "技术合同成交额同比增长", kind="growth", period=P),
             M("65亿元", 65, "亿元", "全年有望突破的技术合同成交额", period="全年"),
             M("2个", 2, "个", "新获批省级重点实验室", period=P),
             M("6个", 6, "个", "新获批省级工程技术研究中心", period=P),
             M("3个", 3, "个", "待省科技厅批复的平台", period=P),
             M("22项", 22, "项", "实施市级重大科技专项", period=P),
             M("1.2亿元", 1.2, "亿元", "安排财政科技资金", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5", "a6"]), ("t3", ["a8"])],
    note="全年有望突破65亿元 is a forecast beside a realised 截至11月底 figure (would-be 1.0833). 研发平台 = 重点实验室 + 工程技术研究中心: 2 + 6 = 8 (combine sum); the 3 awaiting approval are not added (would-be 1.1). 2146项 counts contracts, same unit 项 as the 专项 target but another measure.")

# 23 市民政局 (year-end): a target reported only in words (实现全覆盖), stock vs increment, service count
row("市民政局",
    "为1500名困难失能老人提供居家上门服务,新登记社会组织40家,城乡社区综合服务设施覆盖率达到100%。",
    "我局通过政府购买服务方式,为1620名困难失能、半失能老人提供助浴、助洁、助医等居家上门服务,累计服务4.8万人次;全年新登记社会组织37家,依法注销“僵尸型”社会组织12家,全市社会组织总数达到2135家;城乡社区综合服务设施已实现全覆盖。",
    targets=[M("1500名", 1500, "名", "困难失能老人居家上门服务"),
             M("40家", 40, "家", "新登记社会组织"),
             M("100%", 100, "%", "城乡社区综合服务设施覆盖率")],
    actuals=[M("1620名", 1620, "名", "困难失能、半失能老人居家上门服务"),
             M("4.8万人次", 4.8, "万人次", "累计服务"),
             M("37家", 37, "家", "新登记社会组织", period="全年"),
             M("12家", 12, "家", "依法注销社会组织", period="全年"),
             M("2135家", 2135, "家", "全市社会组织总数")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="The coverage target is reported in words only (已实现全覆盖, no number): unpaired (would-be 1.0). 2135家 is the stock (would-be 53.375); 注销12家 is another measure. 4.8万人次 counts visits, not people.")

# 24 市应急管理局 (half-year): restated targets (年初确定的…15个, 0.9‰的控制目标), under construction, ‰ cap
P = "上半年"
row("市应急管理局",
    "新建改造应急避难场所15个,森林火灾受害率控制在0.9‰以内,组织开展综合应急演练100场次。",
    "上半年,我局对照年初确定的建成应急避难场所15个的目标,已完成改造提升9个,其余6个正在施工;全市共发生森林火灾3起,受害森林面积12.6公顷,森林火灾受害率为0.21‰,低于0.9‰的控制目标;各地各部门开展综合应急演练47场次,参演人员1.9万人次。",
    targets=[M("15个", 15, "个", "新建改造应急避难场所"),
             M("0.9‰", 0.9, "‰", "森林火灾受害率", bound="max"),
             M("100场次", 100, "场次", "组织开展综合应急演练")],
    actuals=[M("15个", 15, "个", "应急避难场所年初确定的目标(restated)"),
             M("9个", 9, "个", "已完成改造提升的应急避难场所", period=P),
             M("6个", 6, "个", "正在施工的应急避难场所", period=P),
             M("3起", 3, "起", "发生森林火灾", period=P),
             M("12.6公顷", 12.6, "公顷", "受害森林面积", period=P),
             M("0.21‰", 0.21, "‰", "森林火灾受害率", period=P),
             M("0.9‰", 0.9, "‰", "森林火灾受害率控制目标(restated)"),
             M("47场次", 47, "场次", "开展综合应急演练", period=P),
             M("1.9万人次", 1.9, "万人次", "参演人员", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="Both restated values (年初确定的…15个的目标, 0.9‰的控制目标) are actual mentions that do not answer. The 6 still under construction are not added (would-be sum 1.0). Lower-is-better cap: 0.21/0.9 = 0.2333. 3起 fires and 12.6公顷 have no target.")

# 25 市交通运输局 (year-end): 亿吨, 更新 + 新增 add up, daily average vs annual total of passengers
row("市交通运输局",
    "全年港口货物吞吐量达到1.2亿吨,新增和更新新能源公交车200辆,城市公交日均客运量达到45万人次。",
    "全年港口完成货物吞吐量1.17亿吨,同比增长3.4%,其中集装箱吞吐量86.5万标箱;全年更新新能源公交车156辆、新增44辆,新能源公交车占比提升至92%;受出行结构变化影响,城市公交日均客运量为41.3万人次,全年累计完成客运量1.51亿人次。",
    targets=[M("1.2亿吨", 1.2, "亿吨", "港口货物吞吐量"),
             M("200辆", 200, "辆", "新增和更新新能源公交车"),
             M("45万人次", 45, "万人次", "城市公交日均客运量")],
    actuals=[M("1.17亿吨", 1.17, "亿吨", "港口货物吞吐量", period="全年"),
             M("3.4%", 3.4, "%", "港口货物吞吐量同比增长", kind="growth", period="全年"),
             M("86.5万标箱", 86.5, "万标箱", "集装箱吞吐量", period="全年"),
             M("156辆", 156, "辆", "更新新能源公交车", period="全年"),
             M("44辆", 44, "辆", "新增新能源公交车", period="全年"),
             M("92%", 92, "%", "新能源公交车占比"),
             M("41.3万人次", 41.3, "万人次", "城市公交日均客运量"),
             M("1.51亿人次", 1.51, "亿人次", "全年累计完成客运量", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4", "a5"]), ("t3", ["a7"])],
    note="更新 + 新增 answer 新增和更新: 156 + 44 = 200 (combine sum, 1.0). The daily mean 41.3万人次 answers the daily target (0.9178); the annual total 1.51亿人次 is the same count summed over the year (would-be 335.5556). 集装箱 is a part in another unit.")

# 26 市住建局 (half-year): 其中 parts restate the total, another kind of pipe, a target reported in words
P = "上半年"
row("市住建局",
    "改造城市老旧燃气管网120公里,新建城市污水管网80公里,实施城市更新项目25个。",
    "上半年,全市完成老旧燃气管网改造68.5公里,完成年度任务的57.1%,其中市政管网41.2公里、庭院管网27.3公里;新建城市污水管网32公里,另完成雨污分流改造管网18公里。城市更新项目已全部完成立项和方案审查,正在有序推进。",
    targets=[M("120公里", 120, "公里", "改造城市老旧燃气管网"),
             M("80公里", 80, "公里", "新建城市污水管网"),
             M("25个", 25, "个", "实施城市更新项目")],
    actuals=[M("68.5公里", 68.5, "公里", "完成老旧燃气管网改造", period=P),
             M("57.1%", 57.1, "%", "完成年度任务的(比例)", period=P),
             M("41.2公里", 41.2, "公里", "市政燃气管网改造", period=P),
             M("27.3公里", 27.3, "公里", "庭院燃气管网改造", period=P),
             M("32公里", 32, "公里", "新建城市污水管网", period=P),
             M("18公里", 18, "公里", "雨污分流改造管网", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="The 其中 parts 41.2 + 27.3 restate the 68.5公里 total and are not added again. 雨污分流改造 is another measure (改造, not 新建; would-be sum 0.625). The 城市更新 target is reported in words only (已全部完成立项…正在有序推进): unpaired.")

# 27 市教育局 (year-end): 百分之…以上 target, 其中 part, teachers exchanged are not new hires, inspection rounds
row("市教育局",
    "新增中小学学位9000个,普惠性幼儿园覆盖率达到百分之九十以上,公开招聘新教师600名。",
    "全年新建、改扩建中小学校11所,新增学位9450个,其中义务教育学位7800个;全市普惠性幼儿园覆盖率达到百分之九十二点三;公开招聘新教师612名,另有48名教师通过“县管校聘”交流轮岗。组织开展“双减”专项督导5轮次。",
    targets=[M("9000个", 9000, "个", "新增中小学学位"),
             M("百分之九十", 90, "%", "普惠性幼儿园覆盖率", bound="min"),
             M("600名", 600, "名", "公开招聘新教师")],
    actuals=[M("11所", 11, "所", "新建、改扩建中小学校", period="全年"),
             M("9450个", 9450, "个", "新增学位", period="全年"),
             M("7800个", 7800, "个", "义务教育学位", period="全年"),
             M("百分之九十二点三", 92.3, "%", "普惠性幼儿园覆盖率"),
             M("612名", 612, "名", "公开招聘新教师"),
             M("48名", 48, "名", "交流轮岗教师"),
             M("5轮次", 5, "轮次", "“双减”专项督导")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese-numeral percentages (百分之九十, 百分之九十二点三). 48名 exchanged teachers are not new hires (would-be sum 1.1). “双减” and “县管校聘” are names. 11所 schools have no target; the 其中 part 7800个 is not added.")

# 28 市农业农村局 (full-width digits, year-end): stock of sows vs output of pigs (万头), applied for acceptance
row("市农业农村局",
    "全年生猪出栏量稳定在１２０万头以上,蔬菜产量达到２８０万吨,建设美丽乡村精品村３０个。",
    "全年生猪出栏１２３．６万头,年末能繁母猪存栏９．８万头,保持在正常保有量合理区间;蔬菜产量２９１．２万吨,同比增长２．９％;新建美丽乡村精品村２７个,另有５个村已申报市级验收。",
    targets=[M("１２０万头", 120, "万头", "生猪出栏量", bound="min"),
             M("２８０万吨", 280, "万吨", "蔬菜产量"),
             M("３０个", 30, "个", "建设美丽乡村精品村")],
    actuals=[M("１２３．６万头", 123.6, "万头", "生猪出栏", period="全年"),
             M("９．８万头", 9.8, "万头", "年末能繁母猪存栏"),
             M("２９１．２万吨", 291.2, "万吨", "蔬菜产量"),
             M("２．９％", 2.9, "%", "蔬菜产量同比增长", kind="growth"),
             M("２７个", 27, "个", "新建美丽乡村精品村"),
             M("５个", 5, "个", "已申报市级验收的村")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits, decimal point and percent sign. 能繁母猪存栏 is a stock in the same unit 万头 as the output target (another measure). The 5 villages only applied for acceptance (申报) are not added (would-be sum 1.0667).")

# 29 市人社局 (year-end): 其中 sub-target answered by its part, municipal + provincial studios add up, contests
P = "全年"
row("市人社局",
    "新增技能人才1.8万人,其中高技能人才6000人,新建技能大师工作室10家。",
    "全年新增技能人才1.93万人,其中高技能人才5720人,高技能人才占技能人才总量的比重达到31.5%;新建市级技能大师工作室8家、省级技能大师工作室3家;举办各类职业技能竞赛27项,参赛选手4300余人。",
    targets=[M("1.8万人", 1.8, "万人", "新增技能人才"),
             M("6000人", 6000, "人", "高技能人才"),
             M("10家", 10, "家", "新建技能大师工作室")],
    actuals=[M("1.93万人", 1.93, "万人", "新增技能人才", period=P),
             M("5720人", 5720, "人", "高技能人才", period=P),
             M("31.5%", 31.5, "%", "高技能人才占技能人才总量的比重", period=P),
             M("8家", 8, "家", "新建市级技能大师工作室", period=P),
             M("3家", 3, "家", "新建省级技能大师工作室", period=P),
             M("27项", 27, "项", "举办职业技能竞赛", period=P),
             M("4300余人", 4300, "人", "参赛选手", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4", "a5"])],
    note="其中 sub-target (6000人) answered by its part (0.9533); the part is not added to the total. 市级 + 省级 studios: 8 + 3 = 11 (combine sum). 31.5% is a share of the stock, no target. 4300余人 contestants have no target.")

# 30 市医保局 (year-end): enrolment level vs rate, fines vs recovered funds (both 万元)
row("市医保局",
    "基本医疗保险参保率稳定在95%以上,定点医药机构现场检查覆盖率达到100%,追回违规使用的医保基金3000万元。",
    "全市基本医疗保险参保人数386.2万人,参保率96.1%;全年现场检查定点医药机构2164家,检查覆盖率100%,查处违法违规机构318家,追回医保基金4126万元,另处行政罚款612万元。",
    targets=[M("95%", 95, "%", "基本医疗保险参保率", bound="min"),
             M("100%", 100, "%", "定点医药机构现场检查覆盖率"),
             M("3000万元", 3000, "万元", "追回违规使用的医保基金")],
    actuals=[M("386.2万人", 386.2, "万人", "基本医疗保险参保人数"),
             M("96.1%", 96.1, "%", "基本医疗保险参保率"),
             M("2164家", 2164, "家", "现场检查定点医药机构", period="全年"),
             M("100%", 100, "%", "检查覆盖率", period="全年"),
             M("318家", 318, "家", "查处违法违规机构", period="全年"),
             M("4126万元", 4126, "万元", "追回医保基金", period="全年"),
             M("612万元", 612, "万元", "行政罚款", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="The rate target is answered by the rate, not the head count. 另处行政罚款612万元 is another measure in the same unit (would-be sum 1.5793). 2164家 checked and 318家 punished have no target.")
# 31 市发改委 (year-end, 1-11月): rank and gap, scope count of projects, 开竣工 broader than 新开工 with a 其中 part
P = "1-11月"
row("市发改委",
    "全年固定资产投资增长8%,市重点项目完成投资600亿元,新开工重点项目80个。",
    "1-11月,全市固定资产投资同比增长6.4%,增速高于全省平均2.1个百分点,居全省第6位;152个市重点项目累计完成投资628.3亿元,年度计划完成率104.7%;重点项目开竣工131个,其中新开工78个、竣工53个。",
    targets=[M("8%", 8, "%", "固定资产投资", kind="growth"),
             M("600亿元", 600, "亿元", "市重点项目完成投资"),
             M("80个", 80, "个", "新开工重点项目")],
    actuals=[M("6.4%", 6.4, "%", "固定资产投资同比增长", kind="growth", period=P),
             M("2.1个百分点", 2.1, "个百分点", "增速高于全省平均", period=P),
             M("152个", 152, "个", "市重点项目(scope)", period=P),
             M("628.3亿元", 628.3, "亿元", "市重点项目累计完成投资", period=P),
             M("104.7%", 104.7, "%", "年度计划完成率", period=P),
             M("131个", 131, "个", "重点项目开竣工", period=P),
             M("78个", 78, "个", "新开工重点项目", period=P),
             M("53个", 53, "个", "竣工重点项目", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="第6位 is a rank and 2.1个百分点 a gap to the province. 152个 is the list of key projects (scope). 开竣工131个 is a broader aggregate (would-be 1.6375); its part 新开工78个 answers (0.975).")

# 32 市林业局 (traditional, year-end): 人工造林 + 封山育林 add up to 新造林, 撫育 another measure, rank in words
row("市林業局",
    "完成新造林面積3.5萬畝,森林覆蓋率穩定在62%以上,濕地保護率達到55%。",
    "全年完成人工造林2.1萬畝、封山育林1.6萬畝,完成森林撫育8.4萬畝;經年度監測,全市森林覆蓋率為62.4%,居全省第二位;濕地保護率達到56.2%。全年共派出護林巡查人員1.2萬人次,開展森林防火專項檢查430次。",
    targets=[M("3.5萬畝", 3.5, "萬畝", "新造林面積"),
             M("62%", 62, "%", "森林覆蓋率", bound="min"),
             M("55%", 55, "%", "濕地保護率")],
    actuals=[M("2.1萬畝", 2.1, "萬畝", "人工造林", period="全年"),
             M("1.6萬畝", 1.6, "萬畝", "封山育林", period="全年"),
             M("8.4萬畝", 8.4, "萬畝", "森林撫育", period="全年"),
             M("62.4%", 62.4, "%", "森林覆蓋率"),
             M("56.2%", 56.2, "%", "濕地保護率"),
             M("1.2萬人次", 1.2, "萬人次", "派出護林巡查人員", period="全年"),
             M("430次", 430, "次", "森林防火專項檢查", period="全年")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Traditional characters. 造林 counts 人工造林 and (new) 封山育林: 2.1 + 1.6 = 3.7萬畝 (combine sum). 森林撫育 tends existing forest: another measure in 萬畝 (would-be sum with it 3.4571). 居全省第二位 is a rank. Patrols and inspections are work counts.")

# 33 市商务局 (half-year): range target 15-20家, submitted candidates, festival name 618, completion share
P = "上半年"
row("市商务局",
    "网络零售额增长10%,培育市级电子商务示范企业15-20家,新增跨境电商备案企业60家。",
    "上半年,全市实现网络零售额218.6亿元,同比增长11.3%,增速高于全省平均2.4个百分点;认定市级电子商务示范企业12家,另有9家企业已提交申报材料,正在组织评审;新增跨境电商备案企业37家,完成全年任务的61.7%;组织企业参加“618”等线上促销活动4场。",
    targets=[M("10%", 10, "%", "网络零售额", kind="growth"),
             M("15-20家", 15, "家", "培育市级电子商务示范企业", bound="range", value_max=20),
             M("60家", 60, "家", "新增跨境电商备案企业")],
    actuals=[M("218.6亿元", 218.6, "亿元", "网络零售额", period=P),
             M("11.3%", 11.3, "%", "网络零售额同比增长", kind="growth", period=P),
             M("2.4个百分点", 2.4, "个百分点", "增速高于全省平均", period=P),
             M("12家", 12, "家", "认定市级电子商务示范企业", period=P),
             M("9家", 9, "家", "已提交申报材料的企业", period=P),
             M("37家", 37, "家", "新增跨境电商备案企业", period=P),
             M("61.7%", 61.7, "%", "完成全年任务的(比例)", period=P),
             M("4场", 4, "场", "线上促销活动", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Range target: ratio against the lower end (12/15 = 0.8). The 9 firms that only submitted applications are candidates (would-be sum 1.4). “618” is the name of a shopping festival. 2.4个百分点 is a gap to the province.")

# 34 市城管局 (year-end): two rates in % that differ (资源化 vs 回收), daily tonnage, green-space ratio vs area
row("市城管局",
    "城市生活垃圾回收利用率达到38%以上,生活垃圾无害化处理率保持100%,全年新增城市绿地55万平方米。",
    "全市生活垃圾日均清运量2860吨,无害化处理率100%,资源化利用率达到85%以上,生活垃圾回收利用率为42.6%;全年新增城市绿地面积46.8万平方米,建成口袋公园23个,城市建成区绿地率达到39.2%。",
    targets=[M("38%", 38, "%", "城市生活垃圾回收利用率", bound="min"),
             M("100%", 100, "%", "生活垃圾无害化处理率"),
             M("55万平方米", 55, "万平方米", "新增城市绿地")],
    actuals=[M("2860吨", 2860, "吨", "生活垃圾日均清运量"),
             M("100%", 100, "%", "无害化处理率"),
             M("85%", 85, "%", "资源化利用率"),
             M("42.6%", 42.6, "%", "生活垃圾回收利用率"),
             M("46.8万平方米", 46.8, "万平方米", "新增城市绿地面积", period="全年"),
             M("23个", 23, "个", "建成口袋公园", period="全年"),
             M("39.2%", 39.2, "%", "城市建成区绿地率", period="全年")],
    pairs=[("t1", ["a4"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="资源化利用率85% is another rate than 回收利用率 (would-be 2.2368); only 42.6% answers. 85%以上 on an actual is not a bound. 绿地率39.2% is a ratio, not the area added. 日均 tonnage has no target.")

# 35 市发改委 (能源, December): 据初步测算 full-year estimate of a reduction answers, 万千瓦 / 亿千瓦时, part in 万千瓦时
row("市发改委",
    "单位地区生产总值能耗下降3.2%,新增光伏并网装机容量15万千瓦,完成电能替代电量2亿千瓦时。",
    "据初步测算,全年单位地区生产总值能耗预计下降3.5%左右,下降幅度居全省前列;全年新增光伏并网装机16.8万千瓦,年发电量约1.9亿千瓦时;完成电能替代电量2.26亿千瓦时,其中工业领域替代电量13800万千瓦时。",
    targets=[M("3.2%", 3.2, "%", "单位地区生产总值能耗", kind="reduction"),
             M("15万千瓦", 15, "万千瓦", "新增光伏并网装机容量"),
             M("2亿千瓦时", 2, "亿千瓦时", "电能替代电量")],
    actuals=[M("3.5%", 3.5, "%", "单位地区生产总值能耗预计下降", kind="reduction", period="全年"),
             M("16.8万千瓦", 16.8, "万千瓦", "新增光伏并网装机", period="全年"),
             M("1.9亿千瓦时", 1.9, "亿千瓦时", "光伏年发电量"),
             M("2.26亿千瓦时", 2.26, "亿千瓦时", "完成电能替代电量"),
             M("13800万千瓦时", 13800, "万千瓦时", "工业领域替代电量")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Energy intensity is only ever estimated at year end: 据初步测算,全年…预计下降3.5% is the year's result and answers (reduction against reduction: 1.0938). 居全省前列 has no number. 光伏年发电量 is in the same unit as the substitution target but another measure (would-be 0.95). 13800万千瓦时 is a part (1.38亿千瓦时), not added.")

# 36 市文旅局 (year-end): per-person spending vs total spending, a target to create answered only by a recommendation
row("市文旅局",
    "全年接待过夜游客800万人次,游客人均花费提高到1200元,成功创建国家级夜间文化和旅游消费集聚区1个。",
    "全年接待过夜游客826.4万人次,同比增长14.6%;游客人均花费1136元,较上年增加58元,旅游总花费达到386.2亿元;古城历史文化街区已推荐申报第四批国家级夜间文化和旅游消费集聚区,评审结果尚未公布。",
    targets=[M("800万人次", 800, "万人次", "接待过夜游客"),
             M("1200元", 1200, "元", "游客人均花费"),
             M("1个", 1, "个", "创建国家级夜间文化和旅游消费集聚区")],
    actuals=[M("826.4万人次", 826.4, "万人次", "接待过夜游客", period="全年"),
             M("14.6%", 14.6, "%", "过夜游客同比增长", kind="growth", period="全年"),
             M("1136元", 1136, "元", "游客人均花费"),
             M("58元", 58, "元", "人均花费较上年增加"),
             M("386.2亿元", 386.2, "亿元", "旅游总花费")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="The per-person figure 1136元 answers the per-person target (0.9467); the total 386.2亿元 does not. The district is only recommended (推荐申报) for a list not yet published: the creation target is unpaired and no count is given. 第四批 is a batch ordinal.")

# 37 市自然资源局 (截至11月底, some full-width digits): 分别完成…的 shares, 其中 part in 亩 vs total in 万亩
P = "截至11月底"
row("市自然资源局",
    "处置批而未供土地4500亩,盘活闲置土地1200亩,完成国有建设用地供应1.8万亩。",
    "截至11月底,全市处置批而未供土地４７１８亩,盘活闲置土地９８６亩,分别完成年度任务的104.8%和82.2%;供应国有建设用地1.62万亩,其中工业用地6240亩,实现土地出让收入126.7亿元。",
    targets=[M("4500亩", 4500, "亩", "处置批而未供土地"),
             M("1200亩", 1200, "亩", "盘活闲置土地"),
             M("1.8万亩", 1.8, "万亩", "国有建设用地供应")],
    actuals=[M("４７１８亩", 4718, "亩", "处置批而未供土地", period=P),
             M("９８６亩", 986, "亩", "盘活闲置土地", period=P),
             M("104.8%", 104.8, "%", "处置批而未供土地完成年度任务的(比例)", period=P),
             M("82.2%", 82.2, "%", "盘活闲置土地完成年度任务的(比例)", period=P),
             M("1.62万亩", 1.62, "万亩", "供应国有建设用地", period=P),
             M("6240亩", 6240, "亩", "工业用地供应", period=P),
             M("126.7亿元", 126.7, "亿元", "土地出让收入", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Full-width digits in two amounts. 分别完成年度任务的104.8%和82.2% are completion shares, not amounts. The 其中 part 6240亩 is in 亩 while the total is in 万亩; it is not added. Land revenue has no target.")

# 38 市民政局 (year-end): targets not reported at all; training counts without targets (full-width)
row("市民政局",
    "建成市级未成年人救助保护中心1个,新建村级儿童之家50个。",
    "我局联合团市委、市妇联举办儿童主任业务能力培训班４期,培训基层儿童督导员和儿童主任６２０人次,全市村(社区)儿童主任实现配备全覆盖。",
    targets=[M("1个", 1, "个", "建成市级未成年人救助保护中心"),
             M("50个", 50, "个", "新建村级儿童之家")],
    actuals=[M("４期", 4, "期", "儿童主任业务能力培训班"),
             M("６２０人次", 620, "人次", "培训基层儿童督导员和儿童主任")],
    pairs=[],
    note="Neither target is reported: the paragraph covers training (full-width ４期, ６２０人次) and staffing coverage in words (实现配备全覆盖). Nothing pairs.")

# 39 市卫健委 (year-end, Chinese numerals): 一百二十家, stock vs increment, 十二期 classes, 两个百分点
row("市卫健委",
    "新建规范化村卫生室一百二十家,培训乡村医生八百人次,重点人群家庭医生签约率达到百分之七十五。",
    "全年新建规范化村卫生室一百二十六家,全市规范化村卫生室累计达到五百四十三家;举办乡村医生能力提升培训班十二期,培训八百六十人次;重点人群家庭医生签约率为百分之七十六点八,较上年提高两个百分点。",
    targets=[M("一百二十家", 120, "家", "新建规范化村卫生室"),
             M("八百人次", 800, "人次", "培训乡村医生"),
             M("百分之七十五", 75, "%", "重点人群家庭医生签约率")],
    actuals=[M("一百二十六家", 126, "家", "新建规范化村卫生室", period="全年"),
             M("五百四十三家", 543, "家", "规范化村卫生室累计"),
             M("十二期", 12, "期", "乡村医生能力提升培训班"),
             M("八百六十人次", 860, "人次", "培训乡村医生"),
             M("百分之七十六点八", 76.8, "%", "重点人群家庭医生签约率"),
             M("两个百分点", 2, "个百分点", "签约率较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals throughout. 累计五百四十三家 is the stock (would-be 4.525). 十二期 counts classes, not trainees. 两个百分点 is a change, not the rate.")

# 40 市工信局 (year-end, 1-11月): range growth target, firms meeting the threshold but only to be filed (拟申报)
row("市工信局",
    "规模以上工业增加值增长7%-8%,新增规上工业企业100家,工业技改投资增长15%以上。",
    "1-11月,我市规上工业增加值同比增长7.6%,增速高于全省1.3个百分点,排名全省第3位;全年新增规上工业企业86家,另有21家企业已达到入规标准,拟于12月申报纳统;1-11月工业技改投资同比增长13.2%,占工业投资的比重为46.5%。",
    targets=[M("7%-8%", 7, "%", "规模以上工业增加值", kind="growth", bound="range", value_max=8),
             M("100家", 100, "家", "新增规上工业企业"),
             M("15%", 15, "%", "工业技改投资", kind="growth", bound="min")],
    actuals=[M("7.6%", 7.6, "%", "规上工业增加值同比增长", kind="growth", period="1-11月"),
             M("1.3个百分点", 1.3, "个百分点", "增速高于全省", period="1-11月"),
             M("86家", 86, "家", "新增规上工业企业", period="全年"),
             M("21家", 21, "家", "达到入规标准拟申报纳统的企业"),
             M("13.2%", 13.2, "%", "工业技改投资同比增长", kind="growth", period="1-11月"),
             M("46.5%", 46.5, "%", "技改投资占工业投资的比重", period="1-11月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Range growth target: ratio against the lower end (7.6/7 = 1.0857). 第3位 is a rank; 12月 a date. The 21 firms still to be filed (拟申报纳统) do not answer 新增规上 (would-be sum 1.07). 46.5% is a share with no target.")


probe.write(Path(__file__).with_name("probe-bureau.gold.jsonl"))
