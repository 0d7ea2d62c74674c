"""Writes probe-transport.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's or province's
transport progress table (交通运输局, 港航局/港口集团, 机场集团, 口岸办, 邮政管理局, 轨道交通集团,
公交集团) or a statistical bulletin's transport section: the task is the year's target (港口货物吞吐量
万吨/亿吨, 集装箱吞吐量 万标箱, 机场旅客吞吐量 万人次, 货邮吞吐量 万吨, 铁路/公路客运量 货运量,
快递业务量 亿件 and 业务收入, 公交线路 条, 新能源公交车 辆 and 占比, 公交分担率, 轨道交通运营里程 and
日均客运量, 农村公路 公里, 物流企业, 多式联运, 中欧班列 列, 泊位 个, 航线 条, 停车泊位, 充电桩), the
progress is what the bureau reported (完成X, 同比增长X%, elided subjects, 其中 parts, 分别 lists,
A、B均 coordination, a year series 2021—2024年分别为…, 预计全年 forecasts, the target restated,
上年同期 baselines, 日均 beside totals, 万标箱 vs 标箱, 亿件 vs 万件, 万人次 vs 人次, 占全年目标的X%
completion shares, ranks 排名全国第X位, 较上年净增, 开通 vs 试运行, 在建, 通车 vs 贯通, sums of parts
answering a combined target, and rows where nothing answers). The departments in charge are the
row's owners. Five rows are in traditional characters; some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated (dates, route
and line names such as 3号线, ranks, grade labels 5A级, ordinals 第3条, and phase labels 一期/二期/三期
are left deliberately).
Run: cd tests/cases && python make_probe_transport.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe18")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Transport, port, aviation, rail, transit and postal progress tables of a city or province (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 港航局: 亿吨 target vs 万吨 actual, growth target, 外贸/内贸 parts, 外贸集装箱 part
P = "1-10月"
row("市港航管理局、市港口集团",
    "港口货物吞吐量达到2.6亿吨,增长5%以上;集装箱吞吐量突破300万标箱。",
    "1-10月,全港完成货物吞吐量21863万吨,同比增长6.2%,其中外贸吞吐量7420万吨、内贸吞吐量14443万吨;完成集装箱吞吐量251.6万标箱,同比增长9.8%,其中外贸集装箱86.3万标箱。",
    targets=[M("2.6亿吨", 2.6, "亿吨", "港口货物吞吐量"),
             M("5%", 5, "%", "港口货物吞吐量", kind="growth", bound="min"),
             M("300万标箱", 300, "万标箱", "集装箱吞吐量", bound="min")],
    actuals=[M("21863万吨", 21863, "万吨", "货物吞吐量", period=P),
             M("6.2%", 6.2, "%", "货物吞吐量同比增长", kind="growth", period=P),
             M("7420万吨", 7420, "万吨", "外贸吞吐量", period=P),
             M("14443万吨", 14443, "万吨", "内贸吞吐量", period=P),
             M("251.6万标箱", 251.6, "万标箱", "集装箱吞吐量", period=P),
             M("9.8%", 9.8, "%", "集装箱吞吐量同比增长", kind="growth", period=P),
             M("86.3万标箱", 86.3, "万标箱", "外贸集装箱吞吐量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="21863万吨 against 2.6亿吨 (0.8409, ten months of the year); its 外贸/内贸 parts (7420 + 14443 = 21863) are not added again. Growth 6.2/5 = 1.24. 251.6/300 = 0.8387; 外贸集装箱86.3万标箱 is a part. The container growth 9.8% has no target (the growth target is for cargo).")

# 2 港口集团: 万标箱 target vs 标箱 actual, 日均, elided subject of the growth, restated target and completion share
P = "截至11月30日"
row("市港口集团",
    "集装箱吞吐量完成180万标箱,同比增长10%。",
    "截至11月30日,港口集装箱吞吐量累计完成1652300标箱,日均完成4947标箱,同比增长11.4%,已完成年度目标180万标箱的91.8%。",
    targets=[M("180万标箱", 180, "万标箱", "集装箱吞吐量"),
             M("10%", 10, "%", "集装箱吞吐量", kind="growth")],
    actuals=[M("1652300标箱", 1652300, "标箱", "集装箱吞吐量累计", period=P),
             M("4947标箱", 4947, "标箱", "集装箱吞吐量日均", period=P),
             M("11.4%", 11.4, "%", "集装箱吞吐量同比增长", kind="growth", period=P),
             M("180万标箱", 180, "万标箱", "年度目标(restated target)"),
             M("91.8%", 91.8, "%", "完成年度目标的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="1652300标箱 against 180万标箱 (0.9179, the stated 91.8%, a completion share that is not itself an amount). 累计 here is year to date (截至11月30日, a date). The daily mean 4947标箱 is not the total. 同比增长11.4% has its subject elided (the throughput): 11.4/10 = 1.14. 180万标箱 in the progress restates the target and does not answer itself.")

# 3 机场集团: 万人次 and 万吨, recovery share, international part, movements without target, routes summed
P = "1-11月"
row("市机场集团、市口岸办",
    "机场旅客吞吐量达到1200万人次,货邮吞吐量10万吨以上,新开通国内外航线8条。",
    "1-11月,机场完成旅客吞吐量1086.4万人次,同比增长18.7%,恢复至2019年同期的112%;货邮吞吐量8.92万吨,同比增长6.3%,其中国际货邮2.14万吨;完成航班起降8.36万架次。今年新开通国内航线6条、国际及地区航线2条,通航城市达到106个。",
    targets=[M("1200万人次", 1200, "万人次", "机场旅客吞吐量"),
             M("10万吨", 10, "万吨", "货邮吞吐量", bound="min"),
             M("8条", 8, "条", "新开通国内外航线")],
    actuals=[M("1086.4万人次", 1086.4, "万人次", "旅客吞吐量", period=P),
             M("18.7%", 18.7, "%", "旅客吞吐量同比增长", kind="growth", period=P),
             M("112%", 112, "%", "旅客吞吐量恢复至2019年同期的(比例)", period=P),
             M("8.92万吨", 8.92, "万吨", "货邮吞吐量", period=P),
             M("6.3%", 6.3, "%", "货邮吞吐量同比增长", kind="growth", period=P),
             M("2.14万吨", 2.14, "万吨", "国际货邮吞吐量", period=P),
             M("8.36万架次", 8.36, "万架次", "航班起降", period=P),
             M("6条", 6, "条", "今年新开通国内航线", period="今年"),
             M("2条", 2, "条", "今年新开通国际及地区航线", period="今年"),
             M("106个", 106, "个", "通航城市(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a8", "a9"])],
    note="1086.4/1200 = 0.9053; 112% is a recovery share against 2019 (a year), not an amount. 8.92/10 = 0.892; 国际货邮 is its part. The combined 国内外航线 target is met by the sum 6 + 2 = 8 (combine sum, 1.0). 航班起降 and 通航城市 have no target.")

# 4 铁路: A、B均 coordination answers the railway growth, 其中 level, a fall in freight, completion share
P = "前三季度"
row("市交通运输局、铁路车务段",
    "铁路旅客发送量增长8%,铁路货物发送量达到3500万吨。",
    "前三季度,全市铁路、公路旅客发送量均增长12%以上,其中铁路旅客发送量2386万人次;铁路货物发送量完成2614万吨,同比下降2.1%,完成全年目标的74.7%。",
    targets=[M("8%", 8, "%", "铁路旅客发送量", kind="growth"),
             M("3500万吨", 3500, "万吨", "铁路货物发送量")],
    actuals=[M("12%", 12, "%", "铁路、公路旅客发送量均增长(以上)", kind="growth", period=P),
             M("2386万人次", 2386, "万人次", "铁路旅客发送量", period=P),
             M("2614万吨", 2614, "万吨", "铁路货物发送量", period=P),
             M("2.1%", 2.1, "%", "铁路货物发送量同比下降", kind="reduction", period=P),
             M("74.7%", 74.7, "%", "完成全年目标的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="均增长12%以上 coordinates 铁路 and 公路: the one mention gives the railway growth (12/8 = 1.5; 以上 on an actual is not a bound). The level 2386万人次 has no level target. 2614/3500 = 0.7469 (the stated 74.7% is a completion share, not paired). The freight fall 2.1% has no growth target.")

# 5 邮政管理局: 寄递 (broader) vs 快递, 业务收入, rank, 日均 in 万件 against 亿件
P = "1-10月"
row("市邮政管理局、市商务局",
    "快递业务量达到8.5亿件,快递业务收入突破60亿元。",
    "1-10月,全市邮政行业寄递业务量累计完成7.82亿件,其中快递业务量完成7.16亿件,同比增长21.3%,业务量排名全国第19位;快递业务收入完成51.26亿元,同比增长14.6%。全市日均快递业务量235.5万件。",
    targets=[M("8.5亿件", 8.5, "亿件", "快递业务量"),
             M("60亿元", 60, "亿元", "快递业务收入", bound="min")],
    actuals=[M("7.82亿件", 7.82, "亿件", "邮政行业寄递业务量", period=P),
             M("7.16亿件", 7.16, "亿件", "快递业务量", period=P),
             M("21.3%", 21.3, "%", "快递业务量同比增长", kind="growth", period=P),
             M("51.26亿元", 51.26, "亿元", "快递业务收入", period=P),
             M("14.6%", 14.6, "%", "快递业务收入同比增长", kind="growth", period=P),
             M("235.5万件", 235.5, "万件", "日均快递业务量")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="快递业务量 7.16/8.5 = 0.8424; the 寄递业务量 7.82亿件 is the broader postal-industry aggregate (would-be 0.92). 51.26/60 = 0.8543. The daily mean 235.5万件 is not the total. 排名全国第19位 is a rank.")

# 6 郵政 (traditional): growth, 累計 stock vs 今年新建, coverage share without target
P = "今年以來"
row("市郵政管理局、市交通運輸局",
    "快遞業務量增長15%,新建村級寄遞物流綜合服務站300個。",
    "今年以來,全市快遞業務量完成3.68億件,同比增長17.2%;累計建成村級寄遞物流綜合服務站412個,其中今年新建286個,建制村覆蓋率達到93.5%。",
    targets=[M("15%", 15, "%", "快遞業務量", kind="growth"),
             M("300個", 300, "個", "新建村級寄遞物流綜合服務站")],
    actuals=[M("3.68億件", 3.68, "億件", "快遞業務量", period=P),
             M("17.2%", 17.2, "%", "快遞業務量同比增長", kind="growth", period=P),
             M("412個", 412, "個", "累計建成村級寄遞物流綜合服務站(stock)"),
             M("286個", 286, "個", "今年新建村級寄遞物流綜合服務站", period="今年"),
             M("93.5%", 93.5, "%", "建制村覆蓋率")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. Growth 17.2/15 = 1.1467; the level 3.68億件 has no level target. 新建 is answered by 今年新建286個 (0.9533), not by the stock 累計412個 (would-be 1.3733). The coverage rate has no target.")

# 7 公交集团: 新开通 + 优化 summed by the text (合计), buses delivered vs tendered, stock and share
P = "截至10月底"
row("市交通运输局、市公交集团",
    "新开通优化公交线路20条,新增更新新能源公交车300辆,新能源公交车占比达到95%以上。",
    "截至10月底,新开通公交线路12条、优化调整公交线路9条,合计21条;新增新能源公交车218辆,另有80辆已完成招标、预计12月交付;全市新能源公交车达到2146辆,占公交车总数的96.2%。",
    targets=[M("20条", 20, "条", "新开通优化公交线路"),
             M("300辆", 300, "辆", "新增更新新能源公交车"),
             M("95%", 95, "%", "新能源公交车占比", bound="min")],
    actuals=[M("12条", 12, "条", "新开通公交线路", period=P),
             M("9条", 9, "条", "优化调整公交线路", period=P),
             M("21条", 21, "条", "新开通优化公交线路合计", period=P),
             M("218辆", 218, "辆", "新增新能源公交车", period=P),
             M("80辆", 80, "辆", "已招标预计12月交付的新能源公交车(forecast)"),
             M("2146辆", 2146, "辆", "全市新能源公交车(stock)", period=P),
             M("96.2%", 96.2, "%", "新能源公交车占公交车总数的比例", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="The combined 新开通优化 target is answered by the text's own 合计21条 (1.05; = 12 + 9, not added again). 218/300 = 0.7267; the 80 buses only tendered and expected in 12月 do not count (would-be sum 0.9933). 96.2/95 = 1.0126. The stock 2146辆 has no target.")

# 8 分担率: survey result for 上半年 answers, 提高 in 个百分点, the other rate only forecast
P = "上半年"
row("市交通运输局",
    "中心城区公共交通机动化出行分担率达到60%,绿色出行比例达到75%以上。",
    "据第三方调查,上半年中心城区公共交通机动化出行分担率为58.4%,较上年提高1.6个百分点;绿色出行比例预计全年可达76%。",
    targets=[M("60%", 60, "%", "公共交通机动化出行分担率"),
             M("75%", 75, "%", "绿色出行比例", bound="min")],
    actuals=[M("58.4%", 58.4, "%", "公共交通机动化出行分担率", period=P),
             M("1.6个百分点", 1.6, "个百分点", "分担率较上年提高", kind="growth", period=P),
             M("76%", 76, "%", "预计全年绿色出行比例(forecast)", period="全年")],
    pairs=[("t1", ["a1"])],
    note="58.4/60 = 0.9733; 提高1.6个百分点 is the change on last year. 绿色出行比例 is only forecast for the year (预计全年…76%): unpaired (would-be 1.0133). 第三方 is not a count.")

# 9 轨道交通: stock length answers the stock target, 日均 answers the daily target (not the total or the peak), opening only planned
P = "1-10月"
row("市轨道交通集团、市交通运输局",
    "轨道交通运营里程达到220公里,日均客运量突破150万人次,4号线一期年底前开通初期运营。",
    "随着3号线二期于6月28日开通,全市城市轨道交通运营线路增至6条,运营里程达到208.6公里;1-10月,线网累计完成客运量4.52亿人次,日均客运量148.7万人次,同比增长9.4%,最高日客运量达到196.3万人次。4号线一期已完成全部空载试运行,计划12月底开通初期运营。",
    targets=[M("220公里", 220, "公里", "轨道交通运营里程"),
             M("150万人次", 150, "万人次", "日均客运量", bound="min")],
    actuals=[M("6条", 6, "条", "轨道交通运营线路(stock)"),
             M("208.6公里", 208.6, "公里", "运营里程"),
             M("4.52亿人次", 4.52, "亿人次", "线网累计客运量", period=P),
             M("148.7万人次", 148.7, "万人次", "日均客运量", period=P),
             M("9.4%", 9.4, "%", "日均客运量同比增长", kind="growth", period=P),
             M("196.3万人次", 196.3, "万人次", "最高日客运量", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="208.6/220 = 0.9482. The daily target is answered by the mean 148.7万人次 (0.9913), not by the 1-10月 total 4.52亿人次 or the single-day peak 196.3万人次 (would-be 1.3087). 4号线一期 has only finished 空载试运行 and is planned to open 12月底: no number. 3号线/4号线 are names, 一期/二期 labels, 6月28日 a date.")

# 10 农村公路: 其中 sub-targets answered by 其中 parts, 开工 vs 完工 bridges
row("市交通运输局、各县(市、区)人民政府",
    "新改建农村公路350公里,其中县道升级改造120公里、通村道路230公里;完成农村公路危桥改造20座。",
    "全年新改建农村公路362.8公里,其中县道升级改造108.5公里、通村道路254.3公里;危桥改造开工22座,已完工17座。",
    targets=[M("350公里", 350, "公里", "新改建农村公路"),
             M("120公里", 120, "公里", "县道升级改造"),
             M("230公里", 230, "公里", "通村道路"),
             M("20座", 20, "座", "完成农村公路危桥改造")],
    actuals=[M("362.8公里", 362.8, "公里", "新改建农村公路", period="全年"),
             M("108.5公里", 108.5, "公里", "县道升级改造", period="全年"),
             M("254.3公里", 254.3, "公里", "通村道路", period="全年"),
             M("22座", 22, "座", "危桥改造开工"),
             M("17座", 17, "座", "危桥改造已完工")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a5"])],
    note="362.8/350 = 1.0366; the 其中 parts answer the 其中 sub-targets (108.5/120 = 0.9042, 254.3/230 = 1.1057). 完成…危桥改造 is answered by the 17 finished (0.85), not by the 22 started (a weaker status, would-be 1.1).")

# 11 中欧班列: 分别 over 去程/回程, TEU carried without target, 海铁联运 trains vs volume
P = "1-11月"
row("市口岸办、市国际陆港集团",
    "开行中欧班列500列以上,其中回程班列不少于150列;开行海铁联运班列1200列。",
    "1-11月,累计开行中欧班列468列,同比增长15.3%,去程、回程分别开行312列和156列,发送货物4.1万标箱;开行海铁联运班列1086列,完成集装箱海铁联运量11.6万标箱。",
    targets=[M("500列", 500, "列", "开行中欧班列", bound="min"),
             M("150列", 150, "列", "回程班列", bound="min"),
             M("1200列", 1200, "列", "开行海铁联运班列")],
    actuals=[M("468列", 468, "列", "开行中欧班列", period=P),
             M("15.3%", 15.3, "%", "中欧班列开行同比增长", kind="growth", period=P),
             M("312列", 312, "列", "去程班列", period=P),
             M("156列", 156, "列", "回程班列", period=P),
             M("4.1万标箱", 4.1, "万标箱", "中欧班列发送货物", period=P),
             M("1086列", 1086, "列", "开行海铁联运班列", period=P),
             M("11.6万标箱", 11.6, "万标箱", "集装箱海铁联运量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="468/500 = 0.936 (累计 is year to date, 1-11月). 分别 maps 312/156 onto 去程/回程: 回程 156/150 = 1.04. 1086/1200 = 0.905; the TEU figures (4.1 and 11.6万标箱) are volumes, another measure.")

# 12 多式联运: level and growth, parts, forecast
P = "前三季度"
row("市交通运输局、市物流发展中心",
    "集装箱多式联运量达到25万标箱,增长20%。",
    "前三季度,全市完成集装箱多式联运量17.4万标箱,同比增长23.6%;其中铁水联运12.8万标箱、公铁联运4.6万标箱。预计全年完成24万标箱左右。",
    targets=[M("25万标箱", 25, "万标箱", "集装箱多式联运量"),
             M("20%", 20, "%", "集装箱多式联运量", kind="growth")],
    actuals=[M("17.4万标箱", 17.4, "万标箱", "集装箱多式联运量", period=P),
             M("23.6%", 23.6, "%", "集装箱多式联运量同比增长", kind="growth", period=P),
             M("12.8万标箱", 12.8, "万标箱", "铁水联运量", period=P),
             M("4.6万标箱", 4.6, "万标箱", "公铁联运量", period=P),
             M("24万标箱", 24, "万标箱", "预计全年集装箱多式联运量(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="17.4/25 = 0.696 (three quarters); 23.6/20 = 1.18. 铁水 and 公铁 are parts (12.8 + 4.6 = 17.4). 预计全年24万标箱左右 is a forecast (would-be 0.96).")

# 13 港口 (two port areas, no total): the combined target met by the sum, the combined growth not given
P = "1-9月"
row("市港航管理局、临江港区管委会、白沙港区管委会",
    "全市港口完成货物吞吐量1.1亿吨,增长3%。",
    "1-9月,临江港区完成货物吞吐量5126万吨,同比增长3.8%;白沙港区完成3398万吨,同比下降1.2%。",
    targets=[M("1.1亿吨", 1.1, "亿吨", "全市港口货物吞吐量"),
             M("3%", 3, "%", "全市港口货物吞吐量", kind="growth")],
    actuals=[M("5126万吨", 5126, "万吨", "临江港区货物吞吐量", period=P),
             M("3.8%", 3.8, "%", "临江港区货物吞吐量同比增长", kind="growth", period=P),
             M("3398万吨", 3398, "万吨", "白沙港区货物吞吐量", period=P),
             M("1.2%", 1.2, "%", "白沙港区货物吞吐量同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1", "a3"])],
    note="No city total is given: the two port areas make up the city's ports, so the sum 5126 + 3398 = 8524万吨 answers 1.1亿吨 (combine sum, 0.7749). The growth of the total cannot be summed from the areas' rates (3.8% and a 1.2% fall): t2 unpaired. The second 完成3398万吨 has its subject (货物吞吐量) elided.")

# 14 航线 各: 各3条 as two targets, stock of destinations, today's new ones
P = "今年"
row("市机场集团、市口岸办",
    "新开通国际货运航线、国内全货机航线各3条,国际及地区通航点达到25个。",
    "今年新开通国际货运航线2条,国内全货机航线4条;目前机场国际及地区通航点24个,其中今年新增3个。",
    targets=[M("各3条", 3, "条", "新开通国际货运航线"),
             M("各3条", 3, "条", "新开通国内全货机航线"),
             M("25个", 25, "个", "国际及地区通航点")],
    actuals=[M("2条", 2, "条", "新开通国际货运航线", period=P),
             M("4条", 4, "条", "新开通国内全货机航线", period=P),
             M("24个", 24, "个", "国际及地区通航点(stock)"),
             M("3个", 3, "个", "今年新增国际及地区通航点", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="各3条 is two targets of 3 each: 2/3 = 0.6667 and 4/3 = 1.3333 (the surplus on one route type does not make up the other). 达到25个 is a stock target: the stock 24个 answers (0.96), not the 3 added this year.")

# 15 停车与充电: 其中 parts, 在建 not built, city-wide stock in 万个
P = "截至11月底"
row("市交通运输局、市城市管理局、国网市供电公司",
    "新增公共停车泊位8000个,建成公共充电桩2000个,其中快充桩不少于800个。",
    "截至11月底,全市新增公共停车泊位8436个,其中路外停车泊位6210个、路内停车泊位2226个;建成公共充电桩1865个,其中快充桩912个,另有在建充电桩340个;全市公共充电桩累计达到1.26万个。",
    targets=[M("8000个", 8000, "个", "新增公共停车泊位"),
             M("2000个", 2000, "个", "建成公共充电桩"),
             M("800个", 800, "个", "快充桩", bound="min")],
    actuals=[M("8436个", 8436, "个", "新增公共停车泊位", period=P),
             M("6210个", 6210, "个", "路外停车泊位", period=P),
             M("2226个", 2226, "个", "路内停车泊位", period=P),
             M("1865个", 1865, "个", "建成公共充电桩", period=P),
             M("912个", 912, "个", "快充桩", period=P),
             M("340个", 340, "个", "在建充电桩", period=P),
             M("1.26万个", 1.26, "万个", "全市公共充电桩累计(stock)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="8436/8000 = 1.0545 (parts 6210 + 2226 not added again). 建成 1865/2000 = 0.9325; the 340 在建 are not built (would-be sum 1.1025). 快充 912/800 = 1.14. The stock 1.26万个 does not answer a 建成 target for the year.")

# 16 高速公路: 通车 vs 贯通 (only the opened section counts), investment with completion share and growth
row("市交通运输局、市高速公路建设指挥部",
    "高速公路新增通车里程45公里,全年完成交通固定资产投资180亿元。",
    "南环高速东段18.6公里已于9月建成通车;西延线26.4公里主线已贯通,正在进行交安设施施工,计划12月底通车。1-11月,全市完成交通固定资产投资163.7亿元,完成年度计划的90.9%,同比增长7.2%。",
    targets=[M("45公里", 45, "公里", "高速公路新增通车里程"),
             M("180亿元", 180, "亿元", "交通固定资产投资")],
    actuals=[M("18.6公里", 18.6, "公里", "南环高速东段建成通车"),
             M("26.4公里", 26.4, "公里", "西延线主线已贯通(not open)"),
             M("163.7亿元", 163.7, "亿元", "交通固定资产投资", period="1-11月"),
             M("90.9%", 90.9, "%", "完成年度计划的(比例)", period="1-11月"),
             M("7.2%", 7.2, "%", "交通固定资产投资同比增长", kind="growth", period="1-11月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="通车里程 is answered only by the section open to traffic, 18.6/45 = 0.4133; the 26.4公里 西延线 is 贯通 (structurally through) but opens only 12月底 (would-be sum 1.0). 163.7/180 = 0.9094 (the 90.9% share is not paired). The growth 7.2% has no target. 9月 and 12月底 are dates.")

# 17 year series with 分别为: the 2024 element answers, 年均增长 and the change of growth rate do not
P = "2021—2024年"
row("市港航管理局",
    "2024年全市港口集装箱吞吐量达到85万标箱。",
    "2021—2024年,全市港口集装箱吞吐量分别为52.3万标箱、61.8万标箱、73.5万标箱和86.9万标箱,年均增长18.4%;2024年增速较上年回落0.7个百分点。",
    targets=[M("85万标箱", 85, "万标箱", "港口集装箱吞吐量")],
    actuals=[M("52.3万标箱", 52.3, "万标箱", "港口集装箱吞吐量(2021年)", period=P),
             M("61.8万标箱", 61.8, "万标箱", "港口集装箱吞吐量(2022年)", period=P),
             M("73.5万标箱", 73.5, "万标箱", "港口集装箱吞吐量(2023年)", period=P),
             M("86.9万标箱", 86.9, "万标箱", "港口集装箱吞吐量(2024年)", period=P),
             M("18.4%", 18.4, "%", "港口集装箱吞吐量年均增长", kind="growth", period=P),
             M("0.7个百分点", 0.7, "个百分点", "2024年增速较上年回落", kind="reduction", period="2024年")],
    pairs=[("t1", ["a4"])],
    note="A year series with 分别为: only the last element (2024年) answers the 2024 target, 86.9/85 = 1.0224; the 2021-2023 values are earlier years (73.5 would be 0.8647). 年均增长18.4% is an average over the series; 回落0.7个百分点 is a change of the growth rate. The years are dates.")

# 18 机场: restated target, interim actual, forecast
P = "1-10月"
row("市机场集团",
    "机场旅客吞吐量突破800万人次。",
    "年初确定的旅客吞吐量突破800万人次目标,1-10月已完成682.5万人次,同比增长26.4%,预计全年可完成830万人次,有望超额完成目标。",
    targets=[M("800万人次", 800, "万人次", "机场旅客吞吐量", bound="min")],
    actuals=[M("800万人次", 800, "万人次", "年初确定的旅客吞吐量目标(restated target)"),
             M("682.5万人次", 682.5, "万人次", "旅客吞吐量", period=P),
             M("26.4%", 26.4, "%", "旅客吞吐量同比增长", kind="growth", period=P),
             M("830万人次", 830, "万人次", "预计全年旅客吞吐量(forecast)", period="全年")],
    pairs=[("t1", ["a2"])],
    note="The progress opens by restating the target (800万人次, not an answer to itself). 1-10月 682.5/800 = 0.8531 answers as progress so far; 预计全年830万人次 is a forecast (would-be 1.0375). The growth has no target.")

# 19 港口 (traditional): growth target, rank, berth class specifications, 完工 vs 樁基施工
P = "1-10月"
row("市港航管理局、市港口集團",
    "港口貨物吞吐量增長6%,集裝箱吞吐量達到120萬標箱,新建5萬噸級以上泊位3個。",
    "1-10月,全港完成貨物吞吐量8652萬噸,同比增長4.9%;集裝箱吞吐量98.6萬標箱,同比增長7.7%,增速居全省沿海港口第2位。港區三期2個5萬噸級泊位已完工並通過交工驗收,另有1個10萬噸級泊位正在進行樁基施工。",
    targets=[M("6%", 6, "%", "港口貨物吞吐量", kind="growth"),
             M("120萬標箱", 120, "萬標箱", "集裝箱吞吐量"),
             M("3個", 3, "個", "新建5萬噸級以上泊位")],
    other=[O("5萬噸級", 5, "萬噸級", "class threshold (5萬噸級以上泊位)")],
    actuals=[M("8652萬噸", 8652, "萬噸", "貨物吞吐量", period=P),
             M("4.9%", 4.9, "%", "貨物吞吐量同比增長", kind="growth", period=P),
             M("98.6萬標箱", 98.6, "萬標箱", "集裝箱吞吐量", period=P),
             M("7.7%", 7.7, "%", "集裝箱吞吐量同比增長", kind="growth", period=P),
             M("2個", 2, "個", "已完工並通過交工驗收的5萬噸級泊位"),
             M("5萬噸級", 5, "萬噸級", "5萬噸級泊位(class)"),
             M("1個", 1, "個", "正在樁基施工的10萬噸級泊位"),
             M("10萬噸級", 10, "萬噸級", "10萬噸級泊位(class)")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. The cargo growth 4.9/6 = 0.8167 answers; the level 8652萬噸 has no level target. 98.6/120 = 0.8217. Berths: the 2 finished answer (0.6667); the 10萬噸級 berth is within the class but only at pile works (would-be sum 1.0). 第2位 is a rank; 三期 a label.")

# 20 城乡公交 (full-width digits): rate kept, lines, vehicles without target, finished vs under construction
P = "截至１０月底"
row("市交通运输局、各县(市)交通运输局",
    "建制村通客车率保持１００％,新增城乡公交线路１５条,完成农村客运站改造１０个。",
    "截至１０月底,全市建制村通客车率保持１００％;新开通城乡公交线路１１条,新增城乡公交车辆６８辆;完成农村客运站改造７个,另有３个正在施工。",
    targets=[M("１００％", 100, "%", "建制村通客车率"),
             M("１５条", 15, "条", "新增城乡公交线路"),
             M("１０个", 10, "个", "完成农村客运站改造")],
    actuals=[M("１００％", 100, "%", "建制村通客车率", period=P),
             M("１１条", 11, "条", "新开通城乡公交线路", period=P),
             M("６８辆", 68, "辆", "新增城乡公交车辆", period=P),
             M("７个", 7, "个", "完成农村客运站改造", period=P),
             M("３个", 3, "个", "正在施工的农村客运站", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Full-width digits. 100% kept (1.0); 11/15 = 0.7333; 7/10 = 0.7, the 3 under construction are not finished (would-be sum 1.0). The 68 vehicles have no target.")

# 21 货运量 (full-width digits): level and growth, 分别为 over three modes (parts of the total, mixed 亿吨/万吨)
P = "１－９月"
row("市交通运输局、市统计局",
    "全社会货运量达到２．８亿吨,增长５％。",
    "１－９月,全市完成全社会货运量２．０６亿吨,同比增长４．３％;公路、水路、铁路货运量分别为１．５２亿吨、４８６０万吨和５４０万吨。",
    targets=[M("２．８亿吨", 2.8, "亿吨", "全社会货运量"),
             M("５％", 5, "%", "全社会货运量", kind="growth")],
    actuals=[M("２．０６亿吨", 2.06, "亿吨", "全社会货运量", period=P),
             M("４．３％", 4.3, "%", "全社会货运量同比增长", kind="growth", period=P),
             M("１．５２亿吨", 1.52, "亿吨", "公路货运量", period=P),
             M("４８６０万吨", 4860, "万吨", "水路货运量", period=P),
             M("５４０万吨", 540, "万吨", "铁路货运量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Full-width digits. 2.06/2.8 = 0.7357; 4.3/5 = 0.86. 分别为 maps the three modes in order; they are parts of the total (1.52亿 + 4860万 + 540万 = 2.06亿吨) and are not added again.")

# 22 航道 (Chinese numerals): class threshold 千吨级 in both columns, 百分之 completion share, berths in use vs in works
row("市港航管理局、市交通建设投资集团",
    "整治千吨级航道四十五公里,新建港口泊位六个。",
    "全年完成千吨级航道整治三十八点六公里,完成年度任务的百分之八十五点八;新建港口泊位四个已投入使用,另有两个正在进行后方堆场施工。",
    targets=[M("四十五公里", 45, "公里", "整治千吨级航道"),
             M("六个", 6, "个", "新建港口泊位")],
    other=[O("千吨级", 1, "千吨级", "class threshold (千吨级航道)")],
    actuals=[M("千吨级", 1, "千吨级", "千吨级航道(class)"),
             M("三十八点六公里", 38.6, "公里", "千吨级航道整治", period="全年"),
             M("百分之八十五点八", 85.8, "%", "完成年度任务的(比例)", period="全年"),
             M("四个", 4, "个", "已投入使用的新建港口泊位"),
             M("两个", 2, "个", "正在后方堆场施工的泊位")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Chinese numerals throughout. 38.6/45 = 0.8578 (the 百分之八十五点八 share is not paired). 四个 in use answer the berth target (0.6667); the 两个 still under works do not (would-be sum 1.0).")

# 23 出租车 (Chinese numerals): the year's replacements answer, stock and its share, 网约车 another measure
row("市交通运输局、市客运出租汽车管理处",
    "更新新能源巡游出租车五百辆,新能源巡游出租车占比达到百分之八十。",
    "今年已更新新能源巡游出租车四百二十辆,全市新能源巡游出租车累计达到二千六百五十辆,占巡游出租车总数的百分之七十八点四;网约车新增合规车辆一千三百余辆。",
    targets=[M("五百辆", 500, "辆", "更新新能源巡游出租车"),
             M("百分之八十", 80, "%", "新能源巡游出租车占比")],
    actuals=[M("四百二十辆", 420, "辆", "今年更新新能源巡游出租车", period="今年"),
             M("二千六百五十辆", 2650, "辆", "新能源巡游出租车累计(stock)"),
             M("百分之七十八点四", 78.4, "%", "新能源巡游出租车占比"),
             M("一千三百余辆", 1300, "辆", "网约车新增合规车辆")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 420/500 = 0.84; the stock 二千六百五十辆 does not answer a replacement target. 78.4/80 = 0.98. 网约车 (ride-hailing) is another measure (一千三百余: 余 on an actual is not a bound).")

# 24 物流园区 (nothing answers): stages only, investment without target, intent agreements are candidates
row("市发展改革委、市物流园区管委会",
    "建成市综合物流园区二期,新增仓储面积15万平方米,引进物流企业30家。",
    "物流园区二期已完成土地征收和场地平整,冷链仓库、快递分拨中心正在进行主体施工,今年完成投资6.3亿元;已与12家物流企业签订入驻意向协议,其中3家为全国百强物流企业。",
    targets=[M("15万平方米", 15, "万平方米", "新增仓储面积"),
             M("30家", 30, "家", "引进物流企业")],
    actuals=[M("6.3亿元", 6.3, "亿元", "今年完成投资", period="今年"),
             M("12家", 12, "家", "签订入驻意向协议的物流企业"),
             M("3家", 3, "家", "其中全国百强物流企业")],
    note="Nothing answers: the warehouses are still under construction (no area reported), the investment has no target, and 12家 have only signed intent agreements (candidates, not 引进; would-be 0.4). 二期 is a label; 百强 a class name.")

# 25 物流成本与A级企业: a reduction target in 个百分点 answered by the stated fall, grade labels, stock
P = "上半年"
row("市发展改革委、市商务局",
    "社会物流总费用与地区生产总值的比率下降0.3个百分点,新增国家A级物流企业10家。",
    "上半年,全市社会物流总费用与地区生产总值的比率为13.6%,比上年同期下降0.4个百分点;新评定国家A级物流企业8家,其中5A级1家、4A级3家、3A级4家,全市A级物流企业总数达到96家。",
    targets=[M("0.3个百分点", 0.3, "个百分点", "社会物流总费用与地区生产总值的比率", kind="reduction"),
             M("10家", 10, "家", "新增国家A级物流企业")],
    actuals=[M("13.6%", 13.6, "%", "社会物流总费用与地区生产总值的比率", period=P),
             M("0.4个百分点", 0.4, "个百分点", "比率比上年同期下降", kind="reduction", period=P),
             M("8家", 8, "家", "新评定国家A级物流企业", period=P),
             M("1家", 1, "家", "新评定5A级物流企业", period=P),
             M("3家", 3, "家", "新评定4A级物流企业", period=P),
             M("4家", 4, "家", "新评定3A级物流企业", period=P),
             M("96家", 96, "家", "全市A级物流企业总数(stock)")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="The reduction target is answered by the stated fall 0.4个百分点 (1.3333); the ratio 13.6% is a level. 8/10 = 0.8; the 5A/4A/3A counts are its parts (1 + 3 + 4 = 8), 5A级 etc. are grade labels. The stock 96家 does not answer 新增.")

# 26 口岸办: 出入境人员 (broader) vs 旅客, growth target answered by the freight growth, container part
P = "1-10月"
row("市口岸办、海关、边检站",
    "口岸出入境旅客达到300万人次,进出口货运量增长10%。",
    "1-10月,全市口岸出入境人员248.6万人次,同比增长36.2%,其中出入境旅客226.3万人次、交通工具员工22.3万人次;口岸进出口货运量1862万吨,同比增长8.4%,其中集装箱42.7万标箱。",
    targets=[M("300万人次", 300, "万人次", "口岸出入境旅客"),
             M("10%", 10, "%", "进出口货运量", kind="growth")],
    actuals=[M("248.6万人次", 248.6, "万人次", "口岸出入境人员", period=P),
             M("36.2%", 36.2, "%", "出入境人员同比增长", kind="growth", period=P),
             M("226.3万人次", 226.3, "万人次", "出入境旅客", period=P),
             M("22.3万人次", 22.3, "万人次", "交通工具员工", period=P),
             M("1862万吨", 1862, "万吨", "口岸进出口货运量", period=P),
             M("8.4%", 8.4, "%", "进出口货运量同比增长", kind="growth", period=P),
             M("42.7万标箱", 42.7, "万标箱", "口岸进出口集装箱", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="The target counts 旅客: 226.3/300 = 0.7543; 出入境人员248.6万人次 includes crews (交通工具员工) and is broader (would-be 0.8287). Growth 8.4/10 = 0.84; the level 1862万吨 has no level target.")

# 27 軌道交通 (traditional): a line opened but not counted, 試運行 line does not count, stock length and lines
row("市軌道交通集團、市交通運輸局",
    "建成開通軌道交通線路2條,新增運營里程46公里。",
    "5號線已於9月26日開通初期運營,新增運營里程24.8公里;7號線一期(21.3公里)已完成全部單位工程驗收,目前正在進行試運行,計劃年底開通。全市軌道交通運營里程達到186.5公里,運營線路6條。",
    targets=[M("2條", 2, "條", "建成開通軌道交通線路"),
             M("46公里", 46, "公里", "新增運營里程")],
    actuals=[M("24.8公里", 24.8, "公里", "5號線新增運營里程"),
             M("21.3公里", 21.3, "公里", "7號線一期長度(試運行, not open)"),
             M("186.5公里", 186.5, "公里", "全市軌道交通運營里程(stock)"),
             M("6條", 6, "條", "運營線路(stock)")],
    pairs=[("t2", ["a1"])],
    note="Traditional characters. Only 5號線 has opened: 24.8/46 = 0.5391; 7號線一期 (21.3公里) is in 試運行 and opens only at year end (would-be sum 1.0022). The line count is not stated (one line named, would-be 0.5): t1 unpaired. 186.5公里 and 6條 are the stock. 5號線/7號線 are names, 9月26日 a date, 一期 a label.")

# 28 公共交通客运量: total answers the total; the daily target is the 常规公交 part, not the combined mean
P = "1-11月"
row("市公交集团、市轨道交通集团",
    "常规公交日均客运量达到65万人次,全年公共交通客运量达到3亿人次。",
    "1-11月,全市公共交通累计完成客运量2.76亿人次,日均82.6万人次,同比增长4.1%;其中常规公交日均61.2万人次、轨道交通日均21.4万人次。",
    targets=[M("65万人次", 65, "万人次", "常规公交日均客运量"),
             M("3亿人次", 3, "亿人次", "全年公共交通客运量")],
    actuals=[M("2.76亿人次", 2.76, "亿人次", "公共交通累计客运量", period=P),
             M("82.6万人次", 82.6, "万人次", "公共交通日均客运量", period=P),
             M("4.1%", 4.1, "%", "公共交通客运量同比增长", kind="growth", period=P),
             M("61.2万人次", 61.2, "万人次", "常规公交日均客运量", period=P),
             M("21.4万人次", 21.4, "万人次", "轨道交通日均客运量", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a1"])],
    note="The daily 常规公交 target is answered by its 其中 part 61.2万人次 (0.9415), not by the combined mean 82.6万人次 (bus + rail, would-be 1.2708). The annual total target is answered by the 1-11月 total 2.76亿人次 (0.92), not by a daily mean.")

# 29 货邮 (nothing answers): a completion share only, total growth for an international target, a share
row("市机场集团",
    "机场货邮吞吐量完成5万吨,国际货邮吞吐量增长15%。",
    "截至9月底,机场货邮吞吐量完成年度目标的71.3%,同比增长5.6%;国际货邮占货邮吞吐量的比重提高至18.2%。",
    targets=[M("5万吨", 5, "万吨", "机场货邮吞吐量"),
             M("15%", 15, "%", "国际货邮吞吐量", kind="growth")],
    actuals=[M("71.3%", 71.3, "%", "货邮吞吐量完成年度目标的(比例)", period="截至9月底"),
             M("5.6%", 5.6, "%", "货邮吞吐量同比增长", kind="growth", period="截至9月底"),
             M("18.2%", 18.2, "%", "国际货邮占货邮吞吐量的比重", period="截至9月底")],
    note="Nothing answers: the amount is given only as a completion share (71.3% of the target, an actual mention that does not pair with the 5万吨 amount; would-be 0.713). The growth 5.6% is for all 货邮, not the international part (would-be 0.3733); 18.2% is a share.")

# 30 水上巴士: routes opened vs trial voyage (ordinal), 人次 against 万人次, single-day peak
P = "1-10月"
row("市交通运输局、市水上客运公司",
    "开通水上巴士航线3条,全年运送旅客100万人次。",
    "已开通水上巴士航线2条,第3条航线已完成试航;1-10月累计运送旅客867400人次,同比增长31.5%,国庆假期单日最高运送旅客1.2万人次。",
    targets=[M("3条", 3, "条", "开通水上巴士航线"),
             M("100万人次", 100, "万人次", "全年运送旅客")],
    actuals=[M("2条", 2, "条", "已开通水上巴士航线"),
             M("867400人次", 867400, "人次", "累计运送旅客", period=P),
             M("31.5%", 31.5, "%", "运送旅客同比增长", kind="growth", period=P),
             M("1.2万人次", 1.2, "万人次", "国庆假期单日最高运送旅客")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="2/3 = 0.6667; 第3条 is an ordinal (the third route only had its trial voyage). 867400人次 against 100万人次 = 0.8674. The single-day peak 1.2万人次 is not the total.")

# 31 高铁东站: a station target answered by its 其中 part, not the city total; 上年同期 baseline
P = "今年以来"
row("市交通运输局、铁路车务段",
    "高铁东站旅客发送量达到1100万人次。",
    "今年以来,全市各铁路车站累计发送旅客1326万人次,同比增长42.8%,上年同期为928.6万人次,其中高铁东站发送旅客986万人次、老火车站发送旅客340万人次;高铁东站日均发送旅客3.25万人次。",
    targets=[M("1100万人次", 1100, "万人次", "高铁东站旅客发送量")],
    actuals=[M("1326万人次", 1326, "万人次", "全市各铁路车站发送旅客", period=P),
             M("42.8%", 42.8, "%", "发送旅客同比增长", kind="growth", period=P),
             M("928.6万人次", 928.6, "万人次", "上年同期发送旅客(baseline)", period="上年同期"),
             M("986万人次", 986, "万人次", "高铁东站发送旅客", period=P),
             M("340万人次", 340, "万人次", "老火车站发送旅客", period=P),
             M("3.25万人次", 3.25, "万人次", "高铁东站日均发送旅客", period=P)],
    pairs=[("t1", ["a4"])],
    note="The station target is answered by its part 986万人次 (0.8964), not by the city total 1326万人次 (would-be 1.2055) or the 上年同期 baseline 928.6万人次; the daily mean 3.25万人次 is not the total.")

# 32 智慧交通与断头路: yearly count vs cumulative stock, coverage, opened vs under construction (forecast part)
P = "截至11月底"
row("市公安局交警支队、市住房城乡建设局",
    "新增智能信号控制路口120个,打通断头路15条。",
    "截至11月底,已完成智能信号控制改造路口136个,累计达到412个,主城区覆盖率85%;打通断头路11条,另有4条正在施工,其中2条预计12月通车。",
    targets=[M("120个", 120, "个", "新增智能信号控制路口"),
             M("15条", 15, "条", "打通断头路")],
    actuals=[M("136个", 136, "个", "完成智能信号控制改造路口", period=P),
             M("412个", 412, "个", "智能信号控制路口累计(stock)", period=P),
             M("85%", 85, "%", "主城区覆盖率", period=P),
             M("11条", 11, "条", "打通断头路", period=P),
             M("4条", 4, "条", "正在施工的断头路", period=P),
             M("2条", 2, "条", "预计12月通车的断头路(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="136/120 = 1.1333; the stock 412个 does not answer 新增. 11/15 = 0.7333; the 4 under construction (2 of them expected in 12月) are not done (would-be sum 1.0).")

# 33 快遞收入 (traditional): growth, gap to the province in 個百分點, coverage rate, lockers vs compartments
P = "1-9月"
row("市郵政管理局",
    "快遞業務收入增長12%,快遞服務建制村覆蓋率達到90%,新增智能快件箱500組。",
    "1-9月,全市快遞業務收入完成38.4億元,同比增長13.6%,增速高於全省平均2.1個百分點;快遞服務建制村覆蓋率達到92.6%;新增智能快件箱438組、格口5.2萬個。",
    targets=[M("12%", 12, "%", "快遞業務收入", kind="growth"),
             M("90%", 90, "%", "快遞服務建制村覆蓋率"),
             M("500組", 500, "組", "新增智能快件箱")],
    actuals=[M("38.4億元", 38.4, "億元", "快遞業務收入", period=P),
             M("13.6%", 13.6, "%", "快遞業務收入同比增長", kind="growth", period=P),
             M("2.1個百分點", 2.1, "個百分點", "增速高於全省平均", period=P),
             M("92.6%", 92.6, "%", "快遞服務建制村覆蓋率", period=P),
             M("438組", 438, "組", "新增智能快件箱", period=P),
             M("5.2萬個", 5.2, "萬個", "新增格口", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Traditional characters. 13.6/12 = 1.1333; the level 38.4億元 has no level target; 2.1個百分點 is a gap to the province. 92.6/90 = 1.0289. 438/500 = 0.876; 格口 (compartments, 萬個) are another measure.")

# 34 公路客運 (traditional): a ceiling on the fall (reduction, max) answered by the fall, custom routes
P = "前三季度"
row("市交通運輸局、市道路運輸事業發展中心",
    "公路客運量降幅控制在5%以內,新開通定制客運線路10條。",
    "前三季度,全市完成公路客運量1862萬人次,同比下降3.8%;新開通定制客運線路12條,定制客運累計運送旅客46.5萬人次。",
    targets=[M("5%", 5, "%", "公路客運量降幅", kind="reduction", bound="max"),
             M("10條", 10, "條", "新開通定制客運線路")],
    actuals=[M("1862萬人次", 1862, "萬人次", "公路客運量", period=P),
             M("3.8%", 3.8, "%", "公路客運量同比下降", kind="reduction", period=P),
             M("12條", 12, "條", "新開通定制客運線路", period=P),
             M("46.5萬人次", 46.5, "萬人次", "定制客運累計運送旅客", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Traditional characters. The fall is capped at 5% (max): the actual fall 3.8% answers (0.76, within the ceiling). 12/10 = 1.2. The passenger levels have no target.")

# 35 新能源公交 (Chinese numerals): stock target answered by the stock, 净增 is a change, share
row("市交通运输局、市公交集团",
    "全市新能源公交车保有量达到一千五百辆,占比达到百分之九十。",
    "全市新能源公交车达到一千四百六十辆,较上年净增二百一十辆,占公交车总数的百分之八十八点六。",
    targets=[M("一千五百辆", 1500, "辆", "新能源公交车保有量"),
             M("百分之九十", 90, "%", "新能源公交车占比")],
    actuals=[M("一千四百六十辆", 1460, "辆", "新能源公交车(stock)"),
             M("二百一十辆", 210, "辆", "新能源公交车较上年净增", kind="growth"),
             M("百分之八十八点六", 88.6, "%", "新能源公交车占公交车总数的比例")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. A stock target (保有量): the stock 一千四百六十辆 answers (0.9733); 净增二百一十辆 is the change on last year. 88.6/90 = 0.9844.")

# 36 集装箱航线: the target restated in the progress, new routes are changes, the stock answers the stock target
P = "今年以来"
row("市港口集团、市港航管理局",
    "港口集装箱航线达到80条,其中外贸航线30条。",
    "按照全年集装箱航线达到80条、外贸航线30条的目标,今年以来新开辟集装箱航线9条,其中外贸航线4条;目前共运营集装箱航线76条,其中外贸航线28条。",
    targets=[M("80条", 80, "条", "港口集装箱航线"),
             M("30条", 30, "条", "外贸航线")],
    actuals=[M("80条", 80, "条", "全年集装箱航线目标(restated target)"),
             M("30条", 30, "条", "外贸航线目标(restated target)"),
             M("9条", 9, "条", "新开辟集装箱航线", period=P),
             M("4条", 4, "条", "新开辟外贸航线", period=P),
             M("76条", 76, "条", "运营集装箱航线(stock)"),
             M("28条", 28, "条", "运营外贸航线(stock)")],
    pairs=[("t1", ["a5"]), ("t2", ["a6"])],
    note="80条 and 30条 in the progress restate the targets and do not answer themselves. 达到 is a stock target: 76/80 = 0.95 and 28/30 = 0.9333; the 9 and 4 new routes are this year's additions.")

# 37 农村物流: a centre in operation without a count, full coverage, sites built vs sited, 万件 against 亿件
P = "1-10月"
row("市邮政管理局、市商务局、市交通运输局",
    "建成县级物流分拨中心1个、乡镇快递物流站点22个、村级寄递服务点280个,农村快递业务量达到1.2亿件。",
    "县级物流分拨中心已于7月投入运营;建成乡镇快递物流站点22个,实现乡镇全覆盖;村级寄递服务点建成268个,另有31个完成选址;1-10月,农村地区快递业务量完成9860万件,同比增长24.5%。",
    targets=[M("1个", 1, "个", "建成县级物流分拨中心"),
             M("22个", 22, "个", "乡镇快递物流站点"),
             M("280个", 280, "个", "村级寄递服务点"),
             M("1.2亿件", 1.2, "亿件", "农村快递业务量")],
    actuals=[M("22个", 22, "个", "建成乡镇快递物流站点"),
             M("268个", 268, "个", "村级寄递服务点建成"),
             M("31个", 31, "个", "完成选址的村级寄递服务点"),
             M("9860万件", 9860, "万件", "农村地区快递业务量", period=P),
             M("24.5%", 24.5, "%", "农村地区快递业务量同比增长", kind="growth", period=P)],
    pairs=[("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a4"])],
    note="The county centre is in operation but no count is written: t1 unpaired (would-be 1.0). 22/22 = 1.0; 268/280 = 0.9571, the 31 only sited do not count. 9860万件 against 1.2亿件 = 0.8217. 7月 is a date.")

# 38 通用航空: airport only forecast, short-haul routes, 架次 against 万架次
P = "1-11月"
row("市发展改革委、市低空经济发展中心",
    "新建通用机场1个,开通短途运输航线4条,全市低空飞行器飞行架次达到1万架次。",
    "通用机场已完成跑道道面施工,预计明年3月建成通航;已开通短途运输航线3条,累计运送旅客1.86万人次;1-11月,全市低空飞行器累计飞行8630架次,同比增长64%。",
    targets=[M("1个", 1, "个", "新建通用机场"),
             M("4条", 4, "条", "开通短途运输航线"),
             M("1万架次", 1, "万架次", "低空飞行器飞行架次")],
    actuals=[M("3条", 3, "条", "已开通短途运输航线"),
             M("1.86万人次", 1.86, "万人次", "短途运输累计运送旅客"),
             M("8630架次", 8630, "架次", "低空飞行器累计飞行", period=P),
             M("64%", 64, "%", "低空飞行架次同比增长", kind="growth", period=P)],
    pairs=[("t2", ["a1"]), ("t3", ["a3"])],
    note="The general airport is only expected to open 明年3月 (a date; no number): t1 unpaired. 3/4 = 0.75. 8630架次 against 1万架次 = 0.863. The passengers and the growth have no target.")

# 39 快递增速: year series of growth (分别), the 1-10月 growth answers, elided 业务收入 growth, forecast
P = "1-10月"
row("市邮政管理局",
    "快递业务量增长18%以上,快递业务收入增长12%。",
    "2022年、2023年全市快递业务量分别增长21.4%和26.8%;今年1-10月,快递业务量同比增长19.2%,增速较上年同期回落5.1个百分点,业务收入增长10.7%。预计全年快递业务量增长18%左右。",
    targets=[M("18%", 18, "%", "快递业务量", kind="growth", bound="min"),
             M("12%", 12, "%", "快递业务收入", kind="growth")],
    actuals=[M("21.4%", 21.4, "%", "快递业务量增长(2022年)", kind="growth", period="2022年"),
             M("26.8%", 26.8, "%", "快递业务量增长(2023年)", kind="growth", period="2023年"),
             M("19.2%", 19.2, "%", "快递业务量同比增长", kind="growth", period=P),
             M("5.1个百分点", 5.1, "个百分点", "增速较上年同期回落", kind="reduction", period=P),
             M("10.7%", 10.7, "%", "快递业务收入增长", kind="growth", period=P),
             M("18%", 18, "%", "预计全年快递业务量增长(forecast)", kind="growth", period="全年")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The 2022/2023 growths (分别) are earlier years. 1-10月 19.2/18 = 1.0667; 业务收入增长10.7% has 快递 elided (0.8917). 回落5.1个百分点 is a change of the rate; 预计全年…18%左右 is a forecast (would-be 1.0).")

# 40 公交专用道与站台: 其中 part, overfulfilment, deferred remainder
P = "截至11月底"
row("市交通运输局、市公安局交警支队、市公交集团",
    "新增公交专用道30公里,建设港湾式公交停靠站50个,更新公交电子站牌200块。",
    "截至11月底,已施划公交专用道26.4公里,其中潮汐式公交专用道3.2公里;建成港湾式公交停靠站52个;更新公交电子站牌146块,其余54块因供电接入问题延至明年实施。",
    targets=[M("30公里", 30, "公里", "新增公交专用道"),
             M("50个", 50, "个", "建设港湾式公交停靠站"),
             M("200块", 200, "块", "更新公交电子站牌")],
    actuals=[M("26.4公里", 26.4, "公里", "已施划公交专用道", period=P),
             M("3.2公里", 3.2, "公里", "潮汐式公交专用道", period=P),
             M("52个", 52, "个", "建成港湾式公交停靠站", period=P),
             M("146块", 146, "块", "更新公交电子站牌", period=P),
             M("54块", 54, "块", "延至明年实施的电子站牌")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="26.4/30 = 0.88 (潮汐式3.2公里 is its part). 52/50 = 1.04. 146/200 = 0.73; the remaining 54块 are deferred to next year (would-be sum 1.0).")


probe.write(Path(__file__).with_name("probe-transport.gold.jsonl"))
