"""Writes probe-housing.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's or county's
progress table for housing, urban renewal and municipal works (住房和城乡建设局, 房产管理局/房管局,
城市管理局, 自然资源和规划局, 住房公积金管理中心, 园林局, 燃气/排水/供热企业, 各区人民政府): the
task is the year's target (老旧小区改造 个/户/栋/万平方米 开工 vs 完工, 既有住宅加装电梯 部/台,
保障性租赁住房 套(间) 筹集/开工/竣工, 公租房 分配 and 租赁补贴 户, 棚户区/城中村改造 签约 vs 拆除 户
and 安置房 套, 城市更新单元 and 项目, 危旧房 拆除 and 加固, 房屋/自建房 安全排查 栋/户, 商品房销售面积
增长 and 去化周期, 住宅用地供应 亩, 住房公积金 缴存/提取/贷款 亿元 and 个贷率, 城市道路 新改建 公里,
背街小巷 条, 口袋公园 个, 绿道 公里, 绿化覆盖率/绿地率 %, 污水管网 公里 and 雨污分流 小区, 海绵城市,
燃气管道 公里 and 管道燃气用户, 供热管网, 停车泊位 个, 生活垃圾分类 覆盖率 and 回收利用率, 厨余垃圾
处理能力 吨/日, 物业管理 覆盖率 and 业委会 组建率), the progress is what the bureau reported (开工 vs
完工 vs 竣工 vs 交付 stages, elided subjects, 其中 parts, 分别 lists, A、B均 and 各 coordination,
sums of parts (several districts, 新建 + 改建, 出让 + 划拨) answering a combined target, 今年 vs 累计
stocks, a year series, 完成年度任务的X% completion shares, 正在施工 and 预计 forecasts, 已完成招标/设计/
施工许可 preparation, restated targets (年度任务为…), 上年 baselines, 部 vs 台, 亩 vs 公顷, 平方米 vs
万平方米, 万元 vs 亿元, broader aggregates (餐饮等工商用户 for 餐饮用户, 业委会和物管会 for 业委会),
a fall answering a growth target (signed ratio), and rows where nothing answers). The departments in
charge are the row's owners. Five rows are in traditional characters; some use full-width digits or
Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (dates and years, the hotline code 12345, ranks 第2位, phase labels 一期/二期, grade
labels C级/D级, the term 四分类).
Run: cd tests/cases && python make_probe_housing.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe19")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Housing, urban renewal and municipal works progress tables of a city or county (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 老旧小区改造: 开工 vs 完工 counts, 户/栋/万平方米 of the same work, 开工率, a forecast remainder
P = "截至10月底"
row("市住房和城乡建设局、各区人民政府",
    "全年新开工改造城镇老旧小区126个、涉及居民1.85万户,完工改造小区80个。",
    "截至10月底,全市已开工改造老旧小区118个,惠及居民1.72万户、楼栋642栋、建筑面积168.4万平方米,开工率93.7%;已完工63个,另有21个小区进入扫尾阶段,预计年底前完工。",
    targets=[M("126个", 126, "个", "新开工改造城镇老旧小区"),
             M("1.85万户", 1.85, "万户", "新开工改造涉及居民"),
             M("80个", 80, "个", "完工改造小区")],
    actuals=[M("118个", 118, "个", "已开工改造老旧小区", period=P),
             M("1.72万户", 1.72, "万户", "开工改造惠及居民", period=P),
             M("642栋", 642, "栋", "开工改造楼栋", period=P),
             M("168.4万平方米", 168.4, "万平方米", "开工改造建筑面积", period=P),
             M("93.7%", 93.7, "%", "开工率", period=P),
             M("63个", 63, "个", "已完工小区", period=P),
             M("21个", 21, "个", "进入扫尾阶段、预计年底前完工的小区(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="118/126 = 0.9365 (the stated 开工率93.7% is a share, not paired); 1.72/1.85 = 0.9297. The 栋 and 万平方米 measure the same work in other units and have no target. 已完工63个 elides 小区: 63/80 = 0.7875; the 21 in 扫尾 are only expected by year end (would-be sum 1.05).")

# 2 加装电梯: three districts in a 分别 list summed, 部 in the task vs 台 in the progress, a stock since the start
P = "1-11月"
row("市住房和城乡建设局、城东区、城西区、高新区管委会",
    "既有住宅加装电梯开工200部,建成投入使用120部。",
    "1-11月,城东区、城西区、高新区分别新开工加装电梯78台、46台、61台,建成投用分别为52台、31台、40台;全市累计已建成加装电梯1386台。",
    targets=[M("200部", 200, "部", "既有住宅加装电梯开工"),
             M("120部", 120, "部", "加装电梯建成投入使用")],
    actuals=[M("78台", 78, "台", "城东区新开工加装电梯", period=P),
             M("46台", 46, "台", "城西区新开工加装电梯", period=P),
             M("61台", 61, "台", "高新区新开工加装电梯", period=P),
             M("52台", 52, "台", "城东区建成投用加装电梯", period=P),
             M("31台", 31, "台", "城西区建成投用加装电梯", period=P),
             M("40台", 40, "台", "高新区建成投用加装电梯", period=P),
             M("1386台", 1386, "台", "累计已建成加装电梯(stock)")],
    pairs=[("t1", ["a1", "a2", "a3"]), ("t2", ["a4", "a5", "a6"])],
    note="Only per-district figures are given: the city targets are met by the sums, 78 + 46 + 61 = 185 against 200部 (combine sum, 0.925) and 52 + 31 + 40 = 123 against 120部 (1.025). 部 and 台 both count lifts. 累计1386台 is the stock since the programme began and does not answer.")

# 3 保障性租赁住房 筹集: 新建 + 改建 parts answer the combined target (sum) and each its sub-target, candidates awaiting 认定
P = "截至11月底"
row("市住房保障中心、市房产管理局",
    "筹集保障性租赁住房8000套(间),其中新建5000套(间)、非居住存量房屋改建3000套(间)。",
    "截至11月底,通过新建方式筹集保障性租赁住房4620套,利用闲置厂房、商业办公用房改建筹集3150间,均已取得项目认定书;另有6个项目、1280套正在办理项目认定。",
    targets=[M("8000套(间)", 8000, "套(间)", "筹集保障性租赁住房"),
             M("5000套(间)", 5000, "套(间)", "新建筹集保障性租赁住房"),
             M("3000套(间)", 3000, "套(间)", "非居住存量房屋改建筹集保障性租赁住房")],
    actuals=[M("4620套", 4620, "套", "新建方式筹集保障性租赁住房", period=P),
             M("3150间", 3150, "间", "非居住存量房屋改建筹集", period=P),
             M("6个", 6, "个", "正在办理项目认定的项目"),
             M("1280套", 1280, "套", "正在办理项目认定的住房")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a1"]), ("t3", ["a2"])],
    note="The combined 筹集 target is met by the sum of its two ways, 4620套 + 3150间 = 7770 (combine sum, 0.9712); each part also answers its own 其中 sub-target (4620/5000 = 0.924, 3150/3000 = 1.05). The 1280套 still awaiting 项目认定 are candidates and are not added (would-be sum 1.1313).")

# 4 公租房: 实物配租 with a 其中 part, 租赁补贴 户 with money, a stock of families, a rate with its change
P = "今年以来"
row("市住房保障中心",
    "新增分配公租房1500套,发放城镇住房保障家庭租赁补贴4200户,公租房分配入住率保持在95%以上。",
    "今年以来,新增公租房实物配租1386套,其中向新市民、青年人配租412套;发放租赁补贴3968户、补贴资金1826万元;全市公租房在保家庭2.36万户,分配入住率96.4%,较上年提高0.8个百分点。",
    targets=[M("1500套", 1500, "套", "新增分配公租房"),
             M("4200户", 4200, "户", "发放城镇住房保障家庭租赁补贴"),
             M("95%", 95, "%", "公租房分配入住率", bound="min")],
    actuals=[M("1386套", 1386, "套", "新增公租房实物配租", period=P),
             M("412套", 412, "套", "向新市民、青年人配租", period=P),
             M("3968户", 3968, "户", "发放租赁补贴", period=P),
             M("1826万元", 1826, "万元", "租赁补贴资金", period=P),
             M("2.36万户", 2.36, "万户", "公租房在保家庭(stock)"),
             M("96.4%", 96.4, "%", "公租房分配入住率"),
             M("0.8个百分点", 0.8, "个百分点", "分配入住率较上年提高")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="实物配租 is the allocation: 1386/1500 = 0.924 (412套 is its part). 3968/4200 = 0.9448; 1826万元 is the money of the same subsidy, no money target. 96.4/95 = 1.0147; 0.8个百分点 is the change on last year; 2.36万户 is the stock of families housed.")

# 5 棚户区改造: 签约 户 vs 拆除 户, 两个 片区 as scope, 开工 套 with a prepared remainder
P = "截至11月底"
row("市房屋征收管理办公室、市棚户区改造指挥部",
    "棚户区改造新开工安置住房2600套,完成征收签约1800户、房屋拆除1500户。",
    "截至11月底,城南、河西两个棚改片区已签订征收补偿安置协议1732户,签约率96.2%,已拆除房屋1186户、拆除面积14.7万平方米;安置房已开工1960套,另外640套完成施工图审查和施工招标,计划12月进场。",
    targets=[M("2600套", 2600, "套", "棚户区改造新开工安置住房"),
             M("1800户", 1800, "户", "完成征收签约"),
             M("1500户", 1500, "户", "房屋拆除")],
    actuals=[M("两个", 2, "个", "棚改片区(scope)"),
             M("1732户", 1732, "户", "已签订征收补偿安置协议", period=P),
             M("96.2%", 96.2, "%", "签约率", period=P),
             M("1186户", 1186, "户", "已拆除房屋", period=P),
             M("14.7万平方米", 14.7, "万平方米", "拆除面积", period=P),
             M("1960套", 1960, "套", "安置房已开工", period=P),
             M("640套", 640, "套", "完成施工图审查和招标的安置房(preparation)")],
    pairs=[("t1", ["a6"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="1960/2600 = 0.7538; the 640套 are only tendered, 进场 planned for 12月 (would-be sum 1.0). 签约 1732/1800 = 0.9622 (the stated 签约率96.2%). 拆除 is answered by 已拆除1186户 (0.7907), not by the signed 1732户 (would-be 1.1547); 14.7万平方米 is the demolished area, no area target.")

# 6 城中村 (traditional): restated target, 入戶調查 as preparation, started projects named and counted
P = "截至9月底"
row("區住房和城鄉建設局、區城中村改造辦公室",
    "推進城中村改造,年內啟動改造項目5個,完成征收房屋2100戶、面積38萬平方米。",
    "年度任務為啟動改造項目5個、征收房屋2100戶。截至9月底,已啟動石橋、北園、馬家莊3個項目,完成入戶調查2380戶,簽訂征收補償協議1654戶、涉及面積29.6萬平方米;另2個項目正在編制改造方案。",
    targets=[M("5個", 5, "個", "啟動改造項目"),
             M("2100戶", 2100, "戶", "完成征收房屋"),
             M("38萬平方米", 38, "萬平方米", "征收房屋面積")],
    actuals=[M("5個", 5, "個", "年度任務啟動改造項目(restated target)"),
             M("2100戶", 2100, "戶", "年度任務征收房屋(restated target)"),
             M("3個", 3, "個", "已啟動項目", period=P),
             M("2380戶", 2380, "戶", "完成入戶調查(preparation)", period=P),
             M("1654戶", 1654, "戶", "簽訂征收補償協議", period=P),
             M("29.6萬平方米", 29.6, "萬平方米", "簽約征收面積", period=P),
             M("2個", 2, "個", "正在編制改造方案的項目")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Traditional characters. 年度任務為… restates the targets (5個, 2100戶), which do not answer themselves. 3/5 = 0.6; the other 2 are still in planning (would-be sum 1.0). 征收 is answered by the signed agreements, 1654/2100 = 0.7876; 入戶調查2380戶 is a preparatory survey (would-be 1.1333). 29.6/38 = 0.7789.")

# 7 城市更新单元: 划定 units with an approved part, 在建 vs 今年新启动 vs 续建, a completion share
P = "全年"
row("市自然资源和规划局、市城市更新局",
    "划定城市更新单元12个,启动实施城市更新项目30个,完成年度投资85亿元。",
    "全年共划定城市更新单元14个,其中11个单元完成详细规划编制并获批;在建城市更新项目32个,其中今年新启动26个、续建6个;完成投资78.6亿元,完成年度计划的92.5%。",
    targets=[M("12个", 12, "个", "划定城市更新单元"),
             M("30个", 30, "个", "启动实施城市更新项目"),
             M("85亿元", 85, "亿元", "年度投资")],
    actuals=[M("14个", 14, "个", "划定城市更新单元", period=P),
             M("11个", 11, "个", "完成详细规划编制并获批的单元", period=P),
             M("32个", 32, "个", "在建城市更新项目", period=P),
             M("26个", 26, "个", "今年新启动城市更新项目", period=P),
             M("6个", 6, "个", "续建城市更新项目", nth=1, period=P),
             M("78.6亿元", 78.6, "亿元", "完成投资", period=P),
             M("92.5%", 92.5, "%", "完成年度计划的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="14/12 = 1.1667 (11个 approved is its part). 启动 is answered by 今年新启动26个 (0.8667); 在建32个 includes 6 carried over from earlier years (would-be 1.0667). 78.6/85 = 0.9247 (the stated 92.5% is a share). '6个' nth 0 lies inside '26个'.")

# 8 房屋安全排查: 万栋 target vs 栋 actual, class threshold (建成20年以上), grade labels, 解危 with no number in the task
P = "截至11月底"
row("市住房和城乡建设局(房屋安全管理中心)、各县(市、区)人民政府",
    "开展城镇房屋安全隐患排查整治,完成建成20年以上房屋等重点房屋排查3.2万栋,对鉴定为C级、D级的危房全部完成解危处置。",
    "截至11月底,全市共排查城镇房屋33650栋、建筑面积2860万平方米,排查率105.2%;鉴定为C级危房138栋、D级危房47栋,已通过拆除、加固、停用等方式完成解危处置172栋,解危率93%,剩余13栋已落实管控措施。",
    targets=[M("3.2万栋", 3.2, "万栋", "重点房屋排查")],
    other=[O("20年", 20, "年", "class threshold (建成20年以上房屋)")],
    actuals=[M("33650栋", 33650, "栋", "排查城镇房屋", period=P),
             M("2860万平方米", 2860, "万平方米", "排查房屋建筑面积", period=P),
             M("105.2%", 105.2, "%", "排查率", period=P),
             M("138栋", 138, "栋", "鉴定为C级危房", period=P),
             M("47栋", 47, "栋", "鉴定为D级危房", period=P),
             M("172栋", 172, "栋", "完成解危处置", period=P),
             M("93%", 93, "%", "解危率", period=P),
             M("13栋", 13, "栋", "剩余落实管控措施的危房", period=P)],
    pairs=[("t1", ["a1"])],
    note="33650栋 against 3.2万栋: 1.0516 (the stated 排查率105.2%). 全部完成解危处置 is stated without a number, so the 172栋 made safe out of 138 + 47 = 185 dangerous buildings (解危率93%) have no target mention to pair with (read as all 185, would-be 0.9297); 13栋 remain under control measures. C级/D级 are grade labels; 建成20年以上 is a class threshold.")

# 9 房管局: a fall answering a growth target (signed ratio), 其中 住宅 part, 去化周期 against an upper bound, the averaging window
P = "1-10月"
row("市房产管理局、市统计局",
    "商品房销售面积增长3%,新建商品住宅去化周期控制在18个月以内。",
    "1-10月,全市商品房销售面积486.3万平方米,同比下降6.8%,其中商品住宅销售面积412.5万平方米,下降5.2%;截至10月底,新建商品住宅可售面积735万平方米,按近12个月平均销售速度测算,去化周期为17.6个月。",
    targets=[M("3%", 3, "%", "商品房销售面积", kind="growth"),
             M("18个月", 18, "个月", "新建商品住宅去化周期", bound="max")],
    actuals=[M("486.3万平方米", 486.3, "万平方米", "商品房销售面积", period=P),
             M("6.8%", 6.8, "%", "商品房销售面积同比下降", kind="reduction", period=P),
             M("412.5万平方米", 412.5, "万平方米", "商品住宅销售面积", period=P),
             M("5.2%", 5.2, "%", "商品住宅销售面积下降", kind="reduction", period=P),
             M("735万平方米", 735, "万平方米", "新建商品住宅可售面积", period="截至10月底"),
             M("12个月", 12, "个月", "测算去化周期的平均销售期(duration)"),
             M("17.6个月", 17.6, "个月", "新建商品住宅去化周期", period="截至10月底")],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="The growth target is answered by the fall of the same measure: signed ratio -6.8/3 = -2.2667; the level 486.3万平方米 has no level target and the 住宅 fall 5.2% is a part. 去化周期 is the measured quantity (an upper bound, not a duration): 17.6/18 = 0.9778, under the cap. 近12个月 is the averaging window; 735万平方米 is the stock for sale.")

# 10 住房公积金: 归集 = 缴存, elided subject of 提取, 笔 beside 亿元, 个贷率 approx, a balance as stock
P = "1-11月"
row("市住房公积金管理中心",
    "住房公积金归集58亿元,提取40亿元,发放个人住房贷款35亿元,个贷率保持在85%左右。",
    "1-11月,全市住房公积金缴存54.37亿元,同比增长7.9%;提取37.82亿元,其中住房消费类提取30.16亿元;发放个人住房贷款5862笔、29.74亿元;截至11月底,缴存余额312.6亿元,个贷率86.3%。",
    targets=[M("58亿元", 58, "亿元", "住房公积金归集"),
             M("40亿元", 40, "亿元", "住房公积金提取"),
             M("35亿元", 35, "亿元", "发放个人住房贷款"),
             M("85%", 85, "%", "个贷率", bound="approx")],
    actuals=[M("54.37亿元", 54.37, "亿元", "住房公积金缴存", period=P),
             M("7.9%", 7.9, "%", "住房公积金缴存同比增长", kind="growth", period=P),
             M("37.82亿元", 37.82, "亿元", "住房公积金提取", period=P),
             M("30.16亿元", 30.16, "亿元", "住房消费类提取", period=P),
             M("5862笔", 5862, "笔", "发放个人住房贷款笔数", period=P),
             M("29.74亿元", 29.74, "亿元", "发放个人住房贷款", period=P),
             M("312.6亿元", 312.6, "亿元", "缴存余额(stock)", period="截至11月底"),
             M("86.3%", 86.3, "%", "个贷率", period="截至11月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"]), ("t4", ["a8"])],
    note="归集 and 缴存 name the same inflow: 54.37/58 = 0.9374. 提取 elides its subject: 37.82/40 = 0.9455 (住房消费类 is its part). 29.74/35 = 0.8497; 5862笔 counts loans. 86.3/85 = 1.0153. The growth 7.9% has no growth target; the balance 312.6亿元 is a stock.")

# 11 城市道路 (full-width digits): 新建 + 改建 answer the combined target (sum), 断头路 with an unfinished remainder
P = "截至１１月底"
row("市住房和城乡建设局、市城市建设投资集团",
    "新建改建城市道路４５公里,打通断头路１２条。",
    "截至１１月底,新建城市道路完成２１．６公里,改造提升城市道路１８．９公里;已打通断头路９条,另有３条因管线迁改滞后仍在施工。",
    targets=[M("４５公里", 45, "公里", "新建改建城市道路"),
             M("１２条", 12, "条", "打通断头路")],
    actuals=[M("２１．６公里", 21.6, "公里", "新建城市道路", period=P),
             M("１８．９公里", 18.9, "公里", "改造提升城市道路", period=P),
             M("９条", 9, "条", "已打通断头路", period=P),
             M("３条", 3, "条", "仍在施工的断头路", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"])],
    note="Full-width digits. 新建改建 is one combined target, met by the sum of the two parts: 21.6 + 18.9 = 40.5公里 (combine sum, 0.9). 9/12 = 0.75; the 3 still under construction do not count (would-be sum 1.0).")

# 12 城管局 (Chinese numerals): 条/个 in Chinese numerals, 口袋广场 another class, 今年 绿道 vs 累计 stock
P = "全年"
row("市城市管理局、市园林绿化中心",
    "改造提升背街小巷六十条,新建口袋公园二十个,建设城市绿道30公里。",
    "全年完成背街小巷改造六十三条,新建口袋公园十八个、“口袋广场”两个,新建绿道27.4公里,累计建成绿道达到186公里。",
    targets=[M("六十条", 60, "条", "改造提升背街小巷"),
             M("二十个", 20, "个", "新建口袋公园"),
             M("30公里", 30, "公里", "建设城市绿道")],
    actuals=[M("六十三条", 63, "条", "完成背街小巷改造", period=P),
             M("十八个", 18, "个", "新建口袋公园", period=P),
             M("两个", 2, "个", "新建口袋广场", period=P),
             M("27.4公里", 27.4, "公里", "新建绿道", period=P),
             M("186公里", 186, "公里", "累计建成绿道(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Chinese numerals. 63/60 = 1.05; 18/20 = 0.9 — the two “口袋广场” are another kind of space and are not added (would-be sum 1.0). 27.4/30 = 0.9133; 累计186公里 is the stock.")

# 13 园林局: 新增绿地 with 其中 part, a rate from a baseline (上年) to the current value, a rank, per-capita area
P = "今年"
row("市园林绿化局",
    "新增城市绿地面积120万平方米,建成区绿化覆盖率达到43%,人均公园绿地面积达到14.5平方米。",
    "今年新增城市绿地136.8万平方米,其中公园绿地52.3万平方米;经遥感测算,建成区绿化覆盖率由上年的42.1%提高到42.8%,居全省第2位,人均公园绿地面积14.62平方米。",
    targets=[M("120万平方米", 120, "万平方米", "新增城市绿地面积"),
             M("43%", 43, "%", "建成区绿化覆盖率"),
             M("14.5平方米", 14.5, "平方米", "人均公园绿地面积")],
    actuals=[M("136.8万平方米", 136.8, "万平方米", "新增城市绿地", period=P),
             M("52.3万平方米", 52.3, "万平方米", "新增公园绿地", period=P),
             M("42.1%", 42.1, "%", "上年建成区绿化覆盖率(baseline)", period="上年"),
             M("42.8%", 42.8, "%", "建成区绿化覆盖率"),
             M("14.62平方米", 14.62, "平方米", "人均公园绿地面积")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="136.8/120 = 1.14 (公园绿地 is its part). The coverage rate is answered by the current 42.8% (0.9953), not by last year's baseline 42.1%. 14.62/14.5 = 1.0083. 第2位 is a rank.")

# 14 排水: network total with 新建/改造 parts, 小区 雨污分流 done vs in works, a stock since 2021
P = "截至10月底"
row("市城市管理局(市排水管理处)、市水务集团",
    "新建改造污水管网80公里,完成住宅小区雨污分流改造150个。",
    "截至10月底,已完成污水管网新建改造64.3公里,其中新建41.2公里、改造23.1公里;完成小区雨污分流改造112个,正在施工38个;自2021年实施以来,累计完成小区雨污分流改造486个。",
    targets=[M("80公里", 80, "公里", "新建改造污水管网"),
             M("150个", 150, "个", "住宅小区雨污分流改造")],
    actuals=[M("64.3公里", 64.3, "公里", "完成污水管网新建改造", period=P),
             M("41.2公里", 41.2, "公里", "新建污水管网", period=P),
             M("23.1公里", 23.1, "公里", "改造污水管网", period=P),
             M("112个", 112, "个", "完成小区雨污分流改造", period=P),
             M("38个", 38, "个", "正在施工的小区雨污分流改造", period=P),
             M("486个", 486, "个", "累计完成小区雨污分流改造(since 2021)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="The total 64.3公里 answers (0.8037); its parts 41.2 + 23.1 add up to it and are not added again. 112/150 = 0.7467; the 38 still under construction do not count (would-be sum 1.0); 累计486个 is since 2021 (a year).")

# 15 燃气管道: total with three 其中 sub-targets answered by the matching parts, 万户 target, 万台 alarms without target
P = "1-10月"
row("市住房和城乡建设局(燃气管理处)、市燃气集团",
    "更新改造老化燃气管道260公里,其中市政管道85公里、庭院管道140公里、立管35公里;为3万户居民更换不锈钢波纹管。",
    "1-10月,累计完成老化燃气管道更新改造218.6公里,其中市政管道79.4公里、庭院管道112.7公里、立管26.5公里;完成居民用户灶前波纹软管更换2.68万户,安装燃气泄漏报警器1.12万台。",
    targets=[M("260公里", 260, "公里", "更新改造老化燃气管道"),
             M("85公里", 85, "公里", "市政管道"),
             M("140公里", 140, "公里", "庭院管道"),
             M("35公里", 35, "公里", "立管"),
             M("3万户", 3, "万户", "居民更换不锈钢波纹管")],
    actuals=[M("218.6公里", 218.6, "公里", "完成老化燃气管道更新改造", period=P),
             M("79.4公里", 79.4, "公里", "市政管道更新改造", period=P),
             M("112.7公里", 112.7, "公里", "庭院管道更新改造", period=P),
             M("26.5公里", 26.5, "公里", "立管更新改造", period=P),
             M("2.68万户", 2.68, "万户", "居民用户波纹软管更换", period=P),
             M("1.12万台", 1.12, "万台", "安装燃气泄漏报警器", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"]), ("t5", ["a5"])],
    note="累计 here is year to date (1-10月累计). 218.6/260 = 0.8408; each 其中 part answers its sub-target (79.4/85 = 0.9341, 112.7/140 = 0.805, 26.5/35 = 0.7571) and they are not added to the total again. 2.68/3 = 0.8933. The alarms have no target.")

# 16 停車 (traditional): total with two parts, 停車場 count, shared spaces with the 家 that share them
P = "截至11月底"
row("市城市管理局、市公安局交通警察支隊、市機關事務管理局",
    "新增公共停車泊位8000個,其中新建公共停車場25個;挖潛利用機關事業單位錯時共享停車位2000個。",
    "截至11月底,全市新增公共停車泊位7346個,其中新建公共停車場21個、提供泊位4128個,路內施劃臨時泊位3218個;已有86家機關事業單位向社會錯時開放停車位2315個。",
    targets=[M("8000個", 8000, "個", "新增公共停車泊位"),
             M("25個", 25, "個", "新建公共停車場"),
             M("2000個", 2000, "個", "機關事業單位錯時共享停車位")],
    actuals=[M("7346個", 7346, "個", "新增公共停車泊位", period=P),
             M("21個", 21, "個", "新建公共停車場", period=P),
             M("4128個", 4128, "個", "新建停車場提供泊位", period=P),
             M("3218個", 3218, "個", "路內施劃臨時泊位", period=P),
             M("86家", 86, "家", "錯時開放停車位的機關事業單位", period=P),
             M("2315個", 2315, "個", "機關事業單位錯時開放停車位", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="Traditional characters. 7346/8000 = 0.9183 (4128 + 3218 are its parts). 21/25 = 0.84 (停車場 counted, not their spaces). 2315/2000 = 1.1575; 86家 counts the units that share.")

# 17 垃圾分类: coverage 100%, the 小区 and institutions covered (万余个), a rate with its change, 今年 投放点 vs 累计
row("市城市管理局(市生活垃圾分类工作领导小组办公室)",
    "城区生活垃圾分类覆盖率达到100%,生活垃圾回收利用率达到40%以上,新建标准化垃圾分类投放点600个。",
    "全市生活垃圾分类已覆盖城区全部1126个居民小区和2.3万余个公共机构、企事业单位,城区生活垃圾分类覆盖率实现100%;前三季度生活垃圾回收利用率38.6%,较去年同期提高2.4个百分点;今年建成四分类定时定点投放点652个,累计达到3860个。",
    targets=[M("100%", 100, "%", "城区生活垃圾分类覆盖率"),
             M("40%", 40, "%", "生活垃圾回收利用率", bound="min"),
             M("600个", 600, "个", "新建标准化垃圾分类投放点")],
    actuals=[M("1126个", 1126, "个", "覆盖居民小区"),
             M("2.3万余个", 2.3, "万个", "覆盖公共机构、企事业单位"),
             M("100%", 100, "%", "城区生活垃圾分类覆盖率"),
             M("38.6%", 38.6, "%", "生活垃圾回收利用率", period="前三季度"),
             M("2.4个百分点", 2.4, "个百分点", "回收利用率较去年同期提高", period="前三季度"),
             M("652个", 652, "个", "今年建成定时定点投放点", period="今年"),
             M("3860个", 3860, "个", "累计投放点(stock)")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="100/100 = 1.0 (the 小区 and institutions are what is covered). 38.6/40 = 0.965 after three quarters; 2.4个百分点 is the change. 652/600 = 1.0867; 累计3860个 is the stock. 四分类 is a scheme label, not a count.")

# 18 物业: broader 物业服务 (incl. 社区兜底) vs 专业化 part, broader 业委会+物管会 rate vs 业委会 part, a hotline code
P = "今年"
row("市房产管理局(物业管理科)、各街道办事处",
    "城镇住宅小区物业管理覆盖率达到90%,新增实施专业化物业服务的老旧小区100个,符合条件的住宅小区业主委员会组建率达到70%。",
    "通过引入专业物业、国企托管、社区兜底等方式,今年新增物业服务覆盖老旧小区126个,其中由专业化物业服务企业进驻78个,其余由社区兜底代管;全市住宅小区物业管理覆盖率达到88.5%;业主委员会和物业管理委员会组建率合计73.2%,其中业委会组建率51.6%;12345热线物业服务类诉求办结率97.8%。",
    targets=[M("90%", 90, "%", "城镇住宅小区物业管理覆盖率"),
             M("100个", 100, "个", "新增实施专业化物业服务的老旧小区"),
             M("70%", 70, "%", "业主委员会组建率")],
    actuals=[M("126个", 126, "个", "今年新增物业服务覆盖老旧小区", period=P),
             M("78个", 78, "个", "专业化物业服务企业进驻的老旧小区", period=P),
             M("88.5%", 88.5, "%", "住宅小区物业管理覆盖率"),
             M("73.2%", 73.2, "%", "业主委员会和物业管理委员会组建率合计"),
             M("51.6%", 51.6, "%", "业委会组建率"),
             M("97.8%", 97.8, "%", "12345热线物业服务类诉求办结率")],
    pairs=[("t1", ["a3"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="88.5/90 = 0.9833. The target asks for 专业化 service: the 78 with a professional firm answer (0.78); 126个 includes 社区兜底代管, a broader aggregate (would-be 1.26). 业委会 51.6/70 = 0.7371; the combined 业委会和物管会 73.2% is broader (would-be 1.0457). 12345 is a hotline code; 97.8% has no target.")

# 19 老旧小区 面积: the target in 万平方米, 开工 (weaker) vs 完工 (answers), 个/栋/户 of the same work
P = "今年"
row("县住房和城乡建设局",
    "完成老旧小区改造建筑面积260万平方米。",
    "今年改造的92个老旧小区已全部开工,涉及楼栋1180栋、居民2.46万户,改造建筑面积238.5万平方米;其中已完工小区57个、建筑面积151.2万平方米,其余小区正在进行外立面和管网施工。",
    targets=[M("260万平方米", 260, "万平方米", "完成老旧小区改造建筑面积")],
    actuals=[M("92个", 92, "个", "今年开工改造老旧小区", period=P),
             M("1180栋", 1180, "栋", "开工改造楼栋", period=P),
             M("2.46万户", 2.46, "万户", "开工改造涉及居民", period=P),
             M("238.5万平方米", 238.5, "万平方米", "开工改造建筑面积", period=P),
             M("57个", 57, "个", "已完工小区", period=P),
             M("151.2万平方米", 151.2, "万平方米", "已完工建筑面积", period=P)],
    pairs=[("t1", ["a6"])],
    note="完成改造 asks for finished work: the completed area 151.2万平方米 answers (0.5815); the 238.5万平方米 under way (开工) is a weaker status (would-be 0.9173). 小区, 栋 and 户 measure the same work in other units and have no target.")

# 20 加裝電梯 (traditional): applications and permits as preparation, 開工 and 完工 as parts, a stock since the pilot
P = "今年以來"
row("市住房和城鄉建設局、市市場監督管理局",
    "既有住宅加裝電梯新開工300部,完工200部。",
    "今年以來,全市共受理加裝電梯申請486件,完成聯合審查並取得施工許可312部,其中已開工278部、已完工驗收並投入使用164部;自試點以來累計完工加裝電梯1025部,惠及居民1.36萬戶。",
    targets=[M("300部", 300, "部", "既有住宅加裝電梯新開工"),
             M("200部", 200, "部", "加裝電梯完工")],
    actuals=[M("486件", 486, "件", "受理加裝電梯申請", period=P),
             M("312部", 312, "部", "取得施工許可(preparation)", period=P),
             M("278部", 278, "部", "已開工加裝電梯", period=P),
             M("164部", 164, "部", "已完工驗收並投入使用", period=P),
             M("1025部", 1025, "部", "自試點以來累計完工加裝電梯(stock)"),
             M("1.36萬戶", 1.36, "萬戶", "累計惠及居民")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="Traditional characters. 278/300 = 0.9267; a permit (312部) is not a start (would-be 1.04) and applications (486件) even less. 164/200 = 0.82; 累計1025部 is since the pilot began (would-be 5.125).")

# 21 保障性租赁住房 开工/竣工: two 分别 lists (amounts, then completion shares), a planned remainder
P = "截至9月底"
row("市住房保障中心、市安居集团",
    "保障性租赁住房新开工4500套、竣工2800套。",
    "截至9月底,新开工和竣工保障性租赁住房分别为3820套和1960套,分别完成年度任务的84.9%和70%;另有青年公寓等3个项目、760套计划四季度开工。",
    targets=[M("4500套", 4500, "套", "保障性租赁住房新开工"),
             M("2800套", 2800, "套", "保障性租赁住房竣工")],
    actuals=[M("3820套", 3820, "套", "新开工保障性租赁住房", period=P),
             M("1960套", 1960, "套", "竣工保障性租赁住房", period=P),
             M("84.9%", 84.9, "%", "新开工完成年度任务的(比例)", period=P),
             M("70%", 70, "%", "竣工完成年度任务的(比例)", period=P),
             M("3个", 3, "个", "计划四季度开工的项目"),
             M("760套", 760, "套", "计划四季度开工的住房(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="The first 分别 list maps in order: 3820/4500 = 0.8489, 1960/2800 = 0.7; the second gives the same as completion shares (84.9%, 70%), not paired. The 760套 are only planned for 四季度 (would-be sum 1.0178).")

# 22 人才安居: restated target, a completion share, three ways summed by the text, 万元 against 亿元
P = "截至11月底"
row("市住房和城乡建设局、市委人才工作领导小组办公室",
    "筹集人才安居住房2000套,发放人才租房补贴1.2亿元。",
    "年度任务为筹集人才安居住房2000套。截至11月底,已通过配建、收购、租赁等方式筹集1712套,完成年度任务的85.6%;其中配建623套、收购存量商品房480套、长租609套;发放人才租房补贴9860万元,惠及人才1.18万人。",
    targets=[M("2000套", 2000, "套", "筹集人才安居住房"),
             M("1.2亿元", 1.2, "亿元", "发放人才租房补贴")],
    actuals=[M("2000套", 2000, "套", "年度任务筹集人才安居住房(restated target)"),
             M("1712套", 1712, "套", "筹集人才安居住房", period=P),
             M("85.6%", 85.6, "%", "完成年度任务的(比例)", period=P),
             M("623套", 623, "套", "配建", period=P),
             M("480套", 480, "套", "收购存量商品房", period=P),
             M("609套", 609, "套", "长租", period=P),
             M("9860万元", 9860, "万元", "发放人才租房补贴", period=P),
             M("1.18万人", 1.18, "万人", "补贴惠及人才", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="年度任务为2000套 restates the target. 1712/2000 = 0.856 (the stated 85.6%); 配建, 收购 and 长租 (623 + 480 + 609 = 1712) are its parts, not added again. 9860万元 against 1.2亿元: 0.8217. 1.18万人 counts recipients.")

# 23 城中村 year series: 分别 over 2022, 2023 and this year; 三年 as duration (task other, progress actual); preparation
row("区城中村改造工作指挥部、区住房和城乡建设局",
    "实施城中村改造三年行动,今年完成房屋征收4000户、新开工安置房5000套。",
    "2022年、2023年和今年1-11月,全区城中村改造分别完成房屋征收3126户、3870户和3654户,三年累计征收10650户;今年新开工安置房4280套,另有920套已完成施工图设计,待办理施工许可。",
    targets=[M("4000户", 4000, "户", "完成房屋征收"),
             M("5000套", 5000, "套", "新开工安置房")],
    other=[O("三年", 3, "年", "duration (三年行动)")],
    actuals=[M("3126户", 3126, "户", "2022年完成房屋征收", period="2022年"),
             M("3870户", 3870, "户", "2023年完成房屋征收", period="2023年"),
             M("3654户", 3654, "户", "今年完成房屋征收", period="1-11月"),
             M("三年", 3, "年", "累计征收的期间(duration)"),
             M("10650户", 10650, "户", "三年累计征收"),
             M("4280套", 4280, "套", "今年新开工安置房", period="今年"),
             M("920套", 920, "套", "完成施工图设计的安置房(preparation)")],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="A year series with 分别: only this year's element answers, 3654/4000 = 0.9135; 2022 and 2023 are earlier years and 三年累计10650户 spans all three (would-be 2.6625). 4280/5000 = 0.856; the 920套 have only a design and await permits (would-be sum 1.04).")

# 24 危旧房 (Chinese numerals): 十五万平方米 against 平方米, 栋 without target, 二百栋 answered by 一百八十六栋
row("市住房和城乡建设局、市房屋征收管理办公室",
    "拆除城镇危旧房屋十五万平方米,完成C级危房加固改造二百栋。",
    "已拆除危旧房屋1286栋、面积132400平方米;完成C级危房加固改造一百八十六栋,其余十四栋因产权纠纷暂未实施。",
    targets=[M("十五万平方米", 15, "万平方米", "拆除城镇危旧房屋"),
             M("二百栋", 200, "栋", "C级危房加固改造")],
    actuals=[M("1286栋", 1286, "栋", "已拆除危旧房屋"),
             M("132400平方米", 132400, "平方米", "已拆除危旧房屋面积"),
             M("一百八十六栋", 186, "栋", "完成C级危房加固改造"),
             M("十四栋", 14, "栋", "暂未实施加固的危房")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Chinese numerals in the task and the progress. 132400平方米 against 十五万平方米: 0.8827; the count 1286栋 is another unit of the same demolition (no count target). 186/200 = 0.93; the 14 not carried out do not count. C级 is a grade label.")

# 25 口袋公园: 各 over 中心城区 and 县城 (two targets on one span), an elided subject, named parks not counted
row("市城市管理局、各县(市)人民政府",
    "中心城区和县城新建口袋公园各10个以上,新建改造城市公园5个。",
    "中心城区新建口袋公园14个,县城新建8个,另有县城3个正在进行绿化种植;完成人民公园、滨河公园提升改造,新建的湿地公园、体育公园、儿童公园主体已完工。",
    targets=[M("各10个", 10, "个", "中心城区新建口袋公园", bound="min"),
             M("各10个", 10, "个", "县城新建口袋公园", bound="min"),
             M("5个", 5, "个", "新建改造城市公园")],
    actuals=[M("14个", 14, "个", "中心城区新建口袋公园"),
             M("8个", 8, "个", "县城新建口袋公园"),
             M("3个", 3, "个", "县城正在绿化种植的口袋公园")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="各10个以上 over two places is two targets: 14/10 = 1.4; 县城新建8个 elides 口袋公园, 8/10 = 0.8, the 3 still being planted do not count (would-be sum 1.1). The city parks are named, not counted (two renovated, three new with only the main works done): unpaired (would-be 1.0 if all five were counted).")

# 26 市政设施: A、B均 in the progress answers two separate rate targets; 大中修 with repair items without target
P = "全年"
row("市城市管理局(市政设施管理中心)",
    "城区主次干道路面完好率达到98%,道路照明设施亮灯率达到99%,完成市政道路大中修30万平方米。",
    "经季度考核,城区主次干道路面完好率、道路照明设施亮灯率均达到99%以上;全年完成市政道路大中修28.6万平方米,修补坑槽1.37万平方米,更换破损人行道板4.2万平方米。",
    targets=[M("98%", 98, "%", "城区主次干道路面完好率"),
             M("99%", 99, "%", "道路照明设施亮灯率"),
             M("30万平方米", 30, "万平方米", "市政道路大中修")],
    actuals=[M("99%", 99, "%", "路面完好率、道路照明设施亮灯率(均)"),
             M("28.6万平方米", 28.6, "万平方米", "完成市政道路大中修", period=P),
             M("1.37万平方米", 1.37, "万平方米", "修补坑槽", period=P),
             M("4.2万平方米", 4.2, "万平方米", "更换破损人行道板", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a1"]), ("t3", ["a2"])],
    note="A、B均达到99%以上: one mention states both rates, so it answers both targets (99/98 = 1.0102, 99/99 = 1.0); 以上 on an actual is not a bound. 28.6/30 = 0.9533; 坑槽 and 人行道板 are repair items with no target.")

# 27 绿道: a range target (lower end), built vs under construction, 预计全年 and 预计年底 forecasts
P = "截至10月底"
row("市园林绿化局、市自然资源和规划局",
    "新建城市绿道40—50公里,建成区绿地率达到38.5%。",
    "截至10月底,已建成绿道36.2公里,在建绿道18.5公里,预计全年可建成绿道52公里左右;建成区绿地率38.1%,预计年底可达38.6%。",
    targets=[M("40—50公里", 40, "公里", "新建城市绿道", bound="range", value_max=50),
             M("38.5%", 38.5, "%", "建成区绿地率")],
    actuals=[M("36.2公里", 36.2, "公里", "已建成绿道", period=P),
             M("18.5公里", 18.5, "公里", "在建绿道", period=P),
             M("52公里", 52, "公里", "预计全年建成绿道(forecast)", period="全年"),
             M("38.1%", 38.1, "%", "建成区绿地率", period=P),
             M("38.6%", 38.6, "%", "预计年底建成区绿地率(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="A range target is measured from its lower end: 36.2/40 = 0.905; the 18.5公里 under construction are not built; 预计全年52公里左右 is a forecast (would-be 1.3). 38.1/38.5 = 0.9896; the 38.6% expected by year end is a forecast (would-be 1.0026).")

# 28 背街小巷 (full-width digits): three 片区 in a 分别 list summed, 三个 as scope, a length without target, a tendered remainder
P = "截至１１月底"
row("市城市管理局、老城区、新城区、经济开发区管委会",
    "整治提升背街小巷１５０条。",
    "截至１１月底,老城、新城、开发区三个片区分别完成背街小巷整治６２条、４９条、２７条,涉及巷道总长度４６．８公里;其余１２条已完成设计和施工招标,计划１２月进场。",
    targets=[M("１５０条", 150, "条", "整治提升背街小巷")],
    actuals=[M("三个", 3, "个", "片区(scope)"),
             M("６２条", 62, "条", "老城完成背街小巷整治", period=P),
             M("４９条", 49, "条", "新城完成背街小巷整治", period=P),
             M("２７条", 27, "条", "开发区完成背街小巷整治", period=P),
             M("４６．８公里", 46.8, "公里", "整治巷道总长度", period=P),
             M("１２条", 12, "条", "已完成设计和招标的背街小巷(preparation)")],
    pairs=[("t1", ["a2", "a3", "a4"])],
    note="Full-width digits. The city target is met by the three 片区 parts: 62 + 49 + 27 = 138条 (combine sum, 0.92). The other 12 are only designed and tendered, 进场 in １２月 (would-be sum 1.0). The length has no target.")

# 29 房管局: 供应 answered by 批准预售 (approx bound), a fall, 存量房 套 and 面积 with 同比分别增长 (elided subjects)
P = "1-11月"
row("市房产管理局、市自然资源和规划局",
    "商品住宅供应面积控制在300万平方米左右,存量房(二手房)交易面积增长10%。",
    "1-11月,全市批准预售商品住宅面积268.4万平方米,同比下降12.3%;存量房交易1.46万套、面积152.8万平方米,同比分别增长14.2%和11.6%。",
    targets=[M("300万平方米", 300, "万平方米", "商品住宅供应面积", bound="approx"),
             M("10%", 10, "%", "存量房(二手房)交易面积", kind="growth")],
    actuals=[M("268.4万平方米", 268.4, "万平方米", "批准预售商品住宅面积", period=P),
             M("12.3%", 12.3, "%", "批准预售面积同比下降", kind="reduction", period=P),
             M("1.46万套", 1.46, "万套", "存量房交易套数", period=P),
             M("152.8万平方米", 152.8, "万平方米", "存量房交易面积", period=P),
             M("14.2%", 14.2, "%", "存量房交易套数同比增长", kind="growth", period=P),
             M("11.6%", 11.6, "%", "存量房交易面积同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="New housing supply is measured by 批准预售 area: 268.4/300 = 0.8947 after eleven months; its fall 12.3% has no growth target. 同比分别增长 maps in order to 套 and 面积: the area growth answers, 11.6/10 = 1.16; the count growth 14.2% is another measure (would-be 1.42).")

# 30 住房公積金 (traditional): growth target answered by the growth, 萬人 new depositors with a 其中 part, 筆 beside 億元
P = "前三季度"
row("市住房公積金管理中心",
    "住房公積金繳存額增長8%,新增繳存職工3萬人,發放個人住房貸款40億元。",
    "前三季度,全市住房公積金繳存額48.62億元,同比增長6.4%;新開戶單位1286家,新增繳存職工2.47萬人,其中靈活就業人員3120人;發放個人住房貸款31.85億元、4216筆,貸款額同比增長9.7%。",
    targets=[M("8%", 8, "%", "住房公積金繳存額", kind="growth"),
             M("3萬人", 3, "萬人", "新增繳存職工"),
             M("40億元", 40, "億元", "發放個人住房貸款")],
    actuals=[M("48.62億元", 48.62, "億元", "住房公積金繳存額", period=P),
             M("6.4%", 6.4, "%", "繳存額同比增長", kind="growth", period=P),
             M("1286家", 1286, "家", "新開戶單位", period=P),
             M("2.47萬人", 2.47, "萬人", "新增繳存職工", period=P),
             M("3120人", 3120, "人", "新增繳存的靈活就業人員", period=P),
             M("31.85億元", 31.85, "億元", "發放個人住房貸款", period=P),
             M("4216筆", 4216, "筆", "發放個人住房貸款筆數", period=P),
             M("9.7%", 9.7, "%", "貸款額同比增長", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. Growth 6.4/8 = 0.8; the level 48.62億元 has no level target. 2.47/3 = 0.8233 (靈活就業3120人 is its part). 31.85/40 = 0.7963 after three quarters; the loan growth 9.7% has no growth target.")

# 31 老旧街区 (nothing answers): only planning, a survey of households; 三个 restates the scope
row("市城市更新局、北门、西关、东湖片区指挥部",
    "开工建设老旧街区改造片区3个,改造面积45万平方米,年度计划投资12亿元。",
    "北门、西关、东湖三个片区已完成城市更新专项规划编制,其中北门片区实施方案已经市政府常务会议审议通过,正在开展征收前期入户摸底,已摸底860户;西关、东湖片区正在进行城市设计方案征集。",
    targets=[M("3个", 3, "个", "开工建设老旧街区改造片区"),
             M("45万平方米", 45, "万平方米", "改造面积"),
             M("12亿元", 12, "亿元", "年度计划投资")],
    actuals=[M("三个", 3, "个", "片区(scope, restated)"),
             M("860户", 860, "户", "征收前期入户摸底(preparation)")],
    note="Nothing answers: 三个片区 restates the scope and none has started works (only 规划编制, 实施方案 approval, 入户摸底 and a design competition), so 开工 is unpaired (would-be 1.0 if planning counted). No area or investment is reported; 860户 is a preparatory survey.")

# 32 厨余垃圾: phase one running answers the capacity, phase two still commissioning, 日均 beside the total, a held 100%
P = "1-10月"
row("市城市管理局、市环境集团",
    "新增厨余垃圾处理能力300吨/日,城市生活垃圾无害化处理率保持100%,生活垃圾回收利用率达到35%。",
    "城东厨余垃圾处理厂一期200吨/日已于8月投入运行,二期100吨/日完成设备安装,正在调试;1-10月,全市生活垃圾清运量86.4万吨,日均2842吨,无害化处理率100%;回收利用率36.2%。",
    targets=[M("300吨/日", 300, "吨/日", "新增厨余垃圾处理能力"),
             M("100%", 100, "%", "城市生活垃圾无害化处理率"),
             M("35%", 35, "%", "生活垃圾回收利用率")],
    actuals=[M("200吨/日", 200, "吨/日", "一期投入运行的厨余垃圾处理能力"),
             M("100吨/日", 100, "吨/日", "二期正在调试的处理能力"),
             M("86.4万吨", 86.4, "万吨", "生活垃圾清运量", period=P),
             M("2842吨", 2842, "吨", "日均生活垃圾清运量", period=P),
             M("100%", 100, "%", "无害化处理率", period=P),
             M("36.2%", 36.2, "%", "回收利用率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Only 一期 is in operation: 200/300 = 0.6667; 二期 is still being commissioned (would-be sum 1.0). 100/100 = 1.0; 36.2/35 = 1.0343 (subject elided). 清运量 and its daily mean have no target. 一期/二期 are labels, 8月 a date.")

# 33 瓶改管: total stated by the text (合计), 万户 + 户 parts, the 其中 target answered only by a broader class
P = "截至11月底"
row("市城市管理局(燃气管理办公室)、市燃气集团",
    "实施“瓶改管”工程,新增管道燃气用户1.5万户,其中餐饮用户800户。",
    "截至11月底,新增管道燃气居民用户1.26万户、餐饮等工商用户932户,合计13532户;取缔非法液化气供应点17个。",
    targets=[M("1.5万户", 1.5, "万户", "新增管道燃气用户"),
             M("800户", 800, "户", "新增管道燃气餐饮用户")],
    actuals=[M("1.26万户", 1.26, "万户", "新增管道燃气居民用户", period=P),
             M("932户", 932, "户", "新增餐饮等工商用户", period=P),
             M("13532户", 13532, "户", "新增管道燃气用户合计", period=P),
             M("17个", 17, "个", "取缔非法液化气供应点", period=P)],
    pairs=[("t1", ["a3"])],
    note="The text gives the sum itself: 13532户 against 1.5万户 (0.9021); its parts 1.26万户 + 932户 are not added again. The 餐饮 sub-target is only answered by 餐饮等工商用户, a broader class: unpaired (would-be 1.165). “瓶改管” is a slogan.")

# 34 自建房: two units (栋, 万户) in one 分别 pair of rates, hazards found vs rectified, 累计 within the campaign
row("市自建房安全专项整治工作领导小组办公室、市住房和城乡建设局",
    "开展城乡自建房安全专项整治,完成经营性自建房排查1.8万栋、农村自建房排查12万户。",
    "全市累计排查经营性自建房18642栋、农村自建房12.35万户,排查率分别为103.6%和102.9%;排查发现存在安全隐患的经营性自建房426栋,已完成整治381栋,整治率89.4%。",
    targets=[M("1.8万栋", 1.8, "万栋", "经营性自建房排查"),
             M("12万户", 12, "万户", "农村自建房排查")],
    actuals=[M("18642栋", 18642, "栋", "累计排查经营性自建房"),
             M("12.35万户", 12.35, "万户", "累计排查农村自建房"),
             M("103.6%", 103.6, "%", "经营性自建房排查率"),
             M("102.9%", 102.9, "%", "农村自建房排查率"),
             M("426栋", 426, "栋", "存在安全隐患的经营性自建房"),
             M("381栋", 381, "栋", "已完成整治的经营性自建房"),
             M("89.4%", 89.4, "%", "整治率")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="18642栋 against 1.8万栋: 1.0357; 12.35/12 = 1.0292 (the 分别 rates restate them as shares). 累计 here counts within the campaign. Hazards found (426栋) and rectified (381栋, 89.4%) have no target.")

# 35 海绵城市: a share-of-area target answered by the stock share, 今年 新增 vs 累计, a remainder moved to next year
row("市住房和城乡建设局(海绵城市建设办公室)、市水务局",
    "建成区40%以上面积达到海绵城市建设要求,新增海绵城市达标面积12平方公里,消除城市易涝积水点15处。",
    "今年新增海绵城市达标面积10.8平方公里,全市累计达标面积68.6平方公里,占建成区面积的41.2%;已完成易涝积水点整治11处,其余4处纳入明年汛前工程。",
    targets=[M("40%", 40, "%", "建成区达到海绵城市建设要求的面积比例", bound="min"),
             M("12平方公里", 12, "平方公里", "新增海绵城市达标面积"),
             M("15处", 15, "处", "消除城市易涝积水点")],
    actuals=[M("10.8平方公里", 10.8, "平方公里", "今年新增海绵城市达标面积", period="今年"),
             M("68.6平方公里", 68.6, "平方公里", "累计达标面积(stock)"),
             M("41.2%", 41.2, "%", "累计达标面积占建成区面积的比例"),
             M("11处", 11, "处", "已完成易涝积水点整治"),
             M("4处", 4, "处", "纳入明年汛前工程的积水点")],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a4"])],
    note="The 40% share is a state of the whole built-up area, answered by the stock share 41.2% (1.03). The annual 新增 is answered by 今年10.8平方公里 (0.9), not the stock 68.6 (would-be 5.7167). 11/15 = 0.7333; the 4 moved to next year do not count.")

# 36 老旧小区配套 (full-width digits): 停车位 and 充电端口, a three-item 分别 list summed for a combined facility target
P = "截至１０月底"
row("市住房和城乡建设局、市民政局、市卫生健康委、市商务局",
    "结合老旧小区改造,同步新增停车位３０００个、电动自行车充电端口５０００个,建设社区养老、托育、便民服务设施４０处。",
    "截至１０月底,改造小区内新增停车位２８６５个、电动自行车充电端口５４２０个;新建改造社区养老服务站、托育点、便民服务点分别为１８处、９处、１１处。",
    targets=[M("３０００个", 3000, "个", "同步新增停车位"),
             M("５０００个", 5000, "个", "电动自行车充电端口"),
             M("４０处", 40, "处", "社区养老、托育、便民服务设施")],
    actuals=[M("２８６５个", 2865, "个", "改造小区内新增停车位", period=P),
             M("５４２０个", 5420, "个", "电动自行车充电端口", period=P),
             M("１８处", 18, "处", "新建改造社区养老服务站", period=P),
             M("９处", 9, "处", "新建改造托育点", period=P),
             M("１１处", 11, "处", "新建改造便民服务点", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3", "a4", "a5"])],
    note="Full-width digits. 2865/3000 = 0.955; 5420/5000 = 1.084. The combined facility target is met by the 分别 list's sum: 18 + 9 + 11 = 38处 (combine sum, 0.95).")

# 37 自然资源和规划局: 亩 target vs 公顷 actuals, 出让 + 划拨 summed for 供应, the 其中 保障 part, a planned listing (约)
P = "1-11月"
row("市自然资源和规划局",
    "供应住宅用地3000亩,其中保障性住房用地不少于300亩。",
    "1-11月,全市共出让住宅用地42宗、面积168.5公顷,另划拨保障性住房用地11宗、23.6公顷;12月计划再挂牌住宅用地8宗、约380亩。",
    targets=[M("3000亩", 3000, "亩", "供应住宅用地"),
             M("300亩", 300, "亩", "保障性住房用地", bound="min")],
    actuals=[M("42宗", 42, "宗", "出让住宅用地宗数", period=P),
             M("168.5公顷", 168.5, "公顷", "出让住宅用地面积", period=P),
             M("11宗", 11, "宗", "划拨保障性住房用地宗数", period=P),
             M("23.6公顷", 23.6, "公顷", "划拨保障性住房用地面积", period=P),
             M("8宗", 8, "宗", "12月计划挂牌住宅用地宗数"),
             M("380亩", 380, "亩", "12月计划挂牌住宅用地面积(forecast)")],
    pairs=[("t1", ["a2", "a4"]), ("t2", ["a4"])],
    note="供应 covers both 出让 and 划拨: 168.5 + 23.6 = 192.1公顷 against 3000亩 (亩 = 666.67 m²; combine sum, 0.9605). The 保障 part 23.6公顷 against 300亩: 1.18. The 约380亩 only planned for 12月 is a forecast (would-be sum 1.0872). 宗 counts parcels.")

# 38 供熱/燃氣 (traditional): 公里 and 萬平方米 targets, a city-wide stock, a remainder under construction (forecast)
row("市城市管理局、市熱力集團、市燃氣集團",
    "新建改造供熱管網45公里,新增集中供熱面積300萬平方米,更新改造老舊燃氣管網120公里。",
    "供熱管網新建改造完成41.3公里,供熱季前已全部完成打壓試水;新增集中供熱面積286.5萬平方米,全市集中供熱面積達到6820萬平方米;老舊燃氣管網改造已完成98.6公里,其餘21.4公里正在施工,預計12月底前完工。",
    targets=[M("45公里", 45, "公里", "新建改造供熱管網"),
             M("300萬平方米", 300, "萬平方米", "新增集中供熱面積"),
             M("120公里", 120, "公里", "更新改造老舊燃氣管網")],
    actuals=[M("41.3公里", 41.3, "公里", "供熱管網新建改造完成"),
             M("286.5萬平方米", 286.5, "萬平方米", "新增集中供熱面積"),
             M("6820萬平方米", 6820, "萬平方米", "全市集中供熱面積(stock)"),
             M("98.6公里", 98.6, "公里", "老舊燃氣管網改造已完成"),
             M("21.4公里", 21.4, "公里", "正在施工的燃氣管網(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Traditional characters. 41.3/45 = 0.9178; 286.5/300 = 0.955 (6820萬平方米 is the city-wide stock). 98.6/120 = 0.8217; the 21.4公里 still under construction are only expected by 12月底 (would-be sum 1.0).")

# 39 绿廊 (nothing answers): design and tender done, site clearing, restated targets, a forecast date
row("市园林绿化局、市城市建设投资集团",
    "建成城市中央绿廊一期,新增绿地面积25公顷,新建慢行步道8公里。",
    "中央绿廊一期已完成方案设计和施工招标,11月中旬施工单位进场,目前正在进行场地清表和土方平整;年度任务为新增绿地面积25公顷、慢行步道8公里,受征地拆迁滞后影响,预计明年4月完成主体绿化。",
    targets=[M("25公顷", 25, "公顷", "新增绿地面积"),
             M("8公里", 8, "公里", "新建慢行步道")],
    actuals=[M("25公顷", 25, "公顷", "年度任务新增绿地面积(restated target)"),
             M("8公里", 8, "公里", "年度任务慢行步道(restated target)")],
    note="Nothing answers: the work is only at 场地清表 and 土方平整 after design and tender; 年度任务为… restates both targets, which do not answer themselves. 一期 is a label; 11月中旬 and 明年4月 are dates.")

# 40 安置房: 竣工 (weaker) vs 交付 (answers 竣工交付), 选房 as a step before 回迁入住, projects as scope
P = "今年"
row("区房屋征收与补偿中心、区安居建设公司",
    "安置房竣工交付3600套,实现回迁入住2000户。",
    "今年竣工的安置房项目共7个、3412套,其中已完成分户验收并交付3180套;已组织选房2864户,办理回迁入住手续1735户。",
    targets=[M("3600套", 3600, "套", "安置房竣工交付"),
             M("2000户", 2000, "户", "回迁入住")],
    actuals=[M("7个", 7, "个", "今年竣工的安置房项目", period=P),
             M("3412套", 3412, "套", "今年竣工安置房", period=P),
             M("3180套", 3180, "套", "已分户验收并交付的安置房", period=P),
             M("2864户", 2864, "户", "已组织选房"),
             M("1735户", 1735, "户", "办理回迁入住手续")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="竣工交付 asks for handover: 3180/3600 = 0.8833; 竣工3412套 is a weaker status (would-be 0.9478). 回迁入住 1735/2000 = 0.8675; 选房2864户 is an earlier step (would-be 1.432).")


probe.write(Path(__file__).with_name("probe-housing.gold.jsonl"))
