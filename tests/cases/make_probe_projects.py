"""Writes probe-projects.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's major-project
progress table (重大项目推进情况表, 重点工程月报) for transport, water, energy, municipal, industrial
and social projects: the task is the project's annual target (年度计划投资X亿元, 路基/桥梁/隧道/铺轨
X公里, X座 桥/站/泵站, 装机 X万千瓦/兆瓦, 管网 X公里, 新增供水能力 X万吨/日, 建筑面积 X万平方米,
形象进度X%, 年内开工/竣工/通车), the progress is what the project office reported (截至X月底, 本年/年度
完成投资 vs 开累/累计完成投资, 完成年度计划的X%, 形象进度, 今年 vs 累计, 其中 parts and 一期/二期
labels, stages 可研批复/环评/用地预审/招标/进场/开工/主体完工/竣工验收/试运行, 正在推进, 预计X月
forecasts, 总投资 as scope, restated targets, 征地 vs 建设用地 亩, 公里 vs 米, 万千瓦 vs 兆瓦, rows
where nothing answers). The departments and companies in charge are the row's owners. Five rows are
in traditional characters; some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_projects.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe14")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Major-project progress tables and key-works monthly reports of a city (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 轨道交通: 本年 vs 开累 investment, 总投资 scope, 今年 vs 累计 station tops, a forecast, 本年 vs 累计 tunnelling
P = "截至10月底"
row("市轨道交通集团、市发展改革委",
    "轨道交通3号线一期工程(总投资186.5亿元):年度计划投资32亿元,完成盾构掘进8公里,车站主体结构封顶6座。",
    "截至10月底,本年完成投资27.4亿元,占年度计划的85.6%;开累完成投资98.3亿元,占总投资的52.7%。全线16座车站中已有11座主体结构封顶,其中今年封顶5座,另有2座预计12月底前封顶;本年盾构掘进6.2公里,累计完成区间盾构掘进17.8公里。",
    targets=[M("32亿元", 32, "亿元", "年度计划投资"),
             M("8公里", 8, "公里", "盾构掘进"),
             M("6座", 6, "座", "车站主体结构封顶")],
    other=[O("186.5亿元", 186.5, "亿元", "project total budget (总投资, scope)")],
    actuals=[M("27.4亿元", 27.4, "亿元", "本年完成投资", period=P),
             M("85.6%", 85.6, "%", "占年度计划的(比例)", period=P),
             M("98.3亿元", 98.3, "亿元", "开累完成投资(since the project began)", period=P),
             M("52.7%", 52.7, "%", "开累投资占总投资的(比例)", period=P),
             M("16座", 16, "座", "全线车站(scope)"),
             M("11座", 11, "座", "累计主体结构封顶车站"),
             M("5座", 5, "座", "今年主体结构封顶车站", period="今年"),
             M("2座", 2, "座", "预计12月底前封顶的车站(forecast)"),
             M("6.2公里", 6.2, "公里", "本年盾构掘进", period="本年"),
             M("17.8公里", 17.8, "公里", "累计区间盾构掘进")],
    pairs=[("t1", ["a1"]), ("t2", ["a9"]), ("t3", ["a7"])],
    note="本年完成投资 answers the annual plan (0.8562); 开累98.3亿元 is since the project began and does not (would-be 3.07). The annual station target is answered by 今年封顶5座 (0.8333), not by the cumulative 11座 (would-be 1.8333); the 2 expected by 12月底 are a forecast. 本年掘进6.2公里 answers (0.775); 累计17.8公里 does not. 3号线 is a name, 12月底 a date.")

# 2 国道改线: 本年 vs 开累, total length as scope, 今年 vs 累计 路基, bridges still being finished, tunnel 左线 + 右线 in 米 against 公里
P = "截至11月底"
row("市交通运输局、市交通建设投资集团",
    "G235国道城区段改线工程(总投资42.6亿元,全长28.4公里):年度计划投资9.5亿元,完成路基12公里、桥梁8座,隧道掘进2公里。",
    "截至11月底,本年完成投资8.12亿元,完成年度计划的85.5%;开累完成投资23.7亿元。今年完成路基10.6公里,累计完成路基21.3公里;新建桥梁完成5座,另有3座正在进行桥面系施工,预计年底前完成;本年长岭隧道左线掘进1260米、右线掘进1185米。",
    targets=[M("9.5亿元", 9.5, "亿元", "年度计划投资"),
             M("12公里", 12, "公里", "完成路基"),
             M("8座", 8, "座", "完成桥梁"),
             M("2公里", 2, "公里", "隧道掘进", nth=1)],
    other=[O("42.6亿元", 42.6, "亿元", "project total budget (总投资, scope)"),
           O("28.4公里", 28.4, "公里", "project total length (全长, scope)")],
    actuals=[M("8.12亿元", 8.12, "亿元", "本年完成投资", period=P),
             M("85.5%", 85.5, "%", "完成年度计划的(比例)", period=P),
             M("23.7亿元", 23.7, "亿元", "开累完成投资(since the project began)", period=P),
             M("10.6公里", 10.6, "公里", "今年完成路基", period="今年"),
             M("21.3公里", 21.3, "公里", "累计完成路基"),
             M("5座", 5, "座", "新建桥梁完成"),
             M("3座", 3, "座", "正在进行桥面系施工的桥梁"),
             M("1260米", 1260, "米", "本年隧道左线掘进", period="本年"),
             M("1185米", 1185, "米", "本年隧道右线掘进", period="本年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a8", "a9"])],
    note="G235 is a road code. 8.12/9.5 = 0.8547; 开累23.7亿元 does not answer. 今年路基10.6公里 answers (0.8833), 累计21.3公里 does not. Bridges: only the 5 finished (0.625); the 3 still on the deck system are expected by year end (would-be sum 1.0). Tunnelling counts both bores: 1260米 + 1185米 = 2445米 against 2公里 (combine sum, 1.2225). '2公里' nth 0 lies inside '12公里'.")

# 3 跨江大桥: 1-10月 investment with a year-on-year difference, a Chinese-numeral count, 节段 count, 形象进度 target
P = "1-10月"
row("市交通运输局、沿江高速公路建设指挥部",
    "沿江高速公路跨江大桥工程:年度计划投资15亿元,完成主塔施工,主桥钢箱梁架设36节段,年底形象进度达到45%。",
    "1-10月完成投资12.86亿元,同比多完成3.2亿元;南、北两座主塔已于9月封顶;主桥钢箱梁已吊装架设22节段,其余节段正在厂内制造,预计明年3月前全部运抵;工程总体形象进度完成41%。",
    targets=[M("15亿元", 15, "亿元", "年度计划投资"),
             M("36节段", 36, "节段", "主桥钢箱梁架设"),
             M("45%", 45, "%", "形象进度")],
    actuals=[M("12.86亿元", 12.86, "亿元", "完成投资", period=P),
             M("3.2亿元", 3.2, "亿元", "完成投资同比多完成", period=P),
             M("两座", 2, "座", "已封顶主塔"),
             M("22节段", 22, "节段", "主桥钢箱梁已吊装架设"),
             M("41%", 41, "%", "工程总体形象进度")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="1-10月 investment answers the annual plan (0.8573); 同比多完成3.2亿元 is a change on last year. 完成主塔施工 has no number; 两座主塔 (Chinese numeral) has nothing to pair with. 22/36 = 0.6111; 形象进度 41% against 45% (0.9111). 9月 and 明年3月 are dates.")

# 4 市域铁路 (full-width digits): 本年 investment, 铺轨 with 上行/下行 parts, restated station scope, stations still in works
P = "截至１１月底"
row("市轨道交通集团、市域铁路建设公司",
    "市域(郊)铁路S2线工程:年度计划投资21亿元,完成正线铺轨35公里,新建车站6座实现主体完工。",
    "截至１１月底,本年完成投资１８．３亿元,完成年度计划的８７．１%;本年正线铺轨已完成２９．６公里,其中上行线１５．２公里、下行线１４．４公里;６座车站中已有４座主体完工,２座正在进行站台层结构施工。",
    targets=[M("21亿元", 21, "亿元", "年度计划投资"),
             M("35公里", 35, "公里", "正线铺轨"),
             M("6座", 6, "座", "新建车站主体完工")],
    actuals=[M("１８．３亿元", 18.3, "亿元", "本年完成投资", period=P),
             M("８７．１%", 87.1, "%", "完成年度计划的(比例)", period=P),
             M("２９．６公里", 29.6, "公里", "本年正线铺轨", period=P),
             M("１５．２公里", 15.2, "公里", "上行线铺轨", period=P),
             M("１４．４公里", 14.4, "公里", "下行线铺轨", period=P),
             M("６座", 6, "座", "新建车站(scope, restated)"),
             M("４座", 4, "座", "主体完工车站", period=P),
             M("２座", 2, "座", "正在进行站台层结构施工的车站", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="Full-width digits in the progress. 18.3/21 = 0.8714. The 铺轨 total 29.6公里 answers (0.8457); 上行/下行 are its parts and are not added again. ６座车站 restates the target scope; 4座 主体完工 answers (0.6667), the 2 under construction do not. S2线 is a name.")

# 5 快速路 (traditional): 本年 investment, 累計 vs 今年 piles and piers, a state target (貫通) answered by the reached length, a forecast
P = "截至10月底"
row("市城鄉建設局、市城市建設投資集團",
    "東部新城快速路工程(總投資68億元):年度計劃投資12億元,完成樁基1800根、墩柱600根,年內主線高架貫通8.5公里。",
    "截至10月底,本年完成投資9.64億元,佔年度計劃的80.3%;累計完成樁基1926根(其中今年完成1312根)、墩柱704根(其中今年完成458根),主線高架已貫通6.2公里,預計12月底可再貫通1.8公里。",
    targets=[M("12億元", 12, "億元", "年度計劃投資"),
             M("1800根", 1800, "根", "完成樁基"),
             M("600根", 600, "根", "完成墩柱"),
             M("8.5公里", 8.5, "公里", "主線高架貫通")],
    other=[O("68億元", 68, "億元", "project total budget (總投資, scope)")],
    actuals=[M("9.64億元", 9.64, "億元", "本年完成投資", period=P),
             M("80.3%", 80.3, "%", "佔年度計劃的(比例)", period=P),
             M("1926根", 1926, "根", "累計完成樁基", period=P),
             M("1312根", 1312, "根", "今年完成樁基", period=P),
             M("704根", 704, "根", "累計完成墩柱", period=P),
             M("458根", 458, "根", "今年完成墩柱", period=P),
             M("6.2公里", 6.2, "公里", "主線高架已貫通", period=P),
             M("1.8公里", 1.8, "公里", "預計12月底可再貫通(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="Traditional characters. 9.64/12 = 0.8033. The annual pile and pier targets are answered by the 今年 parts (1312/1800 = 0.7289, 458/600 = 0.7633), not by the 累計 since the start (would-be 1.07, 1.1733). 貫通8.5公里 is a state to reach by year end: the length already through answers (0.7294); the 1.8公里 expected by 12月底 is a forecast (would-be sum 0.9412).")

# 6 水厂扩建: 今年以来 investment in 万元 against 亿元, capacity only forecast, existing phase-one capacity as scope
row("市水务局、市水务投资集团",
    "城北水厂扩建工程(二期):新增供水能力10万吨/日,年内完成主体构筑物施工并通水试运行;年度计划投资3.8亿元。",
    "今年以来完成投资31500万元,完成年度计划的82.9%;沉淀池、滤池、清水池等主体构筑物已完工,设备安装完成约85%,预计12月中旬通水试运行,届时可新增供水能力10万吨/日。水厂一期现状供水能力15万吨/日。",
    targets=[M("10万吨/日", 10, "万吨/日", "新增供水能力"),
             M("3.8亿元", 3.8, "亿元", "年度计划投资")],
    actuals=[M("31500万元", 31500, "万元", "今年以来完成投资", period="今年以来"),
             M("82.9%", 82.9, "%", "完成年度计划的(比例)", period="今年以来"),
             M("85%", 85, "%", "设备安装完成(比例)"),
             M("10万吨/日", 10, "万吨/日", "预计新增供水能力(forecast)"),
             M("15万吨/日", 15, "万吨/日", "水厂一期现状供水能力(scope)")],
    pairs=[("t2", ["a1"])],
    note="31500万元 = 3.15亿元 against 3.8亿元 (0.8289). The new capacity is only expected once 通水试运行 in 12月中旬: a forecast, so the capacity target is unpaired (would-be 1.0); the 一期 15万吨/日 is the existing plant. 约85%: 约 on an actual is not a bound. 二期/一期 are labels.")

# 7 雨污分流 (Chinese numerals): 本年 investment, network total with 雨水/污水/合流 parts, pumping stations in Chinese numerals, an ordinal
P = "截至9月底"
row("市城市管理局、市排水有限公司",
    "中心城区雨污分流改造工程:年度计划投资4.2亿元,新建改造雨污管网65公里,新建污水提升泵站三座。",
    "截至9月底,本年完成投资2.96亿元;完成管网建设48.7公里,其中新建雨水管网21.3公里、污水管网19.6公里,改造合流制管网7.8公里;已建成泵站两座,第三座泵站因用地调整正在重新选址。",
    targets=[M("4.2亿元", 4.2, "亿元", "年度计划投资"),
             M("65公里", 65, "公里", "新建改造雨污管网"),
             M("三座", 3, "座", "新建污水提升泵站")],
    actuals=[M("2.96亿元", 2.96, "亿元", "本年完成投资", period=P),
             M("48.7公里", 48.7, "公里", "完成管网建设", period=P),
             M("21.3公里", 21.3, "公里", "新建雨水管网", period=P),
             M("19.6公里", 19.6, "公里", "新建污水管网", period=P),
             M("7.8公里", 7.8, "公里", "改造合流制管网", period=P),
             M("两座", 2, "座", "已建成泵站", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="2.96/4.2 = 0.7048. The network total 48.7公里 answers (0.7492); its three 其中 parts add up to it and are not added again. 两座 against 三座 (0.6667); 第三座 is an ordinal (the third station, being re-sited).")

# 8 渔光互补光伏: 万千瓦 target answered in 兆瓦 at the stricter status (并网), installed modules a weaker status, 220千伏 specification
P = "截至11月底"
row("市发展改革委(能源局)、市能源投资集团",
    "渔光互补光伏发电项目:年度计划投资6.5亿元,建成装机容量20万千瓦并实现全容量并网。",
    "截至11月底,本年完成投资5.87亿元;已完成光伏组件安装172兆瓦,其中已并网发电130兆瓦;配套220千伏升压站已于10月带电运行,剩余组件预计12月下旬安装完毕。",
    targets=[M("6.5亿元", 6.5, "亿元", "年度计划投资"),
             M("20万千瓦", 20, "万千瓦", "建成装机容量(全容量并网)")],
    actuals=[M("5.87亿元", 5.87, "亿元", "本年完成投资", period=P),
             M("172兆瓦", 172, "兆瓦", "已完成光伏组件安装", period=P),
             M("130兆瓦", 130, "兆瓦", "已并网发电容量", period=P),
             M("220千伏", 220, "千伏", "220千伏升压站(specification)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="5.87/6.5 = 0.9031. The target is 建成…并实现全容量并网: the grid-connected 130兆瓦 answers (130兆瓦 / 20万千瓦 = 0.65); modules installed (172兆瓦) are a weaker status (would-be 0.86). 10月 and 12月下旬 are dates.")

# 9 海上风电 (MW): total capacity as scope, 今年 vs 累计 foundations and erections, grid-connected capacity
P = "截至10月底"
row("市发展改革委(能源局)、海上风电项目公司",
    "海上风电场项目(总装机容量300MW):年度计划投资18亿元,完成风机基础施工40台,吊装风机25台。",
    "截至10月底,年度完成投资14.6亿元;累计完成风机基础施工52台,其中今年完成34台;今年完成风机吊装19台,累计吊装27台、容量135MW,已并网发电100MW。",
    targets=[M("18亿元", 18, "亿元", "年度计划投资"),
             M("40台", 40, "台", "完成风机基础施工"),
             M("25台", 25, "台", "吊装风机")],
    other=[O("300MW", 300, "MW", "project total capacity (总装机容量, scope)")],
    actuals=[M("14.6亿元", 14.6, "亿元", "年度完成投资", period=P),
             M("52台", 52, "台", "累计完成风机基础施工", period=P),
             M("34台", 34, "台", "今年完成风机基础施工", period=P),
             M("19台", 19, "台", "今年完成风机吊装", period=P),
             M("27台", 27, "台", "累计吊装风机", period=P),
             M("135MW", 135, "MW", "累计吊装风机容量", period=P),
             M("100MW", 100, "MW", "已并网发电容量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="14.6/18 = 0.8111. The annual foundation and erection targets are answered by the 今年 figures (34/40 = 0.85, 19/25 = 0.76), not by the 累计 ones (would-be 1.3, 1.08). The capacity figures have no target to answer; 300MW is the project's total.")

# 10 輸變電 (traditional): 220千伏 specification, 本年 investment, line stringing answers the line target, transformers in place but not in service
P = "截至10月底"
row("國網市供電公司、市發展和改革委員會",
    "220千伏城南輸變電工程:新增變電容量48萬千伏安,新建架空線路36公里,年內建成投運;年度計劃投資2.3億元。",
    "截至10月底,本年完成投資1.86億元;變電站土建工程已完工,2臺主變壓器已就位,正在進行電氣設備安裝調試;線路工程完成基礎澆築118基、鐵塔組立96基,架線完成21.5公里,預計12月20日前具備投運條件。",
    targets=[M("48萬千伏安", 48, "萬千伏安", "新增變電容量"),
             M("36公里", 36, "公里", "新建架空線路"),
             M("2.3億元", 2.3, "億元", "年度計劃投資")],
    other=[O("220千伏", 220, "千伏", "specification (220千伏輸變電工程)")],
    actuals=[M("1.86億元", 1.86, "億元", "本年完成投資", period=P),
             M("2臺", 2, "臺", "已就位主變壓器", period=P),
             M("118基", 118, "基", "完成基礎澆築", period=P),
             M("96基", 96, "基", "完成鐵塔組立", period=P),
             M("21.5公里", 21.5, "公里", "架線完成", period=P)],
    pairs=[("t2", ["a5"]), ("t3", ["a1"])],
    note="Traditional characters. 1.86/2.3 = 0.8087. The line is measured by 架線 (21.5/36 = 0.5972); foundations and towers are counted in 基, another measure. The transformers are in place but not in service, and no capacity is stated: 新增變電容量 is unpaired. 12月20日 is a date.")

# 11 综合管廊: 其中 sub-targets 干线/支线 answered by the matching parts, 本年 vs 累计, a later stage (入廊)
P = "截至11月底"
row("市住房城乡建设局、新区开发建设集团",
    "新区地下综合管廊工程:年度计划投资5.6亿元,完成管廊主体结构9.2公里,其中干线管廊6公里、支线管廊3.2公里。",
    "截至11月底,本年完成投资4.75亿元,占年度计划的84.8%;完成管廊主体结构7.35公里,其中干线管廊5.1公里、支线管廊2.25公里;累计建成管廊主体结构18.6公里,已有6.4公里完成管线入廊。",
    targets=[M("5.6亿元", 5.6, "亿元", "年度计划投资"),
             M("9.2公里", 9.2, "公里", "完成管廊主体结构"),
             M("6公里", 6, "公里", "干线管廊"),
             M("3.2公里", 3.2, "公里", "支线管廊")],
    actuals=[M("4.75亿元", 4.75, "亿元", "本年完成投资", period=P),
             M("84.8%", 84.8, "%", "占年度计划的(比例)", period=P),
             M("7.35公里", 7.35, "公里", "完成管廊主体结构", period=P),
             M("5.1公里", 5.1, "公里", "干线管廊主体结构", period=P),
             M("2.25公里", 2.25, "公里", "支线管廊主体结构", period=P),
             M("18.6公里", 18.6, "公里", "累计建成管廊主体结构", period=P),
             M("6.4公里", 6.4, "公里", "完成管线入廊", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="4.75/5.6 = 0.8482. The year's 7.35公里 answers the total (0.7989) and its 其中 parts answer the sub-targets (5.1/6 = 0.85, 2.25/3.2 = 0.7031). 累计18.6公里 is since the start; 入廊6.4公里 is a later stage of the cumulative length.")

# 12 背街小巷 (full-width digits): counts in 条 and lengths, an ongoing remainder, an investment with no target
P = "截至１０月底"
row("市城市管理局、各区人民政府",
    "老城区背街小巷改造提升工程:全年改造背街小巷１２０条,总长度３８．５公里,同步改造雨污管网１５公里。",
    "截至１０月底,已完成改造背街小巷９６条、长度３１．２公里,另有１８条正在施工;同步改造雨污管网１１．６公里;完成投资１．２３亿元。",
    targets=[M("１２０条", 120, "条", "改造背街小巷"),
             M("３８．５公里", 38.5, "公里", "改造背街小巷总长度"),
             M("１５公里", 15, "公里", "同步改造雨污管网")],
    actuals=[M("９６条", 96, "条", "已完成改造背街小巷", period=P),
             M("３１．２公里", 31.2, "公里", "已完成改造背街小巷长度", period=P),
             M("１８条", 18, "条", "正在施工的背街小巷", period=P),
             M("１１．６公里", 11.6, "公里", "同步改造雨污管网", period=P),
             M("１．２３亿元", 1.23, "亿元", "完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Full-width digits. 96/120 = 0.8, 31.2/38.5 = 0.8104, 11.6/15 = 0.7733. The 18 lanes under construction are not finished (would-be sum 0.95). The investment has no target to answer.")

# 13 晶圆制造: capacity and wafer size as specifications, 总投资 scope, 年度 investment with a 其中 equipment part, floor area topped out
P = "截至10月底"
row("市发展改革委、高新区管委会、项目建设单位",
    "年产12万片12英寸晶圆制造项目(总投资260亿元):年度计划投资45亿元,完成主厂房及配套建筑面积32万平方米主体结构封顶,年底前实现设备搬入。",
    "截至10月底,年度完成投资39.2亿元,其中设备购置投资18.6亿元;主厂房、动力厂房等单体已完成主体结构封顶,封顶建筑面积28.7万平方米,洁净室装修完成约60%,首批光刻机等工艺设备预计12月搬入。",
    targets=[M("45亿元", 45, "亿元", "年度计划投资"),
             M("32万平方米", 32, "万平方米", "主厂房及配套建筑面积主体结构封顶")],
    other=[O("12万片", 12, "万片", "specification (annual capacity in the project name)"),
           O("12英寸", 12, "英寸", "specification (wafer size in the project name)"),
           O("260亿元", 260, "亿元", "project total budget (总投资, scope)")],
    actuals=[M("39.2亿元", 39.2, "亿元", "年度完成投资", period=P),
             M("18.6亿元", 18.6, "亿元", "设备购置投资", period=P),
             M("28.7万平方米", 28.7, "万平方米", "封顶建筑面积", period=P),
             M("60%", 60, "%", "洁净室装修完成(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="39.2/45 = 0.8711; 设备购置18.6亿元 is its 其中 part. 28.7/32 = 0.8969. 设备搬入 is only expected in 12月 (a stage, no number). 约60%: 约 on an actual is not a bound.")

# 14 医院新院区: total floor area and beds as scope, 本年 vs 开累 investment, floors as levels
P = "截至11月底"
row("市卫生健康委、市城市建设投资集团",
    "市第一人民医院新院区建设项目:总建筑面积26.8万平方米,设置床位1500张,年度计划投资8亿元,年内完成主体结构封顶。",
    "截至11月底,本年完成投资6.37亿元;门诊医技楼、住院楼主体结构已封顶,感染楼完成至六层,正在砌筑二次结构;开累完成投资14.5亿元,占总投资的41.4%。",
    targets=[M("8亿元", 8, "亿元", "年度计划投资")],
    other=[O("26.8万平方米", 26.8, "万平方米", "project total floor area (总建筑面积, scope)"),
           O("1500张", 1500, "张", "specification (design beds)")],
    actuals=[M("6.37亿元", 6.37, "亿元", "本年完成投资", period=P),
             M("14.5亿元", 14.5, "亿元", "开累完成投资(since the project began)", period=P),
             M("41.4%", 41.4, "%", "开累投资占总投资的(比例)", period=P)],
    pairs=[("t1", ["a1"])],
    note="6.37/8 = 0.7963; 开累14.5亿元 does not answer (would-be 1.8125). 主体结构封顶 is a stage without a number; 完成至六层 names a floor reached (a level, not an amount). 第一人民医院 is a name.")

# 15 中小学 (Chinese numerals): restated scope, completed new schools named but not counted, repeated 三所 (nth), 今年 学位, 1-11月 investment
row("市教育局、市城市建设投资集团",
    "中小学新建扩建工程:年内新建学校五所、改扩建学校三所,新增学位8100个,年度计划投资6.2亿元。",
    "新建的五所学校中,实验小学东校区、滨江初中已竣工验收并于9月投入使用,其余三所主体完工,正在室外配套施工;改扩建三所学校全部完工;今年已新增学位3960个;1-11月完成投资5.12亿元。",
    targets=[M("五所", 5, "所", "新建学校"),
             M("三所", 3, "所", "改扩建学校"),
             M("8100个", 8100, "个", "新增学位"),
             M("6.2亿元", 6.2, "亿元", "年度计划投资")],
    actuals=[M("五所", 5, "所", "新建学校(scope, restated)"),
             M("三所", 3, "所", "其余主体完工的新建学校", nth=0),
             M("三所", 3, "所", "改扩建完工学校", nth=1),
             M("3960个", 3960, "个", "今年新增学位", period="今年"),
             M("5.12亿元", 5.12, "亿元", "完成投资", period="1-11月")],
    pairs=[("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="Chinese numerals. 五所 in the progress restates the scope; the two new schools in use are named without a count, the other 三所 only have the main structure done: 新建 is unpaired (would-be 0.4 with the two named). 改扩建三所 全部完工 answers (1.0). 3960/8100 = 0.4889; 5.12/6.2 = 0.8258.")

# 16 水库除险加固: 1-10月累计 (year to date) investment answers, 平方米 against 万平方米, 座 total with its parts
P = "1-10月"
row("市水利局、市水利建设投资公司",
    "城西水库除险加固及灌区续建配套工程:年度计划投资2.4亿元,完成大坝防渗墙施工1.2万平方米,新建改造干支渠道42公里、渠系建筑物180座。",
    "1-10月累计完成投资1.96亿元;大坝防渗墙已完成12600平方米,完成年度任务;干支渠道改造完成35.8公里,渠系建筑物完成152座,其中新建节制闸46座、改造涵洞106座。",
    targets=[M("2.4亿元", 2.4, "亿元", "年度计划投资"),
             M("1.2万平方米", 1.2, "万平方米", "大坝防渗墙施工"),
             M("42公里", 42, "公里", "新建改造干支渠道"),
             M("180座", 180, "座", "渠系建筑物")],
    actuals=[M("1.96亿元", 1.96, "亿元", "1-10月累计完成投资", period=P),
             M("12600平方米", 12600, "平方米", "大坝防渗墙已完成", period=P),
             M("35.8公里", 35.8, "公里", "干支渠道改造完成", period=P),
             M("152座", 152, "座", "渠系建筑物完成", period=P),
             M("46座", 46, "座", "新建节制闸", period=P),
             M("106座", 106, "座", "改造涵洞", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="Here 累计 is year to date (1-10月累计), so it answers the annual plan (0.8167). 12600平方米 against 1.2万平方米: 1.05. 35.8/42 = 0.8524; 152/180 = 0.8444, its parts 46 + 106 are not added again.")

# 17 燃气管道与储气: laying total with a stricter-stage part, LNG tanks not finished, tank volume as specification, forecast
P = "截至11月底"
row("市住房城乡建设局(燃气办)、市燃气集团",
    "天然气高压管道及储气调峰设施项目:敷设高压燃气管道58公里,建成LNG储罐2座,年度计划投资3.5亿元。",
    "截至11月底,完成高压管道敷设54.2公里,其中已完成强度试压38.6公里;2座5000立方米LNG储罐已完成升顶及内罐焊接,正在进行保冷施工,预计明年一季度投用;本年完成投资2.71亿元。",
    targets=[M("58公里", 58, "公里", "敷设高压燃气管道"),
             M("2座", 2, "座", "建成LNG储罐"),
             M("3.5亿元", 3.5, "亿元", "年度计划投资")],
    actuals=[M("54.2公里", 54.2, "公里", "完成高压管道敷设", period=P),
             M("38.6公里", 38.6, "公里", "已完成强度试压管道", period=P),
             M("2座", 2, "座", "正在保冷施工的LNG储罐"),
             M("5000立方米", 5000, "立方米", "LNG储罐单罐容积(specification)"),
             M("2.71亿元", 2.71, "亿元", "本年完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a5"])],
    note="敷设 is answered by 54.2公里 (0.9345); 试压38.6公里 is its part at a later stage. The two tanks are still being insulated and only expected in use next 一季度: 建成 is unpaired (would-be 1.0). 2.71/3.5 = 0.7743. LNG is a name.")

# 18 高鐵樞紐 (traditional): 本年 investment and floor area, parking spaces built, chargers with no target, stage forecast
P = "截至11月底"
row("市交通運輸局、市高鐵新城管委會",
    "高鐵站綜合交通樞紐工程:年度計劃投資7.8億元,完成站前廣場及地下停車場建築面積9.6萬平方米,新增停車泊位2200個,年內竣工投用。",
    "截至11月底,本年完成投資6.9億元,完成年度計劃的88.5%;地下停車場主體結構及站前廣場已基本完工,本年完成建築面積8.75萬平方米;已建成停車泊位1850個,充電樁安裝完成320個;公交首末站、出租車蓄車場正在進行附屬工程施工,計劃12月底竣工驗收。",
    targets=[M("7.8億元", 7.8, "億元", "年度計劃投資"),
             M("9.6萬平方米", 9.6, "萬平方米", "站前廣場及地下停車場建築面積"),
             M("2200個", 2200, "個", "新增停車泊位")],
    actuals=[M("6.9億元", 6.9, "億元", "本年完成投資", period=P),
             M("88.5%", 88.5, "%", "完成年度計劃的(比例)", period=P),
             M("8.75萬平方米", 8.75, "萬平方米", "本年完成建築面積", period=P),
             M("1850個", 1850, "個", "已建成停車泊位", period=P),
             M("320個", 320, "個", "充電樁安裝完成", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 6.9/7.8 = 0.8846; 8.75/9.6 = 0.9115; 1850/2200 = 0.8409. Chargers have no target. 竣工投用 is a stage only planned for 12月底 (a date).")

# 19 垃圾焚烧发电: capacity target met with unit specifications (2台 × 750吨/日), a duration, 试运行 stage, investment over 100%
P = "截至12月底"
row("市城市管理局、市环境能源集团",
    "生活垃圾焚烧发电二期工程:新增垃圾处理能力1500吨/日,配套装机容量3万千瓦,年内建成并投入试运行;年度计划投资4.6亿元。",
    "截至12月底,本年完成投资4.82亿元,完成年度计划的104.8%;2台750吨/日焚烧炉及1台3万千瓦汽轮发电机组已完成安装,于12月28日并网发电,进入72小时试运行,新增垃圾处理能力1500吨/日。",
    targets=[M("1500吨/日", 1500, "吨/日", "新增垃圾处理能力"),
             M("3万千瓦", 3, "万千瓦", "配套装机容量"),
             M("4.6亿元", 4.6, "亿元", "年度计划投资")],
    actuals=[M("4.82亿元", 4.82, "亿元", "本年完成投资", period=P),
             M("104.8%", 104.8, "%", "完成年度计划的(比例)", period=P),
             M("2台", 2, "台", "焚烧炉", period=P),
             M("750吨/日", 750, "吨/日", "单台焚烧炉处理能力(specification)"),
             M("1台", 1, "台", "汽轮发电机组", period=P),
             M("3万千瓦", 3, "万千瓦", "汽轮发电机组装机容量", period=P),
             M("72小时", 72, "小时", "试运行时长(duration)"),
             M("1500吨/日", 1500, "吨/日", "新增垃圾处理能力", period=P)],
    pairs=[("t1", ["a8"]), ("t2", ["a6"]), ("t3", ["a1"])],
    note="The plant is in 试运行 as the target asks: 新增处理能力1500吨/日 answers (1.0), the 3万千瓦 unit is grid-connected (1.0); 750吨/日 is the per-furnace specification, not added. 4.82/4.6 = 1.0478. 72小时 is a duration; 12月28日 a date; 二期 a label.")

# 20 中央公园 (full-width digits): total area as scope, 一期 target in 公顷, other measures (株, 万平方米), 二期 scope
P = "截至１１月底"
row("市园林和林业局、市城市建设投资集团",
    "城市中央公园建设工程:总面积８６公顷,年内完成一期４２公顷景观绿化,新建园路１２．５公里,年度计划投资２．８亿元。",
    "截至１１月底,一期已完成景观绿化３６．８公顷,栽植乔木１．８６万株,铺设草坪１５．２万平方米;园路完成９．４公里;本年完成投资２．３５亿元。二期４４公顷正在开展方案设计。",
    targets=[M("４２公顷", 42, "公顷", "一期景观绿化"),
             M("１２．５公里", 12.5, "公里", "新建园路"),
             M("２．８亿元", 2.8, "亿元", "年度计划投资")],
    other=[O("８６公顷", 86, "公顷", "project total area (总面积, scope)")],
    actuals=[M("３６．８公顷", 36.8, "公顷", "一期已完成景观绿化", period=P),
             M("１．８６万株", 1.86, "万株", "栽植乔木", period=P),
             M("１５．２万平方米", 15.2, "万平方米", "铺设草坪", period=P),
             M("９．４公里", 9.4, "公里", "园路完成", period=P),
             M("２．３５亿元", 2.35, "亿元", "本年完成投资", period=P),
             M("４４公顷", 44, "公顷", "二期面积(scope)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Full-width digits. 36.8/42 = 0.8762; the lawn (万平方米) and trees (万株) are inputs of the greening, another measure. 9.4/12.5 = 0.752; 2.35/2.8 = 0.8393. 二期44公顷 is the rest of the park's area (scope), still in design.")

# 21 动力电池基地: 建设用地批复 亩 vs 征地 亩 (must not pair), 交地 part, floor area, 本年 vs 开累
P = "截至10月底"
row("市工业和信息化局、经开区管委会",
    "动力电池生产基地项目:年内完成项目征地1200亩,一期厂房建筑面积18万平方米主体完工,年度计划投资12亿元。",
    "截至10月底,项目已取得建设用地批复1350亩(含二期预留用地),完成征地1080亩,其中已完成地上附着物清表交地960亩;一期厂房完成主体结构15.6万平方米,其中2栋电芯车间已封顶;本年完成投资9.35亿元,开累完成投资11.2亿元。",
    targets=[M("1200亩", 1200, "亩", "完成项目征地"),
             M("18万平方米", 18, "万平方米", "一期厂房建筑面积主体完工"),
             M("12亿元", 12, "亿元", "年度计划投资")],
    actuals=[M("1350亩", 1350, "亩", "取得建设用地批复(含二期预留)", period=P),
             M("1080亩", 1080, "亩", "完成征地", period=P),
             M("960亩", 960, "亩", "清表交地", period=P),
             M("15.6万平方米", 15.6, "万平方米", "一期厂房完成主体结构", period=P),
             M("2栋", 2, "栋", "已封顶电芯车间", period=P),
             M("9.35亿元", 9.35, "亿元", "本年完成投资", period=P),
             M("11.2亿元", 11.2, "亿元", "开累完成投资(since the project began)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="建设用地批复1350亩 is an approval of another kind (and includes 二期 reserve): it does not answer 征地 (would-be 1.125); 完成征地1080亩 does (0.9), 交地960亩 is its part. 15.6/18 = 0.8667. 9.35/12 = 0.7792; 开累11.2亿元 does not answer.")

# 22 保障性租赁住房: project count vs 套 vs 面积, 开工率, 基本建成 with a stricter 入住 part, pending permits (forecast)
row("市住房保障中心、市安居集团",
    "保障性租赁住房项目:年内新开工建设保障性租赁住房3200套、建筑面积22万平方米,基本建成1800套。",
    "今年新开工保障性租赁住房11个项目、2986套、建筑面积20.4万平方米,开工率93.3%;基本建成1520套,其中已分配入住640套;另有3个项目、512套正在办理施工许可,预计12月开工。",
    targets=[M("3200套", 3200, "套", "新开工建设保障性租赁住房"),
             M("22万平方米", 22, "万平方米", "新开工建筑面积"),
             M("1800套", 1800, "套", "基本建成")],
    actuals=[M("11个", 11, "个", "今年新开工项目", period="今年"),
             M("2986套", 2986, "套", "今年新开工保障性租赁住房", period="今年"),
             M("20.4万平方米", 20.4, "万平方米", "今年新开工建筑面积", period="今年"),
             M("93.3%", 93.3, "%", "开工率", period="今年"),
             M("1520套", 1520, "套", "基本建成", period="今年"),
             M("640套", 640, "套", "已分配入住", period="今年"),
             M("3个", 3, "个", "正在办理施工许可的项目"),
             M("512套", 512, "套", "正在办理施工许可的住房")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="2986/3200 = 0.9331 (the stated 开工率93.3%); 20.4/22 = 0.9273; 1520/1800 = 0.8444, 入住640套 is its part. The 512套 awaiting permits are only expected to start in 12月 (would-be sum 1.0931). 11个项目 counts projects, not homes.")

# 23 防洪排澇 (traditional): length total with parts, restated station scope, stations named not counted, capacity in 立方米/秒
P = "截至11月底"
row("市水利局、市城市建設投資集團",
    "城區防洪排澇工程:新建加固堤防18.6公里,新建排澇泵站3座,新增排澇能力85立方米/秒,年度計劃投資5.2億元。",
    "截至11月底,堤防工程完成新建加固15.9公里,其中新建堤防6.3公里、加固老堤9.6公里;3座排澇泵站中,東湖泵站、白沙泵站已完成機組安裝調試並通過汛前驗收,新增排澇能力56立方米/秒,南港泵站正在進行廠房上部結構施工;本年完成投資4.37億元。",
    targets=[M("18.6公里", 18.6, "公里", "新建加固堤防"),
             M("3座", 3, "座", "新建排澇泵站"),
             M("85立方米/秒", 85, "立方米/秒", "新增排澇能力"),
             M("5.2億元", 5.2, "億元", "年度計劃投資")],
    actuals=[M("15.9公里", 15.9, "公里", "完成新建加固堤防", period=P),
             M("6.3公里", 6.3, "公里", "新建堤防", period=P),
             M("9.6公里", 9.6, "公里", "加固老堤", period=P),
             M("3座", 3, "座", "排澇泵站(scope, restated)"),
             M("56立方米/秒", 56, "立方米/秒", "新增排澇能力", period=P),
             M("4.37億元", 4.37, "億元", "本年完成投資", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="Traditional characters. 15.9/18.6 = 0.8548, its parts not added again. 3座 restates the scope; the two finished stations are named, not counted: the station target is unpaired (would-be 0.6667). 56/85 = 0.6588; 4.37/5.2 = 0.8404.")

# 24 机场改扩建: stages (可研批复, 用地预审, 环评, 招标, 进场), 总投资 scope, a low 今年以来 investment in 万元
row("市发展改革委、市机场集团",
    "机场三期改扩建工程(总投资152亿元):年内完成可研批复、用地预审和环评批复,力争年底前开工建设新航站楼,年度计划投资5亿元。",
    "项目可研报告已于8月获国家发展改革委批复,用地预审和规划选址意见已取得,环境影响报告书已通过技术评审,正在报批;新航站楼施工总承包招标已完成资格预审,计划12月下旬进场开工;今年以来完成投资8600万元,主要为前期工作及征地费用。",
    targets=[M("5亿元", 5, "亿元", "年度计划投资")],
    other=[O("152亿元", 152, "亿元", "project total budget (总投资, scope)")],
    actuals=[M("8600万元", 8600, "万元", "今年以来完成投资", period="今年以来")],
    pairs=[("t1", ["a1"])],
    note="The stages have no numbers (可研批复 done, 用地预审 obtained, 环评 still 报批, 开工 only planned for 12月下旬). 8600万元 against 5亿元: 0.172. 三期 is a label, 8月 a date.")

# 25 引调水 (nothing answers): stages only, tender lots as labels
row("市水利局、市引调水工程建设管理处",
    "市域引调水二期工程:年内完成初步设计批复,开工建设输水隧洞12.8公里,年度计划投资3亿元。",
    "初步设计已于6月通过省水利厅审查,概算正在省发展改革委审核;输水隧洞施工1标、2标已完成招标,施工单位已进场开展临建和施工道路建设,隧洞进口段计划11月底具备进洞条件。",
    targets=[M("12.8公里", 12.8, "公里", "开工建设输水隧洞"),
             M("3亿元", 3, "亿元", "年度计划投资")],
    note="Nothing answers: the progress gives stages only (设计审查, 概算审核, 招标, 进场, 进洞 planned for 11月底). 1标/2标 are tender-lot labels; 二期 a label; 6月 a date.")

# 26 科创大道: length and lanes as specifications, restated annual plan in the progress, a completion share
P = "截至11月底"
row("市住房城乡建设局、市城市建设投资集团",
    "科创大道(环城北路至滨湖路段)新建工程:道路全长6.8公里,双向六车道,年度计划投资3.2亿元,年内建成通车。",
    "主线路基、排水管网已全部完成,沥青面层完成约90%,交通标志标线及路灯正在安装,计划12月25日建成通车;年度计划投资3.2亿元,截至11月底已完成2.74亿元,完成年度计划的85.6%。",
    targets=[M("3.2亿元", 3.2, "亿元", "年度计划投资")],
    other=[O("6.8公里", 6.8, "公里", "project total length (全长, scope)"),
           O("六车道", 6, "车道", "specification (双向六车道)")],
    actuals=[M("90%", 90, "%", "沥青面层完成(比例)"),
             M("3.2亿元", 3.2, "亿元", "年度计划投资(restated target)"),
             M("2.74亿元", 2.74, "亿元", "已完成投资", period=P),
             M("85.6%", 85.6, "%", "完成年度计划的(比例)", period=P)],
    pairs=[("t1", ["a3"])],
    note="The progress restates the annual plan 3.2亿元 (not an answer); 2.74亿元 answers (0.8562). 建成通车 is only planned for 12月25日 (a date). 全长6.8公里 and 双向六车道 describe the project.")

# 27 抽水蓄能: capacity and 总投资 as scope, 本年 vs 开累 investment and 填筑, 形象进度 target with a change in 个百分点
P = "截至11月底"
row("市发展改革委(能源局)、抽水蓄能有限公司",
    "抽水蓄能电站项目(装机容量120万千瓦,总投资78亿元):年度计划投资11亿元,完成地下厂房开挖,上水库大坝填筑180万立方米,年底前总体形象进度达到35%。",
    "截至11月底,本年完成投资9.28亿元,开累完成投资31.6亿元;地下厂房已开挖至第Ⅳ层,开挖完成量占总量的82%;上水库大坝本年填筑156万立方米,累计填筑268万立方米;总体形象进度达到32%,较年初提高14个百分点。",
    targets=[M("11亿元", 11, "亿元", "年度计划投资"),
             M("180万立方米", 180, "万立方米", "上水库大坝填筑"),
             M("35%", 35, "%", "总体形象进度")],
    other=[O("120万千瓦", 120, "万千瓦", "project capacity (装机容量, specification)"),
           O("78亿元", 78, "亿元", "project total budget (总投资, scope)")],
    actuals=[M("9.28亿元", 9.28, "亿元", "本年完成投资", period=P),
             M("31.6亿元", 31.6, "亿元", "开累完成投资(since the project began)", period=P),
             M("82%", 82, "%", "地下厂房开挖完成量占总量(比例)", period=P),
             M("156万立方米", 156, "万立方米", "本年大坝填筑", period=P),
             M("268万立方米", 268, "万立方米", "累计大坝填筑", period=P),
             M("32%", 32, "%", "总体形象进度", period=P),
             M("14个百分点", 14, "个百分点", "形象进度较年初提高", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="9.28/11 = 0.8436; 开累 does not answer. The year's 填筑 answers (156/180 = 0.8667), the cumulative 268 does not. 形象进度 is a state: 32% against 35% (0.9143); 14个百分点 is the change since the start of the year. 第Ⅳ层 is an ordinal; 完成地下厂房开挖 has no number.")

# 28 老旧供水管网: reduction target in 个百分点 answered by the stated fall, before/after rates, 万只 meters, investment with no target
P = "截至11月底"
row("市水务局、市供水有限公司",
    "城区老旧供水管网改造工程:改造老旧供水管网80公里,更换智能水表1.5万只,管网漏损率下降2个百分点。",
    "截至11月底,完成老旧供水管网改造68.4公里,其中主干管12.6公里;更换智能水表1.62万只;改造片区管网漏损率由13.8%降至12.1%,下降1.7个百分点;完成投资1.65亿元。",
    targets=[M("80公里", 80, "公里", "改造老旧供水管网"),
             M("1.5万只", 1.5, "万只", "更换智能水表"),
             M("2个百分点", 2, "个百分点", "管网漏损率", kind="reduction")],
    actuals=[M("68.4公里", 68.4, "公里", "完成老旧供水管网改造", period=P),
             M("12.6公里", 12.6, "公里", "主干管改造", period=P),
             M("1.62万只", 1.62, "万只", "更换智能水表", period=P),
             M("13.8%", 13.8, "%", "改造前管网漏损率", period=P),
             M("12.1%", 12.1, "%", "改造后管网漏损率", period=P),
             M("1.7个百分点", 1.7, "个百分点", "管网漏损率下降", kind="reduction", period=P),
             M("1.65亿元", 1.65, "亿元", "完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="68.4/80 = 0.855 (主干管 is its part); 1.62/1.5 = 1.08. The reduction of 2个百分点 is answered by the stated fall of 1.7个百分点 (0.85); the rates before and after are levels. The investment has no target.")

# 29 体育中心: components and seats as scope/specification (一座 twice), only the since-start investment (开工以来累计) is reported
P = "截至10月底"
row("市体育局、市文旅体育投资集团",
    "市体育中心建设项目(总投资16亿元):总建筑面积15.6万平方米,包括一座3万座体育场、一座8000座体育馆和游泳馆,年度计划投资6亿元,年内体育馆竣工验收。",
    "截至10月底,项目开工以来累计完成投资9.86亿元,占总投资的61.6%;体育馆已完成钢结构屋盖安装和外幕墙施工,正在进行室内装修和场地设施安装,计划12月中旬竣工验收;体育场看台混凝土结构完成80%,游泳馆主体结构封顶。",
    targets=[M("6亿元", 6, "亿元", "年度计划投资", nth=1)],
    other=[O("16亿元", 16, "亿元", "project total budget (总投资, scope)"),
           O("15.6万平方米", 15.6, "万平方米", "project total floor area (总建筑面积, scope)"),
           O("一座", 1, "座", "project composition (scope)", nth=0),
           O("3万座", 3, "万座", "specification (stadium seats)"),
           O("一座", 1, "座", "project composition (scope)", nth=1),
           O("8000座", 8000, "座", "specification (arena seats)")],
    actuals=[M("9.86亿元", 9.86, "亿元", "开工以来累计完成投资(since the project began)", period=P),
             M("61.6%", 61.6, "%", "累计投资占总投资的(比例)", period=P),
             M("80%", 80, "%", "体育场看台混凝土结构完成(比例)")],
    note="Only the investment since the project began is reported (开工以来累计9.86亿元): it does not answer the annual plan (would-be 1.6433), so t1 is unpaired. 竣工验收 is only planned for 12月中旬. The seat counts are specifications of the venues.")

# 30 公交场站: built vs not started, 停保场 named not counted, chargers with a 其中 part and a city-wide stock, investment given only as a share
row("市交通运输局、市公交集团",
    "新能源公交场站及充电设施建设项目:新建公交首末站8座、公交停保场2座,建设公交充电桩400个,年度计划投资2.2亿元。",
    "已建成公交首末站6座,另有2座因地块移交滞后尚未开工;北部公交停保场已投入使用,南部停保场完成主体施工;建成充电桩356个,其中大功率直流快充桩240个,累计全市公交充电桩达到1860个;完成年度计划投资的76%。",
    targets=[M("8座", 8, "座", "新建公交首末站"),
             M("2座", 2, "座", "新建公交停保场"),
             M("400个", 400, "个", "建设公交充电桩"),
             M("2.2亿元", 2.2, "亿元", "年度计划投资")],
    actuals=[M("6座", 6, "座", "已建成公交首末站"),
             M("2座", 2, "座", "尚未开工的公交首末站"),
             M("356个", 356, "个", "建成充电桩"),
             M("240个", 240, "个", "大功率直流快充桩"),
             M("1860个", 1860, "个", "累计全市公交充电桩(stock)"),
             M("76%", 76, "%", "完成年度计划投资的(比例)")],
    pairs=[("t1", ["a1"]), ("t3", ["a3"])],
    note="6/8 = 0.75; the 2 not started do not count. The two depots are named, not counted (one in use, one with only the structure done): unpaired (would-be 0.5). 356/400 = 0.89; the city-wide stock 1860个 does not answer. Investment is given only as a share (76%), not an amount: t4 is unpaired (would-be 0.76).")

# 31 樹脂新材料 (traditional): capacity in the name (30萬噸 nth 0), phase one built (15萬噸/年 nth 0), phase two not, output forecast
P = "截至11月底"
row("市工業和信息化局、化工園區管委會",
    "年產30萬噸高性能樹脂新材料項目(總投資45億元):年度計劃投資16億元,年內建成投產,新增產能30萬噸/年。",
    "截至11月底,本年完成投資14.2億元;一期15萬噸/年裝置已於9月建成並一次開車成功,目前處於試生產階段,二期15萬噸/年裝置完成設備安裝的85%,預計明年3月投產;項目投產後預計年產值可達42億元。",
    targets=[M("16億元", 16, "億元", "年度計劃投資"),
             M("30萬噸/年", 30, "萬噸/年", "新增產能")],
    other=[O("30萬噸", 30, "萬噸", "specification (annual capacity in the project name)", nth=0),
           O("45億元", 45, "億元", "project total budget (總投資, scope)")],
    actuals=[M("14.2億元", 14.2, "億元", "本年完成投資", period=P),
             M("15萬噸/年", 15, "萬噸/年", "一期裝置建成產能", nth=0, period=P),
             M("15萬噸/年", 15, "萬噸/年", "二期裝置產能(未建成)", nth=1),
             M("85%", 85, "%", "二期設備安裝完成(比例)", period=P),
             M("42億元", 42, "億元", "預計年產值(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Traditional characters. 14.2/16 = 0.8875. Only 一期 is built and running (試生產): 15/30 = 0.5; 二期 is still being installed and expected next 3月 (would-be sum 1.0). 42億元 is a forecast of output, not investment.")

# 32 污水处理厂扩建: capacity under construction (unpaired), existing scale as scope, grade labels, 今年以来 investment
P = "今年以来"
row("市水务局、市排水有限公司",
    "城东污水处理厂三期扩建及提标改造工程:新增污水处理能力8万吨/日,出水水质由一级A提升至准Ⅳ类,年度计划投资3.6亿元。",
    "截至10月底,三期扩建工程生化池、二沉池、深度处理车间主体已完工,正在进行设备安装,完成总工程量的78%;提标改造部分已完成现有12万吨/日处理规模的高效沉淀池改造;今年以来完成投资2.58亿元,完成年度计划的71.7%。",
    targets=[M("8万吨/日", 8, "万吨/日", "新增污水处理能力"),
             M("3.6亿元", 3.6, "亿元", "年度计划投资")],
    actuals=[M("78%", 78, "%", "完成总工程量(比例)", period="截至10月底"),
             M("12万吨/日", 12, "万吨/日", "现有处理规模(scope)"),
             M("2.58亿元", 2.58, "亿元", "今年以来完成投资", period=P),
             M("71.7%", 71.7, "%", "完成年度计划的(比例)", period=P)],
    pairs=[("t2", ["a3"])],
    note="The new capacity is still being fitted out (设备安装): unpaired. 12万吨/日 is the existing plant the upgrade applies to, not new capacity. 2.58/3.6 = 0.7167. 一级A and 准Ⅳ类 are grade labels; 二沉池 is a name; 三期 a label.")

# 33 城市更新: signed 户 and area, 腾空 part, phase one started vs phase two only tendered (forecast)
P = "截至11月底"
row("市住房城乡建设局、城北片区指挥部",
    "城北片区城市更新项目:完成房屋征收420户、征收面积6.5万平方米,安置房开工建设2100套,年度计划投资9亿元。",
    "截至11月底,已签订征收补偿协议398户、面积6.12万平方米,签约率94.8%,其中已腾空交房365户;安置房一期1260套已于5月开工,二期840套完成施工招标,计划12月开工;本年完成投资7.46亿元。",
    targets=[M("420户", 420, "户", "完成房屋征收"),
             M("6.5万平方米", 6.5, "万平方米", "征收面积"),
             M("2100套", 2100, "套", "安置房开工建设"),
             M("9亿元", 9, "亿元", "年度计划投资")],
    actuals=[M("398户", 398, "户", "签订征收补偿协议", period=P),
             M("6.12万平方米", 6.12, "万平方米", "签约征收面积", period=P),
             M("94.8%", 94.8, "%", "签约率", period=P),
             M("365户", 365, "户", "已腾空交房", period=P),
             M("1260套", 1260, "套", "安置房一期已开工", period=P),
             M("840套", 840, "套", "安置房二期(完成招标,计划12月开工)"),
             M("7.46亿元", 7.46, "亿元", "本年完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="398/420 = 0.9476 (the text's 签约率94.8%); 腾空交房365户 is its part. 6.12/6.5 = 0.9415. Only 一期 has started: 1260/2100 = 0.6; 二期 is tendered and planned for 12月 (would-be sum 1.0). 7.46/9 = 0.8289.")

# 34 农村公路 (full-width digits): paved length answers, subgrade-only remainder does not, bridges finished vs in works, overfulfilment
P = "截至１１月底"
row("市交通运输局、各县(市、区)人民政府",
    "“四好农村路”提质改造工程:新改建农村公路２２０公里,改造危桥１５座,实施安全生命防护工程３００公里。",
    "截至１１月底,新改建农村公路完成路面铺筑１８６．５公里,另有路基完成但未铺筑路面的２８公里;危桥改造完工１２座,剩余３座正在进行桥面铺装;安全生命防护工程完成３１２公里,超额完成年度任务。",
    targets=[M("２２０公里", 220, "公里", "新改建农村公路"),
             M("１５座", 15, "座", "改造危桥"),
             M("３００公里", 300, "公里", "实施安全生命防护工程")],
    actuals=[M("１８６．５公里", 186.5, "公里", "新改建农村公路完成路面铺筑", period=P),
             M("２８公里", 28, "公里", "路基完成未铺筑路面", period=P),
             M("１２座", 12, "座", "危桥改造完工", period=P),
             M("３座", 3, "座", "正在桥面铺装的危桥", period=P),
             M("３１２公里", 312, "公里", "安全生命防护工程完成", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits. 186.5/220 = 0.8477; the 28公里 with only the subgrade are not finished (would-be sum 0.975). 12/15 = 0.8; 312/300 = 1.04. “四好农村路” is a slogan.")

# 35 分布式光伏: filings (备案) are candidates, grid-connected total with three parts, storage only planned
P = "截至11月底"
row("市发展改革委(能源局)、国网市供电公司",
    "整区屋顶分布式光伏开发试点项目:年内新增并网装机容量150兆瓦,配套建设储能电站30兆瓦/60兆瓦时。",
    "截至11月底,已完成屋顶资源普查和项目备案286个,备案容量212兆瓦;已并网发电132.6兆瓦,其中党政机关屋顶18.4兆瓦、工商业屋顶98.7兆瓦、居民屋顶15.5兆瓦;储能电站完成设备选型,计划12月开工。",
    targets=[M("150兆瓦", 150, "兆瓦", "新增并网装机容量"),
             M("30兆瓦", 30, "兆瓦", "配套储能电站功率"),
             M("60兆瓦时", 60, "兆瓦时", "配套储能电站容量")],
    actuals=[M("286个", 286, "个", "项目备案", period=P),
             M("212兆瓦", 212, "兆瓦", "备案容量", period=P),
             M("132.6兆瓦", 132.6, "兆瓦", "已并网发电容量", period=P),
             M("18.4兆瓦", 18.4, "兆瓦", "党政机关屋顶并网", period=P),
             M("98.7兆瓦", 98.7, "兆瓦", "工商业屋顶并网", period=P),
             M("15.5兆瓦", 15.5, "兆瓦", "居民屋顶并网", period=P)],
    pairs=[("t1", ["a3"])],
    note="Grid-connected 132.6兆瓦 answers (0.884); its three parts add up to it and are not added again. 备案 (212兆瓦) is only a filing, a candidate (would-be 1.4133). The storage station is only at equipment selection (开工 planned for 12月): both storage targets unpaired.")

# 36 智能制造产业园: 年度 investment, topped-out floor area, handed-over area (stricter part), tenants, forecast remainder
P = "截至11月底"
row("高新区管委会、市产业投资集团",
    "智能制造产业园一期工程:年度计划投资7亿元,完成标准厂房及研发楼主体结构建筑面积26万平方米,年内交付使用10万平方米。",
    "截至11月底,本年完成投资6.12亿元;已完成主体结构封顶建筑面积23.4万平方米,其中通过竣工验收并交付入驻企业使用8.6万平方米,入驻企业17家;剩余2.6万平方米主体结构预计12月底封顶。",
    targets=[M("7亿元", 7, "亿元", "年度计划投资"),
             M("26万平方米", 26, "万平方米", "标准厂房及研发楼主体结构建筑面积"),
             M("10万平方米", 10, "万平方米", "交付使用")],
    actuals=[M("6.12亿元", 6.12, "亿元", "本年完成投资", period=P),
             M("23.4万平方米", 23.4, "万平方米", "主体结构封顶建筑面积", period=P),
             M("8.6万平方米", 8.6, "万平方米", "竣工验收并交付使用", period=P),
             M("17家", 17, "家", "入驻企业", period=P),
             M("2.6万平方米", 2.6, "万平方米", "预计12月底封顶的剩余面积(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="6.12/7 = 0.8743. 23.4/26 = 0.9; the 2.6万平方米 expected by 12月底 is a forecast (would-be sum 1.0). Handed over 8.6/10 = 0.86. 一期 is a label.")

# 37 养老服务中心 (nothing answers): total budget, planned beds (scope), a share threshold, restated and a requested lower plan
row("市民政局、市城市建设投资集团",
    "市级综合养老服务中心项目:新增养老床位800张,年内主体结构封顶,年度计划投资1.8亿元。",
    "项目总投资4.3亿元,规划建设养老床位800张、护理型床位占比不低于60%;目前已完成桩基工程,地下室底板浇筑完成,正在进行地下室侧墙施工;受设计变更影响,年度计划投资1.8亿元预计难以完成,已申请调减至1.2亿元。",
    targets=[M("800张", 800, "张", "新增养老床位"),
             M("1.8亿元", 1.8, "亿元", "年度计划投资")],
    actuals=[M("4.3亿元", 4.3, "亿元", "项目总投资(scope)"),
             M("800张", 800, "张", "规划建设养老床位(scope, restated)"),
             M("60%", 60, "%", "护理型床位占比(design threshold)"),
             M("1.8亿元", 1.8, "亿元", "年度计划投资(restated target)"),
             M("1.2亿元", 1.2, "亿元", "申请调减后的年度计划投资(requested changed target)")],
    note="Nothing answers: 总投资 is the budget, 规划800张 restates the plan, 1.8亿元 restates the annual plan and 1.2亿元 is a requested lower plan, not an amount done. No completed investment is reported. The structure is still underground.")

# 38 集装箱码头: berth class as specification, 本年 investment, 水工结构 length answers (胸墙 a component), 堆场 another measure, berths a forecast
P = "截至10月底"
row("市港口管理局、港务集团",
    "港区二期集装箱码头工程:新建5万吨级集装箱泊位2个,年度计划投资9.5亿元,完成码头水工结构650米。",
    "截至10月底,本年完成投资7.84亿元,完成年度计划的82.5%;码头水工结构完成沉箱安放58个、胸墙浇筑520米,本年累计完成水工结构长度560米;后方堆场完成地基处理12.6万平方米,预计明年6月2个泊位同步投入试运行。",
    targets=[M("2个", 2, "个", "新建集装箱泊位"),
             M("9.5亿元", 9.5, "亿元", "年度计划投资"),
             M("650米", 650, "米", "完成码头水工结构")],
    other=[O("5万吨级", 5, "万吨级", "specification (berth class)")],
    actuals=[M("7.84亿元", 7.84, "亿元", "本年完成投资", period=P),
             M("82.5%", 82.5, "%", "完成年度计划的(比例)", period=P),
             M("58个", 58, "个", "沉箱安放", period=P),
             M("520米", 520, "米", "胸墙浇筑", period=P),
             M("560米", 560, "米", "本年累计完成水工结构长度", period=P),
             M("12.6万平方米", 12.6, "万平方米", "后方堆场地基处理", period=P),
             M("2个", 2, "个", "预计明年投入试运行的泊位(forecast)")],
    pairs=[("t2", ["a1"]), ("t3", ["a5"])],
    note="7.84/9.5 = 0.8253. 本年累计 is year to date: 560/650 = 0.8615; the 胸墙 520米 is one component. The berths are only expected in 明年6月: the berth target is unpaired (would-be 1.0). 二期 is a label.")

# 39 过江隧道 (Chinese numerals): 十二亿元 target, 环 vs 公里, east line in 公里 + west line in 米 (sum), cumulative rings, two shafts
P = "截至11月底"
row("市城市建设投资集团、过江通道建设指挥部",
    "过江隧道工程:年度计划投资十二亿元,完成盾构掘进2.4公里,完成两座工作井主体结构。",
    "截至11月底,本年完成投资9.6亿元;东线盾构机本年掘进1120环,折合1.68公里,累计掘进1580环;西线盾构机于10月始发,已掘进186环(约279米);江南、江北两座工作井主体结构均已完成。",
    targets=[M("十二亿元", 12, "亿元", "年度计划投资"),
             M("2.4公里", 2.4, "公里", "盾构掘进"),
             M("两座", 2, "座", "工作井主体结构")],
    actuals=[M("9.6亿元", 9.6, "亿元", "本年完成投资", period=P),
             M("1120环", 1120, "环", "东线本年掘进(环)", period=P),
             M("1.68公里", 1.68, "公里", "东线本年掘进", period=P),
             M("1580环", 1580, "环", "东线累计掘进(环)", period=P),
             M("186环", 186, "环", "西线已掘进(环)", period=P),
             M("279米", 279, "米", "西线已掘进", period=P),
             M("两座", 2, "座", "工作井主体结构完成", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a6"]), ("t3", ["a7"])],
    note="Chinese numerals in the task (十二亿元, 两座). 9.6/12 = 0.8. This year's tunnelling is east 1.68公里 plus west 279米 (the west TBM started in 10月): 1959米 against 2.4公里 (combine sum, 0.8163); rings (环) are another unit and the cumulative 1580环 is since the start. 两座 / 两座 = 1.0. 约279米: 约 on an actual is not a bound.")

# 40 会展中心: 年度 investment, 形象进度 target answered by the overall figure (not its component shares), area only forecast
P = "截至11月底"
row("市商务局、会展集团",
    "国际会展中心二期工程:年度计划投资8.5亿元,年底前完成形象进度的60%,新增室内展览面积6万平方米。",
    "截至11月底,年度完成投资7.1亿元;工程总体形象进度完成54%,其中展馆主体结构完成90%、钢结构屋盖完成65%、机电安装完成20%;新增室内展览面积6万平方米将于明年5月建成后交付。",
    targets=[M("8.5亿元", 8.5, "亿元", "年度计划投资"),
             M("60%", 60, "%", "形象进度"),
             M("6万平方米", 6, "万平方米", "新增室内展览面积")],
    actuals=[M("7.1亿元", 7.1, "亿元", "年度完成投资", period=P),
             M("54%", 54, "%", "工程总体形象进度", period=P),
             M("90%", 90, "%", "展馆主体结构完成(比例)", period=P),
             M("65%", 65, "%", "钢结构屋盖完成(比例)", period=P),
             M("20%", 20, "%", "机电安装完成(比例)", period=P),
             M("6万平方米", 6, "万平方米", "新增室内展览面积(forecast, 明年建成)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="7.1/8.5 = 0.8353. 形象进度 is answered by the overall 54% (0.9); the component shares are not it. The exhibition area restates the target and is only due 明年5月: unpaired (would-be 1.0). 二期 is a label.")


probe.write(Path(__file__).with_name("probe-projects.gold.jsonl"))
